package breaks

import (
	"time"

	"github.com/hipcoach/hipcoach/timer"
)

// MinSleep is the shortest sleep or suspend of the machine that counts as
// a break: the person was away from it.
const MinSleep = time.Minute

// Poll is the longest the counter goes without looking at the clock, the
// screen lock and the history; the screen changes once a minute at most,
// so this costs next to nothing.
const Poll = time.Minute

// Event is what a Tick found.
type Event int

const (
	// Nothing changed that needs telling.
	Nothing Event = iota
	// Call means a break is due: call the person to it.
	Call
	// Restarted means the person had a break of another kind, and the
	// count starts again.
	Restarted
)

// Presence tells whether the person is at the machine: logind's locked
// and idle hints on Linux.
type Presence interface {
	// Away reports a locked or idle session.
	Away() (bool, error)
}

// Config is what a Counter runs on.
type Config struct {
	Schedule Schedule
	Clock    timer.Clock
	// Location counts the days of "today" (nil: time.Local).
	Location *time.Location
	// Slept is how long the machine slept between two readings of the
	// clock (nil: WallJump, the wall clock's lead over the monotonic one).
	Slept func(prev, now time.Time) time.Duration
	// Presence, when set, is asked at each tick.
	Presence Presence
	// LastSession is the end of the latest session in the history, from
	// any terminal (nil: the history is not looked at).
	LastSession func() (time.Time, bool)
}

// WallJump is how far the wall clock moved ahead of the monotonic one
// between two readings of time.Now: the time the machine was suspended,
// when the monotonic clock stood still. Readings without a monotonic part
// (a fake clock) never jump.
func WallJump(prev, now time.Time) time.Duration {
	if prev.IsZero() {
		return 0
	}
	return now.Round(0).Sub(prev.Round(0)) - now.Sub(prev)
}

// Snapshot is the counter as the screen and the state file show it.
type Snapshot struct {
	// SatSince is when the count started; Due when the next call comes.
	SatSince, Due time.Time
	// Calling is set while a call waits for an answer.
	Calling bool
	// Off says why no calls come now ("quiet hours until 09:00"), or "".
	Off string
	// Called, Taken and Skipped count today's breaks.
	Called, Taken, Skipped int
	// Why is the last reason the count restarted, "" if none yet.
	Why string
}

// Sat is how long the person has sat at now, in whole minutes.
func (s Snapshot) Sat(now time.Time) time.Duration {
	return max(now.Sub(s.SatSince), 0).Truncate(time.Minute)
}

// Counter counts sitting time and calls breaks. It is not safe for use by
// several goroutines; the screen's model owns it.
type Counter struct {
	cfg  Config
	last time.Time // the clock at the last tick
	day  int       // yday+year*1000 of "today"
	s    Snapshot
}

// New starts counting now.
func New(cfg Config) *Counter {
	if cfg.Clock == nil {
		cfg.Clock = timer.SystemClock{}
	}
	if cfg.Location == nil {
		cfg.Location = time.Local
	}
	if cfg.Slept == nil {
		cfg.Slept = WallJump
	}
	if cfg.Schedule.Every <= 0 {
		cfg.Schedule.Every = DefaultEvery
	}
	if cfg.Schedule.Snooze <= 0 {
		cfg.Schedule.Snooze = DefaultSnooze
	}
	c := &Counter{cfg: cfg}
	now := cfg.Clock.Now()
	c.last, c.day = now, c.dayOf(now)
	c.restart(now)
	if off, why := cfg.Schedule.Off(now); off {
		c.s.Off = why
	}
	return c
}

func (c *Counter) dayOf(t time.Time) int {
	t = t.In(c.cfg.Location)
	return t.Year()*1000 + t.YearDay()
}

// restart starts the count again at t.
func (c *Counter) restart(t time.Time) {
	c.s.SatSince, c.s.Due, c.s.Calling = t, t.Add(c.cfg.Schedule.Every), false
}

// Snapshot is the counter now.
func (c *Counter) Snapshot() Snapshot { return c.s }

// Schedule is the counter's schedule.
func (c *Counter) Schedule() Schedule { return c.cfg.Schedule }

// Tick looks at the clock, the machine's sleep, the screen lock and the
// history, and says what changed: a break due (Call), or a break of
// another kind that restarted the count (Restarted, and why).
func (c *Counter) Tick() (Event, string) {
	now := c.cfg.Clock.Now()
	if d := c.dayOf(now); d != c.day {
		c.day = d
		c.s.Called, c.s.Taken, c.s.Skipped = 0, 0, 0
	}
	why, from := "", now
	if slept := c.cfg.Slept(c.last, now); slept >= MinSleep {
		why = "the computer slept"
	}
	c.last = now
	if c.cfg.Presence != nil {
		if away, err := c.cfg.Presence.Away(); err == nil && away {
			why = "the screen was locked or idle"
		}
	}
	if c.cfg.LastSession != nil {
		if end, ok := c.cfg.LastSession(); ok && end.After(c.s.SatSince) && !end.After(now) {
			why, from = "a session was recorded", end
		}
	}
	if off, reason := c.cfg.Schedule.Off(now); off {
		// No counting outside the hours: the first call comes a whole
		// interval after they begin.
		c.restart(now)
		c.s.Off = reason
		return Nothing, ""
	}
	if c.s.Off != "" {
		// The hours begin: count from now.
		c.s.Off = ""
		c.restart(now)
	}
	if why != "" {
		c.restart(from)
		c.s.Why = why
		return Restarted, why
	}
	if !c.s.Calling && !now.Before(c.s.Due) {
		c.s.Calling = true
		c.s.Called++
		return Call, ""
	}
	return Nothing, ""
}

// Snooze puts the call off for the schedule's snooze time; the count goes on.
func (c *Counter) Snooze() {
	c.s.Calling = false
	c.s.Due = c.cfg.Clock.Now().Add(c.cfg.Schedule.Snooze)
}

// Skip answers the call with no break: the next call comes a whole
// interval from now, and the count goes on.
func (c *Counter) Skip() {
	c.s.Calling = false
	c.s.Skipped++
	c.s.Due = c.cfg.Clock.Now().Add(c.cfg.Schedule.Every)
}

// Taken counts a break done, which ended at end: the count starts again
// from there.
func (c *Counter) Taken(end time.Time) {
	c.s.Taken++
	c.restart(end)
	c.s.Why = "break taken"
}

// Wake is how long until the screen would change (the minute of sitting
// time, or the call), at most Poll.
func (c *Counter) Wake() time.Duration {
	now := c.cfg.Clock.Now()
	sat := max(now.Sub(c.s.SatSince), 0)
	d := min(Poll, time.Minute-sat%time.Minute)
	if !c.s.Calling && c.s.Due.After(now) {
		d = min(d, c.s.Due.Sub(now))
	}
	return max(d, time.Millisecond)
}
