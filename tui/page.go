package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// newScroller is the viewport for the screens whose every line matters (the
// safety notice, the pain advice, the summary with its advice): ↑/↓, j/k, page up and page
// down, and none of the keys those screens use for themselves.
func newScroller() viewport.Model {
	vp := viewport.New()
	off := key.NewBinding(key.WithDisabled())
	vp.KeyMap = viewport.KeyMap{
		Up:           key.NewBinding(key.WithKeys("up", "k")),
		Down:         key.NewBinding(key.WithKeys("down", "j")),
		PageUp:       key.NewBinding(key.WithKeys("pgup")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "space")),
		HalfPageUp:   off,
		HalfPageDown: off,
		Left:         off,
		Right:        off,
	}
	return vp
}

// scrolls reports whether k moves the scroller.
func scrolls(km viewport.KeyMap, k tea.KeyPressMsg) bool {
	return key.Matches(k, km.Up, km.Down, km.PageUp, km.PageDown)
}

// scrollParts are the scrolling screen's text and its keys.
func (m Model) scrollParts() (body string, keys screenKeys) {
	switch m.screen {
	case screenSummary:
		return m.summary.View(), m.summary.keyHelp()
	case screenPainGate:
		return painGateView(m.styles, m.width-4, *m.painBefore), m.keys.painGateKeys()
	}
	return safetyView(m.styles, m.width-4, m.cfg.AudioNote, m.cfg.HistoryNote), m.keys.safetyKeys()
}

// sized is the scroller filled with the screen's text and sized to the rows
// its key help leaves, with the key help, and whether the text fits without
// scrolling.
func (m Model) sized() (vp viewport.Model, keys string, fits bool) {
	body, k := m.scrollParts()
	keys = m.styles.keyLine(m.width-4, k, m.allKeys)
	rows := m.height - 2 - 1 - lipgloss.Height(keys) // the page's margins, the gap above the keys
	vp = m.scroller
	vp.SetWidth(m.width - 4)
	vp.SetHeight(max(rows-1, 1)) // one line says there is more
	vp.SetContent(body)
	return vp, keys, lipgloss.Height(body) <= rows
}

// scrolled draws the safety notice or the summary: whole when it fits, or
// else a window of it, a line saying there is more, and the keys, which
// stay at the bottom.
func (m Model) scrolled() string {
	vp, keys, fits := m.sized()
	if fits {
		return m.page(vp.GetContent() + "\n\n" + keys)
	}
	more := "↓ more below"
	switch {
	case vp.AtBottom():
		more = "↑ more above"
	case !vp.AtTop():
		more = "↑↓ more above and below"
	}
	st := m.styles
	return m.page(vp.View() + "\n" + st.warn.Render(more) + st.dim.Render(" · ↑/↓ scroll") + "\n" + keys)
}

// page fits a screen's text into the terminal with the page's margins: long
// lines are cut with an ellipsis, and when there are too many lines the
// middle gives way so that the last line, the keys, always shows.
func (m Model) page(text string) string {
	w, h := m.width-4, m.height-2
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
		lines = append(append(lines[:h-2:h-2], m.styles.dim.Render("…")), lines[len(lines)-1])
	}
	return margin(strings.Join(lines, "\n"), (m.termWidth-m.width)/2)
}

// pageKeys is page for a screen and its key help: the key help stays whole
// at the bottom, and the screen's text gives way above it.
func (m Model) pageKeys(body string, k screenKeys) string {
	keys := m.styles.keyLine(m.width-4, k, m.allKeys)
	room := m.height - 2 - lipgloss.Height(keys) - 1
	lines := strings.Split(body, "\n")
	if len(lines) > room && room >= 2 {
		lines = append(lines[:room-1:room-1], m.styles.dim.Render("…"))
	}
	return m.page(strings.Join(lines, "\n") + "\n\n" + keys)
}

// margin puts text on the page: a blank line above and below it and two
// columns to its left, as lipgloss padding would, but without measuring the width
// of every line, which on a big terminal was a third of the cost of
// drawing the session each second.
func margin(text string, extra int) string {
	left := strings.Repeat(" ", 2+max(extra, 0))
	return "\n" + left + strings.ReplaceAll(text, "\n", "\n"+left) + "\n"
}
