package session

import "time"

// Record is one session, finished or quit.
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
	// Outcome is set on the records of desk breaks that `hipcoach breaks`
	// called: OutcomeTaken or OutcomeSkipped. "" for a session the person
	// started themselves, so older lines read as before.
	Outcome string `json:"outcome,omitempty"`
}

// Outcomes of a called break.
const (
	OutcomeTaken   = "taken"
	OutcomeSkipped = "skipped"
)

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
