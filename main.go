// Command hipcoach is a hands-free, full-screen coach for hip-flexor
// (iliopsoas) stretches in the terminal. See README.md.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"

	"charm.land/fang/v2"

	"github.com/hipcoach/hipcoach/config"
	"github.com/hipcoach/hipcoach/timer"
)

func main() {
	// Signals are caught before anything is drawn, so that Ctrl+C, SIGTERM
	// or SIGHUP at any moment ends the run with exit 130 and the terminal
	// restored, never by the default action.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	// A closed stdout (| head) must end the run like a quit, with the
	// record kept, rather than kill it: with SIGPIPE caught, a write
	// returns an error instead.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	a := &app{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		clock: timer.SystemClock{}, lookPath: exec.LookPath, getenv: os.Getenv, now: time.Now,
		version: buildVersion(),
	}
	a.wait = realWait(a.clock)
	a.sleep = realSleep(ctx)
	a.configPath = config.Path()
	a.out = &checkedWriter{w: a.stdout}
	code := run(ctx, a, os.Args[1:])
	stop()
	os.Exit(code)
}

// run is the whole program but for the process: it runs the command line
// args against a and returns the exit code.
func run(ctx context.Context, a *app, args []string) int {
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
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
	return exitCode(a.explain(err))
}

// explain turns a failed write to stdout, returned by a command or noticed
// after it, into what it means for the user (see outputError).
func (a *app) explain(err error) error {
	if lost := a.out.Err(); lost != nil && (err == nil || errors.Is(err, lost)) {
		return outputError(lost)
	}
	return err
}
