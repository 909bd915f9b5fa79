package tui

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/breaks"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// fakeNotifier records the notifications instead of showing them, and
// fails with err when set.
type fakeNotifier struct {
	mu    sync.Mutex
	sent  []string
	err   error
	tries int
}

func (f *fakeNotifier) Notify(title, body string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tries++
	if f.err != nil {
		return f.err
	}
	f.sent = append(f.sent, title+": "+body)
	return nil
}

// breaksRig drives the breaks model as Bubble Tea would, on a fake clock
// with a ticker the test fires.
type breaksRig struct {
	t       *testing.T
	m       BreaksModel
	clock   *timer.FakeClock
	wake    time.Duration
	bells   int
	quit    bool
	records []session.Record
	saved   int
	notes   *fakeNotifier
	failRec error
}

type rigTicker struct{ r *breaksRig }

func (tk rigTicker) After(d time.Duration) tea.Cmd { tk.r.wake = d; return nil }

func newBreaksRig(t *testing.T, every time.Duration) *breaksRig {
	t.Helper()
	r := &breaksRig{t: t, clock: timer.NewFakeClock(t0), notes: &fakeNotifier{}}
	sched := breaks.DefaultSchedule()
	sched.Every = every
	counter := breaks.New(breaks.Config{Schedule: sched, Clock: r.clock, Location: time.UTC})
	o := routines.DefaultOptions()
	r.m = NewBreaks(BreaksConfig{
		Counter: counter, Routine: routines.Desk, Options: o,
		Session:  Config{Clock: r.clock, Ticker: rigTicker{r}, Location: time.UTC, Quiet: true, Version: "test"},
		Notifier: r.notes,
		Record: func(rec session.Record) error {
			if r.failRec != nil {
				return r.failRec
			}
			r.records = append(r.records, rec)
			return nil
		},
		SaveState: func(breaks.Snapshot) error { r.saved++; return nil },
	})
	r.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	r.exec(r.m.Init())
	return r
}

func (r *breaksRig) exec(cmd tea.Cmd) {
	for _, msg := range runCmd(cmd) {
		r.send(msg)
	}
}

func (r *breaksRig) send(msg tea.Msg) {
	r.t.Helper()
	switch q := msg.(type) {
	case tea.RawMsg:
		if q.Msg == "\a" {
			r.bells++
		}
		return
	case tea.QuitMsg:
		r.quit = true
		return
	}
	nm, cmd := r.m.Update(msg)
	r.m = nm.(BreaksModel)
	r.exec(cmd)
}

// runCmd executes a command and any batch inside it.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, runCmd(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// runFor lets the clock run for d, a wake at a time, as the program would.
func (r *breaksRig) runFor(d time.Duration) {
	r.t.Helper()
	end := r.clock.Now().Add(d)
	for r.clock.Now().Before(end) {
		if r.wake <= 0 {
			r.t.Fatal("the screen asked for no wake")
		}
		r.clock.Advance(min(r.wake, end.Sub(r.clock.Now())))
		r.send(tickMsg{})
	}
}

func (r *breaksRig) key(k string) {
	code := []rune(k)[0]
	msg := tea.KeyPressMsg{Code: code, Text: k}
	if k == "enter" {
		msg = tea.KeyPressMsg{Code: tea.KeyEnter}
	}
	r.send(msg)
}

func (r *breaksRig) screen() string { return ansi.Strip(r.m.View().Content) }

// At the interval: the bell, one notification saying how long you have
// sat, the window title and the call's screen; the waiting screen before
// it wakes at most once a minute.
func TestBreaksCallAtTheInterval(t *testing.T) {
	r := newBreaksRig(t, 45*time.Minute)
	if !strings.Contains(r.screen(), "Sat for 0 minutes") || !strings.Contains(r.screen(), "Next break at 09:45") {
		t.Fatalf("waiting screen:\n%s", r.screen())
	}
	if r.wake > time.Minute {
		t.Fatalf("the waiting screen sleeps %v, want at most a minute", r.wake)
	}
	r.runFor(44 * time.Minute)
	if r.bells != 0 || len(r.notes.sent) != 0 || !strings.Contains(r.screen(), "Sat for 44 minutes") {
		t.Fatalf("called early:\n%s", r.screen())
	}
	r.runFor(time.Minute)
	if r.bells != 1 || len(r.notes.sent) != 1 || !strings.Contains(r.notes.sent[0], "You have sat for 45 minutes") {
		t.Fatalf("at 45m: %d bells, notifications %q", r.bells, r.notes.sent)
	}
	if scr := r.screen(); !strings.Contains(scr, "Time to stand up") || !strings.Contains(scr, "enter start the break") || !strings.Contains(scr, "s snooze 10m") {
		t.Fatalf("call screen:\n%s", scr)
	}
	if title := r.m.View().WindowTitle; !strings.Contains(title, "Time for a break") {
		t.Fatalf("window title %q", title)
	}
}

// s snoozes, k skips (recorded as skipped), and Enter runs the desk
// routine with the session screen, recorded as taken when it ends.
func TestBreaksSnoozeSkipAndTake(t *testing.T) {
	r := newBreaksRig(t, 10*time.Minute)
	r.runFor(10 * time.Minute)
	r.key("s")
	if strings.Contains(r.screen(), "Time to stand up") {
		t.Fatal("s did not put the call off")
	}
	r.runFor(10 * time.Minute)
	if r.bells != 2 {
		t.Fatalf("%d bells after the snooze, want 2", r.bells)
	}
	r.key("k")
	if len(r.records) != 1 || r.records[0].Outcome != session.OutcomeSkipped || r.records[0].Routine != "desk" || r.records[0].Completed {
		t.Fatalf("skip recorded %+v", r.records)
	}
	r.runFor(10 * time.Minute)
	r.key("enter")
	if !strings.Contains(r.screen(), "March on the spot") {
		t.Fatalf("enter did not start the desk break:\n%s", r.screen())
	}
	if _, ok := r.m.Pending(); !ok {
		t.Fatal("a break under way is not pending")
	}
	r.runFor(routines.Total(routines.Plan(routines.Desk, routines.DefaultOptions())))
	if len(r.records) != 2 || r.records[1].Outcome != session.OutcomeTaken || !r.records[1].Completed {
		t.Fatalf("records %+v", r.records)
	}
	if _, ok := r.m.Pending(); ok {
		t.Fatal("a recorded break is still pending")
	}
	if taken, called := r.m.Counts(); taken != 1 || called != 3 {
		t.Fatalf("taken %d of %d called", taken, called)
	}
	if scr := r.screen(); !strings.Contains(scr, "Break done") || !strings.Contains(scr, "Sat for 0 minutes") {
		t.Fatalf("after the break:\n%s", scr)
	}
}

// No notification service, or a history that cannot be written: each is
// said once, and breaks go on calling with the bell.
func TestBreaksSayEachFaultOnce(t *testing.T) {
	r := newBreaksRig(t, 10*time.Minute)
	r.notes.err = errors.New("no notification service")
	r.failRec = errors.New("permission denied")
	for range 3 {
		r.runFor(10 * time.Minute)
		r.key("k")
	}
	scr := r.screen()
	if n := strings.Count(scr, "No desktop notifications"); n != 1 || r.notes.tries != 1 {
		t.Fatalf("notification fault said %d times, tried %d:\n%s", n, r.notes.tries, scr)
	}
	if n := strings.Count(scr, "history cannot be written"); n != 1 {
		t.Fatalf("history fault said %d times:\n%s", n, scr)
	}
	if r.bells != 3 {
		t.Fatalf("%d bells, want 3", r.bells)
	}
	// The notes are sentences: wrapped whole at 80 and 40 columns, on the
	// waiting screen and the call alike.
	for _, w := range []int{80, 40} {
		r.send(tea.WindowSizeMsg{Width: w, Height: 24})
		for _, scr := range []string{r.screen(), func() string { r.runFor(10 * time.Minute); return r.screen() }()} {
			if strings.Contains(scr, "…") || !strings.Contains(squash(scr), "breaks go on, unrecorded.") {
				t.Errorf("%d columns: a note was cut:\n%s", w, scr)
			}
			for _, l := range strings.Split(scr, "\n") {
				if ansi.StringWidth(l) > w {
					t.Errorf("%d columns: a line %d wide: %q", w, ansi.StringWidth(l), l)
				}
			}
		}
		r.key("k")
	}
}

// squash is text with its lines joined and runs of spaces made one, to
// find a sentence that wrapped.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// q during a break ends it, recorded as far as it went; q or a signal
// while waiting quits.
func TestBreaksQuit(t *testing.T) {
	r := newBreaksRig(t, 10*time.Minute)
	r.runFor(10 * time.Minute)
	r.key("enter")
	r.runFor(20 * time.Second)
	r.key("q")
	if r.quit || len(r.records) != 1 || r.records[0].Completed || r.records[0].Outcome != session.OutcomeTaken {
		t.Fatalf("q in a break: quit %v, records %+v", r.quit, r.records)
	}
	r.send(InterruptedMsg{})
	if !r.quit || !r.m.Interrupted() {
		t.Fatal("a signal did not end the run")
	}
}
