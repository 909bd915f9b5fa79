package history

import (
	"bytes"
	"encoding/json"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

var fuzzNow = time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)

// validLine is a record that must always be read back.
const validLine = `{"start":"2026-11-25T08:00:00+01:00","routine":"relief","steps_done":["kneeling-hip-flexor-stretch"],"steps_skipped":[],"planned_seconds":120,"actual_seconds":118.5,"completed":true,"pain_before":4,"pain_after":2,"version":"1.0.0"}`

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"",
		"\n",
		validLine + "\n",
		validLine,
		validLine + "\r\n" + validLine,
		`{"start":"2026-11-24T09:00:00Z","routi` + validLine + "\n",
		validLine + validLine + "\n",
		strings.Replace(validLine, `"pain_before":4`, `"pain_before":-2`, 1),
		strings.Replace(validLine, `"pain_after":2`, `"pain_after":100`, 1),
		strings.Replace(validLine, `2026-11-25`, `2099-11-25`, 1),
		strings.Replace(validLine, `"relief"`, `"relief\u001b[31m"`, 1),
		strings.Replace(validLine, `"1.0.0"`, `"\u009d8;;http://x\u0007"`, 1),
		strings.Replace(validLine, `118.5`, `-1`, 1),
		strings.Replace(validLine, `118.5`, `1e999`, 1),
		`{"hello": 1}` + "\n" + `null` + "\n" + `[]` + "\n" + `"x"` + "\n",
		"\x00\xff\xfe{\n\n\n",
		strings.Repeat("x", MaxLineBytes-1) + "\n" + strings.Repeat("y", MaxLineBytes) + "\n" + strings.Repeat("z", MaxLineBytes+1),
	} {
		f.Add([]byte(s))
	}
}

var warningRE = regexp.MustCompile(`^history\.jsonl line ([0-9]+): skipped, [^\x00-\x1f\x7f-\x9f]+$`)

// scanBytes scans data read through r, and fails on any error.
func scanBytes(t *testing.T, r interface{ Read([]byte) (int, error) }) ([]session.Record, []string) {
	t.Helper()
	var recs []session.Record
	var warnings []string
	if err := Scan(r, "history.jsonl", fuzzNow, func(r session.Record) error {
		recs = append(recs, r)
		return nil
	}, func(w string) { warnings = append(warnings, w) }); err != nil {
		t.Fatalf("Scan: %v", err)
	}
	return recs, warnings
}

// FuzzScan: any bytes are read without a panic or an error; every record
// given is valid; every warning names a line that exists, in order; how the
// bytes arrive does not matter; and a valid record after the bytes and a
// newline is always read back, with nothing before it changed.
func FuzzScan(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, warnings := scanBytes(t, bytes.NewReader(data))
		lines := bytes.Count(data, []byte("\n"))
		if len(data) > 0 && data[len(data)-1] != '\n' {
			lines++
		}
		if len(recs)+len(warnings) > lines {
			t.Fatalf("%d records and %d warnings from %d lines", len(recs), len(warnings), lines)
		}
		checkWarningLines(t, warnings, lines)
		for _, r := range recs {
			if reason := check(r, fuzzNow); reason != "" {
				t.Fatalf("gave a record that is %s: %+v", reason, r)
			}
		}

		slow, slowWarnings := scanBytes(t, iotest.HalfReader(iotest.OneByteReader(bytes.NewReader(data))))
		if !sameRecords(recs, slow) || !reflect.DeepEqual(warnings, slowWarnings) {
			t.Fatal("a byte at a time reads differently")
		}

		checkValidAfter(t, data, recs, warnings)
	})
}

// checkWarningLines: every warning names a line that exists, in order.
func checkWarningLines(t *testing.T, warnings []string, lines int) {
	t.Helper()
	last := 0
	for _, w := range warnings {
		m := warningRE.FindStringSubmatch(w)
		if m == nil {
			t.Fatalf("warning %q", w)
		}
		n, _ := strconv.Atoi(m[1])
		if n <= last || n > lines {
			t.Fatalf("warning %q after line %d, of %d lines", w, last, lines)
		}
		last = n
	}
}

// checkValidAfter: a valid record after the bytes and a newline is read
// back, with or without its own newline, and nothing before it changes.
func checkValidAfter(t *testing.T, data []byte, recs []session.Record, warnings []string) {
	t.Helper()
	for _, tail := range []string{validLine + "\n", validLine} {
		more := append(append(bytes.Clone(data), '\n'), tail...)
		got, gotWarnings := scanBytes(t, bytes.NewReader(more))
		if len(got) != len(recs)+1 || !sameRecords(got[:len(recs)], recs) {
			t.Fatalf("%d records with a valid one after, want %d", len(got), len(recs)+1)
		}
		if b, _ := json.Marshal(got[len(got)-1]); string(b) != validLine {
			t.Fatalf("the record after the bytes came back as %s", b)
		}
		if !reflect.DeepEqual(gotWarnings, warnings) {
			t.Fatalf("warnings changed: %q, then %q", warnings, gotWarnings)
		}
	}
}

// sameRecords compares records by what they would write.
func sameRecords(a, b []session.Record) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, _ := json.Marshal(a[i])
		y, _ := json.Marshal(b[i])
		if !bytes.Equal(x, y) {
			return false
		}
	}
	return true
}

// FuzzRoundTrip: a record the reader accepts is written by AppendContext's
// encoding as a line that reads back as the same record, and the shortcut
// of scanFile with a since (judging a line by its start alone) agrees
// with the record's start.
func FuzzRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, _ := scanBytes(t, bytes.NewReader(data))
		for _, r := range recs {
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("an accepted record does not encode: %v", err)
			}
			again, warnings := scanBytes(t, bytes.NewReader(append(b, '\n')))
			if len(again) != 1 || len(warnings) != 0 || !sameRecords(again, []session.Record{r}) {
				t.Fatalf("%s read back as %+v, %q", b, again, warnings)
			}
			for _, since := range []time.Time{r.Start, r.Start.Add(time.Nanosecond), r.Start.Add(-time.Nanosecond), r.Start.Add(time.Hour)} {
				if got, want := startsBefore(b, since), r.Start.Before(since); got != want {
					t.Fatalf("startsBefore(%s, %v) = %v, want %v", b, since, got, want)
				}
			}
		}
	})
}
