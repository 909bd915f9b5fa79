package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// checkinDoneMsg tells the root the check-in before a session is over; pain
// is nil when it was skipped.
type checkinDoneMsg struct{ pain *int }

// checkinModel asks "how does your hip feel, 0 to 10". A number key
// answers; 1 waits a moment for a 0 (to make 10); Enter skips. It is a
// screen of its own before a session and part of the summary after one.
type checkinModel struct {
	c *common
	// one is set after a 1, which may be the start of 10.
	one bool
}

func newCheckin(c *common) checkinModel { return checkinModel{c: c} }

// update is the check-in screen's: an answer ends it, q quits (Esc skips,
// as it does in the summary's check-in).
func (m checkinModel) update(msg tea.Msg) (checkinModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	if key.Matches(k, m.c.keys.Quit) && !key.Matches(k, m.c.keys.Skip) {
		return m, quitMsg{}
	}
	var done bool
	var pain *int
	if m, done, pain = m.answer(k); done {
		return m, checkinDoneMsg{pain}
	}
	return m, nil
}

// answer takes a key. done is set once the check-in is over, with pain nil
// when it was skipped. It answers at once rather than through a message so
// the summary, which asks it too, moves on with the same key press.
func (m checkinModel) answer(k tea.KeyPressMsg) (next checkinModel, done bool, pain *int) {
	keys := m.c.keys
	switch {
	case m.one && key.Matches(k, keys.Zero):
		return newCheckin(m.c), true, new(10)
	case m.one:
		return newCheckin(m.c), true, new(1)
	case key.Matches(k, keys.One):
		m.one = true
		return m, false, nil
	case key.Matches(k, keys.Digit):
		return m, true, new(int(k.String()[0] - '0'))
	case key.Matches(k, keys.Skip):
		return m, true, nil
	}
	return m, false, nil
}

// scale draws the 0–10 scale in width w, marking a pending 1.
func (m checkinModel) scale(w int) string {
	st := m.c.styles
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

// keys are the check-in's, as they stand: a pending 1 waits for a 0.
func (m checkinModel) keys() screenKeys { return m.c.keys.checkinKeys(m.one) }

// view is the check-in screen before a session.
func (m checkinModel) view() string {
	st, w := m.c.styles, m.c.width-4
	question := st.title.Render(wrapTo(w).Render("How does your hip feel right now?"))
	kept := st.dim.Render(bullet("Kept in your history, so you can see whether the pain is easing.", w))
	full := st.accent.Render("hipcoach") + st.dim.Render(" · check-in") + "\n\n" +
		question + "\n" + st.dim.Render("0 (no pain) – 10 (worst)") + "\n\n" +
		m.scale(w) + "\n\n" + kept
	if m.c.fitsPage(full, m.keys()) {
		return m.c.pageKeys(full, m.keys())
	}
	// A short terminal: the question and the scale, whose ends say what 0
	// and 10 mean, before anything else.
	return m.c.pageKeys(question+"\n"+m.scale(w)+"\n\n"+kept, m.keys())
}
