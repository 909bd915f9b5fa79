package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/hipcoach/hipcoach/internal/words"

	"github.com/spf13/pflag"
)

// Exit codes, as the spec fixes them.
const (
	exitOK      = 0
	exitFailure = 1
	// exitUsage is a mistake on the command line or in the config file.
	exitUsage = 2
	// exitInterrupted is a run stopped by Ctrl+C or SIGINT, SIGTERM or
	// SIGHUP (128 + SIGINT, as shells report it).
	exitInterrupted = 130
	// exitQuitSignal is 128 + SIGQUIT, for a run ended by Ctrl+\ once
	// main catches SIGQUIT: an ExitError with this code is all it takes.
	exitQuitSignal = 131
)

// Signals are those that end a run through the program rather than by
// their default action: main catches them before anything is drawn.
var Signals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// caughtSignals are the same, caught again while the history's lock is
// waited for, so that one more gives up the wait.
var caughtSignals = Signals

// SignalError is the cause of a run's context when a signal ended it.
type SignalError struct{ Signal os.Signal }

// Error names the signal.
func (e SignalError) Error() string { return "stopped by " + e.Signal.String() }

// interruptedCode is the exit code of a run ended by a signal or Ctrl+C:
// 131 for SIGQUIT, else 130.
func interruptedCode(ctx context.Context) int {
	var se SignalError
	if errors.As(context.Cause(ctx), &se) && se.Signal == syscall.SIGQUIT {
		return exitQuitSignal
	}
	return exitInterrupted
}

// ExitError ends a run with Code. Err is what to say, in one line after
// "hipcoach: "; with Err nil there is nothing more to say (the command or
// the view has said it). Every way a command fails is an ExitError or
// else exit 1, so the exit code never depends on a library's wording. It
// is modelled on gum's exit.ErrExit.
type ExitError struct {
	Code int
	Err  error
}

// Error is Err's message, or the code where there is nothing to say.
func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

// Unwrap is Err, so errors.As finds a configError inside.
func (e *ExitError) Unwrap() error { return e.Err }

// usage is a mistake on the command line, said by err: exit 2.
func usage(err error) error { return &ExitError{Code: exitUsage, Err: err} }

// usagef is a mistake on the command line, said in one line: exit 2.
func usagef(format string, args ...any) error {
	return usage(fmt.Errorf(format, args...))
}

// errInterrupted ends a run stopped by Ctrl+C or a signal: exit 130, and
// nothing more to say, since the view has said how far the session got.
var errInterrupted = &ExitError{Code: exitInterrupted}

// errQuitSignal ends a run stopped by Ctrl+\ in the full screen, where the
// raw terminal gives it as a key rather than SIGQUIT: exit 131 all the same.
var errQuitSignal = &ExitError{Code: exitQuitSignal}

// errAlreadySaid is exit 1 after the command has said all there is to say
// (hipcoach check, having listed the problems).
var errAlreadySaid = &ExitError{Code: exitFailure}

// exitCode maps what a command returned to the process's exit code: an
// ExitError's own code, or 1 for any other error.
func exitCode(err error) int {
	var e *ExitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &e):
		return e.Code
	}
	return exitFailure
}

// printError is how errors reach the user: one line on stderr, "hipcoach: …",
// whatever the terminal, so that a script's log and a person read the same.
// An ExitError with nothing to say prints nothing.
func printError(w io.Writer, err error) {
	var e *ExitError
	var ce configError
	switch {
	case errors.As(err, &e) && e.Err == nil:
		return
	case errors.As(err, &ce):
		// Every problem, one line each, as "hipcoach check" lists them.
		fmt.Fprintln(w, cleanLines(ce.Error()))
		fmt.Fprintln(w, "hipcoach: the config file has problems, so nothing was run: fix them ('hipcoach check' lists them) or move the file aside")
		return
	}
	fmt.Fprintln(w, "hipcoach: "+oneLine(err.Error()))
}

// checkedWriter remembers the first error writing to w; once failed, it
// writes nothing more.
type checkedWriter struct {
	w   io.Writer
	err error
}

// Write writes p, unless an earlier write failed.
func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// Err is the first write error, if any.
func (c *checkedWriter) Err() error { return c.err }

// outputError is what a failed write to stdout means for the exit: a
// closed pipe (| head) is the reader saying it has enough, a quit; anything
// else (a full disk) is a failure, said in one line.
func outputError(err error) error {
	if err == nil || errors.Is(err, syscall.EPIPE) {
		return nil
	}
	return fmt.Errorf("cannot write the output: %s", words.Reason(err))
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return words.Sanitize(strings.Join(strings.Fields(s), " "))
}

// cleanLines is s with control characters removed from each line: a path
// or a value given by the user is echoed as text, never acted on by the
// terminal.
func cleanLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = words.Sanitize(l)
	}
	return strings.Join(lines, "\n")
}

// flagError rewrites pflag's errors in the words the help uses, naming the
// command the flag was given to, since each subcommand has its own flags.
// Set as cobra's flag error function, it marks every flag mistake as a
// usage error (exit 2) where it is made, so nothing needs to recognise
// pflag's wording later.
func flagError(cmdPath string, err error) error {
	var exit *ExitError
	if errors.As(err, &exit) {
		return exit // one of our values said what was wrong
	}
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		name := notExist.GetSpecifiedName()
		if notExist.GetSpecifiedShortnames() != "" {
			return usagef("unknown flag -%s for '%s': see '%s --help'", name, cmdPath, cmdPath)
		}
		return usagef("unknown flag --%s for '%s': see '%s --help'", name, cmdPath, cmdPath)
	case errors.As(err, &needsValue):
		name := needsValue.GetSpecifiedName()
		return usagef("--%s needs a value, e.g. --%s %s", name, name, exampleValue(needsValue.GetFlag()))
	case errors.As(err, &invalid):
		return invalidValue(cmdPath, invalid.GetFlag(), invalid.GetValue())
	case errors.As(err, &syntax):
		return usagef("%s is not a flag: write --name or --name=value; see '%s --help'", quote(syntax.GetSpecifiedFlag()), cmdPath)
	}
	return usagef("%s: see '%s --help'", err.Error(), cmdPath)
}

// invalidValue says that a flag of pflag's own types (the booleans, --help
// and --version among them) was given a value it cannot take; our own
// flag values say it themselves.
func invalidValue(cmdPath string, f *pflag.Flag, value string) error {
	if f == nil {
		return usagef("%s is not a valid value: see '%s --help'", quote(value), cmdPath)
	}
	if f.Value.Type() == "bool" {
		return usagef("--%s takes true or false, not %s (or just --%s for true)", f.Name, quote(value), f.Name)
	}
	return usagef("--%s takes a %s, not %s: see '%s --help'", f.Name, f.Value.Type(), quote(value), cmdPath)
}

// exampleValue is a value to show in "needs a value, e.g. …".
func exampleValue(f *pflag.Flag) string {
	if f == nil {
		return "VALUE"
	}
	switch f.Value.Type() {
	case "duration":
		return "45s"
	case "date":
		return "2026-11-01"
	case "pain":
		return "3"
	}
	return "VALUE"
}
