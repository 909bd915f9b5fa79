package breaks

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// State is what a running `hipcoach breaks` tells `hipcoach status`,
// through a small file beside the history: breaks.json.
type State struct {
	PID      int       `json:"pid"`
	SatSince time.Time `json:"sat_since"`
	Due      time.Time `json:"next_due"`
	Calling  bool      `json:"calling"`
	Routine  string    `json:"routine"`
	Off      string    `json:"off,omitempty"`
}

// StateFile and LockFile are the names of the files in the state folder.
const (
	StateFile = "breaks.json"
	LockFile  = "breaks.lock"
)

// WriteState replaces the state file in dir at once (a new file renamed
// over the old), so status never reads half of one.
func WriteState(dir string, s State) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".breaks-*.json")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, StateFile))
}

// ReadState is the state of the `breaks` running with dir as its state
// folder, or ok false if none runs: the lock is free (a breaks that died
// leaves its state file, and must not be believed) or the file is missing
// or damaged.
func ReadState(dir string) (State, bool) {
	if !Running(dir) {
		return State{}, false
	}
	data, err := os.ReadFile(filepath.Join(dir, StateFile))
	if err != nil || len(data) > 4096 {
		return State{}, false
	}
	var s State
	if json.Unmarshal(data, &s) != nil || s.SatSince.IsZero() {
		return State{}, false
	}
	return s, true
}

// Running reports whether a `breaks` holds the lock in dir.
func Running(dir string) bool {
	l := flock.New(filepath.Join(dir, LockFile))
	ok, err := l.TryRLock()
	if err != nil {
		return false
	}
	if ok {
		_ = l.Unlock()
		return false
	}
	return true
}

// ErrRunning is Lock's error when another `breaks` runs.
type ErrRunning struct{ PID int }

func (e ErrRunning) Error() string {
	if e.PID > 0 {
		return fmt.Sprintf("hipcoach breaks is already running (PID %d); one is enough", e.PID)
	}
	return "hipcoach breaks is already running; one is enough"
}

// Lock makes this process the one `breaks` of dir: it takes the lock file
// and writes its PID in it, or returns ErrRunning with the other's PID.
// release lets go of it and removes the state file.
func Lock(dir string) (release func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, LockFile)
	l := flock.New(path)
	ok, err := l.TryLock()
	if err != nil {
		return nil, err
	}
	if !ok {
		data, _ := os.ReadFile(path)
		pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		return nil, ErrRunning{PID: pid}
	}
	_ = os.WriteFile(path, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600)
	return func() {
		_ = os.Remove(filepath.Join(dir, StateFile))
		_ = os.WriteFile(path, nil, 0o600)
		_ = l.Unlock()
	}, nil
}
