package timer

import (
	"math/rand/v2"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

func secs(ns ...int) []time.Duration {
	ds := make([]time.Duration, len(ns))
	for i, n := range ns {
		ds[i] = time.Duration(n) * time.Second
	}
	return ds
}

func kinds(evs []Event) []EventKind {
	ks := make([]EventKind, len(evs))
	for i, e := range evs {
		ks[i] = e.Kind
	}
	return ks
}

func TestSecondsRoundsUp(t *testing.T) {
	cases := []struct {
		in   time.Duration
		want int
	}{
		{30 * time.Second, 30},
		{29*time.Second + time.Nanosecond, 30},
		{29 * time.Second, 29},
		{time.Millisecond, 1},
		{0, 0},
		{-time.Second, 0},
	}
	for _, c := range cases {
		if got := Seconds(c.in); got != c.want {
			t.Errorf("Seconds(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestFormatClock(t *testing.T) {
	for in, want := range map[int]string{0: "0:00", 5: "0:05", 30: "0:30", 90: "1:30", 600: "10:00"} {
		if got := FormatClock(in); got != want {
			t.Errorf("FormatClock(%d) = %q, want %q", in, got, want)
		}
	}
}

// A 30-s hold shows 30 first and 1 last, never 0 while running.
func TestDisplayedSecondsOfAHold(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(30))
	c.Start()
	var shown []int
	for i := 0; i < 30; i++ {
		shown = append(shown, Seconds(c.Status().Remaining))
		clk.Advance(c.UntilTick())
		c.Poll()
	}
	if shown[0] != 30 || shown[29] != 1 {
		t.Fatalf("shown %v, want 30 down to 1", shown)
	}
	for i := 1; i < len(shown); i++ {
		if shown[i] != shown[i-1]-1 {
			t.Fatalf("seconds skipped or repeated: %v", shown)
		}
	}
	if !c.Finished() {
		t.Fatal("after 30 ticks of a 30-s hold the countdown should be finished")
	}
}

func TestEventsInOrderWithHalfway(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(10, 0, 4))
	evs := c.Start()
	if got := kinds(evs); len(got) != 1 || got[0] != Started {
		t.Fatalf("Start events = %v, want [started]", got)
	}
	clk.Advance(5 * time.Second)
	if got := kinds(c.Poll()); len(got) != 1 || got[0] != Halfway {
		t.Fatalf("at 5 s of 10: %v, want [halfway]", got)
	}
	// Polled late, well past the end of phase 0, the zero-length phase 1 and
	// the halfway of phase 2: every event is reported at its due time.
	clk.Advance(7 * time.Second)
	evs = c.Poll()
	want := []struct {
		k     EventKind
		phase int
		at    time.Duration
	}{
		{Ended, 0, 10 * time.Second}, {Started, 1, 10 * time.Second},
		{Ended, 1, 10 * time.Second}, {Started, 2, 10 * time.Second},
		{Halfway, 2, 12 * time.Second},
	}
	if len(evs) != len(want) {
		t.Fatalf("events %v, want %d of them", evs, len(want))
	}
	for i, w := range want {
		e := evs[i]
		if e.Kind != w.k || e.Phase != w.phase || !e.At.Equal(t0.Add(w.at)) {
			t.Errorf("event %d = %v phase %d at %v, want %v phase %d at %v", i, e.Kind, e.Phase, e.At.Sub(t0), w.k, w.phase, w.at)
		}
	}
	clk.Advance(2 * time.Second)
	if got := kinds(c.Poll()); len(got) != 2 || got[0] != Ended || got[1] != Finished {
		t.Fatalf("at the end: %v, want [ended finished]", got)
	}
	if c.Poll() != nil {
		t.Fatal("a finished countdown still reports events")
	}
}

// 1,000 phases advanced with irregular clock steps end exactly at the sum of
// their lengths: zero drift, whatever the polling rate.
func TestThousandPhasesNoDrift(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ds := make([]time.Duration, 1000)
	var total time.Duration
	for i := range ds {
		ds[i] = time.Duration(rng.IntN(5000)) * time.Millisecond // some are zero
		total += ds[i]
	}
	clk := NewFakeClock(t0)
	c := New(clk, ds)
	c.Start()
	var finish time.Time
	for steps := 0; !c.Finished(); steps++ {
		clk.Advance(time.Duration(rng.IntN(1700)+1) * time.Millisecond)
		for _, e := range c.Poll() {
			if e.Kind == Finished {
				finish = e.At
			}
		}
		if steps > 1_000_000 {
			t.Fatal("never finished")
		}
	}
	if got := finish.Sub(t0); got != total {
		t.Fatalf("finished after %v, want exactly %v (drift %v)", got, total, got-total)
	}
	if st := c.Status(); st.Elapsed != total {
		t.Fatalf("elapsed %v, want %v", st.Elapsed, total)
	}
}

// A pause of any length freezes the remaining time exactly and shifts the
// end of the session by exactly the time paused.
func TestPauseLosesAndGainsNothing(t *testing.T) {
	for _, pause := range []time.Duration{time.Nanosecond, 400 * time.Millisecond, 7 * time.Second, 3 * time.Hour} {
		clk := NewFakeClock(t0)
		c := New(clk, secs(30, 30))
		c.Start()
		clk.Advance(12300 * time.Millisecond)
		c.Poll()
		before := c.Status().Remaining
		if !c.Pause() {
			t.Fatal("Pause refused")
		}
		clk.Advance(pause)
		c.Poll()
		st := c.Status()
		if st.Remaining != before || !st.IsPaused {
			t.Fatalf("pause %v: remaining %v while paused, want frozen at %v", pause, st.Remaining, before)
		}
		if c.UntilTick() != 0 {
			t.Fatalf("a paused countdown asks for ticks")
		}
		c.Resume()
		if got := c.Status().Remaining; got != before {
			t.Fatalf("pause %v: remaining %v after resume, want %v", pause, got, before)
		}
		clk.Advance(60*time.Second - 12300*time.Millisecond)
		evs := c.Poll()
		if len(evs) == 0 || evs[len(evs)-1].Kind != Finished {
			t.Fatalf("pause %v: not finished exactly at 60 s of work", pause)
		}
		if got := evs[len(evs)-1].At.Sub(t0); got != 60*time.Second+pause {
			t.Fatalf("pause %v: finished at %v, want %v", pause, got, 60*time.Second+pause)
		}
		st = c.Status()
		if st.Elapsed != 60*time.Second || st.Paused != pause {
			t.Fatalf("pause %v: elapsed %v paused %v", pause, st.Elapsed, st.Paused)
		}
	}
}

func TestNextEndsThePhaseNowAndMarksItSkipped(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(5, 30, 30))
	c.Start()
	clk.Advance(2 * time.Second)
	evs := c.Next()
	if len(evs) != 2 || evs[0].Kind != Ended || !evs[0].Skipped || evs[1].Kind != Started || evs[1].Phase != 1 {
		t.Fatalf("Next events = %+v", evs)
	}
	if st := c.Status(); st.Phase != 1 || st.Remaining != 30*time.Second {
		t.Fatalf("after next: phase %d remaining %v, want phase 1 with 30s", st.Phase, st.Remaining)
	}
	// The new phase runs from the moment of the skip, for its full length.
	clk.Advance(30 * time.Second)
	c.Poll()
	if st := c.Status(); st.Phase != 2 {
		t.Fatalf("phase %d after a full 30 s, want 2", st.Phase)
	}
	c.Next()
	if !c.Finished() {
		t.Fatal("next on the last phase should finish the session")
	}
	if got := c.Outcomes(); got[0] != Skipped || got[1] != Completed || got[2] != Skipped {
		t.Fatalf("outcomes %v, want [skipped completed skipped]", got)
	}
	if c.Next() != nil || c.Back() != nil {
		t.Fatal("next/back after the end must do nothing")
	}
}

func TestBackRestartsOrGoesToPrevious(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(5, 0, 30))
	c.Start()
	// Back on the very first phase restarts it, however early.
	clk.Advance(time.Second)
	c.Back()
	if st := c.Status(); st.Phase != 0 || st.Remaining != 5*time.Second {
		t.Fatalf("back at the start: phase %d remaining %v", st.Phase, st.Remaining)
	}
	clk.Advance(5 * time.Second)
	c.Poll() // now in phase 2 (phase 1 has no length)
	clk.Advance(10 * time.Second)
	c.Back() // 10 s in: restart
	if st := c.Status(); st.Phase != 2 || st.Remaining != 30*time.Second {
		t.Fatalf("back 10 s in: phase %d remaining %v, want phase 2 restarted", st.Phase, st.Remaining)
	}
	clk.Advance(BackGrace - time.Millisecond)
	c.Back() // within the grace: previous phase with a length, skipping phase 1
	if st := c.Status(); st.Phase != 0 || st.Remaining != 5*time.Second {
		t.Fatalf("back within grace: phase %d remaining %v, want phase 0 from its start", st.Phase, st.Remaining)
	}
	if got := c.Outcomes(); got[0] != NotReached || got[1] != NotReached {
		t.Fatalf("outcomes after going back %v: the phases are to be done again", got)
	}
}

func TestBackWhilePausedStaysPaused(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(30))
	c.Start()
	clk.Advance(10 * time.Second)
	c.Pause()
	clk.Advance(time.Minute)
	c.Back()
	st := c.Status()
	if !st.IsPaused || st.Remaining != 30*time.Second {
		t.Fatalf("back while paused: paused=%v remaining %v", st.IsPaused, st.Remaining)
	}
	clk.Advance(time.Minute)
	if got := c.Status().Remaining; got != 30*time.Second {
		t.Fatalf("clock moved while paused: %v", got)
	}
}

func TestUntilTickAlignsToTheDeadline(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(30))
	c.Start()
	if got := c.UntilTick(); got != time.Second {
		t.Fatalf("UntilTick at start = %v, want 1s", got)
	}
	clk.Advance(1300 * time.Millisecond) // a late tick
	if got := c.UntilTick(); got != 700*time.Millisecond {
		t.Fatalf("UntilTick after a late tick = %v, want 700ms", got)
	}
}

func TestStatusProgress(t *testing.T) {
	clk := NewFakeClock(t0)
	c := New(clk, secs(10, 30))
	c.Start()
	clk.Advance(25 * time.Second)
	c.Poll()
	st := c.Status()
	if st.Phase != 1 || st.PhaseDone != 0.5 || st.SessionDone != 0.625 {
		t.Fatalf("status %+v, want phase 1 half done, session 25/40", st)
	}
}

func TestEmptyCountdownFinishesAtOnce(t *testing.T) {
	c := New(NewFakeClock(t0), nil)
	if evs := c.Start(); len(evs) != 1 || evs[0].Kind != Finished || !c.Finished() {
		t.Fatalf("empty countdown: %v", evs)
	}
}

// BenchmarkPoll measures one engine step: what a tick costs.
func BenchmarkPoll(b *testing.B) {
	clk := NewFakeClock(t0)
	ds := make([]time.Duration, 64)
	for i := range ds {
		ds[i] = 30 * time.Second
	}
	c := New(clk, ds)
	c.Start()
	b.ReportAllocs()
	for b.Loop() {
		clk.Advance(time.Second)
		c.Poll()
		_ = c.Status()
		if c.Finished() {
			c.Start()
		}
	}
}
