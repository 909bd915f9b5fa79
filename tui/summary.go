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
	// suggest are the easier or harder versions the history suggests
	// trying next time, worked out with the nudges.
	suggest []string
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
	m.suggest = m.suggestions(all)
	return m
}

// suggestions are the versions the history suggests for this session's
// steps next time: the harder one after two easy sessions in full, the
// easier one after a check-in that rose or reached 5. A suggestion only:
// the user switches it on the picker, or in the config file.
func (m summaryModel) suggestions(all *history.Summary) []string {
	var harder, easier []string
	for _, r := range m.results {
		s := r.Step
		switch all.Suggest(s.Exercise.ID) {
		case history.SuggestHarder:
			if s.Variant == "" && s.Exercise.Has(routines.VariantHarder) {
				harder = append(harder, s.Exercise.WithVariant(routines.VariantHarder).Name)
			}
		case history.SuggestEasier:
			if s.Variant != routines.VariantEasier && s.Exercise.Has(routines.VariantEasier) {
				easier = append(easier, s.Exercise.WithVariant(routines.VariantEasier).Name)
			}
		}
	}
	var out []string
	if len(harder) > 0 {
		out = append(out, "Done in full twice running with pain at 3 or less: when you feel ready, you could try the harder version (h on the picker): "+strings.Join(harder, "; ")+".")
	}
	if len(easier) > 0 {
		out = append(out, "Your pain rose or reached 5: next time, try the easier version (e on the picker): "+strings.Join(easier, "; ")+".")
	}
	return out
}

// alarmed reports a check-in of routines.SeverePain or more, or a pain
// that rose: the doctor's advice and the red flags come first.
func (m summaryModel) alarmed() bool {
	return severe(m.rec.PainBefore) || severe(m.rec.PainAfter) || m.worse()
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
			m.run.Farewell() // its "well done" knows the pain after now
			m.rec = m.run.Record()
			all := m.all()
			m.nudges = all.Nudges(m.rec.Start)
			m.suggest = m.suggestions(all)
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
	alarmed := m.alarmed()
	if alarmed {
		// Above everything else, where it is seen without scrolling.
		b.WriteString(st.warn.Render(wrap.Render(routines.DoctorLine)) + "\n")
		b.WriteString(st.warn.Render(wrap.Render(routines.RedFlagLine)) + "\n")
		b.WriteString(m.nudgeLines(w))
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
	if len(m.suggest) > 0 {
		b.WriteString("\n")
		for _, line := range m.suggest {
			b.WriteString(bullet(line, w) + "\n")
		}
	}
	if len(m.routine.Advice) > 0 {
		b.WriteString("\n" + st.title.Render("Also helps") + "\n")
		for _, a := range m.routine.Advice {
			b.WriteString(bullet(st.title.Render(a.Title)+": "+a.Text, w) + "\n")
		}
	}
	if !alarmed {
		b.WriteString("\n" + m.nudgeLines(w))
		b.WriteString(st.warn.Render(wrap.Render(routines.DoctorLine)))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// nudgeLines are the history's reasons to see a doctor, one bullet each.
func (m summaryModel) nudgeLines(w int) string {
	var b strings.Builder
	for _, n := range m.nudges {
		b.WriteString(m.c.styles.warn.Render(bullet(n, w)) + "\n")
	}
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
