package routines

import (
	"fmt"
	"strings"
	"time"
)

// Movement is one part of a repetition, done in a set time: "up" for 2 s,
// "hold" for 1 s. Its length is whole seconds, so movements change exactly
// when the displayed countdown does and pacing costs no extra redraws.
type Movement struct {
	// Word is said and shown in capitals while the movement lasts.
	Word string
	// Cue says how to do it, in a few words.
	Cue      string
	Duration time.Duration
	// Frames are indices into the exercise's picture frames, one for each
	// second of the movement, so an animation never runs ahead of the tempo.
	Frames []int
}

// Pace is the dosage of an exercise counted in repetitions: how many, and
// the tempo of one. A paced step's length is reps × tempo, so --plan totals
// stay exact.
type Pace struct {
	Reps  int
	Tempo []Movement
	// Directions, when set, splits the reps evenly between them in order:
	// hip circles go outward, then inward.
	Directions []string
	// Unit names one repetition in text: "reps", "swings", "circles".
	Unit string
}

// Rep is the length of one repetition.
func (p Pace) Rep() time.Duration {
	var d time.Duration
	for _, m := range p.Tempo {
		d += m.Duration
	}
	return d
}

// Duration is the length of the whole set: reps × tempo.
func (p Pace) Duration() time.Duration { return time.Duration(p.Reps) * p.Rep() }

// TempoText is the tempo as coaches write it: "2-1-2 s".
func (p Pace) TempoText() string {
	parts := make([]string, len(p.Tempo))
	for i, m := range p.Tempo {
		parts[i] = fmt.Sprint(int(m.Duration / time.Second))
	}
	return strings.Join(parts, "-") + " s"
}

// String is the dosage in one phrase: "12 reps (2-1-2 s)", or for
// directional drills "10 circles each way (3 s)".
func (p Pace) String() string {
	return fmt.Sprintf("%s (%s)", p.Count(), p.TempoText())
}

// Count is the dosage without the tempo, "12 reps" or "10 circles each
// way", for where a line has no room for more.
func (p Pace) Count() string {
	unit := p.Unit
	if unit == "" {
		unit = "reps"
	}
	n := p.Reps
	if len(p.Directions) > 1 {
		n = p.Reps / len(p.Directions)
	}
	if n == 1 {
		unit = strings.TrimSuffix(unit, "s") // "1 rep", "1 circle"
	}
	if len(p.Directions) > 1 {
		return fmt.Sprintf("%d %s each way", n, unit)
	}
	return fmt.Sprintf("%d %s", n, unit)
}

// Beat is where a paced set stands at one moment: which repetition, which
// movement of it, and how far into that movement.
type Beat struct {
	// Rep counts from 1.
	Rep int
	// Movement is the index into Pace.Tempo.
	Movement int
	// Second is the whole seconds already spent in the movement.
	Second int
	// Direction is the current direction, or "" where there is only one.
	Direction string
}

// At returns the beat after elapsed time of the set. Past the end it stays
// on the last beat.
func (p Pace) At(elapsed time.Duration) Beat {
	rep := p.Rep()
	if rep <= 0 || p.Reps <= 0 {
		return Beat{Rep: 1}
	}
	if elapsed < 0 {
		elapsed = 0
	}
	if elapsed >= p.Duration() {
		elapsed = p.Duration() - 1
	}
	b := Beat{Rep: int(elapsed/rep) + 1}
	in := elapsed % rep
	for i, m := range p.Tempo {
		if in < m.Duration || i == len(p.Tempo)-1 {
			b.Movement, b.Second = i, int(in/time.Second)
			break
		}
		in -= m.Duration
	}
	if n := len(p.Directions); n > 0 {
		per := (p.Reps + n - 1) / n
		b.Direction = p.Directions[min((b.Rep-1)/per, n-1)]
	}
	return b
}

// Frame is the picture frame for the beat.
func (p Pace) Frame(b Beat) int {
	if b.Movement >= len(p.Tempo) {
		return 0
	}
	fs := p.Tempo[b.Movement].Frames
	if len(fs) == 0 {
		return 0
	}
	return fs[min(b.Second, len(fs)-1)]
}
