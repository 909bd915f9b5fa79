package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/history/historytest"
	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/hipcoach/hipcoach/internal/history"
)

func TestHistoryReport(t *testing.T) {
	now := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	sum := history.NewSummary(time.UTC)
	for _, r := range historytest.Sample(now) {
		sum.Add(r)
	}
	report := ansi.Strip(historyReport(sum, now, time.UTC, 80))
	for _, w := range []string{"Streaks", "prevention", "Sessions per week", "Last 12 weeks", "Pain check-ins", "not improved", "5 days in a row"} {
		if !strings.Contains(report, w) {
			t.Errorf("report lacks %q", w)
		}
	}
	golden.RequireEqual(t, report)
	if empty := historyReport(history.NewSummary(time.UTC), now, time.UTC, 80); !strings.Contains(empty, "No sessions recorded yet") {
		t.Errorf("empty history: %q", empty)
	}
}

// The month line names each month above the week it begins in, lined up
// with the calendar's columns, and never lets two names run together.
func TestMonthLabels(t *testing.T) {
	for _, tc := range []struct {
		first string // the first column's Monday
		weeks int
		want  string
	}{
		{"2026-09-07", 12, "      Sep     Oct     Nov"},
		// A first column alone in its month gives way to the next month.
		{"2026-08-31", 6, "        Sep     Oct"},
		// A first column followed by one more week of its month keeps its name.
		{"2026-09-21", 3, "      Sep Oct"},
	} {
		first, _ := time.Parse("2006-01-02", tc.first)
		if got := monthLabels(first, tc.weeks); got != tc.want {
			t.Errorf("monthLabels(%s, %d) = %q, want %q", tc.first, tc.weeks, got, tc.want)
		}
	}
}

// keepRecords writes each record of a run once, in order, and a run with
// history off writes nothing.
func TestKeepRecordsWritesEachOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	first := session.Record{Start: start, Routine: "relief", Completed: true}
	second := session.Record{Start: start.Add(5 * time.Minute), Routine: "relief"}
	var stderr strings.Builder
	keepRecords(path, []session.Record{first, second}, &stderr)
	keepRecords("", []session.Record{first}, &stderr)
	got, warnings, err := historytest.Read(path)
	if err != nil || len(warnings) > 0 || stderr.Len() > 0 {
		t.Fatal(err, warnings, stderr.String())
	}
	if len(got) != 2 || !got[0].Completed || got[1].Completed {
		t.Errorf("history holds %d records %+v, want the two sessions once each", len(got), got)
	}
}

// BenchmarkHistoryCommand100k is "hipcoach history" (the report, and
// --json) over a history of 100,000 sessions, with the peak of the live
// heap while it runs: the file is read as a stream, so the peak stays a few
// megabytes however long the history.
func BenchmarkHistoryCommand100k(b *testing.B) {
	state := b.TempDir()
	path := filepath.Join(state, "hipcoach", "history.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	start := time.Date(2023, 11, 1, 8, 0, 0, 0, time.UTC)
	for i := range 100_000 {
		fmt.Fprintf(w, `{"start":%q,"routine":"prevention","steps_done":["hip-circles","leg-swings"],"steps_skipped":[],"planned_seconds":610,"actual_seconds":610,"completed":true,"pain_before":%d,"pain_after":%d,"version":"v0.1.0"}`+"\n",
			start.Add(time.Duration(i)*16*time.Minute).Format(time.RFC3339), i%7, i%5)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	b.Setenv("XDG_STATE_HOME", state)
	devnull, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	defer devnull.Close() //nolint:errcheck // written to, never read
	for _, args := range [][]string{{"history"}, {"history", "--json"}} {
		b.Run(strings.Join(args, " "), func(b *testing.B) {
			var peak uint64
			done := make(chan struct{})
			sampled := make(chan struct{})
			go func() { // the live heap, sampled every millisecond
				defer close(sampled)
				var ms runtime.MemStats
				for {
					select {
					case <-done:
						return
					case <-time.After(time.Millisecond):
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
					}
				}
			}()
			for b.Loop() {
				a := &app{stdout: devnull, stderr: devnull, out: &checkedWriter{w: devnull}, now: func() time.Time { return start.AddDate(3, 0, 0) }}
				if code := run(context.Background(), a, args); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			close(done)
			<-sampled
			b.ReportMetric(float64(peak)/(1<<20), "MiB-heap-peak")
		})
	}
}
