// Package timer is hipcoach's countdown engine: a sequence of timed phases
// driven by an injected clock and by the user's pause, next and back. It
// knows nothing of exercises or terminals, so the full-screen UI and the
// --plain runner share it and neither re-implements phase logic.
package timer

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Clock tells the time. The engine never calls time.Now itself, so tests can
// drive it with a FakeClock and be exact.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real clock. time.Now carries a monotonic reading, so
// durations between two of its readings are immune to wall-clock changes.
type SystemClock struct{}

// Now returns the current time with its monotonic reading.
func (SystemClock) Now() time.Time { return time.Now() }

// FakeClock is a clock that only moves when told to. It is exported so that
// every package's tests can drive sessions deterministically, without sleeps.
type FakeClock struct {
	mu sync.Mutex
	t  time.Time
}

// NewFakeClock returns a FakeClock reading t.
func NewFakeClock(t time.Time) *FakeClock { return &FakeClock{t: t} }

// Now returns the fake time.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the fake time forward by d.
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Set moves the fake time to t.
func (c *FakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// Seconds is a remaining time as the user sees it: whole seconds rounded up,
// so a 30-s hold shows 30 first and 1 last, and 0 only once it is over.
func Seconds(remaining time.Duration) int {
	if remaining <= 0 {
		return 0
	}
	return int((remaining + time.Second - 1) / time.Second)
}

// FormatClock formats whole seconds as m:ss, the way a countdown is read.
func FormatClock(seconds int) string {
	if seconds < 0 {
		seconds = 0
	}
	return fmt.Sprintf("%d:%02d", seconds/60, seconds%60)
}

// Short prints a duration the way people write it: 1m and 1m30s, not 1m0s.
func Short(d time.Duration) string {
	s := d.String()
	if t, ok := strings.CutSuffix(s, "m0s"); ok {
		s = t + "m"
	}
	if t, ok := strings.CutSuffix(s, "h0m"); ok {
		s = t + "h"
	}
	return s
}
