package breaks

import (
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/timer"
)

// t0 is a Monday, 10:00 UTC.
var t0 = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

type rig struct {
	clock *timer.FakeClock
	c     *Counter
	slept time.Duration
	away  bool
	last  time.Time
}

func (r *rig) Away() (bool, error) { return r.away, nil }

func newRig(t *testing.T, s Schedule, start time.Time) *rig {
	t.Helper()
	r := &rig{clock: timer.NewFakeClock(start)}
	r.c = New(Config{
		Schedule: s, Clock: r.clock, Location: time.UTC, Presence: r,
		Slept:       func(_, _ time.Time) time.Duration { d := r.slept; r.slept = 0; return d },
		LastSession: func() (time.Time, bool) { return r.last, !r.last.IsZero() },
	})
	return r
}

// run advances the clock by d a wake at a time, as the screen does, and
// returns the events and when each came.
func (r *rig) run(d time.Duration) (events []Event, at []time.Time) {
	end := r.clock.Now().Add(d)
	for r.clock.Now().Before(end) {
		r.clock.Advance(min(r.c.Wake(), end.Sub(r.clock.Now())))
		if e, _ := r.c.Tick(); e != Nothing {
			events, at = append(events, e), append(at, r.clock.Now())
		}
	}
	return events, at
}

func TestCallsAtTheInterval(t *testing.T) {
	r := newRig(t, Schedule{Every: 45 * time.Minute}, t0)
	ev, at := r.run(44*time.Minute + 59*time.Second)
	if len(ev) != 0 {
		t.Fatalf("called before the interval: %v at %v", ev, at)
	}
	ev, at = r.run(time.Second)
	if len(ev) != 1 || ev[0] != Call || !at[0].Equal(t0.Add(45*time.Minute)) {
		t.Fatalf("want one call at 45m, got %v at %v", ev, at)
	}
	if s := r.c.Snapshot(); !s.Calling || s.Called != 1 || s.Sat(r.clock.Now()) != 45*time.Minute {
		t.Fatalf("snapshot %+v", s)
	}
	// An unanswered call is not repeated.
	if ev, _ := r.run(30 * time.Minute); len(ev) != 0 {
		t.Fatalf("an unanswered call came again: %v", ev)
	}
}

func TestSnoozeAndSkip(t *testing.T) {
	r := newRig(t, Schedule{Every: 45 * time.Minute, Snooze: 10 * time.Minute}, t0)
	r.run(45 * time.Minute)
	r.c.Snooze()
	ev, at := r.run(15 * time.Minute)
	if len(ev) != 1 || !at[0].Equal(t0.Add(55*time.Minute)) {
		t.Fatalf("after a 10-m snooze: %v at %v", ev, at)
	}
	skipped := r.clock.Now()
	r.c.Skip()
	if s := r.c.Snapshot(); s.Calling || s.Skipped != 1 || s.Called != 2 || !s.SatSince.Equal(t0) {
		t.Fatalf("after a skip %+v: the count goes on", s)
	}
	ev, at = r.run(50 * time.Minute)
	if len(ev) != 1 || !at[0].Equal(skipped.Add(45*time.Minute)) {
		t.Fatalf("a skip puts the next call a whole interval later: %v at %v", ev, at)
	}
	r.c.Taken(r.clock.Now())
	if s := r.c.Snapshot(); s.Taken != 1 || !s.SatSince.Equal(r.clock.Now()) || s.Calling {
		t.Fatalf("a break taken restarts the count: %+v", s)
	}
}

// Quiet hours of 18:00-09:00 run across midnight: no call and no
// counting in them; the first call comes a whole interval after 09:00.
func TestQuietHoursAcrossMidnight(t *testing.T) {
	w, err := ParseWindow("18:00-09:00")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 2, 17, 30, 0, 0, time.UTC)
	r := newRig(t, Schedule{Every: 45 * time.Minute, Quiet: &w}, start)
	ev, _ := r.run(30 * time.Minute) // to 18:00
	if len(ev) != 0 {
		t.Fatalf("called at %v", ev)
	}
	ev, at := r.run(15*time.Hour + 44*time.Minute) // to 09:44 next day
	if len(ev) != 0 {
		t.Fatalf("called in the quiet hours: %v at %v", ev, at)
	}
	if off := r.c.Snapshot().Off; off != "" {
		t.Fatalf("still off after 09:00: %q", off)
	}
	ev, at = r.run(2 * time.Minute)
	if len(ev) != 1 || at[0].Hour() != 9 || at[0].Minute() != 45 {
		t.Fatalf("want the first call at 09:45, got %v at %v", ev, at)
	}
	r2 := newRig(t, Schedule{Every: 45 * time.Minute, Quiet: &w}, time.Date(2026, 11, 2, 23, 0, 0, 0, time.UTC))
	if off := r2.c.Snapshot().Off; off != "quiet hours until 09:00" {
		t.Fatalf("at 23:00: %q", off)
	}
}

func TestDaysOff(t *testing.T) {
	s := Schedule{Every: 45 * time.Minute}
	s.Days[time.Monday] = true
	sunday := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	r := newRig(t, s, sunday)
	if ev, _ := r.run(3 * time.Hour); len(ev) != 0 {
		t.Fatalf("called on a sunday: %v", ev)
	}
	if ev, _ := r.run(24 * time.Hour); len(ev) == 0 {
		t.Fatal("no call on the monday")
	}
}

// A suspend of the machine (the wall clock jumping ahead of the monotonic
// one) counts as a break and restarts the count.
func TestSuspendRestartsTheCount(t *testing.T) {
	r := newRig(t, Schedule{Every: 45 * time.Minute}, t0)
	r.run(40 * time.Minute)
	r.clock.Advance(2 * time.Hour) // the lid was shut
	r.slept = 2 * time.Hour
	ev, why := r.c.Tick()
	if ev != Restarted || why != "the computer slept" {
		t.Fatalf("after a suspend: %v %q", ev, why)
	}
	if s := r.c.Snapshot(); !s.SatSince.Equal(r.clock.Now()) {
		t.Fatalf("count not restarted: %+v", s)
	}
	if ev, _ := r.run(44 * time.Minute); len(ev) != 0 {
		t.Fatalf("called %v too soon after the suspend", ev)
	}
	// Readings without a monotonic part never jump; real ones only when
	// the wall clock ran ahead of the monotonic one.
	if j := WallJump(t0, t0.Add(time.Hour)); j != 0 {
		t.Fatalf("WallJump on plain times: %v", j)
	}
	now := time.Now()
	if j := WallJump(now, now.Add(time.Minute)); j != 0 {
		t.Fatalf("WallJump without a suspend: %v", j)
	}
}

// A session run in any terminal (seen in the history) restarts the count
// from the session's end; so does a locked or idle screen.
func TestSessionElsewhereAndLockRestart(t *testing.T) {
	r := newRig(t, Schedule{Every: 45 * time.Minute}, t0)
	r.run(30 * time.Minute)
	r.last = t0.Add(29 * time.Minute)
	ev, _ := r.run(time.Minute)
	if len(ev) != 1 || ev[0] != Restarted || !r.c.Snapshot().SatSince.Equal(r.last) {
		t.Fatalf("a session elsewhere: %v, sat since %v", ev, r.c.Snapshot().SatSince)
	}
	if ev, _ := r.run(10 * time.Minute); len(ev) != 0 {
		t.Fatalf("the same session restarted the count again: %v", ev)
	}
	ev, at := r.run(time.Hour)
	if len(ev) != 1 || ev[0] != Call || !at[0].Equal(r.last.Add(45*time.Minute)) {
		t.Fatalf("want a call 45m after the session ended, got %v at %v", ev, at)
	}
	r.away = true
	if ev, why := r.c.Tick(); ev != Restarted || why != "the screen was locked or idle" || r.c.Snapshot().Calling {
		t.Fatalf("a locked screen: %v %q", ev, why)
	}
}

func TestTodayCountsResetAtMidnight(t *testing.T) {
	r := newRig(t, Schedule{Every: time.Hour}, time.Date(2026, 11, 2, 22, 30, 0, 0, time.UTC))
	r.run(time.Hour)
	if s := r.c.Snapshot(); s.Called != 1 {
		t.Fatalf("%+v", s)
	}
	r.c.Skip()
	r.run(time.Hour)
	if s := r.c.Snapshot(); s.Called != 1 || s.Skipped != 0 {
		t.Fatalf("after midnight, today's counts: %+v", s)
	}
}

func TestParseWindow(t *testing.T) {
	for _, bad := range []string{"", "18:00", "18-9", "25:00-09:00", "09:00-09:00", "9:00-10:00", "18:00-09:60"} {
		if _, err := ParseWindow(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	w, err := ParseWindow("12:30-13:15")
	if err != nil || w.String() != "12:30-13:15" || !w.Contains(time.Date(2026, 1, 1, 12, 30, 0, 0, time.UTC)) || w.Contains(time.Date(2026, 1, 1, 13, 15, 0, 0, time.UTC)) {
		t.Fatalf("%v %v", w, err)
	}
}

// Wake sleeps until the minute shown changes or the call comes, never
// longer than Poll.
func TestWakeOncePerMinute(t *testing.T) {
	r := newRig(t, Schedule{Every: 90 * time.Second}, t0)
	if d := r.c.Wake(); d != time.Minute {
		t.Fatalf("wake %v", d)
	}
	r.clock.Advance(time.Minute)
	r.c.Tick()
	if d := r.c.Wake(); d != 30*time.Second {
		t.Fatalf("wake %v, want the call in 30s", d)
	}
}
