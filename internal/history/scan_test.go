package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// scanAll scans data as history.jsonl and returns what it gave.
func scanAll(t *testing.T, data []byte, now time.Time) ([]session.Record, []string) {
	t.Helper()
	var recs []session.Record
	var warnings []string
	err := Scan(bytes.NewReader(data), "history.jsonl", now, func(r session.Record) error {
		recs = append(recs, r)
		return nil
	}, func(w string) { warnings = append(warnings, w) })
	if err != nil {
		t.Fatal(err)
	}
	return recs, warnings
}

// line is r as AppendContext writes it.
func line(r session.Record) string {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	return string(b) + "\n"
}

// One line of 2 MiB in the middle of the file hides nothing after it, and
// is not held in memory to be skipped.
func TestLongLineHidesNothing(t *testing.T) {
	now := at(time.UTC, 2026, 11, 25, 20, 0)
	var b bytes.Buffer
	b.WriteString(line(done("relief", now.Add(-3*time.Hour))))
	// A valid record, just far too long: a version of 2 MiB.
	b.WriteString(`{"start":"2026-11-25T18:00:00Z","routine":"relief","version":"` + strings.Repeat("x", 2<<20) + "\"}\n")
	for i := range 3 {
		b.WriteString(line(done("prevention", now.Add(time.Duration(-2+i)*time.Minute))))
	}
	data := b.Bytes()

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	recs, warnings := scanAll(t, data, now)
	runtime.ReadMemStats(&after)

	if len(recs) != 4 || recs[3].Routine != "prevention" {
		t.Fatalf("read %d records, want the 4 around the long line", len(recs))
	}
	if len(warnings) != 1 || warnings[0] != "history.jsonl line 2: skipped, too long (over 64 KiB)" {
		t.Fatalf("warnings %q", warnings)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 512<<10 {
		t.Errorf("skipping a 2 MiB line allocated %d KiB", alloc>>10)
	}

	// At the very end, without its newline, it is skipped just the same.
	data = append(bytes.Clone(data), strings.Repeat("y", 200<<10)...)
	recs, warnings = scanAll(t, data, now)
	if len(recs) != 4 || len(warnings) != 2 || warnings[1] != "history.jsonl line 6: skipped, too long (over 64 KiB)" {
		t.Fatalf("a long last line: %d records, warnings %q", len(recs), warnings)
	}
}

// Values that would crash or mislead the report are skipped, each with a
// warning saying why and where.
func TestOutOfRangeValuesAreSkipped(t *testing.T) {
	now := at(time.UTC, 2026, 11, 25, 20, 0)
	good := `{"start":"2026-11-25T08:00:00Z","routine":"relief","completed":true`
	cases := []struct {
		line, reason string
	}{
		{good + `,"pain_before":-2}`, "pain out of range (pain_before is -2, not 0–10)"},
		{good + `,"pain_after":100}`, "pain out of range (pain_after is 100, not 0–10)"},
		{good + `,"pain_before":3.5}`, "not a session record (pain_before has the wrong type)"},
		{good + `,"planned_seconds":-1}`, "negative or non-finite seconds (planned_seconds)"},
		{good + `,"actual_seconds":1e999}`, "not a session record (actual_seconds has the wrong type)"},
		{`{"start":"2099-01-01T08:00:00Z","routine":"relief"}`, "dated in the future (2099-01-01)"},
		{`{"start":"2026-11-25T08:00:00Z","routine":"relief\u001b]8;;http://x\u0007"}`, "control characters in a text field"},
		{good + `,"steps_done":["hip-circles\u009b31m"]}`, "control characters in a text field"},
		{good + `,"version":"1.0\u007f"}`, "control characters in a text field"},
		{`{"start":"2026-11-25T08:00:00Z","routine":"Relief"}`, "routine name is not lower-case letters, digits and dashes (at most 40)"},
		{`{"start":"2026-11-25T08:00:00Z","routine":"` + strings.Repeat("a", 41) + `"}`, "routine name is not lower-case letters, digits and dashes (at most 40)"},
		{`{"start":"2026-11-25T08:00:00Z","routine":"my routine"}`, "routine name is not lower-case letters, digits and dashes (at most 40)"},
		{`{"start":"yesterday","routine":"relief"}`, "not a session record (start is not a time)"},
		{`{"start":"2026-11-25T08:00:00Z"}`, "not a session record"},
		{`[1, 2]`, "not a session record"},
		{`null`, "not a session record"},
		{"{\"start\":\x00}", "not valid JSON"},
		{good + `}` + good + `}`, "not valid JSON"}, // two glued together
	}
	var b strings.Builder
	for _, c := range cases {
		b.WriteString(c.line + "\n")
	}
	// Edges that are fine.
	b.WriteString(good + `,"pain_before":0,"pain_after":10,"routine":"my-physio-2"}` + "\r\n")
	b.WriteString(`{"start":"2026-11-26T12:00:00Z","routine":"relief"}` + "\n") // within a day's slack
	b.WriteString("\n   \n")
	recs, warnings := scanAll(t, []byte(b.String()), now)
	if len(recs) != 2 || recs[0].Routine != "my-physio-2" || *recs[0].PainAfter != 10 {
		t.Errorf("read %+v, want the two good records", recs)
	}
	if len(warnings) != len(cases) {
		t.Fatalf("%d warnings, want %d: %q", len(warnings), len(cases), warnings)
	}
	for i, c := range cases {
		if want := fmt.Sprintf("history.jsonl line %d: skipped, %s", i+1, c.reason); warnings[i] != want {
			t.Errorf("%.50q:\n got %q\nwant %q", c.line, warnings[i], want)
		}
	}
	// No time check when there is no now.
	if recs, _ := scanAll(t, []byte(cases[5].line), time.Time{}); len(recs) != 1 {
		t.Error("a zero now still checks for future dates")
	}
}

func TestLastLineWithoutNewlineIsRead(t *testing.T) {
	now := at(time.UTC, 2026, 11, 25, 20, 0)
	data := line(done("relief", now.Add(-time.Hour))) + strings.TrimSuffix(line(done("prevention", now)), "\n")
	if recs, warnings := scanAll(t, []byte(data), now); len(recs) != 2 || recs[1].Routine != "prevention" || len(warnings) != 0 {
		t.Fatalf("%+v %q", recs, warnings)
	}
}

func TestScanErrors(t *testing.T) {
	now := time.Now()
	data := line(done("relief", now)) + line(done("relief", now)) + line(done("relief", now))
	stop := errors.New("enough")
	n := 0
	err := Scan(strings.NewReader(data), "h", now, func(session.Record) error {
		n++
		return stop
	}, nil)
	if err != stop || n != 1 {
		t.Errorf("fn's error: %v after %d records, want it at once", err, n)
	}
	broken := errors.New("disk on fire")
	err = Scan(iotest.TimeoutReader(iotest.OneByteReader(strings.NewReader(data))), "h", now, func(session.Record) error { return nil }, nil)
	if !errors.Is(err, iotest.ErrTimeout) {
		t.Errorf("a failing reader: %v", err)
	}
	err = Scan(iotest.ErrReader(broken), "h", now, func(session.Record) error { return nil }, nil)
	if !errors.Is(err, broken) {
		t.Errorf("a failing reader: %v", err)
	}
	if err := ScanFile(filepath.Join(t.TempDir(), "missing"), now, nil, nil); err != nil {
		t.Errorf("a missing file: %v", err)
	}
	if err := ScanFile(t.TempDir(), now, nil, nil); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a folder: %v", err)
	}
}

// With a since, scanFile gives only the records from since on, without
// decoding the older lines.
func TestScanFileWithSince(t *testing.T) {
	loc := time.UTC
	now := at(loc, 2026, 11, 25, 20, 0)
	since := at(loc, 2026, 11, 20, 0, 0)
	path := filepath.Join(t.TempDir(), "history.jsonl")
	for d := 1; d <= 25; d++ {
		if err := Append(path, done("relief", at(loc, 2026, 11, d, 8, 0))); err != nil {
			t.Fatal(err)
		}
	}
	appendRaw(t, path,
		`{"start":"2026-11-02T08:00:00Z","routine":"BAD"}`+"\n",                     // old and bad: passed over
		`{"routine":"relief","start":"2026-11-03T08:00:00Z"}`+"\n",                  // old, other key order
		`{"start":"2026-11-24T08:00:00Z","routine":"relief","pain_before":11}`+"\n", // recent and bad
		`{"routine":"relief","start":"2026-11-24T09:00:00Z"}`+"\n")                  // recent, other key order
	var got []time.Time
	var warnings []string
	err := scanFile(path, since, now, func(r session.Record) error {
		got = append(got, r.Start)
		return nil
	}, func(w string) { warnings = append(warnings, w) })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 7 || !got[0].Equal(since.Add(8*time.Hour)) || got[6].Hour() != 9 {
		t.Errorf("records %v, want 20–25 November and the reordered one", got)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "line 28: skipped, pain out of range") {
		t.Errorf("warnings %q, want the recent bad line only", warnings)
	}
}
