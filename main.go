// Command hipcoach is a hands-free, full-screen coach for hip-flexor
// (iliopsoas) stretches in the terminal. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/hipcoach/hipcoach/internal/cli"
)

// version is the release's version, set by the release build with
// -ldflags "-X main.version=v1.2.3"; a plain build takes it from the
// build information.
var version = ""

func main() {
	// Signals are caught before anything is drawn, so that Ctrl+C, SIGTERM,
	// SIGHUP or SIGQUIT at any moment ends the run through the program,
	// with the terminal restored and the record kept, never by the default
	// action. The context's cause names the signal, for the exit code.
	ctx, cancel := context.WithCancelCause(context.Background())
	caught := make(chan os.Signal, 1)
	signal.Notify(caught, cli.Signals...)
	go func() { cancel(cli.SignalError{Signal: <-caught}) }()
	// A closed stdout (| head) must end the run like a quit, with the
	// record kept, rather than kill it: with SIGPIPE caught, a write
	// returns an error instead.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	os.Exit(cli.Execute(ctx, os.Args[1:], version))
}
