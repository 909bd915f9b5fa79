package tui

import (
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
)

// BenchmarkSessionSecond is what one displayed second costs the program: a
// tick through Update and a fresh View of the session screen at 100×32.
func BenchmarkSessionSecond(b *testing.B) { benchSessionSecond(b, 100, 32) }

// BenchmarkSessionSecond80x24 is the same on a standard 80×24 terminal,
// where the layout has to give up more before it fits.
func BenchmarkSessionSecond80x24(b *testing.B) { benchSessionSecond(b, 80, 24) }

// BenchmarkSessionSecond160x48 is the same on a big terminal, where the
// digits are drawn largest.
func BenchmarkSessionSecond160x48(b *testing.B) { benchSessionSecond(b, 160, 48) }

func benchSessionSecond(b *testing.B, w, h int) {
	o := routines.DefaultOptions()
	o.Hold = 10 * time.Minute
	start := func() *harness {
		hs := newHarness(&testing.T{}, relief(), o, w, h)
		hs.press("enter", "enter", "n") // safety, check-in, lead-in
		if hs.m.screen != screenSession {
			b.Fatal("not in a session")
		}
		return hs
	}
	hs := start()
	b.ReportAllocs()
	for b.Loop() {
		if hs.m.screen != screenSession {
			// Only seconds of a session count, not its summary.
			b.StopTimer()
			hs = start()
			b.StartTimer()
		}
		hs.clock.Advance(hs.ticker.wait())
		hs.send(tickMsg{})
		_ = hs.m.View()
	}
}
