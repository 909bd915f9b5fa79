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
	// The 5-s lead-in has room for the exercise and its leg only, and no
	// spoken count (the pips count it); what it had no room for follows
	// the start word, as far as it ends before the count.
	want := []string{
		"0:00 Kneeling hip-flexor stretch. Left side: left knee down, right foot forward.",
		"0:05 Hold.",
		"0:05 Stop if the kneeling knee hurts or the stretch turns to pain.",
		"0:10 Halfway.",
		"0:12 Three.", "0:13 Two.", "0:14 One.",
		"0:15 Switch sides. Right side: right knee down, left foot forward.",
		"0:20 Hold.",
		"0:25 Halfway.",
		"0:27 Three.", "0:28 Two.", "0:29 One.",
		"0:30 Foam rolling. Left side: left hip on the roller.",
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

// A lead-in long enough says the starting position and every stop cue
// before the work starts, and counts down only where its words leave room.
func TestVoiceSaysTechniqueInALongLeadIn(t *testing.T) {
	r := routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: routines.Butterfly}}}
	o := routines.Options{Hold: 30 * time.Second, GetReady: 15 * time.Second}
	got := strings.Join(speak(t, r, o), "\n")
	want := "0:00 Butterfly.\n0:00 Sit tall, soles of the feet together, knees falling out.\n0:00 " + routines.GeneralStop +
		"\n0:12 Three.\n0:13 Two.\n0:14 One.\n0:15 Hold.\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("said:\n%s\nwant it to start:\n%s", got, want)
	}
}

// What each lead-in says ends before the work starts; what follows the
// start word ends before the count (holds) or within the first reps
// (paced sets); and with a lead-in of 5 s or more the first stop cue (the
// exercise's own, or the general rule) is said in every version of every
// exercise at its usual dose.
func TestVoiceTechniqueFitsItsTime(t *testing.T) {
	for _, e := range routines.Exercises {
		for _, v := range []string{"", routines.VariantEasier, routines.VariantHarder} {
			if !e.Has(v) {
				continue
			}
			for _, lead := range []time.Duration{0, 5 * time.Second, 8 * time.Second, 10 * time.Second} {
				o := routines.DefaultOptions()
				o.GetReady = lead
				phases := routines.Plan(routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: e, Variant: v}}}, o)
				p := NewPrompter(phases)
				name := fmt.Sprintf("%s %s, lead-in %v", e.ID, v, lead)
				stops := 0
				first := phases[0].Exercise.StopCues()[0]
				for i, ph := range phases {
					said := p.words(i, 0)
					checkWordsFit(t, name, ph, said)
					for _, w := range said {
						if w.text == first {
							stops++
						}
					}
				}
				if lead >= 5*time.Second && stops < 1 {
					t.Errorf("%s: %q never said", name, first)
				}
			}
		}
	}
}

// checkWordsFit checks what is said as phase ph starts: only its first
// words tied to the moment, and the rest over before the work starts (a
// lead-in), before the count (a hold) or within the first reps (a paced
// set).
func checkWordsFit(t *testing.T, name string, ph routines.Phase, said []spoken) {
	t.Helper()
	var took time.Duration
	for j, w := range said {
		took += SpeechTime(w.text)
		if j > 0 && w.urgent {
			t.Errorf("%s: %q is urgent", name, w.text)
		}
	}
	if len(said) < 2 {
		return // an announcement or a word alone
	}
	switch {
	case ph.Kind == routines.Work && ph.Exercise.Pace != nil:
		if took > paceSpill {
			t.Errorf("%s: %v of words at the start of a paced set", name, took)
		}
	case ph.Kind == routines.Work:
		if took > ph.Duration-countLead {
			t.Errorf("%s: %v of words run into the count of a %v hold", name, took, ph.Duration)
		}
	default:
		if took > ph.Duration {
			t.Errorf("%s: %v of words in a %v lead-in", name, took, ph.Duration)
		}
	}
}

// The words tied to their moment pre-empt a sentence still being said;
// the technique and "Halfway" wait their turn.
func TestVoiceMarksWhatIsUrgent(t *testing.T) {
	o := routines.Options{Hold: 10 * time.Second, GetReady: 10 * time.Second}
	phases := routines.Plan(routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: routines.LungeStretch}, {Exercise: routines.GluteBridges}}}, o)
	p := NewPrompter(phases)
	urgent := map[string]bool{}
	for i, ph := range phases {
		for sec := 0; sec < int(ph.Duration/time.Second); sec++ {
			for _, w := range p.words(i, sec) {
				urgent[w.text] = w.urgent
			}
		}
	}
	for text, want := range map[string]bool{
		"Three.": true, "Two.": true, "One.": true, "Hold.": true, "Up.": true, "Down.": true,
		"Switch sides. Right side: right leg long behind, left foot forward.": true,
		"Lunge stretch. Left side: left leg long behind, right foot forward.": true,
		"Halfway.":                      false,
		"Stop if the front knee hurts.": false,
		routines.GeneralStop:            false,
	} {
		if got, ok := urgent[text]; !ok || got != want {
			t.Errorf("%q: said %v, urgent %v, want urgent %v", text, ok, got, want)
		}
	}
}

// The easier version's own leg phrase and stop cue are what the voice says.
func TestVoiceSaysTheVariantsLeg(t *testing.T) {
	r := routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: routines.PigeonPose.WithVariant(routines.VariantEasier)}}}
	o := routines.Options{Hold: 10 * time.Second, GetReady: 5 * time.Second}
	got := strings.Join(speak(t, r, o), "\n")
	for _, w := range []string{
		"0:00 Lying figure-four. Left side: left ankle over the right knee.",
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
		"0:05 Hold.\n0:08 Three.", // a 6-s hold has no room after its start word
		"0:11 Switch sides. Right side: right leg long behind, left foot forward.",
		"0:22 Rest.\n0:22 Stop if the front knee hurts.", // the rest has
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
	// Sided sets without a rest get a lead-in back to the left, which says
	// which set comes.
	r.Steps[0].Rest = 0
	got = strings.Join(speak(t, r, o), "\n")
	if !strings.Contains(got, "Lunge stretch. Set 2 of 2. Left side: left leg long behind, right foot forward.") {
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
		"0:03 Circle.",
		"0:30 Now inward. Circle.",
		"1:00 Switch sides. Right side: circle the right leg, stand on the left.",
		"2:00 Glute bridges. Up.",
		"2:00 Stop if the low back aches.", // the first rep's later words give way to it
		"2:05 Up.",
		"2:07 Hold.",
		"2:08 Down.",
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

// Of the words of one moment only the first pre-empts: at a zero-length
// switch, "Hold." follows the switch's announcement rather than cut it.
func TestOnlyTheFirstWordOfAMomentPreempts(t *testing.T) {
	noSwitch := time.Duration(0)
	o := routines.Options{Hold: 6 * time.Second, Switch: &noSwitch}
	phases := routines.Plan(routines.Routine{ID: "t", Steps: []routines.Step{{Exercise: routines.LungeStretch}}}, o)
	clk := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	c := timer.New(clk, routines.Durations(phases))
	p := NewPrompter(phases)
	p.Prompt(c.Start(), c.Status(), clk.Now())
	clk.Advance(6 * time.Second)
	got := p.Prompt(c.Poll(), c.Status(), clk.Now())
	if len(got) != 2 || !strings.HasPrefix(got[0].Text, "Switch sides.") || !got[0].Urgent || got[1].Text != "Hold." || got[1].Urgent {
		t.Errorf("at the switch: %+v", got)
	}
}
