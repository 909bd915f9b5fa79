package tui

import (
	"fmt"
	"image/color"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// phaseLook is the phase's word in capitals and its colour; PAUSED wins
// over the phase while the clock is stopped.
func (m sessionModel) phaseLook() (string, color.Color) {
	return m.phaseWordFor(m.phase(), m.status().IsPaused)
}

// phaseWordFor is phase p's word in capitals and its colour, or PAUSED.
func (m sessionModel) phaseWordFor(p routines.Phase, paused bool) (string, color.Color) {
	st := m.c.styles
	if paused {
		return "PAUSED", st.paused
	}
	switch p.Kind {
	case routines.GetReady:
		return "GET READY", st.getReady
	case routines.SwitchSides:
		return "SWITCH SIDES", st.switchSides
	case routines.Rest:
		return "REST", st.getReady
	}
	if p.Exercise.Kind == routines.Roll {
		return "ROLL", st.roll
	}
	return strings.ToUpper(p.Word()), st.work
}

// view lays the session out for the terminal's size, in the step's layout
// made in update (or, should the key have changed since, a fresh one).
func (m sessionModel) view() string {
	if m.flashing >= 0 {
		return m.flashView()
	}
	l := m.laid
	if k := m.layoutKey(); k != l.key {
		l = m.layoutFor(k)
	}
	return m.render(l)
}

// cue is the technique cue on show: the one whose turn it is during work,
// the set-up cue in lead-ins and switches.
func (m sessionModel) cue() string {
	p := m.phase()
	elapsed := m.status().PhaseElapsed
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
	return p.Exercise.Pace.At(m.status().PhaseElapsed), true
}

// flashView is the screen for a moment after a change of phase, with
// --flash: all of it in the phase's colour, with the phase and the side in
// words, to be seen from across a room.
func (m sessionModel) flashView() string {
	word, col := m.phaseLook()
	text := word
	if side := m.phase().Side.String(); side != "" {
		text += " · " + strings.ToUpper(side) + " SIDE"
	}
	fill := lipgloss.NewStyle().Background(col)
	return lipgloss.Place(m.c.termWidth-4, m.c.height-2, lipgloss.Center, lipgloss.Center,
		m.c.styles.badgeBase.Background(col).Render(text), lipgloss.WithWhitespaceStyle(fill))
}

// minutesLeft is the session's time left in whole minutes, rounded up:
// "3 min left", and in the last minute "under a minute left" (not "1 min
// left" with 10 s to go). The phase's clock counts the seconds; a second
// clock ticking in the header cost a fifth of what the screen wrote each
// second.
func minutesLeft(secs int) string {
	switch {
	case secs <= 0:
		return "nearly done"
	case secs < 60:
		return "under a minute left"
	}
	return fmt.Sprintf("%d min left", (secs+59)/60)
}

// shownElapsed is the time through the session as the header shows it:
// the total less what the phase clock shows left and the phases after it,
// so that the two clocks on screen always agree, paused mid-second too.
func (m sessionModel) shownElapsed() int {
	phases := m.run.Phases()
	left := timer.Seconds(m.status().Remaining)
	for _, p := range phases[m.status().Phase+1:] {
		left += timer.Seconds(p.Duration)
	}
	return max(timer.Seconds(m.run.Total())-left, 0)
}

// pictureLines is the pose as it stands now: the tempo's frame during paced
// work, the starting position otherwise; the arrow turned for a later
// direction (inward hip circles) and mirrored for the right side.
func (m sessionModel) pictureLines() []string {
	p := m.phase()
	b, paced := m.beat()
	frames := p.Exercise.FramesFor(b.Direction)
	if len(frames) == 0 {
		return nil
	}
	frame := 0
	if paced {
		frame = p.Exercise.Pace.Frame(b)
	}
	lines := frames[min(frame, len(frames)-1)]
	if p.Side == routines.Right {
		lines = routines.Mirror(lines)
	}
	return lines
}

// bigNumber is what the big display's number column says now: the time
// left, or in a paced set the rep (right-aligned in two digits, so the
// word beside it stays put), or the pause sign.
func (m sessionModel) bigNumber() string {
	if m.status().IsPaused {
		// Seen from the floor: the clock has stopped. The time is on the
		// status line.
		return string(pauseSign)
	}
	if b, ok := m.beat(); ok {
		pace := m.phase().Exercise.Pace
		n := fmt.Sprint(repInDirection(b, pace))
		if pad := len(repNumber(pace.Reps)) - len(n); pad > 0 {
			n = strings.Repeat(string(figureSpace), pad) + n
		}
		return n
	}
	return timer.FormatClock(timer.Seconds(m.status().Remaining))
}

// bigWord is the movement word the big display shows beside the rep, or
// "" outside a paced set.
func (m sessionModel) bigWord() string {
	b, ok := m.beat()
	if !ok || m.status().IsPaused {
		return ""
	}
	pace := m.phase().Exercise.Pace
	if len(pace.Tempo) == 1 && len(pace.Directions) > 1 {
		return directionWord(b.Direction)
	}
	return strings.ToUpper(pace.Tempo[b.Movement].Word)
}

// bigText is what the big display says now, in words: "0:30", "4 UP".
func (m sessionModel) bigText() string {
	if w := m.bigWord(); w != "" {
		return strings.TrimLeft(m.bigNumber(), string(figureSpace)) + " " + w
	}
	return m.bigNumber()
}

// repNumber is the widest rep number of a set of reps.
func repNumber(reps int) string { return fmt.Sprint(max(reps, 1)) }

// repInDirection is the rep's number within its direction (circles are
// counted each way).
func repInDirection(b routines.Beat, pace *routines.Pace) int {
	if n := len(pace.Directions); n > 1 {
		return (b.Rep-1)%(pace.Reps/n) + 1
	}
	return b.Rep
}

// repLine paces a rep-counted set: which rep, the movement in capitals and
// how to do it, e.g. "Rep 4 of 12 · UP · Lift the hips.", shortened word
// by word from the end.
func (m sessionModel) repLine(col color.Color, w int) string {
	st := m.c.styles
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
	badge := st.badgeBase.Background(col)
	return fitPieces(w, piece{text: count, style: &st.title, keep: true}, piece{text: "  ", keep: true},
		piece{text: " " + strings.ToUpper(move.Word) + " ", style: &badge, keep: true},
		piece{text: "  " + move.Cue})
}

// render draws the session in layout l: the header, the status line, the
// big display and the footer, one under the other, each section in the
// rows l keeps for it.
func (m sessionModel) render(l stepLayout) string {
	w := l.key.width - 4
	parts := make([]string, 0, 24)
	parts = append(parts, m.header(l, w)...)
	parts = append(parts, m.statusLines(l, w)...)
	if l.gaps >= 1 {
		parts = append(parts, "")
	}
	if l.regionRows > 0 {
		parts = append(parts, m.bigDisplay(l, w)...)
	}
	if l.gaps >= 2 {
		parts = append(parts, "")
	}
	parts = append(parts, m.footer(l, w)...)
	out := strings.Join(parts, "\n")
	// Centred in the height on a tall terminal, as it is in the width: the
	// sections keep their rows through the step, so this never moves.
	if pad := (l.key.height - 2 - strings.Count(out, "\n") - 1) / 2; pad > 0 {
		out = strings.Repeat("\n", pad) + out
	}
	return out
}

// header is where the session stands: the routine, step k of n and the
// time through the session, the session's bar, and the exercise's name
// with its group, tempo and set.
func (m sessionModel) header(l stepLayout, w int) []string {
	st := m.c.styles
	p := m.phase()
	var parts []string
	if l.header {
		through := minutesLeft(timer.Seconds(m.run.Total()) - m.shownElapsed())
		where := fitPieces(w-len(through)-2, piece{text: "hipcoach · " + m.run.Routine().Name, style: &st.title},
			piece{text: fmt.Sprintf(" · step %d of %d", p.Step+1, len(m.run.Steps()))})
		parts = append(parts, spread(where, st.dim.Render(through), w))
	}
	if l.sessionBar {
		parts = append(parts, bar(w, m.status().SessionDone, st.accentColor))
	}
	if l.gaps >= 3 {
		parts = append(parts, "")
	}
	name := []piece{{text: p.Exercise.Name, style: &st.name}}
	if g := m.run.Steps()[p.Step].Group; g != "" {
		name = append(name, piece{text: " · " + g, style: &st.dim, whole: true})
	}
	if pace := p.Exercise.Pace; pace != nil {
		name = append(name, piece{text: " · " + pace.String(), style: &st.dim, whole: true})
	}
	if set := p.SetText(); set != "" {
		name = append(name, piece{text: " · " + set, style: &st.dim, whole: true})
	}
	return append(parts, fitPieces(w, name...))
}

// statusLines are the phase line, which carries the words a screen reader
// or a capture needs (the phase in capitals in a badge as wide as the
// step's widest, the time left as text beside it, never cut, then the side
// tied to its leg), and, where the leg does not fit on it, a line for the
// side and its leg. Whatever does not fit is shortened word by word.
func (m sessionModel) statusLines(l stepLayout, w int) []string {
	st := m.c.styles
	p := m.phase()
	word, col := m.phaseLook()
	clock := timer.FormatClock(timer.Seconds(m.status().Remaining))
	pad := max(l.badgeCols-2-len(word), 0)
	badge := strings.Repeat(" ", pad/2) + word + strings.Repeat(" ", pad-pad/2)
	badgeStyle := st.badgeBase.Background(col)
	// The clock and the spaces around it are plain, so that a second's
	// change writes its digit and nothing else: in the phase's colour and
	// bold it wrote three times the bytes, a fifth of the screen's.
	pieces := []piece{
		{text: " " + badge + " ", style: &badgeStyle, keep: true},
		{text: "  ", keep: true}, {text: clock, keep: true},
	}
	sideWord := strings.ToUpper(p.Side.String())
	side := ""
	if sideWord != "" {
		side = sideWord + " side"
		if leg := p.Exercise.Leg(p.Side); leg != "" {
			side += " · " + leg
		}
	}
	var legLine string
	if l.legLine {
		legLine = fitPieces(w, piece{text: side, style: &st.title})
		if sideWord != "" {
			pieces = append(pieces, piece{text: "  "}, piece{text: sideWord, style: &st.title})
		}
	} else if side != "" {
		pieces = append(pieces, piece{text: "  "}, piece{text: side, style: &st.title})
	}
	switch {
	case m.status().IsPaused:
		pieces = append(pieces, piece{text: "  press space to resume", style: &st.dim, firm: true})
	case p.Kind == routines.SwitchSides:
		pieces = append(pieces, piece{text: "  change to your " + p.Side.String() + " side", style: &st.dim})
	}
	lines := []string{fitPieces(w, pieces...)}
	if l.legLine {
		lines = append(lines, legLine)
	}
	return lines
}

// bigDisplay is what matters from the floor, regionRows tall: the picture,
// the side band, and the time left (or the rep and the movement) in the
// session's font, each part at a column that holds for the whole step,
// the whole centred in width w.
func (m sessionModel) bigDisplay(l stepLayout, w int) []string {
	p := m.phase()
	rows := make([]strings.Builder, l.regionRows)
	put := func(block []string, width int, valign int, paint func(string) string) {
		top := 0
		switch valign {
		case 0: // centred
			top = (l.regionRows - len(block)) / 2
		case 1: // at the bottom
			top = l.regionRows - len(block)
		}
		for i := range rows {
			line := ""
			if j := i - top; j >= 0 && j < len(block) {
				line = block[j]
			}
			// Every glyph of the pictures, the font and the band is one
			// cell wide (routines.Width counts them so too).
			gap := width - utf8.RuneCountInString(line)
			if line != "" && paint != nil {
				line = paint(line)
			}
			rows[i].WriteString(line + strings.Repeat(" ", max(gap, 0)))
		}
	}
	space := func(n int) { put(nil, n, 0, nil) }
	if l.picture {
		pic := m.pictureLines()
		put(pic, l.pictureCols, 1, bigPainter(m.c.styles.pose.GetForeground(), false))
		space(pictureGap)
	}
	sideWord := strings.ToUpper(p.Side.String())
	if l.band && p.Side == routines.Left {
		put(m.sideBand(sideWord, l.regionRows), 3, 0, nil)
		space(2)
	} else if l.band {
		space(bandCols)
	}
	if l.font >= 0 {
		m.putBigText(l, put, space)
	}
	if l.band && p.Side == routines.Right {
		space(2)
		put(m.sideBand(sideWord, l.regionRows), 3, 0, nil)
	}
	indent := ""
	if pad := (w - l.width()) / 2; pad > 0 {
		indent = strings.Repeat(" ", pad)
	}
	out := make([]string, len(rows))
	for i := range rows {
		out[i] = strings.TrimRight(indent+rows[i].String(), " ")
	}
	return out
}

// putBigText puts the big text in its columns: the number (the clock, or
// the rep) at the left of the text's place, the movement word beside the
// rep with its foot on the number's.
func (m sessionModel) putBigText(l stepLayout, put func([]string, int, int, func(string) string), space func(int)) {
	font := bigFonts[l.font]
	// In the terminal's own colour, not the phase's (the badge and the
	// clock beside it carry that): a colour costs 16 bytes on every row of
	// the digits that changes, each second.
	painter := bigPainter(nil, false)
	number := strings.Split(font.draw(m.bigNumber()), "\n")
	word := m.bigWord()
	if !l.word || word == "" {
		put(number, l.textCols, 0, painter)
		return
	}
	put(number, l.repCols, 0, painter)
	space(wordGap)
	wf := wordFont(l.font)
	foot := (l.regionRows-font.rows())/2 + font.rows()
	block := make([]string, foot-wf.rows(), foot)
	block = append(block, strings.Split(wf.draw(word), "\n")...)
	put(block, l.textCols-l.repCols-wordGap, 2, painter)
}

// width is the big display's width in layout l.
func (l stepLayout) width() int {
	w := l.textCols
	if l.band {
		w += 2 * bandCols
	}
	if l.picture {
		w += pictureGap + l.pictureCols
	}
	return w
}

// sideBand is the side written down a coloured band as tall as the big
// display, drawn on that side of it: which side it is shows at a glance,
// and the word is there to read.
func (m sessionModel) sideBand(side string, height int) []string {
	letters := []rune(side)
	every := max(1, height/len(letters))
	top := (height - every*(len(letters)-1) - 1) / 2
	rows := make([]string, height)
	for i := range rows {
		text := "   "
		if j := i - top; j >= 0 && j%every == 0 && j/every < len(letters) {
			text = " " + string(letters[j/every]) + " "
		}
		rows[i] = m.c.styles.band.Render(text)
	}
	return rows
}

// footer is what goes under the big display: the rep line, the phase's
// bar, the stop cue, the technique cues, what comes next and the keys,
// each in the rows its layout keeps.
func (m sessionModel) footer(l stepLayout, w int) []string {
	st := m.c.styles
	_, col := m.phaseLook()
	var parts []string
	if l.repLine {
		parts = append(parts, m.repLine(col, w)) // "" in the lead-in: the row is kept
	}
	if l.phaseBar {
		parts = append(parts, bar(w, m.status().PhaseDone, col))
	}
	if l.stopText != "" {
		parts = append(parts, l.stopText)
	}
	if l.cueRows > 0 {
		parts = append(parts, rowsOf(bullet(m.cue(), w), l.cueRows)...)
	}
	if l.feelText != "" {
		parts = append(parts, l.feelText)
	}
	if l.noteText != "" {
		parts = append(parts, l.noteText)
	}
	if l.mistakeText != "" {
		parts = append(parts, l.mistakeText)
	}
	if l.next {
		parts = append(parts, fitPieces(w, piece{text: m.nextText(), style: &st.dim}))
	}
	if l.keyRows > 0 {
		if l.gaps >= 4 {
			parts = append(parts, "")
		}
		keys := l.keysText[0]
		if m.status().IsPaused {
			keys = l.keysText[1]
		}
		parts = append(parts, keys)
	}
	return parts
}

// rowsOf is text in exactly n rows: cut at a line (the last kept line
// ends with an ellipsis) or padded with blank lines.
func rowsOf(text string, n int) []string {
	lines := strings.Split(text, "\n")
	if len(lines) > n {
		lines = lines[:n]
		last := strings.TrimRight(ansi.Strip(lines[n-1]), " ")
		lines[n-1] = ansi.Truncate(lines[n-1], ansi.StringWidth(last), "") + "…"
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return lines
}

// keyHelpFor is the key line, on one line, or every key after ?, fitted
// to width w: where the usual form does not fit, the short line keeps
// pause, quit and help (what a user needs most).
func (m sessionModel) keyHelpFor(w int, all, paused bool) string {
	return m.c.styles.keyLine(w, m.c.keys.sessionKeys(paused), all, 1)
}
