package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// checkinModel asks "how does your hip feel, 0 to 10". A number key
// answers; 1 waits a moment for a 0 (to make 10); Enter skips. It is used
// before a session and, inside the summary, after one.
type checkinModel struct {
	keys keyMap
	st   styles
	// one is set after a 1, which may be the start of 10.
	one bool
}

func newCheckin(keys keyMap, st styles) checkinModel { return checkinModel{keys: keys, st: st} }

// answer takes a key. done is set once the check-in is over, with pain nil
// when it was skipped. It answers at once rather than through a command so
// the screen that asked moves on with the same key press.
func (m checkinModel) answer(k tea.KeyPressMsg) (next checkinModel, done bool, pain *int) {
	value := func(n int) *int { return &n }
	s := k.String()
	switch {
	case m.one && s == "0":
		return checkinModel{keys: m.keys, st: m.st}, true, value(10)
	case m.one:
		return checkinModel{keys: m.keys, st: m.st}, true, value(1)
	case s == "1":
		m.one = true
		return m, false, nil
	case len(s) == 1 && s[0] >= '0' && s[0] <= '9':
		return m, true, value(int(s[0] - '0'))
	case key.Matches(k, m.keys.Enter), s == "esc", s == "s":
		return m, true, nil
	}
	return m, false, nil
}

// scale draws the 0–10 scale in width w, marking a pending 1.
func (m checkinModel) scale(w int) string {
	st := m.st
	gap := "  "
	if w < 44 {
		gap = " "
	}
	var cells []string
	for i := 0; i <= 10; i++ {
		c := fmt.Sprintf("%2d", i)
		if m.one && i == 1 {
			c = st.accent.Render(c)
		}
		cells = append(cells, c)
	}
	line := strings.Join(cells, gap)
	ends := " no pain" + strings.Repeat(" ", max(lipgloss.Width(line)-13, 1)) + "worst"
	return line + "\n" + st.dim.Render(ends)
}

// checkinView is the check-in screen before a session.
func checkinView(m checkinModel, w int) string {
	st := m.st
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach") + st.dim.Render(" · check-in") + "\n\n")
	b.WriteString(st.title.Render("How does your hip feel right now?") + "\n" + st.dim.Render("0 (no pain) – 10 (worst)") + "\n\n")
	b.WriteString(m.scale(w) + "\n\n")
	b.WriteString(st.dim.Render(bullet("Kept in your history, so you can see whether the pain is easing.", w)))
	return b.String()
}
