package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/timer"
)

// layout is everything the choice of detail depends on: whatever can
// change the rendered screen's height or width. Within a phase it changes
// only when a cue that wraps to another number of lines takes its turn, or
// the clock loses a digit, so most seconds render once instead of trying
// every detail level. (A pose's frames all have one
// size, which routines' tests hold to, so its movement does not count.)
type layout struct {
	width, height int
	phase         int
	clockDigits   int
	paused, help  bool
	// cueLines is how many lines the cue on show wraps to.
	cueLines int
}

// layoutNow is the layout as the model stands.
func (m sessionModel) layoutNow() layout {
	st := m.status()
	return layout{
		width: m.c.termWidth, height: m.c.height, phase: st.Phase,
		clockDigits: len(timer.FormatClock(timer.Seconds(st.Remaining))),
		paused:      st.IsPaused, help: m.c.allKeys, cueLines: strings.Count(bullet(m.cue(), m.c.termWidth-4), "\n") + 1,
	}
}

// fitted chooses the detail level for the layout as it stands, unless the
// one chosen before still holds; update calls it after every change.
func (m sessionModel) fitted() sessionModel {
	if l := m.layoutNow(); l != m.fitFor {
		m.level, m.fitFor = m.fit(), l
	}
	return m
}

// fit is the richest detail level that fits the terminal, trying each.
func (m sessionModel) fit() int {
	w, h := m.c.termWidth-4, m.c.height-2 // page padding
	for i, d := range details {
		out := m.render(d, w)
		if lipgloss.Height(out) <= h && lipgloss.Width(out) <= w {
			return i
		}
	}
	return len(details) - 1
}

// detail is how much the session screen shows; the View tries the richest
// first and steps down until the screen fits the terminal. The picture goes
// first, then the big digits shrink and go, before anything else is dropped.
type detail struct {
	picture    bool
	digitScale int  // 0: no big digits; else cells a font pixel is wide
	digitHigh  int  // rows a font pixel is tall
	bigSide    bool // the side band beside the big display
	spacers    bool
	stop       bool // the exercise's stop cue
	cues       int  // 2: the turn's cue and the common mistake; 1: the cue; 0: none
	phaseBar   bool
	sessionBar bool
	next       bool
}

// details lists the layouts from richest to sparest.
var details = []detail{
	// The digits as large as the terminal allows, then the picture, then the
	// spacing: from two metres the count matters more than the picture.
	{picture: true, digitScale: 4, digitHigh: 4, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 4, digitHigh: 4, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 4, digitHigh: 4, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 4, digitHigh: 4, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 3, digitHigh: 3, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 3, digitHigh: 3, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 3, digitHigh: 3, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 3, digitHigh: 3, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 2, digitHigh: 2, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 2, digitHigh: 2, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 2, digitHigh: 2, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 2, digitHigh: 2, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 2, digitHigh: 1, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 2, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 2, digitHigh: 1, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 2, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 1, digitHigh: 1, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: true, digitScale: 1, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 1, digitHigh: 1, bigSide: true, spacers: true, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 1, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	// Short terminals: the technique cues, then the bars, give way before
	// the big display does; the stop cue stays.
	{picture: false, digitScale: 1, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 1, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 1, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 0, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 1, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 0, phaseBar: false, sessionBar: true, next: true},
	{picture: false, digitScale: 1, digitHigh: 1, bigSide: true, spacers: false, stop: true, cues: 0, phaseBar: false, sessionBar: false, next: false},
	// No big digits: the phase line still carries the time as text.
	{picture: false, digitScale: 0, digitHigh: 0, bigSide: true, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 0, digitHigh: 0, bigSide: false, spacers: false, stop: true, cues: 2, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 0, digitHigh: 0, bigSide: false, spacers: false, stop: true, cues: 1, phaseBar: true, sessionBar: true, next: true},
	{picture: false, digitScale: 0, digitHigh: 0, bigSide: false, spacers: false, stop: true, cues: 1, phaseBar: false, sessionBar: true, next: true},
	{picture: false, digitScale: 0, digitHigh: 0, bigSide: false, spacers: false, stop: true, cues: 0, phaseBar: false, sessionBar: false, next: true},
	{picture: false, digitScale: 0, digitHigh: 0, bigSide: false, spacers: false, cues: 0, phaseBar: false, sessionBar: false, next: false},
}
