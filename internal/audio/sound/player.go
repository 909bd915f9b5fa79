package sound

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/internal/words"

	"github.com/hipcoach/hipcoach/internal/audio/proc"
)

// players are the command-line players tried in order, with the arguments
// that play one file and exit.
var players = [][]string{
	{"pw-play"},
	{"paplay"},
	{"aplay", "-q"},
	{"afplay"},
}

// silence is the file Check plays: short and silent, so testing the device
// is not heard.
const silence = "silence.wav"

// errClosed is what Check reports on a closed player.
var errClosed = errors.New("the sound player is closed")

// Player plays the tones through a system player. Play never blocks the
// caller; Close stops whatever still sounds and removes the files.
//
// A player that fails once (it cannot start, or exits non-zero, as aplay
// does where there is no sound device) is dropped for the rest of the run:
// Failed reports true, Play does nothing, and the function given to
// SetOnFail is called once, so the caller can ring the bell instead.
type Player struct {
	name  string
	dir   string
	start starter

	mu     sync.Mutex
	procs  map[process]bool
	closed bool
	// fails keeps the first failure; p.mu, when both are held, is taken
	// first.
	fails proc.FailOnce
	wg    sync.WaitGroup
}

// process is one run of the player, playing one file.
type process = proc.Process

// starter starts the program on one file; tests pass one they control.
type starter = proc.Starter

// Detect finds a player with lookPath (exec.LookPath outside tests) and
// writes the tones to a temporary folder. It returns nil, nil when no
// player is found, and nil with an error naming the real cause when one is
// found but the tones cannot be written (an unwritable TMPDIR): either way
// the caller rings the bell, and says why. A player found is not yet known
// to work: Check tries it.
func Detect(lookPath func(string) (string, error)) (*Player, error) {
	for _, p := range players {
		path, err := lookPath(p[0])
		if err != nil {
			continue
		}
		dir, err := writeTones()
		if err != nil {
			return nil, fmt.Errorf("%s is here, but the tones cannot be written to the temporary folder %s (%s)", filepath.Base(path), os.TempDir(), words.Reason(err))
		}
		return newPlayer(filepath.Base(path), dir, proc.Exec(append([]string{path}, p[1:]...), false)), nil
	}
	return nil, nil
}

// writeTones writes every tone and the check's silence as WAV files to a
// new temporary folder.
func writeTones() (string, error) {
	dir, err := os.MkdirTemp("", "hipcoach-sounds")
	if err != nil {
		return "", err
	}
	files := map[string][]byte{silence: WAV([]Note{{Duration: 50 * time.Millisecond}})}
	for k, notes := range Notes {
		files[k.String()+".wav"] = WAV(notes)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			os.RemoveAll(dir) //nolint:errcheck // best effort: a temp folder, and the bell rings instead
			return "", err
		}
	}
	return dir, nil
}

// toneLimit is how long one tone's run may take before the player counts
// as hung: the longest tone lasts under a second.
var toneLimit = 5 * time.Second

// newPlayer makes a Player on any starter; tests pass one they control.
func newPlayer(name, dir string, start starter) *Player {
	return &Player{name: name, dir: dir, start: start, procs: map[process]bool{}}
}

// Name is the player's command, for the help and the safety screen.
func (p *Player) Name() string { return p.name }

// SetOnFail sets the function called, once, when the player fails, with
// the reason; it is called from the goroutine that saw the failure (the one
// calling Play or Check, or one waiting for the player), never with a lock
// held, so it may call the Player. If the player has already failed and no
// function was told, f is called at once. Safe to call at any time.
func (p *Player) SetOnFail(f func(error)) {
	if p == nil {
		return
	}
	p.fails.SetOnFail(f)
}

// Failed reports whether the player has failed and been dropped. A nil
// Player has not failed: it never played.
func (p *Player) Failed() bool {
	return p != nil && p.fails.Err() != nil
}

// fail drops the player after its first failure and tells the caller once.
// A failure after Close (a run killed by Close) is not one.
func (p *Player) fail(err error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	tell := p.fails.Fail(err)
	p.mu.Unlock()
	tell()
}

// launch starts the player on file and registers the run, so that Close
// can stop it; it returns nil, and drops the player, if it cannot start.
func (p *Player) launch(file string) process {
	p.mu.Lock()
	if p.closed || p.fails.Err() != nil {
		p.mu.Unlock()
		return nil
	}
	proc, err := p.start(filepath.Join(p.dir, file))
	if err != nil {
		p.mu.Unlock()
		p.fail(fmt.Errorf("%s: %w", p.name, err))
		return nil
	}
	p.procs[proc] = true
	p.wg.Add(1)
	p.mu.Unlock()
	return proc
}

// finished forgets a run that has ended and drops the player if it failed.
func (p *Player) finished(proc process, err error) {
	p.mu.Lock()
	delete(p.procs, proc)
	p.mu.Unlock()
	if err != nil {
		p.fail(err)
	}
	p.wg.Done()
}

// Play starts the tone of kind k and returns at once. A nil, failed or
// closed Player is silent.
func (p *Player) Play(k session.Tone) {
	if p == nil || k == session.NoTone {
		return
	}
	run := p.launch(k.String() + ".wav")
	if run == nil {
		return
	}
	go func() { p.finished(run, proc.WaitAtMost(run, toneLimit, p.name+" did not finish a tone")) }()
}

// Check plays a short silence and waits for the player to finish, or for
// ctx to be done (give it a timeout of a few seconds), and says whether the
// player works: nil, or why not. A player that fails here, or does not
// finish in time, is dropped just as if a Play had failed (OnFail is called
// if set); the caller can test the device before a session and tell the
// user what they will hear.
func (p *Player) Check(ctx context.Context) error {
	if p == nil {
		return errors.New("no sound player")
	}
	proc := p.launch(silence)
	if proc == nil {
		if err := p.fails.Err(); err != nil {
			return err
		}
		return errClosed
	}
	done := make(chan error, 1)
	go func() { done <- proc.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		proc.Kill()
		<-done //nolint:errcheck // the run was killed: its error says so, and the timeout is the news
		err = fmt.Errorf("%s did not finish playing a short silence: %w", p.name, context.Cause(ctx))
	}
	p.finished(proc, err)
	return err
}

// Close stops any tone still playing, waits for the players to exit and
// removes the tone files, so nothing is left behind.
func (p *Player) Close() { p.Finish(0) }

// Finish lets the tones still playing end by themselves, for at most
// timeout (the session's last chord is heard in full), then closes.
func (p *Player) Finish(timeout time.Duration) {
	if p == nil {
		return
	}
	done := make(chan struct{})
	go func() { p.wg.Wait(); close(done) }()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	}
	p.close()
}

// close stops any tone still playing, waits for the players to exit and
// removes the tone files.
func (p *Player) close() {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.closed = true
	for proc := range p.procs {
		proc.Kill()
	}
	p.mu.Unlock()
	p.wg.Wait()
	if p.dir != "" {
		os.RemoveAll(p.dir) //nolint:errcheck // best effort: a temp folder, and nothing is left to tell at the end
	}
}
