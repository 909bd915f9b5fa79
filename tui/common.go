package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// common is what every screen shares: the terminal's size, the styles for
// its background, the key map and whether every key is shown. The root
// model owns it and each screen holds a pointer to it, so a resize, a new
// background or ? reaches every screen at once instead of being copied
// into each by hand.
type common struct {
	// termWidth and height are the terminal's; width is a page's, at most
	// maxPageWidth, centred in the terminal.
	termWidth, width, height int
	keys                     keyMap
	// light is set once the terminal says its background is light; until
	// then (and if it never says) the colours suit a dark one. styles are
	// built from it.
	light  bool
	styles styles
	// allKeys shows every key of the screen on show, after ?. It mirrors
	// the root's help overlay, which alone sets it (Model.setOverlay).
	allKeys bool
}

// maxPageWidth is the widest a page of text (safety, picker, summary,
// library) is laid out; wider terminals centre it.
const maxPageWidth = 110

func newCommon() *common {
	return &common{keys: newKeyMap(), styles: stylesFor(false)}
}

// setSize takes the terminal's new size. Pages of text read best at most
// maxPageWidth wide, centred; the session uses the whole width for its big
// display.
func (c *common) setSize(w, h int) {
	c.termWidth, c.width, c.height = w, min(w, maxPageWidth), h
}

// setBackground picks the styles for a light or a dark background.
func (c *common) setBackground(light bool) {
	c.light, c.styles = light, stylesFor(light)
}

// tooSmall reports a terminal below the minimum for any screen.
func (c *common) tooSmall() bool { return c.termWidth < MinWidth || c.height < MinHeight }

// keyLine is a screen's key help fitted to a page, short (on two lines at
// most) or in full as ? has it.
func (c *common) keyLine(k screenKeys) string {
	return c.styles.keyLine(c.width-4, k, c.allKeys, 2)
}

// page fits a screen's text into the terminal with the page's margins: long
// lines are cut with an ellipsis, and when there are too many lines the
// middle gives way so that the last line, the keys, always shows.
func (c *common) page(text string) string {
	w, h := c.width-4, c.height-2
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			// Padding that lipgloss added to line blocks up is not worth an
			// ellipsis.
			l = strings.TrimRight(l, " ")
		}
		lines[i] = ansi.Truncate(l, w, "…")
	}
	if len(lines) > h && h >= 3 {
		lines = append(append(lines[:h-2:h-2], c.styles.dim.Render("…")), lines[len(lines)-1])
	}
	return margin(strings.Join(lines, "\n"), (c.termWidth-c.width)/2)
}

// pageKeys is page for a screen and its key help: the key help stays whole
// at the bottom, and the screen's text gives way above it.
func (c *common) pageKeys(body string, k screenKeys) string {
	keys := c.keyLine(k)
	room := c.bodyRoom(keys)
	lines := strings.Split(body, "\n")
	if len(lines) > room && room >= 2 {
		lines = append(lines[:room-1:room-1], c.styles.dim.Render("…"))
	}
	return c.page(strings.Join(lines, "\n") + "\n\n" + keys)
}

// bodyRoom is the rows pageKeys has for a screen's text above its key
// help (as drawn by keyLine): the page's margins and the gap above the keys
// take the rest.
func (c *common) bodyRoom(keys string) int {
	return c.height - 2 - lipgloss.Height(keys) - 1
}

// fitsPage reports whether body shows whole above k's key help; a screen
// with a shorter form for small terminals asks before it draws.
func (c *common) fitsPage(body string, k screenKeys) bool {
	return lipgloss.Height(body) <= c.bodyRoom(c.keyLine(k))
}

// margin puts text on the page: a blank line above and below it and two
// columns to its left, as lipgloss padding would, but without measuring the width
// of every line, which on a big terminal was a third of the cost of
// drawing the session each second.
func margin(text string, extra int) string {
	left := strings.Repeat(" ", 2+max(extra, 0))
	return "\n" + left + strings.ReplaceAll(text, "\n", "\n"+left) + "\n"
}
