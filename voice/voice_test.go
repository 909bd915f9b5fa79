package voice

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/timer"
)

// fakeSpeech writes a speech program that logs what it is asked to say (and
// its pid) and then takes delay to "say" it.
func fakeSpeech(t *testing.T, delay string) (argv []string, log string) {
	t.Helper()
	dir := t.TempDir()
	log = filepath.Join(dir, "said.log")
	script := filepath.Join(dir, "espeak-ng")
	body := "#!/bin/sh\necho \"$$ $*\" >> " + log + "\nsleep " + delay + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return []string{script}, log
}

func readLog(t *testing.T, log string) []string {
	t.Helper()
	b, err := os.ReadFile(log)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return strings.Fields(strings.ReplaceAll(strings.TrimSpace(string(b)), " ", "_"))
}

// waitLines polls the log until it has n lines.
func waitLines(t *testing.T, log string, n int) []string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		lines := readLog(t, log)
		if len(lines) >= n {
			return lines
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d utterances spoken: %v", len(lines), n, lines)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func text(line string) string { return line[strings.Index(line, "_")+1:] }

func TestSpeaksInOrderOneAtATime(t *testing.T) {
	argv, log := fakeSpeech(t, "0.05")
	s := New(argv, timer.SystemClock{})
	defer s.Close()
	until := time.Now().Add(time.Minute)
	for _, w := range []string{"One.", "Two.", "Three."} {
		s.Say(Utterance{Text: w, Until: until})
	}
	lines := waitLines(t, log, 3)
	for i, w := range []string{"One.", "Two.", "Three."} {
		if text(lines[i]) != w {
			t.Fatalf("said %v, want One, Two, Three in order", lines)
		}
	}
}

// A slow speaker drops the cues whose moment passed while it was talking.
func TestStaleCuesAreDropped(t *testing.T) {
	argv, log := fakeSpeech(t, "0.4")
	s := New(argv, timer.SystemClock{})
	defer s.Close()
	now := time.Now()
	s.Say(Utterance{Text: "Lunge_stretch.", Until: now.Add(time.Minute)})
	s.Say(Utterance{Text: "Three.", Until: now.Add(100 * time.Millisecond)})
	s.Say(Utterance{Text: "Two.", Until: now.Add(200 * time.Millisecond)})
	s.Say(Utterance{Text: "Hold.", Until: now.Add(time.Minute)})
	waitLines(t, log, 2)
	time.Sleep(500 * time.Millisecond) // time for anything stale to be (wrongly) spoken
	lines := readLog(t, log)
	if len(lines) != 2 || text(lines[0]) != "Lunge_stretch." || text(lines[1]) != "Hold." {
		t.Fatalf("said %v, want the stale counts dropped", lines)
	}
}

func TestHushDropsWhatIsQueued(t *testing.T) {
	argv, log := fakeSpeech(t, "0.3")
	s := New(argv, timer.SystemClock{})
	defer s.Close()
	until := time.Now().Add(time.Minute)
	s.Say(Utterance{Text: "First.", Until: until})
	waitLines(t, log, 1)
	s.Say(Utterance{Text: "Second.", Until: until})
	s.Hush()
	time.Sleep(500 * time.Millisecond)
	if lines := readLog(t, log); len(lines) != 1 {
		t.Fatalf("said %v after a hush, want only the first", lines)
	}
}

// Closing cuts the sentence off and leaves no speech process behind.
func TestCloseLeavesNoProcess(t *testing.T) {
	argv, log := fakeSpeech(t, "30")
	s := New(argv, timer.SystemClock{})
	s.Say(Utterance{Text: "A long sentence.", Until: time.Now().Add(time.Minute)})
	lines := waitLines(t, log, 1)
	pid, _ := strconv.Atoi(lines[0][:strings.Index(lines[0], "_")])
	start := time.Now()
	s.Close()
	if time.Since(start) > 2*time.Second {
		t.Fatal("Close waited for the sentence to finish")
	}
	// The killed group's last member (the script's sleep) is reaped by
	// init, which may take a moment.
	for deadline := time.Now().Add(2 * time.Second); syscall.Kill(-pid, 0) == nil; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("speech process group %d still running after Close", pid)
		}
	}
	s.Say(Utterance{Text: "After.", Until: time.Now().Add(time.Minute)}) // ignored, no panic
	s.Close()                                                            // twice is fine
}

func TestDetect(t *testing.T) {
	found := func(name string) (string, error) {
		if name == "spd-say" {
			return "/usr/bin/spd-say", nil
		}
		return "", os.ErrNotExist
	}
	s := Detect(found, timer.SystemClock{})
	if s == nil || s.Name() != "spd-say" {
		t.Fatalf("Detect = %v, want spd-say", s)
	}
	s.Close()
	if Detect(func(string) (string, error) { return "", os.ErrNotExist }, timer.SystemClock{}) != nil {
		t.Fatal("a speaker without a speech program")
	}
	var none *Speaker
	none.Say(Utterance{Text: "x"}) // a nil speaker is silent
	none.Hush()
	none.Close()
}
