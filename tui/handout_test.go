package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
)

// flat is the screen with its line breaks and runs of spaces as one space,
// so that a sentence wrapped over lines can be looked for whole.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// allStepsEasier fails unless every step of the session on show that has
// an easier version runs it.
func allStepsEasier(t *testing.T, hs *harness, when string) {
	t.Helper()
	if hs.m.screen != screenSession {
		t.Fatalf("%s: no session on show:\n%s", when, hs.screen())
	}
	for _, s := range hs.m.session.run.Steps() {
		if s.Exercise.Has(routines.VariantEasier) && s.Variant != routines.VariantEasier {
			t.Errorf("%s: %s runs in version %q, want the easier one", when, s.Exercise.ID, s.Variant)
		}
	}
}

// "Go on gently" at the pain screen makes every step easier, from the
// routine on the command line, from the picker and for "again"; the screen
// says what going on means and never that 5 out of 10 is allowed.
func TestGoOnGentlyMakesEveryStepEasier(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 80, 24)
	hs.press("enter", "8")
	scr := flat(hs.screen())
	if strings.Contains(scr, "5 out of 10") || !strings.Contains(scr, "does not make the pain worse") || !strings.Contains(scr, "stop if it rises") {
		t.Errorf("pain screen at 8: want the gentle advice and no 5/10 line:\n%s", hs.screen())
	}
	hs.press("g")
	allStepsEasier(t, hs, "relief named")

	// From the picker: every routine's steps easier, and a line saying so.
	hs = newHarness(t, nil, routines.DefaultOptions(), 100, 60)
	hs.press("enter", "9", "g")
	scr = flat(hs.screen())
	if hs.m.screen != screenPicker || !strings.Contains(scr, "Pain 9 out of 10") || !strings.Contains(scr, routines.KneelingHipFlexorStretch.WithVariant(routines.VariantEasier).Name) {
		t.Fatalf("picker after go on gently: want the line and the easier names:\n%s", hs.screen())
	}
	hs.press("down", "up") // the line stays on show
	if !strings.Contains(flat(hs.screen()), "stop if it rises") {
		t.Errorf("the gentle line went at the first key:\n%s", hs.screen())
	}
	hs.press("r")
	allStepsEasier(t, hs, "relief from the picker")

	// Again, after a session that ended at 7.
	o := routines.DefaultOptions()
	o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
	hs = newHarness(t, relief(), o, 100, 32)
	hs.press("enter", "2")
	for hs.m.screen == screenSession {
		hs.tick()
	}
	hs.press("7", "r")
	if hs.m.screen != screenPainGate {
		t.Fatalf("again after 7: no pain screen:\n%s", hs.screen())
	}
	hs.press("g")
	allStepsEasier(t, hs, "again")
}

// The fresh-strain caveat comes before any rolling: under foam rolling on
// the picker, on the safety screen of relief named on the command line, and
// in the library's foam-rolling entry; with what each routine needs.
func TestFreshStrainCaveatBeforeRolling(t *testing.T) {
	caveat := flat(routines.FreshInjuryCaveat)[1:] // "For", or "for" after a colon

	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 60)
	scr := flat(hs.screen())
	if !strings.Contains(scr, caveat) || !strings.Contains(scr, relief().NeedsLine(routines.DefaultOptions())) {
		t.Errorf("safety screen for relief: want the caveat and what it needs:\n%s", hs.screen())
	}
	prevention := routines.Prevention
	hs = newHarness(t, &prevention, routines.DefaultOptions(), 100, 60)
	if strings.Contains(flat(hs.screen()), caveat) {
		t.Errorf("safety screen for prevention, which does not roll, has the caveat:\n%s", hs.screen())
	}

	hs = newHarness(t, nil, routines.DefaultOptions(), 100, 60)
	hs.press("enter", "enter")
	lines := strings.Split(hs.screen(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "[x] Foam rolling") {
			if !strings.Contains(flat(strings.Join(lines[i+1:i+3], " ")), caveat) {
				t.Errorf("picker: no caveat under foam rolling:\n%s", hs.screen())
			}
		}
	}
	for _, r := range routines.All {
		if !strings.Contains(flat(hs.screen()), r.NeedsLine(routines.DefaultOptions())) {
			t.Errorf("picker: %s lacks what it needs:\n%s", r.ID, hs.screen())
		}
	}

	hs.press("l")
	for hs.m.library.cursor != indexOf(routines.FoamRolling.ID) {
		hs.press("down")
	}
	if !strings.Contains(flat(hs.screen()), caveat) {
		t.Errorf("library: foam rolling lacks the caveat:\n%s", hs.screen())
	}
}

func indexOf(id string) int {
	for i, e := range routines.Exercises {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// h switches a step's harder version on like e its easier one: the row
// names it, the session runs it; on a title or a step without one, both
// keys say why nothing changed.
func TestPickerHarderVersion(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 60)
	hs.press("enter", "enter")
	hs.press("e")
	if !strings.Contains(hs.screen(), "Move to a step first for e or h.") {
		t.Errorf("e on a title says nothing:\n%s", hs.screen())
	}
	for hs.m.picker.exerciseID() != routines.GluteBridges.ID {
		hs.press("down")
	}
	harder := routines.GluteBridges.WithVariant(routines.VariantHarder)
	hs.press("h")
	if !strings.Contains(hs.screen(), harder.Name+" (harder)") {
		t.Fatalf("the row does not name the harder version %q:\n%s", harder.Name, hs.screen())
	}
	hs.press("e") // the easier replaces the harder
	if strings.Contains(hs.screen(), "(harder)") || !strings.Contains(hs.screen(), "(easier)") {
		t.Errorf("e after h: want the easier version alone:\n%s", hs.screen())
	}
	hs.press("h", "enter")
	for _, s := range hs.m.session.run.Steps() {
		if s.Exercise.ID == routines.GluteBridges.ID && s.Variant != routines.VariantHarder {
			t.Errorf("the session runs glute bridges as %q, want harder", s.Variant)
		}
	}

	hs = newHarness(t, nil, routines.DefaultOptions(), 100, 60)
	hs.press("enter", "enter")
	for hs.m.picker.exerciseID() != routines.HipCircles.ID {
		hs.press("down")
	}
	hs.press("h")
	if routines.HipCircles.Has(routines.VariantHarder) {
		t.Skip("hip circles have a harder version now: pick another exercise without one")
	}
	if !strings.Contains(hs.screen(), "Hip circles has no harder version.") || strings.Contains(hs.screen(), "(harder)") {
		t.Errorf("h on a step without a harder version:\n%s", hs.screen())
	}
}

// Every library entry shows where to feel it, both stop cues, the easier
// and the harder versions, and what each side's leg does (at a size with
// room for all of it).
func TestLibraryIsAHandout(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 70, 80) // the entry alone, tall
	hs.press("enter", "enter", "l")
	for range routines.Exercises {
		e := routines.Exercises[hs.m.library.cursor]
		scr := flat(hs.screen())
		want := append([]string{"Feel it: " + lowerFirst(e.Feel)}, e.StopCues()...)
		for _, side := range e.Sides() {
			name, leg, _ := strings.Cut(side, ":")
			want = append(want, strings.ToUpper(name)+" side:"+leg)
		}
		for _, v := range []string{routines.VariantEasier, routines.VariantHarder} {
			if e.Has(v) {
				want = append(want, e.WithVariant(v).Name)
			}
		}
		for _, w := range want {
			if !strings.Contains(scr, flat(w)) {
				t.Errorf("%s: entry lacks %q:\n%s", e.ID, w, hs.screen())
			}
		}
		hs.press("down")
	}
}

// The summary puts the doctor's advice and the red flags first after a
// check-in of 7 or more or a rise, within 24 rows; not after an easy one.
func TestSummaryRedFlagsFirst(t *testing.T) {
	o := routines.DefaultOptions()
	o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
	for _, c := range []struct {
		before, after string
		flags         bool
	}{{"2", "3", true}, {"2", "2", false}, {"2", "7", true}} {
		hs := newHarness(t, relief(), o, 80, 24)
		hs.press("enter", c.before)
		for hs.m.screen == screenSession {
			hs.tick()
		}
		hs.press(c.after)
		scr := flat(hs.screen())
		flags := strings.Contains(scr, "sudden worsening of long-standing pain")
		if flags != c.flags || (c.flags && !strings.Contains(scr, flat(routines.DoctorLine))) {
			t.Errorf("pain %s → %s: red flags and advice on show %v, want %v:\n%s", c.before, c.after, flags, c.flags, hs.screen())
		}
		if c.flags && strings.Index(scr, "See a doctor if") > strings.Index(scr+"Also helps", "Also helps") {
			t.Errorf("pain %s → %s: the advice is under the cards:\n%s", c.before, c.after, hs.screen())
		}
	}
}

// The summary suggests the harder version after two sessions in full with
// low pain, the easier one after a rise, and never switches either.
func TestSummarySuggestsAVersion(t *testing.T) {
	o := routines.DefaultOptions()
	o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
	two, one := 2, 1
	ids := []string{routines.KneelingHipFlexorStretch.ID, routines.FoamRolling.ID}
	past := []session.Record{{Start: t0.Add(-time.Hour), Routine: "relief", Completed: true, StepsDone: ids, PainBefore: &two, PainAfter: &one, Outcome: session.OutcomeFinished}}
	for _, c := range []struct {
		before, after string
		want, not     string
	}{
		{"2", "2", "try the harder version", "easier version"},
		{"2", "4", "try the easier version", "harder version"},
		{"5", "3", "try the easier version", "harder version"},
	} {
		hs := newHarness(t, nil, o, 100, 60)
		hs.m = New(Config{Routine: relief(), Options: o, Clock: hs.clock, Ticker: hs.ticker, Past: summarize(past, time.UTC), Location: time.UTC})
		hs.send(tea.WindowSizeMsg{Width: 100, Height: 60})
		hs.press("enter", c.before)
		for hs.m.screen == screenSession {
			hs.tick()
		}
		hs.press(c.after)
		scr := flat(hs.screen())
		if !strings.Contains(scr, c.want) || strings.Contains(scr, c.not) {
			t.Errorf("pain %s → %s after an easy session: want %q, not %q:\n%s", c.before, c.after, c.want, c.not, hs.screen())
		}
		for _, s := range hs.m.session.run.Steps() {
			if s.Variant != "" {
				t.Errorf("pain %s → %s: %s was switched to %q", c.before, c.after, s.Exercise.ID, s.Variant)
			}
		}
	}
}

// A session skipped through is not praised, though its pain did not rise.
func TestSkippedThroughIsNotPraised(t *testing.T) {
	o := routines.DefaultOptions()
	o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
	hs := newHarness(t, relief(), o, 100, 32)
	hs.press("enter", "2")
	for i := 0; hs.m.screen == screenSession && i < 50; i++ {
		hs.press("n")
	}
	hs.press("2")
	if scr := hs.screen(); hs.m.screen != screenSummary || strings.Contains(strings.ToLower(scr), "well done") {
		t.Errorf("skipped through, pain 2 → 2: want the summary without praise:\n%s", scr)
	}
}
