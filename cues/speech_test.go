package cues

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
		"0:00 Kneeling hip-flexor stretch, left side. Get ready.",
		"0:02 Three.", "0:03 Two.", "0:04 One.",
		"0:05 Hold.",
		"0:10 Halfway.",
		"0:12 Three.", "0:13 Two.", "0:14 One.",
		"0:15 Switch sides. Right side.",
		"0:17 Three.", "0:18 Two.", "0:19 One.",
		"0:20 Hold.",
		"0:25 Halfway.",
		"0:27 Three.", "0:28 Two.", "0:29 One.",
		"0:30 Foam rolling, left side. Get ready.",
	}
	if strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("said:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if last := got[len(got)-1]; last != "1:00 "+Farewell {
		t.Fatalf("last words %q", last)
	}
}

func TestVoicePacesReps(t *testing.T) {
	o := routines.DefaultOptions()
	o.GetReady = 0
	o.Chosen = map[string]bool{}
	for _, s := range routines.Prevention.Steps {
		o.Chosen[s.Exercise.ID] = s.Exercise.ID == "glute-bridges" || s.Exercise.ID == "hip-circles"
	}
	got := strings.Join(speak(t, routines.Prevention, o), "\n")
	for _, w := range []string{
		"0:00 Hip circles, left side. Outward. Circle.",
		"0:03 Circle.",
		"0:30 Now inward. Circle.",
		"1:00 Switch sides. Right side.",
		"2:00 Glute bridges. Up.",
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
	o := routines.Options{Hold: 6 * time.Second, Roll: 6 * time.Second}
	got := strings.Join(speak(t, routines.Relief, o), "\n")
	if !strings.Contains(got, "0:06 Switch sides. Right side.") || !strings.Contains(got, "0:06 Hold.") {
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
