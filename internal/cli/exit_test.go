package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each kind of ending maps to its exit code, however deeply it is wrapped,
// and only the kinds with something to say print a line.
func TestExitCodeOfEachKind(t *testing.T) {
	cases := []struct {
		name  string
		err   error
		code  int
		print string // the line printError writes, "" for none
	}{
		{"success", nil, exitOK, ""},
		{"usage", usagef("--hold %q is not a duration", "x"), exitUsage, "hipcoach: --hold \"x\" is not a duration\n"},
		{"usage, wrapped", fmt.Errorf("running: %w", usagef("bad")), exitUsage, "hipcoach: running: bad\n"},
		{"config", &ExitError{Code: exitUsage, Err: configError{errors.New("c.toml:1:1: bad")}}, exitUsage,
			"c.toml:1:1: bad\nhipcoach: the config file has problems, so nothing was run: fix them ('hipcoach check' lists them) or move the file aside\n"},
		{"interrupted", errInterrupted, exitInterrupted, ""},
		{"quit by SIGQUIT", &ExitError{Code: exitQuitSignal}, 131, ""},
		{"failure, already said", errAlreadySaid, exitFailure, ""},
		{"failure", errors.New("cannot write the output: disk full"), exitFailure, "hipcoach: cannot write the output: disk full\n"},
		// A library's error that is not marked is a failure, whatever it says.
		{"unmarked library error", errors.New("unknown command \"x\" for \"hipcoach\""), exitFailure, "hipcoach: unknown command \"x\" for \"hipcoach\"\n"},
	}
	for _, c := range cases {
		if got := exitCode(c.err); got != c.code {
			t.Errorf("%s: exit %d, want %d", c.name, got, c.code)
		}
		if c.err == nil {
			continue
		}
		var b bytes.Buffer
		printError(&b, c.err)
		if b.String() != c.print {
			t.Errorf("%s: printed %q, want %q", c.name, b.String(), c.print)
		}
	}
}

// The command line ends with the code of each kind, end to end in process.
func TestExitCodesOfTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HIPCOACH_TEST_CONFIG_DIR", dir)
	if _, _, code := runCLI(t, "--plan", "relief"); code != exitOK {
		t.Errorf("a plan: exit %d, want 0", code)
	}
	if _, _, code := runCLI(t, "--hold", "x", "relief"); code != exitUsage {
		t.Errorf("a bad flag: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "history", "all"); code != exitUsage {
		t.Errorf("an argument too many: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "check", filepath.Join(dir, "nope.toml")); code != exitFailure {
		t.Errorf("check of a missing file: exit %d, want 1", code)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("[defaults]\nhold = \"1h\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runCLI(t, "--plan", "relief"); code != exitUsage || !strings.Contains(errOut, "config.toml:2:8:") {
		t.Errorf("a broken config: exit %d %q, want 2 and the problem", code, errOut)
	}
}

// A bad value for any kind of flag reads as a person would say it, names
// the flag and what it takes, and never shows a parser's internals.
func TestFlagErrorsReadWell(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		// pflag's own types: the booleans, --help and --version.
		{[]string{"exercises", "--json=maybe"}, `--json takes true or false, not "maybe" (or just --json for true)`},
		{[]string{"history", "--json=1x"}, `--json takes true or false, not "1x"`},
		{[]string{"--plain=", "relief"}, `--plain takes true or false, not ""`},
		{[]string{"--help=please"}, `--help takes true or false, not "please"`},
		{[]string{"--version=2"}, `--version takes true or false, not "2"`},
		{[]string{"--quiet=\x1b[2J", "relief"}, `--quiet takes true or false, not "\x1b[2J"`},
		// Ours: each says what it takes.
		{[]string{"--hold=", "relief"}, `--hold "" is not a duration: use e.g. 45s, 1m30s or 45 (seconds), from 1s to 10m`},
		{[]string{"--switch", "soon", "relief"}, `--switch "soon" is not a duration`},
		{[]string{"history", "--since", "2026-13-01"}, `--since "2026-13-01" is not a date: use YYYY-MM-DD, e.g. 2026-11-01`},
		{[]string{"--plain", "--pain", "-1", "relief"}, `--pain "-1" is not a check-in: use a whole number from 0 (no pain) to 10 (worst)`},
		{[]string{"--sound", "loud", "relief"}, `--sound "loud" is not a sound: use auto, tones, bell or off`},
		{[]string{"history", "--since"}, "--since needs a value, e.g. --since 2026-11-01"},
		{[]string{"--plain", "--pain"}, "--pain needs a value, e.g. --pain 3"},
		{[]string{"---hold", "5", "relief"}, `"---hold" is not a flag: write --name or --name=value; see 'hipcoach --help'`},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, c.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want exit 2 and nothing on stdout", c.args, code, out)
		}
		if !strings.HasPrefix(errOut, "hipcoach: "+c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line starting %q", c.args, errOut, "hipcoach: "+c.want)
		}
		for _, internal := range []string{"strconv", "ParseBool", "invalid syntax", "invalid argument", "\x1b"} {
			if strings.Contains(errOut, internal) {
				t.Errorf("%q: stderr shows %q: %q", c.args, internal, errOut)
			}
		}
	}
}
