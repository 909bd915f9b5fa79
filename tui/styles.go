package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// palette is the colour set for one kind of terminal background. Bright
// colours that read well from the floor on a dark background all but
// vanish on a light one (yellow digits on white are under 2:1), so a light
// background gets darker shades of the same hues. Every colour is paired
// with a word, never used alone.
type palette struct {
	getReady, work, roll, switchSides, paused color.Color
	dim, accent, warn, pose                   color.Color
	// badgeText is the word on a phase-coloured badge.
	badgeText color.Color
}

var (
	darkPalette = palette{
		getReady: lipgloss.Color("#E5B400"), work: lipgloss.Color("#2FBF71"), roll: lipgloss.Color("#2D9CDB"),
		switchSides: lipgloss.Color("#B45CE0"), paused: lipgloss.Color("#F2784B"),
		dim: lipgloss.Color("#808080"), accent: lipgloss.Color("#8A66F6"), warn: lipgloss.Color("#E0553D"),
		pose: lipgloss.Color("#C9C9D6"), badgeText: lipgloss.Color("#101010"),
	}
	lightPalette = palette{
		getReady: lipgloss.Color("#785E00"), work: lipgloss.Color("#1B6F42"), roll: lipgloss.Color("#196793"),
		switchSides: lipgloss.Color("#9426CA"), paused: lipgloss.Color("#AF380D"),
		dim: lipgloss.Color("#616161"), accent: lipgloss.Color("#6637F2"), warn: lipgloss.Color("#B2331D"),
		pose: lipgloss.Color("#5E5E7C"), badgeText: lipgloss.Color("#FFFFFF"),
	}
)

// styles are the colours and styles the screens draw with, built from one
// palette. The root model builds them once per background and hands them
// to each screen, as gum does, so what a screen draws depends on its model
// alone.
type styles struct {
	// The phases' colours, each shown with its word.
	getReady, work, roll, switchSides, paused color.Color
	accentColor                               color.Color

	title, name, dim, accent, warn, pose lipgloss.Style
	badgeBase                            lipgloss.Style
	// band is the side band beside the big display.
	band lipgloss.Style
}

// newStyles builds the styles of a palette.
func newStyles(p palette) styles {
	return styles{
		getReady: p.getReady, work: p.work, roll: p.roll, switchSides: p.switchSides, paused: p.paused,
		accentColor: p.accent,
		title:       lipgloss.NewStyle().Bold(true),
		name:        lipgloss.NewStyle().Bold(true),
		dim:         lipgloss.NewStyle().Foreground(p.dim),
		accent:      lipgloss.NewStyle().Foreground(p.accent).Bold(true),
		warn:        lipgloss.NewStyle().Foreground(p.warn).Bold(true),
		pose:        lipgloss.NewStyle().Foreground(p.pose),
		badgeBase:   lipgloss.NewStyle().Bold(true).Padding(0, 1).Foreground(p.badgeText),
		band:        lipgloss.NewStyle().Bold(true).Foreground(p.badgeText).Background(p.accent),
	}
}

// stylesFor are the styles for a light or a dark background.
func stylesFor(light bool) styles {
	if light {
		return newStyles(lightPalette)
	}
	return newStyles(darkPalette)
}

// badge draws a word on a coloured background, like a status pill.
func (st styles) badge(word string, c color.Color) string {
	return st.badgeBase.Background(c).Render(word)
}

// helpModel is bubbles/help drawn in these styles, w columns wide.
func (st styles) helpModel(w int) help.Model {
	h := help.New()
	h.Styles = help.Styles{
		ShortKey: st.title, ShortDesc: st.dim, ShortSeparator: st.dim, Ellipsis: st.dim,
		FullKey: st.title, FullDesc: st.dim, FullSeparator: st.dim,
	}
	h.ShortSeparator = " · "
	h.SetWidth(w)
	return h
}

// truncateLines cuts each line of s to w columns.
func truncateLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	return strings.Join(lines, "\n")
}
