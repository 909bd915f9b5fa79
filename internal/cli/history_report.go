package cli

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/internal/words"

	"charm.land/lipgloss/v2"

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

// reportWidth is the history report's width: it fits a standard terminal
// and reads the same in a pipe.
const reportWidth = 80

// perLine styles each line on its own, so that lipgloss does not pad the
// shorter lines of a block with trailing spaces.
func perLine(st lipgloss.Style, text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return strings.Join(lines, "\n")
}

// historyReport is the history screen: streaks, sessions per week, a 12-week
// calendar, the pain check-ins over time, and any advice to see someone.
// The report is built from a history.Summary, which adds the records up one
// at a time as they are read, so a history of any length costs the same
// memory.
func historyReport(sum *history.Summary, now time.Time, loc *time.Location) string {
	var b strings.Builder
	first, ok := sum.First()
	if !ok {
		return "No sessions recorded yet. Run hipcoach prevention or hipcoach relief,\nand they will show here.\n"
	}
	fmt.Fprintf(&b, "%s · %s since %s\n\n", reportTitle.Render("hipcoach history"), words.Plural(sum.Count(), "session"), first.Start.In(loc).Format("2 Jan 2006"))

	fmt.Fprintln(&b, reportTitle.Render("Streaks")+reportDim.Render(" (days in a row with a finished session)"))
	fmt.Fprintf(&b, "  %-12s %8s %8s\n", "", "current", "longest")
	names := []string{""}
	for _, r := range routines.All {
		names = append(names, r.ID)
	}
	for _, r := range sum.Routines() {
		if !slices.Contains(names, r) {
			names = append(names, r) // a routine of the user's own
		}
	}
	for _, r := range names {
		s := sum.Streaks(r, now)
		name := words.Sanitize(r)
		if name == "" {
			name = "any"
		}
		fmt.Fprintf(&b, "  %-12s %8d %8d\n", name, s.Current, s.Longest)
	}

	const weeks = 8
	fmt.Fprintln(&b, "\n"+reportTitle.Render("Sessions per week"))
	counts := sum.PerWeek(weeks, now)
	monday := now.In(loc).AddDate(0, 0, -((int(now.In(loc).Weekday()) + 6) % 7))
	for i, n := range counts {
		start := monday.AddDate(0, 0, -7*(weeks-1-i))
		fmt.Fprintf(&b, "  %-6s %s %d\n", start.Format("Jan 2"), heatStyles[1].Render(strings.Repeat("█", n)), n)
	}

	fmt.Fprintln(&b, "\n"+reportTitle.Render("Last 12 weeks")+reportDim.Render("  · none  ▪ one  ■ more"))
	grid := sum.Calendar(12, now)
	fmt.Fprintln(&b, reportDim.Render(monthLabels(monday.AddDate(0, 0, -7*11), 12)))
	for wd, name := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		cells := make([]string, len(grid[wd]))
		for w, n := range grid[wd] {
			switch {
			case n < 0:
				cells[w] = " "
			case n == 0:
				cells[w] = heatStyles[0].Render("·")
			case n == 1:
				cells[w] = heatStyles[1].Render("▪")
			default:
				cells[w] = heatStyles[2].Render("■")
			}
		}
		fmt.Fprintf(&b, "  %s %s\n", name, strings.Join(cells, " "))
	}

	before, after := sum.Pains()
	if len(before)+len(after) > 0 {
		fmt.Fprintln(&b, "\n"+reportTitle.Render("Pain check-ins")+reportDim.Render(" (0 no pain – 10 worst, oldest first)"))
		fmt.Fprintf(&b, "  before %s\n", sparkline(before))
		fmt.Fprintf(&b, "  after  %s\n", sparkline(after))
	}
	if nudges := sum.Nudges(now); len(nudges) > 0 {
		b.WriteString("\n")
		for _, n := range nudges {
			fmt.Fprintln(&b, perLine(reportWarn, wrapIndent(n, "• ", "  ", reportWidth)))
		}
	}
	fmt.Fprintln(&b, "\n"+perLine(reportDim, wrapIndent(routines.DoctorLine, "", "", reportWidth)))
	return b.String()
}

// sparkline draws 0–10 values as bars, the last 40 at most, with the last
// value written out.
func sparkline(values []int) string {
	if len(values) == 0 {
		return reportDim.Render("no check-ins")
	}
	values = values[max(0, len(values)-40):]
	bars := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, v := range values {
		v = min(max(v, 0), 10) // the reader refuses others; a bar never indexes out
		b.WriteRune(bars[v*(len(bars)-1)/10])
	}
	return b.String() + reportDim.Render(fmt.Sprintf("  last %d", values[len(values)-1]))
}
