package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// statusIn runs hipcoach status with its own state folder.
func statusIn(t *testing.T, state string, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"status"}, args...)...)
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("status: %v", err)
	}
	return string(out)
}

// historyIn is the history file of a state folder.
func historyIn(t *testing.T, state string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(state, "hipcoach", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// hipcoach breaks --every 3s in a terminal: it calls at 3 s (the window
// title too, and a word on notifications where the desktop has none),
// status sees it, a second breaks names the first's PID, Enter runs the
// desk routine there and then, and the break is in the history.
func TestTerminalBreaks(t *testing.T) {
	state := t.TempDir()
	tt := startTermEnv(t, []string{"XDG_STATE_HOME=" + state, "DBUS_SESSION_BUS_ADDRESS=", "XDG_RUNTIME_DIR="}, 80, 24, "breaks", "--every", "3s")
	tt.waitFor("Next break at", 5*time.Second)
	if got := statusIn(t, state); !strings.HasPrefix(got, "sat 0m · break at ") {
		t.Errorf("status while breaks runs: %q", got)
	}
	cmd := exec.Command(binary, "breaks")
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "already running (PID ") {
		t.Errorf("a second breaks: %v %q, want exit 1 naming the first's PID", err, out)
	}

	took := tt.waitFor("Time to stand up", 8*time.Second)
	t.Logf("called after %v", took)
	// The word on notifications follows the call: it comes back from the
	// attempt to notify, which runs beside the screen.
	tt.waitFor("No desktop notifications (no desktop session bus)", screenLimit)
	scr := tt.screen()
	for _, w := range []string{"You have sat for", "Desk break", "enter start the break", "s snooze", "k skip"} {
		if !strings.Contains(scr, w) {
			t.Errorf("the call lacks %q:\n%s", w, scr)
		}
	}
	if title, _ := tt.tmux("display", "-p", "-t", tt.name, "#{pane_title}").Output(); !strings.Contains(string(title), "Time for a break") {
		t.Errorf("window title %q", title)
	}
	if got := statusIn(t, state); !strings.HasPrefix(got, "desk break due · sat ") {
		t.Errorf("status at the call: %q", got)
	}

	tt.keys("Enter")
	tt.waitFor("March on the spot", 5*time.Second)
	tt.waitFor("GET READY", 5*time.Second)
	tt.keys("q") // ends the break, recorded as far as it went
	tt.waitFor("Break ended early", 5*time.Second)
	tt.keys("q")
	tt.exit(0)
	if scr := tt.screen(); !strings.Contains(scr, "hipcoach: breaks taken 1 of 1 called today.") {
		t.Errorf("no line of the day's breaks at exit:\n%s", scr)
	}
	if h := historyIn(t, state); !strings.Contains(h, `"routine":"desk"`) || !strings.Contains(h, `"outcome":"taken"`) {
		t.Errorf("the break is not in the history: %s", h)
	}
	if got := statusIn(t, state); !strings.HasPrefix(got, "desk today") {
		t.Errorf("status after the break: %q", got)
	}
}

// A signal in the middle of a break ends the run with exit 130, the
// terminal restored and the break recorded.
func TestTerminalBreaksSignal(t *testing.T) {
	state := t.TempDir()
	tt := startTermEnv(t, []string{"XDG_STATE_HOME=" + state}, 80, 24, "breaks", "--every", "2s")
	tt.waitFor("Time to stand up", 8*time.Second)
	tt.keys("Enter")
	tt.waitFor("GET READY", 5*time.Second)
	if err := syscall.Kill(tt.pid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	tt.exit(130)
	if h := historyIn(t, state); !strings.Contains(h, `"outcome":"taken"`) {
		t.Errorf("the break cut short by a signal is not in the history: %s", h)
	}
}
