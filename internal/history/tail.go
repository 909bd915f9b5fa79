package history

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// tailBlock is how much ScanBackward reads at a time (a variable so the
// fuzz test can make blocks tiny and lines span many of them).
var tailBlock = 32 << 10

// ScanBackward calls fn with the valid records at the end of the history
// at path, newest first, reading the file backwards a block at a time, so
// that its cost depends on how far back fn looks and not on the size of
// the file: `hipcoach status` answers within milliseconds over a history of
// a million records. It stops when fn returns false, at the start of the
// file, or once it has read more than limit bytes (0: no limit); cut then
// reports that it stopped for the limit. Damaged lines are skipped without
// a word (the readers that stream the whole file warn of them), as is a
// line longer than MaxLineBytes. A missing file is an empty history.
func ScanBackward(path string, now time.Time, limit int64, fn func(session.Record) bool) (cut bool, err error) {
	if err := regularOrMissing(path); err != nil {
		return false, err
	}
	f, fi, err := openRegular(path, os.O_RDONLY)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	end := fi.Size()
	buf := make([]byte, tailBlock)
	var carry []byte // the start of a line whose rest was read already
	tooLong := false // the line being gathered is past MaxLineBytes
	var read int64
	emit := func(line []byte) bool {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			return true
		}
		rec, reason := decode(line, now)
		return reason != "" || fn(rec)
	}
	for end > 0 {
		if limit > 0 && read >= limit {
			return true, nil
		}
		n := min(int64(len(buf)), end)
		end -= n
		chunk := buf[:n]
		if _, err := f.ReadAt(chunk, end); err != nil && err != io.EOF {
			return false, err
		}
		read += n
		// Lines end in this chunk from the back: each '\n' closes the line
		// after it, which is that part of chunk plus carry.
		for {
			i := bytes.LastIndexByte(chunk, '\n')
			if i < 0 {
				break
			}
			if !tooLong {
				line := append(append([]byte(nil), chunk[i+1:]...), carry...)
				if len(line) < MaxLineBytes && !emit(line) {
					return false, nil
				}
			}
			carry, tooLong = carry[:0], false
			chunk = chunk[:i]
		}
		if !tooLong {
			carry = append(append([]byte(nil), chunk...), carry...)
			if len(carry) >= MaxLineBytes {
				carry, tooLong = carry[:0], true
			}
		}
	}
	if !tooLong && !emit(carry) {
		return false, nil
	}
	return false, nil
}
