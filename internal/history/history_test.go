package history

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata" // the same zones on every machine

	"github.com/hipcoach/hipcoach/internal/session"
)

func at(loc *time.Location, y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, loc)
}

func done(routine string, t time.Time) session.Record {
	return session.Record{Start: t, Routine: routine, Completed: true}
}

func pain(n int) *int { return &n }

func TestStreaks(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		records []session.Record
		now     time.Time
		want    Streak
	}{
		{"across midnight", []session.Record{done("relief", at(ny, 2026, 11, 23, 23, 50)), done("relief", at(ny, 2026, 11, 24, 0, 10))},
			at(ny, 2026, 11, 24, 9, 0), Streak{2, 2}},
		{"month end", []session.Record{done("prevention", at(ny, 2026, 1, 30, 8, 0)), done("prevention", at(ny, 2026, 1, 31, 8, 0)), done("prevention", at(ny, 2026, 2, 1, 8, 0))},
			at(ny, 2026, 2, 1, 20, 0), Streak{3, 3}},
		{"february into march", []session.Record{done("prevention", at(ny, 2026, 2, 28, 8, 0)), done("prevention", at(ny, 2026, 3, 1, 8, 0))},
			at(ny, 2026, 3, 2, 7, 0), Streak{2, 2}},
		// Clocks go forward at 2:00 on 8 March 2026 in New York: that day
		// has 23 hours, and the streak must not notice.
		{"daylight saving starts", []session.Record{done("prevention", at(ny, 2026, 3, 7, 23, 30)), done("prevention", at(ny, 2026, 3, 8, 23, 30)), done("prevention", at(ny, 2026, 3, 9, 0, 30))},
			at(ny, 2026, 3, 9, 12, 0), Streak{3, 3}},
		{"daylight saving ends", []session.Record{done("prevention", at(ny, 2026, 10, 31, 23, 59)), done("prevention", at(ny, 2026, 11, 1, 0, 1)), done("prevention", at(ny, 2026, 11, 2, 23, 59))},
			at(ny, 2026, 11, 2, 23, 59), Streak{3, 3}},
		{"a gap breaks it", []session.Record{done("relief", at(ny, 2026, 11, 1, 8, 0)), done("relief", at(ny, 2026, 11, 2, 8, 0)), done("relief", at(ny, 2026, 11, 4, 8, 0))},
			at(ny, 2026, 11, 4, 9, 0), Streak{1, 2}},
		{"yesterday still counts", []session.Record{done("relief", at(ny, 2026, 11, 2, 8, 0)), done("relief", at(ny, 2026, 11, 3, 8, 0))},
			at(ny, 2026, 11, 4, 9, 0), Streak{2, 2}},
		{"two days ago does not", []session.Record{done("relief", at(ny, 2026, 11, 2, 8, 0))},
			at(ny, 2026, 11, 4, 9, 0), Streak{0, 1}},
		{"quit sessions do not count", []session.Record{{Start: at(ny, 2026, 11, 4, 8, 0), Routine: "relief"}},
			at(ny, 2026, 11, 4, 9, 0), Streak{0, 0}},
		{"other routines do not count", []session.Record{done("prevention", at(ny, 2026, 11, 4, 8, 0))},
			at(ny, 2026, 11, 4, 9, 0), Streak{0, 0}},
	}
	for _, c := range cases {
		routine := c.records[0].Routine
		if c.name == "other routines do not count" {
			routine = "relief"
		}
		if got := Streaks(c.records, routine, c.now, ny); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
	// A session stored in UTC counts on the user's own calendar day.
	utc := at(time.UTC, 2026, 11, 24, 3, 0) // 22:00 on the 23rd in New York
	if got := Streaks([]session.Record{done("relief", utc), done("relief", at(ny, 2026, 11, 24, 20, 0))}, "", at(ny, 2026, 11, 24, 21, 0), ny); got.Current != 2 {
		t.Errorf("zones: %+v, want a 2-day streak", got)
	}
}

func TestPerWeekAndCalendar(t *testing.T) {
	loc := time.UTC
	now := at(loc, 2026, 11, 25, 12, 0) // a Wednesday
	recs := []session.Record{
		done("relief", at(loc, 2026, 11, 23, 8, 0)),     // Monday this week
		done("relief", at(loc, 2026, 11, 25, 8, 0)),     // today
		done("prevention", at(loc, 2026, 11, 25, 9, 0)), // today again
		done("relief", at(loc, 2026, 11, 22, 8, 0)),     // Sunday last week
		done("relief", at(loc, 2026, 9, 1, 8, 0)),       // long ago
	}
	if got := fmt.Sprint(PerWeek(recs, 4, now, loc)); got != "[0 0 1 3]" {
		t.Errorf("PerWeek = %s, want [0 0 1 3]", got)
	}
	grid := Calendar(recs, 12, now, loc)
	if grid[2][11] != 2 || grid[0][11] != 1 || grid[6][10] != 1 {
		t.Errorf("calendar: today %d, Monday %d, last Sunday %d", grid[2][11], grid[0][11], grid[6][10])
	}
	if grid[3][11] != -1 || grid[6][11] != -1 {
		t.Error("days after today should be marked as future")
	}
}

func TestNudges(t *testing.T) {
	loc := time.UTC
	now := at(loc, 2026, 11, 25, 20, 0)
	var recs []session.Record
	if n := Nudges(recs, now, loc); len(n) != 0 {
		t.Fatalf("nudges for an empty history: %v", n)
	}
	recs = []session.Record{{Start: at(loc, 2026, 11, 25, 8, 0), Routine: "prevention", Completed: true, PainBefore: pain(7)}}
	if n := Nudges(recs, now, loc); len(n) != 1 || !strings.Contains(n[0], "7 out of 10") {
		t.Fatalf("pain 7: %v", n)
	}
	recs = nil
	for i, p := range []int{4, 5, 3, 4, 4} { // five relief days in a row, no better
		recs = append(recs, session.Record{Start: at(loc, 2026, 11, 21+i, 8, 0), Routine: "relief", PainBefore: pain(p)})
	}
	n := strings.Join(Nudges(recs, now, loc), "\n")
	if !strings.Contains(n, "not improved over your last 5 relief sessions") || !strings.Contains(n, "5 days in a row") {
		t.Fatalf("no improvement and 5 days running: %s", n)
	}
	recs[4].PainAfter = pain(2) // better at last
	recs[0].Start = at(loc, 2026, 11, 10, 8, 0)
	if n := Nudges(recs, now, loc); len(n) != 0 {
		t.Fatalf("improving, 4 days running: %v", n)
	}
	// Advice to see someone, every time.
	for _, msg := range Nudges(recs[:0:0], now, loc) {
		t.Fatalf("unexpected nudge %q", msg)
	}
	for _, msg := range Nudges(append(recs, session.Record{Start: now, Routine: "relief", PainBefore: pain(9)}), now, loc) {
		if !strings.Contains(msg, "doctor") {
			t.Errorf("a nudge that does not point to a doctor or physiotherapist: %s", msg)
		}
	}
}

func TestReadSkipsACorruptLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.jsonl")
	good := session.Record{Start: at(time.UTC, 2026, 11, 24, 8, 0), Routine: "relief", Completed: true, Version: "test"}
	if err := Append(path, good); err != nil {
		t.Fatal(err)
	}
	appendRaw(t, path,
		"{\"start\": \"2026-11-24T09:00:00Z\", \"routi\n", // a torn line
		"{\"hello\": 1}\n")
	if err := Append(path, good); err != nil {
		t.Fatal(err)
	}
	recs, warnings, err := Read(path)
	if err != nil || len(recs) != 2 {
		t.Fatalf("read %d records, %v; want the 2 good ones", len(recs), err)
	}
	if len(warnings) != 2 || warnings[0] != "history.jsonl line 2: skipped, not valid JSON" || warnings[1] != "history.jsonl line 3: skipped, not a session record" {
		t.Fatalf("warnings %q", warnings)
	}
	if recs, _, err := Read(filepath.Join(dir, "missing.jsonl")); err != nil || len(recs) != 0 {
		t.Fatalf("a missing file: %v, %v", recs, err)
	}
}

func TestAppendCreatesTheFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "history.jsonl")
	if err := Append(path, session.Record{Start: time.Now(), Routine: "relief"}); err != nil {
		t.Fatal(err)
	}
	if recs, _, _ := Read(path); len(recs) != 1 {
		t.Fatal("record not written")
	}
}

func TestUnwritableIsReported(t *testing.T) {
	// A file where the folder should be, and a folder where the file should
	// be, stop even root; a read-only folder stops everyone else.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "history.jsonl"), 0o755); err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{
		"file in the folder's place": filepath.Join(dir, "file", "history.jsonl"),
		"folder in the file's place": filepath.Join(dir, "history.jsonl"),
	}
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		paths["read-only folder"] = filepath.Join(ro, "h", "history.jsonl")
	}
	for name, path := range paths {
		if err := Writable(path); err == nil {
			t.Errorf("%s: Writable gave no error", name)
		}
		if err := Append(path, session.Record{Routine: "relief"}); err == nil {
			t.Errorf("%s: Append gave no error", name)
		}
	}
}

// Two processes appending 500 records each at the same time lose none and
// tear none.
func TestConcurrentAppendsFromTwoProcesses(t *testing.T) {
	if os.Getenv("HISTORY_APPEND_HELPER") != "" {
		t.Skip("helper")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "history.jsonl")
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cmd := exec.Command(exe, "-test.run=^TestAppendHelper$")
			cmd.Env = append(os.Environ(), "HISTORY_APPEND_HELPER="+path, "HISTORY_APPEND_WHO="+strconv.Itoa(i))
			out, err := cmd.CombinedOutput()
			if err != nil {
				errs[i] = fmt.Errorf("%v: %s", err, out)
			}
		}(i)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	recs, warnings, err := Read(path)
	if err != nil || len(warnings) != 0 {
		t.Fatalf("read: %v %v", err, warnings)
	}
	seen := map[string]bool{}
	for _, r := range recs {
		seen[r.Version] = true
	}
	if len(recs) != 1000 || len(seen) != 1000 {
		t.Fatalf("%d records, %d distinct; want 1000 of each", len(recs), len(seen))
	}
}

// TestAppendHelper is the child process of the test above.
func TestAppendHelper(t *testing.T) {
	path := os.Getenv("HISTORY_APPEND_HELPER")
	if path == "" {
		t.Skip("only run as a helper process")
	}
	who := os.Getenv("HISTORY_APPEND_WHO")
	for i := 0; i < 500; i++ {
		r := session.Record{Start: time.Now(), Routine: "relief", Completed: true, Version: who + "-" + strconv.Itoa(i), StepsDone: []string{strings.Repeat("x", 200)}}
		if err := Append(path, r); err != nil {
			t.Fatal(err)
		}
	}
}
