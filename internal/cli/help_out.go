package cli

import "io"

// trimWriter passes text on without the spaces at the end of its lines.
// fang lays the help out for 120 columns when stdout is not a terminal and
// pads every line to its block's width; in a pipe or a file the padding is
// only noise (and makes lines look longer than 80 columns), so it goes.
// Spaces are held back until what follows them is known; spaces at the
// very end are dropped.
type trimWriter struct {
	w      io.Writer
	spaces int // spaces held back
}

func (t *trimWriter) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for _, c := range p {
		switch c {
		case ' ':
			t.spaces++
			continue
		case '\n':
			t.spaces = 0
		default:
			for ; t.spaces > 0; t.spaces-- {
				out = append(out, ' ')
			}
		}
		out = append(out, c)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
