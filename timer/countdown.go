package timer

import "time"

// BackGrace is how soon after a phase starts a press of back goes to the
// previous phase instead of restarting this one, as in a music player.
const BackGrace = 3 * time.Second

// EventKind is a moment worth telling the user about.
type EventKind int

const (
	// Started is when a phase has begun.
	Started EventKind = iota
	// Halfway is when half of a phase's time has passed.
	Halfway
	// Ended is when a phase is over, by running out or by the user's next.
	Ended
	// Finished is when the last phase is over; the session is done.
	Finished
)

// String names the event kind, for logs and test failures.
func (k EventKind) String() string {
	return [...]string{"started", "halfway", "ended", "finished"}[k]
}

// Event is something that happened in the session, at the instant it was
// due on the session's timeline (not when it was noticed), so a late redraw
// never shifts what follows.
type Event struct {
	Kind  EventKind
	Phase int
	At    time.Time
	// Skipped is set on Ended events caused by the user's next.
	Skipped bool
}

// Outcome is how a phase went, for the summary.
type Outcome int

const (
	// NotReached phases were never finished: the session stopped before them.
	NotReached Outcome = iota
	// Completed phases ran their full time.
	Completed
	// Skipped phases were ended early by the user.
	Skipped
)

// Countdown runs through a list of phase durations against a clock. Each
// phase's deadline is the previous phase's deadline plus its length, so the
// session never drifts however late it is polled; a pause shifts the
// remaining deadlines by exactly the time paused. It is not safe for
// concurrent use: one goroutine (Bubble Tea's Update, or the plain runner)
// owns it.
type Countdown struct {
	clock     Clock
	durations []time.Duration
	outcomes  []Outcome

	index    int
	begun    time.Time // when Start was called
	started  time.Time // when the current phase started, shifted by pauses
	deadline time.Time // started + durations[index]
	halfway  bool      // the current phase's Halfway event was emitted

	paused      bool
	pausedAt    time.Time
	pausedTotal time.Duration

	running  bool
	finished bool
	ended    time.Time // when the session finished
}

// New returns a countdown over the given phase lengths; it starts with Start.
func New(clock Clock, durations []time.Duration) *Countdown {
	ds := append([]time.Duration(nil), durations...)
	return &Countdown{clock: clock, durations: ds, outcomes: make([]Outcome, len(ds))}
}

// Start begins the first phase now and returns the events that happened,
// which include the whole run of any zero-length phases at the start.
func (c *Countdown) Start() []Event {
	now := c.clock.Now()
	*c = Countdown{clock: c.clock, durations: c.durations, outcomes: make([]Outcome, len(c.durations))}
	c.begun, c.running = now, true
	if len(c.durations) == 0 {
		c.finished, c.ended = true, now
		return []Event{{Kind: Finished, Phase: 0, At: now}}
	}
	c.enter(0, now)
	evs := []Event{{Kind: Started, Phase: 0, At: now}}
	return append(evs, c.Poll()...)
}

// now is the session's current instant: the moment of pausing while paused,
// so that the timeline stands still.
func (c *Countdown) now() time.Time {
	if c.paused {
		return c.pausedAt
	}
	return c.clock.Now()
}

func (c *Countdown) enter(i int, at time.Time) {
	c.index = i
	c.started = at
	c.deadline = at.Add(c.durations[i])
	c.halfway = false
}

// Poll brings the countdown up to the clock and returns, in order, every
// event that fell due since the last call. Phases end at their deadlines,
// not at the time of polling.
func (c *Countdown) Poll() []Event {
	if !c.running || c.finished {
		return nil
	}
	now := c.now()
	var evs []Event
	for {
		d := c.durations[c.index]
		if !c.halfway && d > 0 {
			mid := c.started.Add(d / 2)
			if now.Before(mid) {
				break
			}
			c.halfway = true
			evs = append(evs, Event{Kind: Halfway, Phase: c.index, At: mid})
		}
		if now.Before(c.deadline) {
			break
		}
		c.outcomes[c.index] = Completed
		evs = append(evs, c.advance(c.deadline, false)...)
		if c.finished {
			break
		}
	}
	return evs
}

// advance ends the current phase at the instant at and begins the next.
func (c *Countdown) advance(at time.Time, skipped bool) []Event {
	evs := []Event{{Kind: Ended, Phase: c.index, At: at, Skipped: skipped}}
	if c.index+1 >= len(c.durations) {
		c.finished, c.ended = true, at
		return append(evs, Event{Kind: Finished, Phase: c.index, At: at})
	}
	c.enter(c.index+1, at)
	return append(evs, Event{Kind: Started, Phase: c.index, At: at})
}

// Pause stops the clock. It reports whether anything changed.
func (c *Countdown) Pause() bool {
	if !c.running || c.finished || c.paused {
		return false
	}
	c.paused, c.pausedAt = true, c.clock.Now()
	return true
}

// Resume restarts the clock, shifting the current deadline (and so all that
// follow) by the time spent paused. It reports whether anything changed.
func (c *Countdown) Resume() bool {
	if !c.paused {
		return false
	}
	gap := c.clock.Now().Sub(c.pausedAt)
	c.paused = false
	c.pausedTotal += gap
	c.started = c.started.Add(gap)
	c.deadline = c.deadline.Add(gap)
	if c.finished {
		c.ended = c.ended.Add(gap)
	}
	return true
}

// Next ends the current phase now, marks it skipped, and returns the events
// that follows from it.
func (c *Countdown) Next() []Event {
	if !c.running || c.finished {
		return nil
	}
	c.outcomes[c.index] = Skipped
	evs := c.advance(c.now(), true)
	return append(evs, c.Poll()...)
}

// Back restarts the current phase, or, within BackGrace of its start, goes
// back to the previous phase that has a length (zero-length phases would end
// at once and so could never be returned to).
func (c *Countdown) Back() []Event {
	if !c.running || c.finished {
		return nil
	}
	now := c.now()
	target := c.index
	if now.Sub(c.started) < BackGrace {
		for j := c.index - 1; j >= 0; j-- {
			if c.durations[j] > 0 {
				target = j
				break
			}
		}
	}
	for j := target; j <= c.index; j++ {
		c.outcomes[j] = NotReached
	}
	c.enter(target, now)
	return []Event{{Kind: Started, Phase: target, At: now}}
}

// Status is a snapshot of the countdown, taken at one instant so that a
// screen drawn from it is consistent and drawing needs no clock.
type Status struct {
	// Phase is the index of the current phase (the last one once finished).
	Phase int
	// Remaining is the time left in the current phase.
	Remaining time.Duration
	// PhaseDone is the fraction of the current phase already done, 0–1.
	PhaseDone float64
	// PhaseElapsed is the time spent in the current phase, pauses excluded.
	PhaseElapsed time.Duration
	// SessionDone is the fraction of the plan's total time behind us, 0–1.
	SessionDone float64
	// Elapsed is the time spent in the session, pauses excluded.
	Elapsed time.Duration
	// Paused total so far.
	Paused   time.Duration
	IsPaused bool
	Finished bool
}

// Status returns the countdown's state now.
func (c *Countdown) Status() Status {
	now := c.now()
	s := Status{Phase: c.index, IsPaused: c.paused, Finished: c.finished, Paused: c.pausedTotal}
	if c.paused {
		s.Paused += c.clock.Now().Sub(c.pausedAt)
	}
	var total, before time.Duration
	for i, d := range c.durations {
		total += d
		if i < c.index {
			before += d
		}
	}
	switch {
	case !c.running:
	case c.finished:
		s.Elapsed = c.ended.Sub(c.begun) - c.pausedTotal
		s.PhaseDone, s.SessionDone = 1, 1
	default:
		s.Elapsed = now.Sub(c.begun) - c.pausedTotal
		s.Remaining = c.deadline.Sub(now)
		d := c.durations[c.index]
		done := d - s.Remaining
		s.PhaseElapsed = done
		if d > 0 {
			s.PhaseDone = float64(done) / float64(d)
		}
		if total > 0 {
			s.SessionDone = float64(before+done) / float64(total)
		}
	}
	return s
}

// UntilTick is how long until the countdown next looks different to a
// user: the displayed whole second changes or the phase ends. Zero when
// paused or finished, as nothing will change by itself.
func (c *Countdown) UntilTick() time.Duration {
	if !c.running || c.finished || c.paused {
		return 0
	}
	rem := c.deadline.Sub(c.clock.Now())
	if rem <= 0 {
		return 0
	}
	return rem - time.Duration(Seconds(rem)-1)*time.Second
}

// NextEvent is the instant of the next event due by itself (halfway or the
// end of the phase); ok is false when paused or finished.
func (c *Countdown) NextEvent() (at time.Time, ok bool) {
	if !c.running || c.finished || c.paused {
		return time.Time{}, false
	}
	d := c.durations[c.index]
	if !c.halfway && d > 0 {
		return c.started.Add(d / 2), true
	}
	return c.deadline, true
}

// Outcomes says, for each phase, how it went so far.
func (c *Countdown) Outcomes() []Outcome {
	return append([]Outcome(nil), c.outcomes...)
}

// Finished reports whether the last phase is over.
func (c *Countdown) Finished() bool { return c.finished }

// Began is when the session was started.
func (c *Countdown) Began() time.Time { return c.begun }
