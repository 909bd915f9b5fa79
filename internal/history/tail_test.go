package history

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
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

// FuzzScanBackward: whatever the bytes, ScanBackward never panics and
// gives the records Scan gives, newest first, with lines spanning many
// tiny blocks.
func FuzzScanBackward(f *testing.F) {
	fuzzSeeds(f)
	f.Add([]byte(validLine + "\n\n" + validLine))
	f.Add([]byte("\n\r\n" + validLine + "\r\n{\"start\":1}\n"))
	saved := tailBlock
	f.Cleanup(func() { tailBlock = saved })
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		tailBlock = 1 + len(data)%7
		if len(data) > 4096 {
			tailBlock = 1000 + len(data)%7 // big seeds: still many blocks, in less time
		}
		path := filepath.Join(dir, "history.jsonl")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		forward, _ := scanBytes(t, bytes.NewReader(data))
		var back []session.Record
		if _, err := ScanBackward(path, fuzzNow, 0, func(r session.Record) bool { back = append(back, r); return true }); err != nil {
			t.Fatal(err)
		}
		slices.Reverse(back)
		if !sameRecords(forward, back) {
			t.Fatalf("forward %d records, backward %d", len(forward), len(back))
		}
	})
}
