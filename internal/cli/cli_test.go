package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/history/historytest"
	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// runCLI runs the command line in-process, as main would, with no sound
// programs, stdin at /dev/null and stdout and stderr in files, and returns
// what a user would see and the exit code.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runCLIOut(t, nil, args...)
}

// runCLIOut is runCLI with stdout going to out (nil: a file it reads back).
func runCLIOut(t *testing.T, out *os.File, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runCLIWith(t, out, nil, args...)
}

// runCLIWith is runCLIOut with the app changed by adjust before the run
// (nil: as it is).
func runCLIWith(t *testing.T, out *os.File, adjust func(*app), args ...string) (stdout, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	open := func(name string) *os.File {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = f.Close() })
		return f
	}
	stdin, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close() //nolint:errcheck // read only
	errOut := open("stderr")
	given := out != nil
	if !given {
		out = open("stdout")
	}
	clock := timer.NewFakeClock(time.Now())
	a := &app{
		stdin: stdin, stdout: out, stderr: errOut,
		clock: clock,
		// --plain's waits pass at once on the fake clock.
		wait:     func(_ context.Context, until time.Time) error { clock.Set(until); return nil },
		lookPath: func(string) (string, error) { return "", errors.New("not here") },
		getenv:   func(string) string { return "" },
		sleep:    func(time.Duration) {},
		now:      clock.Now,
		version:  "v1.2.3",
		// No config file unless a test writes one here.
		configPath: filepath.Join(os.Getenv("HIPCOACH_TEST_CONFIG_DIR"), "config.toml"),
	}
	// The history is where the test's XDG_STATE_HOME puts it, found once
	// as Execute finds it.
	a.historyPath, a.historyErr = history.Locate(os.Getenv)
	if os.Getenv("HIPCOACH_TEST_CONFIG_DIR") == "" {
		a.configPath = filepath.Join(dir, "config.toml")
	}
	if adjust != nil {
		adjust(a)
	}
	code = run(context.Background(), a, args)
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if given {
		return "", read("stderr"), code
	}
	return read("stdout"), read("stderr"), code
}

// The routine and the durations reach the plan, wherever the flags stand.
func TestCommandLineShapesThePlan(t *testing.T) {
	cases := []struct {
		args  []string
		first string // the plan's first line starts so
		total string
	}{
		{[]string{"prevention"}, "Prevention:", "Total: 10m10s"},
		{[]string{"relief"}, "Relief:", "Total: 2m50s"},
		{[]string{"RELIEF", "--hold", "45"}, "Relief:", "Total: 3m20s"},
		{[]string{"--hold=1m30s", "relief"}, "Relief:", "Total: 4m50s"},
		{[]string{"relief", "--roll", "1m", "--get-ready", "0"}, "Relief:", "Total: 3m6s"}, // still 3 s to change sides
		{[]string{"relief", "--roll", "1m", "--get-ready", "0", "--switch", "0"}, "Relief:", "Total: 3m0s"},
		{[]string{"relief", "--extras"}, "Relief:", "Total: 4m35s"},
		{[]string{"--hold", "10m", "--roll", "1s", "--get-ready", "1m", "relief"}, "Relief:", "Total: 24m2s"},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, append([]string{"--plan"}, c.args...)...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || errOut != "" || !strings.HasPrefix(lines[0], c.first) || lines[len(lines)-1] != c.total {
			t.Errorf("--plan %q: exit %d, stderr %q, first %q, last %q; want %q … %q", c.args, code, errOut, lines[0], lines[len(lines)-1], c.first, c.total)
		}
	}
}

// Every bad command line gets exactly one line that names the problem and
// says what is allowed, and exit 2; each subcommand takes only its own flags.
func TestCommandLineRejects(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--hold", "abc"}, `--hold "abc" is not a duration: use e.g. 45s, 1m30s or 45 (seconds), from 1s to 10m`},
		{[]string{"--hold", "0"}, "--hold 0s is out of range: use 1s to 10m"},
		{[]string{"--roll", "11m"}, "--roll 11m is out of range: use 1s to 10m"},
		{[]string{"--get-ready", "-1"}, "--get-ready -1s is out of range: use 0s to 1m"},
		{[]string{"--get-ready", "2m"}, "--get-ready 2m is out of range: use 0s to 1m"},
		{[]string{"--hold", "99999999999999999999"}, `--hold "99999999999999999999" is not a duration`},
		{[]string{"--hold", "1.5"}, `--hold "1.5" is not a duration`},
		{[]string{"--hold"}, "--hold needs a value, e.g. --hold 45s"},
		{[]string{"--fast"}, "unknown flag --fast for 'hipcoach': see 'hipcoach --help'"},
		{[]string{"-x"}, "unknown flag -x for 'hipcoach': see 'hipcoach --help'"},
		{[]string{"yoga"}, `unknown routine "yoga": choose prevention, relief or desk`},
		{[]string{"reliev"}, `unknown routine "reliev": did you mean relief?`},
		{[]string{"exercise"}, `unknown routine "exercise": did you mean exercises?`},
		{[]string{"relief", "prevention"}, "too many arguments (relief prevention): give one routine"},
		{[]string{"--plan=maybe"}, `--plan takes true or false, not "maybe" (or just --plan for true)`},
		{[]string{"--pain", "3", "relief"}, "--pain goes with --plain"},
		{[]string{"--plain", "--pain", "11", "relief"}, `--pain "11" is not a check-in`},
		{[]string{"--voice", "--quiet", "relief"}, "--voice contradicts --no-voice and --quiet"},
		{[]string{"relief"}, "not a terminal: run it in a terminal, or use --plain"},
		{[]string{"--plan"}, "--plan needs a routine: hipcoach --plan prevention, relief or desk"},
		{[]string{"--plain", "--quiet"}, "--plain needs a routine"},
		{[]string{"config", "innit"}, `unknown config command "innit": did you mean init?`},
		{[]string{"exercises", "--hold", "5s"}, "unknown flag --hold for 'hipcoach exercises': see 'hipcoach exercises --help'"},
		{[]string{"exercises", "plnak"}, `no exercise "plnak": did you mean plank?`},
		{[]string{"history", "--extras"}, "unknown flag --extras for 'hipcoach history': see 'hipcoach history --help'"},
		{[]string{"history", "--since", "yesterday"}, `--since "yesterday" is not a date: use YYYY-MM-DD`},
		{[]string{"history", "all"}, `'hipcoach history' takes no arguments (got "all")`},
		{[]string{"completion", "powershell"}, `unknown shell "powershell": use bash, zsh or fish`},
		{[]string{"completion"}, "'hipcoach completion' takes one shell: bash, zsh or fish"},
		{[]string{"man", "--json"}, "unknown flag --json for 'hipcoach man'"},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, c.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want exit 2 and nothing on stdout", c.args, code, out)
		}
		if !strings.HasPrefix(errOut, "hipcoach: ") || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line containing %q", c.args, errOut, c.want)
		}
	}
}

// The help, the version, the completions and the man page print, and say
// what a user looks for in them.
func TestCommandLineInformation(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"--get-ready", "--plain", "space, p", "exercises", "history", "completion", "Consult a doctor"}},
		{[]string{"-h"}, []string{"--get-ready"}},
		{[]string{"help"}, []string{"--get-ready"}},
		{[]string{"help", "history"}, []string{"--since", "--json"}},
		{[]string{"exercises", "--help"}, []string{"--json"}},
		{[]string{"--version"}, []string{"hipcoach version v1.2.3"}},
		{[]string{"-v"}, []string{"hipcoach version v1.2.3"}},
		{[]string{"version"}, []string{"hipcoach version v1.2.3"}},
		{[]string{"completion", "bash"}, []string{"__start_hipcoach", "complete -o default -F __start_hipcoach hipcoach"}},
		{[]string{"completion", "zsh"}, []string{"#compdef hipcoach"}},
		{[]string{"completion", "fish"}, []string{"complete -c hipcoach"}},
		{[]string{"man"}, []string{".TH HIPCOACH 1", `get\-ready`, "exercises"}},
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, c.args...)
		if code != 0 || errOut != "" {
			t.Errorf("%q: exit %d, stderr %q", c.args, code, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: output lacks %q:\n%s", c.args, w, out)
			}
		}
	}
}

// The shell completes routine names, and exercise names after "exercises".
func TestCompletionOffersNames(t *testing.T) {
	out, _, code := runCLI(t, "__complete", "rel")
	if code != 0 || !strings.Contains(out, "relief") || strings.Contains(out, "prevention") {
		t.Errorf("completing 'rel': exit %d\n%s", code, out)
	}
	out, _, _ = runCLI(t, "__complete", "exercises", "glu")
	if !strings.Contains(out, "glute-bridges") {
		t.Errorf("completing 'exercises glu':\n%s", out)
	}
}

// "hipcoach exercises --json" is the whole library as a list a script can
// read; with a name, that one exercise.
func TestExercisesJSON(t *testing.T) {
	out, _, code := runCLI(t, "exercises", "--json")
	var all []exerciseEntry
	if err := json.Unmarshal([]byte(out), &all); code != 0 || err != nil {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if len(all) != len(routines.Exercises) {
		t.Fatalf("%d exercises, want %d", len(all), len(routines.Exercises))
	}
	for i, e := range all {
		lib := routines.Exercises[i]
		if e.Name != lib.ID || e.Title != lib.Name || e.Purpose == "" || e.Routine == "" || e.Dose == "" || len(e.Cues) == 0 || e.Mistake == "" || e.Source == "" || e.Feel == "" || e.Easier == nil || e.Easier.Feel == "" {
			t.Errorf("entry %d is incomplete: %+v", i, e)
		}
		if e.StopCues[len(e.StopCues)-1] != routines.GeneralStop {
			t.Errorf("%s: stop cues %q without the general rule", e.Name, e.StopCues)
		}
		if lib.Sided != (len(e.Sides) == 2) {
			t.Errorf("%s: sides %q", e.Name, e.Sides)
		}
	}
	out, _, _ = runCLI(t, "exercises", "plank", "--json")
	var one exerciseEntry
	if err := json.Unmarshal([]byte(out), &one); err != nil || one.Name != "plank" || one.Harder == nil || one.Harder.Title != "Longer plank" || !strings.Contains(one.Harder.Dose, "40 s") {
		t.Errorf("one exercise: %v %+v", err, one)
	}
}

// "hipcoach exercises NAME" is a handout: what each side's leg does,
// where to feel it, both stop cues, and the easier and harder versions.
func TestExerciseHandout(t *testing.T) {
	out, _, code := runCLI(t, "exercises", "glute")
	for _, want := range []string{
		"Feel it: The buttocks and the backs of the thighs",
		"Stop: Stop if the low back aches. Stop at sharp, shooting or worsening pain.",
		"Easier: Small glute bridges.",
		"Harder: Single-leg glute bridges.",
		"Sides: left: press through the left foot, right leg lifted; right: press through the right foot, left leg lifted.",
	} {
		if code != 0 || !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("exercises glute: no %q (exit %d):\n%s", want, code, out)
		}
	}
	out, _, _ = runCLI(t, "exercises", "lunge")
	if !strings.Contains(out, "Left: left leg long behind, right foot forward") {
		t.Errorf("lunge handout does not say what left means:\n%s", out)
	}
}

// --plain runs a whole session on the clock it is given, says every step,
// and records it once, with its check-in.
func TestPlainRunsAndRecords(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	out, errOut, code := runCLI(t, "--plain", "--quiet", "--pain", "6", "relief")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, w := range []string{"hipcoach relief: 2 steps, 2m50s", "[0:05] Start: hold 30s, left side.", "[2:50] Session complete", "See a doctor"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	recs, warnings, err := historytest.Read(filepath.Join(state, "hipcoach", "history.jsonl"))
	if err != nil || len(warnings) > 0 || len(recs) != 1 {
		t.Fatalf("history: %v %v, %d records", err, warnings, len(recs))
	}
	if r := recs[0]; !r.Completed || r.PainBefore == nil || *r.PainBefore != 6 || r.ActualSeconds != 170 || r.Version != "v1.2.3" {
		t.Errorf("record %+v, want completed in 170 s with pain 6 and the version", r)
	}
}

// An unwritable history costs one line of warning, not the session.
func TestPlainWithUnwritableHistory(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(state, []byte("a file where a folder should be"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_STATE_HOME", state)
	out, errOut, code := runCLI(t, "--plain", "--quiet", "relief")
	if code != 0 || !strings.Contains(out, "Session complete") {
		t.Fatalf("the session did not run: exit %d\n%s", code, out)
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "will not be remembered") {
		t.Errorf("stderr %q, want one clear warning", errOut)
	}
}

// "hipcoach history" reports, names a damaged line on stderr, and --json
// with --since keeps only the recent records.
func TestHistoryCommand(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	now := time.Now()
	historytest.WriteSample(t, state, now)
	out, errOut, code := runCLI(t, "history")
	if code != 0 || !strings.Contains(out, "Streaks") || strings.ContainsRune(out, '\x1b') {
		t.Fatalf("history: exit %d\n%s", code, out)
	}
	if !strings.Contains(errOut, "line 5") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q, want one line naming line 5", errOut)
	}
	out, _, code = runCLI(t, "history", "--json", "--since", now.AddDate(0, 0, -2).Format("2006-01-02"))
	var recs []session.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil || code != 0 {
		t.Fatalf("--json: exit %d, %v\n%s", code, err, out)
	}
	if len(recs) == 0 || len(recs) >= len(historytest.Sample(now)) {
		t.Errorf("--since kept %d of %d records", len(recs), len(historytest.Sample(now)))
	}
}

// A closed pipe (| head) ends --plain like a quit: exit 0, no SIGPIPE
// death, and the session kept in the history as far as it went.
func TestPlainIntoAClosedPipe(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil { // no reader: the pipe is closed
		t.Fatal(err)
	}
	defer w.Close() //nolint:errcheck // what matters is the write that failed
	_, errOut, code := runCLIOut(t, w, "--plain", "--quiet", "relief")
	if want := "hipcoach: relief stopped after 0s of 2m50s, 0 of 2 steps done; kept in your history.\n"; code != 0 || errOut != want {
		t.Fatalf("exit %d, stderr %q; want 0 and %q", code, errOut, want)
	}
	recs, _, err := historytest.Read(filepath.Join(state, "hipcoach", "history.jsonl"))
	if err != nil || len(recs) != 1 || recs[0].Completed {
		t.Fatalf("history %v %+v, want the session kept, not completed", err, recs)
	}
}

// A reader that goes away while --plain waits for its next line (a 10-min
// hold piped into head) ends the run within a second, not at that line:
// the wait is cut short, the record kept, the line on stderr.
func TestPlainNoticesTheReaderLeaving(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close() //nolint:errcheck // the run is over: nothing is left to flush
	go func() { _, _ = io.Copy(io.Discard, r) }()
	var waited time.Duration
	_, errOut, code := runCLIWith(t, w, func(a *app) {
		a.wait = func(ctx context.Context, _ time.Time) error {
			if err := r.Close(); err != nil { // head has had its lines
				t.Error(err)
			}
			start := time.Now()
			select {
			case <-ctx.Done():
				waited = time.Since(start)
				return ctx.Err()
			case <-time.After(10 * time.Second):
				t.Error("the wait was not cut short by the reader leaving")
				return context.Canceled
			}
		}
	}, "--plain", "--quiet", "--hold", "10m", "relief")
	if code != 0 || !strings.HasSuffix(errOut, "; kept in your history.\n") || waited > time.Second {
		t.Fatalf("exit %d after %v, stderr %q; want 0 within 1 s, the record kept", code, waited, errOut)
	}
}

// Output that cannot be written (a full disk) is a failure said in one
// line, exit 1, not a silent success.
func TestOutputToAFullDisk(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close() //nolint:errcheck // the writes are what is tested
	for _, args := range [][]string{{"exercises"}, {"--plan", "relief"}, {"version"}, {"completion", "bash"}} {
		_, errOut, code := runCLIOut(t, full, args...)
		if code != exitFailure || errOut != "hipcoach: cannot write the output: no space left on device\n" {
			t.Errorf("%q: exit %d, stderr %q; want 1 and one line", args, code, errOut)
		}
	}
}

// A severe check-in in --plain gets the advice to see a professional
// before the first step.
func TestPlainSeverePainAdvice(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	out, _, code := runCLI(t, "--plain", "--quiet", "--pain", "8", "relief")
	advice := strings.Index(out, "Check-in: pain 8 out of 10. "+routines.PainGateLine)
	first := strings.Index(out, "[0:00]")
	if code != 0 || advice < 0 || first < advice {
		t.Fatalf("exit %d; the advice must come before the first step:\n%s", code, out)
	}
	out, _, _ = runCLI(t, "--plain", "--quiet", "--pain", "6", "relief")
	if strings.Contains(out, routines.PainGateLine) {
		t.Errorf("pain 6 got the severe-pain advice:\n%s", out)
	}
}

// physio is a physiotherapist's prescription, as the README shows it.
const physio = `[defaults]
get_ready = "3s"

[[routine]]
name = "physio"
title = "Physio plan"
about = "From my physiotherapist, 3 Nov."

  [[routine.step]]
  exercise = "kneeling-hip-flexor-stretch"
  hold = "20s"
  sets = 3
  rest = "15s"
  note = "Keep the pelvis tucked."

  [[routine.step]]
  exercise = "glute-bridges"
  reps = 10
  sets = 2
`

// writeConfig writes text as the config file the next runCLI reads.
func writeConfig(t *testing.T, text string) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("HIPCOACH_TEST_CONFIG_DIR", dir)
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// A physio's plan runs by name with its sets, rests and sides, and --plain
// takes exactly the --plan total.
func TestCustomRoutineRunsAsPrescribed(t *testing.T) {
	writeConfig(t, physio)
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	plan, errOut, code := runCLI(t, "--plan", "physio")
	if code != 0 || errOut != "" {
		t.Fatalf("--plan physio: exit %d %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(plan), "\n")
	total := strings.TrimPrefix(lines[len(lines)-1], "Total: ")
	for _, w := range []string{"set 1 of 3", "set 3 of 3", "rest", "15s", "20s", "10 reps"} {
		if !strings.Contains(plan, w) {
			t.Errorf("--plan lacks %q:\n%s", w, plan)
		}
	}
	if strings.Count(plan, " rest ") != 2 { // between the stretch's sets; the bridges have no rest
		t.Errorf("want 2 rest phases:\n%s", plan)
	}
	out, _, code := runCLI(t, "--plain", "--quiet", "physio")
	if code != 0 || !strings.Contains(out, "hipcoach physio plan: 2 steps, "+total) {
		t.Fatalf("--plain physio: exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "Rest 15s. Next: set 2 of 3, left side.") || !strings.Contains(out, "Keep the pelvis tucked.") {
		t.Errorf("--plain lacks the rest or the note:\n%s", out)
	}
	d, _ := time.ParseDuration(total)
	if !strings.Contains(out, "["+timer.FormatClock(int(d.Seconds()))+"] Session complete") {
		t.Errorf("--plain did not end at the plan's total %s:\n%s", total, out)
	}
	recs, _, _ := historytest.Read(filepath.Join(os.Getenv("XDG_STATE_HOME"), "hipcoach", "history.jsonl"))
	if len(recs) != 1 || recs[0].Routine != "physio" || !recs[0].Completed {
		t.Errorf("history %+v, want one completed physio session", recs)
	}
}

// Flags beat the file, and the file beats the built-in defaults.
func TestConfigDefaultsUnderFlags(t *testing.T) {
	writeConfig(t, "[defaults]\nhold = \"20s\"\nget_ready = 0\n")
	out, _, _ := runCLI(t, "--plan", "relief")
	if !strings.HasSuffix(strings.TrimSpace(out), "Total: 2m16s") { // 2 × 20s + 2 × 45s, no lead-ins, 2 × 3s to change sides
		t.Errorf("file's hold and get_ready not applied:\n%s", out)
	}
	out, _, _ = runCLI(t, "--plan", "--hold", "30s", "relief")
	if !strings.HasSuffix(strings.TrimSpace(out), "Total: 2m36s") {
		t.Errorf("--hold did not beat the file:\n%s", out)
	}
}

// A broken config stops every command that would run with it, exit 2, with
// every problem on its own line; the library and the history still work.
func TestBrokenConfigStopsARun(t *testing.T) {
	path := writeConfig(t, "[defaults]\nhodl = \"20s\"\n[[routine]]\nname = \"relief\"\n")
	for _, args := range [][]string{{"--plan", "relief"}, {"--plain", "relief"}, {"physio"}} {
		out, errOut, code := runCLI(t, args...)
		if code != exitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want 2 and nothing run", args, code, out)
		}
		if !strings.Contains(errOut, path+":2:1: ") || !strings.Contains(errOut, "hodl") || !strings.Contains(errOut, "nothing was run") {
			t.Errorf("%q: stderr %q, want PATH:LINE:COLUMN lines", args, errOut)
		}
	}
	if _, _, code := runCLI(t, "exercises"); code != 0 {
		t.Errorf("exercises with a broken config: exit %d", code)
	}
	_, errOut, code := runCLI(t, "check")
	if code != exitFailure || strings.Count(errOut, path+":") < 2 {
		t.Errorf("check: exit %d, stderr %q; want 1 and every problem", code, errOut)
	}
}

// check, config init and config path, as a user meets them.
func TestCheckAndConfigCommands(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HIPCOACH_TEST_CONFIG_DIR", dir)
	path := filepath.Join(dir, "config.toml")
	out, _, code := runCLI(t, "check")
	if code != 0 || !strings.Contains(out, "No config file at "+path) {
		t.Errorf("check without a file: exit %d %q", code, out)
	}
	if _, errOut, code := runCLI(t, "check", filepath.Join(dir, "nope.toml")); code != exitFailure || !strings.Contains(errOut, "no such file") {
		t.Errorf("check of a named missing file: exit %d %q", code, errOut)
	}
	if out, _, code := runCLI(t, "config", "path"); code != 0 || strings.TrimSpace(out) != path {
		t.Errorf("config path: %q", out)
	}
	if out, _, code := runCLI(t, "config", "init"); code != 0 || !strings.Contains(out, "Wrote "+path) {
		t.Fatalf("config init: exit %d %q", code, out)
	}
	if out, _, code := runCLI(t, "check"); code != 0 || !strings.Contains(out, "valid") {
		t.Errorf("check of the starter: exit %d %q", code, out)
	}
	if _, errOut, code := runCLI(t, "config", "init"); code != exitFailure || !strings.Contains(errOut, "exists already; not overwritten") {
		t.Errorf("config init twice: exit %d %q", code, errOut)
	}
	if err := os.WriteFile(path, []byte(physio), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, _, code := runCLI(t, "check"); code != 0 || !strings.Contains(out, "physio (2 steps") || strings.Count(out, "\n") != 1 {
		t.Errorf("check of a physio plan: exit %d %q", code, out)
	}
}

// A config routine may not take a subcommand's name, whichever it is: the
// names come from the command tree, so a new subcommand is reserved too.
func TestConfigRoutineNamedAfterACommand(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HIPCOACH_TEST_CONFIG_DIR", dir)
	path := filepath.Join(dir, "config.toml")
	for _, name := range commandNames(newRootCmd(&app{})) {
		if err := os.WriteFile(path, []byte("[[routine]]\nname = \""+name+"\"\n[[routine.step]]\nexercise = \"plank\"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, errOut, code := runCLI(t, "check")
		if code != exitFailure || !strings.Contains(errOut, `name "`+name+`" is a hipcoach command`) {
			t.Errorf("routine named %s: exit %d %q", name, code, errOut)
		}
	}
}

// The sound check says what a session will sound like here, and plays it.
func TestSoundCheck(t *testing.T) {
	out, errOut, code := runCLI(t, "sound-check")
	if code != 0 || !strings.Contains(out, "Sound: the terminal bell (no sound player found") || !strings.Contains(out, "No voice: install espeak-ng") {
		t.Errorf("no player, no voice: exit %d %q %q", code, out, errOut)
	}
	out, _, code = runCLI(t, "sound-check", "--sound", "off")
	if code != 0 || !strings.Contains(out, "Sound: off (--sound off)") {
		t.Errorf("--sound off: exit %d %q", code, out)
	}
	if _, errOut, code := runCLI(t, "sound-check", "--sound", "loud"); code != exitUsage || !strings.Contains(errOut, `--sound "loud" is not a sound`) {
		t.Errorf("--sound loud: exit %d %q", code, errOut)
	}
	// It follows the config file like a session: sound off and no voice
	// there mean no bell and no words here; a broken file stops it.
	dir := t.TempDir()
	t.Setenv("HIPCOACH_TEST_CONFIG_DIR", dir)
	config := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(config, []byte("[defaults]\nsound = \"off\"\nvoice = false\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = runCLI(t, "sound-check")
	if code != 0 || !strings.Contains(out, `Sound: off (sound = "off" in the config file)`) || !strings.Contains(out, "No voice: voice = false") || strings.Contains(errOut, "\a") {
		t.Errorf("config sound off, voice false: exit %d %q %q", code, out, errOut)
	}
	if out, _, code = runCLI(t, "sound-check", "--sound", "bell"); code != 0 || !strings.Contains(out, "Sound: the terminal bell (--sound bell)") {
		t.Errorf("--sound bell over the file: exit %d %q", code, out)
	}
	if err := os.WriteFile(config, []byte("[defaults\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code = runCLI(t, "sound-check"); code != exitUsage || !strings.Contains(errOut, "config.toml:") {
		t.Errorf("broken config: exit %d %q", code, errOut)
	}
}

// A file name with an escape sequence is echoed as text, not acted on.
func TestCheckEchoesNoControlCharacters(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x\x1b]0;owned\a\x1b[2J.toml")
	out, errOut, code := runCLI(t, "check", name)
	if code != exitFailure || strings.ContainsAny(out+errOut, "\x1b\a") || !strings.Contains(errOut, "no such file") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if err := os.WriteFile(name, []byte("[defaults]\nhodl = 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = runCLI(t, "check", name)
	if code != exitFailure || strings.ContainsAny(errOut, "\x1b\a") || !strings.Contains(errOut, "hodl") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

// A flag that would change nothing is said so, not ignored: --hold over a
// routine whose steps set their own holds warns on stderr and runs;
// --extras with a routine that has none is a mistake, exit 2.
func TestFlagsThatChangeNothingSaySo(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HIPCOACH_TEST_CONFIG_DIR", dir)
	cfg := "[[routine]]\nname = \"physio\"\n[[routine.step]]\nexercise = \"kneeling-hip-flexor-stretch\"\nhold = \"20s\"\n"
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "--plan", "--hold", "10s", "physio")
	if code != 0 || errOut != "hipcoach: --hold: every step of physio sets its own hold, so --hold changes nothing\n" || !strings.Contains(out, "20s") {
		t.Errorf("--hold over physio: exit %d, stderr %q\n%s", code, errOut, out)
	}
	if _, errOut, code = runCLI(t, "--plan", "--roll", "10s", "physio"); code != 0 || !strings.Contains(errOut, "--roll: physio has no step to roll") {
		t.Errorf("--roll over physio: exit %d, stderr %q", code, errOut)
	}
	if _, errOut, code = runCLI(t, "--plan", "--hold", "10s", "relief"); code != 0 || errOut != "" {
		t.Errorf("--hold over relief changes its stretch: exit %d, stderr %q", code, errOut)
	}
	if _, errOut, code = runCLI(t, "--plan", "--extras", "prevention"); code != exitUsage || errOut != "hipcoach: --extras: prevention has no optional extras; --extras goes with relief\n" {
		t.Errorf("--extras prevention: exit %d, stderr %q", code, errOut)
	}
}

// --since past the last record says there is nothing since that date and
// how many records lie before it, not that nothing was ever recorded.
func TestHistorySinceAfterTheLastRecord(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	now := time.Now()
	historytest.WriteSample(t, state, now)
	out, _, code := runCLI(t, "history", "--since", now.AddDate(1, 0, 0).Format("2006-01-02"))
	want := fmt.Sprintf("No sessions since %s; %d records before it", now.AddDate(1, 0, 0).Format("2006-01-02"), len(historytest.Sample(now)))
	if code != 0 || !strings.HasPrefix(out, want) {
		t.Fatalf("exit %d\n%s\nwant %s", code, out, want)
	}
}

// "hipcoach help NAME" for a NAME that is no command is a mistake with a
// suggestion, not the root's help with exit 0.
func TestHelpForAnUnknownCommand(t *testing.T) {
	if _, errOut, code := runCLI(t, "help", "histroy"); code != exitUsage || errOut != "hipcoach: unknown command \"histroy\" for 'hipcoach help': did you mean history?\n" {
		t.Errorf("help histroy: exit %d %q", code, errOut)
	}
	if out, _, code := runCLI(t, "help", "history"); code != 0 || !strings.Contains(out, "Streaks") {
		t.Errorf("help history: exit %d %q", code, out)
	}
}

// A history that cannot be written is blamed on the file at fault: the
// lock file that is a folder, the state folder that is a file; never an
// empty path.
func TestHistoryProblemsNameTheRightFile(t *testing.T) {
	state := t.TempDir()
	if err := os.MkdirAll(filepath.Join(state, "hipcoach", "history.jsonl.lock"), 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_STATE_HOME", state)
	_, errOut, _ := runCLI(t, "--plain", "--quiet", "--get-ready", "0", "relief")
	if !strings.Contains(errOut, "cannot write "+filepath.Join(state, "hipcoach", "history.jsonl.lock")+" (") {
		t.Errorf("lock file a folder: %q", errOut)
	}
	file := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_STATE_HOME", file)
	_, errOut, _ = runCLI(t, "--plain", "--quiet", "--get-ready", "0", "relief")
	if !strings.Contains(errOut, "cannot write "+file+" (a file where a folder should be)") {
		t.Errorf("state folder a file: %q", errOut)
	}
}
