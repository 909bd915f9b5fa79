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

func benchSessionSecond(b *testing.B, w, h int) {
	o := routines.DefaultOptions()
	o.Hold = 10 * time.Minute
	hs := newHarness(&testing.T{}, relief(), o, w, h)
	hs.press("enter", "enter", "n") // safety, check-in, lead-in
	if hs.m.screen != screenSession {
		b.Fatal("not in a session")
	}
	b.ReportAllocs()
	for b.Loop() {
		hs.clock.Advance(hs.ticker.wait())
		hs.send(tickMsg{})
		_ = hs.m.View()
	}
}
