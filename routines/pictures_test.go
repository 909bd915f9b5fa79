package routines

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Each exercise's picture, every frame, as the left side and mirrored for
// the right, in testdata/TestPictures/<id>.golden. Run with -update after a
// deliberate change and look at the result.
func TestPictures(t *testing.T) {
	for _, e := range Exercises {
		t.Run(e.ID, func(t *testing.T) {
			var b strings.Builder
			for i, f := range e.Frames {
				b.WriteString("frame " + string(rune('0'+i)) + ", left\n" + strings.Join(f, "\n") + "\n")
				if e.Sided {
					b.WriteString("frame " + string(rune('0'+i)) + ", right\n" + strings.Join(Mirror(f), "\n") + "\n")
				}
			}
			golden.RequireEqual(t, b.String())
		})
	}
}
