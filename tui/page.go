package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// pager shows the text of a screen whose every line matters (the safety
// notice, the pain advice, the summary with its advice): whole when it
// fits, or else a window of it that ↑/↓, j/k, page up and page down move,
// with the keys kept at the bottom. It answers to none of the keys those
// screens use for themselves.
type pager struct {
	c  *common
	vp viewport.Model
}

func newPager(c *common) pager {
	vp := viewport.New()
	off := key.NewBinding(key.WithDisabled())
	vp.KeyMap = viewport.KeyMap{
		Up:           c.keys.Up,
		Down:         c.keys.Down,
		PageUp:       c.keys.PageUp,
		PageDown:     c.keys.PageDown,
		HalfPageUp:   off,
		HalfPageDown: off,
		Left:         off,
		Right:        off,
	}
	return pager{c: c, vp: vp}
}

// scroll moves the text, showing body with keys under it, if k is one of
// the pager's keys, and reports whether it was.
func (p pager) scroll(k tea.KeyPressMsg, body string, keys screenKeys) (pager, bool) {
	km := p.vp.KeyMap
	if !key.Matches(k, km.Up, km.Down, km.PageUp, km.PageDown) {
		return p, false
	}
	p.vp, _, _ = p.sized(body, keys)
	p.vp, _ = p.vp.Update(k)
	return p, true
}

// sized is the viewport filled with body and sized to the rows its key
// help leaves, with the key help, and whether body fits without scrolling.
func (p pager) sized(body string, k screenKeys) (vp viewport.Model, keys string, fits bool) {
	keys = p.c.keyLine(k)
	rows := p.c.height - 2 - 1 - lipgloss.Height(keys) // the page's margins, the gap above the keys
	vp = p.vp
	vp.SetWidth(p.c.width - 4)
	// Scrolled, the line saying there is more takes the gap above the keys.
	vp.SetHeight(max(rows, 1))
	vp.SetContent(body)
	return vp, keys, lipgloss.Height(body) <= rows
}

// view draws body whole when it fits, or else a window of it, a line
// saying there is more, and the keys, which stay at the bottom.
func (p pager) view(body string, k screenKeys) string {
	vp, keys, fits := p.sized(body, k)
	if fits {
		return p.c.page(vp.GetContent() + "\n\n" + keys)
	}
	more := "↓ more below"
	switch {
	case vp.AtBottom():
		more = "↑ more above"
	case !vp.AtTop():
		more = "↑↓ more above and below"
	}
	st := p.c.styles
	return p.c.page(vp.View() + "\n" + st.warn.Render(more) + st.dim.Render(" · ↑/↓ scroll") + "\n" + keys)
}
