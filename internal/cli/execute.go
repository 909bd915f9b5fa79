// Package cli is hipcoach's command line: a cobra command tree run by
// fang, one file per command, each with its own flags. It wires the
// session engine, the screens, the audio, the config and the history
// together; main only catches signals and exits with the code it returns.
package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"time"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"

	"github.com/hipcoach/hipcoach/internal/config"
	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/timer"
)

// Execute runs the command line args as the process hipcoach, with its
// files, clock and environment, and returns the exit code. ctx ends at a
// signal; main catches them before anything is drawn.
func Execute(ctx context.Context, args []string, releaseVersion string) int {
	clock := timer.SystemClock{}
	a := &app{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		clock: clock, lookPath: exec.LookPath, getenv: os.Getenv, now: time.Now,
		version:    buildVersion(releaseVersion),
		wait:       realWait(clock),
		sleep:      realSleep(ctx),
		configPath: config.Path(),
	}
	a.historyPath, a.historyErr = history.Locate(a.getenv)
	a.out = &checkedWriter{w: a.stdout}
	return run(ctx, a, args)
}

// run is the whole program but for the process: it runs the command line
// args against a and returns the exit code.
func run(ctx context.Context, a *app, args []string) int {
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	if !term.IsTerminal(a.stdout.Fd()) {
		root.SetOut(&trimWriter{w: a.stdout}) // the help, without fang's padding
	}
	root.SetErr(a.stderr)
	if a.out == nil {
		a.out = &checkedWriter{w: a.stdout}
	}
	err := fang.Execute(ctx, root,
		fang.WithVersion(a.version),
		fang.WithCommit(buildCommit()),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			if err = a.explain(err); err != nil {
				printError(w, err)
			}
		}),
		// Our own completion and man commands: for bash, zsh and fish, with
		// a clear line for any other shell, and a visible man.
		fang.WithoutCompletions(),
		fang.WithoutManpage(),
	)
	if err == nil && a.out.Err() != nil {
		// Output lost on the way is noticed here, once, for every command.
		if err = a.explain(nil); err != nil {
			printError(a.stderr, err)
		}
	}
	code := exitCode(a.explain(err))
	if code == exitInterrupted {
		code = interruptedCode(ctx)
	}
	return code
}

// explain turns a failed write to stdout, returned by a command or noticed
// after it, into what it means for the user (see outputError).
func (a *app) explain(err error) error {
	if lost := a.out.Err(); lost != nil && (err == nil || errors.Is(err, lost)) {
		return outputError(lost)
	}
	return err
}
