// Package history remembers every session in a JSON-lines file under the
// user's XDG state directory, and reads it back for streaks, check-ins and
// the advice to see a professional.
//
// Writes (AppendContext) append one line at a time under a file lock taken
// with a timeout, start on a fresh line even after a cut-off one, and are
// never rewritten, so no record is lost or corrupted when two coaches
// finish at once. Reads (ScanFile, ScanFileRecent) stream line by line
// in constant memory: a damaged line of any kind or length is skipped with
// a warning naming it and never hides the rest. Summary builds the history
// report from that stream in memory bounded by the number of distinct days,
// not the number of records. Sanitize cleans any text from the file before
// it reaches a terminal.
package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/adrg/xdg"
)

// ErrNoStateHome is Locate's error when neither XDG_STATE_HOME nor HOME
// names a usable folder: the history then has no place, rather than
// landing in /.local/state or in the current folder.
var ErrNoStateHome = errors.New("no folder for the history: neither XDG_STATE_HOME nor HOME is an absolute path to a folder")

// Locate is the history file, $XDG_STATE_HOME/hipcoach/history.jsonl, as
// the environment read through getenv (os.Getenv outside tests) places it.
// The command line calls it once, at the start, as it finds the config
// file; nothing in this package reads the environment. It creates nothing:
// Writable and AppendContext make the folder when a session is recorded.
//
// XDG_STATE_HOME counts only if it is an absolute path (the XDG rule: a
// relative one is ignored); otherwise the state folder is under HOME, which
// must be an absolute path to an existing folder: ~/.local/state, or on
// macOS ~/Library/Application Support as before. With neither, Locate
// returns ErrNoStateHome.
func Locate(getenv func(string) string) (string, error) {
	base, err := stateHome(getenv)
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "hipcoach", "history.jsonl"), nil
}

// stateHome is the user's XDG state folder. adrg/xdg v0.5.3 is not used for
// it on Unix: it reads the environment once, at program start, and with
// HOME unset it falls back to "/" (so /.local/state), or with HOME relative
// to a path relative to the current folder.
func stateHome(getenv func(string) string) (string, error) {
	if d := getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Clean(d), nil
	}
	switch runtime.GOOS {
	case "windows", "plan9":
		// The home folder is not $HOME there; xdg knows where it is.
		if filepath.IsAbs(xdg.StateHome) {
			return xdg.StateHome, nil
		}
		return "", ErrNoStateHome
	}
	home := getenv("HOME")
	if !filepath.IsAbs(home) {
		return "", ErrNoStateHome
	}
	if fi, err := os.Stat(home); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("%w (HOME is %q, which is not a folder)", ErrNoStateHome, home)
	}
	if runtime.GOOS == "darwin" {
		// Where adrg/xdg, and so earlier versions, kept it on macOS.
		return filepath.Join(home, "Library", "Application Support"), nil
	}
	return filepath.Join(home, ".local", "state"), nil
}

// makeFolder makes the history's folder (mode 0700) if missing, and makes
// it private if it is not.
func makeFolder(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if fi, err := os.Stat(dir); err == nil && fi.Mode().Perm()&0o077 != 0 {
		// Made by an older hipcoach: health data is for the user's eyes.
		// Best effort; a folder we do not own stays as it is.
		_ = os.Chmod(dir, fi.Mode().Perm()&0o700)
	}
	return nil
}
