package history

import (
	"fmt"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// Suggest follows content.md's "When to suggest it": harder after the last
// two sessions with the step done in full with pain at 3 or less and not
// rising, easier after a check-in that rose or reached 5, else nothing.
func TestSuggest(t *testing.T) {
	type s struct {
		done          bool
		before, after int // -1: not given
	}
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name     string
		sessions []s
		want     Suggestion
	}{
		{"none", nil, SuggestNothing},
		{"one easy session", []s{{true, 2, 1}}, SuggestNothing},
		{"two easy sessions", []s{{true, 2, 1}, {true, 3, 3}}, SuggestHarder},
		{"only the last two count", []s{{true, 6, 6}, {true, 2, 1}, {true, 1, 0}}, SuggestHarder},
		{"one not in full", []s{{false, 2, 1}, {true, 2, 1}}, SuggestNothing},
		{"a 4 after", []s{{true, 2, 1}, {true, 3, 4}}, SuggestEasier},
		{"a 4 before, 3 after", []s{{true, 2, 1}, {true, 4, 3}}, SuggestNothing},
		{"no pain after given", []s{{true, 2, -1}, {true, 2, -1}}, SuggestNothing},
		{"rose", []s{{true, 0, 1}}, SuggestEasier},
		{"reached 5 before", []s{{true, 5, 2}}, SuggestEasier},
		{"reached 5 after, none before", []s{{true, -1, 5}}, SuggestEasier},
		{"rose earlier, fine since", []s{{true, 0, 2}, {true, 2, 2}, {true, 1, 1}}, SuggestHarder},
	} {
		sum := NewSummary(time.UTC)
		for i, x := range c.sessions {
			r := session.Record{Start: start.AddDate(0, 0, i), Routine: "relief", Outcome: session.OutcomeFinished, StepsDone: []string{}, StepsSkipped: []string{}}
			if x.done {
				r.StepsDone = []string{"lunge-stretch"}
			} else {
				r.StepsSkipped = []string{"lunge-stretch"}
			}
			if x.before >= 0 {
				r.PainBefore = &x.before
			}
			if x.after >= 0 {
				r.PainAfter = &x.after
			}
			sum.Add(r)
		}
		if got := sum.Suggest("lunge-stretch"); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		if got := sum.Suggest("plank"); got != SuggestNothing {
			t.Errorf("%s: a step never done: %v", c.name, got)
		}
	}
}

// A check-in alone says nothing about a step, a clone is independent, and
// however many exercises a hand-written file names, at most maxStepIDs
// are kept, each with at most stepWindow sessions.
func TestStepsAreBounded(t *testing.T) {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	sum := NewSummary(time.UTC)
	one := 1
	for i := range 1000 {
		sum.Add(session.Record{Start: start, Routine: "x", StepsDone: []string{fmt.Sprint("e", i%200)}, PainBefore: &one, PainAfter: &one, Outcome: session.OutcomeFinished})
	}
	if len(sum.steps) != maxStepIDs {
		t.Errorf("%d exercises kept, want %d", len(sum.steps), maxStepIDs)
	}
	for id, outs := range sum.steps {
		if len(outs) > stepWindow {
			t.Errorf("%s: %d sessions kept", id, len(outs))
		}
	}
	c := sum.Clone()
	eight := 8
	c.Add(session.Record{Start: start, Routine: "x", StepsDone: []string{"e0"}, PainBefore: &one, PainAfter: &eight, Outcome: session.OutcomeFinished})
	if sum.Suggest("e0") != SuggestHarder || c.Suggest("e0") != SuggestEasier {
		t.Errorf("clone not independent: original %v, clone %v", sum.Suggest("e0"), c.Suggest("e0"))
	}
	c.Add(session.CheckinRecord(start, "x", 9, "test"))
	if c.Suggest("e0") != SuggestEasier {
		t.Error("a check-in alone changed a step's suggestion")
	}
}
