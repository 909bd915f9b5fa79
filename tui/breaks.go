package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/breaks"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// BreaksConfig is what `hipcoach breaks` decides about a run.
type BreaksConfig struct {
	// Counter counts the sitting time; the model owns it from here on.
	Counter *breaks.Counter
	// Routine is what a break runs (desk by default), with Options.
	Routine routines.Routine
	Options routines.Options
	// Session is how a break's session runs: clock, ticker, sounds,
	// version, location, flash. Its Ticker also wakes the waiting screen,
	// so there is one tick in flight whatever is on show.
	Session Config
	// Notifier shows the desktop notification at a call; nil for none.
	Notifier breaks.Notifier
	// Record writes a break's record to the history at once; nil when
	// the history is off. It runs outside Update, as a command.
	Record func(session.Record) error
	// SaveState writes the state file status reads; nil for none.
	SaveState func(breaks.Snapshot) error
	// Notes are said on the screen from the start (e.g. that a locked
	// screen is not seen here).
	Notes []string
}

// breaksScreen is what the breaks model shows.
type breaksScreen int

const (
	breaksWaiting breaksScreen = iota
	breaksCalling
	breaksSession
)

// Messages of the breaks screen: the answers of its commands.
type (
	// notifiedMsg is the desktop notification's outcome.
	notifiedMsg struct{ err error }
	// recordedMsg is the outcome of writing a break's record.
	recordedMsg struct{ err error }
	// stateSavedMsg is the outcome of writing the state file.
	stateSavedMsg struct{ err error }
)

// breaksKeys are the keys of the waiting and calling screens.
type breaksKeys struct {
	Start, Snooze, Skip, Quit, Force key.Binding
	calling                          bool
}

func newBreaksKeys(snooze time.Duration) breaksKeys {
	return breaksKeys{
		Start:  key.NewBinding(key.WithKeys(enterKeys...), key.WithHelp("enter", "start the break")),
		Snooze: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "snooze "+timer.Short(snooze))),
		Skip:   key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "skip")),
		Quit:   key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Force:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
	}
}

// ShortHelp is the key line: the call's answers while it is on.
func (k breaksKeys) ShortHelp() []key.Binding {
	if k.calling {
		return []key.Binding{k.Start, k.Snooze, k.Skip, k.Quit}
	}
	return []key.Binding{k.Quit}
}

// FullHelp is the same keys.
func (k breaksKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// BreaksModel is the screen of `hipcoach breaks`: how long you have sat
// and when the next call comes, redrawn only when the minute shown
// changes; at a call the bell, a notification, the window title and a
// calm full screen; Enter runs the break routine with the session screen,
// s snoozes, k skips.
type BreaksModel struct {
	cfg     BreaksConfig
	counter *breaks.Counter
	screen  breaksScreen
	session sessionModel
	keys    breaksKeys
	// c is the size, styles and keys shared with the break's session
	// screen; q there ends the break.
	c    *common
	help help.Model
	// now is the clock when the model last changed, so View never reads
	// the clock.
	now time.Time
	// notes are one-line notices, each said once (no notifications here,
	// a history that cannot be written, a break of another kind).
	notes []string
	// notifyOff and historyOff are set after the first failure, which
	// was said; the bell and the window title go on calling.
	notifyOff, historyOff bool
	// pending is the break on screen, not yet recorded: a signal or q
	// leaves it for the caller to record.
	pending     bool
	interrupted bool
}

// NewBreaks returns the breaks screen for a run.
func NewBreaks(cfg BreaksConfig) BreaksModel {
	if cfg.Session.Clock == nil {
		cfg.Session.Clock = timer.SystemClock{}
	}
	if cfg.Session.Ticker == nil {
		cfg.Session.Ticker = NewTicker()
	}
	if cfg.Session.Location == nil {
		cfg.Session.Location = time.Local
	}
	if cfg.Session.Later == nil {
		cfg.Session.Later = func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		}
	}
	m := BreaksModel{
		cfg: cfg, counter: cfg.Counter, keys: newBreaksKeys(cfg.Counter.Schedule().Snooze),
		c: newCommon(), help: help.New(), now: cfg.Session.Clock.Now(),
	}
	m.notes = append(m.notes, cfg.Notes...)
	return m
}

// Init asks for the background colour, saves the state and schedules the
// first look at the clock.
func (m BreaksModel) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.saveState(), m.cfg.Session.Ticker.After(m.counter.Wake()))
}

// Interrupted reports a run ended by Ctrl+C or a signal.
func (m BreaksModel) Interrupted() bool { return m.interrupted }

// Pending is the record of a break cut short by the end of the program,
// for the caller to keep; ok false if none.
func (m BreaksModel) Pending() (session.Record, bool) {
	if !m.pending {
		return session.Record{}, false
	}
	return m.breakRecord(), true
}

// Counts are today's breaks: taken and called.
func (m BreaksModel) Counts() (taken, called int) {
	s := m.counter.Snapshot()
	return s.Taken, s.Called
}

// breakRecord is the record of the break on screen, marked taken.
func (m BreaksModel) breakRecord() session.Record {
	r := m.session.run.Record()
	r.Outcome = session.OutcomeTaken
	return r
}

// Update handles the clock, the call's answers and the break's session.
func (m BreaksModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.setSize(msg.Width, msg.Height)
		if m.screen == breaksSession {
			m.session = m.session.fitted()
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.setBackground(!msg.IsDark())
		return m, nil
	case InterruptedMsg:
		m.interrupted = true
		return m, tea.Quit
	case notifiedMsg:
		if msg.err != nil && !m.notifyOff {
			m.notifyOff = true
			m.notes = append(m.notes, "No desktop notifications ("+notifyReason(msg.err)+"): the bell and the title call you.")
		}
		return m, nil
	case recordedMsg:
		if msg.err != nil && !m.historyOff {
			m.historyOff = true
			m.notes = append(m.notes, "The history cannot be written ("+oneLine(msg.err.Error())+"): breaks go on, unrecorded.")
		}
		return m, nil
	case stateSavedMsg:
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Force) {
			m.interrupted = true
			return m, tea.Quit
		}
	}
	if m.screen == breaksSession {
		return m.updateSession(msg)
	}
	switch msg := msg.(type) {
	case tickMsg:
		return m.tick()
	case tea.KeyPressMsg:
		return m.answer(msg)
	}
	return m, nil
}

// tick looks at the clock and the world, and calls when a break is due.
func (m BreaksModel) tick() (tea.Model, tea.Cmd) {
	ev, why := m.counter.Tick()
	m.now = m.cfg.Session.Clock.Now()
	cmds := []tea.Cmd{m.cfg.Session.Ticker.After(m.counter.Wake())}
	switch ev {
	case breaks.Call:
		m.screen, m.keys.calling = breaksCalling, true
		cmds = append(cmds, tea.Raw("\a"), m.notify(), m.saveState())
	case breaks.Restarted:
		m.screen, m.keys.calling = breaksWaiting, false
		m.say(fmt.Sprintf("%s at %s: that counts as a break, so the count starts again.", upperFirst(why), m.now.In(m.cfg.Session.Location).Format("15:04")))
		cmds = append(cmds, m.saveState())
	}
	return m, tea.Batch(cmds...)
}

// say adds a notice, keeping the last few.
func (m *BreaksModel) say(note string) {
	m.notes = append(m.notes, note)
	if len(m.notes) > 3 {
		m.notes = m.notes[len(m.notes)-3:]
	}
}

// answer handles the keys of the waiting and calling screens.
func (m BreaksModel) answer(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	case m.screen != breaksCalling:
	case key.Matches(k, m.keys.Start):
		return m.startBreak()
	case key.Matches(k, m.keys.Snooze):
		m.counter.Snooze()
		m.now = m.cfg.Session.Clock.Now()
		m.screen, m.keys.calling = breaksWaiting, false
		return m, tea.Batch(m.saveState(), m.cfg.Session.Ticker.After(m.counter.Wake()))
	case key.Matches(k, m.keys.Skip):
		m.counter.Skip()
		m.now = m.cfg.Session.Clock.Now()
		m.screen, m.keys.calling = breaksWaiting, false
		rec := session.Record{
			Start: m.now.In(m.cfg.Session.Location), Routine: m.cfg.Routine.ID,
			StepsDone: []string{}, StepsSkipped: stepIDs(m.cfg.Routine.StepsFor(m.cfg.Options)),
			PlannedSeconds: routines.Total(routines.Plan(m.cfg.Routine, m.cfg.Options)).Seconds(),
			Version:        m.cfg.Session.Version, Outcome: session.OutcomeSkipped,
		}
		return m, tea.Batch(m.record(rec), m.saveState(), m.cfg.Session.Ticker.After(m.counter.Wake()))
	}
	return m, nil
}

func stepIDs(steps []routines.Step) []string {
	ids := make([]string, len(steps))
	for i, s := range steps {
		ids[i] = s.Exercise.ID
	}
	return ids
}

// startBreak runs the break routine with the session screen.
func (m BreaksModel) startBreak() (tea.Model, tea.Cmd) {
	m.session = newSession(m.c, m.cfg.Session, m.cfg.Routine, m.cfg.Options, false)
	m.screen, m.keys.calling, m.pending = breaksSession, false, true
	var cmd tea.Cmd
	m.session, cmd = m.session.start()
	return m.endIfDone(cmd)
}

// updateSession passes the message to the break's session; q ends the
// break there and then, recorded as far as it went.
func (m BreaksModel) updateSession(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.c.keys.Quit) {
		return m.endBreak(nil)
	}
	var cmd tea.Cmd
	m.session, cmd = m.session.update(msg)
	return m.endIfDone(cmd)
}

// endIfDone goes back to waiting once the break's last phase is over.
func (m BreaksModel) endIfDone(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if m.screen == breaksSession && m.session.run.Finished() {
		return m.endBreak(cmd)
	}
	return m, cmd
}

// endBreak records the break, restarts the count and waits again.
func (m BreaksModel) endBreak(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	rec := m.breakRecord()
	m.pending = false
	m.now = m.cfg.Session.Clock.Now()
	m.counter.Taken(m.now)
	m.screen = breaksWaiting
	took := time.Duration(rec.ActualSeconds * float64(time.Second)).Round(time.Second)
	done := "Break done"
	if !rec.Completed {
		done = "Break ended early"
	}
	m.say(fmt.Sprintf("%s at %s (%s).", done, m.now.In(m.cfg.Session.Location).Format("15:04"), timer.Short(took)))
	return m, tea.Batch(cmd, m.record(rec), m.saveState(), m.cfg.Session.Ticker.After(m.counter.Wake()))
}

// notify sends the desktop notification, outside Update.
func (m BreaksModel) notify() tea.Cmd {
	if m.cfg.Notifier == nil || m.notifyOff {
		return nil
	}
	n, body := m.cfg.Notifier, m.callText()
	return func() tea.Msg { return notifiedMsg{n.Notify("Time for a break", body)} }
}

// record writes a break's record, outside Update.
func (m BreaksModel) record(r session.Record) tea.Cmd {
	if m.cfg.Record == nil {
		return nil
	}
	write := m.cfg.Record
	return func() tea.Msg { return recordedMsg{write(r)} }
}

// saveState writes the state file, outside Update.
func (m BreaksModel) saveState() tea.Cmd {
	if m.cfg.SaveState == nil {
		return nil
	}
	save, snap := m.cfg.SaveState, m.counter.Snapshot()
	return func() tea.Msg { return stateSavedMsg{save(snap)} }
}

// callText says why the call: how long you have sat, and what the break is.
func (m BreaksModel) callText() string {
	return fmt.Sprintf("You have sat for %s. %s: %s", sitting(m.sat()), m.cfg.Routine.Name, lowerFirst(m.cfg.Routine.Purpose))
}

// sat is the sitting time to show: whole minutes, or whole seconds under
// a minute (an --every of seconds, for trying breaks out).
func (m BreaksModel) sat() time.Duration {
	s := m.counter.Snapshot()
	if d := m.now.Sub(s.SatSince); d < time.Minute {
		return max(d, 0).Truncate(time.Second)
	}
	return s.Sat(m.now)
}

// sitting says a sitting time in words: "45 minutes", "1 h 5 min", or
// "10 seconds" under a minute.
func sitting(d time.Duration) string {
	mins := int(d / time.Minute)
	switch {
	case d > 0 && d < time.Minute:
		return fmt.Sprintf("%d seconds", int(d/time.Second))
	case mins == 1:
		return "1 minute"
	case mins < 60:
		return fmt.Sprintf("%d minutes", mins)
	}
	return fmt.Sprintf("%d h %d min", mins/60, mins%60)
}

// View draws the waiting screen, the call or the break's session.
func (m BreaksModel) View() tea.View {
	var content string
	title := "hipcoach breaks"
	switch {
	case m.c.termWidth == 0:
	case m.screen == breaksSession && (m.c.termWidth < MinWidth || m.c.height < MinHeight):
		content = m.session.compact()
		title = m.session.title()
	case m.screen == breaksSession:
		content = margin(m.session.view(), 0)
		title = m.session.title()
	case m.screen == breaksCalling:
		content = m.callView()
		title = "Time for a break · sat " + shortSat(m.counter.Snapshot().Sat(m.now)) + " · hipcoach"
	default:
		content = m.waitView()
		title = "sat " + shortSat(m.counter.Snapshot().Sat(m.now)) + " · hipcoach breaks"
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = title
	return v
}

func shortSat(d time.Duration) string {
	mins := int(d / time.Minute)
	if mins < 60 {
		return fmt.Sprintf("%dm", mins)
	}
	return fmt.Sprintf("%dh%02dm", mins/60, mins%60)
}

// fit cuts each line to the width and the text to the height.
func (m BreaksModel) fit(lines []string) string {
	w := max(m.c.termWidth-4, 1)
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	if len(lines) > m.c.height && m.c.height > 0 {
		lines = lines[:m.c.height]
	}
	return strings.Join(lines, "\n")
}

// para is styled text wrapped on words to the wait screen's width, each
// line indented by two (styled first: lipgloss would pad a block's lines).
func (m BreaksModel) para(styled string) []string {
	return indent(wrapTo(max(m.c.termWidth-6, 10)).Render(styled), 2)
}

// waitView is the quiet screen between calls.
func (m BreaksModel) waitView() string {
	s := m.counter.Snapshot()
	loc := m.cfg.Session.Location
	lines := []string{"", "  " + m.c.styles.title.Render("hipcoach · desk breaks"), ""}
	lines = append(lines, "  Sat for "+m.c.styles.accent.Render(sitting(s.Sat(m.now))))
	due := s.Due.In(loc).Format("15:04")
	if m.counter.Schedule().Every < time.Minute {
		due = s.Due.In(loc).Format("15:04:05")
	}
	switch {
	case s.Off != "":
		lines = append(lines, "  No calls now: "+s.Off+".")
	default:
		lines = append(lines, m.para(fmt.Sprintf("Next break at %s %s", m.c.styles.title.Render(due),
			m.c.styles.dim.Render("(every "+timer.Short(m.counter.Schedule().Every)+" of sitting)")))...)
	}
	lines = append(lines, m.para(m.c.styles.dim.Render(fmt.Sprintf("Today: %d of %d breaks taken. The break: %s, %s.",
		s.Taken, s.Called, strings.ToLower(m.cfg.Routine.Name), timer.Short(routines.Total(routines.Plan(m.cfg.Routine, m.cfg.Options))))))...)
	if len(m.notes) > 0 {
		lines = append(lines, "")
		for _, n := range m.notes {
			lines = append(lines, m.para(m.c.styles.dim.Render(n))...)
		}
	}
	lines = append(lines, "", "  "+m.help.View(m.keys))
	return m.fit(lines)
}

// callView is the call: calm, centred, one thing to do.
func (m BreaksModel) callView() string {
	r := m.cfg.Routine
	w := max(m.c.termWidth-4, 1)
	// Sentences and the key help wrap on words, each line centred.
	wrapped := func(text string) []string {
		return strings.Split(wrapTo(max(w, 10)).Render(m.c.styles.dim.Render(text)), "\n")
	}
	body := []string{
		m.c.styles.accent.Render("Time to stand up"),
		"",
		"You have sat for " + sitting(m.sat()) + ".",
	}
	body = append(body, wrapped(r.Name+": "+lowerFirst(r.Purpose))...)
	body = append(body, "")
	body = append(body, strings.Split(wrapTo(max(w, 10)).Render(m.help.View(m.keys)), "\n")...)
	for _, n := range m.notes {
		body = append(body, wrapped(n)...)
	}
	if len(body) > m.c.height && m.c.height > 0 {
		body = body[:m.c.height]
	}
	return lipgloss.Place(m.c.termWidth, m.c.height, lipgloss.Center, lipgloss.Center,
		lipgloss.JoinVertical(lipgloss.Center, body...))
}

// notifyReason says in a few words why no notification was shown.
func notifyReason(err error) string {
	if errors.Is(err, breaks.ErrNoNotifier) {
		return breaks.ErrNoNotifier.Error()
	}
	if errors.Is(err, breaks.ErrNotifyTimeout) {
		return breaks.ErrNotifyTimeout.Error()
	}
	return "no notification service answered"
}

// oneLine keeps an error's first line, without control characters.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

// upperFirst capitalises the first letter.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
