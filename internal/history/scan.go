package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/internal/words"
)

// MaxLineBytes is the longest line the reader looks at, newline included.
// A record is about 300 bytes; a longer line is damage, and is skipped
// without being held in memory.
const MaxLineBytes = 64 << 10

// FutureSlack is how far past the reader's now a record may start and
// still be believed: enough for a clock or time zone that is a little off,
// not for a record dated years ahead.
const FutureSlack = 24 * time.Hour

// MaxRoutineName is the longest routine name a record may carry.
const MaxRoutineName = 40

// ScanFile reads the history file at path (see scan for what a valid
// record is and how damaged lines are skipped), its name in warnings being
// the file's base name. A missing file is an empty history. A path that holds
// anything but a regular file (a folder, a named pipe, a device) is an
// error wrapping ErrNotRegular, returned at once rather than waited on.
func ScanFile(path string, now time.Time, fn func(session.Record) error, warn func(string)) error {
	return scanFile(path, time.Time{}, now, fn, warn)
}

// scanFile is ScanFile for the records that start at since or later (all
// of them with since zero). Lines are still read, but a line that begins
// the way AppendContext writes every record, with its start, and starts
// before since is passed over without decoding the rest of it, and so
// without a warning if the rest is damaged. With a since, it is the
// forward read that the tests hold ScanFileRecent to.
func scanFile(path string, since, now time.Time, fn func(session.Record) error, warn func(string)) error {
	if err := regularOrMissing(path); err != nil {
		return err
	}
	f, _, err := openRegular(path, os.O_RDONLY)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close() //nolint:errcheck // read only: closing cannot lose anything
	return scan(f, filepath.Base(path), since, now, fn, warn)
}

// scan reads history records from r, line by line, in memory bounded by
// MaxLineBytes whatever r holds, and calls fn with each valid record in the
// order of the lines. A line that is not a valid record is skipped, and
// warn (if not nil) is called with a line like "history.jsonl line 7:
// skipped, not valid JSON", name being the file's name; it never hides the
// lines after it. A last line without its newline is read like any other.
//
// A record is valid if it is a JSON object with a start time and a routine
// name of lower-case letters, digits and dashes (at most MaxRoutineName),
// pains 0–10, seconds finite and not negative, no control characters in any
// text, and a start no later than now plus FutureSlack (no check if now is
// the zero time).
//
// scan stops at fn's first error and returns it as it is; otherwise it
// returns nil at the end of r, or r's error if reading fails. It never
// panics, whatever the bytes.
//
// With since not zero, a record that starts before since is passed over
// (see scanFile).
func scan(r io.Reader, name string, since, now time.Time, fn func(session.Record) error, warn func(string)) error {
	name = words.Sanitize(name)
	return scanLines(r, func(n int) string { return fmt.Sprintf("%s line %d", name, n) }, since, now, fn, warn)
}

// scanLines is Scan with the lines named by label, given the line's number
// in r counting from 1.
func scanLines(r io.Reader, label func(n int) string, since, now time.Time, fn func(session.Record) error, warn func(string)) error {
	skip := func(n int, reason string) {
		if warn != nil {
			warn(fmt.Sprintf("%s: skipped, %s", label(n), reason))
		}
	}
	br := bufio.NewReaderSize(r, MaxLineBytes)
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			err = passOver(br, err)
			if err != nil && err != io.EOF {
				return fmt.Errorf("reading %s: %w", label(n), err)
			}
			skip(n, fmt.Sprintf("too long (over %d KiB)", MaxLineBytes>>10))
			if err == io.EOF {
				return nil
			}
			continue
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("reading %s: %w", label(n), err)
		}
		if line = bytes.TrimSpace(line); len(line) > 0 && !startsBefore(line, since) {
			rec, reason := decode(line, now)
			switch {
			case reason != "":
				skip(n, reason)
			case since.IsZero() || !rec.Start.Before(since):
				if err := fn(rec); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// passOver reads past the rest of a line too long to be a record, a buffer
// at a time, keeping none of it; err is the read that found it too long,
// and the result the read that reached its end.
func passOver(br *bufio.Reader, err error) error {
	for errors.Is(err, bufio.ErrBufferFull) {
		_, err = br.ReadSlice('\n')
	}
	return err
}

// startPrefix is how every line AppendContext writes begins.
var startPrefix = []byte(`{"start":"`)

// startsBefore tells, from its first field alone, that a line written by
// AppendContext holds a record that starts before since. It is false for
// anything it cannot tell, which then gets decoded in full.
func startsBefore(line []byte, since time.Time) bool {
	if since.IsZero() {
		return false
	}
	t, ok := startOf(line)
	return ok && t.Before(since)
}

// startOf is the start of the record on a line that begins the way
// AppendContext writes every record, read from that first field alone.
func startOf(line []byte) (time.Time, bool) {
	if !bytes.HasPrefix(line, startPrefix) {
		return time.Time{}, false
	}
	rest := line[len(startPrefix):]
	end := bytes.IndexByte(rest[:min(len(rest), 64)], '"')
	if end < 0 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, string(rest[:end]))
	return t, err == nil
}

// decode parses one line into a record, or says why it is not a valid one.
func decode(line []byte, now time.Time) (session.Record, string) {
	var rec session.Record
	if err := json.Unmarshal(line, &rec); err != nil {
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syntax):
			return rec, "not valid JSON"
		case errors.As(err, &typ) && typ.Field != "":
			return rec, fmt.Sprintf("not a session record (%s has the wrong type)", words.Sanitize(typ.Field))
		}
		// Time.UnmarshalJSON's errors quote the line: say it in our words.
		var parse *time.ParseError
		if errors.As(err, &parse) {
			return rec, "not a session record (start is not a time)"
		}
		return rec, "not a session record"
	}
	return rec, check(rec, now)
}

// check is why rec is not a record to believe, or "".
func check(rec session.Record, now time.Time) string {
	if rec.Start.IsZero() || rec.Routine == "" && !rec.IsCheckin() {
		return "not a session record"
	}
	bad := words.HasControl(rec.Routine) || words.HasControl(rec.Version) || words.HasControl(rec.Outcome)
	for _, steps := range [][]string{rec.StepsDone, rec.StepsSkipped} {
		for _, s := range steps {
			bad = bad || words.HasControl(s)
		}
	}
	if bad {
		return "control characters in a text field"
	}
	switch rec.Outcome {
	case "", session.OutcomeFinished, session.OutcomeQuit, session.OutcomeInterrupted, session.OutcomeCheckin, session.OutcomeTaken, session.OutcomeSkipped:
	default:
		return fmt.Sprintf("unknown outcome %q", rec.Outcome)
	}
	if rec.Routine != "" && !validRoutine(rec.Routine) {
		return fmt.Sprintf("routine name is not lower-case letters, digits and dashes (at most %d)", MaxRoutineName)
	}
	for _, p := range []struct {
		field string
		v     *int
	}{{"pain_before", rec.PainBefore}, {"pain_after", rec.PainAfter}} {
		if p.v != nil && (*p.v < 0 || *p.v > 10) {
			return fmt.Sprintf("pain out of range (%s is %d, not 0–10)", p.field, *p.v)
		}
	}
	for _, s := range []struct {
		field string
		v     float64
	}{{"planned_seconds", rec.PlannedSeconds}, {"actual_seconds", rec.ActualSeconds}} {
		if s.v < 0 || math.IsNaN(s.v) || math.IsInf(s.v, 0) {
			return fmt.Sprintf("negative or non-finite seconds (%s)", s.field)
		}
	}
	if !now.IsZero() && rec.Start.After(now.Add(FutureSlack)) {
		return fmt.Sprintf("dated in the future (%s)", rec.Start.Format("2006-01-02"))
	}
	return ""
}

// validRoutine is whether name is a routine name as the config file allows
// them: lower-case letters, digits and dashes, at most MaxRoutineName.
func validRoutine(name string) bool {
	if name == "" || len(name) > MaxRoutineName {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
