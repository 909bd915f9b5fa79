package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// speak runs a whole session second by second on a fake clock, as the UI
// does, and returns what the voice is asked to say, with when.
func speak(t *testing.T, r routines.Routine, o routines.Options) []string {
	t.Helper()
	t0 := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	clk := timer.NewFakeClock(t0)
	phases := routines.Plan(r, o)
	c := timer.New(clk, routines.Durations(phases))
	p := NewPrompter(phases)
	var said []string
	record := func(evs []timer.Event) {
		for _, u := range p.Prompt(evs, c.Status(), clk.Now()) {
			said = append(said, fmt.Sprintf("%s %s", timer.FormatClock(int(clk.Now().Sub(t0)/time.Second)), u.Text))
			if !u.Until.After(clk.Now()) {
				t.Errorf("%q is stale the moment it is said", u.Text)
			}
		}
	}
	record(c.Start())
	for !c.Finished() {
		clk.Advance(c.UntilTick())
		record(c.Poll())
	}
	return said
}

func TestVoiceSaysEveryCueInOrder(t *testing.T) {
	o := routines.Options{Hold: 10 * time.Second, Roll: 10 * time.Second, GetReady: 5 * time.Second}
	got := speak(t, routines.Relief, o)
	want := []string{
		"0:00 Kneeling hip-flexor stretch. Left side: left knee down, right foot forward. Get ready.",
		"0:02 Three.", "0:03 Two.", "0:04 One.",
		"0:05 Hold.",
		"0:05 Stop if the kneeling knee hurts or the stretch turns to pain.",
		"0:10 Halfway.",
		"0:12 Three.", "0:13 Two.", "0:14 One.",
		"0:15 Switch sides. Right side: right knee down, left foot forward.",
		"0:17 Three.", "0:18 Two.", "0:19 One.",
		"0:20 Hold.",
		"0:25 Halfway.",
		"0:27 Three.", "0:28 Two.", "0:29 One.",
		"0:30 Foam rolling. Left side: left hip on the roller. Get ready.",
		"0:32 Three.", "0:33 Two.", "0:34 One.",
		"0:35 Roll.",
		"0:35 Move off the roller at numbness, tingling or a pulse under it.",
	}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("said:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if last := got[len(got)-1]; last != "1:00 "+Farewell {
		t.Fatalf("last words %q", last)
	}
}

// The stop cue is said once a step, right after the start word of the
// step's first work phase: never before it, never again on the second side.
func TestVoiceSaysTheStopCueOnceAfterTheStartWord(t *testing.T) {
	for _, e := range routines.Exercises {
		for _, lead := range []time.Duration{0, 5 * time.Second} {
			r := routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: e}}}
			o := routines.DefaultOptions()
			o.GetReady = lead
			got := speak(t, r, o)
			var at []int
			for i, line := range got {
				if strings.HasSuffix(line, " "+e.Stop) {
					at = append(at, i)
				}
			}
			if len(at) != 1 {
				t.Errorf("%s, lead-in %v: stop cue said %d times:\n%s", e.ID, lead, len(at), strings.Join(got, "\n"))
				continue
			}
			before, stop := got[at[0]-1], got[at[0]]
			if before[:5] != stop[:5] || !strings.HasSuffix(before, startWord(e)) {
				t.Errorf("%s, lead-in %v: stop cue after %q, want right after the start word%s", e.ID, lead, before, startWord(e))
			}
		}
	}
}

func startWord(e routines.Exercise) string {
	if e.Pace == nil {
		return " " + strings.ToUpper(e.Kind.String()[:1]) + e.Kind.String()[1:] + "."
	}
	w := e.Pace.Tempo[0].Word
	return " " + strings.ToUpper(w[:1]) + w[1:] + "."
}

// The easier version's own leg phrase and stop cue are what the voice says.
func TestVoiceSaysTheVariantsLeg(t *testing.T) {
	r := routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: routines.PigeonPose.WithVariant(routines.VariantEasier)}}}
	o := routines.Options{Hold: 10 * time.Second, GetReady: 5 * time.Second}
	got := strings.Join(speak(t, r, o), "\n")
	for _, w := range []string{
		"0:00 Lying figure-four. Left side: left ankle over the right knee. Get ready.",
		"0:05 Hold.\n0:05 " + routines.GeneralStop,
		"0:15 Switch sides. Right side: right ankle over the left knee.",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

// Sets: a rest is announced, the set and the side's leg come with the
// start word after it, and the stop cue is not said again.
func TestVoiceAnnouncesSetsAfterARest(t *testing.T) {
	r := routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: routines.LungeStretch, Hold: 6 * time.Second, Sets: 2, Rest: 5 * time.Second}}}
	o := routines.Options{Hold: 30 * time.Second, GetReady: 5 * time.Second}
	got := strings.Join(speak(t, r, o), "\n")
	for _, w := range []string{
		"0:05 Hold.\n0:05 Stop if the front knee hurts.",
		"0:11 Switch sides. Right side: right leg long behind, left foot forward.",
		"0:22 Rest.",
		"0:27 Set 2 of 2. Left side: left leg long behind, right foot forward. Hold.",
		"0:33 Switch sides. Right side: right leg long behind, left foot forward.",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
	if n := strings.Count(got, "Stop if the front knee hurts."); n != 1 {
		t.Errorf("stop cue said %d times in one step", n)
	}
	// Sided sets without a rest switch from the right straight to the left.
	r.Steps[0].Rest = 0
	got = strings.Join(speak(t, r, o), "\n")
	if !strings.Contains(got, "Switch sides. Set 2 of 2. Left side: left leg long behind, right foot forward.") {
		t.Errorf("the switch into set 2 does not say so:\n%s", got)
	}
}

func TestVoicePacesReps(t *testing.T) {
	o := routines.DefaultOptions()
	o.GetReady = 0
	noSwitch := time.Duration(0) // a zero-length switch, still announced
	o.Switch = &noSwitch
	o.Chosen = map[string]bool{}
	for _, s := range routines.Prevention.Steps {
		o.Chosen[s.Exercise.ID] = s.Exercise.ID == "glute-bridges" || s.Exercise.ID == "hip-circles"
	}
	got := strings.Join(speak(t, routines.Prevention, o), "\n")
	for _, w := range []string{
		"0:00 Hip circles. Left side: circle the left leg, stand on the right. Outward. Circle.",
		"0:00 " + routines.GeneralStop,
		"0:03 Circle.",
		"0:30 Now inward. Circle.",
		"1:00 Switch sides. Right side: circle the right leg, stand on the left.",
		"2:00 Glute bridges. Up.",
		"2:00 Stop if the low back aches.",
		"2:02 Hold.",
		"2:03 Down.",
		"2:05 Up.",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
	if strings.Contains(got, "Three.") && strings.Contains(got[strings.Index(got, "Glute"):], "Three.") {
		t.Error("a paced set counts down over its movement words")
	}
}

func TestVoiceZeroLeadInStillAnnouncesTheSwitch(t *testing.T) {
	noSwitch := time.Duration(0)
	o := routines.Options{Hold: 6 * time.Second, Roll: 6 * time.Second, Switch: &noSwitch}
	got := strings.Join(speak(t, routines.Relief, o), "\n")
	if !strings.Contains(got, "0:06 Switch sides. Right side: right knee down, left foot forward.\n0:06 Hold.") {
		t.Fatalf("zero-length switch not announced:\n%s", got)
	}
}

func TestSoundKinds(t *testing.T) {
	phases := routines.Plan(routines.Relief, routines.DefaultOptions())
	ev := func(k timer.EventKind, i int) timer.Event { return timer.Event{Kind: k, Phase: i} }
	cases := []struct {
		evs  []timer.Event
		want string
	}{
		{[]timer.Event{ev(timer.Started, 0)}, "none"},
		{[]timer.Event{ev(timer.Ended, 0), ev(timer.Started, 1)}, "work start"},
		{[]timer.Event{ev(timer.Ended, 1), ev(timer.Started, 2)}, "switch sides"},
		{[]timer.Event{ev(timer.Ended, 3), ev(timer.Started, 4)}, "step end"},
		{[]timer.Event{ev(timer.Ended, 7), ev(timer.Finished, 7)}, "session end"},
		{[]timer.Event{ev(timer.Halfway, 1)}, "none"},
	}
	for _, c := range cases {
		if got := Sound(phases, c.evs).String(); got != c.want {
			t.Errorf("%v: %s, want %s", c.evs, got, c.want)
		}
	}
}
