package session

import (
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// StepResult is how one step went, for the summary and the record.
type StepResult struct {
	Step routines.Step
	// Sides says per side how it went ("left", "right cut short"), or one
	// entry for an unsided step that was cut short; empty for an unsided
	// step done in full.
	Sides []string
	// Done is set when every work phase of the step ran its full time.
	Done bool
}

// Results says, step by step, what was done: a step is done only when each
// of its work phases ran its full time; one cut short with next, or never
// reached, is not.
func (s *Session) Results() []StepResult {
	outcomes := s.countdown.Outcomes()
	results := make([]StepResult, len(s.steps))
	for i, st := range s.steps {
		results[i] = StepResult{Step: st, Done: true}
	}
	for i, p := range s.phases {
		if p.Kind != routines.Work {
			continue
		}
		r := &results[p.Step]
		label := p.Side.String()
		if outcomes[i] != timer.Completed {
			r.Done = false
			if label != "" {
				label += " "
			}
			label += "cut short"
		}
		if label != "" {
			r.Sides = append(r.Sides, label)
		}
	}
	return results
}

// Completed reports whether the session was done in full: it ran to its
// end and every step's work ran its full time. A session skipped through
// with next counts as started, not done, so it never extends a streak.
func (s *Session) Completed() bool {
	if !s.countdown.Finished() {
		return false
	}
	for _, r := range s.Results() {
		if !r.Done {
			return false
		}
	}
	return true
}

// Record is the session's history record as it stands: finished, or quit
// part way (then it is not completed). A view that ends the session by
// Ctrl+C, a signal or a closed output sets Outcome to OutcomeInterrupted.
func (s *Session) Record() Record {
	st := s.countdown.Status()
	rec := Record{
		Start:          s.countdown.Began().In(s.cfg.Location),
		Routine:        s.cfg.Routine.ID,
		StepsDone:      []string{},
		StepsSkipped:   []string{},
		PlannedSeconds: s.Total().Seconds(),
		ActualSeconds:  st.Elapsed.Round(time.Millisecond).Seconds(),
		Completed:      s.Completed(),
		PainBefore:     s.PainBefore,
		PainAfter:      s.PainAfter,
		Version:        s.cfg.Version,
		Outcome:        OutcomeQuit,
	}
	if s.Finished() {
		rec.Outcome = OutcomeFinished
	}
	for _, r := range s.Results() {
		if r.Done {
			rec.StepsDone = append(rec.StepsDone, r.Step.Exercise.ID)
		} else {
			rec.StepsSkipped = append(rec.StepsSkipped, r.Step.Exercise.ID)
		}
	}
	return rec
}

// Elapsed is how long the session has run by the clock now, pauses
// excluded: the real time, not that of the last cue.
func (s *Session) Elapsed() time.Duration { return s.countdown.Status().Elapsed }

// CheckinRecord is the record of a check-in that stopped at the pain screen:
// no session ran, but the answer is kept. routine is the routine's name if
// one had been chosen, else "".
func CheckinRecord(start time.Time, routine string, pain int, version string) Record {
	return Record{
		Start: start, Routine: routine, StepsDone: []string{}, StepsSkipped: []string{},
		PainBefore: &pain, Version: version, Outcome: OutcomeCheckin,
	}
}

// Praised reports whether a session's end deserves praise ("well done"):
// it was done in full, and the pain after it, where both check-ins were
// given, is not higher than before. A session skipped through, or one that
// hurt more, is met with plain words or advice instead: the summary, the
// voice's farewell and --plain's last line all follow this rule.
func Praised(rec Record) bool { return rec.Completed && !Worse(rec) }

// Worse reports a pain after the session higher than before it.
func Worse(rec Record) bool {
	b, a := rec.PainBefore, rec.PainAfter
	return b != nil && a != nil && *a > *b
}

// closing is the last line of a session's cue lines (--plain): praise only
// where Praised allows it, and a session cut short says so.
func (s *Session) closing() string {
	rec := s.Record()
	switch {
	case Praised(rec):
		return "Session complete. Well done."
	case !rec.Completed:
		return "Session over; some steps were cut short."
	}
	return "Session complete."
}
