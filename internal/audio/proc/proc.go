// Package proc runs the helper programs hipcoach plays and speaks through
// (a sound player, a speech program): one run per tone or line, killed on
// demand, and when a run fails its error carries the program's own last
// word on why ("aplay: main:831: audio open error: No such file or
// directory (aplay: exit status 1)"). The sound and voice packages share it
// and hide it behind an interface their tests can fake.
package proc

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"time"
)

// Process is one run of a helper program.
type Process interface {
	// Wait returns when the run is over (or killed), with an error saying
	// why when it failed.
	Wait() error
	// Kill stops the run.
	Kill()
}

// Starter starts a helper program on one argument: a file to play, a line
// to say.
type Starter func(arg string) (Process, error)

// Exec is a Starter that runs argv with the argument last. With group, the
// run gets a process group of its own and Kill stops the whole group (a
// wrapper script's children too).
func Exec(argv []string, group bool) Starter {
	return func(arg string) (Process, error) {
		cmd := exec.Command(argv[0], append(append([]string(nil), argv[1:]...), arg)...)
		if group {
			ownGroup(cmd)
		}
		stderr := &Tail{}
		cmd.Stderr = stderr
		// A child left behind holding the error output open must not keep
		// Wait (and so the caller's Close) waiting.
		cmd.WaitDelay = time.Second
		if err := cmd.Start(); err != nil {
			return nil, err
		}
		return &run{cmd: cmd, stderr: stderr, group: group}, nil
	}
}

// run is a started helper program.
type run struct {
	cmd    *exec.Cmd
	stderr *Tail
	group  bool
}

func (r *run) Wait() error {
	if err := r.cmd.Wait(); err != nil {
		return r.stderr.Explain(filepath.Base(r.cmd.Path), err)
	}
	return nil
}

func (r *run) Kill() {
	if r.group {
		killGroup(r.cmd)
		return
	}
	if r.cmd.Process != nil {
		_ = r.cmd.Process.Kill()
	}
}

// WaitAtMost waits for run, killing it after limit: a helper program that
// hangs is then a failure that says so ("hung in 5s: stopped it"), rather
// than a run that never ends and holds up what comes after it.
func WaitAtMost(run Process, limit time.Duration, hung string) error {
	done := make(chan error, 1)
	go func() { done <- run.Wait() }()
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		run.Kill()
		<-done //nolint:errcheck // killed: the hang is the news
		return fmt.Errorf("%s in %s: stopped it", hung, limit.Round(time.Second))
	}
}
