package history

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/internal/words"
)

// RecentDays is how far back LoadRecent reads: the coach's greeting,
// streaks and nudges look at recent days, and a streak longer than a year
// shows as a year.
const RecentDays = 366

// tailChunk is how much the backward search reads at a time (a variable
// for the tests, which cross chunk edges everywhere with small ones).
var tailChunk = 64 << 10

// oldRun is how many lines in a row, read from the end, must start before
// since for the backward search to stop. Records are appended when a
// session ends, so they are in time order but for small swaps (two coaches
// at once, a clock put right); one stray old record among new ones, or a
// few swapped lines around since, do not stop the search early.
const oldRun = 32

// LoadRecent is the Summary of the records at path that start in the last
// RecentDays days as of now, counted in loc, for the full-screen coach. It
// reads from the end of the file (ScanFileRecent), so it costs the same
// for a history of ten years as for one of ten days, and it gives up with
// ctx's error as soon as ctx is done, e.g. at Ctrl+C.
//
// It is self-contained, so that a screen can run it after its first frame
// and take the Summary when it comes. A missing file is an empty history.
func LoadRecent(ctx context.Context, path string, now time.Time, loc *time.Location, warn func(string)) (*Summary, error) {
	sum := NewSummary(loc)
	err := ScanFileRecent(ctx, path, now.AddDate(0, 0, -RecentDays), now, func(r session.Record) error {
		sum.Add(r)
		return nil
	}, warn)
	return sum, err
}

// ScanFileRecent is ScanFile for the records that start at since or later
// (a line that starts before since is passed over undecoded), for a recent
// since: rather than read the file from its first line, it searches back
// from the end for the first lines that start before since (oldRun of them
// in a row) and reads forward from there. A line it cannot date from its first field (damaged, or not
// written by AppendContext) neither stops the search nor is passed over: it
// is read like any other. Records out of time order by more than oldRun
// lines across since may be missed; nothing else is.
//
// When the search stops before the first line, warnings name lines by
// their place from the end of the file ("history.jsonl line 3 from the
// end"), as the lines before are not counted. The file is read as it was
// when opened: lines appended meanwhile are left for the next read. ctx
// done ends the read with ctx's error.
func ScanFileRecent(ctx context.Context, path string, since, now time.Time, fn func(session.Record) error, warn func(string)) error {
	if err := regularOrMissing(path); err != nil {
		return err
	}
	f, fi, err := openRegular(path, os.O_RDONLY)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close() //nolint:errcheck // read only: closing cannot lose anything
	size := fi.Size()
	cut, lines, err := findCut(ctx, f, size, since)
	if err != nil {
		return err
	}
	name := words.Sanitize(filepath.Base(path))
	label := func(n int) string { return fmt.Sprintf("%s line %d", name, n) }
	if cut > 0 {
		label = func(n int) string { return fmt.Sprintf("%s line %d from the end", name, lines-n+1) }
	}
	r := &ctxReader{ctx: ctx, r: io.NewSectionReader(f, cut, size-cut)}
	return scanLines(r, label, since, now, fn, warn)
}

// findCut searches the first size bytes of f back from the end for where
// the records that start at since or later begin: the offset of a line,
// and how many lines there are from there to size (a last line without its
// newline counted). It is 0 and every line if the search reaches the start.
func findCut(ctx context.Context, f io.ReaderAt, size int64, since time.Time) (cut int64, lines int, err error) {
	var (
		pending  []byte // the end of a line whose start is not read yet
		tooLong  bool   // pending was dropped: the line is too long to be a record
		run      int    // lines in a row, from the end, that start before since
		runCut   int64  // where the run began: the start of the line after it
		runLines int    // lines from runCut to size
		first    = true // the next line handled is the file's last
	)
	// line handles one line starting at start, the lines being handled
	// from the last to the first; it reports whether the search is over.
	line := func(l []byte, start int64) bool {
		if first && len(l) == 0 {
			first = false // the empty "line" after the final newline
			return false
		}
		first = false
		lines++
		t, dated := startOf(l)
		switch {
		case tooLong || !dated:
			// Cannot tell: neither stop nor count it as new.
		case t.Before(since):
			if run == 0 {
				runCut, runLines = min(start+int64(len(l))+1, size), lines-1
			}
			if run++; run >= oldRun {
				return true
			}
		default:
			run = 0
		}
		return false
	}
	// work holds a chunk and the pending end of a line after it; both
	// buffers are reused, so the search makes no garbage.
	var work []byte
	pos := size
	for pos > 0 {
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		n := min(int64(tailChunk), pos)
		pos -= n
		work = slices.Grow(work[:0], int(n)+len(pending))[:int(n)+len(pending)]
		if _, err := f.ReadAt(work[:n], pos); err != nil && !errors.Is(err, io.EOF) {
			return 0, 0, err
		}
		copy(work[n:], pending)
		data := work
		for {
			i := bytes.LastIndexByte(data, '\n')
			if i < 0 {
				break
			}
			if line(data[i+1:], pos+int64(i)+1) {
				return runCut, runLines, nil
			}
			tooLong = false
			data = data[:i]
		}
		pending = append(pending[:0], data...)
		if len(pending) > MaxLineBytes {
			pending, tooLong = pending[:0], true
		}
	}
	if line(pending, 0) { // the file's first line
		return runCut, runLines, nil
	}
	return 0, lines, nil
}

// ctxReader reads r until ctx is done, then fails with ctx's error.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
