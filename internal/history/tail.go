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
	defer f.Close() //nolint:errcheck // read only: closing cannot lose anything
	emit := func(line []byte) bool {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			return true
		}
		rec, reason := decode(line, now)
		return reason != "" || fn(rec)
	}
	end := fi.Size()
	buf := make([]byte, tailBlock)
	var lines backLines
	var read int64
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
		if !lines.block(chunk, emit) {
			return false, nil
		}
	}
	lines.first(emit)
	return false, nil
}

// backLines cuts the blocks of a file, read from its end back, into lines,
// newest first. A line longer than MaxLineBytes is dropped.
type backLines struct {
	carry   []byte // the end of a line whose start is not read yet
	tooLong bool   // the line being gathered is past MaxLineBytes
}

// block hands emit each line that starts in b, the block just before the
// ones read so far, from the last back; it reports false as soon as emit
// does.
func (bl *backLines) block(b []byte, emit func([]byte) bool) bool {
	// Each '\n' closes the line after it, which is that part of b plus
	// carry.
	for {
		i := bytes.LastIndexByte(b, '\n')
		if i < 0 {
			break
		}
		if !bl.tooLong {
			line := append(append([]byte(nil), b[i+1:]...), bl.carry...)
			if len(line) < MaxLineBytes && !emit(line) {
				return false
			}
		}
		bl.carry, bl.tooLong = bl.carry[:0], false
		b = b[:i]
	}
	if !bl.tooLong {
		bl.carry = append(append([]byte(nil), b...), bl.carry...)
		if len(bl.carry) >= MaxLineBytes {
			bl.carry, bl.tooLong = bl.carry[:0], true
		}
	}
	return true
}

// first hands emit the file's first line, once the start is reached.
func (bl *backLines) first(emit func([]byte) bool) {
	if !bl.tooLong {
		emit(bl.carry)
	}
}
