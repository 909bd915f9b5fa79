package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Colours are chosen to read on dark and light backgrounds alike; every
// colour is paired with a word, never used alone.
var (
	colorGetReady = lipgloss.Color("#E5B400")
	colorWork     = lipgloss.Color("#2FBF71")
	colorRoll     = lipgloss.Color("#2D9CDB")
	colorSwitch   = lipgloss.Color("#B45CE0")
	colorPaused   = lipgloss.Color("#F2784B")
	colorDim      = lipgloss.Color("#808080")
	colorAccent   = lipgloss.Color("#7D56F4")
	colorWarn     = lipgloss.Color("#E0553D")
)

var (
	titleStyle  = lipgloss.NewStyle().Bold(true)
	dimStyle    = lipgloss.NewStyle().Foreground(colorDim)
	accentStyle = lipgloss.NewStyle().Foreground(colorAccent).Bold(true)
	warnStyle   = lipgloss.NewStyle().Foreground(colorWarn).Bold(true)
	nameStyle   = lipgloss.NewStyle().Bold(true)
	badgeStyle  = lipgloss.NewStyle().Bold(true).Padding(0, 1).Foreground(lipgloss.Color("#101010"))
	pageStyle   = lipgloss.NewStyle().Padding(1, 2)
	poseStyle   = lipgloss.NewStyle().Foreground(lipgloss.Color("#C9C9D6"))
)

// badge draws a word on a coloured background, like a status pill.
func badge(word string, c color.Color) string {
	return badgeStyle.Background(c).Render(word)
}
