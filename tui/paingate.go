package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// goOnGentlyMsg tells the root the user chose to go on past the pain gate,
// to what the check-in was for: the first session, or the same routine
// again when again is set; pain is the check-in that stopped at the gate.
type goOnGentlyMsg struct {
	again bool
	pain  int
}

// painGateModel stops the run after a check-in of routines.SeverePain or
// more, before anything is stretched: the advice to see a professional
// first, and a choice, to stop (the default, Enter) or to go on gently.
// Nothing starts from here by itself.
type painGateModel struct {
	c     *common
	pager pager
	pain  int
	// again is set when the gate stands before running the same routine
	// again, rather than before the first session.
	again bool
}

func newPainGate(c *common, pain int, again bool) painGateModel {
	return painGateModel{c: c, pager: newPager(c), pain: pain, again: again}
}

// gentleLine is the reminder on show after going on gently from a check-in
// of pain.
func gentleLine(pain int) string {
	return fmt.Sprintf("Pain %d out of 10: %s", pain, routines.GentleAdvice)
}

// gentleShort is gentleLine's gist, for a screen too short for it.
const gentleShort = "All easier: stop if the pain rises."

// severe reports a check-in of routines.SeverePain or more.
func severe(pain *int) bool { return pain != nil && *pain >= routines.SeverePain }

// update scrolls the advice, stops (Enter, q, Esc) or goes on gently (g).
func (m painGateModel) update(msg tea.Msg) (painGateModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	var scrolled bool
	if m.pager, scrolled = m.pager.scroll(k, m.body(), m.keys()); scrolled {
		return m, nil
	}
	switch {
	case key.Matches(k, m.c.keys.Gently):
		return m, goOnGentlyMsg{again: m.again, pain: m.pain}
	case key.Matches(k, m.c.keys.Enter), key.Matches(k, m.c.keys.Quit):
		return m, quitMsg{}
	}
	return m, nil
}

func (m painGateModel) keys() screenKeys { return m.c.keys.painGateKeys() }

func (m painGateModel) view() string { return m.pager.view(m.body(), m.keys()) }

// body is the advice, wrapped to the page.
func (m painGateModel) body() string {
	st, w := m.c.styles, m.c.width-4
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach") + st.dim.Render(" · check-in") + "\n\n")
	b.WriteString(st.warn.Render(fmt.Sprintf("Pain %d out of 10", m.pain)) + "\n\n")
	b.WriteString(st.warn.Render(wrapTo(w).Render(routines.PainGateLine)) + "\n\n")
	// Not routines.DuringLine: its "up to about 5 out of 10" is a limit
	// a person at this screen is already above.
	b.WriteString(bullet("If you go on (g): "+routines.GentleAdvice, w) + "\n")
	b.WriteString(st.dim.Render(bullet(routines.NotAdviceLine, w)))
	return b.String()
}
