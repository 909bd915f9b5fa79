package cli

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
)

// squeezed is text with its whitespace, line breaks included, squeezed: a
// phrase wrapped on words is still in it, a word broken in two is not.
func squeezed(text string) string { return strings.Join(strings.Fields(text), " ") }

// At 40 columns the header's date is not broken over two lines ("since 3"
// / "Dec 2026"), and is printed with plain spaces.
func TestHistoryHeaderKeepsItsDateWhole(t *testing.T) {
	now := time.Date(2026, 12, 3, 21, 0, 0, 0, time.UTC)
	sum := history.NewSummary(time.UTC)
	for i := range 6 {
		sum.Add(session.Record{Start: now.Add(-time.Duration(i) * time.Hour), Routine: "relief", Completed: true})
	}
	report := ansi.Strip(historyReport(sum, now, time.UTC, 40))
	if !strings.Contains(report, "since\n3 Dec 2026") && !strings.Contains(report, "since 3 Dec 2026\n") {
		t.Errorf("the header's date is broken or not plain:\n%s", report)
	}
}

// The report fits the width it is given, at 40, 80 and 120 columns, for a
// history of 100,000 sessions with a routine of a long name: every line
// within the width without trailing spaces, prose wrapped on words, the
// week bars scaled to the width and every number written out whole.
func TestHistoryReportFitsTheWidth(t *testing.T) {
	now := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	sum := history.NewSummary(time.UTC)
	long := strings.Repeat("ab-", 13) + "z" // 40 characters, the most allowed
	cjk := strings.Repeat("体", 40)          // 80 columns: not from a file, but never cut a number
	for i := range 100_000 {
		r := session.Record{Start: now.Add(-time.Duration(i) * 7 * time.Minute), Routine: "relief", Completed: true, PainBefore: ptr(8), PainAfter: ptr(i % 11)}
		switch i % 3 {
		case 1:
			r.Routine = long
		case 2:
			r.Routine = cjk
		}
		sum.Add(r)
	}
	for _, width := range []int{40, 80, 120} {
		report := ansi.Strip(historyReport(sum, now, time.UTC, width))
		for i, l := range strings.Split(strings.TrimSuffix(report, "\n"), "\n") {
			if w := ansi.StringWidth(l); w > width || strings.TrimRight(l, " ") != l {
				t.Fatalf("width %d, line %d is %d columns or ends in spaces: %q\n%s", width, i+1, w, l, report)
			}
		}
		for _, phrase := range []string{"(0 no pain – 10 worst, oldest first)", "(days in a row with a finished session)", routines.DoctorLine, sum.Nudges(now)[0]} {
			if !strings.Contains(squeezed(report), squeezed(phrase)) {
				t.Errorf("width %d: %q is not whole in the report:\n%s", width, phrase, report)
			}
		}
		// Every streak row ends in its two numbers, whatever the name.
		for _, r := range []string{"", "relief", long, cjk} {
			s := sum.Streaks(r, now)
			if want := fmt.Sprintf(" %8d %8d\n", s.Current, s.Longest); strings.Count(report, want) < 1 {
				t.Errorf("width %d: no streak row ends %q", width, want)
			}
		}
		// Every week's count is written out after its bar.
		for _, n := range sum.PerWeek(8, now) {
			if !strings.Contains(report, "█ "+strconv.Itoa(n)+"\n") {
				t.Errorf("width %d: no week bar ends with its count %d:\n%s", width, n, report)
			}
		}
		if !strings.Contains(report, "(bars to scale)") {
			t.Errorf("width %d: 1,440 sessions a week drawn without saying the bars are to scale", width)
		}
	}
}

// The header dates the history from its earliest record, not its first line.
func TestHistoryReportDatesFromTheEarliest(t *testing.T) {
	now := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	sum := history.NewSummary(time.UTC)
	for _, d := range []int{3, 30, 1} {
		sum.Add(session.Record{Start: now.AddDate(0, 0, -d), Routine: "relief", Completed: true})
	}
	report := ansi.Strip(historyReport(sum, now, time.UTC, 80))
	if first := strings.SplitN(report, "\n", 2)[0]; first != "hipcoach history · 3 sessions since 26 Oct 2026" {
		t.Errorf("header %q, want the earliest date, 26 Oct 2026", first)
	}
}

func ptr(n int) *int { return &n }
