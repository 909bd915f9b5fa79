// Package tui is hipcoach's full-screen interface: one model per screen and
// a root Model that routes messages between them. It only shows the plan and
// drives the timer package's countdown; it holds no phase logic of its own.
package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/history"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/sound"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/voice"
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
	Options routines.Options
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
	// History is every session recorded before this run, for streaks and
	// nudges; Location is the user's time zone, for counting days.
	History  []history.Record
	Location *time.Location
	// HistoryNote warns, on the safety screen, when history cannot be kept.
	HistoryNote string
	// Version goes into each record.
	Version string
	// Save, when set, writes a session's record to the history as soon as
	// it is final (when the user runs the routine again), so a long run of
	// sessions is not held in memory until the program ends. It runs in a
	// tea.Cmd; the records it has not yet confirmed stay in Records.
	Save func(history.Record) error
}

// savedMsg reports that Save wrote the record of the session that began at
// start, or why it could not.
type savedMsg struct {
	start time.Time
	err   error
}

// Voice speaks cues without blocking (voice.Speaker).
type Voice interface {
	Say(voice.Utterance)
	Hush()
}

// Tones plays a sound without blocking (sound.Player).
type Tones interface {
	Play(sound.Kind)
}

// screen is which screen the root shows.
type screen int

const (
	screenSafety screen = iota
	screenCheckin
	screenPicker
	screenSession
	screenSummary
)

// Model is the root model: it owns the screens and routes messages to the
// one on show. Quit-confirm and help are overlays of the session.
type Model struct {
	cfg     Config
	keys    keyMap
	screen  screen
	width   int
	height  int
	picker  pickerModel
	session sessionModel
	summary summaryModel
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
	// records are the sessions of this run already over; Records adds the
	// one on screen.
	records []history.Record
	// scroll is how far the user has scrolled the text of scrolledOn (the
	// safety notice or the summary) when it is taller than the terminal;
	// another screen starts at the top.
	scroll     int
	scrolledOn screen
	// light is set when the terminal says its background is light; until
	// then (and if it never says) the colours suit a dark one.
	light bool
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
	keys := newKeyMap()
	picker := newPicker(cfg.Options, keys)
	picker.recent = recentLine(cfg.History, cfg.Clock.Now(), cfg.Location)
	return Model{cfg: cfg, keys: keys, picker: picker, checkin: newCheckin(keys)}
}

// Records are the history records of this run: every session finished or
// quit, including the one on screen (as quit, if it is still going). The
// caller appends them to the history file when the program ends, however it
// ends.
func (m Model) Records() []history.Record {
	out := append([]history.Record(nil), m.records...)
	switch m.screen {
	case screenSession:
		out = append(out, m.session.record(m.painBefore, m.cfg.Version, m.cfg.Location))
	case screenSummary:
		out = append(out, m.summary.rec)
	}
	return out
}

// save writes a final record through Config.Save, if there is one.
func (m Model) save(rec history.Record) tea.Cmd {
	save := m.cfg.Save
	if save == nil {
		return nil
	}
	return func() tea.Msg { return savedMsg{start: rec.Start, err: save(rec)} }
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
		m.width, m.height = msg.Width, msg.Height
		m.session.width, m.session.height = msg.Width, msg.Height
		if m.screen == screenSession {
			m.session = m.session.fitted()
		}
		m.picker.width, m.picker.height = msg.Width, msg.Height
		m.library.width, m.library.height = msg.Width, msg.Height
		m.summary.width = msg.Width
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Force) {
			return m, tea.Interrupt
		}
	case tea.BackgroundColorMsg:
		m.light = !msg.IsDark()
		return m, nil
	case savedMsg:
		// Written: no longer the program's to write at exit. A record that
		// could not be written stays, and is tried once more then.
		if msg.err == nil {
			for i, r := range m.records {
				if r.Start.Equal(msg.start) {
					m.records = append(m.records[:i:i], m.records[i+1:]...)
					break
				}
			}
		}
		return m, nil
	}

	if m.inLibrary {
		switch msg.(type) {
		case libraryClosedMsg:
			m.inLibrary = false
			return m, nil
		case tea.KeyPressMsg:
			var cmd tea.Cmd
			m.library, cmd = m.library.Update(msg)
			return m, cmd
		}
	}

	if k, ok := msg.(tea.KeyPressMsg); ok && (m.screen == screenSafety || m.screen == screenSummary) {
		switch {
		case key.Matches(k, m.keys.Up):
			return m.scrollBy(-1), nil
		case key.Matches(k, m.keys.Down):
			return m.scrollBy(1), nil
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
		if done {
			return m.afterCheckin()
		}
		return m, nil
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
			rec := m.summary.rec
			m.records = append(m.records, rec)
			// The check-in after one session is the one before the next.
			m.painBefore = rec.PainAfter
			next, cmd := m.startSession(m.session.routine, m.session.opts)
			return next, tea.Batch(cmd, m.save(rec))
		}
		var cmd tea.Cmd
		m.summary, cmd = m.summary.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m Model) updateSafety(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(k, m.keys.Enter):
		m.screen = screenCheckin
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	}
	return m, nil
}

// afterCheckin goes on to the routine given on the command line, or to the
// picker.
func (m Model) afterCheckin() (tea.Model, tea.Cmd) {
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
	m.library = newLibrary(m.keys, m.width, m.height)
	id := ""
	switch m.screen {
	case screenSession:
		id = m.session.phase().Exercise.ID
	case screenPicker:
		if it := m.picker.items()[m.picker.cursor]; it.step >= 0 {
			id = routines.All[it.routine].Steps[it.step].Exercise.ID
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
	m.session = newSession(m.cfg, r, o, m.keys)
	m.session.width, m.session.height = m.width, m.height
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
	if m.screen == screenSession && m.session.countdown.Finished() {
		m.screen = screenSummary
		m.scroll = 0 // a new summary starts at its top
		past := append(m.cfg.History[:len(m.cfg.History):len(m.cfg.History)], m.records...)
		rec := m.session.record(m.painBefore, m.cfg.Version, m.cfg.Location)
		m.summary = newSummary(m.session, m.keys, m.width, rec, past, m.cfg.Location)
	}
	return m, cmd
}

// View draws the screen on show, or the too-small notice.
func (m Model) View() tea.View {
	// The screens draw with the package's styles; set them from the model
	// first, so what is drawn depends on the model alone.
	if m.light {
		usePalette(&lightPalette)
	} else {
		usePalette(&darkPalette)
	}
	var content string
	switch {
	case m.width == 0:
		content = "" // size not known yet
	case m.width < MinWidth || m.height < MinHeight:
		content = tooSmallView(m.width, m.height)
	case m.inLibrary:
		content = m.page(m.library.View())
	case m.screen == screenSafety, m.screen == screenSummary:
		content = m.scrolled(m.scrollText())
	case m.screen == screenCheckin:
		content = m.page(checkinView(m.checkin, m.width-4))
	case m.screen == screenPicker:
		content = m.page(m.picker.View())
	case m.screen == screenSession && m.confirming:
		content = m.page(quitView(m.session))
	case m.screen == screenSession:
		content = margin(m.session.View()) // lays itself out to fit
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "hipcoach"
	if m.screen == screenSession && !m.confirming && !m.inLibrary {
		v.WindowTitle = m.session.title()
	}
	return v
}

// tooSmallView says how big the terminal must be; the session, if any, goes
// on underneath and the screen comes back by itself when the window grows.
func tooSmallView(w, h int) string {
	msg := fmt.Sprintf("Terminal too small (%d×%d).\nMake it at least %d×%d.", w, h, MinWidth, MinHeight)
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, msg)
}
