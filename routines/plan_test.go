package routines

import (
	"strings"
	"testing"
	"time"
)

// phaseLine is a compact picture of a phase for table tests:
// "exercise-id side word duration".
func phaseLine(p Phase) string {
	side := p.Side.String()
	if side == "" {
		side = "-"
	}
	return strings.Join([]string{p.Exercise.ID, side, p.Word(), p.Duration.String()}, " ")
}

func TestPlanReliefDefault(t *testing.T) {
	got := Plan(Relief, DefaultOptions())
	want := []string{
		"kneeling-hip-flexor-stretch left get ready 5s",
		"kneeling-hip-flexor-stretch left hold 30s",
		"kneeling-hip-flexor-stretch right switch sides 5s",
		"kneeling-hip-flexor-stretch right hold 30s",
		"foam-rolling left get ready 5s",
		"foam-rolling left roll 45s",
		"foam-rolling right switch sides 5s",
		"foam-rolling right roll 45s",
	}
	assertPhases(t, got, want)
	if total := Total(got); total != 170*time.Second {
		t.Fatalf("relief total = %v, want 2m50s", total)
	}
}

func TestPlanPreventionVisitsEveryStepInOrder(t *testing.T) {
	phases := Plan(Prevention, DefaultOptions())
	wantOrder := []string{"hip-circles", "leg-swings", "fire-hydrants", "glute-bridges", "plank", "side-lying-leg-lifts", "lunge-stretch"}
	var order []string
	for i, p := range phases {
		if p.Kind == GetReady {
			order = append(order, p.Exercise.ID)
			if p.Step != len(order)-1 {
				t.Errorf("phase %d: step index %d, want %d", i, p.Step, len(order)-1)
			}
		}
	}
	if strings.Join(order, ",") != strings.Join(wantOrder, ",") {
		t.Fatalf("steps %v, want %v (warm-up, strength, then stretch)", order, wantOrder)
	}
	// Lead-ins: 5 sided steps × 10 s + 2 unsided × 5 s = 60 s. Work: hip
	// circles 2 × 20 × 3 s, leg swings 2 × 10 × 2 s, fire hydrants and leg
	// lifts 2 × 12 × 5 s each, bridges 12 × 5 s, plank 30 s, lunge 2 × 30 s.
	want := 60*time.Second + 120*time.Second + 40*time.Second + 2*120*time.Second + 60*time.Second + 30*time.Second + 60*time.Second
	if total := Total(phases); total != want {
		t.Fatalf("prevention total = %v, want %v", total, want)
	}
}

// Every sided step works the left side, announces the switch, then works
// the right side; unsided steps have no side at all.
func TestSidesAlternate(t *testing.T) {
	for _, r := range All {
		phases := Plan(r, Options{Hold: 30 * time.Second, Roll: 45 * time.Second, GetReady: 5 * time.Second, Extras: true})
		for step, s := range r.Steps {
			var seq []string
			for _, p := range phases {
				if p.Step == step {
					seq = append(seq, p.Word()+"/"+p.Side.String())
				}
			}
			got := strings.Join(seq, " ")
			work := s.Exercise.Kind.String()
			want := "get ready/ " + work + "/"
			if s.Exercise.Sided {
				want = "get ready/left " + work + "/left switch sides/right " + work + "/right"
			}
			if got != want {
				t.Errorf("%s %s: %q, want %q", r.ID, s.Exercise.ID, got, want)
			}
		}
	}
}

func TestPlanCustomDurationsAndZeroLeadIn(t *testing.T) {
	o := Options{Hold: 45 * time.Second, Roll: time.Minute, GetReady: 0}
	got := Plan(Relief, o)
	want := []string{
		"kneeling-hip-flexor-stretch left hold 45s",
		"kneeling-hip-flexor-stretch right switch sides 0s",
		"kneeling-hip-flexor-stretch right hold 45s",
		"foam-rolling left roll 1m0s",
		"foam-rolling right switch sides 0s",
		"foam-rolling right roll 1m0s",
	}
	assertPhases(t, got, want)
	if total := Total(got); total != 210*time.Second {
		t.Fatalf("total = %v, want 3m30s", total)
	}
}

func TestExtrasAreOffUnlessAskedFor(t *testing.T) {
	without := Plan(Relief, DefaultOptions())
	o := DefaultOptions()
	o.Extras = true
	with := Plan(Relief, o)
	has := func(ps []Phase, id string) bool {
		for _, p := range ps {
			if p.Exercise.ID == id {
				return true
			}
		}
		return false
	}
	for _, id := range []string{"pigeon-pose", "butterfly"} {
		if has(without, id) {
			t.Errorf("%s planned without --extras", id)
		}
		if !has(with, id) {
			t.Errorf("%s missing with --extras", id)
		}
	}
	// pigeon: 5+30+5+30, butterfly: 5+30
	if d := Total(with) - Total(without); d != 105*time.Second {
		t.Fatalf("extras add %v, want 1m45s", d)
	}
}

func TestEveryExerciseIsComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range Exercises {
		if seen[e.ID] {
			t.Errorf("duplicate exercise id %q", e.ID)
		}
		seen[e.ID] = true
		if e.Name == "" || e.Purpose == "" {
			t.Errorf("%s: name or purpose missing", e.ID)
		}
		if n := len(e.Cues); n < 2 || n > 4 {
			t.Errorf("%s: %d cues, want 2 to 4", e.ID, n)
		}
		if e.Mistake == "" || e.Source == "" || e.DoseText() == "" {
			t.Errorf("%s: mistake, source or dosage missing", e.ID)
		}
		if e.Kind == Move && e.Pace == nil {
			t.Errorf("%s: a moving exercise without reps and tempo", e.ID)
		}
		if len(e.Frames) == 0 {
			t.Errorf("%s: no picture", e.ID)
		}
	}
	for _, r := range All {
		for _, s := range r.Steps {
			if !seen[s.Exercise.ID] {
				t.Errorf("%s uses %s, which is not in Exercises", r.ID, s.Exercise.ID)
			}
		}
	}
}

func TestFind(t *testing.T) {
	if r, err := Find("Relief"); err != nil || r.ID != "relief" {
		t.Fatalf("Find(Relief) = %v, %v", r.ID, err)
	}
	_, err := Find("yoga")
	if err == nil || !strings.Contains(err.Error(), "prevention or relief") {
		t.Fatalf("Find(yoga) error = %v, want one naming the routines", err)
	}
}

func assertPhases(t *testing.T, got []Phase, want []string) {
	t.Helper()
	if len(got) != len(want) {
		var lines []string
		for _, p := range got {
			lines = append(lines, phaseLine(p))
		}
		t.Fatalf("got %d phases, want %d:\n%s", len(got), len(want), strings.Join(lines, "\n"))
	}
	for i := range want {
		if l := phaseLine(got[i]); l != want[i] {
			t.Errorf("phase %d = %q, want %q", i, l, want[i])
		}
	}
}

func TestChosenStepsOverrideDefaults(t *testing.T) {
	o := DefaultOptions()
	o.Chosen = map[string]bool{"foam-rolling": false, "butterfly": true}
	var ids []string
	for _, s := range Relief.StepsFor(o) {
		ids = append(ids, s.Exercise.ID)
	}
	if got := strings.Join(ids, ","); got != "kneeling-hip-flexor-stretch,butterfly" {
		t.Fatalf("steps %s, want the stretch and the butterfly only", got)
	}
	for i, p := range Plan(Relief, o) {
		if p.Exercise.ID == "foam-rolling" {
			t.Fatalf("phase %d is foam rolling, which was switched off", i)
		}
	}
	if got := StepDuration(Relief.Steps[2], DefaultOptions()); got != 70*time.Second {
		t.Fatalf("pigeon pose step: %v, want 1m10s even while off", got)
	}
}
