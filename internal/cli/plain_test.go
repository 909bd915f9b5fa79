package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// plainSession is a session as --plain runs it, with the bell on bell and
// no tones or voice.
func plainSession(clock timer.Clock, bell plainOut, r routines.Routine, o routines.Options) *session.Session {
	return session.New(session.Config{Routine: r, Options: o, Clock: clock, Outputs: session.Outputs{Bell: bell}, Location: time.UTC})
}

func TestPrintPlanEndsWithTheExactTotal(t *testing.T) {
	var b bytes.Buffer
	o := routines.Options{Hold: 20 * time.Second, Roll: 40 * time.Second, GetReady: 3 * time.Second}
	if err := printPlan(&b, routines.Relief, o); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if last := lines[len(lines)-1]; last != "Total: 2m12s" {
		t.Fatalf("last line %q, want %q", last, "Total: 2m12s")
	}
	phases := 0
	for _, l := range lines {
		if strings.Contains(l, "/2 ") {
			phases++
		}
	}
	if phases != 8 {
		t.Fatalf("%d phase lines, want 8:\n%s", phases, b.String())
	}
}

// --plain with a fake clock: every step and side is announced in order, at
// the moment it is due, and the session ends exactly at the plan's total.
func TestPlainAnnouncesEveryCueOnTime(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	start := clock.Now()
	wait := func(_ context.Context, until time.Time) error {
		clock.Set(until)
		return nil
	}
	bells := 0
	var out bytes.Buffer
	o := routines.DefaultOptions()
	run := plainSession(clock, plainOut{w: &out, bell: func() { bells++ }}, routines.Relief, o)
	err := runPlain(context.Background(), plainOut{w: &out}, wait, run)
	rec := run.Record()
	if !rec.Completed || len(rec.StepsDone) != 2 || rec.PainBefore != nil || rec.ActualSeconds != 170 {
		t.Errorf("record %+v, want both steps done in 170 s with no check-in", rec)
	}
	if err != nil {
		t.Fatalf("runPlain: %v", err)
	}
	if got, want := clock.Now().Sub(start), routines.Total(routines.Plan(routines.Relief, o)); got != want {
		t.Fatalf("plain session took %v, plan says %v", got, want)
	}
	want := []string{
		"Safety: Consult a healthcare professional",
		"[0:00] Step 1 of 2: Kneeling hip-flexor stretch, left side: left knee down, right foot forward. Get ready (5s). Stop if the kneeling knee hurts or the stretch turns to pain.",
		"[0:05] Start: hold 30s, left side.",
		"[0:20] Halfway, left side.",
		"[0:35] Switch sides: right side next (5s): right knee down, left foot forward.",
		"[0:40] Start: hold 30s, right side.",
		"[0:55] Halfway, right side.",
		"[1:10] Done: Kneeling hip-flexor stretch.",
		"[1:10] Step 2 of 2: Foam rolling, left side: left hip on the roller. Get ready (5s).",
		"[1:15] Start: roll 45s, left side.",
		"[1:37] Halfway, left side.",
		"[2:00] Switch sides: right side next (5s): right hip on the roller.",
		"[2:05] Start: roll 45s, right side.",
		"[2:50] Done: Foam rolling.",
		"[2:50] Session complete. Well done.",
		"Also helps: Massage.",
		"See a doctor if the pain is severe",
	}
	text := out.String()
	pos := 0
	for _, w := range want {
		i := strings.Index(text[pos:], w)
		if i < 0 {
			t.Fatalf("missing or out of order: %q\n%s", w, text)
		}
		pos += i + len(w)
	}
	if strings.ContainsRune(text, '\x1b') {
		t.Fatal("--plain wrote an escape sequence")
	}
	if bells != 8 {
		t.Errorf("%d bells, want 8", bells)
	}
}

func TestPlainZeroLeadInStillAnnouncesSteps(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	wait := func(_ context.Context, until time.Time) error { clock.Set(until); return nil }
	var out bytes.Buffer
	noSwitch := time.Duration(0)
	o := routines.Options{Hold: time.Second, Roll: time.Second, Switch: &noSwitch}
	if err := runPlain(context.Background(), plainOut{w: &out}, wait, plainSession(clock, plainOut{}, routines.Relief, o)); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"[0:00] Step 1 of 2: Kneeling hip-flexor stretch, left side: left knee down, right foot forward. Start: hold 1s, left side.",
		"[0:01] Switch sides: right side: right knee down, left foot forward.",
		"[0:02] Step 2 of 2: Foam rolling, left side: left hip on the roller. Start: roll 1s, left side.",
	} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("missing %q in:\n%s", w, out.String())
		}
	}
}

func TestPlainStopsOnSignal(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	wait := func(ctx context.Context, until time.Time) error {
		n++
		if n == 3 {
			cancel()
			return ctx.Err()
		}
		clock.Set(until)
		return nil
	}
	var out bytes.Buffer
	pain := 4
	run := plainSession(clock, plainOut{}, routines.Relief, routines.DefaultOptions())
	run.PainBefore = &pain
	err := runPlain(ctx, plainOut{w: &out}, wait, run)
	if exitCode(err) != exitInterrupted {
		t.Fatalf("exit %d after a signal, want 130", exitCode(err))
	}
	rec := run.Record()
	if !strings.Contains(out.String(), "Stopped after 5s.") {
		t.Fatalf("no stop line:\n%s", out.String())
	}
	if rec.Completed || len(rec.StepsDone) != 0 || len(rec.StepsSkipped) != 2 || rec.PainBefore == nil || *rec.PainBefore != 4 {
		t.Fatalf("record of a stopped session %+v", rec)
	}
}

func TestExerciseLibraryOutput(t *testing.T) {
	var b bytes.Buffer
	printExercises(&b, 0)
	for _, e := range routines.Exercises {
		if !strings.Contains(b.String(), e.ID) || !strings.Contains(b.String(), e.Purpose) {
			t.Errorf("the list lacks %s or its purpose", e.ID)
		}
	}
	b.Reset()
	printExercise(&b, routines.GluteBridges, 0)
	for _, w := range []string{"Glute bridges", "●", "Common mistake: Pushing up", "Dose: 12 reps (2-1-2 s)", "Source: ", "UP ", "DOWN "} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("the entry lacks %q:\n%s", w, b.String())
		}
	}
}

// On an 80-column terminal the library's list and entries are laid out to
// fit, not folded by the terminal, and still say everything.
func TestExerciseLibraryFitsTheTerminal(t *testing.T) {
	var b bytes.Buffer
	printExercises(&b, 80)
	for _, e := range routines.Exercises {
		printExercise(&b, e, 80)
	}
	for i, l := range strings.Split(b.String(), "\n") {
		if n := ansi.StringWidth(l); n > 80 {
			t.Errorf("line %d is %d columns wide: %q", i+1, n, l)
		}
	}
	// Wrapping may break a line at a space or a dash: compare without them.
	flat := strings.Join(strings.Fields(b.String()), "")
	for _, e := range routines.Exercises {
		for _, w := range append([]string{e.Purpose, e.Mistake, e.Source}, e.Cues...) {
			if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
				t.Errorf("%s: %q is missing", e.ID, w)
			}
		}
	}
}

// After a session quit before its end, one line says how far it got and
// whether it was kept.
func TestStoppedLine(t *testing.T) {
	r := session.Record{Routine: "prevention", PlannedSeconds: 610, ActualSeconds: 95.4,
		StepsDone: []string{"hip-circles"}, StepsSkipped: []string{"leg-swings", "plank"}}
	if got, want := stoppedLine(r, true), "hipcoach: prevention stopped after 1m35s of 10m10s, 1 of 3 steps done; kept in your history."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	r.StepsDone = nil
	if got, want := stoppedLine(r, false), "hipcoach: prevention stopped after 1m35s of 10m10s."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
