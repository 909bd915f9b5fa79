package tui

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// sessionModel is the session screen: a view of a session.Session, which
// runs the plan, plays the sounds and keeps the record. Everything the view
// needs is in the session's status, a snapshot taken in update, so view
// never reads the clock. This file is the model and its Update; layout.go
// lays each step out, session_view.go draws it.
type sessionModel struct {
	run    *session.Session
	ticker Ticker
	// bell is where the session rings the terminal bell; Update turns a
	// ring into a write through Bubble Tea, the only writer to the terminal.
	bell *bellLatch
	c    *common
	// laid is the step's layout, made in update when the step, the size or
	// the help changes; view trusts it only while its key still holds.
	laid stepLayout
	// flash is --flash; flashing is set from a change of phase until its
	// flashOffMsg, and shownPhase is the phase the screen last showed.
	flash      bool
	flashing   int
	shownPhase int
	later      func(time.Duration, tea.Msg) tea.Cmd
}

// flashFor is how long the screen flashes at a change of phase.
const flashFor = 600 * time.Millisecond

// flashOffMsg ends the flash that began with the phase it names; a later
// flash is not cut short by an earlier one's end.
type flashOffMsg struct{ phase int }

// bellLatch remembers that the session asked for the bell, until Update
// takes the ring.
type bellLatch struct{ rung bool }

// Ring is called by the session.
func (b *bellLatch) Ring() { b.rung = true }

// take reports a ring since the last take, and clears it.
func (b *bellLatch) take() bool {
	rung := b.rung
	b.rung = false
	return rung
}

// newSession runs routine r; asksAfter says the summary's check-in follows
// it (session.Config.AsksAfter), as it does for the coach but not a break.
func newSession(c *common, cfg Config, r routines.Routine, o routines.Options, asksAfter bool) sessionModel {
	bell := &bellLatch{}
	out := session.Outputs{Voice: cfg.Voice, Tones: cfg.Tones, Bell: bell, Quiet: cfg.Quiet}
	return sessionModel{
		run: session.New(session.Config{
			Routine: r, Options: o, Clock: cfg.Clock, Outputs: out,
			Version: cfg.Version, Location: cfg.Location, AsksAfter: asksAfter,
		}),
		ticker: cfg.Ticker,
		bell:   bell,
		flash:  cfg.Flash,
		later:  cfg.Later,
		// No flash for the first phase: the screen has just appeared.
		shownPhase: 0,
		flashing:   -1,
		c:          c,
	}
}

// layoutKey is what the layout on show depends on now.
func (m sessionModel) layoutKey() layoutKey {
	return layoutKey{width: m.c.termWidth, height: m.c.height, step: m.phase().Step, help: m.c.allKeys, light: m.c.light}
}

// fitted lays the step out again if what its layout depends on has
// changed; update calls it after every change.
func (m sessionModel) fitted() sessionModel {
	if k := m.layoutKey(); k != m.laid.key {
		m.laid = m.layoutFor(k)
	}
	return m
}

// start begins the session from its first phase.
func (m sessionModel) start() (sessionModel, tea.Cmd) {
	m.run.Start()
	m, cmd := m.after()
	return m, tea.Batch(cmd, releaseMemory)
}

// releaseMemory hands the memory that setting up left behind (the
// command line, the config, the history, the first screens) back to the
// system as the session begins: a session runs for minutes with little
// live data, and the heap would otherwise stay at its high-water mark.
// It also collects more often from here on (unless GOGC says otherwise):
// a second's screen is garbage the next second, and at Go's default the
// heap grew to 4 MB of it between collections, 3 MB more resident over a
// minute, where a collection every ten seconds or so costs a few per cent
// of a CPU that is idle anyway.
func releaseMemory() tea.Msg {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(sessionGCPercent)
	}
	debug.FreeOSMemory()
	return nil
}

// sessionGCPercent is GOGC while a session runs; see releaseMemory.
const sessionGCPercent = 25

// after refits the screen once the session has moved, and returns what must
// follow: the bell if it rang, and the next tick.
func (m sessionModel) after() (sessionModel, tea.Cmd) {
	m = m.fitted()
	var cmds []tea.Cmd
	if m.bell.take() {
		cmds = append(cmds, tea.Raw("\a"))
	}
	if phase := m.status().Phase; phase != m.shownPhase || m.status().Finished {
		m.shownPhase = phase
		if m.flash {
			m.flashing = phase
			cmds = append(cmds, m.later(flashFor, flashOffMsg{phase}))
		}
	}
	if d := m.run.UntilTick(); d > 0 {
		cmds = append(cmds, m.ticker.After(d))
	}
	return m, tea.Batch(cmds...)
}

// pause stops the clock; it reports whether the clock was running.
func (m sessionModel) pause() (sessionModel, bool) {
	ok := m.run.Pause()
	return m.fitted(), ok
}

// resume restarts the clock and schedules the next tick.
func (m sessionModel) resume() (sessionModel, tea.Cmd) {
	m.run.Resume()
	return m.after()
}

// update handles ticks and the session's own keys; the root handles the
// keys that open and close its overlays (?, q, l, Esc).
func (m sessionModel) update(msg tea.Msg) (sessionModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		m.run.Poll()
		return m.after()
	case flashOffMsg:
		if m.flashing == msg.phase {
			m.flashing = -1
		}
		return m, nil
	case tea.KeyPressMsg:
		keys := m.c.keys
		switch {
		case key.Matches(msg, keys.Pause):
			if m.status().IsPaused {
				return m.resume()
			}
			m, _ = m.pause()
			return m, nil
		case key.Matches(msg, keys.Next):
			m.run.Next()
			return m.after()
		case key.Matches(msg, keys.Back):
			m.run.Back()
			return m.after()
		}
	}
	return m, nil
}

// status is the session's snapshot as of the last change.
func (m sessionModel) status() timer.Status { return m.run.Status() }

// phase is the phase on screen now.
func (m sessionModel) phase() routines.Phase { return m.run.Phase() }

// compact is the session in two lines, for a terminal too small for the
// screen: the phase and side, and the time left.
func (m sessionModel) compact() string {
	word, col := m.phaseLook()
	st := m.c.styles
	line := st.badge(word, col)
	if side := m.phase().Side.String(); side != "" {
		line += " " + st.title.Render(strings.ToUpper(side))
	}
	big := timer.FormatClock(timer.Seconds(m.status().Remaining)) // PAUSED says the rest
	if m.bigWord() != "" {
		big = m.bigText() + "  " + big // the rep and movement, and the time left
	}
	return line + "\n" + lipgloss.NewStyle().Foreground(col).Bold(true).Render(big)
}

// title is the window title during the session: the phase and the side,
// so a tab or a tmux status line shows where the session is. Not the
// seconds: rewriting the title each second was a quarter of what the
// screen wrote (hipcoach status gives a status line its time).
func (m sessionModel) title() string {
	word, _ := m.phaseLook()
	t := strings.ToLower(word)
	if side := m.phase().Side.String(); side != "" && !m.status().IsPaused {
		t += ", " + side
	}
	return t + " · hipcoach"
}

// nextText says what comes after this phase, in lower case: the next work
// of this step, or the next step.
func (m sessionModel) nextText() string {
	phases := m.run.Phases()
	cur := m.phase()
	for i := m.status().Phase + 1; i < len(phases); i++ {
		n := phases[i]
		if n.Kind != routines.Work {
			continue
		}
		where := ""
		if n.Side != routines.NoSide {
			where = ", " + n.Side.String() + " side"
		}
		what := n.Word() + " " + timer.Short(n.Duration)
		if n.Exercise.Pace != nil {
			what = n.Exercise.Pace.String()
		}
		if n.Step == cur.Step {
			return fmt.Sprintf("Next: %s%s", what, where)
		}
		return fmt.Sprintf("Next: %s%s, %s", lowerFirst(n.Exercise.Name), where, what)
	}
	if advice := m.run.Routine().Advice; len(advice) > 0 {
		var titles []string
		for _, a := range advice {
			titles = append(titles, strings.ToLower(a.Title))
		}
		return "Next: the summary, with advice on " + strings.Join(titles, " and ")
	}
	return "Next: the summary — nearly done"
}
