package history

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// setLockTimeout sets LockTimeout for one test.
func setLockTimeout(t *testing.T, d time.Duration) {
	old := LockTimeout
	LockTimeout = d
	t.Cleanup(func() { LockTimeout = old })
}

// A power cut leaves the last line without its newline: the next session's
// record still lands on a line of its own, and every earlier record stays.
func TestCutOffLastLineThenAppend(t *testing.T) {
	loc := time.UTC
	for _, cut := range []struct{ name, tail string }{
		{"torn record", `{"start":"2026-11-24T09:00:00Z","rout`},
		{"whole record without its newline", `{"start":"2026-11-24T09:00:00Z","routine":"relief","completed":true}`},
	} {
		path := filepath.Join(t.TempDir(), "history.jsonl")
		for d := 20; d <= 22; d++ {
			if err := Append(path, done("prevention", at(loc, 2026, 11, d, 8, 0))); err != nil {
				t.Fatal(err)
			}
		}
		appendRaw(t, path, cut.tail)
		next := done("relief", at(loc, 2026, 11, 25, 8, 0))
		if err := Append(path, next); err != nil {
			t.Fatal(err)
		}
		recs, warnings, err := Read(path)
		if err != nil {
			t.Fatal(err)
		}
		want := 4
		if cut.name == "whole record without its newline" {
			want = 5
		}
		if len(recs) != want || !recs[len(recs)-1].Start.Equal(next.Start) || recs[len(recs)-1].Routine != "relief" {
			t.Errorf("%s: read %d records %+v, want %d ending with the new one", cut.name, len(recs), recs, want)
		}
		if want == 4 && (len(warnings) != 1 || warnings[0] != "history.jsonl line 4: skipped, not valid JSON") {
			t.Errorf("%s: warnings %q, want line 4 named", cut.name, warnings)
		}
		if want == 5 && len(warnings) != 0 {
			t.Errorf("%s: warnings %q", cut.name, warnings)
		}
	}
}

// An append to a file that ends in a newline adds no blank line.
func TestAppendAddsNoBlankLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	for range 3 {
		if err := Append(path, done("relief", time.Now())); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(path)
	if strings.Count(string(b), "\n") != 3 || strings.Contains(string(b), "\n\n") {
		t.Fatalf("file:\n%s", b)
	}
}

// Health data is for the user's eyes: the file 0600, its folder 0700, and
// a file left 0644 by an older version is made private.
func TestFileAndFolderArePrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	root := t.TempDir()
	path := filepath.Join(root, "state", "hipcoach", "history.jsonl")
	if err := Append(path, done("relief", time.Now())); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{
		path:                         0o600,
		path + ".lock":               0o600,
		filepath.Dir(path):           0o700 | os.ModeDir,
		filepath.Join(root, "state"): 0o700 | os.ModeDir,
	} {
		if fi, err := os.Stat(p); err != nil || fi.Mode() != want {
			t.Errorf("%s: mode %v (%v), want %v", p, fi.Mode(), err, want)
		}
	}

	old := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(old, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(old, 0o644); err != nil { // whatever the umask
		t.Fatal(err)
	}
	if err := Append(old, done("relief", time.Now())); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(old); fi.Mode() != 0o600 {
		t.Errorf("an existing 0644 file is left %v, want 0600", fi.Mode())
	}

	// Writable makes nothing that others can read either.
	fresh := filepath.Join(t.TempDir(), "new", "history.jsonl")
	if err := Writable(fresh); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fresh, fresh + ".lock"} {
		if fi, err := os.Stat(p); err != nil || fi.Mode() != 0o600 {
			t.Errorf("Writable made %s with mode %v (%v), want 0600", p, fi.Mode(), err)
		}
	}
	if fi, _ := os.Stat(filepath.Dir(fresh)); fi.Mode().Perm() != 0o700 {
		t.Errorf("Writable made its folder %v, want 0700", fi.Mode())
	}
}

// Another hipcoach holding the lock costs the session's record after
// LockTimeout, with a clear message, and never a hang.
func TestHeldLockGivesErrBusy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := Append(path, done("relief", time.Now())); err != nil {
		t.Fatal(err)
	}
	other := flock.New(path + ".lock") // another open file: another process's lock
	if ok, err := other.TryLock(); !ok || err != nil {
		t.Fatal("could not take the lock", err)
	}
	defer other.Unlock() //nolint:errcheck // unlocked below; this is for a failed test
	setLockTimeout(t, 150*time.Millisecond)
	start := time.Now()
	err := Append(path, done("relief", time.Now()))
	took := time.Since(start)
	if !errors.Is(err, ErrBusy) || err.Error() != "history is in use by another hipcoach; this session was not recorded" {
		t.Fatalf("err = %v, want ErrBusy", err)
	}
	if took < 150*time.Millisecond || took > 2*time.Second {
		t.Errorf("gave up after %v, want about LockTimeout (150ms)", took)
	}
	if recs, _, _ := Read(path); len(recs) != 1 {
		t.Errorf("%d records, want the first one only", len(recs))
	}
	// Once the other lets go, appends work again.
	if err := other.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := Append(path, done("relief", time.Now())); err != nil {
		t.Fatal(err)
	}
}

// A signal (a cancelled context) ends the wait for the lock at once, well
// before LockTimeout.
func TestCancelEndsTheWaitForTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	other := flock.New(path + ".lock")
	if ok, err := other.TryLock(); !ok || err != nil {
		t.Fatal("could not take the lock", err)
	}
	defer other.Unlock() //nolint:errcheck // the other process's lock, let go at the end
	setLockTimeout(t, time.Minute)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := AppendContext(ctx, path, done("relief", time.Now())); !errors.Is(err, context.Canceled) || errors.Is(err, ErrBusy) {
		t.Fatalf("already cancelled: %v", err)
	}

	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	timer := time.AfterFunc(50*time.Millisecond, cancel) // the signal, while waiting
	defer timer.Stop()
	start := time.Now()
	err := AppendContext(ctx, path, done("relief", time.Now()))
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("returned %v after the cancel", took)
	}
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "not recorded") {
		t.Fatalf("cancelled while waiting: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a cancelled append touched the history: %v", err)
	}
}

// An unwritable lock file is found by Writable, before the session.
func TestWritableChecksTheLock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.jsonl")
	if err := os.Mkdir(path+".lock", 0o700); err != nil {
		t.Fatal(err)
	}
	err := Writable(path)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "folder") {
		t.Fatalf("a folder in the lock's place: %v", err)
	}
	if err := Append(path, done("relief", time.Now())); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("Append with a folder in the lock's place: %v", err)
	}
	if os.Geteuid() == 0 || runtime.GOOS == "windows" {
		return // root opens anything; Windows has no such modes
	}
	if err := os.Remove(path + ".lock"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".lock", nil, 0o200); err != nil { // not readable: flock cannot open it
		t.Fatal(err)
	}
	if err := Writable(path); !errors.Is(err, os.ErrPermission) {
		t.Fatalf("an unreadable lock file: %v", err)
	}
}

func TestLocate(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("HOME is not the home there")
	}
	home := t.TempDir()
	state := filepath.Join(t.TempDir(), "state")
	// The environment is given, never read from the process.
	env := map[string]string{"HOME": home, "XDG_STATE_HOME": state}
	t.Setenv("XDG_STATE_HOME", "/elsewhere")
	getenv := func(name string) string { return env[name] }

	p, err := Locate(getenv)
	if err != nil || p != filepath.Join(state, "hipcoach", "history.jsonl") {
		t.Errorf("XDG_STATE_HOME set: %q %v", p, err)
	}
	if _, err := os.Stat(filepath.Join(state, "hipcoach")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Locate made the folder: %v", err)
	}
	if err := Writable(p); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(state, "hipcoach")); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("folder made %v %v, want 0700", fi.Mode(), err)
	}
	// A folder left 0755 by an older version is made private.
	if err := os.Chmod(filepath.Join(state, "hipcoach"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Writable(p); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(filepath.Join(state, "hipcoach")); fi.Mode().Perm() != 0o700 {
		t.Errorf("an existing 0755 folder is left %v", fi.Mode())
	}

	wantHome := filepath.Join(home, ".local", "state", "hipcoach", "history.jsonl")
	if runtime.GOOS == "darwin" {
		wantHome = filepath.Join(home, "Library", "Application Support", "hipcoach", "history.jsonl")
	}
	for _, xdgState := range []string{"", "relative/state"} {
		env["XDG_STATE_HOME"] = xdgState
		if p, err := Locate(getenv); err != nil || p != wantHome {
			t.Errorf("XDG_STATE_HOME=%q: %q %v, want %q", xdgState, p, err, wantHome)
		}
	}

	env = map[string]string{}
	if p, err := Locate(getenv); !errors.Is(err, ErrNoStateHome) {
		t.Errorf("neither set: %q %v, want ErrNoStateHome", p, err)
	}
	for _, h := range []string{"relative/home", filepath.Join(home, "missing")} {
		env["HOME"] = h
		if p, err := Locate(getenv); !errors.Is(err, ErrNoStateHome) {
			t.Errorf("HOME=%q: %q %v, want ErrNoStateHome", h, p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(home, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Error("Locate made a missing HOME")
	}
}
