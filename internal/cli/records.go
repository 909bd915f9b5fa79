package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/hipcoach/hipcoach/internal/history"
)

// historyFile is where a run records its sessions, or "" with a note for
// the user when sessions cannot be kept there. It is checked before the
// session, lock file included, so that a problem is told at the start and
// not found at the end.
func historyFile() (path, note string) {
	path, err := history.Path()
	switch {
	case errors.Is(err, history.ErrNoStateHome):
		return "", "History is off: neither XDG_STATE_HOME nor HOME names a folder, so this session will not be remembered. Set one of them."
	case err == nil:
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
		fmt.Fprintf(ws.w, "hipcoach: %s skipped as well\n", plural(n, "more damaged line"))
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

// keepRecords appends a run's records to the history at path ("" when
// history is off). It is the one place sessions are written, for the full
// screen and --plain alike. A problem is reported, not failed on: the
// session itself went fine. Waiting for another hipcoach's lock gives up
// after a few seconds, or at once on a signal. The signal that may have
// ended the session must not cost it its record, so the wait listens for
// signals of its own: one more Ctrl+C gives up.
func keepRecords(path string, records []session.Record, stderr io.Writer) {
	if path == "" {
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	for _, r := range records {
		err := history.AppendContext(ctx, path, r)
		switch {
		case err == nil:
			continue
		case errors.Is(err, history.ErrBusy):
			fmt.Fprintln(stderr, "hipcoach: "+err.Error())
		case ctx.Err() != nil:
			fmt.Fprintln(stderr, "hipcoach: interrupted while waiting for the history; this session was not recorded")
		default:
			fmt.Fprintf(stderr, "hipcoach: could not record the session in %s (%s)\n", path, reason(err))
		}
		return
	}
}
