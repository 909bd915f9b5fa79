package session

import (
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

func TestMarks(t *testing.T) {
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
		if got := Marks(phases, c.evs); got != c.want {
			t.Errorf("%s: Marks = %v, want %v", c.name, got, c.want)
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
		{timer.Event{Kind: timer.Started, Phase: 0, At: at}, "Step 1 of 2: Kneeling hip-flexor stretch, left side: left knee down, right foot forward. Get ready (5s). Stop if the kneeling knee hurts or the stretch turns to pain. Stop at sharp, shooting or worsening pain."},
		{timer.Event{Kind: timer.Started, Phase: 1, At: at}, "Start: hold 30s, left side."},
		{timer.Event{Kind: timer.Halfway, Phase: 1, At: at}, "Halfway, left side."},
		{timer.Event{Kind: timer.Ended, Phase: 1, At: at}, ""},
		{timer.Event{Kind: timer.Started, Phase: 2, At: at}, "Switch sides: right side next (5s): right knee down, left foot forward."},
		{timer.Event{Kind: timer.Halfway, Phase: 2, At: at}, ""},
		{timer.Event{Kind: timer.Ended, Phase: 3, At: at}, "Done: Kneeling hip-flexor stretch."},
		{timer.Event{Kind: timer.Started, Phase: 5, At: at}, "Start: roll 45s, left side."},
		{timer.Event{Kind: timer.Finished, Phase: 7, At: at}, "Session complete."}, // the session adds the praise it deserves
	}
	for _, c := range cases {
		if got := Line(phases, 2, c.e); got != c.want {
			t.Errorf("%v of phase %d: %q, want %q", c.e.Kind, c.e.Phase, got, c.want)
		}
	}
}

// physio: the stretch 3 × 20 s each side with 15 s rests, bridges 2 × 10.
func physioPhases() []routines.Phase {
	r := routines.Routine{ID: "physio", Name: "Physio plan", Custom: true, Steps: []routines.Step{
		{Exercise: routines.KneelingHipFlexorStretch, Hold: 20 * time.Second, Sets: 3, Rest: 15 * time.Second, Note: "Keep the pelvis tucked."},
		{Exercise: routines.GluteBridges, Reps: 10, Sets: 2},
	}}
	return routines.Plan(r, routines.DefaultOptions())
}

func TestLineSetsAndRests(t *testing.T) {
	phases := physioPhases()
	// 0 get ready, 1 hold L, 2 switch, 3 hold R, 4 rest, 5 hold L, 6 switch,
	// 7 hold R, 8 rest, 9 hold L, 10 switch, 11 hold R, 12 get ready,
	// 13 move, 14 move.
	cases := []struct {
		e    timer.Event
		want string
	}{
		{timer.Event{Kind: timer.Started, Phase: 0}, "Step 1 of 2: Kneeling hip-flexor stretch, left side: left knee down, right foot forward. Get ready (5s). Stop if the kneeling knee hurts or the stretch turns to pain. Stop at sharp, shooting or worsening pain. Note: Keep the pelvis tucked."},
		{timer.Event{Kind: timer.Started, Phase: 1}, "Start: hold 20s, left side, set 1 of 3."},
		{timer.Event{Kind: timer.Started, Phase: 2}, "Switch sides: right side next (5s): right knee down, left foot forward."},
		{timer.Event{Kind: timer.Started, Phase: 3}, "Start: hold 20s, right side, set 1 of 3."},
		{timer.Event{Kind: timer.Ended, Phase: 3}, ""},
		{timer.Event{Kind: timer.Started, Phase: 4}, "Rest 15s. Next: set 2 of 3, left side."},
		{timer.Event{Kind: timer.Halfway, Phase: 4}, ""},
		{timer.Event{Kind: timer.Ended, Phase: 4}, ""},
		{timer.Event{Kind: timer.Started, Phase: 5}, "Start: hold 20s, left side, set 2 of 3."},
		{timer.Event{Kind: timer.Started, Phase: 8}, "Rest 15s. Next: set 3 of 3, left side."},
		{timer.Event{Kind: timer.Ended, Phase: 11}, "Done: Kneeling hip-flexor stretch."},
		{timer.Event{Kind: timer.Started, Phase: 12}, "Step 2 of 2: Glute bridges. Get ready (5s). Stop if the low back aches. Stop at sharp, shooting or worsening pain."},
		{timer.Event{Kind: timer.Started, Phase: 13}, "Start: 10 reps (2-1-2 s), set 1 of 2."},
		{timer.Event{Kind: timer.Ended, Phase: 13}, ""},
		{timer.Event{Kind: timer.Started, Phase: 14}, "Get ready for set 2 of 2 (5s)."},
		{timer.Event{Kind: timer.Started, Phase: 15}, "Start: 10 reps (2-1-2 s), set 2 of 2."},
		{timer.Event{Kind: timer.Ended, Phase: 15}, "Done: Glute bridges."},
	}
	for _, c := range cases {
		if got := Line(phases, 2, c.e); got != c.want {
			t.Errorf("%v of phase %d: %q, want %q", c.e.Kind, c.e.Phase, got, c.want)
		}
	}
	// Without a lead-in the note comes with the first start.
	o := routines.DefaultOptions()
	o.GetReady = 0
	noSwitch := time.Duration(0)
	o.Switch = &noSwitch
	r := routines.Routine{Steps: []routines.Step{{Exercise: routines.Plank, Sets: 2, Rest: 10 * time.Second, Note: "Knees down if needed."}}}
	noLead := routines.Plan(r, o)
	for i, want := range []string{
		"Step 1 of 1: Plank. Start: hold 30s, set 1 of 2. Stop if the low back aches. Stop at sharp, shooting or worsening pain. Note: Knees down if needed.",
		"Rest 10s. Next: set 2 of 2.",
		"Start: hold 30s, set 2 of 2.",
	} {
		if got := Line(noLead, 1, timer.Event{Kind: timer.Started, Phase: i}); got != want {
			t.Errorf("no lead-in, phase %d: %q, want %q", i, got, want)
		}
	}
}

// A rest starts with the falling tone of an end (stop working) and ends
// with the rising tone of the next set's start; the bell rings for both.
func TestSoundOfRest(t *testing.T) {
	phases := physioPhases()
	ev := func(k timer.EventKind, i int) timer.Event { return timer.Event{Kind: k, Phase: i} }
	cases := []struct {
		name string
		evs  []timer.Event
		tone Tone
		bell bool
	}{
		{"set ends, rest starts", []timer.Event{ev(timer.Ended, 3), ev(timer.Started, 4)}, StepEnd, true},
		{"rest alone (back into it)", []timer.Event{ev(timer.Started, 4)}, StepEnd, true},
		{"rest halfway", []timer.Event{ev(timer.Halfway, 4)}, NoTone, false},
		{"rest ends, set starts", []timer.Event{ev(timer.Ended, 4), ev(timer.Started, 5)}, WorkStart, true},
		{"last set ends", []timer.Event{ev(timer.Ended, 11), ev(timer.Started, 12)}, StepEnd, true},
		{"set without rest ends, its lead-in starts", []timer.Event{ev(timer.Ended, 13), ev(timer.Started, 14)}, StepEnd, true},
		{"the lead-in ends, the next set starts", []timer.Event{ev(timer.Ended, 14), ev(timer.Started, 15)}, WorkStart, true},
	}
	for _, c := range cases {
		if got := Sound(phases, c.evs); got != c.tone {
			t.Errorf("%s: Sound = %v, want %v", c.name, got, c.tone)
		}
		if got := Marks(phases, c.evs); got != c.bell {
			t.Errorf("%s: Marks = %v, want %v", c.name, got, c.bell)
		}
	}
}

// Hip circles change direction halfway: --plain says so, with the leg,
// rather than "Halfway".
func TestLineSaysTheDirectionChange(t *testing.T) {
	phases := routines.Plan(routines.Prevention, routines.DefaultOptions())
	if got := Line(phases, 7, timer.Event{Kind: timer.Halfway, Phase: 1}); got != "Now inward, left side: circle the left leg, stand on the right." {
		t.Errorf("hip circles halfway: %q", got)
	}
}

// --plain's technique: the starting position when a step is announced,
// where to feel it and the common mistake at its first work, once.
func TestTechniqueLines(t *testing.T) {
	phases := routines.Plan(routines.Relief, routines.DefaultOptions())
	ev := func(i int) timer.Event { return timer.Event{Kind: timer.Started, Phase: i} }
	k := routines.KneelingHipFlexorStretch
	if got := Technique(phases, ev(0)); len(got) != 1 || got[0] != "Start position: "+k.Cues[0] {
		t.Errorf("get ready: %q", got)
	}
	if got := Technique(phases, ev(1)); len(got) != 2 || got[0] != "Feel it: "+k.Feel || got[1] != "Avoid: "+k.Mistake {
		t.Errorf("first hold: %q", got)
	}
	for _, i := range []int{2, 3} {
		if got := Technique(phases, ev(i)); got != nil {
			t.Errorf("phase %d repeats the technique: %q", i, got)
		}
	}
	if got := Technique(phases, timer.Event{Kind: timer.Halfway, Phase: 1}); got != nil {
		t.Errorf("halfway: %q", got)
	}
	// With no lead-in, the first work says the starting position too.
	o := routines.DefaultOptions()
	o.GetReady = 0
	if got := Technique(routines.Plan(routines.Relief, o), ev(0)); len(got) != 3 || got[0] != "Start position: "+k.Cues[0] {
		t.Errorf("no lead-in: %q", got)
	}
}
