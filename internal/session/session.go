// Package session runs one guided session: a routine's plan on an injected
// clock, with the cues, tones and words each moment deserves, the user's
// pause, next and back, how each step went, and the history record. The
// full-screen coach and --plain are two views of it, so the rules a user
// relies on (when a sound plays, what is said, when a step counts as done)
// are written once. It knows nothing of terminals.
package session

import (
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Tones plays a sound without blocking (sound.Player). Failed reports a
// player that stopped working (no sound device, say): the session then
// rings the bell instead.
type Tones interface {
	Play(Tone)
	Failed() bool
}

// Voice speaks cues without blocking (voice.Speaker); Hush drops what is
// still waiting to be said.
type Voice interface {
	Say(Utterance)
	Hush()
}

// Bell rings the terminal bell, where no player can play the tones. The
// view rings it, since only the view may write to the terminal.
type Bell interface {
	Ring()
}

// Outputs are what a session can make heard. Any of them may be nil: no
// tones means the bell rings at the same moments, no voice means no words.
type Outputs struct {
	Tones Tones
	Voice Voice
	Bell  Bell
	// Quiet silences the tones and the bell (--quiet); the caller leaves
	// Voice nil as well.
	Quiet bool
}

// Config is one session: what to run, on which clock, and where its sounds go.
type Config struct {
	Routine routines.Routine
	Options routines.Options
	Clock   timer.Clock
	Outputs Outputs
	// Version goes into the history record.
	Version string
	// Location is the user's time zone, for the record's start.
	Location *time.Location
	// AsksAfter says a check-in follows the session (the full-screen
	// summary asks the pain after it). The voice then ends by asking it,
	// and the farewell waits for the answer (Farewell), so that its "well
	// done" knows whether the pain rose.
	AsksAfter bool
}

// Cue is one line the coach says for an event, with its moment on the
// session's timeline: what --plain prints and a screen reader hears.
type Cue struct {
	// At is how far into the session (pauses excluded) the event fell due.
	At   time.Duration
	Text string
}

// Session is one run of a routine. It is not safe for concurrent use: one
// goroutine (Bubble Tea's Update, or the plain runner) owns it.
type Session struct {
	cfg       Config
	steps     []routines.Step
	phases    []routines.Phase
	countdown *timer.Countdown
	announcer *Announcer
	status    timer.Status
	// pipped is the phase and second whose pip has sounded, so that a
	// second looked at twice pips once.
	pipped [2]int
	// cued is the work phase and turn whose technique cue has been
	// reported, so each turn of a cue is reported once.
	cued [2]int
	// PainBefore and PainAfter are the 0–10 check-ins, when given; they go
	// into the record.
	PainBefore, PainAfter *int
	// farewellSaid keeps Farewell to once.
	farewellSaid bool
}

// New plans the session; nothing runs until Start.
func New(cfg Config) *Session {
	if cfg.Clock == nil {
		cfg.Clock = timer.SystemClock{}
	}
	if cfg.Location == nil {
		cfg.Location = time.Local
	}
	phases := routines.Plan(cfg.Routine, cfg.Options)
	out := cfg.Outputs
	s := &Session{
		cfg:       cfg,
		steps:     cfg.Routine.StepsFor(cfg.Options),
		phases:    phases,
		countdown: timer.New(cfg.Clock, routines.Durations(phases)),
		announcer: NewAnnouncer(phases, out.Tones != nil, out.Quiet || (out.Tones == nil && out.Bell == nil)),
		pipped:    [2]int{-1, -1},
		cued:      [2]int{-1, -1},
	}
	s.announcer.prompter.SetPraise(func() bool { return Praised(s.Record()) })
	s.announcer.prompter.asksAfter = cfg.AsksAfter
	return s
}

// Farewell says the voice's last words once the check-in after a finished
// session is answered (Config.AsksAfter): "well done" only where Praised
// finds it deserved, with the pain after now in the record. Once; nothing
// without a voice or before the end.
func (s *Session) Farewell() {
	if !s.cfg.AsksAfter || s.farewellSaid || s.cfg.Outputs.Voice == nil || !s.Finished() {
		return
	}
	s.farewellSaid = true
	s.cfg.Outputs.Voice.Say(Utterance{Text: s.announcer.prompter.farewell(), Until: s.cfg.Clock.Now().Add(farewellValid), Urgent: true})
}

// Start begins the first phase now and returns its
func (s *Session) Start() []Cue { return s.after(s.countdown.Start()) }

// Poll brings the session up to the clock: every phase that ended since the
// last look ends at its deadline, with its cues and sounds.
func (s *Session) Poll() []Cue { return s.after(s.countdown.Poll()) }

// Next ends the current phase now (it counts as cut short).
func (s *Session) Next() []Cue { return s.after(s.countdown.Next()) }

// Back restarts the current phase, or within timer.BackGrace of its start
// goes to the previous one.
func (s *Session) Back() []Cue { return s.after(s.countdown.Back()) }

// Pause stops the clock and hushes the words still waiting; it reports
// whether the clock was running.
func (s *Session) Pause() bool {
	ok := s.countdown.Pause()
	s.status = s.countdown.Status()
	if ok && s.cfg.Outputs.Voice != nil {
		s.cfg.Outputs.Voice.Hush()
	}
	return ok
}

// Resume restarts the clock where it stopped.
func (s *Session) Resume() []Cue {
	s.countdown.Resume()
	return s.after(nil)
}

// after takes a fresh snapshot once the countdown has moved, plays what the
// moment deserves and returns the cue lines of its events.
func (s *Session) after(evs []timer.Event) []Cue {
	s.status = s.countdown.Status()
	out := s.cfg.Outputs
	if s.tonesFailed() {
		s.announcer.UseBell()
	}
	an := s.announcer.Announce(evs, s.status, s.cfg.Clock.Now())
	if an.Tone == NoTone && !out.Quiet && s.tones() {
		an.Tone = s.pip()
	}
	if an.Tone != NoTone && s.tones() {
		out.Tones.Play(an.Tone)
	}
	if an.Bell && out.Bell != nil {
		out.Bell.Ring()
	}
	if out.Voice != nil {
		for _, u := range an.Words {
			out.Voice.Say(u)
		}
	}
	var lines []Cue
	for _, e := range evs {
		text := Line(s.phases, len(s.steps), e)
		if e.Kind == timer.Finished {
			text = s.closing()
		}
		at := e.At.Sub(s.countdown.Began())
		if text != "" {
			lines = append(lines, Cue{At: at, Text: text})
		}
		for _, t := range Technique(s.phases, e) {
			lines = append(lines, Cue{At: at, Text: t})
		}
	}
	if c, ok := s.cueTurn(); ok {
		lines = append(lines, c)
	}
	return lines
}

// cueTurn is the technique cue that has just come round in a work phase
// (Exercise.CueAt), once a turn, as a line for --plain; ok is false when
// none has.
func (s *Session) cueTurn() (c Cue, ok bool) {
	st := s.status
	if st.Finished || st.IsPaused {
		return Cue{}, false
	}
	p := s.phases[st.Phase]
	if p.Kind != routines.Work || p.Duration <= 0 {
		return Cue{}, false
	}
	turn := p.Exercise.CueTurn(p.Duration)
	n := int(st.PhaseElapsed / turn)
	if s.cued == [2]int{st.Phase, n} {
		return Cue{}, false
	}
	s.cued = [2]int{st.Phase, n}
	text := p.Exercise.CueAt(st.PhaseElapsed, p.Duration)
	if text == "" || (n == 0 && s.startPositionJustSaid(st.Phase)) {
		return Cue{}, false
	}
	return Cue{At: st.Elapsed - st.PhaseElapsed + time.Duration(n)*turn, Text: "Cue: " + text}, true
}

// startPositionJustSaid reports whether the first cue to come round in
// work phase i (the starting position, Exercise.Cues[0]) was printed a
// moment ago by Technique: at the step's get-ready or at its first work.
// Printing it again as "Cue:" would repeat the line word for word.
func (s *Session) startPositionJustSaid(i int) bool {
	for j := i - 1; j >= 0 && s.phases[j].Step == s.phases[i].Step; j-- {
		if s.phases[j].Kind == routines.Work {
			return false // a later side: the reminder is worth its line
		}
	}
	return true
}

// nextCueTurn is when the next technique cue comes round in the work
// phase under way; ok is false when none will before the phase ends.
func (s *Session) nextCueTurn() (at time.Time, ok bool) {
	st := s.countdown.Status()
	if st.Finished || st.IsPaused {
		return time.Time{}, false
	}
	p := s.phases[st.Phase]
	if p.Kind != routines.Work || p.Duration <= 0 {
		return time.Time{}, false
	}
	turn := p.Exercise.CueTurn(p.Duration)
	next := (st.PhaseElapsed/turn + 1) * turn
	if next >= p.Duration {
		return time.Time{}, false
	}
	return s.cfg.Clock.Now().Add(next - st.PhaseElapsed), true
}

// tones reports whether the tones can still be played.
func (s *Session) tones() bool {
	return s.cfg.Outputs.Tones != nil && !s.cfg.Outputs.Tones.Failed()
}

// tonesFailed reports a player that was there and stopped working.
func (s *Session) tonesFailed() bool {
	return s.cfg.Outputs.Tones != nil && s.cfg.Outputs.Tones.Failed()
}

// pip is the short tone of each of the last three seconds of work and of
// lead-ins (get ready, switch sides, rest), once per second, so a person
// who cannot see the screen knows the change is coming; NoTone when
// this second has none or has had it.
func (s *Session) pip() Tone {
	st := s.status
	if st.Finished || st.IsPaused || s.phases[st.Phase].Duration < 4*time.Second {
		return NoTone
	}
	left := timer.Seconds(st.Remaining)
	if left < 1 || left > 3 || s.pipped == [2]int{st.Phase, left} {
		return NoTone
	}
	s.pipped = [2]int{st.Phase, left}
	return Pip
}

// Status is the snapshot taken at the last change, so a view drawn from it
// is consistent and drawing needs no clock.
func (s *Session) Status() timer.Status { return s.status }

// Routine is the routine being run.
func (s *Session) Routine() routines.Routine { return s.cfg.Routine }

// Options are the options it runs with.
func (s *Session) Options() routines.Options { return s.cfg.Options }

// Steps are the steps this session runs.
func (s *Session) Steps() []routines.Step { return s.steps }

// Phases are the session's timed phases, in order.
func (s *Session) Phases() []routines.Phase { return s.phases }

// Phase is the phase under way (the last one once finished).
func (s *Session) Phase() routines.Phase { return s.phases[s.status.Phase] }

// Total is what the session takes when nobody touches a key.
func (s *Session) Total() time.Duration { return routines.Total(s.phases) }

// Finished reports whether the last phase is over.
func (s *Session) Finished() bool { return s.countdown.Finished() }

// UntilTick is how long until the session next looks different: the shown
// second changes or the phase ends. Zero when paused or finished.
func (s *Session) UntilTick() time.Duration { return s.countdown.UntilTick() }

// NextWake is the instant the session next has something to say or play,
// for a view that does not redraw every second (--plain): the next event
// or technique cue's turn,
// or with a voice or tones the next whole second, which has its words
// (counts, movements) and the last seconds' pips. ok is false when nothing will happen by itself.
func (s *Session) NextWake() (at time.Time, ok bool) {
	at, ok = s.countdown.NextEvent()
	if !ok {
		return at, ok
	}
	if cue, has := s.nextCueTurn(); has && cue.Before(at) {
		at = cue // the next technique cue's turn has a line
	}
	// Only a voice or tones that play have something for every second.
	secondsHeard := s.cfg.Outputs.Voice != nil || s.tones() && !s.cfg.Outputs.Quiet
	if !secondsHeard {
		return at, ok
	}
	if tick := s.cfg.Clock.Now().Add(s.countdown.UntilTick()); tick.Before(at) {
		at = tick
	}
	return at, true
}
