package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/timer"
)

// goOnMsg tells the root the user chose not to quit; resume is set when
// the clock was running before they asked.
type goOnMsg struct{ resume bool }

// quitModel asks before ending a session, and offers the after-session
// check-in there and then: a number answers how the hip feels and quits,
// so a session quit part way keeps its answer too; y quits without one.
// The clock is paused while it asks, so the user loses nothing by thinking
// about it.
type quitModel struct {
	c   *common
	run *session.Session
	// resume is set when the clock was running before the question, to
	// run again after "no".
	resume  bool
	checkin checkinModel
}

func newQuit(c *common, run *session.Session, resume bool) quitModel {
	return quitModel{c: c, run: run, resume: resume, checkin: newCheckin(c)}
}

// update waits for the answer; other keys change nothing.
func (m quitModel) update(msg tea.Msg) (quitModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case !m.checkin.one && key.Matches(k, m.c.keys.Yes):
		return m, quitMsg{}
	case !m.checkin.one && key.Matches(k, m.c.keys.No):
		return m, goOnMsg{resume: m.resume}
	case m.checkin.one || key.Matches(k, m.c.keys.Digit):
		var done bool
		var pain *int
		if m.checkin, done, pain = m.checkin.answer(k); done && pain != nil {
			m.run.PainAfter = pain
			return m, quitMsg{}
		}
	}
	return m, nil
}

// view is the question, where the session stands, and the two answers.
func (m quitModel) view() string {
	st := m.c.styles
	p := m.run.Phase()
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach · "+m.run.Routine().Name) + "  " + st.badge("PAUSED", st.paused) + "\n\n")
	b.WriteString(st.warn.Render("Quit this session?") + "\n\n")
	where := p.Exercise.Name
	if p.Side.String() != "" {
		where += ", " + p.Side.String() + " side"
	}
	b.WriteString(st.dim.Render("The clock is stopped at "+timer.FormatClock(timer.Seconds(m.run.Status().Remaining))+" in "+where+".") + "\n\n")
	b.WriteString(st.title.Render("How does your hip feel now?") + st.dim.Render(" A number quits and keeps it.") + "\n")
	b.WriteString(m.checkin.scale(m.c.width - 4))
	return m.c.pageKeys(b.String(), m.c.keys.quitKeys(m.checkin.one))
}
