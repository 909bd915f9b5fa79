package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
)

// againMsg asks the root to run the same routine once more.
type againMsg struct{}

// summaryModel is the last screen: what was done, how long it took, the
// streak, the pain check-in after the session, the routine's advice cards
// and the see-a-doctor reminder, with a nudge when the history calls for one.
type summaryModel struct {
	run     *session.Session
	routine routines.Routine
	results []session.StepResult
	took    time.Duration
	paused  time.Duration
	planned time.Duration
	c       *common
	pager   pager
	// rec is this session's history record; past adds up the ones before.
	rec     session.Record
	past    *history.Summary
	checkin checkinModel
	asked   bool // the after check-in was answered or skipped
	// streak and nudges are read from the history once, and the nudges
	// again when the check-in changes them, not on every render.
	streak int
	nudges []string
}

func newSummary(c *common, run *session.Session, past *history.Summary) summaryModel {
	status := run.Status()
	m := summaryModel{
		run: run, routine: run.Routine(), results: run.Results(), c: c, pager: newPager(c),
		took: status.Elapsed, paused: status.Paused, planned: run.Total(),
		rec: run.Record(), past: past, checkin: newCheckin(c),
	}
	all := m.all()
	m.streak = all.Streaks(m.routine.ID, m.rec.Start).Current
	m.nudges = all.Nudges(m.rec.Start)
	return m
}

// update scrolls the summary and takes the check-in after the session, r
// to go again, q/Enter to leave.
func (m summaryModel) update(msg tea.Msg) (summaryModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	var scrolled bool
	if m.pager, scrolled = m.pager.scroll(k, m.body(), m.keys()); scrolled {
		return m, nil
	}
	keys := m.c.keys
	switch {
	case key.Matches(k, keys.Again):
		return m, againMsg{}
	case key.Matches(k, keys.Quit), key.Matches(k, keys.Enter) && !m.checkin.one:
		return m, quitMsg{}
	case !m.asked:
		var pain *int
		m.checkin, m.asked, pain = m.checkin.answer(k)
		if m.asked {
			m.run.PainAfter = pain
			m.rec = m.run.Record()
			m.nudges = m.all().Nudges(m.rec.Start)
		}
	}
	return m, nil
}

// worse reports a pain after the session higher than before it: met with
// advice, not praise.
func (m summaryModel) worse() bool { return session.Worse(m.rec) }

// all is the whole history with this session.
func (m summaryModel) all() *history.Summary {
	all := m.past.Clone()
	all.Add(m.rec)
	return all
}

// painLine reports the check-ins: the question while it is open, the change
// once both are given.
func (m summaryModel) painLine() string {
	st := m.c.styles
	b, a := m.rec.PainBefore, m.rec.PainAfter
	switch {
	case !m.asked:
		q := st.title.Render("How does your hip feel now?") + st.dim.Render(" 0 (no pain) – 10 (worst)")
		if b != nil {
			q += st.dim.Render(fmt.Sprintf(" · before: %d", *b))
		}
		return q
	case b != nil && a != nil:
		change := "the same"
		switch {
		case *a < *b:
			change = fmt.Sprintf("%d better", *b-*a)
		case *a > *b:
			change = fmt.Sprintf("%d worse", *a-*b)
		}
		return fmt.Sprintf("Pain %d → %d (%s)", *b, *a, change)
	case a != nil:
		return fmt.Sprintf("Pain now: %d", *a)
	}
	return ""
}

func (m summaryModel) view() string { return m.pager.view(m.body(), m.keys()) }

// body is the summary: results, streak, pain, advice, nudges, reminder.
func (m summaryModel) body() string {
	st := m.c.styles
	w := m.c.width - 4
	wrap := wrapTo(w)
	var b strings.Builder
	done := "DONE — well done"
	if !session.Praised(m.rec) {
		done = "DONE" // praise for a session skipped through, or that hurt more, would ring hollow
	}
	b.WriteString(st.accent.Render("hipcoach · "+m.routine.Name) + "  " + lipgloss.NewStyle().Foreground(st.work).Bold(true).Render(done) + "\n\n")
	took := fmt.Sprintf("Took %s", m.took.Round(time.Second))
	if m.paused >= time.Second {
		took += fmt.Sprintf(", plus %s paused", m.paused.Round(time.Second))
	}
	b.WriteString(took + st.dim.Render(fmt.Sprintf(" (planned %s)", m.planned)) + "\n")
	switch {
	case m.streak >= 2 && m.routine.Habit != "":
		b.WriteString(lipgloss.NewStyle().Foreground(st.work).Render(fmt.Sprintf("Day %d in a row of %s", m.streak, strings.ToLower(m.routine.Name))) + "\n")
	case m.streak >= 2:
		// Needing relief day after day is no achievement: say it plainly.
		b.WriteString(fmt.Sprintf("%s %d days in a row", m.routine.Name, m.streak) + "\n")
	case m.streak == 1 && m.routine.Habit != "":
		b.WriteString(wrap.Render(lipgloss.NewStyle().Foreground(st.work).Render(fmt.Sprintf("Day 1 of %s.", strings.ToLower(m.routine.Name)))+" "+m.routine.Habit) + "\n")
	}
	if p := m.painLine(); p != "" {
		b.WriteString(wrap.Render(p) + "\n")
	}
	if m.worse() {
		b.WriteString(st.warn.Render(wrap.Render(routines.WorseAfterLine)) + "\n")
	}
	b.WriteString("\n")
	for _, r := range m.results {
		mark := lipgloss.NewStyle().Foreground(st.work).Render("✓")
		if !r.Done {
			mark = lipgloss.NewStyle().Foreground(st.paused).Render("↷")
		}
		line := r.Step.Exercise.WithVariant(r.Step.Variant).Name // as it was done
		if len(r.Sides) > 0 {
			line += st.dim.Render(" — " + strings.Join(r.Sides, ", "))
		}
		b.WriteString(hanging(mark, line, w) + "\n")
	}
	if len(m.routine.Advice) > 0 {
		b.WriteString("\n" + st.title.Render("Also helps") + "\n")
		for _, a := range m.routine.Advice {
			b.WriteString(bullet(st.title.Render(a.Title)+": "+a.Text, w) + "\n")
		}
	}
	b.WriteString("\n")
	for _, n := range m.nudges {
		b.WriteString(st.warn.Render(bullet(n, w)) + "\n")
	}
	b.WriteString(st.warn.Render(wrap.Render(routines.DoctorLine)))
	return b.String()
}

// keys are the summary's key help as it stands: the check-in's while a 1
// waits for a 0, else the summary's own.
func (m summaryModel) keys() screenKeys {
	if m.checkin.one {
		return m.checkin.keys()
	}
	return m.c.keys.summaryKeys(!m.asked)
}
