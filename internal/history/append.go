package history

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/gofrs/flock"
)

// ErrBusy is AppendContext's error when another hipcoach held the history's
// lock for all of LockTimeout.
var ErrBusy = errors.New("history is in use by another hipcoach; this session was not recorded")

// ErrNotRegular is (wrapped in an *fs.PathError) the error for a history
// path that holds something other than a regular file: a folder, a named
// pipe, a device, a socket.
var ErrNotRegular = errors.New("not a regular file")

// LockTimeout is how long AppendContext waits for another hipcoach to let
// go of the history's lock before giving up with ErrBusy. An append holds
// the lock for one write and one fsync, so a wait this long means the other
// process is stuck.
var LockTimeout = 3 * time.Second

// lockRetry is how often a held lock is tried again.
const lockRetry = 10 * time.Millisecond

// AppendContext adds one record to the history at path as one line.
//
// It creates the folder (0700) and the file (0600) if missing, and makes an
// existing file private (no group or other access) if it is not. It
// refuses, at once, a path that holds anything but a regular file. It
// takes the lock file path+".lock", waiting at most LockTimeout (ErrBusy)
// and no longer than ctx allows (ctx's error, wrapped). Under the lock it
// starts a fresh line if the file's last byte is not a newline, so that a
// line cut off by a crash never swallows this record, writes the line with
// one write call and syncs it to disk: a crash loses at most the record
// being written, never an earlier one.
func AppendContext(ctx context.Context, path string, r session.Record) error {
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	// Check before locking, so that a wrong kind of file is reported as
	// such and not as a lock that cannot be taken.
	if err := regularOrMissing(path); err != nil {
		return err
	}
	lock, err := lockHistory(ctx, path)
	if err != nil {
		return err
	}
	defer lock.Unlock() //nolint:errcheck // the record is written or not by now; closing the lock file releases the lock whatever Unlock says

	f, fi, err := openRegular(path, os.O_RDWR|os.O_APPEND|os.O_CREATE)
	if err != nil {
		return err
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		// Best effort: a file we do not own cannot be changed, and the
		// session is worth recording all the same.
		_ = f.Chmod(perm & 0o700)
	}
	if size := fi.Size(); size > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, size-1); err != nil {
			f.Close() //nolint:errcheck // the read's error is the one to report
			return err
		}
		if last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(line); err != nil {
		f.Close() //nolint:errcheck // the write's error is the one to report
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close() //nolint:errcheck // the sync's error is the one to report
		return err
	}
	return f.Close()
}

// lockHistory takes the lock that guards path, or says why it could not.
func lockHistory(ctx context.Context, path string) (*flock.Flock, error) {
	name := path + ".lock"
	if err := regularOrMissing(name); err != nil {
		return nil, err
	}
	lock := flock.New(name, flock.SetFlag(lockFlag()), flock.SetPermissions(0o600))
	wait, cancel := context.WithTimeout(ctx, LockTimeout)
	defer cancel()
	ok, err := lock.TryLockContext(wait, lockRetry)
	switch {
	case ok:
		return lock, nil
	case ctx.Err() != nil:
		return nil, fmt.Errorf("this session was not recorded: %w", context.Cause(ctx))
	case err == nil, errors.Is(err, context.DeadlineExceeded):
		return nil, ErrBusy
	}
	return nil, fmt.Errorf("locking %s: %w", path, err)
}

// lockFlag is how the lock file is opened: the way gofrs/flock does by
// default, created 0600, and never blocking on a named pipe.
func lockFlag() int {
	switch runtime.GOOS {
	case "aix", "solaris", "illumos":
		// They cannot take an exclusive lock on a read-only file.
		return os.O_CREATE | os.O_RDWR | openExtra
	}
	return os.O_CREATE | os.O_RDONLY | openExtra
}

// Writable checks, before a session, that records can be appended to path,
// so the user is warned at the start rather than surprised at the end: the
// folder can be made, the file and its lock file are regular files (or
// missing) and can be opened, or created, for what AppendContext does with
// them. What it creates is private: the folder 0700, the files 0600; a
// folder an older version left open to others is made private. It does
// not take the lock, and it never blocks.
func Writable(path string) error {
	if err := makeFolder(path); err != nil {
		return err
	}
	for _, p := range []struct {
		name string
		flag int
	}{
		{path, os.O_RDWR | os.O_APPEND | os.O_CREATE},
		{path + ".lock", lockFlag()},
	} {
		if err := regularOrMissing(p.name); err != nil {
			return err
		}
		f, _, err := openRegular(p.name, p.flag)
		if err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// regularOrMissing returns nil if path names a regular file (directly or
// through a symbolic link) or nothing at all, and otherwise an
// *fs.PathError wrapping ErrNotRegular that says what is there. It only
// looks: it never opens, so a named pipe cannot make it wait.
func regularOrMissing(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		fi, err = os.Stat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil // a dangling link: the open creates its target
		}
		if err != nil {
			return err
		}
	}
	return notRegular(path, fi)
}

// notRegular is nil for a regular file, and otherwise says what fi is.
func notRegular(path string, fi fs.FileInfo) error {
	m := fi.Mode()
	if m.IsRegular() {
		return nil
	}
	what := "something else"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		what = "a device"
	}
	return &fs.PathError{Op: "open", Path: path, Err: fmt.Errorf("%w: it is %s", ErrNotRegular, what)}
}

// openRegular opens path with flag (and perm 0600 if it creates it) without
// blocking, whatever is there, and returns it only if it is a regular file.
func openRegular(path string, flag int) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, flag|openExtra, 0o600)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err == nil {
		err = notRegular(path, fi)
	}
	if err != nil {
		f.Close() //nolint:errcheck // the Stat's or the kind's error is the one to report
		return nil, nil, err
	}
	return f, fi, nil
}
