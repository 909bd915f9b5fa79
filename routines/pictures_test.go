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

// An exercise's animation frames are all the same size, so the pose does
// not jiggle the digits beside it as it moves, and the screen's layout
// need not be fitted again for each frame.
func TestFramesShareOneSize(t *testing.T) {
	for _, e := range Exercises {
		for i, f := range e.Frames {
			if Width(f) != Width(e.Frames[0]) || len(f) != len(e.Frames[0]) {
				t.Errorf("%s frame %d is %dx%d, frame 0 is %dx%d", e.ID, i, Width(f), len(f), Width(e.Frames[0]), len(e.Frames[0]))
			}
		}
	}
}
