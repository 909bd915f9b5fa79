package tui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/cues"
	"github.com/hipcoach/hipcoach/history"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/sound"
	"github.com/hipcoach/hipcoach/timer"
)

// sessionModel is the session screen: it owns the countdown and shows where
// the user is in the plan. Everything the view needs is in status, a
// snapshot taken in Update, so View never reads the clock.
type sessionModel struct {
	routine   routines.Routine
	opts      routines.Options
	steps     []routines.Step
	phases    []routines.Phase
	countdown *timer.Countdown
	status    timer.Status
	ticker    Ticker
	clock     timer.Clock
	voice     Voice
	tones     Tones
	announcer *cues.Announcer
	keys      keyMap
	help      help.Model
	width     int
	height    int
	// level is the index in details of the richest layout that fits, found
	// for the layout fitFor; View trusts it only while that still holds.
	level  int
	fitFor layout
}

// layout is everything the choice of detail depends on: whatever can
// change the rendered screen's height or width. Within a phase it changes
// only when a cue turns or the clock loses a digit, so most seconds render
// once instead of trying every detail level. (A pose's frames all have one
// size, which routines' tests hold to, so its movement does not count.)
type layout struct {
	width, height int
	phase         int
	clockDigits   int
	paused, help  bool
	cue           string
}

// layoutNow is the layout as the model stands.
func (m sessionModel) layoutNow() layout {
	return layout{
		width: m.width, height: m.height, phase: m.status.Phase,
		clockDigits: len(timer.FormatClock(timer.Seconds(m.status.Remaining))),
		paused:      m.status.IsPaused, help: m.help.ShowAll, cue: m.cue(),
	}
}

// fitted chooses the detail level for the layout as it stands, unless the
// one chosen before still holds; Update calls it after every change.
func (m sessionModel) fitted() sessionModel {
	if l := m.layoutNow(); l != m.fitFor {
		m.level, m.fitFor = m.fit(), l
	}
	return m
}

// fit is the richest detail level that fits the terminal, trying each.
func (m sessionModel) fit() int {
	w, h := m.width-4, m.height-2 // page padding
	for i, d := range details {
		out := m.render(d, w)
		if lipgloss.Height(out) <= h && lipgloss.Width(out) <= w {
			return i
		}
	}
	return len(details) - 1
}

func newSession(cfg Config, r routines.Routine, o routines.Options, keys keyMap) sessionModel {
	phases := routines.Plan(r, o)
	return sessionModel{
		routine:   r,
		opts:      o,
		steps:     r.StepsFor(o),
		phases:    phases,
		countdown: timer.New(cfg.Clock, routines.Durations(phases)),
		ticker:    cfg.Ticker,
		clock:     cfg.Clock,
		voice:     cfg.Voice,
		tones:     cfg.Tones,
		announcer: cues.NewAnnouncer(phases, cfg.Tones != nil, cfg.Quiet),
		keys:      keys,
		help:      help.New(),
	}
}

// start begins the countdown from its first phase.
func (m sessionModel) start() (sessionModel, tea.Cmd) {
	return m.after(m.countdown.Start())
}

// after takes a fresh snapshot once the countdown has moved, and returns what
// must follow: the tone and the words the moment deserves, and the next tick.
func (m sessionModel) after(evs []timer.Event) (sessionModel, tea.Cmd) {
	m.status = m.countdown.Status()
	m = m.fitted()
	var cmds []tea.Cmd
	an := m.announcer.Announce(evs, m.status, m.clock.Now())
	if an.Bell {
		cmds = append(cmds, tea.Raw("\a"))
	}
	if an.Tone != sound.None {
		tones := m.tones
		cmds = append(cmds, func() tea.Msg { tones.Play(an.Tone); return nil })
	}
	if v := m.voice; v != nil && len(an.Words) > 0 {
		cmds = append(cmds, func() tea.Msg {
			for _, u := range an.Words {
				v.Say(u)
			}
			return nil
		})
	}
	if d := m.countdown.UntilTick(); d > 0 {
		cmds = append(cmds, m.ticker.After(d))
	}
	return m, tea.Batch(cmds...)
}

// pause stops the clock and drops the words still waiting to be spoken; it
// reports whether the clock was running.
func (m sessionModel) pause() (sessionModel, bool) {
	ok := m.countdown.Pause()
	m.status = m.countdown.Status()
	m = m.fitted()
	if ok && m.voice != nil {
		m.voice.Hush()
	}
	return m, ok
}

// resume restarts the clock and schedules the next tick.
func (m sessionModel) resume() (sessionModel, tea.Cmd) {
	m.countdown.Resume()
	return m.after(nil)
}

// Update handles ticks and the session keys (the root handles quit).
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
			return m.fitted(), nil
		}
	}
	return m, nil
}

// record is the session's history record as it stands.
func (m sessionModel) record(painBefore *int, version string, loc *time.Location) history.Record {
	r := history.FromSession(m.countdown, m.routine, m.opts, version)
	r.Start = r.Start.In(loc)
	r.PainBefore = painBefore
	return r
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

// title is the window title during the session: the time left and the
// phase, so a tab or a tmux status line shows where the session is.
func (m sessionModel) title() string {
	word, _ := m.phaseLook()
	t := timer.FormatClock(timer.Seconds(m.status.Remaining)) + " " + strings.ToLower(word)
	if side := m.phase().Side.String(); side != "" && !m.status.IsPaused {
		t += ", " + side
	}
	return t + " · hipcoach"
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
		what := n.Word() + " " + timer.Short(n.Duration)
		if n.Exercise.Pace != nil {
			what = n.Exercise.Pace.String()
		}
		if n.Step == cur.Step {
			return fmt.Sprintf("Next: %s%s", what, where)
		}
		return fmt.Sprintf("Next: %s%s, %s", lowerFirst(n.Exercise.Name), where, what)
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
// first and steps down until the screen fits the terminal. The picture goes
// first, then the big digits shrink and go, before anything else is dropped.
type detail struct {
	picture    bool
	digitScale int // 0: no big digits; else cells a font pixel is wide
	digitHigh  int // rows a font pixel is tall
	bigSide    bool
	spacers    bool
	cues       int // 2: the turn's cue and the common mistake; 1: the cue; 0: none
	phaseBar   bool
	sessionBar bool
	next       bool
}

// details lists the layouts from richest to sparest.
var details = []detail{
	{true, 3, 3, true, true, 2, true, true, true}, // a big terminal across a room
	{true, 2, 2, true, true, 2, true, true, true},
	{true, 2, 1, true, true, 2, true, true, true},
	{true, 1, 1, true, true, 2, true, true, true},
	{true, 1, 1, true, false, 2, true, true, true},
	{false, 2, 2, true, true, 2, true, true, true},
	{false, 2, 1, true, true, 2, true, true, true},
	{false, 2, 1, true, false, 2, true, true, true},
	{false, 1, 1, true, false, 2, true, true, true},
	{false, 0, 0, true, false, 2, true, true, true},
	{false, 0, 0, false, false, 2, true, true, true},
	{false, 0, 0, false, false, 1, true, true, true},
	{false, 0, 0, false, false, 1, false, true, true},
	{false, 0, 0, false, false, 0, false, false, true},
	{false, 0, 0, false, false, 0, false, false, false},
}

// View lays the session out for the terminal's size, at the level fitted
// in Update (or, should the layout have changed since, a fresh fit).
func (m sessionModel) View() string {
	level := m.level
	if m.layoutNow() != m.fitFor {
		level = m.fit()
	}
	return m.render(details[level], m.width-4)
}

// cue is the technique cue on show: the one whose turn it is during work,
// the set-up cue in lead-ins and switches.
func (m sessionModel) cue() string {
	p := m.phase()
	elapsed := m.status.PhaseElapsed
	if p.Kind != routines.Work {
		elapsed = 0
	}
	return p.Exercise.CueAt(elapsed, p.Duration)
}

// beat is where a paced work phase stands, and whether there is one.
func (m sessionModel) beat() (routines.Beat, bool) {
	p := m.phase()
	if p.Kind != routines.Work || p.Exercise.Pace == nil {
		return routines.Beat{}, false
	}
	return p.Exercise.Pace.At(m.status.PhaseElapsed), true
}

// picture is the pose as it stands now: the tempo's frame during paced
// work, the starting position otherwise, mirrored for the right side.
func (m sessionModel) picture() string {
	p := m.phase()
	if len(p.Exercise.Frames) == 0 {
		return ""
	}
	frame := 0
	if b, ok := m.beat(); ok {
		frame = p.Exercise.Pace.Frame(b)
	}
	lines := p.Exercise.Frames[frame]
	if p.Side == routines.Right {
		lines = routines.Mirror(lines)
	}
	return poseStyle.Render(strings.Join(lines, "\n"))
}

// repLine paces a rep-counted set: which rep, the movement in capitals and
// how to do it, e.g. "Rep 4 of 12 · UP · Lift the hips."
func (m sessionModel) repLine(col color.Color, w int) string {
	b, ok := m.beat()
	if !ok {
		return ""
	}
	pace := m.phase().Exercise.Pace
	move := pace.Tempo[b.Movement]
	count := fmt.Sprintf("Rep %d of %d", b.Rep, pace.Reps)
	if n := len(pace.Directions); n > 1 {
		per := pace.Reps / n
		count = fmt.Sprintf("%s %d of %d, %s", strings.TrimSuffix(pace.Unit, "s"), (b.Rep-1)%per+1, per, b.Direction)
		count = strings.ToUpper(count[:1]) + count[1:]
	}
	line := titleStyle.Render(count) + "  " + badge(strings.ToUpper(move.Word), col) + "  " + move.Cue
	return ansi.Truncate(line, w, "…")
}

func (m sessionModel) render(d detail, w int) string {
	p := m.phase()
	word, col := m.phaseLook()
	clock := timer.FormatClock(timer.Seconds(m.status.Remaining))
	sideWord := strings.ToUpper(p.Side.String())

	// Header: routine, step k of n, time through the session.
	total := routines.Total(m.phases)
	where := fmt.Sprintf("%s · step %d of %d", titleStyle.Render("hipcoach · "+m.routine.Name), p.Step+1, len(m.steps))
	through := dimStyle.Render(fmt.Sprintf("%s of %s", timer.FormatClock(int(m.status.SessionDone*total.Seconds()+0.5)), timer.FormatClock(int(total.Seconds()))))
	parts := []string{ansi.Truncate(spread(where, through, w), w, "…")}
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
	if pace := p.Exercise.Pace; pace != nil {
		name += dimStyle.Render(" · " + pace.String())
	}
	parts = append(parts, ansi.Truncate(name, w, "…"))

	// The phase line carries the words a screen reader or a capture needs:
	// phase and side in capitals, and the time left as text.
	status := badge(word, col)
	if sideWord != "" {
		status += "  " + titleStyle.Render(sideWord+" side")
	}
	status += "  " + lipgloss.NewStyle().Foreground(col).Bold(true).Render(clock)
	switch {
	case m.status.IsPaused:
		status += dimStyle.Render("  press space to resume")
	case p.Kind == routines.SwitchSides:
		status += dimStyle.Render("  change to your " + p.Side.String() + " side")
	}
	parts = append(parts, ansi.Truncate(status, w, "…"))
	gap()

	// The big block: side and digits, with the picture beside them when
	// there is room.
	var right []string
	if d.bigSide && sideWord != "" {
		right = append(right, paint(bigText(sideWord, 1, 1), nil))
	}
	if d.digitScale > 0 {
		right = append(right, paint(bigText(clock, d.digitScale, d.digitHigh), col))
	}
	var big string
	switch {
	case len(right) == 0:
	case d.picture:
		big = lipgloss.JoinHorizontal(lipgloss.Center, m.picture(), "    ", strings.Join(right, "\n\n"))
	case len(right) == 2 && lipgloss.Width(right[0])+lipgloss.Width(right[1])+6 <= w:
		big = lipgloss.JoinHorizontal(lipgloss.Center, right[0], "      ", right[1])
	default:
		big = strings.Join(right, "\n")
	}
	if big != "" {
		parts = append(parts, big)
		gap()
	}

	if rep := m.repLine(col, w); rep != "" {
		parts = append(parts, rep)
	}
	if d.phaseBar {
		parts = append(parts, bar(w, m.status.PhaseDone, col))
		gap()
	}
	if d.cues > 0 {
		parts = append(parts, bullet(m.cue(), w))
	}
	if d.cues > 1 && p.Exercise.Mistake != "" {
		parts = append(parts, dimStyle.Render(bullet("Avoid: "+lowerFirst(p.Exercise.Mistake), w)))
	}
	if d.cues > 0 {
		gap()
	}
	if d.next {
		parts = append(parts, dimStyle.Render(ansi.Truncate(m.nextText(), w, "…")))
	}
	parts = append(parts, m.keyHelp(w))
	return strings.Join(parts, "\n")
}

// keyHelp is the key line, or every key after ?, fitted to width w: where
// the usual form does not fit, the short line keeps pause, quit and help
// (what a user needs most) and the full help goes to one column, rather
// than help cutting off the keys at the end.
func (m sessionModel) keyHelp(w int) string {
	help := m.help
	help.SetWidth(w)
	fits := func(s string) bool { return !strings.Contains(s, help.Ellipsis) && lipgloss.Width(s) <= w }
	km := m.keys
	if m.status.IsPaused {
		km.Pause.SetHelp("space", "resume")
	}
	all := sessionHelp(km)
	var keys string
	if help.ShowAll {
		keys = help.FullHelpView(all.FullHelp())
		if !fits(keys) {
			var column []key.Binding
			for _, c := range all.FullHelp() {
				column = append(column, c...)
			}
			keys = help.FullHelpView([][]key.Binding{column})
		}
		if !fits(keys) {
			// Too narrow even for the long descriptions: the short ones.
			closeHelp := km.Help
			closeHelp.SetHelp("?/esc", "close")
			keys = help.FullHelpView([][]key.Binding{{km.Pause, km.Next, km.Back, km.Library, km.Quit, km.Force, closeHelp}})
		}
	} else {
		keys = help.ShortHelpView(all.ShortHelp())
		if !fits(keys) {
			keys = help.ShortHelpView([]key.Binding{km.Pause, km.Quit, km.Help})
		}
	}
	var lines []string
	// Truncate too: help's own fitting can overshoot by an item.
	for _, l := range strings.Split(keys, "\n") {
		lines = append(lines, ansi.Truncate(l, w, "…"))
	}
	return strings.Join(lines, "\n")
}

// lowerFirst lower-cases the first letter, to run a sentence on after a label.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// bullet wraps text to width w with a hanging indent under "• ".
func bullet(text string, w int) string { return hanging("•", text, w) }

// hanging wraps text to width w after a one-column mark ("•", "✓"), with
// the lines after the first indented under the text.
func hanging(mark, text string, w int) string {
	body := lipgloss.NewStyle().Width(max(w-2, 10)).Render(text)
	return mark + " " + strings.ReplaceAll(body, "\n", "\n  ")
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
