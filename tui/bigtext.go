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
	// figureSpace: a blank as wide as a digit, to right-align a rep number.
	figureSpace: {"     ", "     ", "     ", "     ", "     "},
	// pauseSign: two bars, the pause sign, for a clock stopped.
	pauseSign: {"██ ██", "██ ██", "██ ██", "██ ██", "██ ██"},
}

// pauseSign is the rune the big display shows while paused.
const pauseSign = '‖'

// figureSpace pads a one-digit rep number to the width of two digits, so
// the movement word beside it stays put from rep 9 to rep 10.
const figureSpace = '\u2007'

// bigFont is one size of the big display: the block font with each font
// pixel scale cells wide and high rows tall, or, with half set, packed two
// pixel rows to a cell with half blocks (▀ ▄ █) into three rows, for
// terminals too short for five.
type bigFont struct {
	scale, high int
	half        bool
}

// bigFonts are the sizes the big display comes in, richest first. None is
// taller than 10 rows: from two metres that reads as well as 20, and the
// rows are worth more to the picture. The thin tall shapes (one cell wide
// per two rows) are left out: they read worse than a smaller square one.
var bigFonts = []bigFont{
	{scale: 4, high: 2}, {scale: 3, high: 2}, {scale: 2, high: 2},
	{scale: 2, high: 1}, {scale: 1, high: 1}, {scale: 1, half: true},
}

// tall reports a font of 10 rows, which only a terminal of tallRows or
// more gets: at 80×24 the 5-row font reads from the floor as well, and
// each second's change of a 10-row one is four times the cells to write.
func (f bigFont) tall() bool { return f.high > 1 }

// tallRows is the least height of terminal that gets the 10-row font.
const tallRows = 30

// rows is how tall the font draws.
func (f bigFont) rows() int {
	if f.half {
		return (glyphRows + 1) / 2
	}
	return glyphRows * f.high
}

// draw draws s in the font; runes without a glyph are left out.
func (f bigFont) draw(s string) string {
	if !f.half {
		return bigText(s, f.scale, f.high)
	}
	full := strings.Split(bigText(s, f.scale, 1), "\n")
	var out []string
	for i := 0; i < len(full); i += 2 {
		top := []rune(full[i])
		var bottom []rune
		if i+1 < len(full) {
			bottom = []rune(full[i+1])
		}
		var b strings.Builder
		for j, t := range top {
			up, down := t != ' ', j < len(bottom) && bottom[j] != ' '
			switch {
			case up && down:
				b.WriteRune('█')
			case up:
				b.WriteRune('▀')
			case down:
				b.WriteRune('▄')
			default:
				b.WriteByte(' ')
			}
		}
		out = append(out, b.String())
	}
	return strings.Join(out, "\n")
}

// width is how many columns draw(s) takes.
func (f bigFont) width(s string) int { return bigWidth(s, f.scale) }

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
	lines := make([]string, 0, glyphRows*max(high, 1))
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

// bigPainter paints lines in colour c (nil for the terminal's own), bold
// if asked. Unlike a lipgloss style it does not measure each line to pad
// it: it runs every second on the largest thing on the screen.
func bigPainter(c color.Color, bold bool) func(string) string {
	st := ansi.NewStyle()
	if bold {
		st = st.Bold()
	}
	if c != nil {
		st = st.ForegroundColor(c)
	}
	return func(line string) string { return st.Styled(line) }
}
