package tui

import (
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
	st, w := m.c.styles, m.c.width-4
	keys := m.c.keys.quitKeys(m.checkin.one)
	p := m.run.Phase()
	where := p.Exercise.Name
	if p.Side.String() != "" {
		where += ", " + p.Side.String() + " side"
	}
	head := st.accent.Render("hipcoach · "+m.run.Routine().Name) + "  " + st.badge("PAUSED", st.paused)
	question := st.warn.Render("Quit this session?")
	stopped := st.dim.Render(wrapTo(w).Render("The clock is stopped at " + timer.FormatClock(timer.Seconds(m.run.Status().Remaining)) + " in " + where + "."))
	pain := wrapTo(w).Render(st.title.Render("How does your hip feel now?") + st.dim.Render(" A number quits and keeps it."))
	full := head + "\n\n" + question + "\n\n" + stopped + "\n\n" + pain + "\n" + m.checkin.scale(w)
	if m.c.fitsPage(full, keys) {
		return m.c.pageKeys(full, keys)
	}
	// A short terminal: the questions and the scale first, without the
	// gaps (the keys say a number quits), then where the clock stopped.
	pain = st.title.Render(wrapTo(w).Render("How does your hip feel now?"))
	return m.c.pageKeys(question+"\n"+pain+"\n"+m.checkin.scale(w)+"\n"+stopped, keys)
}
