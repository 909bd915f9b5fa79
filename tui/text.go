package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/progress"
	"charm.land/lipgloss/v2"
)

// lowerFirst lower-cases the first letter, to run a sentence on after a label.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// bullet wraps text to width w with a hanging indent under "• ".
func bullet(text string, w int) string { return hanging("•", text, w) }

// hanging wraps text to width w after a one-column mark ("•", "✓"), with
// the lines after the first indented under the text.
func hanging(mark, text string, w int) string {
	body := lipgloss.NewStyle().Width(max(w-2, 10)).Render(text)
	return mark + " " + strings.ReplaceAll(body, "\n", "\n  ")
}

// spread puts left and right at the two ends of a line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// bar draws a static progress bar (no animation, so no extra frames).
func bar(w int, done float64, c color.Color) string {
	p := progress.New(progress.WithColors(c), progress.WithWidth(w), progress.WithFillCharacters('█', '░'), progress.WithoutPercentage())
	return p.ViewAs(done)
}
