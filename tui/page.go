package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// scrollText is the text of the screen on show that can scroll.
func (m Model) scrollText() string {
	if m.screen == screenSummary {
		return m.summary.View()
	}
	return safetyView(m.styles, m.width-4, m.cfg.AudioNote, m.cfg.HistoryNote)
}

// scrollLimit is how far the scrollable screen can scroll at this size:
// its lines above the key line, less the rows there are for them (the
// page less the key line and the line that says there is more).
func (m Model) scrollLimit(text string) int {
	return max(strings.Count(text, "\n")-(m.height-2-2), 0)
}

// scrollBy moves the scrollable screen's text by n lines, within bounds.
func (m Model) scrollBy(n int) Model {
	if m.scrolledOn != m.screen {
		m.scroll, m.scrolledOn = 0, m.screen
	}
	m.scroll = min(max(m.scroll+n, 0), m.scrollLimit(m.scrollText()))
	return m
}

// scrolled is page for the screens whose every line matters (the safety
// notice, the summary's advice): when the text is taller than the
// terminal it shows a window of it, says there is more, and ↑/↓ move the
// window, instead of leaving lines out. The key line stays at the bottom.
func (m Model) scrolled(text string) string {
	st := m.styles
	limit := m.scrollLimit(text)
	if limit == 0 {
		return m.page(text)
	}
	off := 0
	if m.scrolledOn == m.screen {
		off = min(m.scroll, limit)
	}
	lines := strings.Split(text, "\n")
	body, keys := lines[:len(lines)-1], lines[len(lines)-1]
	room := m.height - 2 - 2
	more := "↓ more below"
	switch {
	case off == limit:
		more = "↑ more above"
	case off > 0:
		more = "↑↓ more above and below"
	}
	window := append(body[off:off+room:off+room], st.warn.Render(more)+st.dim.Render(" · ↑/↓ scroll"), keys)
	return m.page(strings.Join(window, "\n"))
}

// page fits a screen's text into the terminal with the page's margins: long
// lines are cut with an ellipsis, and when there are too many lines the
// middle gives way so that the last line, the keys, always shows.
func (m Model) page(text string) string {
	st := m.styles
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
		lines = append(append(lines[:h-2:h-2], st.dim.Render("…")), lines[len(lines)-1])
	}
	return margin(strings.Join(lines, "\n"))
}

// margin puts text on the page: a blank line above and below it and two
// columns to its left, as lipgloss padding would, but without measuring the width
// of every line, which on a big terminal was a third of the cost of
// drawing the session each second.
func margin(text string) string {
	return "\n  " + strings.ReplaceAll(text, "\n", "\n  ") + "\n"
}
