package history

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// ScanBackward gives the newest record first, skips damaged and overlong
// lines, reads a last line without its newline, and stops when asked.
func TestScanBackward(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	day := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	var b strings.Builder
	for i := range 5000 { // several blocks
		b.WriteString(`{"start":"` + day.Add(time.Duration(i)*time.Minute).Format(time.RFC3339) + `","routine":"prevention","completed":true}` + "\n")
	}
	b.WriteString("not json\n")
	b.WriteString(strings.Repeat("x", MaxLineBytes+10) + "\n")
	b.WriteString(`{"start":"` + day.Add(10000*time.Minute).Format(time.RFC3339) + `","routine":"desk","outcome":"skipped"}`) // no newline
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	var got []session.Record
	cut, err := ScanBackward(path, day.AddDate(0, 0, 30), 0, func(r session.Record) bool {
		got = append(got, r)
		return len(got) < 3
	})
	if err != nil || cut {
		t.Fatalf("cut %v, err %v", cut, err)
	}
	if len(got) != 3 || got[0].Routine != "desk" || got[0].Outcome != "skipped" || !got[1].Start.Equal(day.Add(4999*time.Minute)) || !got[2].Start.Equal(day.Add(4998*time.Minute)) {
		t.Fatalf("got %+v", got)
	}
	n := 0
	if _, err := ScanBackward(path, day.AddDate(0, 0, 30), 0, func(session.Record) bool { n++; return true }); err != nil || n != 5001 {
		t.Fatalf("read %d records back to the start (err %v), want 5001", n, err)
	}
	n = 0
	cut, _ = ScanBackward(path, day.AddDate(0, 0, 30), 200<<10, func(session.Record) bool { n++; return true })
	if !cut || n == 0 || n >= 5001 {
		t.Fatalf("a 200-KiB limit read %d records, cut %v", n, cut)
	}
	if cut, err := ScanBackward(filepath.Join(t.TempDir(), "none"), day, 0, func(session.Record) bool { return true }); err != nil || cut {
		t.Fatalf("missing file: %v %v", cut, err)
	}
}
