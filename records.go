package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/hipcoach/hipcoach/history"
)

// historyFile is where a run records its sessions, or "" with a note for
// the user when sessions cannot be kept there.
func historyFile() (path, note string) {
	path, err := history.Path()
	if err == nil {
		err = history.Writable(path)
	}
	if err != nil {
		return "", fmt.Sprintf("History is off: cannot write %s (%s), so this session will not be remembered. Make that a writable file, or point XDG_STATE_HOME elsewhere.", path, reason(err))
	}
	return path, ""
}

// reason is what went wrong with a file, without the path that a
// *fs.PathError repeats: "is a directory", "permission denied".
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// cannotRead says that the history at path could not be read, and what to do.
func cannotRead(path string, err error) string {
	return fmt.Sprintf("cannot read %s (%s): make it a readable file, or move it aside to start a new history", path, reason(err))
}

// pastSessions reads the records at path (none if path is ""), with one
// warning line per bad line. Only the full-screen coach needs them, for its
// streaks and nudges; --plain does not pay for reading them.
func pastSessions(path string) (records []history.Record, warnings []string) {
	if path == "" {
		return nil, nil
	}
	records, warnings, err := history.Read(path)
	if err != nil {
		warnings = append(warnings, cannotRead(path, err))
	}
	return records, warnings
}

// keepRecords appends a run's records to the history at path ("" when
// history is off). It is the one place sessions are written, for the full
// screen and --plain alike. A problem is reported, not failed on: the
// session itself went fine.
func keepRecords(path string, records []history.Record, stderr io.Writer) {
	if path == "" {
		return
	}
	for _, r := range records {
		if err := history.Append(path, r); err != nil {
			fmt.Fprintf(stderr, "hipcoach: could not record the session in %s (%s)\n", path, reason(err))
			return
		}
	}
}
