package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// layoutSizes are the terminal sizes the layout is held to: the common
// ones, the smallest, the largest and a few in between.
var layoutSizes = [][2]int{
	{30, 8}, {39, 11}, {40, 12}, {45, 14}, {50, 16}, {60, 20}, {70, 30}, {79, 23},
	{80, 24}, {90, 20}, {100, 32}, {110, 40}, {120, 40}, {160, 50}, {200, 60},
}

// Every phase of every built-in routine (relief with its extras), at every
// size: no line wider than the terminal and no more lines than it has, the
// time left on screen as text, the count big from 40×12, the picture from
// 80×24, and the big display at one row and column and the last line at
// one row for the whole of a step, whatever the phase or the second.
func TestLayoutAtEverySize(t *testing.T) {
	o := routines.DefaultOptions()
	o.Extras = true
	for _, r := range routines.All {
		for _, size := range layoutSizes {
			t.Run(fmt.Sprintf("%s/%dx%d", r.ID, size[0], size[1]), func(t *testing.T) {
				checkLayoutThroughout(t, r, o, size[0], size[1])
			})
		}
	}
}

// checkLayoutThroughout runs the routine at w×h and checks each phase at
// its first seconds, its middle and its last second.
func checkLayoutThroughout(t *testing.T, r routines.Routine, o routines.Options, w, h int) {
	// Past the safety notice and the check-in at a size that shows them
	// (below it keys answer nothing), then the size under test.
	hs := newHarness(t, &r, o, max(w, MinWidth), max(h, MinHeight))
	hs.press("enter", "enter")
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	if hs.m.screen != screenSession {
		t.Fatalf("not in a session:\n%s", hs.screen())
	}
	anchors := map[int][3]int{} // step → the big number's row and column, the last line's row
	for hs.m.screen == screenSession {
		s := hs.m.session
		d := s.phase().Duration
		for _, at := range []time.Duration{0, time.Second, 2 * time.Second, d / 2, d - time.Second} {
			if at < s.status().PhaseElapsed || at >= d {
				continue
			}
			hs.clock.Advance(at - s.status().PhaseElapsed)
			hs.send(tickMsg{})
			if hs.m.screen != screenSession || hs.m.session.status().Phase != s.status().Phase {
				break
			}
			checkScreen(t, hs, w, h, anchors)
		}
		if hs.m.screen == screenSession {
			hs.clock.Advance(hs.m.session.status().Remaining)
			hs.send(tickMsg{})
		}
	}
}

// checkScreen checks the screen on show against the rules.
func checkScreen(t *testing.T, hs *harness, w, h int, anchors map[int][3]int) {
	t.Helper()
	s := hs.m.session
	p := s.phase()
	scr := hs.screen()
	where := fmt.Sprintf("%s %s %v left", p.Exercise.ID, p.Word(), s.status().Remaining)
	lines := strings.Split(scr, "\n")
	if len(lines) > h {
		t.Fatalf("%s: %d lines on %d rows:\n%s", where, len(lines), h, scr)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Fatalf("%s: a line %d wide on %d columns: %q", where, ansi.StringWidth(l), w, l)
		}
	}
	clock := timer.FormatClock(timer.Seconds(s.status().Remaining))
	if !strings.Contains(scr, " "+clock) && !strings.Contains(scr, "\n"+clock) && !strings.HasPrefix(strings.TrimSpace(scr), clock) {
		t.Fatalf("%s: the time %s is not on screen:\n%s", where, clock, scr)
	}
	if w < MinWidth || h < MinHeight {
		return
	}
	l := s.laid
	if l.font < 0 {
		t.Fatalf("%s: no big count at %d×%d:\n%s", where, w, h, scr)
	}
	if l.band && l.regionRows < len("RIGHT") {
		t.Fatalf("%s: a side band of %d rows cannot spell its side:\n%s", where, l.regionRows, scr)
	}
	if w >= 80 && h >= 24 && len(p.Exercise.Frames) > 0 && !l.picture {
		t.Fatalf("%s: no picture at %d×%d:\n%s", where, w, h, scr)
	}
	if l.picture {
		pic := s.pictureLines()
		if !strings.Contains(scr, strings.TrimSpace(pic[len(pic)-1])) {
			t.Fatalf("%s: the picture is not drawn:\n%s", where, scr)
		}
	}
	big, ok := bigNumberAt(lines, bigFonts[l.font].draw(s.bigNumber()))
	if !ok {
		t.Fatalf("%s: the big count %q is not drawn:\n%s", where, s.bigNumber(), scr)
	}
	last := len(lines) - 1
	for last > 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	at := [3]int{big[0], big[1], last}
	if first, seen := anchors[p.Step]; !seen {
		anchors[p.Step] = at
	} else if first != at {
		t.Fatalf("%s: the screen moved: big count at row %d column %d, last line at row %d, were %d, %d and %d:\n%s",
			where, at[0], at[1], at[2], first[0], first[1], first[2], scr)
	}
}

// bigNumberAt is where the drawing's top-left corner is on the screen, as
// row and column.
func bigNumberAt(lines []string, drawing string) ([2]int, bool) {
	rows := strings.Split(drawing, "\n")
	k := 0
	for k < len(rows)-1 && strings.TrimSpace(rows[k]) == "" {
		k++
	}
	want := strings.TrimRight(rows[k], " ")
	for i, l := range lines {
		if j := strings.Index(l, want); j >= 0 && strings.TrimSpace(want) != "" {
			return [2]int{i - k, ansi.StringWidth(l[:j])}, true
		}
	}
	return [2]int{}, false
}
