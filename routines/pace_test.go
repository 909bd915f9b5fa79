package routines

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// A paced step lasts exactly reps × tempo, in the plan as on the clock.
func TestPacedStepsLastRepsTimesTempo(t *testing.T) {
	cases := []struct {
		e    Exercise
		want time.Duration
		text string
	}{
		{GluteBridges, 60 * time.Second, "12 reps (2-1-2 s)"},
		{SideLyingLegLifts, 60 * time.Second, "12 reps (2-1-2 s)"},
		{FireHydrants, 60 * time.Second, "12 reps (2-1-2 s)"},
		{LegSwings, 20 * time.Second, "10 swings (1-1 s)"},
		{HipCircles, 60 * time.Second, "10 circles each way (3 s)"},
	}
	for _, c := range cases {
		if got := c.e.Pace.Duration(); got != c.want {
			t.Errorf("%s: %v, want %v", c.e.ID, got, c.want)
		}
		if got := c.e.Pace.String(); got != c.text {
			t.Errorf("%s: %q, want %q", c.e.ID, got, c.text)
		}
		for _, p := range Plan(Prevention, DefaultOptions()) {
			if p.Exercise.ID == c.e.ID && p.Kind == Work && p.Duration != c.want {
				t.Errorf("%s planned for %v, want %v", c.e.ID, p.Duration, c.want)
			}
		}
	}
	// --hold changes the stretches, not paced steps, nor the plank.
	o := DefaultOptions()
	o.Hold = 45 * time.Second
	for _, p := range Plan(Prevention, o) {
		if p.Kind != Work {
			continue
		}
		want := 45 * time.Second
		if p.Exercise.ID == Plank.ID {
			want = PlankHold // a held position of its own, not a stretch
		}
		if p.Exercise.Pace == nil && p.Duration != want {
			t.Errorf("%s: hold %v, want %v", p.Exercise.ID, p.Duration, want)
		}
		if p.Exercise.Pace != nil && p.Duration != p.Exercise.Pace.Duration() {
			t.Errorf("%s: paced step changed by --hold", p.Exercise.ID)
		}
	}
}

func TestBeats(t *testing.T) {
	p := *GluteBridges.Pace
	cases := []struct {
		at   time.Duration
		rep  int
		word string
		sec  int
	}{
		{0, 1, "up", 0},
		{1500 * time.Millisecond, 1, "up", 1},
		{2 * time.Second, 1, "hold", 0},
		{3 * time.Second, 1, "down", 0},
		{4999 * time.Millisecond, 1, "down", 1},
		{5 * time.Second, 2, "up", 0},
		{59 * time.Second, 12, "down", 1},
		{time.Hour, 12, "down", 1},
	}
	for _, c := range cases {
		b := p.At(c.at)
		if b.Rep != c.rep || p.Tempo[b.Movement].Word != c.word || b.Second != c.sec {
			t.Errorf("at %v: rep %d %s second %d, want rep %d %s second %d", c.at, b.Rep, p.Tempo[b.Movement].Word, b.Second, c.rep, c.word, c.sec)
		}
	}
	hc := *HipCircles.Pace
	if d := hc.At(29 * time.Second).Direction; d != "outward" {
		t.Errorf("circle 10: %q, want outward", d)
	}
	if d := hc.At(30 * time.Second).Direction; d != "inward" {
		t.Errorf("circle 11: %q, want inward", d)
	}
}

// Animation frames follow the tempo: at most one change a second, and the
// bridge is up while the hips are held up.
func TestFramesFollowTheTempo(t *testing.T) {
	p := *GluteBridges.Pace
	var frames []int
	for s := 0; s < 5; s++ {
		frames = append(frames, p.Frame(p.At(time.Duration(s)*time.Second)))
	}
	if !slices.Equal(frames, []int{1, 2, 2, 1, 0}) {
		t.Fatalf("bridge frames by second %v, want [1 2 2 1 0]", frames)
	}
	for _, e := range Exercises {
		if e.Pace == nil {
			continue
		}
		for _, m := range e.Pace.Tempo {
			if m.Duration%time.Second != 0 {
				t.Errorf("%s %s: %v is not whole seconds", e.ID, m.Word, m.Duration)
			}
			if len(m.Frames) != int(m.Duration/time.Second) {
				t.Errorf("%s %s: %d frames for %v", e.ID, m.Word, len(m.Frames), m.Duration)
			}
			for _, f := range m.Frames {
				if f < 0 || f >= len(e.Frames) {
					t.Errorf("%s %s: frame %d of %d", e.ID, m.Word, f, len(e.Frames))
				}
			}
		}
		if n := len(e.Frames); n < 2 || n > 4 {
			t.Errorf("%s: %d animation frames, want 2 to 4", e.ID, n)
		}
	}
}

// Cues take turns in equal whole-second shares of the phase, within
// MinCueTurn and CueEvery: a 30-s lunge stretch has three cues and the
// breathing reminder, 7 s each.
func TestCuesTakeTurns(t *testing.T) {
	e := LungeStretch
	d := 30 * time.Second
	if got := e.CueTurn(d); got != 7*time.Second {
		t.Fatalf("turn %v in a 30-s hold of 4 cues, want 7s", got)
	}
	cases := []struct {
		at   time.Duration
		want string
	}{
		{0, e.Cues[0]},
		{6999 * time.Millisecond, e.Cues[0]},
		{7 * time.Second, e.Cues[1]},
		{14 * time.Second, e.Cues[2]},
		{21 * time.Second, BreathCue},
		{28 * time.Second, e.Cues[0]}, // round again
		{-time.Second, e.Cues[0]},
	}
	for _, c := range cases {
		if got := e.CueAt(c.at, d); got != c.want {
			t.Errorf("at %v: %q, want %q", c.at, got, c.want)
		}
	}
	if got := e.CueTurn(10 * time.Second); got != MinCueTurn {
		t.Errorf("turn %v in a 10-s hold, want the minimum %v", got, MinCueTurn)
	}
	if got := e.CueTurn(10 * time.Minute); got != CueEvery {
		t.Errorf("turn %v in a 10-min hold, want at most %v", got, CueEvery)
	}
	for s := time.Duration(0); s < time.Minute; s += time.Second {
		if e.CueAt(s, 10*time.Second) == BreathCue {
			t.Fatal("breathing reminder on a 10-s hold, want it only on longer holds")
		}
	}
}

func TestPicturesFitAndMirror(t *testing.T) {
	for _, e := range Exercises {
		for i, f := range e.Frames {
			if len(f) > 12 || Width(f) > 32 {
				t.Errorf("%s frame %d: %d rows × %d columns, want at most 12 × 32", e.ID, i, len(f), Width(f))
			}
			for _, line := range f {
				for _, r := range line {
					if _, ok := mirrors[r]; !ok {
						t.Errorf("%s frame %d: glyph %q has no mirror", e.ID, i, r)
					}
				}
			}
			if back := Mirror(Mirror(f)); strings.Join(back, "\n") != strings.Join(f, "\n") {
				t.Errorf("%s frame %d: mirroring twice changes the picture:\n%s\n---\n%s", e.ID, i, strings.Join(f, "\n"), strings.Join(back, "\n"))
			}
		}
	}
	for r, m := range mirrors {
		if mirrors[m] != r {
			t.Errorf("%q mirrors to %q, which mirrors to %q", r, m, mirrors[m])
		}
	}
}

func TestMirrorReflectsGlyphs(t *testing.T) {
	got := Mirror([]string{"●╱◀", " ┏━"})
	want := []string{"▶╲●", "━┓"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Mirror = %q, want %q", got, want)
	}
}

// A prescription of one rep reads "1 rep", not "1 reps".
func TestOneRepReadsRight(t *testing.T) {
	s := Step{Exercise: GluteBridges, Reps: 1}
	if got := s.Pace().Count(); got != "1 rep" {
		t.Errorf("got %q", got)
	}
	s = Step{Exercise: HipCircles, Reps: 1}
	if got := s.Pace().Count(); got != "1 circle each way" {
		t.Errorf("got %q", got)
	}
}
