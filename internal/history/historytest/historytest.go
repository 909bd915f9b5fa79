// Package historytest makes sample histories for tests of the commands, in
// process and end to end, so both read the same user's past.
package historytest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
)

func painOf(n int) *int { return &n }

// Sample is four weeks of a user who does prevention most days and has
// needed relief for the last five, with pain that does not ease.
func Sample(now time.Time) []session.Record {
	var recs []session.Record
	for d := 27; d >= 0; d-- {
		day := now.AddDate(0, 0, -d)
		if d%4 != 3 {
			recs = append(recs, session.Record{Start: day.Add(-12 * time.Hour), Routine: "prevention", Completed: true})
		}
		if d < 5 {
			recs = append(recs, session.Record{Start: day.Add(-2 * time.Hour), Routine: "relief", Completed: true,
				PainBefore: painOf(5 + d%2), PainAfter: painOf(4 + d%2)})
		}
	}
	return recs
}

// WriteSample writes Sample under the state folder state, with a damaged
// line as line 5, and returns the file's path.
func WriteSample(t testing.TB, state string, now time.Time) string {
	t.Helper()
	path := filepath.Join(state, "hipcoach", "history.jsonl")
	for i, r := range Sample(now) {
		if err := history.AppendContext(context.Background(), path, r); err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteString("{not json\n"); err != nil { // line 5
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
	return path
}

// Read returns the records of the history file at path, oldest first, and
// the warnings for the lines skipped, for tests that check what was kept.
func Read(path string) (records []session.Record, warnings []string, err error) {
	err = history.ScanFile(path, time.Now(), func(r session.Record) error {
		records = append(records, r)
		return nil
	}, func(w string) {
		warnings = append(warnings, w)
	})
	return records, warnings, err
}
