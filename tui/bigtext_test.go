package tui

import (
	"testing"

	"charm.land/lipgloss/v2"
)

// bigWidth, which sizes the big display without drawing it, agrees with
// what bigText draws.
func TestBigWidthMatchesTheDrawing(t *testing.T) {
	for _, s := range []string{"0:30", "12 HOLD", "10 FORWARD", "1 UP", "LEFT", "RIGHT", "9:59", "x"} {
		for scale := 1; scale <= 4; scale++ {
			if got, want := bigWidth(s, scale), lipgloss.Width(bigText(s, scale, 1)); got != want {
				t.Errorf("%q at %d: bigWidth %d, drawn %d", s, scale, got, want)
			}
		}
	}
}
