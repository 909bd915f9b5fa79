package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/words"
	"github.com/hipcoach/hipcoach/routines"
)

// startSessionMsg tells the root which routine to start, and with which
// steps.
type startSessionMsg struct {
	routine routines.Routine
	opts    routines.Options
}

// pickerItem is one line the cursor can rest on: a routine's title
// (step < 0) or one of its steps.
type pickerItem struct {
	routine int
	step    int
}

// pickerModel is the mode picker and the routine preview: each routine with
// its purpose, its steps with their durations and its total, and the user's
// choice of steps for this session (space switches one on or off).
type pickerModel struct {
	c *common
	// routines are the built-in routines and then the config file's.
	routines []routines.Routine
	opts     routines.Options
	chosen   []map[string]bool // per routine, the user's switches
	cursor   int
	notice   string
	// recent greets a returning user with their last session and streak.
	recent string
	// gentle, after "go on gently" at the pain screen, says that every
	// step is in its easier version and how to go on; it stays on show.
	gentle string
	// list shows a window of the routines around the cursor when they are
	// taller than the terminal.
	list viewport.Model
}

func newPicker(c *common, rs []routines.Routine, o routines.Options, recent string) pickerModel {
	chosen := make([]map[string]bool, len(rs))
	for i := range chosen {
		chosen[i] = map[string]bool{}
	}
	return pickerModel{c: c, routines: rs, opts: o, chosen: chosen, recent: recent, list: viewport.New()}
}

func (m pickerModel) items() []pickerItem {
	var items []pickerItem
	for ri, r := range m.routines {
		items = append(items, pickerItem{ri, -1})
		for si := range r.Steps {
			items = append(items, pickerItem{ri, si})
		}
	}
	return items
}

// optionsFor are the session options for routine ri with the user's choices.
func (m pickerModel) optionsFor(ri int) routines.Options {
	o := m.opts
	o.Chosen = m.chosen[ri]
	return o
}

// update moves the cursor, switches steps and starts a routine.
func (m pickerModel) update(msg tea.Msg) (pickerModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	keys := m.c.keys
	items := m.items()
	cur := items[m.cursor]
	m.notice = ""
	switch {
	case key.Matches(k, keys.Up):
		m.cursor = (m.cursor + len(items) - 1) % len(items)
	case key.Matches(k, keys.Down):
		m.cursor = (m.cursor + 1) % len(items)
	case key.Matches(k, keys.Toggle):
		if cur.step >= 0 {
			s := m.routines[cur.routine].Steps[cur.step]
			m.chosen[cur.routine] = cloneWith(m.chosen[cur.routine], s.Exercise.ID, !m.optionsFor(cur.routine).Runs(s))
		}
	case key.Matches(k, keys.Easier):
		m = m.switchVariant(cur, routines.VariantEasier)
	case key.Matches(k, keys.Harder):
		m = m.switchVariant(cur, routines.VariantHarder)
	case key.Matches(k, keys.Enter):
		return m.start(cur.routine)
	case key.Matches(k, keys.Prevent):
		return m.start(m.index(routines.Prevention.ID))
	case key.Matches(k, keys.Relief):
		return m.start(m.index(routines.Relief.ID))
	case key.Matches(k, keys.Quit):
		return m, quitMsg{}
	}
	return m, nil
}

// exerciseID is the exercise of the step under the cursor, or "" on a
// routine's title.
func (m pickerModel) exerciseID() string {
	if it := m.items()[m.cursor]; it.step >= 0 {
		return m.routines[it.routine].Steps[it.step].Exercise.ID
	}
	return ""
}

// index is the position of the routine with this ID in the list.
func (m pickerModel) index(id string) int {
	for i, r := range m.routines {
		if r.ID == id {
			return i
		}
	}
	return 0
}

// switchVariant switches variant v of the step under the cursor on or
// off, or says why it cannot: on a routine's title, or for an exercise
// with no such version.
func (m pickerModel) switchVariant(cur pickerItem, v string) pickerModel {
	if cur.step < 0 {
		m.notice = "Move to a step first for e or h."
		return m
	}
	e := m.routines[cur.routine].Steps[cur.step].Exercise
	if !e.Has(v) {
		m.notice = e.Name + " has no " + v + " version."
		return m
	}
	m.routines = withVariant(m.routines, cur.routine, cur.step, v)
	return m
}

// withVariant switches variant v of one step of one routine on or off
// (on replaces the other variant), in a copy of the routines, so the
// models stay values; the session then runs the step as
// routines.Exercise.WithVariant has it.
func withVariant(rs []routines.Routine, ri, si int, v string) []routines.Routine {
	rs = slices.Clone(rs)
	r := &rs[ri]
	r.Steps = slices.Clone(r.Steps)
	s := &r.Steps[si]
	switch {
	case s.Variant == v:
		s.Variant = ""
	case s.Exercise.Has(v):
		s.Variant = v
	}
	return rs
}

// gentlyFrom is the picker after "go on gently" at the pain screen, for a
// check-in of pain: every routine's steps in their easier versions, and a
// line saying so that stays on show.
func (m pickerModel) gentlyFrom(pain int) pickerModel {
	m.routines = slices.Clone(m.routines)
	for i, r := range m.routines {
		m.routines[i] = r.AllEasier()
	}
	m.gentle = gentleLine(pain)
	return m
}

// cloneWith copies a choice map with one more choice, so models stay values.
func cloneWith(c map[string]bool, id string, on bool) map[string]bool {
	out := make(map[string]bool, len(c)+1)
	for k, v := range c {
		out[k] = v
	}
	out[id] = on
	return out
}

func (m pickerModel) start(ri int) (pickerModel, tea.Msg) {
	r, o := m.routines[ri], m.optionsFor(ri)
	if len(r.StepsFor(o)) == 0 {
		m.notice = "Switch at least one step of " + r.Name + " on to start it."
		return m, nil
	}
	return m, startSessionMsg{routine: r, opts: o}
}

// view lists the routines with their steps, under the title and the
// greeting and over the keys, windowed around the cursor when too tall.
func (m pickerModel) view() string {
	w, h := m.c.width-4, m.c.height-2
	lines, cursorLine := m.lines(w)

	foot := m.foot(w, h)
	top := m.top(w, h-len(foot))
	if room := h - len(top) - len(foot); room < len(lines) && room > 2 {
		lines = m.window(lines, cursorLine, w, room)
	}
	return m.c.page(lipgloss.JoinVertical(lipgloss.Left, append(top, append(lines, foot...)...)...))
}

// foot is the picker's notice, if any, and its key help: the notice wraps
// where the list keeps its room, else takes one line.
func (m pickerModel) foot(w, h int) []string {
	st := m.c.styles
	hints := strings.Split(m.c.keyLine(m.c.keys.pickerKeys()), "\n")
	if m.notice == "" {
		if m.tight() {
			return hints // the list needs the row more than the gap
		}
		return append([]string{""}, hints...)
	}
	notice := strings.Split(wrapTo(w).Render(m.notice), "\n")
	if h-len(hints)-6 < len(notice)+2 {
		notice = []string{ansi.Truncate(m.notice, w, "…")}
	}
	for i, l := range notice {
		notice[i] = st.warn.Render(l)
	}
	return append(append([]string{""}, notice...), hints...)
}

// tight reports a page so short (40×12 has 10 rows of text) that the
// picker gives its blank lines to the list.
func (m pickerModel) tight() bool { return m.c.height-2 < 14 }

// top is the picker's title, the greeting beside or under it, and after
// "go on gently" the line saying what that means, in h rows less the
// list's: where the list would have too little room the gentle line gives
// its gist on one line, in place of the greeting.
func (m pickerModel) top(w, h int) []string {
	st := m.c.styles
	head := st.accent.Render("hipcoach") + st.dim.Render(" · choose a routine")
	// The greeting beside the title, or under it: a returning user sees it
	// at every width; the list scrolls anyway.
	top := []string{head, ""}
	switch recent := st.dim.Render(m.recent); {
	case m.recent == "":
	case lipgloss.Width(head)+2+lipgloss.Width(recent) <= w:
		top[0] = spread(head, recent, w)
	default:
		top = []string{head, fitPieces(w, piece{text: m.recent, style: &st.dim}), ""}
	}
	if m.tight() {
		top = top[:len(top)-1] // the list needs the row more than the gap
	}
	if m.gentle == "" {
		return top
	}
	gentle := strings.Split(wrapTo(w).Render(m.gentle), "\n")
	if h-len(top)-len(gentle)-1 < 4 {
		return []string{head, st.warn.Render(ansi.Truncate(gentleShort, w, "…")), ""}
	}
	for _, l := range gentle {
		top = append(top, st.warn.Render(l))
	}
	return append(top, "")
}

// window is the part of the list around the cursor's line that fits in h
// rows, with a line above and below saying whether there is more.
func (m pickerModel) window(lines []string, cursorLine, w, h int) []string {
	st := m.c.styles
	vp := m.list
	vp.SetWidth(w)
	vp.SetContentLines(lines)
	// At the top of the list the line for "more above" would be blank:
	// the list takes it.
	vp.SetHeight(h - 1)
	vp.SetYOffset(cursorLine - vp.Height()/2)
	var out []string
	if !vp.AtTop() {
		vp.SetHeight(h - 2) // a line above and below for "more"
		vp.SetYOffset(cursorLine - vp.Height()/2)
		out = append(out, st.dim.Render("  ↑ more above"))
	}
	below := ""
	if !vp.AtBottom() {
		below = st.dim.Render("  ↓ more below")
	}
	return append(append(out, strings.Split(vp.View(), "\n")...), below)
}

// lines are the picker's list in width w: each routine's title and
// purpose, then its steps, and which line the cursor is on.
func (m pickerModel) lines(w int) (lines []string, cursorLine int) {
	st := m.c.styles
	cols := m.columns(w)
	for i, it := range m.items() {
		r := m.routines[it.routine]
		here := i == m.cursor
		if here {
			cursorLine = len(lines)
		}
		if it.step < 0 {
			if len(lines) > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, m.titleLines(it.routine, here, w)...)
			continue
		}
		lines = append(lines, "  "+ansi.Truncate(m.stepLine(it, here, cols), w-2, "…"))
		if r.Steps[it.step].Exercise.ID == routines.FoamRolling.ID {
			// Rolling is a massage of sorts: the fresh-strain caveat goes
			// with it, before it is chosen.
			lines = append(lines, indent(st.warn.Render(hanging("!", routines.FreshInjuryCaveat, w-6)), 6)...)
		}
		if it.step == len(r.Steps)-1 && len(r.Advice) > 0 {
			var advice []string
			for _, a := range r.Advice {
				advice = append(advice, strings.ToLower(a.Title))
			}
			lines = append(lines, "    "+fitPieces(w-4, piece{text: "Ends with advice: " + strings.Join(advice, " and ") + ".", style: &st.dim}))
		}
	}
	return lines, cursorLine
}

// titleLines are routine ri's name, its steps and time, and its purpose.
func (m pickerModel) titleLines(ri int, here bool, w int) []string {
	st := m.c.styles
	r, o := m.routines[ri], m.optionsFor(ri)
	steps := r.StepsFor(o)
	facts := st.dim.Render(fmt.Sprintf("%s · %s", words.Plural(len(steps), "step"), clockOf(routines.Total(routines.Plan(r, o)))))
	title := "  " + st.title.Render(r.Name)
	if here {
		title = st.accent.Render("▸ " + r.Name)
	}
	out := []string{title + "  " + facts, "  " + fitPieces(w-2, piece{text: r.Purpose, style: &st.dim})}
	if needs := r.NeedsLine(o); needs != "" {
		out = append(out, indent(st.dim.Render(wrapTo(w-2).Render(needs)), 2)...)
	}
	return out
}

// indent splits a block into lines, each indented by n spaces.
func indent(block string, n int) []string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		lines[i] = strings.Repeat(" ", n) + l
	}
	return lines
}

// stepLine is a step's row: on or off, its name, its dose where the
// columns leave room, and its time.
func (m pickerModel) stepLine(it pickerItem, here bool, cols stepColumns) string {
	st := m.c.styles
	o := m.optionsFor(it.routine)
	s := m.routines[it.routine].Steps[it.step]
	box := "[x]"
	if !o.Runs(s) {
		box = "[ ]"
	}
	dose := ""
	if cols.dose > 0 {
		dose = stepDose(s, m.opts, false)
		if len([]rune(dose)) > cols.dose {
			dose = stepDose(s, m.opts, true)
		}
		dose = fmt.Sprintf("%-*s  ", cols.dose, ansi.Truncate(dose, cols.dose, "…"))
	}
	line := fmt.Sprintf("%s %-*s  %s%6s", box, cols.name, ansi.Truncate(stepName(s), cols.name, "…"), dose, clockOf(routines.StepDuration(s, m.opts)))
	switch {
	case here:
		return st.accent.Render("▸ " + line)
	case !o.Runs(s):
		return st.dim.Render("  " + line)
	}
	return "  " + line
}

// recentLine says when the user last did a session and how long their
// prevention streak is, or "" the first time. Prevention is the routine
// meant for every day, so its streak is the one worth keeping going. The
// routine's name comes from the file, so it is shown without control
// characters.
func recentLine(past *history.Summary, now time.Time, loc *time.Location) string {
	last, ok := past.Last()
	if !ok {
		return ""
	}
	when := "today"
	switch d := history.DaysAgo(last.Start, now, loc); {
	case d == 1:
		when = "yesterday"
	case d > 1:
		when = fmt.Sprintf("%d days ago", d)
	}
	line := fmt.Sprintf("Last session: %s, %s", words.Sanitize(last.Routine), when)
	if s := past.Streaks(routines.Prevention.ID, now).Current; s >= 2 {
		line += fmt.Sprintf(" · prevention %d days in a row", s)
	}
	return line
}

// stepColumns are the widths of a step row's name and dose columns.
type stepColumns struct{ name, dose int }

// columns sizes the step rows to their longest name and dose, and narrows
// the dose column when the terminal is narrow, so that each step's time,
// at the end of its row, always shows.
func (m pickerModel) columns(w int) stepColumns {
	var c stepColumns
	for _, r := range m.routines {
		for _, s := range r.Steps {
			c.name = max(c.name, len([]rune(stepName(s))))
			c.dose = max(c.dose, len([]rune(stepDose(s, m.opts, false))))
		}
	}
	// The row: indent and cursor (4), box and space (4), the two columns
	// with two spaces after each, and the time (6).
	c.name = max(min(c.name, w-4-4-2-6), 8)
	c.dose = min(c.dose, w-4-4-c.name-2-2-6)
	if c.dose < 16 {
		c.dose = 0 // too narrow to say anything useful: name and time only
	}
	return c
}

// stepName is a step's name as the picker lists it: the easier or harder
// version's name where the step asks for one, marked as such, and the
// extras marked.
func stepName(s routines.Step) string {
	var marks []string
	if v := s.AsDone().Variant; v != "" {
		marks = append(marks, v)
	}
	if s.Extra {
		marks = append(marks, "extra")
	}
	if len(marks) == 0 {
		return s.AsDone().Name
	}
	return s.AsDone().Name + " (" + strings.Join(marks, ", ") + ")"
}

// stepDose says what a step asks for (routines.Step.Dose: reps and tempo,
// or the hold or roll time, each side, sets and rest); short leaves the
// tempo out, for a narrow line.
func stepDose(s routines.Step, o routines.Options, short bool) string {
	dose := s.Dose(o)
	if p := s.Pace(); p != nil && short {
		dose = strings.Replace(dose, p.String(), p.Count(), 1)
	}
	return dose
}
