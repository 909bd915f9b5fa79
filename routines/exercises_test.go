package routines

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// versions is every exercise as the library has it and as its easier and
// harder versions where it has them, for tests that must hold for all.
func versions() []Exercise {
	var es []Exercise
	for _, e := range Exercises {
		es = append(es, e, e.WithVariant(VariantEasier))
		if e.Has(VariantHarder) {
			es = append(es, e.WithVariant(VariantHarder))
		}
	}
	return es
}

// Safety that reaches the person: every exercise has a stop cue of its
// own or the general one, an easier version, and for sided exercises a
// leg phrase that names the side's leg.
func TestEveryExerciseHasStopEasierAndLegs(t *testing.T) {
	for _, e := range Exercises {
		if e.Stop == "" {
			t.Errorf("%s: no stop cue", e.ID)
		}
		if !strings.HasPrefix(e.Stop, "Stop ") && !strings.HasPrefix(e.Stop, "Come out ") && !strings.HasPrefix(e.Stop, "Move off ") {
			t.Errorf("%s: stop cue %q does not say to stop", e.ID, e.Stop)
		}
		if e.Easier.Name == "" || e.Easier.Name == e.Name {
			t.Errorf("%s: no easier version (name %q)", e.ID, e.Easier.Name)
		}
		if n := len(e.Easier.Cues); n < 1 || n > 2 {
			t.Errorf("%s: easier version has %d cues, want one or two", e.ID, n)
		}
		for _, c := range append([]string{e.Stop}, e.Cues...) {
			if c == "" || strings.Contains(strings.ToLower(c), "stop if") && c != e.Stop {
				t.Errorf("%s: cue %q: stop cues belong in Stop, not among the cues that take turns", e.ID, c)
			}
		}
		for _, v := range []Exercise{e, e.WithVariant(VariantEasier), e.WithVariant(VariantHarder)} {
			checkLegs(t, v.Sided, v)
		}
	}
}

// checkLegs: a sided exercise (or its variant v) names the side's leg, the
// right side's phrase being the left's with the legs swapped; one done on
// both sides at once has no leg phrase.
func checkLegs(t *testing.T, sided bool, v Exercise) {
	t.Helper()
	if sided {
		left, right := v.Leg(Left), v.Leg(Right)
		if !strings.Contains(left, "left") || !strings.Contains(right, "right") {
			t.Errorf("%s: leg phrases %q / %q do not name the side's leg", v.Name, left, right)
		}
		if strings.Contains(left, "{") || strings.Contains(right, "{") {
			t.Errorf("%s: leg phrase not filled in: %q", v.Name, left)
		}
		if swap(left) != right {
			t.Errorf("%s: right side %q is not the left side %q with the legs swapped", v.Name, right, left)
		}
	}
	if got := v.Leg(NoSide); got != "" {
		t.Errorf("%s: leg phrase %q for no side", v.Name, got)
	}
	if !sided && (v.Leg(Left) != "" || v.Legs != "") {
		t.Errorf("%s is done on both sides at once but has a leg phrase", v.Name)
	}
}

func swap(s string) string {
	return strings.NewReplacer("left", "right", "right", "left").Replace(s)
}

func TestLegPhrases(t *testing.T) {
	cases := []struct {
		e    Exercise
		side Side
		want string
	}{
		{KneelingHipFlexorStretch, Left, "left knee down, right foot forward"},
		{KneelingHipFlexorStretch, Right, "right knee down, left foot forward"},
		{LungeStretch, Left, "left leg long behind, right foot forward"},
		{SideLyingLegLifts, Left, "lie on your right side, lift the left leg"},
		{SideLyingLegLifts, Right, "lie on your left side, lift the right leg"},
		{HipCircles, Left, "circle the left leg, stand on the right"},
		{LegSwings, Right, "swing the right leg, stand on the left"},
		{FireHydrants, Left, "lift the left knee out to the side"},
		{FoamRolling, Left, "left hip on the roller"},
		{PigeonPose, Left, "left knee forward, right leg long behind"},
		{PigeonPose.WithVariant(VariantEasier), Left, "left ankle over the right knee"},
		{GluteBridges, Left, ""},
	}
	for _, c := range cases {
		if got := c.e.Leg(c.side); got != c.want {
			t.Errorf("%s, %s side: %q, want %q", c.e.Name, c.side, got, c.want)
		}
	}
}

func TestWithVariant(t *testing.T) {
	e := PigeonPose.WithVariant(VariantEasier)
	if e.Name != "Lying figure-four" || e.Variant != VariantEasier || !slices.Equal(e.Cues, PigeonPose.Easier.Cues) {
		t.Errorf("easier pigeon: %q %q %q", e.Name, e.Variant, e.Cues)
	}
	if e.ID != PigeonPose.ID || e.Kind != PigeonPose.Kind || e.Dose != PigeonPose.Dose || e.Source != PigeonPose.Source {
		t.Error("the easier version changed the exercise's identity or dose")
	}
	if e.Stop != GeneralStop || e.Mistake == PigeonPose.Mistake || len(e.Frames) == 0 || &e.Frames[0] == &PigeonPose.Frames[0] {
		t.Errorf("the figure-four kept pigeon's stop cue, mistake or picture: %q, %q", e.Stop, e.Mistake)
	}
	// A smaller version of the same movement keeps what still applies.
	b := GluteBridges.WithVariant(VariantEasier)
	if b.Stop != GluteBridges.Stop || b.Mistake != GluteBridges.Mistake || b.Pace != GluteBridges.Pace || len(b.Frames) != len(GluteBridges.Frames) {
		t.Error("small bridges lost the bridge's stop cue, mistake, pace or picture")
	}
	for _, v := range []string{"", "Harder", "Easier", "hard"} {
		if got := Plank.WithVariant(v); got.Name != Plank.Name || got.Variant != "" {
			t.Errorf("WithVariant(%q) changed the plank to %q", v, got.Name)
		}
	}
	// An exercise without a harder version stays itself.
	if got := HipCircles.WithVariant(VariantHarder); got.Name != HipCircles.Name || got.Variant != "" {
		t.Errorf("hip circles have no harder version, got %q", got.Name)
	}
	// The library itself is never changed.
	if Plank.Name != "Plank" || Plank.Variant != "" || Exercises[4].Name != "Plank" {
		t.Error("WithVariant changed the library")
	}
}

// No cue starves: over a default 30-s hold sampled each second, and over
// each exercise's default work time, every cue of the exercise (and the
// breathing reminder in holds and rolls of 20 s or more) is shown.
func TestEveryCueIsShownInAHold(t *testing.T) {
	for _, e := range versions() {
		lengths := []time.Duration{DefaultHold}
		switch {
		case e.Pace != nil:
			lengths = append(lengths, e.Pace.Duration())
		case e.Kind == Roll:
			lengths = append(lengths, DefaultRoll)
		}
		for _, d := range lengths {
			shown := map[string]bool{}
			for s := time.Duration(0); s < d; s += time.Second {
				shown[e.CueAt(s, d)] = true
			}
			want := e.Cues
			if e.Pace == nil {
				want = append(want[:len(want):len(want)], BreathCue)
			}
			for _, c := range want {
				if !shown[c] {
					t.Errorf("%s, %v: %q is never shown", e.Name, d, c)
				}
			}
			if e.Pace != nil && shown[BreathCue] {
				t.Errorf("%s: the breathing reminder in a paced set, which has its own breathing", e.Name)
			}
			if shown[e.Stop] {
				t.Errorf("%s: the stop cue takes turns with the cues; it is shown apart", e.Name)
			}
		}
		if n := len(e.CueTurns(DefaultHold)); n > MaxTurns {
			t.Errorf("%s: %d cues to take turns, at most %d fit a 30-s hold", e.Name, n, MaxTurns)
		}
	}
}

// A cue never tells the person to do what the same exercise's "Avoid:"
// line warns against, as "Lean forward gently" once stood above "Avoid:
// leaning the trunk forward".
func TestCuesDoNotContradictTheMistake(t *testing.T) {
	pairs := []struct{ cue, mistake string }{
		{"lean forward", "lean"},
		{"lean", "tipping the chest forward"},
		{"chest forward", "chest forward"},
		{"arch", "arching"},
		{"fast", "fast"},
		{"quick", "fast"},
		{"swing the trunk", "swinging the trunk"},
		{"force", "forcing"},
		{"as high as", "forcing the height"},
		{"bounce", "bouncing"},
		{"round the back", "rounding the back"},
		{"roll the hips back", "rolling the hips backward"},
		{"press the knee down", "forcing the front knee down"},
		{"push the knee down", "forcing the front knee down"},
		{"lean away", "leaning the body away"},
		{"over the groin", "groin crease"},
		{"over bone", "over bone"},
		{"through pain", "into pain"},
		{"sag", "sag"},
	}
	for _, e := range versions() {
		mistake := strings.ToLower(e.Mistake)
		cues := append([]string{e.Stop}, e.Cues...)
		if e.Pace != nil {
			for _, m := range e.Pace.Tempo {
				cues = append(cues, m.Cue)
			}
		}
		for _, c := range cues {
			for _, p := range pairs {
				if strings.Contains(strings.ToLower(c), p.cue) && strings.Contains(mistake, p.mistake) {
					t.Errorf("%s: cue %q contradicts %q", e.Name, c, e.Mistake)
				}
			}
		}
	}
	// The kneeling stretch moves the hips, not the chest (content: the
	// article's "lean forward" means the hips go forward).
	joined := strings.ToLower(strings.Join(KneelingHipFlexorStretch.Cues, " "))
	if !strings.Contains(joined, "upright") || !strings.Contains(joined, "hips forward") || strings.Contains(joined, "lean") {
		t.Errorf("kneeling cues %q: want hips forward with the trunk upright, no leaning", KneelingHipFlexorStretch.Cues)
	}
}

// Foam rolling says where to stay and when to move off.
func TestFoamRollingSaysWhereToStop(t *testing.T) {
	all := strings.ToLower(strings.Join(append(FoamRolling.Cues, FoamRolling.Stop), " "))
	for _, w := range []string{"front of the hip", "off bone", "groin crease", "numbness", "tingling", "pulse"} {
		if !strings.Contains(all, w) {
			t.Errorf("foam rolling never says %q", w)
		}
	}
}

// Cues, stop cues and mistakes are short enough to stand on one line of
// an 80-column screen beside a bullet and the page's margins, so the hold
// can be read from the floor and the layout does not grow as they turn.
func TestCuesFitOneLine(t *testing.T) {
	const most = 74
	for _, e := range versions() {
		for _, c := range append([]string{e.Stop, e.Mistake}, e.Cues...) {
			if n := len([]rune(c)); n > most {
				t.Errorf("%s: %q is %d characters, want at most %d", e.Name, c, n, most)
			}
		}
	}
}

// The handout's lines: every version says where it should be felt, and
// the harder versions are those content.md gives, each with its own dose
// where content.md gives one.
func TestFeelAndHarderVersions(t *testing.T) {
	for _, v := range versions() {
		if v.Feel == "" {
			t.Errorf("%s: no feel-it line", v.Name)
		}
	}
	harder := map[string]bool{}
	for _, e := range Exercises {
		if e.Has(VariantHarder) {
			harder[e.ID] = true
		}
	}
	want := map[string]bool{GluteBridges.ID: true, Plank.ID: true, SideLyingLegLifts.ID: true, LungeStretch.ID: true, KneelingHipFlexorStretch.ID: true}
	if !maps.Equal(harder, want) {
		t.Errorf("harder versions for %v, want those content.md gives: %v", harder, want)
	}
	// Plank: add 5–10 s at a time, up to 60 s.
	p := Plank.WithVariant(VariantHarder)
	if d := p.Hold - Plank.Hold; d < 5*time.Second || d > 10*time.Second || p.Hold > 60*time.Second {
		t.Errorf("longer plank holds %v after %v", p.Hold, Plank.Hold)
	}
	// Side-lying leg lifts: a slower lowering of 3–4 s.
	down := SideLyingLegLifts.WithVariant(VariantHarder).Pace.Tempo[2]
	if down.Word != "down" || down.Duration < 3*time.Second || down.Duration > 4*time.Second || len(down.Frames) != int(down.Duration/time.Second) {
		t.Errorf("slow lowering: %+v", down)
	}
	// The single-leg bridge is done on each side, naming the pressing leg.
	b := GluteBridges.WithVariant(VariantHarder)
	if !b.Sided || b.Leg(Left) != "press through the left foot, right leg lifted" || GluteBridges.Sided {
		t.Errorf("single-leg bridge: sided %v, left %q", b.Sided, b.Leg(Left))
	}
	if got := StepDuration(Step{Exercise: GluteBridges, Variant: VariantHarder}, Options{}); got != 2*GluteBridges.Pace.Duration()+MinSwitch {
		t.Errorf("single-leg bridges take %v, want both sides", got)
	}
}

// An exercise's own stop cue adds to the general rule, never replaces it.
func TestStopCuesAddUp(t *testing.T) {
	for _, v := range versions() {
		cues := v.StopCues()
		if cues[len(cues)-1] != GeneralStop {
			t.Errorf("%s: stop cues %q leave out the general rule", v.Name, cues)
		}
		if v.Stop != GeneralStop && (len(cues) != 2 || cues[0] != v.Stop) {
			t.Errorf("%s: stop cues %q leave out its own %q", v.Name, cues, v.Stop)
		}
		if v.Stop == GeneralStop && len(cues) != 1 {
			t.Errorf("%s: the general rule twice: %q", v.Name, cues)
		}
	}
	if got := LungeStretch.StopText(); got != "Stop if the front knee hurts. "+GeneralStop {
		t.Errorf("lunge stop text %q", got)
	}
}

// The library says what LEFT means for each sided exercise.
func TestSidesNameTheLeg(t *testing.T) {
	if got := KneelingHipFlexorStretch.Sides(); !slices.Equal(got, []string{"left: left knee down, right foot forward", "right: right knee down, left foot forward"}) {
		t.Errorf("kneeling sides %q", got)
	}
	if got := Butterfly.Sides(); got != nil {
		t.Errorf("butterfly has sides %q", got)
	}
}

// Each routine says what it needs, from its steps as they run.
func TestNeeds(t *testing.T) {
	o := DefaultOptions()
	if got, want := Prevention.NeedsLine(o), "What you need: "+Mat.String()+"; "+Support.String()+"."; got != want {
		t.Errorf("prevention needs %q, want %q", got, want)
	}
	if got := Relief.Needs(o); !slices.Equal(got, []Kit{Mat, Cushion, Roller}) {
		t.Errorf("relief needs %v", got)
	}
	o.Chosen = map[string]bool{FoamRolling.ID: false}
	if got := Relief.Needs(o); slices.Contains(got, Roller) {
		t.Error("relief without foam rolling still asks for a roller")
	}
	r := Routine{Steps: []Step{{Exercise: KneelingHipFlexorStretch, Variant: VariantEasier}}}
	if got := r.Needs(o); !slices.Equal(got, []Kit{Support}) {
		t.Errorf("the standing stretch needs %v, want a support only", got)
	}
	if got := (Routine{}).NeedsLine(o); got != "" {
		t.Errorf("an empty routine needs %q", got)
	}
}

// The hip circles' arrow turns with the direction called.
func TestFramesForDirection(t *testing.T) {
	out, in := HipCircles.FramesFor("outward"), HipCircles.FramesFor("inward")
	if !strings.Contains(strings.Join(out[1], ""), "↺") || !strings.Contains(strings.Join(in[1], ""), "↻") || strings.Contains(strings.Join(in[1], ""), "↺") {
		t.Errorf("outward %q, inward %q", out[1], in[1])
	}
	if got := LegSwings.FramesFor("inward"); &got[0] != &LegSwings.Frames[0] {
		t.Error("an exercise with one direction got other frames")
	}
}
