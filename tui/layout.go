package tui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/routines"
)

// The session screen is laid out by priority, once per step and terminal
// size, never per second: what the person needs from the floor first, then
// how to do it, then the rest (spec, "Layout by priority, at every size"):
//
//  1. the time left, or the rep and the movement, big;
//  2. the side and the leg (the status line, and a line of its own where
//     the leg does not fit beside the time);
//  3. the stop cues;
//  4. the pose picture;
//  5. the rest: cues and the feel-it line, the bars, what is next, the keys.
//
// The big display's font is one for the whole session (every exercise's
// digits the same size at a given terminal size), at most 10 rows tall, and
// the picture is worth more than a bigger font. Each section keeps the
// rows it needs in the step's most demanding phase, so nothing moves
// between seconds or between the phases of a step.

// layoutKey is everything a step's layout depends on besides the plan.
type layoutKey struct {
	width, height int
	step          int
	help, light   bool
}

// stepLayout is how one step is laid out at one terminal size.
type stepLayout struct {
	key layoutKey
	// font indexes bigFonts; -1: no big display (the status line still
	// carries the time as text).
	font int
	// word: the movement is drawn big beside the rep number.
	word, band, picture bool
	// regionRows is the big display's height; textCols the width kept for
	// the big text, and in it repCols for the rep number, wordCols for the
	// movement word.
	regionRows, textCols, repCols, wordCols int
	// legLine: the side and leg on a line of their own.
	legLine     bool
	pictureCols int
	// badgeCols is the phase badge's width: the widest word of the step,
	// so the time beside it never moves.
	badgeCols int
	// Rows kept for the wrapped texts, and which of the rest show.
	stopRows, cueRows, feelRows, keyRows                       int
	repLine, phaseBar, header, sessionBar, next, mistake, note bool
	// gaps is how many blank lines part the sections (at most 4): above
	// the big display, below it, under the header, above the keys.
	gaps int
	// The step's lines that do not change from second to second, drawn
	// once here rather than every second: the stop cues, the feel-it line,
	// the mistake, the note, and the keys (running, and paused).
	stopText, feelText, mistakeText, noteText string
	keysText                                  [2]string
}

// stepFacts is what the layout needs to know of a step: the widest and
// tallest of everything its phases show.
type stepFacts struct {
	exercise                 routines.Exercise
	note                     string
	sided, paced, hasPicture bool
	pictureCols, pictureRows int
	clocks, reps, words      []string // the big texts: clocks, rep numbers and movement words
	badgeCols                int
	statusCols               int // the status line with the leg on it, at its widest
	stopText, feel, mistake  string
	cues                     []string
}

// facts gathers a step's facts from its phases.
func (m sessionModel) facts(step int) stepFacts {
	var f stepFacts
	words := map[string]bool{}
	for _, p := range m.run.Phases() {
		if p.Step != step {
			continue
		}
		e := p.Exercise
		f.exercise, f.note = e, p.Note
		f.sided = f.sided || p.Side != routines.NoSide
		if len(e.Frames) > 0 {
			f.hasPicture = true
			f.pictureCols = max(f.pictureCols, routines.Width(e.Frames[0]))
			f.pictureRows = max(f.pictureRows, len(e.Frames[0]))
		}
		word, _ := m.phaseWordFor(p, false)
		f.badgeCols = max(f.badgeCols, len(word), len("PAUSED"))
		if pace := e.Pace; p.Kind == routines.Work && pace != nil {
			f.paced = true
			f.reps = append(f.reps, repNumber(pace.Reps))
			for _, w := range bigWords(pace) {
				words[w] = true
			}
		} else {
			f.clocks = append(f.clocks, clockOf(p.Duration))
		}
		status := len(clockOf(p.Duration)) + 2 + len(p.Side.String()) + len(" side · ") + len(e.Leg(p.Side))
		f.statusCols = max(f.statusCols, status)
	}
	for w := range words {
		f.words = append(f.words, w)
	}
	f.badgeCols += 2 // the badge's padding
	f.stopText = f.exercise.StopText()
	f.feel, f.mistake, f.cues = f.exercise.Feel, f.exercise.Mistake, f.exercise.Cues
	return f
}

// bigWords are the words a paced set shows big: the movement, or for a
// set of one movement done in turns of direction (hip circles), the
// direction ("OUT", "IN"), which is then what changes.
func bigWords(pace *routines.Pace) []string {
	if len(pace.Tempo) == 1 && len(pace.Directions) > 1 {
		out := make([]string, len(pace.Directions))
		for i, d := range pace.Directions {
			out[i] = directionWord(d)
		}
		return out
	}
	out := make([]string, len(pace.Tempo))
	for i, mv := range pace.Tempo {
		out[i] = strings.ToUpper(mv.Word)
	}
	return out
}

// directionWord is a direction as the big display says it: "outward" is
// OUT, "inward" IN.
func directionWord(d string) string {
	return strings.ToUpper(strings.TrimSuffix(d, "ward"))
}

// wordFont is the font the movement word is drawn in beside a number in
// font f: half as tall, so a long word (FORWARD) still leaves room for the
// picture, while the number keeps the session's size.
func wordFont(f int) bigFont {
	switch bigFonts[f].high {
	case 2:
		return bigFont{scale: max(bigFonts[f].scale-1, 1), high: 1}
	default:
		return bigFont{scale: 1, half: true}
	}
}

// widest is the widest of texts drawn in font f.
func widest(f bigFont, texts []string) int {
	w := 0
	for _, t := range texts {
		w = max(w, f.width(t))
	}
	return w
}

// Gaps between the parts of the big display, in columns.
const (
	pictureGap = 3
	bandCols   = 3 + 2 // the band and the gap beside it
	// bandLetters is the rows a side band needs for its longest word,
	// RIGHT, a letter a row; both sides get one or neither, so nothing
	// moves when the side changes.
	bandLetters = len("RIGHT")
	wordGap     = 3
)

// textCols is how wide the big text is for a step at font f: its widest
// clock, or its widest rep number with the movement word beside it (the
// clock of the lead-in takes the word's place).
func (f stepFacts) textCols(font int, word bool) int {
	reps := widest(bigFonts[font], f.reps)
	if word {
		reps += wordGap + widest(wordFont(font), f.words)
	}
	return max(widest(bigFonts[font], f.clocks), reps, widest(bigFonts[font], []string{string(pauseSign)}))
}

// bigCols is how wide the big display is drawn for a step at font f.
func (f stepFacts) bigCols(font int, word, band, picture bool) int {
	w := f.textCols(font, word)
	if band {
		w += 2 * bandCols // a place on each side, so the digits stay put
	}
	if picture {
		w += pictureGap + f.pictureCols
	}
	return w
}

// arrangement is one way of drawing a step's big display.
type arrangement struct{ word, band, picture bool }

// arrangements are the ways to draw the big display, best first: the
// movement word matters more than the picture, the picture more than the
// side band (the side is in words on the status line too).
var arrangements = []arrangement{
	{word: true, band: true, picture: true}, {word: true, picture: true},
	{word: true, band: true}, {word: true},
	{band: true, picture: true}, {picture: true}, {band: true}, {},
}

// arrange is the best arrangement of a step's big display at font f in
// cols columns, and whether any fits; withPicture false leaves the
// picture out, and true asks for it where any arrangement with it fits.
func (f stepFacts) arrange(font, cols int, withPicture bool) (arrangement, bool) {
	if withPicture && f.hasPicture && !f.fits(font, cols, func(a arrangement) bool { return a.picture }) {
		return arrangement{}, false
	}
	var best arrangement
	ok := f.fits(font, cols, func(a arrangement) bool {
		if a.picture && !withPicture {
			return false
		}
		best = a
		return true
	})
	return best, ok
}

// fits reports whether some arrangement that take accepts fits the step
// at font f in cols columns, trying them best first; take sees each that
// fits until it says yes.
func (f stepFacts) fits(font, cols int, take func(arrangement) bool) bool {
	for _, a := range arrangements {
		if (a.word && !f.paced) || (a.band && !f.sided) || (a.picture && !f.hasPicture) {
			continue
		}
		if a.band && f.regionRows(font, a.picture) < bandLetters {
			continue // "LEF", "IGH": a band shorter than its word is noise
		}
		if f.bigCols(font, a.word, a.band, a.picture) <= cols && take(a) {
			return true
		}
	}
	return false
}

// regionRows is the height of the big display: the font's, or the
// picture's where that is taller.
func (f stepFacts) regionRows(font int, picture bool) int {
	rows := 0
	if font >= 0 {
		rows = bigFonts[font].rows()
	}
	if picture && f.hasPicture {
		rows = max(rows, f.pictureRows)
	}
	return rows
}

// wrapRows is how many lines text takes wrapped under a one-column mark in
// width w.
func wrapRows(text string, w int) int {
	if text == "" {
		return 0
	}
	return strings.Count(hanging("•", text, w), "\n") + 1
}

// coreRows are the rows a step needs before the rest (priority 5): the
// exercise's name, the status line, the leg line, the big display, the
// rep line and stopRows of stop cue.
func (f stepFacts) coreRows(w, font int, picture bool, stopRows int) int {
	rows := 2 + f.regionRows(font, picture) + stopRows
	if f.badgeCols+2+f.statusCols > w {
		rows++ // the leg on its own line
	}
	if f.paced {
		rows++
	}
	return rows
}

// sessionFont is the one font of the big display for the whole session at
// this size, and whether pictures show: the richest font with which every
// step fits, the picture kept before the font grows, the stop cue whole
// before either.
func (m sessionModel) sessionFont(w, h int, steps []stepFacts) (int, bool) {
	cols := m.c.termWidth - 2
	for _, stopWhole := range []bool{true, false} {
		for _, picture := range []bool{true, false} {
			for font := range bigFonts {
				if bigFonts[font].tall() && m.c.height < tallRows {
					continue
				}
				if m.allFit(steps, w, h, cols, font, picture, stopWhole) {
					return font, picture
				}
			}
		}
	}
	return -1, false
}

// allFit reports whether every step fits at font f as well as it fits
// at any font: the movement word and the picture, where some font has
// room for them, are worth more than a bigger font.
func (m sessionModel) allFit(steps []stepFacts, w, h, cols, font int, picture, stopWhole bool) bool {
	for _, s := range steps {
		stop := 1
		if stopWhole {
			stop = wrapRows(s.stopText, w)
		}
		if s.coreRows(w, font, picture, stop) > h {
			return false
		}
		a, ok := s.arrange(font, cols, picture)
		if !ok || a.rank() < s.bestRank(cols, picture) {
			return false
		}
	}
	return true
}

// rank orders arrangements by what they show: the word first, then the
// picture; the band does not count.
func (a arrangement) rank() int {
	r := 0
	if a.word {
		r += 2
	}
	if a.picture {
		r++
	}
	return r
}

// bestRank is the best rank of arrangement the step has at any font.
func (f stepFacts) bestRank(cols int, picture bool) int {
	best := 0
	for font := range bigFonts {
		if a, ok := f.arrange(font, cols, picture); ok {
			best = max(best, a.rank())
		}
	}
	return best
}

// layoutFor lays out the step on show for key.
func (m sessionModel) layoutFor(k layoutKey) stepLayout {
	w, h := k.width-4, k.height-2 // the page's margins
	var steps []stepFacts
	for i := range m.run.Steps() {
		steps = append(steps, m.facts(i))
	}
	// The keys are of the rest, but every key shown (?) is what the person
	// asked for: it takes its rows first.
	keyRows := max(lipgloss.Height(m.keyHelpFor(w, k.help, false)), lipgloss.Height(m.keyHelpFor(w, k.help, true)))
	helpRows := 0
	if k.help {
		helpRows = keyRows
	}
	font, picture := m.sessionFont(w, h-helpRows, steps)
	f := steps[k.step]
	l := stepLayout{key: k, font: font, badgeCols: f.badgeCols, repLine: f.paced}
	if font >= 0 {
		a, _ := f.arrange(font, k.width-2, picture)
		l.word, l.band, l.picture = a.word, a.band, a.picture
		if l.picture {
			l.pictureCols = f.pictureCols
		}
		l.textCols = f.textCols(font, l.word)
		l.repCols = widest(bigFonts[font], f.reps)
		if l.word {
			l.wordCols = widest(wordFont(font), f.words)
		}
	}
	l.regionRows = f.regionRows(font, l.picture)
	l.legLine = f.badgeCols+2+f.statusCols > w
	left := h - helpRows - f.coreRows(w, font, l.picture, 0)
	l.stopRows = min(wrapRows(f.stopText, w), max(left, 0))
	left -= l.stopRows
	l.keyRows = helpRows
	if !k.help && left >= keyRows {
		l.keyRows = keyRows
		left -= keyRows
	}
	l.fillRest(f, w, left)
	m.drawStatic(&l, f, w)
	return l
}

// drawStatic draws the lines of layout l that stay the same through the
// step.
func (m sessionModel) drawStatic(l *stepLayout, f stepFacts, w int) {
	st := m.c.styles
	if l.stopRows > 0 {
		l.stopText = strings.Join(rowsOf(st.warn.Render(hanging("!", f.stopText, w)), l.stopRows), "\n")
	}
	if l.feelRows > 0 {
		l.feelText = strings.Join(rowsOf(st.accent.Render(hanging("•", "Feel it: "+lowerFirst(f.feel), w)), l.feelRows), "\n")
	}
	if l.mistake && f.mistake != "" {
		l.mistakeText = st.dim.Render(bullet("Avoid: "+lowerFirst(f.mistake), w))
	}
	if l.note && f.note != "" {
		// The prescriber's own word for this step, from the config file.
		l.noteText = st.accent.Render(hanging("»", f.note, w))
	}
	if l.keyRows > 0 {
		for i, paused := range []bool{false, true} {
			l.keysText[i] = strings.Join(rowsOf(m.keyHelpFor(w, l.key.help, paused), l.keyRows), "\n")
		}
	}
}

// fillRest gives the rows left to the rest, in order of use: the turn's
// cue, the phase's bar, the header, the feel-it line, the session's bar,
// what is next, the common mistake, the prescriber's note, and blank lines
// between the parts.
func (l *stepLayout) fillRest(f stepFacts, w, left int) {
	take := func(rows int) bool {
		if rows > 0 && rows <= left {
			left -= rows
			return true
		}
		return false
	}
	cueRows := 0
	for _, c := range f.cues {
		cueRows = max(cueRows, wrapRows(c, w))
	}
	if !l.key.help && take(cueRows) {
		l.cueRows = cueRows
	}
	l.phaseBar = take(1)
	l.header = take(1)
	if !l.key.help && take(wrapRows("Feel it: "+f.feel, w)) {
		l.feelRows = wrapRows("Feel it: "+f.feel, w)
	}
	l.sessionBar = l.header && take(1)
	l.next = !l.key.help && take(1)
	l.mistake = !l.key.help && take(wrapRows("Avoid: "+f.mistake, w))
	l.note = !l.key.help && take(wrapRows(f.note, w))
	l.gaps = min(max(left, 0), 4)
}

// piece is part of a line of text and the style it is drawn in (nil:
// plain); keep marks a piece that is never shortened, whole one that goes
// whole or not at all ("12 reps (2-1-2 s)"), firm one shortened only once
// the pieces that are neither are gone ("press space to resume" outlasts
// the leg's description). cut marks the piece an ellipsis follows.
type piece struct {
	text              string
	style             *lipgloss.Style
	keep, whole, firm bool
	cut               bool
}

// fitPieces draws pieces on one line of at most w columns. Where they do
// not fit, whole words go from the end of the last piece that may be
// shortened, never part of a word or a number, and an ellipsis marks the
// cut where it is; kept pieces (the time on the status line) stay whole.
func fitPieces(w int, ps ...piece) string {
	ps = append([]piece(nil), ps...)
	dropped := false // a whole piece went: an ellipsis ends the line
	for piecesWidth(ps, dropped) > w {
		i := lastShortenable(ps)
		if i < 0 {
			break
		}
		if text := dropWord(ps[i].text); text != "" && !ps[i].whole {
			ps[i].text, ps[i].cut = text, true
		} else {
			dropped = true
			ps = append(ps[:i], ps[i+1:]...)
		}
	}
	var b strings.Builder
	for _, p := range ps {
		text := p.text
		if p.cut {
			text += "…"
		}
		if p.style != nil {
			text = p.style.Render(text)
		}
		b.WriteString(text)
	}
	if dropped && !slices.ContainsFunc(ps, func(p piece) bool { return p.cut }) {
		b.WriteString("…")
	}
	out := b.String()
	if piecesWidth(ps, dropped) > w {
		out = ansi.Truncate(out, w, "…")
	}
	return out
}

// lastShortenable is the piece fitPieces shortens next: the last that is
// neither kept nor firm, else the last firm one; -1 when all are kept.
func lastShortenable(ps []piece) int {
	firm := -1
	for i := len(ps) - 1; i >= 0; i-- {
		switch {
		case ps[i].keep:
		case !ps[i].firm:
			return i
		case firm < 0:
			firm = i
		}
	}
	return firm
}

// dropWord is text without its last word, and without a bracket left
// open by that ("(3" of "(3 s)"); "" when no word is left.
func dropWord(text string) string {
	for {
		text = strings.TrimRight(text, " ")
		j := strings.LastIndex(text, " ")
		if j <= 0 || strings.TrimSpace(text[:j]) == "" {
			return ""
		}
		text = strings.TrimRight(text[:j], " ·,;:")
		if strings.Count(text, "(") <= strings.Count(text, ")") {
			return text
		}
	}
}

// piecesWidth is the width of pieces on a line with their ellipses: one
// after a shortened piece, one at the end if a whole piece was dropped
// and none was shortened.
func piecesWidth(ps []piece, dropped bool) int {
	n, cut := 0, false
	for _, p := range ps {
		n += textWidth(p.text)
		if p.cut {
			n, cut = n+1, true
		}
	}
	if dropped && !cut {
		n++
	}
	return n
}

// textWidth is the width of plain text in cells: its length when it is
// ASCII, as most of it is, which spares measuring graphemes every second.
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}
