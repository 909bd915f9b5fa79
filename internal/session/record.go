package session

import "time"

// Record is one answer the user gave hipcoach: a session finished, quit or
// interrupted, or a check-in that stopped at the pain screen. Every one is
// kept in the history.
type Record struct {
	// Start is when the session began, with the user's time zone, so that
	// days and streaks are counted the way the user lives them.
	Start        time.Time `json:"start"`
	Routine      string    `json:"routine"`
	StepsDone    []string  `json:"steps_done"`
	StepsSkipped []string  `json:"steps_skipped"`
	// PlannedSeconds and ActualSeconds: the plan's total and the time the
	// session really took, pauses excluded.
	PlannedSeconds float64 `json:"planned_seconds"`
	ActualSeconds  float64 `json:"actual_seconds"`
	Completed      bool    `json:"completed"`
	// PainBefore and PainAfter are the 0–10 check-ins, when given.
	PainBefore *int   `json:"pain_before,omitempty"`
	PainAfter  *int   `json:"pain_after,omitempty"`
	Version    string `json:"version"`
	// Outcome says how the run ended (the Outcome… constants); empty in
	// records written before hipcoach kept it.
	Outcome string `json:"outcome,omitempty"`
}

// How a record's run ended.
const (
	// OutcomeFinished: the session ran to its end (Completed says whether
	// every work phase ran its full time).
	OutcomeFinished = "finished"
	// OutcomeQuit: the user quit part way, or the reader of --plain's
	// output went away (| head).
	OutcomeQuit = "quit"
	// OutcomeInterrupted: Ctrl+C or a signal ended it.
	OutcomeInterrupted = "interrupted"
	// OutcomeCheckin: a check-in with no session after it: the user
	// stopped at the pain screen, or left before a session began. Routine
	// is the one that was chosen, or empty when none had been.
	OutcomeCheckin = "checkin"
	// OutcomeTaken and OutcomeSkipped: a desk break that `hipcoach breaks`
	// called, taken (the routine ran) or skipped.
	OutcomeTaken   = "taken"
	OutcomeSkipped = "skipped"
)

// IsCheckin reports a record of a check-in alone, with no session.
func (r Record) IsCheckin() bool { return r.Outcome == OutcomeCheckin }

// Pain returns the record's latest check-in: after if given, else before.
func (r Record) Pain() (int, bool) {
	switch {
	case r.PainAfter != nil:
		return *r.PainAfter, true
	case r.PainBefore != nil:
		return *r.PainBefore, true
	}
	return 0, false
}
