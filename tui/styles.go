package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"
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

// The colours and styles of the screens, for the palette in use: the
// root's View sets them from its model before it draws anything.
var (
	colorGetReady, colorWork, colorRoll, colorSwitch, colorPaused color.Color
	colorAccent                                                   color.Color

	titleStyle  = lipgloss.NewStyle().Bold(true)
	nameStyle   = lipgloss.NewStyle().Bold(true)
	dimStyle    lipgloss.Style
	accentStyle lipgloss.Style
	warnStyle   lipgloss.Style
	badgeStyle  lipgloss.Style
	poseStyle   lipgloss.Style
)

// inUse is the palette the styles were last set from.
var inUse *palette

func init() { usePalette(&darkPalette) }

// usePalette sets the screens' colours and the styles built on them,
// unless they are set from that palette already.
func usePalette(p *palette) {
	if inUse == p {
		return
	}
	inUse = p
	colorGetReady, colorWork, colorRoll, colorSwitch, colorPaused = p.getReady, p.work, p.roll, p.switchSides, p.paused
	colorAccent = p.accent
	dimStyle = lipgloss.NewStyle().Foreground(p.dim)
	accentStyle = lipgloss.NewStyle().Foreground(p.accent).Bold(true)
	warnStyle = lipgloss.NewStyle().Foreground(p.warn).Bold(true)
	badgeStyle = lipgloss.NewStyle().Bold(true).Padding(0, 1).Foreground(p.badgeText)
	poseStyle = lipgloss.NewStyle().Foreground(p.pose)
}

// badge draws a word on a coloured background, like a status pill.
func badge(word string, c color.Color) string {
	return badgeStyle.Background(c).Render(word)
}
