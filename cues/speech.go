package cues

import (
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/voice"
)

// Farewell is the last thing the voice says.
const Farewell = "Well done. Remember to see a professional if pain persists."

// beatValid is how long a word tied to one second (a count, a movement)
// stays worth saying: later than that it would mislead.
const beatValid = time.Second

// announceValid is the least time an announcement stays worth saying, so a
// zero-length switch of sides is still heard.
const announceValid = 3 * time.Second

// Prompter decides, second by second, what the voice says: the exercise and
// side at a lead-in, the start word, halfway, the last three seconds, the
// switch of sides, each movement of a paced set, and the farewell. Both the
// full-screen UI and --plain feed it the countdown's events and status.
type Prompter struct {
	phases []routines.Phase
	phase  int
	second int
}

// NewPrompter returns a Prompter for a session of these phases.
func NewPrompter(phases []routines.Phase) *Prompter {
	return &Prompter{phases: phases, phase: -1, second: -1}
}

// Prompt returns what to say now, given the events the countdown just
// reported and its status read at now. It says each second's words once,
// however often it is called.
func (p *Prompter) Prompt(evs []timer.Event, st timer.Status, now time.Time) []voice.Utterance {
	var out []voice.Utterance
	for _, e := range evs {
		switch {
		case e.Kind == timer.Finished:
			return append(out, voice.Utterance{Text: Farewell, Until: now.Add(announceValid)})
		case e.Kind == timer.Started && (e.Phase != st.Phase || st.Finished):
			// A phase passed through between two looks (a zero-length
			// switch): still announce it.
			if text := p.words(e.Phase, 0); text != "" {
				out = append(out, voice.Utterance{Text: text, Until: e.At.Add(announceValid)})
			}
		}
	}
	if st.Finished || st.IsPaused {
		return out
	}
	sec := int(st.PhaseElapsed / time.Second)
	if st.Phase == p.phase && sec == p.second {
		return out
	}
	p.phase, p.second = st.Phase, sec
	text := p.words(st.Phase, sec)
	if text == "" {
		return out
	}
	until := now.Add(beatValid)
	if sec == 0 {
		until = now.Add(max(st.Remaining, announceValid))
	}
	return append(out, voice.Utterance{Text: text, Until: until})
}

var counts = map[int]string{3: "Three.", 2: "Two.", 1: "One."}

// words is what to say at a whole second into phase i, or "".
func (p *Prompter) words(i, sec int) string {
	ph := p.phases[i]
	d := int(ph.Duration / time.Second)
	rem := d - sec
	name := ph.Exercise.Name
	if ph.Side != routines.NoSide {
		name += ", " + ph.Side.String() + " side"
	}
	switch ph.Kind {
	case routines.GetReady:
		if sec == 0 {
			return name + ". Get ready."
		}
	case routines.SwitchSides:
		if sec == 0 {
			return "Switch sides. " + capital(ph.Side.String()) + " side."
		}
	case routines.Work:
		pace := ph.Exercise.Pace
		if sec == 0 {
			start := capital(ph.Word()) + "."
			if pace != nil {
				start = capital(pace.Tempo[0].Word) + "."
				if dir := pace.At(0).Direction; dir != "" {
					start = capital(dir) + ". " + start
				}
			}
			if i == 0 || p.phases[i-1].Step != ph.Step {
				return name + ". " + start // no lead-in announced the exercise
			}
			return start
		}
		if pace != nil {
			b := pace.At(time.Duration(sec) * time.Second)
			if b.Second != 0 {
				return ""
			}
			word := capital(pace.Tempo[b.Movement].Word) + "."
			if prev := pace.At(time.Duration(sec-1) * time.Second); prev.Direction != b.Direction {
				word = "Now " + b.Direction + ". " + word
			}
			return word
		}
		if d >= 10 && sec == d/2 {
			return "Halfway."
		}
	}
	if d >= 5 && (ph.Kind != routines.Work || ph.Exercise.Pace == nil) {
		return counts[rem] // the last three seconds, except in paced sets
	}
	return ""
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
