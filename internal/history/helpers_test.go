package history

// Helpers for this package's tests, which work on records in a slice; the
// program streams the file through ScanFile and a Summary instead.

import (
	"context"
	"io"
	"os"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// appendRaw adds lines to the file at path as they are, damaged or not, as
// a crash, an older version or a hand edit would leave them.
func appendRaw(t testing.TB, path string, lines ...string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if _, err := f.WriteString(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// Append is AppendContext without a context: it still gives up after
// LockTimeout.
func Append(path string, r session.Record) error {
	return AppendContext(context.Background(), path, r)
}

// Read returns the records of the file, oldest first, and one warning per
// line skipped (e.g. "history.jsonl line 2: skipped, not valid JSON"); one
// bad line never hides the others. A missing file is an empty history.
//
// Read holds every record in memory: prefer ScanFile with a Summary, or
// ScanFileRecent, which do not.
func Read(path string) (records []session.Record, warnings []string, err error) {
	err = ScanFile(path, time.Now(), func(r session.Record) error {
		records = append(records, r)
		return nil
	}, func(w string) {
		warnings = append(warnings, w)
	})
	return records, warnings, err
}

// Scan is scan of every record, whatever its start.
func Scan(r io.Reader, name string, now time.Time, fn func(session.Record) error, warn func(string)) error {
	return scan(r, name, time.Time{}, now, fn, warn)
}

// summarize is the Summary of records, in loc.
func summarize(records []session.Record, loc *time.Location) *Summary {
	s := NewSummary(loc)
	for _, r := range records {
		s.Add(r)
	}
	return s
}

// Streaks counts days with a completed session of the routine ("" for any
// routine), as of now, in loc. Days after today are left out.
func Streaks(records []session.Record, routine string, now time.Time, loc *time.Location) Streak {
	return summarize(records, loc).Streaks(routine, now)
}

// PerWeek counts sessions in each of the last n weeks (Monday to Sunday),
// oldest first, the last being the current week.
func PerWeek(records []session.Record, n int, now time.Time, loc *time.Location) []int {
	return summarize(records, loc).PerWeek(n, now)
}

// Calendar counts sessions for each day of the last weeks weeks, as a grid
// of [weekday][week] (Monday first, oldest week first), ending with the
// current week; days after today are -1.
func Calendar(records []session.Record, weeks int, now time.Time, loc *time.Location) [7][]int {
	return summarize(records, loc).Calendar(weeks, now)
}

// Nudges are the reasons, if any, to stop self-treating and see a doctor or
// physiotherapist, worded as advice and never as a diagnosis (see
// Summary.Nudges).
func Nudges(records []session.Record, now time.Time, loc *time.Location) []string {
	return summarize(records, loc).Nudges(now)
}
