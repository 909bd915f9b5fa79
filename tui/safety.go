package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// safetyDoneMsg tells the root the safety notice was read: on to the
// check-in.
type safetyDoneMsg struct{}

// quitMsg tells the root to end the program the ordinary way.
type quitMsg struct{}

// safetyModel is the first screen of every run: the article's advice to
// see a professional first and when to stop, with what the user will hear
// and whether their history can be kept.
type safetyModel struct {
	c     *common
	pager pager
	// audio and history are notes for this run, from the command line.
	audio, history string
	// needs and caveat, when a routine was named on the command line, are
	// what it needs and, before foam rolling, the fresh-strain caveat.
	needs, caveat string
}

// newSafety is the notice for a run; r is the routine named on the command
// line, with o its options, or nil when the picker will ask.
func newSafety(c *common, audio, history string, r *routines.Routine, o routines.Options) safetyModel {
	m := safetyModel{c: c, pager: newPager(c), audio: audio, history: history}
	if r != nil {
		m.needs = r.NeedsLine(o)
		m.caveat = rollingCaveat(*r, o)
	}
	return m
}

// rollingCaveat is the fresh-strain caveat when a session of r with o
// rolls (content.md, "Fresh injury": no massage in the first days after
// a strain, and rolling is a massage of sorts), else "".
func rollingCaveat(r routines.Routine, o routines.Options) string {
	for _, s := range r.StepsFor(o) {
		if s.Exercise.ID == routines.FoamRolling.ID {
			return "Before foam rolling: " + lowerFirst(routines.FreshInjuryCaveat)
		}
	}
	return ""
}

// update scrolls the notice, goes on (Enter) or quits.
func (m safetyModel) update(msg tea.Msg) (safetyModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	var scrolled bool
	if m.pager, scrolled = m.pager.scroll(k, m.body(), m.keys()); scrolled {
		return m, nil
	}
	switch {
	case key.Matches(k, m.c.keys.Enter):
		return m, safetyDoneMsg{}
	case key.Matches(k, m.c.keys.Quit):
		return m, quitMsg{}
	}
	return m, nil
}

func (m safetyModel) keys() screenKeys { return m.c.keys.safetyKeys() }

func (m safetyModel) view() string { return m.pager.view(m.body(), m.keys()) }

// body is the notice, wrapped to the page.
func (m safetyModel) body() string {
	st, w := m.c.styles, m.c.width-4
	wrap := wrapTo(w)
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach") + st.dim.Render(" · hip-flexor stretch coach") + "\n\n")
	b.WriteString(st.warn.Render("Before you start") + "\n\n")
	for _, line := range routines.Safety {
		b.WriteString(bullet(line, w) + "\n")
	}
	if m.caveat != "" {
		b.WriteString(st.warn.Render(bullet(m.caveat, w)) + "\n")
	}
	if m.needs != "" {
		b.WriteString("\n" + wrap.Render(m.needs) + "\n")
	}
	b.WriteString("\n" + st.dim.Render(wrap.Render(routines.NotAdviceLine)) + "\n\n")
	b.WriteString(wrap.Render("Once it starts you won't need the keyboard: every hold is counted, you're told when to switch sides, and it moves on by itself.") + "\n")
	if m.audio != "" {
		b.WriteString(st.dim.Render(wrap.Render(m.audio)) + "\n")
	}
	if m.history != "" {
		b.WriteString(st.warn.Render(wrap.Render(m.history)) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
