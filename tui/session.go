package tui

import (
	"fmt"
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/cues"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// sessionModel is the session screen: it owns the countdown and shows where
// the user is in the plan. Everything the view needs is in status, a
// snapshot taken in Update, so View never reads the clock.
type sessionModel struct {
	routine   routines.Routine
	steps     []routines.Step
	phases    []routines.Phase
	countdown *timer.Countdown
	status    timer.Status
	ticker    Ticker
	quiet     bool
	keys      keyMap
	help      help.Model
	width     int
	height    int
}

func newSession(cfg Config, r routines.Routine, keys keyMap) sessionModel {
	phases := routines.Plan(r, cfg.Options)
	return sessionModel{
		routine:   r,
		steps:     r.StepsFor(cfg.Options),
		phases:    phases,
		countdown: timer.New(cfg.Clock, routines.Durations(phases)),
		ticker:    cfg.Ticker,
		quiet:     cfg.Quiet,
		keys:      keys,
		help:      help.New(),
	}
}

// start begins the countdown from its first phase.
func (m sessionModel) start() (sessionModel, tea.Cmd) {
	return m.after(m.countdown.Start())
}

// after takes a fresh snapshot once the countdown has moved, and returns what
// must follow: a bell for the events that deserve one and the next tick.
func (m sessionModel) after(evs []timer.Event) (sessionModel, tea.Cmd) {
	m.status = m.countdown.Status()
	var cmds []tea.Cmd
	if !m.quiet && cues.Bell(m.phases, evs) {
		cmds = append(cmds, tea.Raw("\a"))
	}
	if d := m.countdown.UntilTick(); d > 0 {
		cmds = append(cmds, m.ticker.After(d))
	}
	return m, tea.Batch(cmds...)
}

// pause stops the clock; it reports whether it was running.
func (m sessionModel) pause() (sessionModel, bool) {
	ok := m.countdown.Pause()
	m.status = m.countdown.Status()
	return m, ok
}

// resume restarts the clock and schedules the next tick.
func (m sessionModel) resume() (sessionModel, tea.Cmd) {
	m.countdown.Resume()
	return m.after(nil)
}

func (m sessionModel) Update(msg tea.Msg) (sessionModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		return m.after(m.countdown.Poll())
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Pause):
			if m.status.IsPaused {
				return m.resume()
			}
			m, _ = m.pause()
			return m, nil
		case key.Matches(msg, m.keys.Next):
			return m.after(m.countdown.Next())
		case key.Matches(msg, m.keys.Back):
			return m.after(m.countdown.Back())
		case key.Matches(msg, m.keys.Help):
			m.help.ShowAll = !m.help.ShowAll
			return m, nil
		}
	}
	return m, nil
}

// phase is the phase on screen now.
func (m sessionModel) phase() routines.Phase { return m.phases[m.status.Phase] }

// phaseLook is the phase's word in capitals and its colour; PAUSED wins
// over the phase while the clock is stopped.
func (m sessionModel) phaseLook() (string, color.Color) {
	if m.status.IsPaused {
		return "PAUSED", colorPaused
	}
	p := m.phase()
	switch p.Kind {
	case routines.GetReady:
		return "GET READY", colorGetReady
	case routines.SwitchSides:
		return "SWITCH SIDES", colorSwitch
	}
	if p.Exercise.Kind == routines.Roll {
		return "ROLL", colorRoll
	}
	return strings.ToUpper(p.Word()), colorWork
}

// nextText says what comes after this phase, in lower case: the next work
// of this step, or the next step.
func (m sessionModel) nextText() string {
	cur := m.phase()
	for i := m.status.Phase + 1; i < len(m.phases); i++ {
		n := m.phases[i]
		if n.Kind != routines.Work {
			continue
		}
		where := ""
		if n.Side != routines.NoSide {
			where = ", " + n.Side.String() + " side"
		}
		if n.Step == cur.Step {
			return fmt.Sprintf("Next: %s %s%s", n.Word(), timer.Short(n.Duration), where)
		}
		return fmt.Sprintf("Next: %s%s (%s %s)", strings.ToLower(n.Exercise.Name[:1])+n.Exercise.Name[1:], where, n.Word(), timer.Short(n.Duration))
	}
	if len(m.routine.Advice) > 0 {
		var titles []string
		for _, a := range m.routine.Advice {
			titles = append(titles, strings.ToLower(a.Title))
		}
		return "Next: the summary, with advice on " + strings.Join(titles, " and ")
	}
	return "Next: the summary — nearly done"
}

// detail is how much the session screen shows; the View tries the richest
// first and steps down until the screen fits the terminal. The big digits
// shrink, then go, before anything else is dropped.
type detail struct {
	digitScale int  // 0: no big digits; 1: one cell a pixel; 2: two cells wide
	digitTall  bool // digits twice as tall
	bigSide    bool
	spacers    bool
	cues       int // how many cues
	phaseBar   bool
	sessionBar bool
	next       bool
}

// details lists the layouts from richest to sparest.
var details = []detail{
	{2, true, true, true, 3, true, true, true},
	{2, false, true, true, 3, true, true, true},
	{2, false, true, false, 3, true, true, true},
	{1, false, true, false, 3, true, true, true},
	{0, false, true, false, 3, true, true, true},
	{0, false, false, false, 3, true, true, true},
	{0, false, false, false, 1, true, true, true},
	{0, false, false, false, 1, false, true, true},
	{0, false, false, false, 0, false, false, true},
	{0, false, false, false, 0, false, false, false},
}

// View lays the session out for the terminal's size.
func (m sessionModel) View() string {
	w, h := m.width-4, m.height-2 // page padding
	var out string
	for _, d := range details {
		out = m.render(d, w)
		if lipgloss.Height(out) <= h && lipgloss.Width(out) <= w {
			break
		}
	}
	return out
}

func (m sessionModel) render(d detail, w int) string {
	p := m.phase()
	word, col := m.phaseLook()
	clock := timer.FormatClock(timer.Seconds(m.status.Remaining))
	sideWord := strings.ToUpper(p.Side.String())

	// Header: routine, step k of n, time through the session.
	total := routines.Total(m.phases)
	left := fmt.Sprintf("%s · step %d of %d", titleStyle.Render("hipcoach · "+m.routine.Name), p.Step+1, len(m.steps))
	right := dimStyle.Render(fmt.Sprintf("%s of %s", timer.FormatClock(int(m.status.SessionDone*total.Seconds()+0.5)), timer.FormatClock(int(total.Seconds()))))
	parts := []string{spread(left, right, w)}
	if d.sessionBar {
		parts = append(parts, bar(w, m.status.SessionDone, colorAccent))
	}
	gap := func() {
		if d.spacers {
			parts = append(parts, "")
		}
	}
	gap()

	name := nameStyle.Render(p.Exercise.Name)
	if g := m.steps[p.Step].Group; g != "" {
		name += dimStyle.Render(" · " + g)
	}
	parts = append(parts, name)

	// The phase line carries the words a screen reader or a capture needs:
	// phase and side in capitals, and the time left as text.
	status := badge(word, col)
	if sideWord != "" {
		status += "  " + titleStyle.Render(sideWord+" side")
	}
	status += "  " + lipgloss.NewStyle().Foreground(col).Bold(true).Render(clock)
	if p.Kind == routines.SwitchSides && !m.status.IsPaused {
		status += dimStyle.Render("  change to your " + p.Side.String() + " side")
	}
	parts = append(parts, status)
	gap()

	var big []string
	if d.bigSide && sideWord != "" {
		big = append(big, titleStyle.Render(bigText(sideWord, 1, false)))
	}
	if d.digitScale > 0 {
		big = append(big, lipgloss.NewStyle().Foreground(col).Bold(true).Render(bigText(clock, d.digitScale, d.digitTall)))
	}
	switch {
	case len(big) == 2 && lipgloss.Width(big[0])+lipgloss.Width(big[1])+6 <= w:
		parts = append(parts, lipgloss.JoinHorizontal(lipgloss.Center, big[0], "      ", big[1]))
		gap()
	case len(big) > 0:
		for _, b := range big {
			parts = append(parts, b)
			gap()
		}
	}

	if d.phaseBar {
		parts = append(parts, bar(w, m.status.PhaseDone, col))
		gap()
	}
	for _, c := range p.Exercise.Cues[:min(d.cues, len(p.Exercise.Cues))] {
		parts = append(parts, bullet(c, w))
	}
	if d.cues > 0 {
		gap()
	}
	if d.next {
		parts = append(parts, dimStyle.Render(truncate(m.nextText(), w)))
	}
	help := m.help
	help.SetWidth(w)
	// Truncate too: help's own fitting can overshoot by an item.
	for _, l := range strings.Split(help.View(sessionHelp(m.keys)), "\n") {
		parts = append(parts, ansi.Truncate(l, w, "…"))
	}
	return strings.Join(parts, "\n")
}

// bullet wraps text to width w with a hanging indent under "• ".
func bullet(text string, w int) string {
	body := lipgloss.NewStyle().Width(max(w-2, 10)).Render(text)
	return "• " + strings.ReplaceAll(body, "\n", "\n  ")
}

// truncate cuts a plain string to w cells with an ellipsis.
func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && lipgloss.Width(string(r))+1 > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// spread puts left and right at the two ends of a line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// bar draws a static progress bar (no animation, so no extra frames).
func bar(w int, done float64, c color.Color) string {
	p := progress.New(progress.WithColors(c), progress.WithWidth(w), progress.WithFillCharacters('█', '░'), progress.WithoutPercentage())
	return p.ViewAs(done)
}
