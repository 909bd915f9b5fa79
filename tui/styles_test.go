package tui

import (
	"image/color"
	"math"
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

// The screens draw with the light palette once the terminal says its
// background is light, and with the dark one until then.
func TestBackgroundPicksThePalette(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	_ = hs.m.View()
	if colorGetReady != darkPalette.getReady || poseStyle.GetForeground() != darkPalette.pose {
		t.Error("before the terminal answers, the palette is not the dark one")
	}
	hs.send(tea.BackgroundColorMsg{Color: color.White})
	_ = hs.m.View()
	if colorGetReady != lightPalette.getReady || poseStyle.GetForeground() != lightPalette.pose {
		t.Error("a light background did not get the light palette")
	}
	hs.send(tea.BackgroundColorMsg{Color: color.Black})
	_ = hs.m.View()
	if colorGetReady != darkPalette.getReady {
		t.Error("a dark background did not get the dark palette")
	}
}
