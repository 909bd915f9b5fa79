package proc

import (
	"fmt"
	"strings"
	"sync"

	"github.com/hipcoach/hipcoach/internal/words"
)

// size is how much of the output is kept: enough for the last lines.
const size = 512

// Tail is an io.Writer for a command's Stderr that keeps the last few
// hundred bytes written to it. It is safe for concurrent use.
type Tail struct {
	mu  sync.Mutex
	buf []byte
}

// Write keeps the end of what is written.
func (t *Tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if len(t.buf) > size {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-size:]...)
	}
	return len(b), nil
}

// LastLine is the last line written that is not blank, trimmed, with its
// control characters removed: a helper program's words reach the terminal
// as text, never as escape sequences that act on it.
func (t *Tail) LastLine() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := strings.Split(string(t.buf), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(words.Sanitize(lines[i])); l != "" {
			return l
		}
	}
	return ""
}

// Explain is a failed run's error: the program's own last word on it, if
// any, then how it ended.
func (t *Tail) Explain(name string, err error) error {
	if line := t.LastLine(); line != "" {
		return fmt.Errorf("%s (%s: %w)", line, name, err)
	}
	return fmt.Errorf("%s: %w", name, err)
}
