package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/history/historytest"
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
	if rec.ActualSeconds != 5 || rec.Completed || len(rec.StepsDone) != 0 || len(rec.StepsSkipped) != 2 || rec.PainBefore == nil || *rec.PainBefore != 4 {
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

// Whatever way a run ends, one line says exactly what was recorded.
func TestExitLine(t *testing.T) {
	eight := 8
	stopped := session.Record{Routine: "prevention", PlannedSeconds: 610, ActualSeconds: 95.4, Outcome: session.OutcomeQuit,
		StepsDone: []string{"hip-circles"}, StepsSkipped: []string{"leg-swings", "plank"}}
	done := session.Record{Routine: "relief", PlannedSeconds: 12, ActualSeconds: 12, Completed: true, Outcome: session.OutcomeFinished,
		StepsDone: []string{"a", "b"}, StepsSkipped: []string{}}
	skipped := done
	skipped.Completed, skipped.ActualSeconds = false, 7
	gate := session.CheckinRecord(time.Now(), "relief", eight, "v1")
	noRoutine := session.CheckinRecord(time.Now(), "", eight, "v1")
	cases := []struct {
		recs []session.Record
		k    kept
		off  bool
		want string
	}{
		{[]session.Record{stopped}, kept{written: 1}, false, "hipcoach: prevention stopped after 1m35s of 10m10s, 1 of 3 steps done; kept in your history."},
		{[]session.Record{stopped}, kept{}, false, "hipcoach: prevention stopped after 1m35s of 10m10s, 1 of 3 steps done; not recorded."},
		{[]session.Record{stopped}, kept{}, true, "hipcoach: prevention stopped after 1m35s of 10m10s, 1 of 3 steps done; not recorded (history is off)."},
		{[]session.Record{done}, kept{written: 1}, false, "hipcoach: relief done in full (12s); kept in your history."},
		{[]session.Record{skipped}, kept{written: 1}, false, "hipcoach: relief finished in 7s, 2 of 2 steps done; kept in your history."},
		{[]session.Record{noRoutine}, kept{written: 1}, false, "hipcoach: a check-in of pain 8 out of 10, no session; kept in your history."},
		{[]session.Record{done, gate}, kept{written: 2}, false, "hipcoach: relief done in full (12s); then a check-in of pain 8 out of 10, stopped before relief; all kept in your history."},
		{[]session.Record{done, gate}, kept{written: 1}, false, "hipcoach: relief done in full (12s); then a check-in of pain 8 out of 10, stopped before relief; the first 1 kept in your history, the rest not recorded."},
		{nil, kept{}, false, ""},
	}
	for _, c := range cases {
		if got := exitLine(c.recs, c.k, c.off); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// --plain stopped by a signal part way says the real time it ran, not the
// time of its last cue, and records the session as interrupted.
func TestPlainSignalSaysTheRealElapsedTime(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	out, errOut, code := runCLIWith(t, nil, func(a *app) {
		clock := a.clock.(*timer.FakeClock)
		a.wait = func(context.Context, time.Time) error {
			// The signal comes 2.5 s in, in the middle of the first hold.
			clock.Set(clock.Now().Add(2500 * time.Millisecond))
			return context.Canceled
		}
	}, "--plain", "--quiet", "--get-ready", "0", "relief")
	if code != exitInterrupted {
		t.Fatalf("exit %d, want 130; stderr %q", code, errOut)
	}
	if !strings.Contains(out, "hipcoach: relief stopped after 3s of ") || !strings.HasSuffix(out, "; kept in your history.\n") {
		t.Fatalf("the last line should say 3s (2.5 s rounded) and that it was kept:\n%s", out)
	}
	recs, _, err := historytest.Read(filepath.Join(state, "hipcoach", "history.jsonl"))
	if err != nil || len(recs) != 1 || recs[0].Outcome != session.OutcomeInterrupted || recs[0].ActualSeconds != 2.5 {
		t.Fatalf("records %+v, %v; want one interrupted after 2.5 s", recs, err)
	}
}

// --plain cannot stop at the pain screen: after a check-in of 7 or more it
// goes on gently, as g does there — every step easier, said so — and does
// not offer the 5-out-of-10 allowance to a person already above it.
func TestPlainGoesOnGentlyAfterSeverePain(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	out, _, code := runCLI(t, "--plain", "--quiet", "--pain", "8", "--get-ready", "0", "relief")
	easier := routines.KneelingHipFlexorStretch.WithVariant(routines.VariantEasier).Name
	if code != 0 || !strings.Contains(out, "Going on gently: "+routines.GentleAdvice) || !strings.Contains(out, easier) || strings.Contains(out, routines.DuringLine) {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}
