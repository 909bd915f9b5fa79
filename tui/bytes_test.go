package tui

import (
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// countingWriter counts what the program writes to the terminal.
type countingWriter struct {
	n   atomic.Int64
	mu  sync.Mutex
	buf []byte
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n.Add(int64(len(p)))
	c.mu.Lock()
	c.buf = append(c.buf, p...)
	c.mu.Unlock()
	return len(p), nil
}

// bytesPerSecond is what Bubble Tea's real renderer writes for each second
// of a relief hold at w×h, averaged over secs seconds after the first few:
// the figure a terminal (or an SSH link) carries while a person holds a
// stretch.
func bytesPerSecond(w, h, secs int) float64 {
	clock := timer.NewFakeClock(t0)
	o := routines.DefaultOptions()
	o.Hold, o.GetReady = 5*time.Minute, 0
	m := New(Config{Routine: relief(), Options: o, Quiet: true, Clock: clock, Ticker: &manualTicker{}})
	out := &countingWriter{}
	p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(out), tea.WithWindowSize(w, h),
		tea.WithEnvironment([]string{"TERM=tmux-256color"}), tea.WithColorProfile(colorprofile.ANSI256),
		tea.WithFPS(100), tea.WithoutSignalHandler())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, _ = p.Run()
	}()
	frame := func() { time.Sleep(25 * time.Millisecond) } // two frames at 100 fps
	frame()
	p.Send(keyPress("enter"))
	frame()
	p.Send(keyPress("enter"))
	second := func() {
		clock.Advance(time.Second)
		p.Send(tickMsg{})
		frame()
	}
	for range 3 {
		second()
	}
	out.mu.Lock()
	out.buf = nil
	out.mu.Unlock()
	start := out.n.Load()
	for range secs {
		second()
	}
	written := out.n.Load() - start
	p.Quit()
	wg.Wait()
	if dump := os.Getenv("HIPCOACH_DUMP_BYTES"); dump != "" {
		_ = os.WriteFile(dump, out.buf, 0o600)
	}
	return float64(written) / float64(secs)
}

// A hold at 80×24 writes at most 120 bytes a second to the terminal (it
// was 350 before: a second clock in the header and the window title, and
// big digits and the clock in colour, 16 bytes more for each of their rows
// that changed). Over the whole 5 minutes it writes 104 B/s.
func TestBytesPerSecondOfAHold(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real renderer for a minute of fake time")
	}
	got := bytesPerSecond(80, 24, 40)
	t.Logf("a hold at 80×24 writes %.0f B/s", got)
	if got > 120 {
		t.Errorf("a hold at 80×24 writes %.0f B/s, want at most 120", got)
	}
}

// BenchmarkBytesPerSecond reports the bytes written per second of a hold
// at the common sizes.
func BenchmarkBytesPerSecond(b *testing.B) {
	for range b.N {
		b.ReportMetric(bytesPerSecond(80, 24, 20), "B/s@80x24")
		b.ReportMetric(bytesPerSecond(160, 50, 20), "B/s@160x50")
	}
}
