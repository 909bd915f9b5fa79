package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/hipcoach/hipcoach/history"
)

func painOf(n int) *int { return &n }

// sampleHistory is four weeks of a user who does prevention most days and
// has needed relief for the last five, with pain that does not ease.
func sampleHistory(now time.Time) []history.Record {
	var recs []history.Record
	for d := 27; d >= 0; d-- {
		day := now.AddDate(0, 0, -d)
		if d%4 != 3 {
			recs = append(recs, history.Record{Start: day.Add(-12 * time.Hour), Routine: "prevention", Completed: true})
		}
		if d < 5 {
			recs = append(recs, history.Record{Start: day.Add(-2 * time.Hour), Routine: "relief", Completed: true,
				PainBefore: painOf(5 + d%2), PainAfter: painOf(4 + d%2)})
		}
	}
	return recs
}

func TestHistoryReport(t *testing.T) {
	now := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	sum := history.NewSummary(time.UTC)
	for _, r := range sampleHistory(now) {
		sum.Add(r)
	}
	report := ansi.Strip(historyReport(sum, now, time.UTC))
	for _, w := range []string{"Streaks", "prevention", "Sessions per week", "Last 12 weeks", "Pain check-ins", "not improved", "5 days in a row"} {
		if !strings.Contains(report, w) {
			t.Errorf("report lacks %q", w)
		}
	}
	golden.RequireEqual(t, report)
	if empty := historyReport(history.NewSummary(time.UTC), now, time.UTC); !strings.Contains(empty, "No sessions recorded yet") {
		t.Errorf("empty history: %q", empty)
	}
}

// writeSampleHistory writes sampleHistory under the state folder state,
// with a damaged line as line 5, and returns the file's path.
func writeSampleHistory(t *testing.T, state string, now time.Time) string {
	t.Helper()
	path := filepath.Join(state, "hipcoach", "history.jsonl")
	for i, r := range sampleHistory(now) {
		if err := history.Append(path, r); err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString("{not json\n") // line 5
			f.Close()
		}
	}
	return path
}

func TestBinaryHistory(t *testing.T) {
	realClock(t)
	t.Parallel()
	state := t.TempDir()
	now := time.Now()
	path := writeSampleHistory(t, state, now)
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
		var o, e strings.Builder
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return o.String(), e.String(), code
	}
	out, errOut, code := run("history")
	if code != 0 || !strings.Contains(out, "Streaks") || strings.ContainsRune(out, '\x1b') {
		t.Fatalf("history: exit %d\n%s", code, out)
	}
	if errOut != "hipcoach: history.jsonl line 5: skipped, not valid JSON\n" {
		t.Fatalf("history stderr %q, want the bad line named", errOut)
	}
	out, _, code = run("history", "--json", "--since", now.AddDate(0, 0, -2).Format("2006-01-02"))
	var recs []history.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil || code != 0 {
		t.Fatalf("--json: exit %d, %v\n%s", code, err, out)
	}
	if len(recs) == 0 || len(recs) >= len(sampleHistory(now)) {
		t.Fatalf("--since kept %d of %d records", len(recs), len(sampleHistory(now)))
	}
	for _, r := range recs {
		if r.Start.Before(now.AddDate(0, 0, -3)) {
			t.Fatalf("--since kept a record from %v", r.Start)
		}
	}
	if _, errOut, code := run("history", "--since", "yesterday"); code != 2 || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Fatalf("bad --since: exit %d %q", code, errOut)
	}
	// --plain records its session, with --pain.
	if _, errOut, code := run("--plain", "--quiet", "--hold", "1", "--roll", "1", "--get-ready", "0", "--switch", "0", "--pain", "6", "relief"); code != 0 {
		t.Fatalf("--plain: exit %d %s", code, errOut)
	}
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, `"pain_before":6`) || !strings.Contains(last, `"completed":true`) {
		t.Fatalf("--plain record: %s", last)
	}
}

// An unwritable history costs a warning, not the session.
func TestBinaryUnwritableHistory(t *testing.T) {
	realClock(t)
	t.Parallel()
	state := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(state, []byte("a file where a folder should be"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "--plain", "--quiet", "--hold", "1", "--roll", "1", "--get-ready", "0", "--switch", "0", "relief")
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
	var e strings.Builder
	cmd.Stderr = &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("the session did not run: %v %s", err, e.String())
	}
	if n := strings.Count(e.String(), "\n"); n != 1 || !strings.Contains(e.String(), "will not be remembered") {
		t.Fatalf("stderr %q, want one clear warning", e.String())
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
	first := history.Record{Start: start, Routine: "relief", Completed: true}
	second := history.Record{Start: start.Add(5 * time.Minute), Routine: "relief"}
	var stderr strings.Builder
	keepRecords(path, []history.Record{first, second}, &stderr)
	keepRecords("", []history.Record{first}, &stderr)
	got, warnings, err := history.Read(path)
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
	w.Flush()
	f.Close()
	b.Setenv("XDG_STATE_HOME", state)
	devnull, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	defer devnull.Close()
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
