package tui

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// screenTest runs the real program loop (teatest) at a fixed size with a
// fake clock, lets steps drive it, and compares the final screen, without
// colour codes, to testdata/<TestName>.golden. Run with -update to rewrite.
type screenTest struct {
	t     *testing.T
	tm    *teatest.TestModel
	clock *timer.FakeClock
}

func newScreenTest(t *testing.T, routine *routines.Routine, w, h int) *screenTest {
	t.Helper()
	clock := timer.NewFakeClock(t0)
	return newScreenTestWith(t, Config{Routine: routine, Options: routines.DefaultOptions(), Quiet: true, Clock: clock, Ticker: &manualTicker{}}, clock, w, h)
}

// newScreenTestWith runs a screen test with a Config of the test's own.
func newScreenTestWith(t *testing.T, cfg Config, clock *timer.FakeClock, w, h int) *screenTest {
	t.Helper()
	m := New(cfg)
	// Bubble Tea sends the initial size from a goroutine of its own
	// (Program.Run: go p.Send(resizeMsg)), so on a busy machine it can
	// arrive after a size the test sends, and undo it: one run in a dozen
	// of TestScreenTooSmall drew the 100×32 session. Once the test has
	// resized, the filter drops any other size.
	resized := false
	// The filter answers syncMsg in the program's own loop, so a test knows
	// every message sent before it has been through Update. It runs in that
	// loop alone, so resized needs no lock.
	filter := func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch msg := msg.(type) {
		case syncMsg:
			close(msg)
			return nil
		case resizeMsg:
			resized = true
			return tea.WindowSizeMsg(msg)
		case tea.WindowSizeMsg:
			if resized {
				return nil // the program's own initial size, come late
			}
		}
		return msg
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h), teatest.WithProgramOptions(tea.WithFilter(filter)))
	return &screenTest{t: t, tm: tm, clock: clock}
}

// syncMsg is closed by the program loop when it reaches it.
type syncMsg chan struct{}

// resizeMsg is a terminal size the test sets; the filter hands it to the
// model as a tea.WindowSizeMsg.
type resizeMsg tea.WindowSizeMsg

// resize gives the program a new terminal size and waits until it has been
// handled; no size sent by the program itself is handled after it.
func (s *screenTest) resize(w, h int) {
	s.t.Helper()
	s.tm.Send(resizeMsg{Width: w, Height: h})
	s.sync()
}

// key sends a key press and waits until it has been handled.
func (s *screenTest) key(k string) {
	s.t.Helper()
	s.tm.Send(keyPress(k))
	s.sync()
}

// after lets d pass on the clock, ticks, and waits until that is handled.
func (s *screenTest) after(d time.Duration) {
	s.t.Helper()
	s.clock.Advance(d)
	s.tm.Send(tickMsg{})
	s.sync()
}

func (s *screenTest) sync() {
	s.t.Helper()
	done := make(syncMsg)
	s.tm.Send(done)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		s.t.Fatal("the program did not get through its messages in 5 s")
	}
}

// check quits the program and compares its last screen with the golden file.
func (s *screenTest) check() {
	s.t.Helper()
	if err := s.tm.Quit(); err != nil {
		s.t.Fatal(err)
	}
	fm := s.tm.FinalModel(s.t, teatest.WithFinalTimeout(5*time.Second))
	screen := ansi.Strip(fm.View().Content)
	// Trailing blanks are padding, not content; keep goldens readable.
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	golden.RequireEqual(s.t, []byte(strings.Join(lines, "\n")+"\n"))
	_, _ = io.Copy(io.Discard, s.tm.Output())
}

func TestScreenSafety(t *testing.T) {
	s := newScreenTest(t, nil, 100, 32)
	s.sync()
	s.check()
}

func TestScreenPicker(t *testing.T) {
	s := newScreenTest(t, nil, 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.key("down")
	s.check()
}

func TestScreenSessionGetReady(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(time.Second)
	s.check()
}

func TestScreenSessionHoldLeft(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(5 * time.Second)
	s.after(10 * time.Second)
	s.check()
}

func TestScreenSessionSwitchSides(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(35 * time.Second)
	s.check()
}

func TestScreenSessionPaused(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(17 * time.Second)
	s.key("space")
	s.check()
}

func TestScreenSessionSmall(t *testing.T) {
	s := newScreenTest(t, &routines.Prevention, 60, 18)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(5 * time.Second)
	s.check()
}

func TestScreenSessionHelp(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.key("?")
	s.check()
}

func TestScreenQuitConfirm(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(8 * time.Second)
	s.key("q")
	s.check()
}

func TestScreenSummary(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.after(40 * time.Second)
	s.key("n")
	s.after(100 * time.Second)
	s.check()
}

func TestScreenTooSmall(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.resize(36, 10)
	s.check()
}

func TestScreenPickerStepOff(t *testing.T) {
	s := newScreenTest(t, nil, 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.key("j")
	s.key("j")
	s.key("space") // leg swings off
	s.check()
}

func TestScreenLibrary(t *testing.T) {
	s := newScreenTest(t, nil, 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.key("l")
	s.key("j")
	s.key("j")
	s.key("j")
	s.check()
}

func TestScreenSessionReps(t *testing.T) {
	s := newScreenTest(t, &routines.Prevention, 100, 32)
	s.key("enter")            // past the safety notice
	s.key("enter")            // skip the check-in
	for i := 0; i < 13; i++ { // through the warm-up to the glute bridges
		s.key("n")
	}
	s.after(7 * time.Second) // rep 2, hold
	s.check()
}

func TestScreenSessionRightSideMirrored(t *testing.T) {
	s := newScreenTest(t, &routines.Prevention, 100, 32)
	s.key("enter") // past the safety notice
	s.key("enter") // skip the check-in
	s.key("n")
	s.key("n")
	s.key("n") // hip circles, right side
	s.after(4 * time.Second)
	s.check()
}

func TestScreenCheckin(t *testing.T) {
	s := newScreenTest(t, relief(), 100, 32)
	s.key("enter")
	s.key("1") // waiting to see whether it is 10
	s.check()
}

// The summary after four earlier relief days with pain that does not ease:
// the streak, the pain change and the nudge to see a professional.
func TestScreenSummaryStreakAndNudge(t *testing.T) {
	clock := timer.NewFakeClock(t0)
	var past []session.Record
	for i, p := range []int{5, 6, 5, 6} {
		p := p
		past = append(past, session.Record{Start: t0.AddDate(0, 0, i-4), Routine: "relief", Completed: true, PainBefore: &p})
	}
	o := routines.Options{Hold: 2 * time.Second, Roll: 2 * time.Second}
	cfg := Config{Routine: relief(), Options: o, Quiet: true, Clock: clock, Ticker: &manualTicker{}, Past: summarize(past, time.UTC), Location: time.UTC}
	s := newScreenTestWith(t, cfg, clock, 100, 32)
	s.key("enter")
	s.key("7")                // pain before: severe, so the gate asks first
	s.key("g")                // go on gently
	s.after(14 * time.Second) // the whole session: 2 s holds and rolls, 3 s to change sides
	s.key("8")                // pain after
	s.check()
}

// A check-in of 8 at 80×24: the advice first, and a choice that stops by
// default.
func TestScreenPainGate(t *testing.T) {
	s := newScreenTest(t, relief(), 80, 24)
	s.key("enter")
	s.key("8")
	s.check()
}

// Keys typed ahead, without waiting for a screen to draw, land on the
// screen the key before them opened: Enter, Enter, Enter goes past the
// safety notice and the check-in and starts the routine under the cursor,
// and a space right after it pauses that session rather than switching a
// step of the picker off.
func TestKeysTypedAheadLandOnTheNextScreen(t *testing.T) {
	s := newScreenTest(t, nil, 100, 32)
	for _, k := range []string{"enter", "enter", "enter", "space"} {
		s.tm.Send(keyPress(k))
	}
	s.sync()
	if err := s.tm.Quit(); err != nil {
		t.Fatal(err)
	}
	m := s.tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if m.screen != screenSession || !m.session.status().IsPaused || m.session.run.Routine().ID != routines.Prevention.ID {
		t.Fatalf("screen %d, want a paused prevention session:\n%s", m.screen, ansi.Strip(m.View().Content))
	}
	_, _ = io.Copy(io.Discard, s.tm.Output())
}
