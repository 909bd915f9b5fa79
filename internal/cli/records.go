package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os/signal"
	"time"

	"github.com/hipcoach/hipcoach/internal/words"
	"github.com/hipcoach/hipcoach/timer"

	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/hipcoach/hipcoach/internal/history"
)

// historyFile is where a run records its sessions, or "" with a note for
// the user when sessions cannot be kept there. It is checked before the
// session, lock file included, so that a problem is told at the start and
// not found at the end.
func (a *app) historyFile() (path, note string) {
	path, err := a.historyPath, a.historyErr
	switch {
	case errors.Is(err, history.ErrNoStateHome):
		return "", "History is off: neither XDG_STATE_HOME nor HOME names a folder, so this session will not be remembered. Set one of them."
	case err == nil:
		err = history.Writable(path)
	}
	if err != nil {
		at, why := culprit(path, err)
		return "", fmt.Sprintf("History is off: cannot write %s (%s), so this session will not be remembered. Make that a writable file or folder, or point XDG_STATE_HOME elsewhere.", words.Sanitize(at), why)
	}
	return path, ""
}

// culprit is the file or folder at fault when the history at path cannot
// be written, and why: the history itself, its lock file, or a folder on
// the way that is a file. It is never an empty path.
func culprit(path string, err error) (at, why string) {
	at, why = path, words.Reason(err)
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		at = pe.Path
	}
	if errors.Is(err, syscall.ENOTDIR) {
		// Some folder on the way is a file: name the first that is.
		for dir := at; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
			if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
				return dir, "a file where a folder should be"
			}
		}
	}
	return at, why
}

// cannotWrite says that a record could not be written to the history at
// path, naming the file at fault: the history, its lock or its folder.
func cannotWrite(path string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		at, why := culprit(path, err)
		return fmt.Sprintf("could not record the session: cannot write %s (%s)", words.Sanitize(at), why)
	}
	return fmt.Sprintf("could not record the session in %s (%s)", path, words.Reason(err))
}

// cannotRead says that the history at path could not be read, and what to do.
func cannotRead(path string, err error) string {
	return fmt.Sprintf("cannot read %s (%s): make it a readable file, or move it aside to start a new history", path, words.Reason(err))
}

// maxWarnings is how many damaged lines are named one by one; past that,
// one line counts the rest, so a ruined file cannot flood the terminal.
const maxWarnings = 5

// warnings collects the reader's warnings for the user: the first few by
// line, then a count.
type warnings struct {
	w     io.Writer
	count int
}

// add says one warning, or counts it once maxWarnings have been said.
func (ws *warnings) add(msg string) {
	ws.count++
	if ws.count <= maxWarnings {
		fmt.Fprintln(ws.w, "hipcoach: "+msg)
	}
}

// close says how many more were skipped without being named.
func (ws *warnings) close() {
	if n := ws.count - maxWarnings; n > 0 {
		fmt.Fprintf(ws.w, "hipcoach: %s skipped as well\n", words.Plural(n, "more damaged line"))
	}
}

// pastSessions adds up the last year of records at path (none if path is
// ""), warning on stderr of damaged lines. Only the full-screen coach needs
// them; --plain does not pay for reading them. The file is read from its
// end (history.LoadRecent), so a long history costs no more than a short
// one, and the read ends at once when ctx does, at Ctrl+C; the caller then
// checks ctx.
func pastSessions(ctx context.Context, path string, now time.Time, loc *time.Location, stderr io.Writer) *history.Summary {
	if path == "" {
		return history.NewSummary(loc)
	}
	ws := &warnings{w: stderr}
	sum, err := history.LoadRecent(ctx, path, now, loc, ws.add)
	ws.close()
	if err != nil && ctx.Err() == nil {
		fmt.Fprintln(stderr, "hipcoach: "+cannotRead(path, err))
	}
	return sum
}

// kept is what became of a run's records.
type kept struct {
	// written is how many of them are in the history now.
	written int
	// interrupted: Ctrl+C or a signal gave up the wait for the lock.
	interrupted bool
}

// keepRecords appends a run's records to the history at path ("" when
// history is off). It is the one place sessions are written, for the full
// screen and --plain alike. A problem is reported, not failed on: the
// session itself went fine. Waiting for another hipcoach's lock gives up
// after a few seconds, or at once on a signal. The signal that may have
// ended the session must not cost it its record, so the wait listens for
// signals of its own: one more Ctrl+C gives up.
func keepRecords(path string, records []session.Record, stderr io.Writer) kept {
	var k kept
	if path == "" {
		return k
	}
	ctx, stop := signal.NotifyContext(context.Background(), caughtSignals...)
	defer stop()
	for _, r := range records {
		err := history.AppendContext(ctx, path, r)
		switch {
		case err == nil:
			k.written++
			continue
		case errors.Is(err, history.ErrBusy):
			fmt.Fprintln(stderr, "hipcoach: "+err.Error())
		case ctx.Err() != nil:
			k.interrupted = true
			fmt.Fprintln(stderr, "hipcoach: interrupted while waiting for the history; this session was not recorded")
		default:
			fmt.Fprintln(stderr, "hipcoach: "+cannotWrite(path, err))
		}
		return k
	}
	return k
}

// exitLine is the one line left when a run ends, saying exactly what was
// recorded: each record of the run, then whether the history holds them.
// "" when there is nothing to say (no answer was given).
func exitLine(records []session.Record, k kept, historyOff bool) string {
	if len(records) == 0 {
		return ""
	}
	parts := make([]string, len(records))
	for i, r := range records {
		parts[i] = describeRecord(r)
	}
	line := "hipcoach: " + strings.Join(parts, "; then ")
	switch {
	case k.written == len(records):
		if len(records) == 1 {
			return line + "; kept in your history."
		}
		return line + "; all kept in your history."
	case historyOff:
		return line + "; not recorded (history is off)."
	case k.written == 0:
		return line + "; not recorded."
	}
	return line + fmt.Sprintf("; the first %d kept in your history, the rest not recorded.", k.written)
}

// describeRecord says what one record holds, in a few words.
func describeRecord(r session.Record) string {
	name := words.Sanitize(r.Routine)
	planned := time.Duration(r.PlannedSeconds * float64(time.Second)).Round(time.Second)
	done := time.Duration(r.ActualSeconds * float64(time.Second)).Round(time.Second)
	steps := len(r.StepsDone) + len(r.StepsSkipped)
	switch {
	case r.IsCheckin():
		pain := ""
		if r.PainBefore != nil {
			pain = fmt.Sprintf(" of pain %d out of 10", *r.PainBefore)
		}
		if name == "" {
			return "a check-in" + pain + ", no session"
		}
		return "a check-in" + pain + ", stopped before " + name
	case r.Outcome == session.OutcomeFinished && r.Completed:
		return fmt.Sprintf("%s done in full (%s)", name, timer.Short(done))
	case r.Outcome == session.OutcomeFinished:
		return fmt.Sprintf("%s finished in %s, %d of %s done", name, timer.Short(done), len(r.StepsDone), words.Plural(steps, "step"))
	}
	return fmt.Sprintf("%s stopped after %s of %s, %d of %s done", name, timer.Short(done), timer.Short(planned), len(r.StepsDone), words.Plural(steps, "step"))
}
