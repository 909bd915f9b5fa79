package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"

	"github.com/hipcoach/hipcoach/internal/words"

	"github.com/spf13/pflag"
)

// Exit codes, as the spec fixes them.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// usageError is a mistake on the command line: one line for the user, exit 2.
type usageError struct{ msg string }

// Error is the message shown after "hipcoach: ".
func (e usageError) Error() string { return e.msg }

// usagef is a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// errInterrupted ends a run stopped by Ctrl+C or a signal: exit 130, and
// nothing more to say, since the view has said how far the session got.
var errInterrupted = errors.New("interrupted")

// exitCode maps what a command returned to the process's exit code.
func exitCode(err error) int {
	var u usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	case errors.As(err, &u), errors.As(err, new(configError)), isCobraUsage(err):
		return exitUsage
	}
	return exitFailure
}

// isCobraUsage recognises the few mistakes cobra reports itself, before any
// of our code runs (an unknown subcommand of a subcommand, say).
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires "} {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// printError is how errors reach the user: one line on stderr, "hipcoach: …",
// whatever the terminal, so that a script's log and a person read the same.
// An interrupted run says nothing more.
func printError(w io.Writer, err error) {
	var ce configError
	var quiet quietFailure
	switch {
	case errors.Is(err, errInterrupted), errors.As(err, &quiet):
		return
	case errors.As(err, &ce):
		// Every problem, one line each, as "hipcoach check" lists them.
		fmt.Fprintln(w, ce.Error())
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
	return strings.Join(strings.Fields(s), " ")
}

// flagError rewrites pflag's errors in the words the help uses, naming the
// command the flag was given to, since each subcommand has its own flags.
func flagError(cmdPath string, err error) error {
	var u usageError
	if errors.As(err, &u) {
		return u // one of our values said what was wrong
	}
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
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
	}
	return usagef("%s: see '%s --help'", err.Error(), cmdPath)
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
