package cli

import (
	"bytes"
	"os"
	"time"
)

// Bracketed paste: a terminal wraps pasted text in these, and Bubble Tea
// holds every byte after a start as part of the paste until the end comes.
var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

// pasteTimeout is how long a paste may stay open before the next key ends
// it: a real paste arrives in one burst, far quicker than this.
const pasteTimeout = 500 * time.Millisecond

// ctrlC is the byte Ctrl+C sends in a raw terminal.
const ctrlC = 0x03

// pasteGuard is the terminal's input as Bubble Tea reads it, with one
// guard: a paste start that is never ended (a stray ESC[200~) would swallow
// every later key, q and Ctrl+C included, while the clock runs on. So a
// paste still open pasteTimeout after its start is ended before the next
// byte, and Ctrl+C always ends an open paste first, so that it is a key.
// It is an *os.File in all else (Fd, Write, Close, Name), so that Bubble
// Tea still puts the terminal in raw mode and can cancel its reads.
type pasteGuard struct {
	*os.File
	now func() time.Time
	// in is the bytes read and not yet returned.
	in []byte
	// open is set inside a paste, since opened.
	open   bool
	opened time.Time
}

func newPasteGuard(f *os.File, now func() time.Time) *pasteGuard {
	return &pasteGuard{File: f, now: now}
}

// Read returns the input, with a paste end put in where a paste has stayed
// open too long or where Ctrl+C comes inside one.
func (g *pasteGuard) Read(p []byte) (int, error) {
	if len(g.in) == 0 {
		buf := make([]byte, max(len(p), 256))
		n, err := g.File.Read(buf)
		if n == 0 {
			return 0, err
		}
		g.in = g.guard(buf[:n])
	}
	n := copy(p, g.in)
	g.in = g.in[n:]
	return n, nil
}

// guard passes chunk through, ending a stale or interrupted paste. A
// terminal writes each sequence whole, so one read holds it whole; nothing
// is held back, which would delay a lone Esc.
func (g *pasteGuard) guard(chunk []byte) []byte {
	out := make([]byte, 0, len(chunk)+len(pasteEnd))
	for i := 0; i < len(chunk); {
		rest := chunk[i:]
		if g.open && (rest[0] == ctrlC || g.now().Sub(g.opened) > pasteTimeout) && !bytes.HasPrefix(rest, pasteEnd) {
			out = append(out, pasteEnd...)
			g.open = false
		}
		switch {
		case bytes.HasPrefix(rest, pasteStart):
			g.open, g.opened = true, g.now()
			out = append(out, pasteStart...)
			i += len(pasteStart)
			continue
		case bytes.HasPrefix(rest, pasteEnd):
			g.open = false
			out = append(out, pasteEnd...)
			i += len(pasteEnd)
			continue
		}
		out = append(out, rest[0])
		i++
	}
	return out
}
