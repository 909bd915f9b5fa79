package tui

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// FPS caps the renderer's frame rate. A countdown changes once a second, and
// every renderer frame is a wake-up that costs CPU even when nothing changed
// (measured: about 0.01 s per minute per frame per second), so 5 fps keeps a
// session near 0.15 s per minute while a key still shows within 200 ms.
const FPS = 5

// tickMsg asks the session to look at the clock again.
type tickMsg struct{}

// Ticker schedules the next tick. It is injected so tests can drive the
// clock by hand and send ticks themselves.
type Ticker interface {
	// After returns a command that delivers one tickMsg after d, or nil if a
	// tick is already in flight (which is then moved to d from now).
	After(d time.Duration) tea.Cmd
}

// timerTicker keeps at most one tick in flight: one time.Timer that is reset
// whenever the session wants to be woken at another moment, and at most one
// command waiting on it.
type timerTicker struct {
	mu      sync.Mutex
	t       *time.Timer
	waiting bool
}

// NewTicker returns the real Ticker.
func NewTicker() Ticker { return &timerTicker{} }

// After resets the one timer to d and hands out a waiting command if none waits.
func (tk *timerTicker) After(d time.Duration) tea.Cmd {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	if tk.t == nil {
		tk.t = time.NewTimer(d)
	} else {
		tk.t.Reset(d)
	}
	if tk.waiting {
		return nil
	}
	tk.waiting = true
	t := tk.t
	return func() tea.Msg {
		<-t.C
		tk.mu.Lock()
		tk.waiting = false
		tk.mu.Unlock()
		return tickMsg{}
	}
}
