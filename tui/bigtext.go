package tui

import (
	"image/color"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// glyphRows is the height of the block font: tall enough to read a
// countdown from the floor two metres away.
const glyphRows = 5

// glyphs is a 5-row block font for the countdown digits, the rep counts and
// the movement words (UP, HOLD, DOWN, CIRCLE, FORWARD, BACK).
var glyphs = map[rune][glyphRows]string{
	'0': {"█████", "█   █", "█   █", "█   █", "█████"},
	'1': {"  █  ", " ██  ", "  █  ", "  █  ", " ███ "},
	'2': {"█████", "    █", "█████", "█    ", "█████"},
	'3': {"█████", "    █", " ████", "    █", "█████"},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "█████", "    █", "█████"},
	'6': {"█████", "█    ", "█████", "█   █", "█████"},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {"█████", "█   █", "█████", "█   █", "█████"},
	'9': {"█████", "█   █", "█████", "    █", "█████"},
	':': {" ", "█", " ", "█", " "},
	'L': {"█    ", "█    ", "█    ", "█    ", "█████"},
	'E': {"█████", "█    ", "████ ", "█    ", "█████"},
	'F': {"█████", "█    ", "████ ", "█    ", "█    "},
	'T': {"█████", "  █  ", "  █  ", "  █  ", "  █  "},
	'R': {"████ ", "█   █", "████ ", "█  █ ", "█   █"},
	'I': {"███", " █ ", " █ ", " █ ", "███"},
	'G': {"█████", "█    ", "█  ██", "█   █", "█████"},
	'H': {"█   █", "█   █", "█████", "█   █", "█   █"},
	'A': {" ███ ", "█   █", "█████", "█   █", "█   █"},
	'B': {"████ ", "█   █", "████ ", "█   █", "████ "},
	'C': {" ████", "█    ", "█    ", "█    ", " ████"},
	'D': {"████ ", "█   █", "█   █", "█   █", "████ "},
	'K': {"█   █", "█  █ ", "███  ", "█  █ ", "█   █"},
	'N': {"█   █", "██  █", "█ █ █", "█  ██", "█   █"},
	'O': {" ███ ", "█   █", "█   █", "█   █", " ███ "},
	'P': {"████ ", "█   █", "████ ", "█    ", "█    "},
	'S': {" ████", "█    ", " ███ ", "    █", "████ "},
	'U': {"█   █", "█   █", "█   █", "█   █", " ███ "},
	'W': {"█   █", "█   █", "█ █ █", "██ ██", "█   █"},
	' ': {"  ", "  ", "  ", "  ", "  "},
	// pauseSign: two bars, the pause sign, for a clock stopped.
	pauseSign: {"██ ██", "██ ██", "██ ██", "██ ██", "██ ██"},
}

// pauseSign is the rune the big display shows while paused.
const pauseSign = '‖'

// bigText draws s in the block font, each font pixel scale cells wide and
// high rows tall, with one column (times scale) between glyphs. Runes
// without a glyph are left out.
func bigText(s string, scale, high int) string {
	var rows [glyphRows]strings.Builder
	first := true
	for _, r := range s {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		for i := range rows {
			if !first {
				rows[i].WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range g[i] {
				rows[i].WriteString(strings.Repeat(string(c), scale))
			}
		}
		first = false
	}
	var lines []string
	for i := range rows {
		for range max(high, 1) {
			lines = append(lines, rows[i].String())
		}
	}
	return strings.Join(lines, "\n")
}

// bigWidth is how many columns bigText(s, scale, …) takes, counted without
// drawing it.
func bigWidth(s string, scale int) int {
	w, n := 0, 0
	for _, r := range s {
		if g, ok := glyphs[r]; ok {
			w += len([]rune(g[0])) * scale
			n++
		}
	}
	if n > 1 {
		w += (n - 1) * scale
	}
	return w
}

// paint makes a block of big text bold, in colour c (nil for the
// terminal's own), line by line. Unlike a lipgloss style it does not
// measure each line to pad it: the block's lines are all one width, and
// this runs every second on the largest thing on the screen.
func paint(block string, c color.Color) string {
	st := ansi.NewStyle().Bold()
	if c != nil {
		st = st.ForegroundColor(c)
	}
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		lines[i] = st.Styled(l)
	}
	return strings.Join(lines, "\n")
}
