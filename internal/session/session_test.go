package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

var t0 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

// recorder is every output at once, remembering what it was asked to do.
type recorder struct {
	tones  []Tone
	words  []string
	rings  int
	hushes int
	// failAfter, if set, makes the player fail once it has played that many.
	failAfter int
}

func (r *recorder) Failed() bool { return r.failAfter > 0 && len(r.tones) >= r.failAfter }

func (r *recorder) Play(k Tone)     { r.tones = append(r.tones, k) }
func (r *recorder) Say(u Utterance) { r.words = append(r.words, u.Text) }
func (r *recorder) Hush()           { r.hushes++ }
func (r *recorder) Ring()           { r.rings++ }

// runHandsFree starts s and drives it to its end, as nobody touching a key
// would, and returns every cue line.
func runHandsFree(t *testing.T, s *Session, clock *timer.FakeClock) []Cue {
	t.Helper()
	return append(s.Start(), runOn(t, s, clock)...)
}

// runOn drives a started session second by second to its end.
func runOn(t *testing.T, s *Session, clock *timer.FakeClock) []Cue {
	t.Helper()
	var lines []Cue
	for i := 0; !s.Finished(); i++ {
		if i > 100000 {
			t.Fatal("the session never finished")
		}
		at, ok := s.NextWake()
		if !ok {
			t.Fatal("a running session has nothing to wake for")
		}
		clock.Set(at)
		lines = append(lines, s.Poll()...)
	}
	return lines
}

func newSession(clock timer.Clock, out Outputs) *Session {
	o := routines.DefaultOptions()
	o.GetReady = 2 * time.Second
	o.Hold, o.Roll = 4*time.Second, 4*time.Second
	return New(Config{Routine: routines.Relief, Options: o, Clock: clock, Outputs: out, Version: "test", Location: time.UTC})
}

// Left alone, a session runs to its end in exactly its planned time, says
// each step and side, and is recorded as done in full.
func TestHandsFreeSessionIsCompleteAndOnTime(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	rec := &recorder{}
	s := newSession(clock, Outputs{Tones: rec, Voice: rec})
	lines := runHandsFree(t, s, clock)

	if got := clock.Now().Sub(t0); got != s.Total() {
		t.Errorf("finished after %s, want the plan's total %s", got, s.Total())
	}
	last := lines[len(lines)-1]
	if last.At != s.Total() || !strings.HasPrefix(last.Text, "Session complete") {
		t.Errorf("last cue %+v, want 'Session complete' at %s", last, s.Total())
	}
	var text []string
	for _, l := range lines {
		text = append(text, l.Text)
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"left side", "right side", "Switch sides"} {
		if !strings.Contains(all, want) {
			t.Errorf("the cues never say %q:\n%s", want, all)
		}
	}
	r := s.Record()
	if !r.Completed || len(r.StepsSkipped) != 0 || len(r.StepsDone) != len(s.Steps()) {
		t.Errorf("record %+v, want completed with every step done", r)
	}
	if r.ActualSeconds != s.Total().Seconds() || r.Version != "test" || r.Routine != "relief" {
		t.Errorf("record %+v: want %v s, version test, routine relief", r, s.Total().Seconds())
	}
	if len(rec.tones) == 0 || rec.tones[len(rec.tones)-1] != SessionEnd {
		t.Errorf("tones %v, want the session-end tone last", rec.tones)
	}
	if len(rec.words) == 0 || rec.rings != 0 {
		t.Errorf("words %d, bells %d: want words and no bell where tones play", len(rec.words), rec.rings)
	}
}

// Skipping through with next reaches the end but is not a session done:
// it must not extend a streak.
func TestSkippedThroughIsNotCompleted(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	s := newSession(clock, Outputs{})
	s.Start()
	for i := 0; !s.Finished() && i < 100; i++ {
		clock.Advance(100 * time.Millisecond)
		s.Next()
	}
	if !s.Finished() {
		t.Fatal("next never reached the end")
	}
	r := s.Record()
	if r.Completed || len(r.StepsDone) != 0 {
		t.Errorf("record %+v, want not completed and no step done", r)
	}
	for _, res := range s.Results() {
		if res.Done || !strings.Contains(strings.Join(res.Sides, ","), "cut short") {
			t.Errorf("step %s: %+v, want cut short", res.Step.Exercise.ID, res)
		}
	}
}

// One side cut short leaves that step undone and says which side.
func TestOneSideCutShort(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	s := newSession(clock, Outputs{})
	s.Start()
	clock.Advance(2 * time.Second) // the lead-in ends
	s.Poll()
	clock.Advance(time.Second)
	s.Next() // the left hold cut short
	runOn(t, s, clock)
	res := s.Results()
	if res[0].Done || strings.Join(res[0].Sides, ", ") != "left cut short, right" {
		t.Errorf("first step %+v, want 'left cut short, right' and not done", res[0])
	}
	if !res[1].Done {
		t.Errorf("second step %+v, want done", res[1])
	}
	if s.Completed() {
		t.Error("a session with a side cut short counts as completed")
	}
}

// Quitting part way gives a record of what was done so far.
func TestQuitPartWay(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	s := newSession(clock, Outputs{})
	before := 3
	s.PainBefore = &before
	s.Start()
	clock.Advance(5 * time.Second)
	s.Poll()
	r := s.Record()
	if r.Completed || r.ActualSeconds != 5 || r.PainBefore == nil || *r.PainBefore != 3 {
		t.Errorf("record %+v, want not completed, 5 s, pain before 3", r)
	}
}

// Without tones the bell rings at the same moments; --quiet silences both.
func TestBellWhereNoTones(t *testing.T) {
	for _, quiet := range []bool{false, true} {
		clock := timer.NewFakeClock(t0)
		rec := &recorder{}
		s := newSession(clock, Outputs{Bell: rec, Quiet: quiet})
		runHandsFree(t, s, clock)
		if quiet && rec.rings != 0 {
			t.Errorf("quiet: the bell rang %d times", rec.rings)
		}
		if !quiet && rec.rings == 0 {
			t.Error("no tones: the bell never rang")
		}
	}
}

// Pausing stops the clock exactly and hushes the voice; resuming goes on
// from the same moment.
func TestPauseHushesAndHolds(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	rec := &recorder{}
	s := newSession(clock, Outputs{Voice: rec})
	s.Start()
	clock.Advance(1500 * time.Millisecond)
	s.Poll()
	if !s.Pause() || rec.hushes != 1 {
		t.Fatalf("pause: hushes %d, want 1", rec.hushes)
	}
	clock.Advance(time.Hour)
	if got := s.Status().Remaining; got != 500*time.Millisecond {
		t.Errorf("remaining while paused %s, want 500ms", got)
	}
	if _, ok := s.NextWake(); ok {
		t.Error("a paused session wants to be woken")
	}
	s.Resume()
	clock.Advance(500 * time.Millisecond)
	s.Poll()
	if s.Status().Phase != 1 {
		t.Errorf("phase %d after the lead-in's last half second, want 1", s.Status().Phase)
	}
}

// Each of the last three seconds of a work phase or lead-in pips once, so
// the change can be heard coming.
func TestPipsInTheLastThreeSeconds(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	rec := &recorder{}
	o := routines.Options{Hold: 6 * time.Second, Roll: 6 * time.Second, GetReady: 5 * time.Second}
	s := New(Config{Routine: routines.Relief, Options: o, Clock: clock, Outputs: Outputs{Tones: rec}, Location: time.UTC})
	s.Start()
	var pips []time.Duration
	for !s.Finished() {
		at, _ := s.NextWake()
		clock.Set(at)
		before := len(rec.tones)
		s.Poll()
		s.Poll() // a second looked at twice pips once
		for _, k := range rec.tones[before:] {
			if k == Pip {
				pips = append(pips, clock.Now().Sub(t0))
			}
		}
	}
	// 8 phases, each 5 s or more: 3 pips each, at 3, 2 and 1 s left.
	if len(pips) != 8*3 {
		t.Fatalf("%d pips, want 24: %v", len(pips), pips)
	}
	if pips[0] != 2*time.Second || pips[1] != 3*time.Second || pips[2] != 4*time.Second {
		t.Errorf("first lead-in pips at %v, want 2s, 3s, 4s", pips[:3])
	}
}

// A player that stops working hands over to the bell for the rest of the
// session: the person still hears every change.
func TestFailedTonesFallBackToTheBell(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	rec := &recorder{failAfter: 1}
	s := newSession(clock, Outputs{Tones: rec, Bell: rec})
	runHandsFree(t, s, clock)
	if len(rec.tones) != 1 || rec.rings == 0 {
		t.Errorf("tones %v, bells %d: want one tone, then the bell", rec.tones, rec.rings)
	}
}

// Praise only where it is deserved: the voice's farewell and --plain's
// last line say "well done" after a session done in full, not after one
// skipped through.
func TestNoPraiseForASkippedThroughSession(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	rec := &recorder{}
	s := newSession(clock, Outputs{Voice: rec})
	var lines []Cue
	lines = append(lines, s.Start()...)
	for i := 0; !s.Finished() && i < 100; i++ {
		clock.Advance(100 * time.Millisecond)
		lines = append(lines, s.Next()...)
	}
	last := lines[len(lines)-1].Text
	if strings.Contains(last, "Well done") || last != "Session over; some steps were cut short." {
		t.Errorf("last line %q after a skipped-through session", last)
	}
	if said := rec.words[len(rec.words)-1]; said != FarewellPlain {
		t.Errorf("farewell %q after a skipped-through session", said)
	}

	clock = timer.NewFakeClock(t0)
	rec = &recorder{}
	s = newSession(clock, Outputs{Voice: rec})
	lines = runHandsFree(t, s, clock)
	if last := lines[len(lines)-1].Text; last != "Session complete. Well done." || rec.words[len(rec.words)-1] != Farewell {
		t.Errorf("a session done in full ends with %q and %q", last, rec.words[len(rec.words)-1])
	}
}

// The rule the summary, the farewell and --plain share.
func TestPraised(t *testing.T) {
	n := func(v int) *int { return &v }
	for _, c := range []struct {
		rec  Record
		want bool
	}{
		{Record{Completed: true}, true},
		{Record{Completed: true, PainBefore: n(4), PainAfter: n(4)}, true},
		{Record{Completed: true, PainBefore: n(4), PainAfter: n(2)}, true},
		{Record{Completed: true, PainBefore: n(4), PainAfter: n(5)}, false},
		{Record{Completed: false, PainBefore: n(4), PainAfter: n(2)}, false},
		{Record{Completed: true, PainAfter: n(9)}, true}, // no before: no rise to see
	} {
		if got := Praised(c.rec); got != c.want {
			t.Errorf("%+v: praised %v, want %v", c.rec, got, c.want)
		}
	}
}

// --plain hears each technique cue as it comes round, on its second, even
// with no voice or tones to wake it each second; the first, the starting
// position, is not printed again at 0:05 (it was, as "Start position", at
// the get-ready), but is as the right side starts.
func TestCueTurnsAreReported(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	o := routines.Options{Hold: 30 * time.Second, Roll: 30 * time.Second, GetReady: 5 * time.Second}
	s := New(Config{Routine: routines.Relief, Options: o, Clock: clock, Location: time.UTC})
	var cues []string
	for _, l := range runHandsFree(t, s, clock) {
		if strings.HasPrefix(l.Text, "Cue: ") {
			cues = append(cues, fmt.Sprintf("%s %s", timer.FormatClock(int(l.At/time.Second)), l.Text))
		}
	}
	k := routines.KneelingHipFlexorStretch
	want := []string{
		"0:12 Cue: " + k.Cues[1],
		"0:19 Cue: " + k.Cues[2],
		"0:26 Cue: " + routines.BreathCue,
		"0:33 Cue: " + k.Cues[0], // round again for the last 2 s, as on screen
		"0:40 Cue: " + k.Cues[0], // the right side, after a 5-s switch
	}
	if len(cues) < len(want) || strings.Join(cues[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Errorf("cue lines:\n%s\nwant them to start:\n%s", strings.Join(cues, "\n"), strings.Join(want, "\n"))
	}
}

// With a check-in after (AsksAfter), the voice ends by asking the pain, and
// the farewell comes once, when Farewell is called with the answer in.
func TestFarewellWaitsForTheCheckinAfter(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	rec := &recorder{}
	o := routines.DefaultOptions()
	o.GetReady, o.Hold, o.Roll = 2*time.Second, 4*time.Second, 4*time.Second
	s := New(Config{Routine: routines.Relief, Options: o, Clock: clock, Outputs: Outputs{Voice: rec}, Location: time.UTC, AsksAfter: true})
	s.Farewell() // before the end: nothing
	runHandsFree(t, s, clock)
	if last := rec.words[len(rec.words)-1]; last != AskAfter {
		t.Fatalf("the session ended with %q, want the question %q", last, AskAfter)
	}
	s.PainAfter = new(int)
	s.Farewell()
	s.Farewell()
	if n := len(rec.words); rec.words[n-1] != Farewell || rec.words[n-2] != AskAfter {
		t.Errorf("after the answer: %q, want the farewell once after the question", rec.words[max(n-3, 0):])
	}
}
