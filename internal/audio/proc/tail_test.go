package proc

import (
	"errors"
	"strings"
	"testing"
)

// The user is told the program's last line, even after a flood of output,
// and the error still unwraps to how it ended.
func TestTailExplainsWithTheLastLine(t *testing.T) {
	var tl Tail
	for _, out := range []string{strings.Repeat("noise\n", 500), "aplay: main:831: audio open error: No such file or directory\n\n"} {
		if _, err := tl.Write([]byte(out)); err != nil {
			t.Fatal(err)
		}
	}
	exit := errors.New("exit status 1")
	err := tl.Explain("aplay", exit)
	if err.Error() != "aplay: main:831: audio open error: No such file or directory (aplay: exit status 1)" || !errors.Is(err, exit) {
		t.Errorf("got %q", err)
	}
	var empty Tail
	if got := empty.Explain("aplay", exit).Error(); got != "aplay: exit status 1" {
		t.Errorf("with no output: %q", got)
	}
}

// A player that prints escape sequences (a window title, a clear screen)
// has them told as text: nothing of its output acts on the terminal.
func TestTailKeepsNoControlCharacters(t *testing.T) {
	var tl Tail
	if _, err := tl.Write([]byte("paplay: \x1b]0;owned\a\x1b[2Jno device\n")); err != nil {
		t.Fatal(err)
	}
	if got := tl.Explain("paplay", errors.New("exit status 1")).Error(); strings.ContainsAny(got, "\x1b\a") || !strings.Contains(got, "no device") {
		t.Errorf("got %q", got)
	}
}
