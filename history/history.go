// Package history remembers every session in a JSON-lines file under the
// user's XDG state directory, and reads it back for streaks, check-ins and
// the advice to see a professional. Writes append one line at a time under
// a file lock and are never rewritten, so no record is lost or corrupted
// when two coaches finish at once.
package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"
	"github.com/gofrs/flock"
)

// Record is one session, finished or quit.
type Record struct {
	// Start is when the session began, with the user's time zone, so that
	// days and streaks are counted the way the user lives them.
	Start        time.Time `json:"start"`
	Routine      string    `json:"routine"`
	StepsDone    []string  `json:"steps_done"`
	StepsSkipped []string  `json:"steps_skipped"`
	// PlannedSeconds and ActualSeconds: the plan's total and the time the
	// session really took, pauses excluded.
	PlannedSeconds float64 `json:"planned_seconds"`
	ActualSeconds  float64 `json:"actual_seconds"`
	Completed      bool    `json:"completed"`
	// PainBefore and PainAfter are the 0–10 check-ins, when given.
	PainBefore *int   `json:"pain_before,omitempty"`
	PainAfter  *int   `json:"pain_after,omitempty"`
	Version    string `json:"version"`
}

// Pain returns the record's latest check-in: after if given, else before.
func (r Record) Pain() (int, bool) {
	switch {
	case r.PainAfter != nil:
		return *r.PainAfter, true
	case r.PainBefore != nil:
		return *r.PainBefore, true
	}
	return 0, false
}

// Path is the history file: $XDG_STATE_HOME/hipcoach/history.jsonl, with its
// folder created if missing.
func Path() (string, error) {
	return xdg.StateFile(filepath.Join("hipcoach", "history.jsonl"))
}

// Append adds one record as one line. It takes the file lock, opens the
// file for appending (creating it), writes the whole line with one write
// call, and syncs it to disk before letting go: a crash loses at most the
// record being written, never an earlier one.
func Append(path string, r Record) error {
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	lock := flock.New(path + ".lock")
	if err := lock.Lock(); err != nil {
		return fmt.Errorf("locking %s: %w", path, err)
	}
	defer lock.Unlock()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Writable checks, before a session, that records can be appended to path,
// so the user is warned at the start rather than surprised at the end.
func Writable(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	return f.Close()
}

// Read returns the records of the file, oldest first. A line that is not a
// valid record is skipped with a warning naming it (e.g. "history.jsonl
// line 2: skipped, not valid JSON"); one bad line never hides the others. A
// missing file is an empty history.
func Read(path string) (records []Record, warnings []string, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return parse(f, filepath.Base(path))
}

func parse(r io.Reader, name string) ([]Record, []string, error) {
	var records []Record
	var warnings []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			warnings = append(warnings, fmt.Sprintf("%s line %d: skipped, not valid JSON", name, n))
			continue
		}
		if rec.Start.IsZero() || rec.Routine == "" {
			warnings = append(warnings, fmt.Sprintf("%s line %d: skipped, not a session record", name, n))
			continue
		}
		records = append(records, rec)
	}
	return records, warnings, sc.Err()
}
