package sound

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// players are the command-line players tried in order, with the arguments
// that play one file and exit.
var players = [][]string{
	{"pw-play"},
	{"paplay"},
	{"aplay", "-q"},
	{"afplay"},
}

// Player plays the tones through a system player. Play never blocks the
// caller; Close stops whatever still sounds and removes the files.
type Player struct {
	argv  []string
	dir   string
	mu    sync.Mutex
	procs map[*exec.Cmd]bool
	wg    sync.WaitGroup
}

// Detect finds a player with lookPath (exec.LookPath outside tests) and
// writes the tones to a temporary folder. It returns nil when no player is
// found or the files cannot be written: the caller then rings the bell.
func Detect(lookPath func(string) (string, error)) *Player {
	for _, p := range players {
		path, err := lookPath(p[0])
		if err != nil {
			continue
		}
		dir, err := os.MkdirTemp("", "hipcoach-sounds")
		if err != nil {
			return nil
		}
		for k, notes := range Notes {
			if err := os.WriteFile(filepath.Join(dir, k.String()+".wav"), WAV(notes), 0o600); err != nil {
				os.RemoveAll(dir)
				return nil
			}
		}
		return &Player{argv: append([]string{path}, p[1:]...), dir: dir, procs: map[*exec.Cmd]bool{}}
	}
	return nil
}

// Name is the player's command, for the help and the safety screen.
func (p *Player) Name() string { return filepath.Base(p.argv[0]) }

// Play starts the tone of kind k and returns at once.
func (p *Player) Play(k Kind) {
	if p == nil || k == None {
		return
	}
	args := append(append([]string(nil), p.argv[1:]...), filepath.Join(p.dir, k.String()+".wav"))
	cmd := exec.Command(p.argv[0], args...)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.procs == nil || cmd.Start() != nil {
		return
	}
	p.procs[cmd] = true
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		_ = cmd.Wait()
		p.mu.Lock()
		delete(p.procs, cmd)
		p.mu.Unlock()
	}()
}

// Close stops any tone still playing, waits for the players to exit and
// removes the tone files, so nothing is left behind.
func (p *Player) Close() {
	if p == nil {
		return
	}
	p.mu.Lock()
	for cmd := range p.procs {
		_ = cmd.Process.Kill()
	}
	p.procs = nil
	p.mu.Unlock()
	p.wg.Wait()
	os.RemoveAll(p.dir)
}
