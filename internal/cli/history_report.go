package cli

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/internal/words"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/routines"
)

// The report's styles. Its colours are ones that read on a dark terminal
// and on a light one alike (at least 4.5:1 on black and 4:1 on white), as
// a report may be printed anywhere, piped or paged.
var (
	reportTitle = lipgloss.NewStyle().Bold(true)
	reportDim   = lipgloss.NewStyle().Foreground(lipgloss.Color("#777777"))
	reportWarn  = lipgloss.NewStyle().Foreground(lipgloss.Color("#D8401F")).Bold(true)
	heatStyles  = []lipgloss.Style{
		lipgloss.NewStyle().Foreground(lipgloss.Color("#777777")),
		lipgloss.NewStyle().Foreground(lipgloss.Color("#238C53")),
		lipgloss.NewStyle().Foreground(lipgloss.Color("#238C53")).Bold(true),
	}
)

// monthLabels is the line above the calendar that names each month where
// its first week begins, in line with the calendar's columns (two
// characters each, after the six of "  Mon "), so a user can tell which
// weeks were when. A label that would run into the one before is left out.
func monthLabels(firstMonday time.Time, weeks int) string {
	line := []byte(strings.Repeat(" ", 6+2*weeks+2))
	free := 0
	for w := 0; w < weeks; w++ {
		monday := firstMonday.AddDate(0, 0, 7*w)
		if w > 0 && monday.Month() == monday.AddDate(0, 0, -7).Month() {
			continue
		}
		// The first column names its month only if that month has more
		// weeks; otherwise the next month's label would be crowded out.
		if w == 0 && monday.AddDate(0, 0, 7).Month() != monday.Month() {
			continue
		}
		if at := 6 + 2*w; at >= free {
			copy(line[at:], monday.Format("Jan"))
			free = at + 4
		}
	}
	return strings.TrimRight(string(line), " ")
}

// reportWidth is the history report's width in a pipe: it fits a standard
// terminal. In a terminal the report takes the terminal's width.
const reportWidth = 80

// minReportWidth is the narrowest the report lays itself out for: the
// calendar and the streak table need about this much.
const minReportWidth = 30

// perLine styles each line on its own, so that lipgloss does not pad the
// shorter lines of a block with trailing spaces.
func perLine(st lipgloss.Style, text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return strings.Join(lines, "\n")
}

// historyReport is the history screen, width columns wide: streaks,
// sessions per week, a 12-week calendar, the pain check-ins over time, and
// any advice to see someone. Text wraps on words; bars and sparklines are
// scaled or cut to the width, never the numbers beside them. The report is
// built from a history.Summary, which adds the records up one at a time as
// they are read, so a history of any length costs the same memory.
func historyReport(sum *history.Summary, now time.Time, loc *time.Location, width int) string {
	width = max(width, minReportWidth)
	earliest, ok := sum.Earliest()
	if !ok {
		return wrapIndent("No sessions recorded yet. Run hipcoach prevention or hipcoach relief, and they will show here.", "", "", width) + "\n"
	}
	var l reportLines
	// The date is wrapped as one word (non-breaking spaces), then printed
	// with plain ones, which is what a reader's grep expects.
	head := fmt.Sprintf("%s · %s since %s", reportTitle.Render("hipcoach history"), words.Plural(sum.Count(), "session"), earliest.In(loc).Format("2\u00a0Jan\u00a02006"))
	l.add(strings.ReplaceAll(wrapIndent(head, "", "", width), "\u00a0", " "))
	l.add("")
	monday := now.In(loc).AddDate(0, 0, -((int(now.In(loc).Weekday()) + 6) % 7))
	streaksSection(&l, sum, now, width)
	weeksSection(&l, sum, now, monday, width)
	calendarSection(&l, sum, now, monday, width)
	painSection(&l, sum, width)
	if nudges := sum.Nudges(now); len(nudges) > 0 {
		l.add("")
		for _, n := range nudges {
			l.add(perLine(reportWarn, wrapIndent(n, "• ", "  ", width)))
		}
	}
	l.add("\n" + perLine(reportDim, wrapIndent(routines.DoctorLine, "", "", width)))
	return l.String()
}

// reportLines is the report as it is written, a line at a time.
type reportLines struct{ strings.Builder }

// add writes s and ends its line.
func (l *reportLines) add(s string) { l.WriteString(s + "\n") }

// streaksSection is the current and longest streak of any routine, then of
// each routine, built-in ones first, then the user's own.
func streaksSection(l *reportLines, sum *history.Summary, now time.Time, width int) {
	l.add(wrapIndent(reportTitle.Render("Streaks")+reportDim.Render(" (days in a row with a finished session)"), "", "", width))
	names := []string{""}
	for _, r := range routines.All {
		names = append(names, r.ID)
	}
	for _, r := range sum.Routines() {
		if !slices.Contains(names, r) {
			names = append(names, r) // a routine of the user's own
		}
	}
	// The name column is as wide as the longest name, from 12 up to what
	// leaves room for the two numbers; a longer name is shortened, never
	// the numbers.
	nameWidth := 12
	for _, r := range names {
		nameWidth = max(nameWidth, ansi.StringWidth(words.Sanitize(r)))
	}
	nameWidth = min(nameWidth, width-2-18)
	l.add(fmt.Sprintf("  %s %8s %8s", strings.Repeat(" ", nameWidth), "current", "longest"))
	for _, r := range names {
		s := sum.Streaks(r, now)
		name := words.Sanitize(r)
		if name == "" {
			name = "any"
		}
		name = ansi.Truncate(name, nameWidth, "…")
		l.add(fmt.Sprintf("  %s%s %8d %8d", name, strings.Repeat(" ", nameWidth-ansi.StringWidth(name)), s.Current, s.Longest))
	}
}

// weeksSection is a bar of sessions for each of the last 8 weeks, the
// week of monday last.
func weeksSection(l *reportLines, sum *history.Summary, now, monday time.Time, width int) {
	const weeks = 8
	counts := sum.PerWeek(weeks, now)
	bars, scaled := weekBars(counts, width)
	title := reportTitle.Render("Sessions per week")
	if scaled {
		title += reportDim.Render(" (bars to scale)")
	}
	l.add("\n" + wrapIndent(title, "", "", width))
	for i, n := range counts {
		start := monday.AddDate(0, 0, -7*(weeks-1-i))
		l.add(fmt.Sprintf("  %-6s %s %d", start.Format("Jan 2"), heatStyles[1].Render(strings.Repeat("█", bars[i])), n))
	}
}

// calendarSection is a cell for each day of the last 12 weeks, a row for
// each weekday, the week of monday last.
func calendarSection(l *reportLines, sum *history.Summary, now, monday time.Time, width int) {
	l.add("\n" + wrapIndent(reportTitle.Render("Last 12 weeks")+reportDim.Render("  · none  ▪ one  ■ more"), "", "", width))
	grid := sum.Calendar(12, now)
	l.add(reportDim.Render(monthLabels(monday.AddDate(0, 0, -7*11), 12)))
	for wd, name := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		var cells []string
		for _, n := range grid[wd] {
			switch {
			case n < 0:
				// A day still to come: nothing, and no trailing space.
			case n == 0:
				cells = append(cells, heatStyles[0].Render("·"))
			case n == 1:
				cells = append(cells, heatStyles[1].Render("▪"))
			default:
				cells = append(cells, heatStyles[2].Render("■"))
			}
		}
		l.add(fmt.Sprintf("  %s %s", name, strings.Join(cells, " ")))
	}
}

// painSection is the pain check-ins before and after sessions, oldest
// first, if there are any.
func painSection(l *reportLines, sum *history.Summary, width int) {
	before, after := sum.Pains()
	if len(before)+len(after) == 0 {
		return
	}
	l.add("\n" + wrapIndent(reportTitle.Render("Pain check-ins")+reportDim.Render(" (0 no pain – 10 worst, oldest first)"), "", "", width))
	// "  before " and "  last 10" take 18 columns; the bars the rest.
	room := width - 18
	l.add("  before " + sparkline(before, room))
	l.add("  after  " + sparkline(after, room))
}

// weekBars is how many cells each week's bar takes in a report width
// columns wide: one a session while the busiest week fits beside its date
// and count, otherwise in proportion to it (scaled), a week with any
// session keeping at least one cell.
func weekBars(counts []int, width int) (bars []int, scaled bool) {
	most := slices.Max(append([]int{0}, counts...))
	// "  Jan 2  " before the bar, " 123" after it.
	room := max(width-9-1-len(strconv.Itoa(most)), 1)
	bars = make([]int, len(counts))
	for i, n := range counts {
		bars[i] = n
		if most > room {
			bars[i] = (n*room + most - 1) / most
		}
	}
	return bars, most > room
}

// sparkline draws 0–10 values as bars, the last ones that fit in room
// columns (history.PainWindow at most), with the last value written out.
func sparkline(values []int, room int) string {
	if len(values) == 0 {
		return reportDim.Render("no check-ins")
	}
	values = values[max(0, len(values)-max(room, 1)):]
	bars := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, v := range values {
		v = min(max(v, 0), 10) // the reader refuses others; a bar never indexes out
		b.WriteRune(bars[v*(len(bars)-1)/10])
	}
	return b.String() + reportDim.Render(fmt.Sprintf("  last %d", values[len(values)-1]))
}
