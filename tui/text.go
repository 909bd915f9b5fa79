package tui

import (
	"image/color"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/timer"
)

// clockOf writes a duration the way the session's clock reads (m:ss), so
// the picker and the session speak of time alike.
func clockOf(d time.Duration) string { return timer.FormatClock(timer.Seconds(d)) }

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
	body := wrapTo(max(w-2, 10)).Render(text)
	return mark + " " + strings.ReplaceAll(body, "\n", "\n  ")
}

// wrapTo wraps text at word boundaries to its width in columns, styles and
// wide characters counted right (x/ansi), without padding the short lines
// with spaces as a lipgloss width would.
type wrapTo int

// Render wraps s; a word longer than the width is broken.
func (w wrapTo) Render(s string) string { return ansi.Wrap(s, int(w), "") }

// spread puts left and right at the two ends of a line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// bar draws a static progress bar (no animation, so no extra frames):
// done of w cells filled in colour c, the rest shaded. Drawn here rather
// than with bubbles/progress, which blends a gradient cell by cell and
// cost a tenth of the session's second.
func bar(w int, done float64, c color.Color) string {
	filled := min(max(int(float64(w)*done+0.5), 0), w)
	var out string
	if filled > 0 {
		out = bigPainter(c, false)(strings.Repeat("█", filled))
	}
	if filled < w {
		out += bigPainter(barShade, false)(strings.Repeat("░", w-filled))
	}
	return out
}

// barShade is the colour of a bar's empty part, as bubbles/progress drew it.
var barShade = lipgloss.Color("#606060")
