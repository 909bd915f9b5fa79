package tui

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// luminance is WCAG's relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG's contrast ratio of two colours, 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// Every colour reads on the background it is meant for, at WCAG's 4.5:1
// for text, and so do the words on the phase badges: the digits of a hold
// must be legible from the floor on a white terminal as on a black one.
func TestPalettesReadOnTheirBackground(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    palette
		bg   color.Color
	}{
		{"dark", darkPalette, color.Black},
		{"light", lightPalette, color.White},
	} {
		p := tc.p
		for name, c := range map[string]color.Color{"get ready": p.getReady, "work": p.work, "roll": p.roll,
			"switch sides": p.switchSides, "paused": p.paused, "dim": p.dim, "accent": p.accent, "warn": p.warn, "pose": p.pose} {
			if r := contrast(c, tc.bg); r < 4.5 {
				t.Errorf("%s palette: %s is %.1f:1 on its background, want 4.5", tc.name, name, r)
			}
		}
		for name, c := range map[string]color.Color{"get ready": p.getReady, "work": p.work, "roll": p.roll, "switch sides": p.switchSides, "paused": p.paused} {
			if r := contrast(p.badgeText, c); r < 4.5 {
				t.Errorf("%s palette: the %s badge's word is %.1f:1, want 4.5", tc.name, name, r)
			}
		}
	}
}

// The screens draw with the dark palette until the terminal says its
// background is light, and with the light one from then on: the colour
// codes on screen change, not just a field.
func TestBackgroundPicksThePalette(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	// The get-ready badge's colour, as the terminal receives it.
	sgr := func(c color.Color) string {
		r, g, b, _ := c.RGBA()
		return fmt.Sprintf("%d;%d;%d", r>>8, g>>8, b>>8)
	}
	dark, light := sgr(darkPalette.getReady), sgr(lightPalette.getReady)
	if v := hs.m.View().Content; !strings.Contains(v, dark) || strings.Contains(v, light) {
		t.Error("before the terminal answers, the screen is not in the dark palette")
	}
	hs.send(tea.BackgroundColorMsg{Color: color.White})
	if v := hs.m.View().Content; !strings.Contains(v, light) || strings.Contains(v, dark) {
		t.Error("a light background did not get the light palette")
	}
	hs.send(tea.BackgroundColorMsg{Color: color.Black})
	if v := hs.m.View().Content; !strings.Contains(v, dark) {
		t.Error("a dark background did not get the dark palette")
	}
}
