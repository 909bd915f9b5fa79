// Package tui is hipcoach's full-screen interface: one model per screen and
// a root Model that routes messages between them. It is a view of the
// session package's engine, which runs the plan, plays the sounds and keeps
// the record; it holds no phase logic of its own.
package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Minimum terminal size for any screen; below it the too-small screen shows.
const (
	MinWidth  = 40
	MinHeight = 12
)

// Config is what the command line and the tests decide about a run.
type Config struct {
	// Routine, when set, skips the mode picker.
	Routine *routines.Routine
	// Routines are what the picker offers: the built-in routines and then
	// the config file's (nil: the built-in ones).
	Routines []routines.Routine
	Options  routines.Options
	// Quiet turns the terminal bell off.
	Quiet bool
	Clock timer.Clock
	// Ticker schedules ticks; tests pass one that lets them send ticks.
	Ticker Ticker
	// Voice speaks the cues; nil for none.
	Voice Voice
	// Tones plays the sounds; nil rings the terminal bell instead.
	Tones Tones
	// AudioNote tells the user, on the safety screen, what they will hear.
	AudioNote string
	// Past adds up every session recorded before this run, for the
	// greeting, streaks and nudges (nil for none); Location is the user's
	// time zone, for counting days.
	Past *history.Summary
	// LoadPast, when set, reads the history after the first frame (in a
	// command), so the first screen never waits for a long one; its
	// summary then takes Past's place.
	LoadPast func() *history.Summary
	Location *time.Location
	// HistoryNote warns, on the safety screen, when history cannot be kept.
	HistoryNote string
	// Version goes into each record.
	Version string
	// Flash fills the screen with the phase's colour for a moment at each
	// change, for a noisy room or a person who cannot hear (--flash).
	Flash bool
	// Later delivers msg after d (the end of a flash); nil is tea.Tick.
	// Tests pass one they control.
	Later func(d time.Duration, msg tea.Msg) tea.Cmd
}

// Voice speaks cues without blocking (voice.Speaker).
type Voice = session.Voice

// Tones plays a sound without blocking (sound.Player).
type Tones = session.Tones

// screen is which screen the root shows.
type screen int

const (
	screenSafety screen = iota
	screenCheckin
	// screenPainGate follows a check-in of routines.SeverePain or more.
	screenPainGate
	screenPicker
	screenSession
	screenSummary
)

// overlay is what shows over the screen, if anything: every key (after ?,
// on any screen), the question before quitting a session, or the exercise
// library over the picker or a paused session. Closing one returns to
// exactly where the user was.
type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayQuit
	overlayLibrary
)

// Model is the root model: it owns the screens and the overlays, and
// routes messages to the one on show. Screens say where to go next with
// named messages (safetyDoneMsg, checkinDoneMsg, startSessionMsg, …),
// which the root routes in the same Update rather than through a command:
// a command's message would arrive after any key already typed, so a
// quick second Enter would land on the screen it was meant to leave.
type Model struct {
	cfg     Config
	c       *common
	screen  screen
	overlay overlay

	safety  safetyModel
	checkin checkinModel
	gate    painGateModel
	picker  pickerModel
	session sessionModel
	summary summaryModel
	quit    quitModel
	library libraryModel

	// painBefore is the check-in before the sessions of this run.
	painBefore *int
	// unspent is a check-in answered but not yet part of a session: if no
	// session follows (a stop at the pain screen, a quit at the picker),
	// it is kept as a record of its own.
	unspent *session.Record
	// records are the sessions of this run already over; Records adds the
	// one on screen. The caller saves them all when the program ends: one
	// writer, whatever way the program ends.
	records []session.Record
	// interrupted is set by Ctrl+C or a signal; quitSignal by Ctrl+\.
	interrupted, quitSignal bool
}

// New returns the root model for a run.
func New(cfg Config) Model {
	if cfg.Clock == nil {
		cfg.Clock = timer.SystemClock{}
	}
	if cfg.Ticker == nil {
		cfg.Ticker = NewTicker()
	}
	if cfg.Location == nil {
		cfg.Location = time.Local
	}
	if cfg.Later == nil {
		cfg.Later = func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		}
	}
	if cfg.Routines == nil {
		cfg.Routines = routines.All
	}
	if cfg.Past == nil {
		cfg.Past = history.NewSummary(cfg.Location)
	}
	c := newCommon()
	recent := recentLine(cfg.Past, cfg.Clock.Now(), cfg.Location)
	return Model{
		cfg: cfg, c: c,
		safety:  newSafety(c, cfg.AudioNote, cfg.HistoryNote, cfg.Routine, cfg.Options),
		checkin: newCheckin(c),
		picker:  newPicker(c, cfg.Routines, cfg.Options, recent),
	}
}

// InterruptedMsg is sent by the program when a signal (SIGINT, SIGTERM,
// SIGHUP) asks the coach to stop now.
type InterruptedMsg struct{}

// interrupt ends the run at once, as Ctrl+C or a signal asks. It quits the
// program the ordinary way, which waits for the terminal reader to stop
// before closing it (Bubble Tea v2.1.1's interrupt and kill paths close it
// under a reader still running: a data race), and Interrupted tells the
// caller to exit 130.
func (m Model) interrupt() (tea.Model, tea.Cmd) {
	m.interrupted = true
	return m, tea.Quit
}

// Interrupted reports whether the run was ended by Ctrl+C or a signal.
func (m Model) Interrupted() bool { return m.interrupted }

// QuitSignal reports a run ended by Ctrl+\, which a terminal not in raw
// mode turns into SIGQUIT: the caller exits 131 for it.
func (m Model) QuitSignal() bool { return m.quitSignal }

// OnSummary reports whether the summary is on show: the user has seen how
// the last session went.
func (m Model) OnSummary() bool { return m.screen == screenSummary }

// Records are the history records of this run: every session finished or
// quit, including the one on screen (as quit, if it is still going). The
// caller appends them to the history file when the program ends, however it
// ends.
func (m Model) Records() []session.Record {
	out := append([]session.Record(nil), m.records...)
	switch {
	case m.screen == screenSession || m.screen == screenSummary:
		out = append(out, m.session.run.Record())
	case m.unspent != nil:
		out = append(out, *m.unspent)
	}
	return out
}

// keepCheckin remembers a check-in that no session has taken up yet, for
// routine (the one chosen, or "" when none is yet).
func (m Model) keepCheckin(pain *int, routine string) Model {
	m.unspent = nil
	if pain != nil {
		rec := session.CheckinRecord(m.cfg.Clock.Now().In(m.cfg.Location), routine, *pain, m.cfg.Version)
		m.unspent = &rec
	}
	return m
}

// Init asks the terminal for its background colour, so the colours can
// suit it; the answer comes as a tea.BackgroundColorMsg, without holding
// up the first screen, and a terminal that never answers keeps the dark
// colours.
func (m Model) Init() tea.Cmd {
	if load := m.cfg.LoadPast; load != nil {
		return tea.Batch(tea.RequestBackgroundColor, func() tea.Msg { return pastLoadedMsg{load()} })
	}
	return tea.RequestBackgroundColor
}

// pastLoadedMsg brings the history, read after the first frame.
type pastLoadedMsg struct{ past *history.Summary }

// Update handles what every screen shares (resizes, the background, Ctrl+C
// and signals), routes keys to the overlay or the screen on show, and
// moves between screens on their named messages.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		// Every screen reads the size from common when it draws; only the
		// session keeps something that depends on it, its fitted layout.
		m.c.setSize(msg.Width, msg.Height)
		if m.screen == screenSession {
			m.session = m.session.fitted()
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.setBackground(!msg.IsDark())
		return m, nil
	case InterruptedMsg:
		return m.interrupt()
	case pastLoadedMsg:
		if msg.past != nil {
			m.cfg.Past = msg.past
			m.picker.recent = recentLine(msg.past, m.cfg.Clock.Now(), m.cfg.Location)
		}
		return m, nil
	case quitMsg:
		return m, tea.Quit
	case tea.KeyPressMsg:
		if key.Matches(msg, m.c.keys.Force) {
			return m.interrupt()
		}
		if key.Matches(msg, m.c.keys.ForceQuit) {
			m.quitSignal = true
			return m.interrupt()
		}
		if m.c.tooSmall() && !m.inSession() {
			// Only "Terminal too small" is on show: a key must not answer
			// a question the person cannot see (a pain, "quit?").
			return m, nil
		}
		return m.updateKey(msg)
	case tickMsg, flashOffMsg:
		if m.screen == screenSession {
			var cmd tea.Cmd
			m.session, cmd = m.session.update(msg)
			return m.finishIfDone(cmd)
		}
		return m, nil
	}
	return m.navigate(msg)
}

// navigate moves between screens and overlays on the screens' news.
func (m Model) navigate(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case safetyDoneMsg:
		m = m.show(screenCheckin)
	case checkinDoneMsg:
		m.painBefore = msg.pain
		routine := ""
		if m.cfg.Routine != nil {
			routine = m.cfg.Routine.ID
		}
		m = m.keepCheckin(msg.pain, routine)
		if severe(m.painBefore) {
			m.gate = newPainGate(m.c, *m.painBefore, false)
			return m.show(screenPainGate), nil
		}
		return m.afterCheckin()
	case goOnGentlyMsg:
		return m.goOnGently(msg)
	case startSessionMsg:
		return m.startSession(msg.routine, msg.opts)
	case againMsg:
		return m.again()
	case openLibraryMsg:
		m.library = newLibrary(m.c, msg.id)
		m = m.setOverlay(overlayLibrary)
	case libraryClosedMsg:
		m = m.setOverlay(overlayNone)
	case goOnMsg:
		m = m.setOverlay(overlayNone)
		if msg.resume {
			var cmd tea.Cmd
			m.session, cmd = m.session.resume()
			return m, cmd
		}
	}
	return m, nil
}

// updateKey gives a key to the overlay on show, else handles the keys that
// open and close overlays, else gives it to the screen.
func (m Model) updateKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	var out tea.Msg
	switch m.overlay {
	case overlayLibrary:
		m.library, out = m.library.update(k)
		return m.follow(out)
	case overlayQuit:
		m.quit, out = m.quit.update(k)
		return m.follow(out)
	}
	keys := m.c.keys
	switch {
	case key.Matches(k, keys.Help):
		// ? on every screen, the overlays aside.
		if m.overlay == overlayHelp {
			return m.setOverlay(overlayNone), nil
		}
		return m.setOverlay(overlayHelp), nil
	case m.screen == screenSession:
		return m.updateSessionKey(k)
	case m.screen == screenPicker && key.Matches(k, keys.Library):
		return m.navigate(openLibraryMsg{id: m.picker.exerciseID()})
	}
	switch m.screen {
	case screenSafety:
		m.safety, out = m.safety.update(k)
	case screenCheckin:
		m.checkin, out = m.checkin.update(k)
	case screenPainGate:
		m.gate, out = m.gate.update(k)
	case screenPicker:
		m.picker, out = m.picker.update(k)
	case screenSummary:
		m.summary, out = m.summary.update(k)
	}
	return m.follow(out)
}

// updateSessionKey opens the session's overlays (Esc closes the help
// first; it asks to quit only after) or gives the key to the session.
func (m Model) updateSessionKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	keys := m.c.keys
	switch {
	case m.overlay == overlayHelp && key.Matches(k, keys.Close):
		return m.setOverlay(overlayNone), nil
	case key.Matches(k, keys.Quit):
		var running bool
		m.session, running = m.session.pause()
		m.quit = newQuit(m.c, m.session.run, running)
		return m.setOverlay(overlayQuit), nil
	case key.Matches(k, keys.Library):
		// The library pauses the session, and leaves it paused on return.
		m.session, _ = m.session.pause()
		return m.navigate(openLibraryMsg{id: m.session.phase().Exercise.ID})
	}
	var cmd tea.Cmd
	m.session, cmd = m.session.update(k)
	return m.finishIfDone(cmd)
}

// follow routes a screen's news, if it has any.
func (m Model) follow(out tea.Msg) (tea.Model, tea.Cmd) {
	if out == nil {
		return m, nil
	}
	return m.Update(out)
}

// show puts a screen on show, with no overlay over it.
func (m Model) show(s screen) Model {
	m.screen = s
	return m.setOverlay(overlayNone)
}

// setOverlay shows an overlay, or none; the screens see the help overlay
// as common.allKeys, and the session refits to the room it leaves.
func (m Model) setOverlay(o overlay) Model {
	m.overlay = o
	m.c.allKeys = o == overlayHelp
	if m.screen == screenSession {
		m.session = m.session.fitted()
	}
	return m
}

// afterCheckin goes on to the routine given on the command line, or to the
// picker.
func (m Model) afterCheckin() (tea.Model, tea.Cmd) {
	if m.cfg.Routine != nil {
		return m.startSession(*m.cfg.Routine, m.cfg.Options)
	}
	return m.show(screenPicker), nil
}

// goOnGently goes on past the pain gate with every step in its easier
// version: the same routine again, the one named on the command line, or
// the picker with every routine made easier and a line saying so.
func (m Model) goOnGently(msg goOnGentlyMsg) (tea.Model, tea.Cmd) {
	switch {
	case msg.again:
		run := m.session.run
		return m.startSession(run.Routine().AllEasier(), run.Options())
	case m.cfg.Routine != nil:
		return m.startSession(m.cfg.Routine.AllEasier(), m.cfg.Options)
	}
	m.picker = m.picker.gentlyFrom(msg.pain)
	return m.show(screenPicker), nil
}

// again keeps the finished session and runs the same routine once more.
// The check-in after one session is the one before the next, and severe
// pain stops at the gate before it too.
func (m Model) again() (tea.Model, tea.Cmd) {
	run := m.session.run
	m.records = append(m.records, run.Record())
	m.painBefore = run.PainAfter
	if severe(m.painBefore) {
		// Stopping here is an answer too: the check-in before a run that
		// did not start.
		m = m.keepCheckin(m.painBefore, run.Routine().ID)
		m.gate = newPainGate(m.c, *m.painBefore, true)
		return m.show(screenPainGate), nil
	}
	return m.startSession(run.Routine(), run.Options())
}

func (m Model) startSession(r routines.Routine, o routines.Options) (tea.Model, tea.Cmd) {
	m.session = newSession(m.c, m.cfg, r, o, true)
	m.session.run.PainBefore = m.painBefore
	m.unspent = nil // the session carries the check-in now
	m = m.show(screenSession)
	var cmd tea.Cmd
	m.session, cmd = m.session.start()
	return m.finishIfDone(cmd)
}

// finishIfDone moves to the summary once the session's last phase is over.
func (m Model) finishIfDone(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if m.screen == screenSession && m.session.run.Finished() {
		past := m.cfg.Past.Clone()
		for _, r := range m.records {
			past.Add(r)
		}
		m.summary = newSummary(m.c, m.session.run, past)
		m = m.show(screenSummary)
	}
	return m, cmd
}

// View draws the screen on show, or the overlay over it, or the too-small
// notice.
func (m Model) View() tea.View {
	var content string
	switch {
	case m.c.width == 0:
		content = "" // size not known yet
	case m.c.tooSmall():
		content = m.tooSmallView()
	case m.overlay == overlayLibrary:
		content = m.library.view()
	case m.overlay == overlayQuit:
		content = m.quit.view()
	default:
		content = m.screenView()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "hipcoach"
	if m.inSession() {
		v.WindowTitle = m.session.title()
	}
	return v
}

// screenView draws the screen on show.
func (m Model) screenView() string {
	switch m.screen {
	case screenCheckin:
		return m.checkin.view()
	case screenPainGate:
		return m.gate.view()
	case screenPicker:
		return m.picker.view()
	case screenSession:
		return margin(m.session.view(), 0) // lays itself out to fit
	case screenSummary:
		return m.summary.view()
	}
	return m.safety.view()
}

// inSession reports a session on show with nothing over it but the help.
func (m Model) inSession() bool {
	return m.screen == screenSession && (m.overlay == overlayNone || m.overlay == overlayHelp)
}

// tooSmallView says how big the terminal must be. A session goes on
// underneath, so it keeps what a person on the floor needs: the phase, the
// side and the time left; the full screen comes back by itself when the
// window grows.
func (m Model) tooSmallView() string {
	w, h := m.c.termWidth, m.c.height
	msg := fmt.Sprintf("Terminal too small (%d×%d).\nMake it at least %d×%d.", w, h, MinWidth, MinHeight)
	if m.inSession() {
		msg = m.session.compact() + "\n" + m.c.styles.dim.Render(fmt.Sprintf("(%d×%d: %d×%d shows more)", w, h, MinWidth, MinHeight))
	}
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(lines[:min(len(lines), max(h, 1))], "\n"))
}
