package session

import (
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Farewell is the last thing the voice says.
const Farewell = "Well done. Remember to see a professional if pain persists."

// farewellValid is how long the farewell waits its turn behind a slow
// voice: nothing follows it, so it is worth saying late, and its advice to
// see a professional must be heard.
const farewellValid = 8 * time.Second

// beatValid is how long a word tied to one second (a count, a movement)
// stays worth saying: later than that it would mislead.
const beatValid = time.Second

// announceValid is the least time an announcement stays worth saying, so a
// zero-length switch of sides is still heard.
const announceValid = 3 * time.Second

// Prompter decides, second by second, what the voice says: the exercise,
// side and leg at a lead-in, the start word, the exercise's stop cue once,
// halfway, the last three seconds, the switch of sides with the new leg,
// each movement of a paced set, rests between sets, and the farewell. Both the
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
func (p *Prompter) Prompt(evs []timer.Event, st timer.Status, now time.Time) []Utterance {
	var out []Utterance
	for _, e := range evs {
		switch {
		case e.Kind == timer.Finished:
			return append(out, Utterance{Text: Farewell, Until: now.Add(farewellValid)})
		case e.Kind == timer.Started && (e.Phase != st.Phase || st.Finished):
			// A phase passed through between two looks (a zero-length
			// switch): still announce it.
			for _, text := range p.words(e.Phase, 0) {
				out = append(out, Utterance{Text: text, Until: e.At.Add(announceValid)})
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
	until := now.Add(beatValid)
	if sec == 0 {
		until = now.Add(max(st.Remaining, announceValid))
	}
	for _, text := range p.words(st.Phase, sec) {
		out = append(out, Utterance{Text: text, Until: until})
	}
	return out
}

var counts = map[int]string{3: "Three.", 2: "Two.", 1: "One."}

// words is what to say at a whole second into phase i, one utterance per
// element, in order; nil when there is nothing to say.
//
// A lead-in names the exercise and says the side with its leg ("Left
// side: left knee down, right foot forward."), and a switch of sides says
// the new side and leg. Work starts with its start word, after that
// announcement when no lead-in or switch made it. The exercise's stop cue
// is said once, at the start of the step's first work phase, as its own
// utterance after the start word, so the start word is never held up by it.
func (p *Prompter) words(i, sec int) []string {
	ph := p.phases[i]
	d := int(ph.Duration / time.Second)
	rem := d - sec
	switch ph.Kind {
	case routines.GetReady:
		if sec == 0 {
			return []string{ph.Exercise.Name + ". " + sideAndLeg(ph) + "Get ready."}
		}
	case routines.SwitchSides:
		if sec == 0 {
			return []string{strings.TrimSpace("Switch sides. " + setText(ph, p.newSet(i)) + sideAndLeg(ph))}
		}
	case routines.Rest:
		if sec == 0 {
			return []string{"Rest."}
		}
	case routines.Work:
		if sec == 0 {
			return p.workStart(i)
		}
		if pace := ph.Exercise.Pace; pace != nil {
			return pacedWord(pace, sec)
		}
		if d >= 10 && sec == d/2 {
			return []string{"Halfway."}
		}
	}
	if d >= 5 && (ph.Kind != routines.Work || ph.Exercise.Pace == nil) {
		if c := counts[rem]; c != "" {
			return []string{c} // the last three seconds, except in paced sets
		}
	}
	return nil
}

// workStart is what is said as work phase i starts: the start word (the
// first movement of a paced set, with its direction), after the exercise,
// set and side where nothing before announced them, then the stop cue at
// the step's first work.
func (p *Prompter) workStart(i int) []string {
	ph := p.phases[i]
	start := capital(ph.Word()) + "."
	if pace := ph.Exercise.Pace; pace != nil {
		start = capital(pace.Tempo[0].Word) + "."
		if dir := pace.At(0).Direction; dir != "" {
			start = capital(dir) + ". " + start
		}
	}
	switch prev := p.prev(i); {
	case prev == nil:
		// No lead-in announced the exercise.
		start = ph.Exercise.Name + ". " + sideAndLeg(ph) + start
	case prev.Kind == routines.Rest:
		start = setText(ph, true) + sideAndLeg(ph) + start
	case prev.Kind == routines.Work:
		// The next set straight after the last, on no side.
		start = setText(ph, prev.Set != ph.Set) + sideAndLeg(ph) + start
	}
	said := []string{start}
	if p.firstWork(i) && ph.Exercise.Stop != "" {
		said = append(said, ph.Exercise.Stop)
	}
	return said
}

// pacedWord is what is said sec seconds into a paced set: the movement at
// the start of each beat, with "Now outward." where the direction turns.
func pacedWord(pace *routines.Pace, sec int) []string {
	b := pace.At(time.Duration(sec) * time.Second)
	if b.Second != 0 {
		return nil
	}
	word := capital(pace.Tempo[b.Movement].Word) + "."
	if prev := pace.At(time.Duration(sec-1) * time.Second); prev.Direction != b.Direction {
		word = "Now " + b.Direction + ". " + word
	}
	return []string{word}
}

// prev is the phase before i in the same step, or nil at a step's start.
func (p *Prompter) prev(i int) *routines.Phase {
	if i == 0 || p.phases[i-1].Step != p.phases[i].Step {
		return nil
	}
	return &p.phases[i-1]
}

// firstWork reports whether phase i is its step's first work phase.
func (p *Prompter) firstWork(i int) bool {
	for j := i - 1; j >= 0 && p.phases[j].Step == p.phases[i].Step; j-- {
		if p.phases[j].Kind == routines.Work {
			return false
		}
	}
	return true
}

// newSet reports whether phase i begins a set other than the first: a
// switch of sides that leads from one set into the next.
func (p *Prompter) newSet(i int) bool {
	prev := p.prev(i)
	return prev != nil && prev.Set != p.phases[i].Set && p.phases[i].Set > 1
}

// sideAndLeg is the side with its leg, "Left side: left knee down, right
// foot forward. ", "Left side. " where the exercise has no leg phrase, or ""
// for exercises done on both sides at once.
func sideAndLeg(ph routines.Phase) string {
	if ph.Side == routines.NoSide {
		return ""
	}
	side := capital(ph.Side.String()) + " side"
	if leg := ph.Exercise.Leg(ph.Side); leg != "" {
		return side + ": " + leg + ". "
	}
	return side + ". "
}

// setText is "Set 2 of 3. " when say is set and the step has several
// sets, else "".
func setText(ph routines.Phase, say bool) string {
	if t := ph.SetText(); say && t != "" {
		return capital(t) + ". "
	}
	return ""
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
