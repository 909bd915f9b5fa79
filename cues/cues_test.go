package cues

import (
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

func TestBell(t *testing.T) {
	phases := routines.Plan(routines.Relief, routines.DefaultOptions())
	// 0 get ready, 1 hold left, 2 switch, 3 hold right, …
	ev := func(k timer.EventKind, i int) timer.Event { return timer.Event{Kind: k, Phase: i} }
	cases := []struct {
		name string
		evs  []timer.Event
		want bool
	}{
		{"lead-in starts", []timer.Event{ev(timer.Started, 0)}, false},
		{"hold starts", []timer.Event{ev(timer.Ended, 0), ev(timer.Started, 1)}, true},
		{"halfway", []timer.Event{ev(timer.Halfway, 1)}, false},
		{"hold ends, switch starts", []timer.Event{ev(timer.Ended, 1), ev(timer.Started, 2)}, true},
		{"switch alone", []timer.Event{ev(timer.Started, 2)}, true},
		{"lead-in halfway", []timer.Event{ev(timer.Halfway, 0)}, false},
		{"finished", []timer.Event{ev(timer.Finished, len(phases)-1)}, false},
		{"nothing", nil, false},
	}
	for _, c := range cases {
		if got := Bell(phases, c.evs); got != c.want {
			t.Errorf("%s: Bell = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestLineNamesStepAndSide(t *testing.T) {
	phases := routines.Plan(routines.Relief, routines.DefaultOptions())
	at := time.Time{}
	cases := []struct {
		e    timer.Event
		want string
	}{
		{timer.Event{Kind: timer.Started, Phase: 0, At: at}, "Step 1 of 2: Kneeling hip-flexor stretch, left side. Get ready (5s)."},
		{timer.Event{Kind: timer.Started, Phase: 1, At: at}, "Start: hold 30s, left side."},
		{timer.Event{Kind: timer.Halfway, Phase: 1, At: at}, "Halfway, left side."},
		{timer.Event{Kind: timer.Ended, Phase: 1, At: at}, ""},
		{timer.Event{Kind: timer.Started, Phase: 2, At: at}, "Switch sides: right side next (5s)."},
		{timer.Event{Kind: timer.Halfway, Phase: 2, At: at}, ""},
		{timer.Event{Kind: timer.Ended, Phase: 3, At: at}, "Done: Kneeling hip-flexor stretch."},
		{timer.Event{Kind: timer.Started, Phase: 5, At: at}, "Start: roll 45s, left side."},
		{timer.Event{Kind: timer.Finished, Phase: 7, At: at}, "Session complete. Well done."},
	}
	for _, c := range cases {
		if got := Line(phases, 2, c.e); got != c.want {
			t.Errorf("%v of phase %d: %q, want %q", c.e.Kind, c.e.Phase, got, c.want)
		}
	}
}
