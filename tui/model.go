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
	"charm.land/bubbles/v2/viewport"
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
	Past     *history.Summary
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

// Model is the root model: it owns the screens and routes messages to the
// one on show. Quit-confirm and help are overlays of the session.
type Model struct {
	cfg Config
	// termWidth is the terminal's width; width is the page's, at most
	// maxPageWidth, centred in it.
	termWidth int
	keys      keyMap
	screen    screen
	width     int
	height    int
	picker    pickerModel
	session   sessionModel
	summary   summaryModel
	// confirming is the quit-confirm screen over a paused session;
	// wasPaused remembers whether the user had paused before asking.
	confirming bool
	wasPaused  bool
	// inLibrary shows the exercise library over the picker or a paused
	// session; closing it returns to exactly where the user was.
	inLibrary bool
	library   libraryModel
	checkin   checkinModel
	// painBefore is the check-in before the sessions of this run.
	painBefore *int
	// gateAgain is set when the pain gate stands before running the same
	// routine again, rather than before the first session.
	gateAgain bool
	// records are the sessions of this run already over; Records adds the
	// one on screen. The caller saves them all when the program ends: one
	// writer, whatever way the program ends.
	records []session.Record
	// scroller shows the safety notice or the summary, whichever is on
	// show, when it is taller than the terminal; a new summary starts at
	// its top.
	scroller viewport.Model
	// allKeys shows every key of the screen on show, after ?.
	allKeys bool
	// light is set when the terminal says its background is light; until
	// then (and if it never says) the colours suit a dark one. styles are
	// built from it and handed to every screen.
	light  bool
	styles styles
	// interrupted is set by Ctrl+C or a signal.
	interrupted bool
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
	keys := newKeyMap()
	st := stylesFor(false)
	if cfg.Routines == nil {
		cfg.Routines = routines.All
	}
	picker := newPicker(cfg.Routines, cfg.Options, keys, st)
	if cfg.Past == nil {
		cfg.Past = history.NewSummary(cfg.Location)
	}
	picker.recent = recentLine(cfg.Past, cfg.Clock.Now(), cfg.Location)
	return Model{cfg: cfg, keys: keys, picker: picker, checkin: newCheckin(keys, st), styles: st, scroller: newScroller()}
}

// showAllKeys shows every key of the screen on show (after ?), or its
// short key line again.
func (m Model) showAllKeys(on bool) Model {
	m.allKeys = on
	m.picker.allKeys, m.library.allKeys = on, on
	return m
}

// withStyles hands new styles to every screen.
func (m Model) withStyles(st styles) Model {
	m.styles = st
	m.picker.st, m.checkin.st, m.library.st, m.session.st = st, st, st, st
	m.summary.st, m.summary.checkin.st = st, st
	return m
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

// OnSummary reports whether the summary is on show: the user has seen how
// the last session went.
func (m Model) OnSummary() bool { return m.screen == screenSummary }

// Records are the history records of this run: every session finished or
// quit, including the one on screen (as quit, if it is still going). The
// caller appends them to the history file when the program ends, however it
// ends.
func (m Model) Records() []session.Record {
	out := append([]session.Record(nil), m.records...)
	if m.screen == screenSession || m.screen == screenSummary {
		out = append(out, m.session.run.Record())
	}
	return out
}

// Init asks the terminal for its background colour, so the colours can
// suit it; the answer comes as a tea.BackgroundColorMsg, without holding
// up the first screen, and a terminal that never answers keeps the dark
// colours.
func (m Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update routes a message to the screen on show, after the messages every
// screen shares: resizes, Ctrl+C and the screens' own news.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		// Pages of text read best at most maxPageWidth wide, centred; the
		// session uses the whole width for its big display.
		m.termWidth, m.width, m.height = msg.Width, min(msg.Width, maxPageWidth), msg.Height
		m.session.width, m.session.height = msg.Width, msg.Height
		if m.screen == screenSession {
			m.session = m.session.fitted()
		}
		m.picker.width, m.picker.height = m.width, msg.Height
		m.library.width, m.library.height = m.width, msg.Height
		m.summary.width = m.width
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Force) {
			return m.interrupt()
		}
	case InterruptedMsg:
		return m.interrupt()
	case tea.BackgroundColorMsg:
		m.light = !msg.IsDark()
		return m.withStyles(stylesFor(m.light)), nil
	}

	if m.inLibrary {
		switch msg.(type) {
		case libraryClosedMsg:
			m.inLibrary = false
			return m.showAllKeys(false), nil
		case tea.KeyPressMsg:
			var cmd tea.Cmd
			m.library, cmd = m.library.Update(msg)
			return m, cmd
		}
	}

	if k, ok := msg.(tea.KeyPressMsg); ok {
		inSession := m.screen == screenSession && !m.confirming && !m.inLibrary
		switch {
		case key.Matches(k, m.keys.Help) && !inSession:
			// ? on every screen; the session has its own help.
			return m.showAllKeys(!m.allKeys), nil
		case m.scrolling() && !m.inLibrary && scrolls(m.scroller.KeyMap, k):
			vp, _, _ := m.sized()
			m.scroller, _ = vp.Update(msg)
			return m, nil
		}
	}

	switch m.screen {
	case screenSafety:
		return m.updateSafety(msg)
	case screenCheckin:
		k, ok := msg.(tea.KeyPressMsg)
		if !ok {
			return m, nil
		}
		if k.String() == "q" {
			return m, tea.Quit
		}
		var done bool
		m.checkin, done, m.painBefore = m.checkin.answer(k)
		switch {
		case done && severe(m.painBefore):
			m.screen = screenPainGate
			m.scroller.SetYOffset(0)
		case done:
			return m.afterCheckin()
		}
		return m, nil
	case screenPainGate:
		return m.updatePainGate(msg)
	case screenPicker:
		if r, ok := msg.(routineChosenMsg); ok {
			return m.startSession(r.routine, r.opts)
		}
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Library) {
			return m.openLibrary(), nil
		}
		var cmd tea.Cmd
		m.picker, cmd = m.picker.Update(msg)
		return m, cmd
	case screenSession:
		return m.updateSession(msg)
	case screenSummary:
		if _, ok := msg.(againMsg); ok {
			run := m.session.run
			m.records = append(m.records, run.Record())
			// The check-in after one session is the one before the next,
			// and severe pain stops at the gate before it too.
			m.painBefore = run.PainAfter
			if severe(m.painBefore) {
				m.screen, m.gateAgain = screenPainGate, true
				return m, nil
			}
			return m.startSession(run.Routine(), run.Options())
		}
		var cmd tea.Cmd
		m.summary, cmd = m.summary.Update(msg)
		return m, cmd
	}
	return m, nil
}

// scrolling reports a screen whose text scrolls when the terminal is too
// short for it.
func (m Model) scrolling() bool {
	return m.screen == screenSafety || m.screen == screenSummary || m.screen == screenPainGate
}

// severe reports a check-in of routines.SeverePain or more.
func severe(pain *int) bool { return pain != nil && *pain >= routines.SeverePain }

// updatePainGate stops (Enter, q, Esc) or goes on gently (g) to what the
// check-in was for: the first session, or the same routine again.
func (m Model) updatePainGate(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, m.keys.Gently) && m.gateAgain:
		m.gateAgain = false
		run := m.session.run
		return m.startSession(run.Routine(), run.Options())
	case key.Matches(k, m.keys.Gently):
		return m.afterCheckin()
	case key.Matches(k, m.keys.Enter), key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	}
	return m, nil
}

func (m Model) updateSafety(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, m.keys.Enter):
		m.screen = screenCheckin
		m = m.showAllKeys(false)
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	}
	return m, nil
}

// afterCheckin goes on to the routine given on the command line, or to the
// picker.
func (m Model) afterCheckin() (tea.Model, tea.Cmd) {
	m = m.showAllKeys(false)
	if m.cfg.Routine != nil {
		return m.startSession(*m.cfg.Routine, m.cfg.Options)
	}
	m.screen = screenPicker
	return m, nil
}

// openLibrary shows the exercise library over the current screen.
// openLibrary shows the exercise library at the exercise the user is
// looking at: the one being done in a session, the step under the
// picker's cursor, or else the first.
func (m Model) openLibrary() Model {
	m.inLibrary = true
	m.library = newLibrary(m.keys, m.styles, m.width, m.height)
	id := ""
	switch m.screen {
	case screenSession:
		id = m.session.phase().Exercise.ID
	case screenPicker:
		if it := m.picker.items()[m.picker.cursor]; it.step >= 0 {
			id = m.picker.routines[it.routine].Steps[it.step].Exercise.ID
		}
	}
	for i, e := range routines.Exercises {
		if e.ID == id {
			m.library.cursor = i
		}
	}
	return m
}

func (m Model) startSession(r routines.Routine, o routines.Options) (tea.Model, tea.Cmd) {
	m.session = newSession(m.cfg, r, o, m.keys, m.styles)
	m.session.run.PainBefore = m.painBefore
	m.session.width, m.session.height = m.termWidth, m.height
	m.screen = screenSession
	var cmd tea.Cmd
	m.session, cmd = m.session.start()
	return m.finishIfDone(cmd)
}

// updateSession handles the quit-confirm overlay and otherwise passes the
// message to the session.
func (m Model) updateSession(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, isKey := msg.(tea.KeyPressMsg)
	if m.confirming {
		switch {
		case !isKey:
		case key.Matches(k, m.keys.Yes):
			return m, tea.Quit
		case key.Matches(k, m.keys.No):
			m.confirming = false
			if !m.wasPaused {
				var cmd tea.Cmd
				m.session, cmd = m.session.resume()
				return m, cmd
			}
			return m, nil
		default:
			return m, nil // other keys wait for the answer
		}
	} else if isKey && m.session.help.ShowAll && key.Matches(k, m.keys.Close) {
		// Esc closes the full help first; it asks to quit only after.
		m.session.help.ShowAll = false
		m.session = m.session.fitted()
		return m, nil
	} else if isKey && key.Matches(k, m.keys.Quit) {
		var paused bool
		m.session, paused = m.session.pause()
		m.wasPaused = !paused
		m.confirming = true
		return m, nil
	} else if isKey && key.Matches(k, m.keys.Library) {
		// The library pauses the session, and leaves it paused on return.
		m.session, _ = m.session.pause()
		return m.openLibrary(), nil
	}
	var cmd tea.Cmd
	m.session, cmd = m.session.Update(msg)
	return m.finishIfDone(cmd)
}

// finishIfDone moves to the summary once the session's last phase is over.
func (m Model) finishIfDone(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if m.screen == screenSession && m.session.run.Finished() {
		m.screen = screenSummary
		m.scroller.SetYOffset(0) // a new summary starts at its top
		past := m.cfg.Past.Clone()
		for _, r := range m.records {
			past.Add(r)
		}
		m.summary = newSummary(m.session.run, m.keys, m.styles, m.width, past)
	}
	return m, cmd
}

// View draws the screen on show, or the too-small notice.
func (m Model) View() tea.View {
	var content string
	switch {
	case m.width == 0:
		content = "" // size not known yet
	case m.termWidth < MinWidth || m.height < MinHeight:
		content = m.tooSmallView()
	case m.inLibrary:
		content = m.page(m.library.View())
	case m.screen == screenSafety, m.screen == screenSummary:
		content = m.scrolled()
	case m.screen == screenCheckin:
		content = m.pageKeys(checkinView(m.checkin, m.width-4), m.keys.checkinKeys(m.checkin.one))
	case m.screen == screenPainGate:
		content = m.scrolled()
	case m.screen == screenPicker:
		content = m.page(m.picker.View())
	case m.screen == screenSession && m.confirming:
		content = m.pageKeys(quitView(m.session), m.keys.quitKeys())
	case m.screen == screenSession:
		content = margin(m.session.View(), 0) // lays itself out to fit
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "hipcoach"
	if m.screen == screenSession && !m.confirming && !m.inLibrary {
		v.WindowTitle = m.session.title()
	}
	return v
}

// maxPageWidth is the widest a page of text (safety, picker, summary,
// library) is laid out; wider terminals centre it.
const maxPageWidth = 110

// tooSmallView says how big the terminal must be. A session goes on
// underneath, so it keeps what a person on the floor needs: the phase, the
// side and the time left; the full screen comes back by itself when the
// window grows.
func (m Model) tooSmallView() string {
	w, h := m.termWidth, m.height
	msg := fmt.Sprintf("Terminal too small (%d×%d).\nMake it at least %d×%d.", w, h, MinWidth, MinHeight)
	if m.screen == screenSession && !m.confirming && !m.inLibrary {
		msg = m.session.compact() + "\n" + m.styles.dim.Render(fmt.Sprintf("(%d×%d: %d×%d shows more)", w, h, MinWidth, MinHeight))
	}
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(lines[:min(len(lines), max(h, 1))], "\n"))
}
