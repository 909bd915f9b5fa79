package tui

import (
	"fmt"
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// phaseLook is the phase's word in capitals and its colour; PAUSED wins
// over the phase while the clock is stopped.
func (m sessionModel) phaseLook() (string, color.Color) {
	st := m.c.styles
	if m.status().IsPaused {
		return "PAUSED", st.paused
	}
	p := m.phase()
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

// view lays the session out for the terminal's size, at the level fitted
// in update (or, should the layout have changed since, a fresh fit).
func (m sessionModel) view() string {
	if m.flashing >= 0 {
		return m.flashView()
	}
	level := m.level
	if m.layoutNow() != m.fitFor {
		level = m.fit()
	}
	return m.render(details[level], m.c.termWidth-4)
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

// picture is the pose as it stands now: the tempo's frame during paced
// work, the starting position otherwise, mirrored for the right side.
func (m sessionModel) picture() string {
	st := m.c.styles
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
	return st.pose.Render(strings.Join(lines, "\n"))
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

// bigText is what the big display says now: the seconds left, or in a
// paced set the rep and the movement ("4 UP"), or the pause sign.
func (m sessionModel) bigText() string {
	if m.status().IsPaused {
		// Seen from the floor: the clock has stopped. The time is on the
		// phase line.
		return string(pauseSign)
	}
	if b, ok := m.beat(); ok {
		pace := m.phase().Exercise.Pace
		return fmt.Sprintf("%d %s", repInDirection(b, pace), strings.ToUpper(pace.Tempo[b.Movement].Word))
	}
	return timer.FormatClock(timer.Seconds(m.status().Remaining))
}

// repInDirection is the rep's number within its direction (circles are
// counted each way).
func repInDirection(b routines.Beat, pace *routines.Pace) int {
	if n := len(pace.Directions); n > 1 {
		return (b.Rep-1)%(pace.Reps/n) + 1
	}
	return b.Rep
}

// bigBlock is the big display in the block font, centred in the width of
// the widest thing it will say during this step, so that it keeps its size
// from phase to phase.
func (m sessionModel) bigBlock(scale, high int) string {
	widest := 0
	for _, t := range m.stepBigTexts() {
		widest = max(widest, bigWidth(t, scale))
	}
	text := m.bigText()
	block := bigText(text, scale, high)
	if pad := widest - bigWidth(text, scale); pad > 0 {
		// Centred by hand: the block's lines are all one width.
		left, right := strings.Repeat(" ", pad/2), strings.Repeat(" ", pad-pad/2)
		block = left + strings.ReplaceAll(block, "\n", right+"\n"+left) + right
	}
	return block
}

// stepBigTexts are the widest texts the big display can show in this step:
// its longest time, and in a paced set the highest rep with each movement.
func (m sessionModel) stepBigTexts() []string {
	cur := m.phase()
	var out []string
	for _, p := range m.run.Phases() {
		if p.Step != cur.Step {
			continue
		}
		out = append(out, timer.FormatClock(timer.Seconds(p.Duration)))
		if pace := p.Exercise.Pace; p.Kind == routines.Work && pace != nil {
			reps := pace.Reps / max(1, len(pace.Directions))
			for _, mv := range pace.Tempo {
				out = append(out, fmt.Sprintf("%d %s", reps, strings.ToUpper(mv.Word)))
			}
		}
	}
	return out
}

// sideBand is the side written down a coloured band as tall as the big
// display, drawn on that side of it: which side it is shows at a glance,
// and the word is there to read.
func (m sessionModel) sideBand(side string, height int) string {
	letters := []rune(side)
	every := max(1, height/len(letters))
	top := (height - every*(len(letters)-1) - 1) / 2
	rows := make([]string, height)
	for i := range rows {
		rows[i] = "   "
		if j := i - top; j >= 0 && j%every == 0 && j/every < len(letters) {
			rows[i] = " " + string(letters[j/every]) + " "
		}
	}
	return m.c.styles.band.Render(strings.Join(rows, "\n"))
}

// repLine paces a rep-counted set: which rep, the movement in capitals and
// how to do it, e.g. "Rep 4 of 12 · UP · Lift the hips."
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
	line := st.title.Render(count) + "  " + st.badge(strings.ToUpper(move.Word), col) + "  " + move.Cue
	return ansi.Truncate(line, w, "…")
}

// render draws the session at detail d in width w: the header, the status
// line, the big display and the footer, one under the other.
func (m sessionModel) render(d detail, w int) string {
	var gap []string
	if d.spacers {
		gap = []string{""}
	}
	parts := m.header(d, w, gap)
	parts = append(parts, m.statusLines(w)...)
	parts = append(parts, gap...)
	if d.digitScale > 0 {
		parts = append(parts, m.bigDisplay(d, w))
		parts = append(parts, gap...)
	}
	parts = append(parts, m.footer(d, w, gap)...)
	return strings.Join(parts, "\n")
}

// header is where the session stands: the routine, step k of n and the
// time through the session, the session's bar, and the exercise's name
// with its group, tempo and set.
func (m sessionModel) header(d detail, w int, gap []string) []string {
	st := m.c.styles
	p := m.phase()
	total := m.run.Total()
	where := fmt.Sprintf("%s · step %d of %d", st.title.Render("hipcoach · "+m.run.Routine().Name), p.Step+1, len(m.run.Steps()))
	through := st.dim.Render(fmt.Sprintf("%s of %s", timer.FormatClock(m.shownElapsed()), timer.FormatClock(int(total.Seconds()))))
	parts := []string{ansi.Truncate(spread(where, through, w), w, "…")}
	if d.sessionBar {
		parts = append(parts, bar(w, m.status().SessionDone, st.accentColor))
	}
	parts = append(parts, gap...)

	name := st.name.Render(p.Exercise.Name)
	if g := m.run.Steps()[p.Step].Group; g != "" {
		name += st.dim.Render(" · " + g)
	}
	if pace := p.Exercise.Pace; pace != nil {
		name += st.dim.Render(" · " + pace.String())
	}
	if set := p.SetText(); set != "" {
		name += st.dim.Render(" · " + set)
	}
	return append(parts, ansi.Truncate(name, w, "…"))
}

// statusLines are the phase line, which carries the words a screen reader
// or a capture needs (phase and side in capitals, the time left as text),
// and, where the leg does not fit on it, a line for the side and its leg.
// The side is tied to a leg, so nobody has to guess which.
func (m sessionModel) statusLines(w int) []string {
	st := m.c.styles
	p := m.phase()
	word, col := m.phaseLook()
	clock := timer.FormatClock(timer.Seconds(m.status().Remaining))
	sideWord := strings.ToUpper(p.Side.String())
	side, leg := "", p.Exercise.Leg(p.Side)
	if sideWord != "" {
		side = "  " + st.title.Render(sideWord+" side")
	}
	timeLeft := "  " + lipgloss.NewStyle().Foreground(col).Bold(true).Render(clock)
	status := st.badge(word, col) + side + timeLeft
	legLine := ""
	if leg != "" {
		if with := st.badge(word, col) + side + st.title.Render(" · "+leg) + timeLeft; lipgloss.Width(with) <= w {
			status = with
		} else {
			legLine = st.title.Render(ansi.Truncate(sideWord+" side · "+leg, w, "…"))
		}
	}
	switch {
	case m.status().IsPaused:
		status += st.dim.Render("  press space to resume")
	case p.Kind == routines.SwitchSides:
		status += st.dim.Render("  change to your " + p.Side.String() + " side")
	}
	lines := []string{ansi.Truncate(status, w, "…")}
	if legLine != "" {
		lines = append(lines, legLine)
	}
	return lines
}

// bigDisplay is what matters from the floor (the seconds left, or in paced
// reps the rep and the movement) as large as detail d allows, the side as a
// band on that side of it, and the picture beside them when there is room,
// centred in width w. Its size is the same for every phase of a step, so
// nothing jumps when a lead-in turns into the hold.
func (m sessionModel) bigDisplay(d detail, w int) string {
	p := m.phase()
	_, col := m.phaseLook()
	sideWord := strings.ToUpper(p.Side.String())
	digits := paint(m.bigBlock(d.digitScale, d.digitHigh), col)
	if d.bigSide && sideWord != "" {
		band := m.sideBand(sideWord, lipgloss.Height(digits))
		if p.Side == routines.Left {
			digits = lipgloss.JoinHorizontal(lipgloss.Top, band, "  ", digits)
		} else {
			digits = lipgloss.JoinHorizontal(lipgloss.Top, digits, "  ", band)
		}
	}
	big := digits
	if d.picture {
		big = lipgloss.JoinHorizontal(lipgloss.Center, m.picture(), "    ", digits)
	}
	if pad := (w - lipgloss.Width(big)) / 2; pad > 0 {
		// Centred, so a wide terminal does not leave it at the left.
		indent := strings.Repeat(" ", pad)
		big = indent + strings.ReplaceAll(big, "\n", "\n"+indent)
	}
	return big
}

// footer is what goes under the big display: the rep line, the phase's
// bar, the stop cue, the technique cues, what comes next and the keys.
func (m sessionModel) footer(d detail, w int, gap []string) []string {
	var parts []string
	_, col := m.phaseLook()
	if rep := m.repLine(col, w); rep != "" {
		parts = append(parts, rep)
	}
	if d.phaseBar {
		parts = append(parts, bar(w, m.status().PhaseDone, col))
		parts = append(parts, gap...)
	}
	parts = append(parts, m.cueLines(d, w, gap)...)
	if d.next && !m.c.allKeys {
		parts = append(parts, m.c.styles.dim.Render(ansi.Truncate(m.nextText(), w, "…")))
	}
	return append(parts, m.keyHelp(w))
}

// cueLines are the stop cue, which stays on screen from the lead-in to the
// end of the hold rather than taking turns with the technique cues, and
// the cues as detail d allows: the turn's cue, the prescriber's note and
// the common mistake. With every key shown (?), the keys take the place of
// the cues, so the big display keeps its size.
func (m sessionModel) cueLines(d detail, w int, gap []string) []string {
	st := m.c.styles
	p := m.phase()
	var parts []string
	if d.stop && p.Exercise.Stop != "" {
		parts = append(parts, st.warn.Render(hanging("!", p.Exercise.Stop, w)))
	}
	cues := d.cues
	if m.c.allKeys {
		cues = 0
	}
	if cues == 0 {
		return parts
	}
	parts = append(parts, bullet(m.cue(), w))
	if p.Note != "" {
		// The prescriber's own word for this step, from the config file.
		parts = append(parts, st.accent.Render(hanging("»", p.Note, w)))
	}
	if cues > 1 && p.Exercise.Mistake != "" {
		parts = append(parts, st.dim.Render(bullet("Avoid: "+lowerFirst(p.Exercise.Mistake), w)))
	}
	return append(parts, gap...)
}

// keyHelp is the key line, on one line, or every key after ?, fitted to
// width w: where the usual form does not fit, the short line keeps pause,
// quit and help (what a user needs most).
func (m sessionModel) keyHelp(w int) string {
	return m.c.styles.keyLine(w, m.c.keys.sessionKeys(m.status().IsPaused), m.c.allKeys, 1)
}
