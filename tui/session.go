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

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// sessionFinishedMsg tells the root that the last phase is over.
type sessionFinishedMsg struct{}

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
// must follow: a bell for the events that deserve one, the next tick, or the
// news that the session is over.
func (m sessionModel) after(evs []timer.Event) (sessionModel, tea.Cmd) {
	m.status = m.countdown.Status()
	var cmds []tea.Cmd
	if !m.quiet && ringsAny(m.phases, evs) {
		cmds = append(cmds, tea.Raw("\a"))
	}
	if m.countdown.Finished() {
		cmds = append(cmds, func() tea.Msg { return sessionFinishedMsg{} })
	} else if d := m.countdown.UntilTick(); d > 0 {
		cmds = append(cmds, m.ticker.After(d))
	}
	return m, tea.Batch(cmds...)
}

// ringsAny reports whether a batch of events deserves a bell: the start and
// end of a work phase and a switch of sides. Events that fall at one instant
// share one bell.
func ringsAny(phases []routines.Phase, evs []timer.Event) bool {
	for _, e := range evs {
		if e.Kind != timer.Started && e.Kind != timer.Ended {
			continue
		}
		p := phases[e.Phase]
		if p.Kind == routines.Work || (p.Kind == routines.SwitchSides && e.Kind == timer.Started) {
			return true
		}
	}
	return false
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

// nextText says what comes after this phase, in lower case.
func (m sessionModel) nextText() string {
	i := m.status.Phase + 1
	if i >= len(m.phases) {
		if len(m.routine.Advice) > 0 {
			return "Next: the summary, with advice on massage and heat"
		}
		return "Next: the summary — you're nearly done"
	}
	n := m.phases[i]
	for n.Kind != routines.Work && i+1 < len(m.phases) && m.phases[i+1].Step == n.Step {
		// Name the work that follows a lead-in or a switch, not the lead-in.
		i++
		n = m.phases[i]
	}
	where := ""
	if n.Side != routines.NoSide {
		where = ", " + n.Side.String() + " side"
	}
	return fmt.Sprintf("Next: %s%s (%s %s)", strings.ToLower(n.Exercise.Name[:1])+n.Exercise.Name[1:], where, n.Word(), n.Duration)
}

// block is one part of the session screen. When the terminal is short,
// blocks are dropped in order of their drop rank, lowest first; rank 0
// blocks always stay.
type block struct {
	text string
	drop int
	// instead, if set, takes the block's place when it is dropped: the side
	// alone where side and digits shared a row.
	instead *block
}

// View lays the session out for the terminal's size.
func (m sessionModel) View() string {
	w := m.width - 4 // page padding
	p := m.phase()
	word, col := m.phaseLook()
	secs := timer.Seconds(m.status.Remaining)
	clock := timer.FormatClock(secs)
	sideWord := strings.ToUpper(p.Side.String())

	// Header: routine, step k of n, time through the session.
	total := routines.Total(m.phases)
	left := fmt.Sprintf("%s · step %d of %d", titleStyle.Render("hipcoach · "+m.routine.Name), p.Step+1, len(m.steps))
	right := dimStyle.Render(fmt.Sprintf("%s of %s", timer.FormatClock(int(m.status.SessionDone*total.Seconds()+0.5)), timer.FormatClock(int(total.Seconds()))))
	header := spread(left, right, w)
	sessionBar := bar(w, m.status.SessionDone, colorAccent)

	name := nameStyle.Render(p.Exercise.Name)
	if g := m.steps[p.Step].Group; g != "" {
		name += dimStyle.Render(" · " + g)
	}

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

	bigSide := ""
	if sideWord != "" {
		bigSide = titleStyle.Render(bigText(sideWord, 1))
	}
	digitStyle := lipgloss.NewStyle().Foreground(col).Bold(true)
	scale := 2
	if bigWidth(clock, 2)+bigWidth(sideWord, 1)+6 > w {
		scale = 1
	}
	bigClock := digitStyle.Render(bigText(clock, scale))
	// Side and digits side by side when they fit, else stacked.
	var bigBlocks []block
	if bigSide != "" && bigWidth(clock, scale)+bigWidth(sideWord, 1)+6 <= w {
		bigBlocks = []block{{lipgloss.JoinHorizontal(lipgloss.Top, bigSide, "      ", bigClock), 2, &block{bigSide, 3, nil}}}
	} else {
		if bigSide != "" {
			bigBlocks = append(bigBlocks, block{bigSide, 3, nil})
		}
		bigBlocks = append(bigBlocks, block{bigClock, 2, nil})
	}

	phaseBar := bar(w, m.status.PhaseDone, col)
	var cues []string
	for _, c := range p.Exercise.Cues {
		cues = append(cues, lipgloss.NewStyle().Width(w).Render("• "+c))
	}
	var helpText string
	m.help.SetWidth(w)
	helpText = m.help.View(sessionHelp(m.keys))

	blocks := []block{
		{header, 0, nil},
		{sessionBar, 6, nil},
		{"", 1, nil},
		{name, 0, nil},
		{status, 0, nil},
		{"", 1, nil},
	}
	blocks = append(blocks, bigBlocks...)
	blocks = append(blocks,
		block{"", 1, nil},
		block{phaseBar, 5, nil},
		block{"", 1, nil},
		block{strings.Join(cues, "\n"), 4, nil},
		block{"", 1, nil},
		block{dimStyle.Render(m.nextText()), 7, nil},
		block{helpText, 0, nil},
	)
	return layout(blocks, m.height-2)
}

// layout joins blocks top to bottom, dropping the lowest-ranked droppable
// ones until the result fits in height rows. Spacers (rank 1) go first, then
// the big digits, then the big side, and so on up.
func layout(blocks []block, height int) string {
	rows := func(bs []block) int {
		n := 0
		for _, b := range bs {
			n += strings.Count(b.text, "\n") + 1
		}
		return n
	}
	for rank := 1; rows(blocks) > height && rank <= 8; rank++ {
		kept := blocks[:0:0]
		for _, b := range blocks {
			switch {
			case b.drop != rank:
				kept = append(kept, b)
			case b.instead != nil:
				kept = append(kept, *b.instead)
			}
		}
		blocks = kept
	}
	parts := make([]string, len(blocks))
	for i, b := range blocks {
		parts[i] = b.text
	}
	return strings.Join(parts, "\n")
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
