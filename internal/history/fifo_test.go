//go:build unix

package history

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// soon fails the test if f does not return within a few seconds: a named
// pipe must give an error, not a hang.
func soon(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatalf("%s hangs on a named pipe", what)
		return nil
	}
}

func TestNamedPipeIsRefusedNotWaitedOn(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.jsonl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	rec := done("relief", time.Now())
	for what, f := range map[string]func() error{
		"Append":   func() error { return Append(path, rec) },
		"Writable": func() error { return Writable(path) },
		"ScanFile": func() error {
			return ScanFile(path, time.Now(), func(session.Record) error { return nil }, nil)
		},
		"Read": func() error { _, _, err := Read(path); return err },
		// What is left if the pipe appears between the look and the open.
		"open for appending": func() error { _, _, err := openRegular(path, os.O_RDWR|os.O_APPEND|os.O_CREATE); return err },
		"open for writing":   func() error { _, _, err := openRegular(path, os.O_WRONLY|os.O_APPEND); return err },
		"open for reading":   func() error { _, _, err := openRegular(path, os.O_RDONLY); return err },
		"open as the lock":   func() error { _, _, err := openRegular(path, lockFlag()); return err },
	} {
		err := soon(t, what, f)
		if err == nil {
			t.Errorf("%s: no error for a named pipe", what)
			continue
		}
		// Opening a pipe with no one at the other end for writing fails
		// with ENXIO; everything else names what is wrong.
		if !errors.Is(err, ErrNotRegular) && !errors.Is(err, syscall.ENXIO) {
			t.Errorf("%s: %v", what, err)
		}
		if errors.Is(err, ErrNotRegular) && err.Error() != "open "+path+": not a regular file: it is a named pipe" {
			t.Errorf("%s: %q", what, err)
		}
	}

	// A pipe in the lock's place.
	path = filepath.Join(dir, "other.jsonl")
	if err := syscall.Mkfifo(path+".lock", 0o600); err != nil {
		t.Fatal(err)
	}
	if err := soon(t, "Append", func() error { return Append(path, rec) }); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Append with a pipe as its lock: %v", err)
	}
	if err := soon(t, "Writable", func() error { return Writable(path) }); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Writable with a pipe as its lock: %v", err)
	}
}

func TestDeviceIsRefused(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip(err)
	}
	err := soon(t, "ScanFile", func() error {
		return ScanFile(os.DevNull, time.Now(), func(session.Record) error { return nil }, nil)
	})
	if !errors.Is(err, ErrNotRegular) {
		t.Errorf("ScanFile(%s): %v", os.DevNull, err)
	}
}
