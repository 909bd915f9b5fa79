package tui

import (
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
)

// BenchmarkSessionSecond is what one displayed second costs the program: a
// tick through Update and a fresh View of the session screen at 100×32.
func BenchmarkSessionSecond(b *testing.B) {
	o := routines.DefaultOptions()
	o.Hold = 10 * time.Minute
	hs := newHarness(&testing.T{}, relief(), o, 100, 32)
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

// BenchmarkSessionSecond80x24 is the same on a standard 80×24 terminal,
// where the layout has to give up more before it fits.
func BenchmarkSessionSecond80x24(b *testing.B) {
	o := routines.DefaultOptions()
	o.Hold = 10 * time.Minute
	hs := newHarness(&testing.T{}, relief(), o, 80, 24)
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
