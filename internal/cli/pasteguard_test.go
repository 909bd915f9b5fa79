package cli

import (
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// guardBytes feeds reads through a pasteGuard on a clock moved by each
// step's delay, and returns what Bubble Tea would read.
func guardBytes(t *testing.T, steps []struct {
	after time.Duration
	in    string
}) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close() //nolint:errcheck // the read end: closing it cannot lose anything
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	g := newPasteGuard(r, func() time.Time { return now })
	var out strings.Builder
	buf := make([]byte, 64)
	for _, s := range steps {
		now = now.Add(s.after)
		if _, err := io.WriteString(w, s.in); err != nil {
			t.Fatal(err)
		}
		// Each write is read whole by one read, as a terminal's keys are.
		n, err := g.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		out.Write(buf[:n])
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// A stray paste start cannot swallow the keys after it: the next key after
// the timeout ends it, and Ctrl+C ends it at once. A real paste, ended in
// time, passes through untouched, and so do plain keys and a lone Esc.
func TestPasteGuard(t *testing.T) {
	type step = struct {
		after time.Duration
		in    string
	}
	cases := []struct {
		name  string
		steps []step
		want  string
	}{
		{"keys", []step{{0, "q"}, {time.Second, "\x1b"}}, "q\x1b"},
		{"a real paste", []step{{0, "\x1b[200~hello\x1b[201~"}, {time.Second, "q"}}, "\x1b[200~hello\x1b[201~q"},
		{"a paste in two reads", []step{{0, "\x1b[200~hel"}, {10 * time.Millisecond, "lo\x1b[201~"}}, "\x1b[200~hello\x1b[201~"},
		{"never ended, then q", []step{{0, "\x1b[200~"}, {time.Second, "q"}}, "\x1b[200~\x1b[201~q"},
		{"never ended, then Ctrl+C at once", []step{{0, "\x1b[200~"}, {0, "\x03"}}, "\x1b[200~\x1b[201~\x03"},
	}
	for _, c := range cases {
		if got := guardBytes(t, c.steps); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
