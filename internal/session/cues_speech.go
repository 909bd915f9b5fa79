package session

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Farewell is the last thing the voice says after a session done in full
// that did not hurt more; FarewellPlain after any other.
const (
	Farewell      = "Well done. Remember to see a professional if pain persists."
	FarewellPlain = "Session over. Remember to see a professional if pain persists."
	// AskAfter ends a session whose check-in follows (Config.AsksAfter):
	// the farewell waits for the answer.
	AskAfter = "Session complete. How does your hip feel now, from 0 to 10?"
)

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

// SpeechTime is about how long the voice takes to say text: measured with
// espeak-ng at 165 words a minute, 0.3 s to start and 68 ms a character
// ("Three." 0.67 s, a 60-character stop cue 3.5 s), a little over rather
// than under, so that what is planned to fit in a lead-in does.
func SpeechTime(text string) time.Duration {
	return 300*time.Millisecond + time.Duration(utf8.RuneCountInString(text))*68*time.Millisecond
}

// speechMargin is kept free at the end of a lead-in or before a count: the
// speech program's start and a slow machine.
const speechMargin = 500 * time.Millisecond

// paceSpill is the most time a paced set's first reps give, once a step,
// to the technique its lead-in had no room for: a stop cue is worth a rep's
// unspoken movement words.
const paceSpill = 6 * time.Second

// countLead is how long before the end of a phase the count starts.
const countLead = 3 * time.Second

// Prompter decides, second by second, what the voice says: at a lead-in
// the exercise, side and leg, then the starting position and the stop cues
// as far as they fit before the work starts; the start word, then what did
// not fit in the lead-in; halfway, the last three seconds, the switch of
// sides with the new leg, each movement of a paced set, rests between
// sets, and the farewell. Both the full-screen UI and --plain feed it the
// countdown's events and status.
type Prompter struct {
	phases []routines.Phase
	phase  int
	second int
	// praise reports, at the end, whether the session deserves the
	// farewell's "well done"; nil means it does.
	praise func() bool
	// asksAfter ends the session with AskAfter instead of the farewell.
	asksAfter bool
}

// NewPrompter returns a Prompter for a session of these phases.
func NewPrompter(phases []routines.Phase) *Prompter {
	return &Prompter{phases: phases, phase: -1, second: -1}
}

// SetPraise sets the rule for the farewell's "well done" (Praised on the
// session's record), asked when the session finishes.
func (p *Prompter) SetPraise(f func() bool) { p.praise = f }

// farewell is the last words: with praise only where it is deserved.
func (p *Prompter) farewell() string {
	if p.praise != nil && !p.praise() {
		return FarewellPlain
	}
	return Farewell
}

// Prompt returns what to say now, given the events the countdown just
// reported and its status read at now. It says each second's words once,
// however often it is called.
func (p *Prompter) Prompt(evs []timer.Event, st timer.Status, now time.Time) []Utterance {
	var out []Utterance
	for _, e := range evs {
		switch {
		case e.Kind == timer.Finished:
			last := p.farewell()
			if p.asksAfter {
				last = AskAfter
			}
			return firstUrgent(append(out, Utterance{Text: last, Until: now.Add(farewellValid), Urgent: true}))
		case e.Kind == timer.Started && (e.Phase != st.Phase || st.Finished):
			// A phase passed through between two looks (a zero-length
			// switch): still announce it.
			for _, w := range p.words(e.Phase, 0) {
				out = append(out, Utterance{Text: w.text, Until: e.At.Add(announceValid), Urgent: w.urgent})
			}
		}
	}
	if st.Finished || st.IsPaused {
		return firstUrgent(out)
	}
	sec := int(st.PhaseElapsed / time.Second)
	if st.Phase == p.phase && sec == p.second {
		return firstUrgent(out)
	}
	p.phase, p.second = st.Phase, sec
	until := now.Add(beatValid)
	if sec == 0 {
		until = now.Add(max(st.Remaining, announceValid))
	}
	for _, w := range p.words(st.Phase, sec) {
		out = append(out, Utterance{Text: w.text, Until: until, Urgent: w.urgent})
	}
	return firstUrgent(out)
}

// firstUrgent keeps Urgent on the first urgent utterance of a moment only:
// it pre-empts what came before; the words of the same moment after it
// ("Switch sides. …" then "Hold." at a zero-length switch) follow it.
func firstUrgent(us []Utterance) []Utterance {
	seen := false
	for i := range us {
		if us[i].Urgent && seen {
			us[i].Urgent = false
		}
		seen = seen || us[i].Urgent
	}
	return us
}

var counts = map[int]string{3: "Three.", 2: "Two.", 1: "One."}

// spoken is one thing to say, and whether it is tied to its moment.
type spoken struct {
	text   string
	urgent bool
}

// words is what to say at a whole second into phase i, one utterance per
// element, in order; nil when there is nothing to say.
//
// A lead-in names the exercise and says the side with its leg ("Kneeling
// hip-flexor stretch. Left side: left knee down, right foot forward."), a
// switch of sides says the new side and leg; both then say the starting
// position and the stop cues, as many as end before the work starts.
// Work starts with its start word, after that announcement when no
// lead-in or switch made it, and then says, once a step, what the lead-in
// had no time for, as far as it ends before the count.
func (p *Prompter) words(i, sec int) []spoken {
	ph := p.phases[i]
	d := int(ph.Duration / time.Second)
	rem := d - sec
	switch ph.Kind {
	case routines.GetReady, routines.SwitchSides, routines.Rest:
		if sec == 0 {
			said, _ := p.leadIn(i)
			return said
		}
		if !p.leadInCounts(i) {
			return nil // the lead-in's words fill it; the pips count
		}
	case routines.Work:
		if sec == 0 {
			return p.workStart(i)
		}
		if ph.Exercise.Pace != nil {
			return p.paceWord(i, sec) // a paced set says its movements, not a count
		}
		if d >= 10 && sec == d/2 {
			return []spoken{{"Halfway.", false}}
		}
	}
	if d >= 5 {
		if c := counts[rem]; c != "" {
			return []spoken{{c, true}} // the last three seconds
		}
	}
	return nil
}

// workStart is what work phase i starts with: its start word (a paced
// set's first movement), after the exercise and side when no lead-in
// named them, or the set after a rest or another set; then what the
// lead-in had no time for, as far as it fits.
func (p *Prompter) workStart(i int) []spoken {
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
	said := []spoken{{start, true}}
	for _, text := range p.spill(i, SpeechTime(start)) {
		said = append(said, spoken{text, false})
	}
	return said
}

// paceWord is the movement word of paced work phase i at sec, said as
// each movement starts (with the new direction when it turns), once the
// first rep's technique is said; nil mid-movement.
func (p *Prompter) paceWord(i, sec int) []spoken {
	pace := p.phases[i].Exercise.Pace
	b := pace.At(time.Duration(sec) * time.Second)
	if b.Second != 0 || time.Duration(sec)*time.Second < p.spillEnd(i) {
		return nil // mid-movement, or the first rep's technique still being said
	}
	word := capital(pace.Tempo[b.Movement].Word) + "."
	if prev := pace.At(time.Duration(sec-1) * time.Second); prev.Direction != b.Direction {
		word = "Now " + b.Direction + ". " + word
	}
	return []spoken{{word, true}}
}

// line is one line of technique to say, with its rank in the claim on
// the time there is: 0 first.
type line struct {
	text string
	rank int
}

// technique is what a lead-in says after the side and leg, in the order
// said: the starting position (the first cue), then every stop cue that
// holds. Where not all of it fits, the first stop cue (the exercise's own,
// or the general rule where it has none) claims the time first, then the
// starting position, then the general rule after an own cue: see fit.
func technique(e routines.Exercise) []line {
	var out []line
	if len(e.Cues) > 0 {
		out = append(out, line{e.Cues[0], 1})
	}
	for i, stop := range e.StopCues() {
		out = append(out, line{stop, 2 * i})
	}
	return out
}

// fit splits lines into those said within budget, in the order given, and
// those left over: each claims its time in order of rank, and one that
// does not fit leaves the time to the next.
func fit(lines []line, budget time.Duration) (said []string, left []line) {
	in := make([]bool, len(lines))
	for rank := 0; rank <= 2; rank++ {
		for i, l := range lines {
			if l.rank == rank && SpeechTime(l.text) <= budget {
				in[i] = true
				budget -= SpeechTime(l.text)
			}
		}
	}
	for i, l := range lines {
		if in[i] {
			said = append(said, l.text)
		} else {
			left = append(left, l)
		}
	}
	return said, left
}

// leadIn is what lead-in phase i (a get-ready, a switch of sides or a rest
// between sets) says
// at its start: the announcement, then as much technique as ends before
// the work starts; left is the technique that did not fit.
func (p *Prompter) leadIn(i int) (said []spoken, left []line) {
	ph := p.phases[i]
	first := ph.Exercise.Name + ". " + sideAndLeg(ph)
	switch ph.Kind {
	case routines.GetReady:
		// The lead-in to a later set says which set, as the screen does.
		first = ph.Exercise.Name + ". " + setText(ph, ph.Set > 1) + sideAndLeg(ph)
	case routines.SwitchSides:
		first = "Switch sides. " + setText(ph, p.newSet(i)) + sideAndLeg(ph)
	case routines.Rest:
		first = "Rest."
	}
	first = strings.TrimSpace(first)
	said = []spoken{{first, true}}
	in, left := fit(technique(ph.Exercise), ph.Duration-SpeechTime(first)-speechMargin)
	for _, t := range in {
		said = append(said, spoken{t, false})
	}
	return said, left
}

// leadInCounts reports whether lead-in phase i has room for the spoken
// count after its words; where it has not, the pips count alone.
func (p *Prompter) leadInCounts(i int) bool {
	said, _ := p.leadIn(i)
	var t time.Duration
	for _, w := range said {
		t += SpeechTime(w.text)
	}
	return t <= p.phases[i].Duration-countLead
}

// spill is what work phase i says after its start word (which takes
// start): at the step's first work phase, the technique its lead-in had
// no time for (all of it where there was no lead-in), as far as it ends
// before the count or the next movement word.
func (p *Prompter) spill(i int, start time.Duration) []string {
	if !p.firstWork(i) {
		return nil
	}
	ph := p.phases[i]
	todo := technique(ph.Exercise)
	if prev := p.prev(i); prev != nil && (prev.Kind == routines.GetReady || prev.Kind == routines.SwitchSides) {
		_, todo = p.leadIn(i - 1)
	}
	room := ph.Duration - start - speechMargin
	if pace := ph.Exercise.Pace; pace != nil {
		// The movement words of the first few seconds give way to it,
		// once a step (see spillEnd).
		room = min(room, max(pace.Rep(), paceSpill)-start-speechMargin)
	} else if ph.Duration >= 5*time.Second {
		room -= countLead
	}
	said, _ := fit(todo, room)
	return said
}

// spillEnd is how long into work phase i its start word and spill take to
// say: a paced set's movement words before then are left unsaid, rather
// than cut the technique short.
func (p *Prompter) spillEnd(i int) time.Duration {
	ph := p.phases[i]
	if !p.firstWork(i) || ph.Exercise.Pace == nil {
		return 0
	}
	words := p.words(i, 0)
	if len(words) < 2 {
		return 0
	}
	var t time.Duration
	for _, w := range words {
		t += SpeechTime(w.text)
	}
	return t
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
