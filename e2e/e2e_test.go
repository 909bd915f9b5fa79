package e2e

// End-to-end tests of the built binary, as a user runs it: from a shell with
// pipes, and in a real terminal (tmux) where one is installed. They use the
// real clock, so they sleep and poll; the unit tests beside them do not.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/history/historytest"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
)

var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		// A unit run never builds the binary: what these tests check is
		// checked in process, on a fake clock, by the packages' own tests.
		fmt.Println("e2e: the built binary is tested without -short only")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "hipcoach-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "hipcoach")
	// Sessions run by the tests are recorded here, not in the user's history.
	setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	// -buildvcs=auto: the commit goes into --version where git can say
	// it, whatever GOFLAGS says.
	build := []string{"build", "-buildvcs=auto", "-o", binary}
	if raceEnabled {
		build = append(build, "-race") // CI's -race run checks the binary too
		// A race-built program sleeps a second at exit by default, which
		// the timing tests would count as the program's own.
		setenv("GORACE", "atexit_sleep_ms=0 halt_on_error=1")
	}
	if out, err := exec.Command("go", append(build, "..")...).CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	if err := os.RemoveAll(dir); err != nil {
		// The tests have passed or failed already; a temp folder left
		// behind is worth a line, not a failed run.
		fmt.Fprintln(os.Stderr, "e2e: cleanup:", err)
	}
	os.Exit(code)
}

// setenv sets an environment variable for the binaries the tests run, or
// ends the run: a test of a binary that writes to the user's history or
// sleeps at exit would not test what it says.
func setenv(key, value string) {
	if err := os.Setenv(key, value); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
}

// realClock marks an end-to-end test that waits on the real clock: a few
// of them run in the full suite, none under -short, where the same
// behaviour is checked in-process on a fake clock.
func realClock(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("waits on the real clock; skipped with -short")
	}
}

// runBinary runs hipcoach with stdin from /dev/null and returns its output
// and exit code.
func runBinary(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

// Malformed command lines: one line on stderr, exit 2, nothing on stdout,
// never a panic.
func TestBinaryRejectsBadCommandLines(t *testing.T) {
	for _, args := range [][]string{
		{"--hold", "abc"},
		{"--hold", "0s"},
		{"--roll", "1h"},
		{"--get-ready", "90s"},
		{"--get-ready"},
		{"--bogus"},
		{"stretch"},
		{"relief", "prevention"},
		{"--plain", "--hold", "-5s", "relief"},
		{"--plan", "--quiet=perhaps"},
	} {
		out, errOut, code := runBinary(t, args...)
		if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "hipcoach: ") || strings.Contains(errOut, "panic") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and one line on stderr", args, code, out, errOut)
		}
	}
}

func TestBinaryExercises(t *testing.T) {
	out, _, code := runBinary(t, "exercises")
	// A title, a line per exercise and how to see one, in a pipe.
	if code != 0 || strings.Count(out, "\n") != 1+len(routines.Exercises)+1 {
		t.Fatalf("exercises: exit %d, %d lines\n%s", code, strings.Count(out, "\n"), out)
	}
	out, _, code = runBinary(t, "exercises", "Kneeling")
	if code != 0 || !strings.Contains(out, "Kneeling hip-flexor stretch") {
		t.Fatalf("exercises Kneeling: exit %d\n%s", code, out)
	}
	_, errOut, code := runBinary(t, "exercises", "plnak")
	if code != 2 || errOut != "hipcoach: no exercise \"plnak\": did you mean plank?\n" {
		t.Fatalf("exercises plnak: exit %d, %q", code, errOut)
	}
}

func TestBinaryNeedsATerminalOrPlain(t *testing.T) {
	_, errOut, code := runBinary(t, "relief")
	if code != 2 || !strings.Contains(errOut, "--plain") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("no terminal: exit %d, stderr %q; want exit 2 pointing to --plain", code, errOut)
	}
}

func TestBinaryHelpAndVersion(t *testing.T) {
	out, _, code := runBinary(t, "--help")
	if code != 0 || !strings.Contains(out, "--get-ready") || !strings.Contains(out, "space, p") {
		t.Fatalf("--help: exit %d\n%s", code, out)
	}
	for _, l := range strings.Split(out, "\n") {
		// In a pipe fang pads the description to its own width; padding
		// is not what folds a line.
		if n := len([]rune(strings.TrimRight(l, " "))); n > 80 {
			t.Errorf("--help line of %d columns folds on an 80-column terminal: %q", n, l)
		}
	}
	out, _, code = runBinary(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "hipcoach version ") {
		t.Fatalf("--version: exit %d %q", code, out)
	}
	// Built from a checkout, it names the commit. The go command stamps
	// the commit only where .git is a folder, so not in a linked worktree
	// (git worktree add), where .git is a file.
	if fi, err := os.Stat("../.git"); err == nil && !fi.IsDir() {
		t.Log("a linked git worktree: the go command stamps no commit here")
	} else if head, err := exec.Command("git", "rev-parse", "--short=7", "HEAD").Output(); err == nil {
		if want := "(" + strings.TrimSpace(string(head)); !strings.Contains(out, want) {
			t.Errorf("--version %q does not name the commit %s)", out, want)
		}
	}
}

// recordedRun runs hipcoach with a history of its own and returns its output,
// the record it kept and when it wrote it. The record's start and the file's
// modification time are both read from the program's side of the clock:
// together they time the session itself, whatever the load did to the test
// process or to the program's start-up.
func recordedRun(t *testing.T, env []string, args ...string) (out, errOut string, rec session.Record, written time.Time) {
	t.Helper()
	state := t.TempDir()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(append(os.Environ(), env...), "XDG_STATE_HOME="+state)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("%q: %v\n%s%s", args, err, o.String(), e.String())
	}
	path := filepath.Join(state, "hipcoach", "history.jsonl")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rec); err != nil {
		t.Fatalf("last history line %q: %v", lines[len(lines)-1], err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), rec, fi.ModTime()
}

// fileClockSlack is how far a file's modification time may lag the clock
// the program reads: the kernel stamps files from a clock that ticks once
// per jiffy (1-10 ms), so a write can look a little older than it is.
const fileClockSlack = 20 * time.Millisecond

// sessionLateness is how late a --plain session may end, on its own clock:
// three quarters of a second.
const sessionLateness = 750 * time.Millisecond

// --plain takes exactly the --plan total, timed on the program's side from
// the session's start to its record (wall time in the test would count the
// race detector's start-up and the machine's load), and names every step
// and both sides.
func TestBinaryPlainTakesThePlanTotal(t *testing.T) {
	realClock(t)
	t.Parallel()
	args := []string{"--quiet", "--hold", "1", "--roll", "1s", "--get-ready", "500ms", "relief"}
	plan, _, code := runBinary(t, append([]string{"--plan"}, args...)...)
	if code != 0 {
		t.Fatalf("--plan exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(plan), "\n")
	total, err := time.ParseDuration(strings.TrimPrefix(lines[len(lines)-1], "Total: "))
	if err != nil {
		t.Fatalf("last --plan line %q: %v", lines[len(lines)-1], err)
	}
	launched := time.Now()
	out, errOut, rec, written := recordedRun(t, nil, append([]string{"--plain"}, args...)...)
	if errOut != "" {
		t.Fatalf("--plain: stderr %q", errOut)
	}
	took := written.Sub(rec.Start)
	// The session may end a little late (a timer wakes after its
	// deadline, the record is written after the last lines) but never
	// early. Within 6 ms in 39 runs of 40 under load; one stall of the
	// machine held the end back 157 ms (and a spoken cue 490 ms in another
	// run), so the bound is sessionLateness: a session a second long, or
	// drifting by that much, fails.
	if d := took - total; d < -fileClockSlack || d > sessionLateness {
		t.Errorf("--plain took %v from its start to its record, --plan says %v (off by %v)", took, total, d)
	}
	// Start-up is the program's too: generous, for -race on a busy
	// machine, but a start that hangs for seconds fails.
	if startUp := rec.Start.Sub(launched); startUp > 2*time.Second {
		t.Errorf("--plain began its session %v after it was launched", startUp)
	}
	if rec.PlannedSeconds != total.Seconds() || !rec.Completed {
		t.Errorf("record planned %vs, completed %v; want %v, true", rec.PlannedSeconds, rec.Completed, total.Seconds())
	}
	t.Logf("--plain took %v for a %v plan, %v after launch", took, total, rec.Start.Sub(launched))
	for _, w := range []string{"professional", "Kneeling hip-flexor stretch, left side", "Switch sides: right side", "Foam rolling, left side", "Session complete", "See a doctor"} {
		if !strings.Contains(out, w) {
			t.Errorf("--plain output lacks %q:\n%s", w, out)
		}
	}
}

func TestBinaryPlainExits130OnSignal(t *testing.T) {
	realClock(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		cmd := exec.Command(binary, "--plain", "--quiet", "relief")
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The first line is the sign the program is up (it catches
		// signals before it writes anything); a fixed sleep would signal
		// a race-built program still starting on a busy machine, whose
		// default action is to die without a word.
		var out bytes.Buffer
		first, err := bufio.NewReader(io.TeeReader(stdout, &out)).ReadString('\n')
		if err != nil {
			t.Fatalf("%v: no first line (%q): %v", sig, first, err)
		}
		_ = cmd.Process.Signal(sig)
		_, _ = io.Copy(&out, stdout)
		err = cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Errorf("%v: %v, want exit 130", sig, err)
		}
		if !regexp.MustCompile(`(?m)^hipcoach: relief stopped after \d+s of 2m50s, 0 of 2 steps done; kept in your history\.\n\z`).MatchString(out.String()) {
			t.Errorf("%v: no stop line in %q", sig, out.String())
		}
	}
}

// tmuxTerm is one real terminal running the binary. Each has its own tmux
// server (its own socket): with one shared server, a test ending its last
// session shuts the server down while a parallel test is connecting, and
// that test fails with "server exited unexpectedly".
type tmuxTerm struct {
	t       *testing.T
	name    string
	pidFile string
}

func startTerm(t *testing.T, cols, rows int, args ...string) *tmuxTerm {
	t.Helper()
	return startTermEnv(t, nil, cols, rows, args...)
}

// startTermEnv is startTerm with extra environment variables (VAR=value).
func startTermEnv(t *testing.T, env []string, cols, rows int, args ...string) *tmuxTerm {
	t.Helper()
	realClock(t)
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	tt := &tmuxTerm{t: t, name: fmt.Sprintf("hipcoach-test-%d-%d", os.Getpid(), time.Now().UnixNano()), pidFile: filepath.Join(t.TempDir(), "pid")}
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = strconv.Quote(a)
	}
	// tmux's own -e cannot set PATH (the shell resets it), so env does; it
	// execs the binary, which keeps the pid written to the pid file.
	envArgs := ""
	for _, e := range append([]string{"XDG_STATE_HOME=" + os.Getenv("XDG_STATE_HOME")}, env...) {
		envArgs += strconv.Quote(e) + " "
	}
	script := fmt.Sprintf("sh -c 'echo $$ > %s; exec env %s%s %s'; echo __EXIT=$?; sleep 600", tt.pidFile, envArgs, binary, strings.Join(quoted, " "))
	// Starting a server is the test's set-up, not what it tests, so a
	// failed start is tried again before the test gives up.
	for try := 1; ; try++ {
		cmd := tt.tmux("new-session", "-d", "-s", tt.name, "-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows), "-e", "TERM=xterm-256color", script)
		out, err := cmd.CombinedOutput()
		if err == nil {
			break
		}
		if try == 3 {
			t.Fatalf("tmux: %v %s", err, out)
		}
		t.Logf("tmux did not start (%v %s); trying again", err, bytes.TrimSpace(out))
		_ = tt.tmux("kill-server").Run()
		time.Sleep(200 * time.Millisecond)
	}
	socket, _ := tt.tmux("display", "-p", "#{socket_path}").Output()
	t.Cleanup(func() {
		_ = tt.tmux("kill-server").Run()
		// tmux leaves its socket file behind.
		if s := strings.TrimSpace(string(socket)); s != "" {
			_ = os.Remove(s)
		}
	})
	return tt
}

// tmux runs a tmux command against this terminal's own server.
func (tt *tmuxTerm) tmux(args ...string) *exec.Cmd {
	return exec.Command("tmux", append([]string{"-L", tt.name, "-f", "/dev/null"}, args...)...)
}

func (tt *tmuxTerm) screen() string {
	out, _ := tt.tmux("capture-pane", "-p", "-t", tt.name).Output()
	return string(out)
}

// keys presses keys once the program reads them. The first screen is
// painted before Bubble Tea starts, while the terminal is still in line
// mode; a key pressed then reaches the program later as a line ending
// ("\n", Ctrl+J, not Enter) and is lost. So keys waits until the terminal
// is raw, the sign that the program reads each key as it is pressed.
func (tt *tmuxTerm) keys(keys ...string) {
	tt.t.Helper()
	tt.waitForRawInput()
	if out, err := tt.tmux(append([]string{"send-keys", "-t", tt.name}, keys...)...).CombinedOutput(); err != nil {
		tt.t.Fatalf("tmux send-keys %q: %v %s", keys, err, out)
	}
}

// waitForRawInput waits until the terminal's line discipline is off.
func (tt *tmuxTerm) waitForRawInput() {
	tt.t.Helper()
	path, err := tt.tmux("display", "-p", "-t", tt.name, "#{pane_tty}").Output()
	if err != nil {
		tt.t.Fatalf("tmux pane_tty: %v", err)
	}
	tty, err := os.OpenFile(strings.TrimSpace(string(path)), os.O_RDONLY|syscall.O_NOCTTY, 0)
	if err != nil {
		tt.t.Fatal(err)
	}
	defer func() { _ = tty.Close() }() // opened read-only to query its mode; nothing to lose on close
	for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
		raw, err := readsRawKeys(tty.Fd())
		if err != nil {
			tt.t.Fatalf("reading the terminal's mode: %v", err)
		}
		if raw {
			return
		}
		if time.Since(start) > screenLimit {
			tt.t.Fatalf("the program did not take the keyboard within %v; the screen:\n%s", screenLimit, tt.screen())
		}
	}
}

// screenLimit is how long a screen may take to show what a test waits for.
// Waits end as soon as it shows, so the limit costs nothing when all is
// well; it is long enough for a race-built program on a busy machine, and
// what it catches is a program that never gets there.
const screenLimit = 10 * time.Second

// waitFor polls the screen until it shows want, and returns how long it took.
func (tt *tmuxTerm) waitFor(want string, limit time.Duration) time.Duration {
	tt.t.Helper()
	start := time.Now()
	for !strings.Contains(tt.screen(), want) {
		if time.Since(start) > limit {
			tt.t.Fatalf("%q did not show within %v; the screen:\n%s", want, limit, tt.screen())
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(start)
}

// resize makes the terminal cols×rows and waits until the program has
// redrawn at that size, which the screen shows by evidence.
//
// Bubble Tea starts listening for SIGWINCH in a goroutine after its first
// frame, so a resize that lands in that moment is lost (the default action
// ignores it) and the program keeps its old size until the next one. A
// person resizes again; so does this handshake, once a second, and logs it.
// A program that never redraws at the new size still fails.
func (tt *tmuxTerm) resize(cols, rows int, evidence string) {
	tt.t.Helper()
	if out, err := tt.tmux("resize-window", "-t", tt.name, "-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows)).CombinedOutput(); err != nil {
		tt.t.Fatalf("tmux resize-window: %v %s", err, out)
	}
	want := fmt.Sprintf("%d %d", cols, rows)
	start, nudged := time.Now(), time.Now()
	for !strings.Contains(tt.screen(), evidence) {
		if time.Since(start) > screenLimit {
			tt.t.Fatalf("no redraw at %d×%d within %v (%q not shown); the screen:\n%s", cols, rows, screenLimit, evidence, tt.screen())
		}
		if time.Since(nudged) > time.Second {
			size, _ := tt.tmux("display", "-p", "-t", tt.name, "#{window_width} #{window_height}").Output()
			if got := strings.TrimSpace(string(size)); got != want {
				tt.t.Fatalf("tmux made the window %q, want %q", got, want)
			}
			tt.t.Logf("no redraw at %d×%d after %v; signalling the resize again", cols, rows, time.Since(start).Round(time.Millisecond))
			_ = syscall.Kill(tt.pid(), syscall.SIGWINCH)
			nudged = time.Now()
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// begin goes past the safety notice and the check-in (skipped) into the
// session's lead-in, as a user would.
func (tt *tmuxTerm) begin() {
	tt.t.Helper()
	tt.waitFor("professional", screenLimit)
	tt.keys("Enter")
	tt.waitFor("How does your hip feel", screenLimit)
	tt.keys("Enter")
	tt.waitFor("GET READY", screenLimit)
}

func (tt *tmuxTerm) pid() int {
	b, err := os.ReadFile(tt.pidFile)
	if err != nil {
		tt.t.Fatal(err)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}

// exit waits for the program to end and checks the code and that the
// terminal was given back: main screen, cursor visible.
func (tt *tmuxTerm) exit(want int) {
	tt.t.Helper()
	tt.waitFor("__EXIT=", screenLimit)
	if got := tt.screen(); !strings.Contains(got, fmt.Sprintf("__EXIT=%d", want)) {
		tt.t.Errorf("want exit %d; the screen:\n%s", want, got)
	}
	out, _ := tt.tmux("display", "-p", "-t", tt.name, "#{alternate_on} #{cursor_flag}").Output()
	if s := strings.TrimSpace(string(out)); s != "0 1" {
		tt.t.Errorf("terminal not restored: alternate screen and cursor flags %q, want \"0 1\"", s)
	}
}

func TestTerminalSessionAndQuit(t *testing.T) {
	tt := startTerm(t, 100, 32, "--quiet", "--get-ready", "2s", "relief")
	first := tt.waitFor("professional", screenLimit)
	t.Logf("safety screen on screen after %v", first)
	tt.keys("Enter")
	tt.waitFor("How does your hip feel", screenLimit)
	tt.keys("3")
	tt.waitFor("GET READY", screenLimit)
	tt.waitFor("HOLD", 2*time.Second+screenLimit) // moves on by itself
	scr := tt.screen()
	for _, w := range []string{"LEFT side", "Kneeling hip-flexor stretch", "step 1 of 2", "██"} {
		if !strings.Contains(scr, w) {
			t.Errorf("session screen lacks %q:\n%s", w, scr)
		}
	}
	tt.keys("Space")
	tt.waitFor("PAUSED", screenLimit)
	tt.keys("q")
	tt.waitFor("Quit this session?", screenLimit)
	tt.keys("y")
	tt.exit(0)
	// Where the summary would have been, a line says what became of it,
	// below the command and not over it.
	if scr := tt.screen(); !regexp.MustCompile(`(?m)^hipcoach: relief stopped after \d+s of 2m38s, 0 of 2 steps done; kept in your history\.\n__EXIT=0`).MatchString(scr) {
		t.Errorf("no line about the stopped session just before the exit:\n%s", scr)
	}
	// The quit session is in the history, with its check-in.
	b, err := os.ReadFile(filepath.Join(os.Getenv("XDG_STATE_HOME"), "hipcoach", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	last := lines[len(lines)-1]
	for _, w := range []string{`"routine":"relief"`, `"completed":false`, `"pain_before":3`, `"steps_skipped":["kneeling-hip-flexor-stretch","foam-rolling"]`} {
		if !strings.Contains(last, w) {
			t.Errorf("last history line lacks %s: %s", w, last)
		}
	}
}

func TestTerminalCtrlCExits130(t *testing.T) {
	tt := startTerm(t, 80, 24, "--quiet", "prevention")
	tt.begin()
	tt.keys("C-c")
	tt.exit(130)
}

func TestTerminalSignalsExit130(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		tt := startTerm(t, 80, 24, "--quiet", "relief")
		tt.begin()
		if err := syscall.Kill(tt.pid(), sig); err != nil {
			t.Fatal(err)
		}
		tt.exit(130)
	}
}

func TestTerminalTooSmallRecovers(t *testing.T) {
	tt := startTerm(t, 30, 10, "--quiet", "relief")
	tt.waitFor("too small", screenLimit)
	tt.resize(100, 32, "professional")
	tt.keys("q")
	tt.exit(0)
}

// fakeSpeechPath puts a fake espeak-ng first on PATH (the PATH=… variable it
// returns) that logs each cue with the time, on the system clock in
// microseconds, it was asked to speak, and takes delay to "speak". It is a
// bash script that reads the clock without starting another program
// ($EPOCHREALTIME), so the time logged is when the program ran it, not
// when a busy machine got round to starting date(1).
func fakeSpeechPath(t *testing.T, delay string) (pathVar, log string) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	dir := t.TempDir()
	log = filepath.Join(dir, "said.log")
	script := "#!" + bash + "\nnow=${EPOCHREALTIME/[.,]/}\nfor text; do :; done\necho \"$now $text\" >> " + log + "\n"
	if delay != "0" {
		script += "sleep " + delay + "\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "espeak-ng"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return "PATH=" + dir + ":" + os.Getenv("PATH"), log
}

// A spoken cue is timed from the session's own start (in its record) to the
// moment the fake speech program logged it, so its lateness counts only the
// program's timing and the starting of the speech program, not the test's
// start-up or scheduling. Two bounds, for -race on a busy machine, where a
// stall of the whole system can hold one cue back half a second:
//   - cueLateness: no cue is heard three quarters of a beat late, so none
//     is taken for the next of "Three.", "Two.", "One.";
//   - typicalLateness: half the cues or more are on time, so a session
//     that runs late, or drifts, from some point on fails.
const (
	cueLateness     = 750 * time.Millisecond
	typicalLateness = 100 * time.Millisecond
)

// With a speech program, --plain speaks every cue in order, each at its
// moment.
func TestBinarySpeaksEveryCueOnTime(t *testing.T) {
	realClock(t)
	t.Parallel()
	pathVar, log := fakeSpeechPath(t, "0")
	_, _, rec, _ := recordedRun(t, []string{pathVar}, "--plain", "--voice", "--hold", "5", "--roll", "1", "--get-ready", "0", "--switch", "0", "relief")
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		at   time.Duration
		text string
	}{
		// With no lead-in and 5-s holds there is no time for the stop
		// cues before the count: the screen shows them (the session's
		// tests cover when the voice has room).
		{0, "Kneeling hip-flexor stretch. Left side: left knee down, right foot forward. Hold."},
		{2 * time.Second, "Three."}, {3 * time.Second, "Two."}, {4 * time.Second, "One."},
		{5 * time.Second, "Switch sides. Right side: right knee down, left foot forward."}, {5 * time.Second, "Hold."},
		{7 * time.Second, "Three."}, {8 * time.Second, "Two."}, {9 * time.Second, "One."},
		{10 * time.Second, "Foam rolling. Left side: left hip on the roller. Roll."},
		{11 * time.Second, "Switch sides. Right side: right hip on the roller."}, {11 * time.Second, "Roll."},
		{12 * time.Second, "Well done. Remember to see a professional if pain persists."},
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != len(want) {
		t.Fatalf("spoke %d cues, want %d:\n%s", len(lines), len(want), b)
	}
	lateness := make([]time.Duration, len(want))
	for i, w := range want {
		us, text, _ := strings.Cut(lines[i], " ")
		n, _ := strconv.ParseInt(us, 10, 64)
		late := time.UnixMicro(n).Sub(rec.Start.Add(w.at))
		lateness[i] = late.Round(time.Millisecond)
		if text != w.text || late < 0 || late > cueLateness {
			t.Errorf("cue %d: %q %v after its moment; want %q within %v", i, text, late, w.text, cueLateness)
		}
	}
	t.Logf("each cue heard this long after its moment: %v", lateness)
	sorted := slices.Sorted(slices.Values(lateness))
	if median := sorted[len(sorted)/2]; median > typicalLateness {
		t.Errorf("half the cues were heard %v or more after their moment, want within %v: %v", median, typicalLateness, lateness)
	}
}

// A slow speech program (every line takes 1.5 s): the first word of each
// moment cuts it short, so it still starts on time (cueLateness);
// the words of the same moment after it ("Hold." after a zero-length
// switch's announcement) follow it, and those whose moment has passed are
// dropped; the farewell is heard; nothing is left running after.
func TestBinarySlowSpeakerIsCutShortForTheCount(t *testing.T) {
	realClock(t)
	t.Parallel()
	pathVar, log := fakeSpeechPath(t, "1.5")
	_, _, rec, _ := recordedRun(t, []string{pathVar}, "--plain", "--voice", "--hold", "5", "--roll", "1", "--get-ready", "0", "--switch", "0", "relief")
	b, _ := os.ReadFile(log)
	all := []struct {
		at    time.Duration
		text  string
		first bool // the first word of its moment
	}{
		{0, "Kneeling hip-flexor stretch. Left side: left knee down, right foot forward. Hold.", true},
		{2 * time.Second, "Three.", true}, {3 * time.Second, "Two.", true}, {4 * time.Second, "One.", true},
		{5 * time.Second, "Switch sides. Right side: right knee down, left foot forward.", true}, {5 * time.Second, "Hold.", false},
		{7 * time.Second, "Three.", true}, {8 * time.Second, "Two.", true}, {9 * time.Second, "One.", true},
		{10 * time.Second, "Foam rolling. Left side: left hip on the roller. Roll.", true},
		{11 * time.Second, "Switch sides. Right side: right hip on the roller.", true}, {11 * time.Second, "Roll.", false},
		{12 * time.Second, "Well done. Remember to see a professional if pain persists.", true},
	}
	i := 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		stamp, text, _ := strings.Cut(line, " ")
		for i < len(all) && all[i].text != text {
			if all[i].first {
				t.Errorf("%q, the first word of its moment, was not said", all[i].text)
			}
			i++
		}
		if i == len(all) {
			t.Fatalf("cues out of order at %q:\n%s", text, b)
		}
		us, _ := strconv.ParseInt(stamp, 10, 64)
		if late := time.UnixMicro(us).Sub(rec.Start.Add(all[i].at)); all[i].first && (late < 0 || late > cueLateness) {
			t.Errorf("%q %v after its moment; want within %v", text, late, cueLateness)
		}
		i++
	}
	if i != len(all) {
		t.Errorf("the farewell was not said last:\n%s", b)
	}
	if left := running(t, filepath.Join(filepath.Dir(log), "espeak-ng")); len(left) > 0 {
		t.Errorf("speech processes left after the session: %v", left)
	}
}

func TestBinaryVoiceFlags(t *testing.T) {
	cmd := exec.Command(binary, "--plain", "--voice", "relief")
	cmd.Env = append(os.Environ(), "PATH="+t.TempDir()) // no speech program at all
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(errOut.String(), "install espeak-ng") || strings.Count(errOut.String(), "\n") != 1 {
		t.Fatalf("--voice without a speech program: %v, %q; want exit 2 saying what to install", err, errOut.String())
	}
	_, errOut2, code := runBinary(t, "--voice", "--quiet", "relief")
	if code != 2 || !strings.Contains(errOut2, "contradicts") {
		t.Fatalf("--voice --quiet: exit %d %q", code, errOut2)
	}
}

// Quitting in the middle of a sentence leaves no speech process behind.
func TestTerminalQuitLeavesNoSpeechProcess(t *testing.T) {
	realClock(t)
	pathVar, log := fakeSpeechPath(t, "30")
	dir := filepath.Dir(log)
	tt := startTermEnv(t, []string{pathVar}, 100, 32, "--get-ready", "3", "relief")
	tt.begin()
	deadline := time.Now().Add(screenLimit)
	for {
		if b, _ := os.ReadFile(log); len(b) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the fake speech program was never called")
		}
		time.Sleep(20 * time.Millisecond)
	}
	tt.keys("q")
	tt.waitFor("Quit this session?", screenLimit)
	tt.keys("y")
	tt.exit(0)
	for deadline := time.Now().Add(screenLimit); ; time.Sleep(50 * time.Millisecond) {
		left := running(t, filepath.Join(dir, "espeak-ng"))
		if len(left) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("speech processes left after quitting: %v", left)
		}
	}
}

// running lists the processes whose command line contains s, from /proc.
func running(t *testing.T, s string) []string {
	t.Helper()
	cmdlines, err := filepath.Glob("/proc/[0-9]*/cmdline")
	if err != nil || len(cmdlines) == 0 {
		t.Fatalf("cannot list processes: %v", err)
	}
	var found []string
	for _, c := range cmdlines {
		b, err := os.ReadFile(c)
		if err == nil && strings.Contains(string(b), s) {
			found = append(found, strings.ReplaceAll(string(b), "\x00", " "))
		}
	}
	return found
}

func TestBinaryHistory(t *testing.T) {
	realClock(t)
	t.Parallel()
	state := t.TempDir()
	now := time.Now()
	path := historytest.WriteSample(t, state, now)
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
		var o, e strings.Builder
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return o.String(), e.String(), code
	}
	out, errOut, code := run("history")
	if code != 0 || !strings.Contains(out, "Streaks") || strings.ContainsRune(out, '\x1b') {
		t.Fatalf("history: exit %d\n%s", code, out)
	}
	if errOut != "hipcoach: history.jsonl line 5: skipped, not valid JSON\n" {
		t.Fatalf("history stderr %q, want the bad line named", errOut)
	}
	out, _, code = run("history", "--json", "--since", now.AddDate(0, 0, -2).Format("2006-01-02"))
	var recs []session.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil || code != 0 {
		t.Fatalf("--json: exit %d, %v\n%s", code, err, out)
	}
	if len(recs) == 0 || len(recs) >= len(historytest.Sample(now)) {
		t.Fatalf("--since kept %d of %d records", len(recs), len(historytest.Sample(now)))
	}
	for _, r := range recs {
		if r.Start.Before(now.AddDate(0, 0, -3)) {
			t.Fatalf("--since kept a record from %v", r.Start)
		}
	}
	if _, errOut, code := run("history", "--since", "yesterday"); code != 2 || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Fatalf("bad --since: exit %d %q", code, errOut)
	}
	// --plain records its session, with --pain.
	if _, errOut, code := run("--plain", "--quiet", "--hold", "1", "--roll", "1", "--get-ready", "0", "--switch", "0", "--pain", "6", "relief"); code != 0 {
		t.Fatalf("--plain: exit %d %s", code, errOut)
	}
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, `"pain_before":6`) || !strings.Contains(last, `"completed":true`) {
		t.Fatalf("--plain record: %s", last)
	}
}

// An unwritable history costs a warning, not the session.
func TestBinaryUnwritableHistory(t *testing.T) {
	realClock(t)
	t.Parallel()
	state := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(state, []byte("a file where a folder should be"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "--plain", "--quiet", "--hold", "1", "--roll", "1", "--get-ready", "0", "--switch", "0", "relief")
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
	var e strings.Builder
	cmd.Stderr = &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("the session did not run: %v %s", err, e.String())
	}
	if n := strings.Count(e.String(), "\n"); n != 1 || !strings.Contains(e.String(), "will not be remembered") {
		t.Fatalf("stderr %q, want one clear warning", e.String())
	}
}
