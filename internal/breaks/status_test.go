package breaks

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func writeHistory(t testing.TB, lines ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "history.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		fmt.Fprintln(f, l)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func rec(start time.Time, routine string, completed bool, extra string) string {
	return fmt.Sprintf(`{"start":%q,"routine":%q,"completed":%v,"actual_seconds":180%s}`, start.Format(time.RFC3339), routine, completed, extra)
}

func TestStatusLines(t *testing.T) {
	now := t0.Add(8 * time.Hour) // Monday 18:00
	day := func(n int) time.Time { return t0.AddDate(0, 0, -n) }
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"empty", nil, "no sessions yet"},
		{"streak", []string{rec(day(3), "relief", true, ""), rec(day(2), "prevention", true, ""), rec(day(1), "desk", true, ""), rec(day(0), "prevention", true, ""),
			rec(day(0).Add(time.Hour), "desk", false, `,"outcome":"skipped"`)}, "✓ prevention today · 4-day streak"},
		{"a gap ends the streak", []string{rec(day(3), "prevention", true, ""), rec(day(1), "prevention", true, ""), rec(day(0), "prevention", true, "")}, "✓ prevention today · 2-day streak"},
		{"relief, pain", []string{rec(day(5), "prevention", true, ""), rec(day(2), "relief", false, `,"pain_before":4,"pain_after":2`)}, "relief 2 days ago · pain 4→2"},
	}
	for _, c := range cases {
		path := writeHistory(t, c.lines...)
		st, err := ReadStatus(path, "", now, time.UTC)
		if err != nil || st.Line != c.want {
			t.Errorf("%s: %q (%v), want %q", c.name, st.Line, err, c.want)
		}
	}
}

// While breaks runs, status says from its state file how long you have
// sat and whether a break is due; a state file left by a breaks that is
// gone is not believed.
func TestStatusFromBreaks(t *testing.T) {
	dir := t.TempDir()
	now := t0.Add(52 * time.Minute)
	if err := WriteState(dir, State{PID: os.Getpid(), SatSince: t0, Due: t0.Add(45 * time.Minute), Routine: "desk"}); err != nil {
		t.Fatal(err)
	}
	if st, _ := ReadStatus("", dir, now, time.UTC); st.Breaks {
		t.Fatalf("a state file without its breaks was believed: %+v", st)
	}
	release, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteState(dir, State{PID: os.Getpid(), SatSince: t0, Due: t0.Add(45 * time.Minute), Routine: "desk"}); err != nil {
		t.Fatal(err)
	}
	if st, _ := ReadStatus("", dir, now, time.UTC); st.Line != "desk break due · sat 52m" || st.SatMinutes != 52 {
		t.Fatalf("%+v", st)
	}
	if st, _ := ReadStatus("", dir, t0.Add(12*time.Minute), time.UTC); st.Line != "sat 12m · break at 10:45" {
		t.Fatalf("%q", st.Line)
	}
	// A second breaks is told the first one's PID.
	_, err = Lock(dir)
	var running ErrRunning
	if !errors.As(err, &running) || running.PID != os.Getpid() {
		t.Fatalf("second lock: %v", err)
	}
	release()
	if Running(dir) {
		t.Fatal("still running after release")
	}
}

// makeHistory writes n records, one every 5 minutes up to now, each day
// with a completed session: the worst case for the streak, which reads
// back as far as status allows.
func makeHistory(b *testing.B, n int, now time.Time) string {
	path := filepath.Join(b.TempDir(), "history.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	start := now.Add(-time.Duration(n) * 5 * time.Minute)
	for i := range n {
		fmt.Fprintf(w, `{"start":%q,"routine":"prevention","steps_done":["hip-circles","leg-swings"],"steps_skipped":[],"planned_seconds":610,"actual_seconds":610,"completed":true,"pain_before":3,"pain_after":2,"version":"v1.0.0"}`+"\n",
			start.Add(time.Duration(i)*5*time.Minute).Format(time.RFC3339Nano))
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkStatus: `hipcoach status` reads only the end of the history,
// so its time does not grow with the file: well under the 20 ms a prompt
// allows at 100k and 1M records.
func BenchmarkStatus(b *testing.B) {
	now := time.Now()
	for _, n := range []int{100_000, 1_000_000} {
		path := makeHistory(b, n, now)
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			for b.Loop() {
				st, err := ReadStatus(path, "", now, time.Local)
				if err != nil || !st.Today {
					b.Fatalf("%+v %v", st, err)
				}
			}
		})
	}
}
