package routines

import (
	"fmt"
	"slices"
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
	// Without a lead-in there are still 3 s to change sides, unless
	// Switch says otherwise; a zero-length switch is still a phase, so the
	// change of side is announced.
	o := Options{Hold: 45 * time.Second, Roll: time.Minute, GetReady: 0}
	got := Plan(Relief, o)
	want := []string{
		"kneeling-hip-flexor-stretch left hold 45s",
		"kneeling-hip-flexor-stretch right switch sides 3s",
		"kneeling-hip-flexor-stretch right hold 45s",
		"foam-rolling left roll 1m0s",
		"foam-rolling right switch sides 3s",
		"foam-rolling right roll 1m0s",
	}
	assertPhases(t, got, want)
	if total := Total(got); total != 216*time.Second {
		t.Fatalf("total = %v, want 3m36s", total)
	}
	none := time.Duration(0)
	o.Switch = &none
	got = Plan(Relief, o)
	if got[1].Kind != SwitchSides || got[1].Duration != 0 || Total(got) != 210*time.Second {
		t.Fatalf("--switch 0: %v, total %v; want a zero-length switch and 3m30s", got[1], Total(got))
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

// physio is the prescription of the issue: "kneeling stretch 3 × 20 s
// each side, 15 s rest; bridges 2 × 10".
var physio = Routine{
	ID: "physio", Name: "Physio plan", Custom: true,
	Steps: []Step{
		{Exercise: KneelingHipFlexorStretch, Hold: 20 * time.Second, Sets: 3, Rest: 15 * time.Second, Note: "Keep the pelvis tucked."},
		{Exercise: GluteBridges, Reps: 10, Sets: 2},
	},
}

// setLine is phaseLine with the set: "exercise-id side word duration set/sets".
func setLine(p Phase) string {
	return fmt.Sprintf("%s %d/%d", phaseLine(p), p.Set, p.Sets)
}

func TestPlanPhysioSetsAndRests(t *testing.T) {
	got := Plan(physio, DefaultOptions())
	want := []string{
		"kneeling-hip-flexor-stretch left get ready 5s 1/3",
		"kneeling-hip-flexor-stretch left hold 20s 1/3",
		"kneeling-hip-flexor-stretch right switch sides 5s 1/3",
		"kneeling-hip-flexor-stretch right hold 20s 1/3",
		"kneeling-hip-flexor-stretch left rest 15s 2/3",
		"kneeling-hip-flexor-stretch left hold 20s 2/3",
		"kneeling-hip-flexor-stretch right switch sides 5s 2/3",
		"kneeling-hip-flexor-stretch right hold 20s 2/3",
		"kneeling-hip-flexor-stretch left rest 15s 3/3",
		"kneeling-hip-flexor-stretch left hold 20s 3/3",
		"kneeling-hip-flexor-stretch right switch sides 5s 3/3",
		"kneeling-hip-flexor-stretch right hold 20s 3/3",
		"glute-bridges - get ready 5s 1/2",
		"glute-bridges - move 50s 1/2",
		"glute-bridges - get ready 5s 2/2",
		"glute-bridges - move 50s 2/2",
	}
	var lines []string
	for _, p := range got {
		lines = append(lines, setLine(p))
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("physio plan:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// Stretch: 5 s lead-in, 3 × (20 + 5 + 20) s, 2 rests of 15 s = 170 s.
	// Bridges: 5 s lead-in, 2 × 10 reps × 5 s = 105 s.
	if total := Total(got); total != 280*time.Second {
		t.Fatalf("physio total = %v, want 4m40s", total)
	}
	for i, p := range got {
		if p.Step == 0 && p.Note != "Keep the pelvis tucked." || p.Step == 1 && p.Note != "" {
			t.Errorf("phase %d: note %q", i, p.Note)
		}
		if p.Kind == Work && p.Step == 1 && p.What() != "10 reps (2-1-2 s)" {
			t.Errorf("phase %d: %q, want the step's 10 reps", i, p.What())
		}
	}
	if s := got[4].String(); s != "Kneeling hip-flexor stretch, left side, set 2 of 3: rest 15s" {
		t.Errorf("rest phase reads %q", s)
	}
	if got[4].RingsAtStart() || got[4].RingsAtEnd() {
		t.Error("a rest rings like work")
	}
}

// A step's variant gives its phases the easier version's name and cues,
// with the exercise's ID and dose, and leaves the library alone.
func TestPlanVariant(t *testing.T) {
	r := Routine{Steps: []Step{{Exercise: GluteBridges, Reps: 10, Sets: 2, Variant: VariantEasier}, {Exercise: Plank}}}
	phases := Plan(r, DefaultOptions())
	for i, p := range phases {
		want, variant := GluteBridges.Easier.Name, VariantEasier
		if p.Step == 1 {
			want, variant = "Plank", ""
		}
		if p.Exercise.Name != want || p.Exercise.Variant != variant {
			t.Errorf("phase %d: %q (%q), want %q", i, p.Exercise.Name, p.Exercise.Variant, want)
		}
	}
	if p := phases[1]; p.Exercise.ID != "glute-bridges" || p.Duration != 50*time.Second || p.Exercise.Cues[0] != GluteBridges.Easier.Cues[0] {
		t.Errorf("easier bridges: %s, %v, %q", p.Exercise.ID, p.Duration, p.Exercise.Cues)
	}
	if GluteBridges.Name != "Glute bridges" || GluteBridges.Variant != "" {
		t.Error("the plan changed the library's bridges")
	}
}

// The step's reps change the step's copy of the pace, never the library's.
func TestStepRepsDoNotChangeTheLibrary(t *testing.T) {
	before := GluteBridges.Pace.Reps
	phases := Plan(physio, DefaultOptions())
	if GluteBridges.Pace.Reps != before || Exercises[3].Pace.Reps != before {
		t.Fatalf("library bridges now %d reps, were %d", GluteBridges.Pace.Reps, before)
	}
	last := phases[len(phases)-1]
	if last.Exercise.Pace == GluteBridges.Pace {
		t.Fatal("the plan shares the library's pace")
	}
	last.Exercise.Pace.Reps = 99
	if GluteBridges.Pace.Reps != before {
		t.Fatal("changing a phase's pace changed the library")
	}
	// Hip circles count each way: 10 reps are 10 each way, 20 in all.
	s := Step{Exercise: HipCircles, Reps: 10}
	if got := s.Pace(); got.Reps != 20 || got.Count() != "10 circles each way" {
		t.Fatalf("hip circles with reps 10: %d reps, %q", got.Reps, got.Count())
	}
	if s.WorkTime(DefaultOptions()) != 60*time.Second {
		t.Fatalf("hip circles, 10 each way at 3 s: %v", s.WorkTime(DefaultOptions()))
	}
}

func TestPlanSetsWithoutRest(t *testing.T) {
	o := Options{Hold: 30 * time.Second, Roll: 45 * time.Second, GetReady: 5 * time.Second}
	r := Routine{Steps: []Step{
		{Exercise: LungeStretch, Sets: 2},
		{Exercise: Plank, Hold: 20 * time.Second, Sets: 2},
		{Exercise: FoamRolling, Roll: time.Minute, Sets: 1, Rest: 30 * time.Second},
	}}
	want := []string{
		"lunge-stretch left get ready 5s 1/2",
		"lunge-stretch left hold 30s 1/2",
		"lunge-stretch right switch sides 5s 1/2",
		"lunge-stretch right hold 30s 1/2",
		// no rest: a lead-in to set 2, back on the left
		"lunge-stretch left get ready 5s 2/2",
		"lunge-stretch left hold 30s 2/2",
		"lunge-stretch right switch sides 5s 2/2",
		"lunge-stretch right hold 30s 2/2",
		"plank - get ready 5s 1/2",
		"plank - hold 20s 1/2",
		// no rest: set 2 still gets its lead-in, not a start the moment
		// set 1 ends
		"plank - get ready 5s 2/2",
		"plank - hold 20s 2/2",
		// one set: its rest never comes
		"foam-rolling left get ready 5s 1/1",
		"foam-rolling left roll 1m0s 1/1",
		"foam-rolling right switch sides 5s 1/1",
		"foam-rolling right roll 1m0s 1/1",
	}
	var lines []string
	for _, p := range Plan(r, o) {
		lines = append(lines, setLine(p))
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("plan:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestSwitchTime(t *testing.T) {
	o := DefaultOptions()
	if o.SwitchTime() != o.GetReady {
		t.Fatalf("switch %v, want the get-ready time", o.SwitchTime())
	}
	sw := 8 * time.Second
	o.Switch = &sw
	for _, p := range Plan(Relief, o) {
		if p.Kind == SwitchSides && p.Duration != sw {
			t.Fatalf("switch phase %v, want 8s", p.Duration)
		}
		if p.Kind == GetReady && p.Duration != 5*time.Second {
			t.Fatalf("get ready %v, want 5s", p.Duration)
		}
	}
	zero := time.Duration(0)
	o.Switch = &zero
	if n := len(Plan(Relief, o)); n != 8 {
		t.Fatalf("a zero switch still announces the change of side: %d phases, want 8", n)
	}
}

// The built-in routines plan one set each, with no rests, notes or variants.
func TestBuiltInsHaveOneSet(t *testing.T) {
	o := DefaultOptions()
	o.Extras = true
	for _, r := range All {
		if r.Custom {
			t.Errorf("%s is marked custom", r.ID)
		}
		for i, p := range Plan(r, o) {
			if p.Set != 1 || p.Sets != 1 || p.Kind == Rest || p.Note != "" || p.Exercise.Variant != "" || p.SetText() != "" {
				t.Errorf("%s phase %d: %+v", r.ID, i, p)
			}
		}
	}
}

func TestStepDose(t *testing.T) {
	o := DefaultOptions()
	cases := []struct {
		s    Step
		want string
	}{
		{physio.Steps[0], "hold 20s, each side, 3 sets, rest 15s"},
		{physio.Steps[1], "10 reps (2-1-2 s), 2 sets"},
		{Step{Exercise: Plank}, "hold 30s"},
		{Step{Exercise: FoamRolling, Roll: 90 * time.Second}, "roll 1m30s, each side"},
		{Step{Exercise: LungeStretch, Sets: 2}, "hold 30s, each side, 2 sets"},
	}
	for _, c := range cases {
		if got := c.s.Dose(o); got != c.want {
			t.Errorf("%s: %q, want %q", c.s.Exercise.ID, got, c.want)
		}
	}
	if got := StepDuration(physio.Steps[0], o); got != 170*time.Second {
		t.Errorf("physio stretch step: %v, want 2m50s", got)
	}
}

// IDsOf lists the routines as a sentence would.
func TestIDsOf(t *testing.T) {
	if got := IDsOf(All); got != "prevention, relief or desk" {
		t.Errorf("IDsOf(All) = %q", got)
	}
	if got := IDsOf(append(slices.Clone(All), physio)); got != "prevention, relief, desk or physio" {
		t.Errorf("IDsOf with physio = %q", got)
	}
}
