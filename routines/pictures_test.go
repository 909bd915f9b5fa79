package routines

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Each exercise's picture, every frame, as the left side and mirrored for
// the right, in testdata/TestPictures/<id>.golden. Run with -update after a
// deliberate change and look at the result.
func TestPictures(t *testing.T) {
	for _, e := range versions() {
		name := e.ID
		if e.Variant != "" {
			name += "-" + e.Variant
		}
		t.Run(name, func(t *testing.T) {
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
	for _, e := range versions() {
		for i, f := range e.Frames {
			if Width(f) != Width(e.Frames[0]) || len(f) != len(e.Frames[0]) {
				t.Errorf("%s frame %d is %dx%d, frame 0 is %dx%d", e.ID, i, Width(f), len(f), Width(e.Frames[0]), len(e.Frames[0]))
			}
		}
	}
}

// Every movement frame shows the movement: it differs from the start.
func TestMovementFramesMove(t *testing.T) {
	for _, e := range versions() {
		for i, f := range e.Frames[1:] {
			if strings.Join(f, "\n") == strings.Join(e.Frames[0], "\n") {
				t.Errorf("%s frame %d is the starting position", e.ID, i+1)
			}
		}
	}
}

// changedColumns lists the columns where frame f differs from frame g.
func changedColumns(f, g []string) []int {
	var cols []int
	for r := range f {
		a, b := []rune(f[r]), []rune(g[r])
		for c := 0; c < max(len(a), len(b)); c++ {
			at := func(rs []rune) rune {
				if c < len(rs) {
					return rs[c]
				}
				return ' '
			}
			if at(a) != at(b) {
				cols = append(cols, c)
			}
		}
	}
	return cols
}

// Fire hydrants are seen from behind, so the knee that lifts is on the
// viewer's left on the left side and on the right once mirrored, and the
// lifted leg is drawn in every frame that lifts it.
func TestHydrantLiftsTheNamedKnee(t *testing.T) {
	fs := FireHydrants.Frames
	head := strings.IndexRune(fs[0][0], '●') // the head is one cell wide, so bytes before it are spaces
	for i := 1; i < len(fs); i++ {
		left := changedColumns(fs[i], fs[0])
		right := changedColumns(Mirror(fs[i]), Mirror(fs[0]))
		if len(left) == 0 {
			t.Fatalf("frame %d lifts nothing", i)
		}
		for _, c := range left {
			if c >= head {
				t.Errorf("left side, frame %d: changes at column %d, right of the head at %d", i, c, head)
			}
		}
		mhead := len([]rune(Mirror(fs[0])[0])) - 1
		for _, c := range right {
			if c <= mhead {
				t.Errorf("right side, frame %d: changes at column %d, left of the head at %d", i, c, mhead)
			}
		}
		// The lifted thigh leaves the floor: the left knee's foot on the
		// floor line is gone, and the leg is drawn off it.
		floor := []rune(fs[i][len(fs[i])-1])
		if strings.ContainsRune(string(floor[:head]), '┻') {
			t.Errorf("frame %d: the lifted knee is still on the floor", i)
		}
		if !strings.ContainsAny(strings.Join(fs[i][2:4], ""), "╱━") {
			t.Errorf("frame %d: no lifted leg drawn", i)
		}
	}
}

// The side-lying leg lift's leg leaves the body at the hip in every
// movement frame, rather than floating above it, and goes higher at the top.
func TestLegLiftStartsAtTheHip(t *testing.T) {
	fs := SideLyingLegLifts.Frames
	body := len(fs[0]) - 2
	top := func(f []string) int {
		for r, line := range f {
			if strings.TrimSpace(line) != "" {
				return r
			}
		}
		return -1
	}
	for i := 1; i < len(fs); i++ {
		hip := []rune(fs[i][body])
		c := slices.Index(hip, '╱')
		if c < 0 {
			t.Fatalf("frame %d: the leg does not leave the body", i)
		}
		above := []rune(fs[i][body-1])
		if c+1 >= len(above) || above[c+1] == ' ' {
			t.Errorf("frame %d: nothing continues the leg above the hip at column %d", i, c+1)
		}
	}
	if top(fs[2]) >= top(fs[1]) {
		t.Error("the top of the lift is no higher than its middle")
	}
}

// The standing drills' support stays out of the swinging leg's way: the
// post is at least three columns from any part of the legs.
func TestSupportOutOfTheSwing(t *testing.T) {
	for _, e := range []Exercise{LegSwings, HipCircles} {
		for i, f := range e.Frames {
			post := strings.IndexRune(f[len(f)-1], '┻')
			if post < 0 {
				t.Fatalf("%s frame %d: no support post", e.ID, i)
			}
			post = len([]rune(f[len(f)-1][:post]))
			for r := 3; r < len(f)-1; r++ {
				for c, g := range []rune(f[r]) {
					if g != ' ' && c != post && abs(c-post) < 3 {
						t.Errorf("%s frame %d: %q at row %d column %d, next to the post at %d", e.ID, i, g, r, c, post)
					}
				}
			}
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Foam rolling is not a plank with a roller drawn in: the legs lie on the
// floor behind the roller.
func TestFoamRollingIsNotAPlank(t *testing.T) {
	roll := strings.Join(FoamRolling.Frames[0], "\n")
	if !strings.ContainsRune(roll, '◯') {
		t.Fatal("no roller")
	}
	plain := strings.NewReplacer("◯", "━", "◀", " ", "▶", " ").Replace(roll)
	if plain == strings.Join(Plank.Frames[0], "\n") || strings.ContainsRune(roll, '╮') {
		t.Error("foam rolling is drawn as the plank")
	}
}

// Every easier version has a picture of its own, as do the harder
// versions whose position differs; the longer plank and the slower
// lowering are the usual position, so they keep the usual picture.
func TestVariantsHaveTheirOwnPictures(t *testing.T) {
	same := map[string]bool{Plank.ID: true, SideLyingLegLifts.ID: true}
	for _, e := range Exercises {
		for _, v := range []string{VariantEasier, VariantHarder} {
			if !e.Has(v) {
				continue
			}
			x := e.WithVariant(v)
			keepsPicture := v == VariantHarder && same[e.ID]
			if fmt.Sprint(x.Frames) == fmt.Sprint(e.Frames) && !keepsPicture {
				t.Errorf("%s uses the picture of %s", x.Name, e.Name)
			}
		}
	}
}

// The leg swings' forward frame stays well short of horizontal: the
// swinging leg is drawn only in the rows just above the floor, a steep
// line of one glyph a row (an arrow beside it), never a run of ▁ at hip
// height, so the picture never shows a height to force.
func TestLegSwingForwardIsLow(t *testing.T) {
	for _, fs := range [][][]string{LegSwings.Frames, LegSwings.WithVariant(VariantEasier).Frames} {
		for r := range fs[1] {
			changed := changedColumns(fs[1][r:r+1], fs[0][r:r+1])
			if len(changed) > 0 && (r < len(fs[1])-3 || len(changed) > 2 || strings.ContainsAny(fs[1][r], "▁━")) {
				t.Errorf("forward swing drawn flat or high at row %d of %d: %q", r, len(fs[1]), fs[1][r])
			}
		}
	}
}
