package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/hipcoach/hipcoach/history"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

func TestParseArgsAccepts(t *testing.T) {
	cases := []struct {
		args []string
		want func(c config) bool
	}{
		{nil, func(c config) bool {
			d := routines.DefaultOptions()
			return !c.modeGiven && c.routine.ID == "prevention" && c.opts.Hold == d.Hold && c.opts.Roll == d.Roll && c.opts.GetReady == d.GetReady && !c.opts.Extras
		}},
		{[]string{"relief"}, func(c config) bool { return c.modeGiven && c.routine.ID == "relief" }},
		{[]string{"--hold", "45"}, func(c config) bool { return c.opts.Hold == 45*time.Second }},
		{[]string{"--hold=1m30s"}, func(c config) bool { return c.opts.Hold == 90*time.Second }},
		{[]string{"relief", "--roll", "1m"}, func(c config) bool { return c.opts.Roll == time.Minute && c.routine.ID == "relief" }},
		{[]string{"--get-ready", "0", "--plain", "RELIEF"}, func(c config) bool { return c.opts.GetReady == 0 && c.plain && c.routine.ID == "relief" }},
		{[]string{"-plan", "--quiet", "--extras"}, func(c config) bool { return c.plan && c.quiet && c.opts.Extras }},
		{[]string{"--hold", "10m", "--roll", "1s", "--get-ready", "1m"}, func(c config) bool {
			return c.opts.Hold == 10*time.Minute && c.opts.Roll == time.Second && c.opts.GetReady == time.Minute
		}},
		{[]string{"--help"}, func(c config) bool { return c.help }},
		{[]string{"-h"}, func(c config) bool { return c.help }},
		{[]string{"--version"}, func(c config) bool { return c.version }},
		{[]string{"exercises"}, func(c config) bool { return c.library && c.exercise == "" }},
		{[]string{"exercises", "glute", "bridges"}, func(c config) bool { return c.library && c.exercise == "glute bridges" }},
	}
	for _, c := range cases {
		cfg, err := parseArgs(c.args)
		if err != nil {
			t.Errorf("%q: unexpected error %v", c.args, err)
			continue
		}
		if !c.want(cfg) {
			t.Errorf("%q: parsed as %+v", c.args, cfg)
		}
	}
}

// Every bad command line gets one line that names the problem and says what
// is allowed.
func TestParseArgsRejects(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--hold", "abc"}, `--hold "abc" is not a duration: use e.g. 45s, 1m30s or 45 (seconds), from 1s to 10m`},
		{[]string{"--hold", "0"}, "--hold 0s is out of range: use 1s to 10m"},
		{[]string{"--roll", "11m"}, "--roll 11m is out of range: use 1s to 10m"},
		{[]string{"--get-ready", "-1"}, `--get-ready "-1" is not a duration`},
		{[]string{"--get-ready", "2m"}, "--get-ready 2m is out of range: use 0s to 1m"},
		{[]string{"--hold"}, "--hold needs a value, e.g. --hold 45s"},
		{[]string{"--fast"}, "unknown flag --fast: run 'hipcoach --help' for the flags"},
		{[]string{"yoga"}, `unknown routine "yoga": choose prevention or relief`},
		{[]string{"relief", "prevention"}, "too many arguments (relief prevention): give one routine, prevention or relief"},
		{[]string{"--plan=maybe"}, "invalid boolean value"},
		{[]string{"--hold", "1.5"}, `--hold "1.5" is not a duration`},
	}
	for _, c := range cases {
		_, err := parseArgs(c.args)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%q: error %v, want a usage error", c.args, err)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: message %q, want one line containing %q", c.args, err, c.want)
		}
	}
}

func TestPrintPlanEndsWithTheExactTotal(t *testing.T) {
	var b bytes.Buffer
	o := routines.Options{Hold: 20 * time.Second, Roll: 40 * time.Second, GetReady: 3 * time.Second}
	printPlan(&b, routines.Relief, o)
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
	code, rec := runPlain(context.Background(), plainOut{w: &out, bell: func() { bells++ }}, clock, wait, routines.Relief, o)
	if !rec.Completed || len(rec.StepsDone) != 2 || rec.PainBefore != nil || rec.ActualSeconds != 170 {
		t.Errorf("record %+v, want both steps done in 170 s with no check-in", rec)
	}
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if got, want := clock.Now().Sub(start), routines.Total(routines.Plan(routines.Relief, o)); got != want {
		t.Fatalf("plain session took %v, plan says %v", got, want)
	}
	want := []string{
		"Safety: Consult a healthcare professional",
		"[0:00] Step 1 of 2: Kneeling hip-flexor stretch, left side. Get ready (5s).",
		"[0:05] Start: hold 30s, left side.",
		"[0:20] Halfway, left side.",
		"[0:35] Switch sides: right side next (5s).",
		"[0:40] Start: hold 30s, right side.",
		"[0:55] Halfway, right side.",
		"[1:10] Done: Kneeling hip-flexor stretch.",
		"[1:10] Step 2 of 2: Foam rolling, left side. Get ready (5s).",
		"[1:15] Start: roll 45s, left side.",
		"[1:37] Halfway, left side.",
		"[2:00] Switch sides: right side next (5s).",
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
	o := routines.Options{Hold: time.Second, Roll: time.Second}
	runPlain(context.Background(), plainOut{w: &out}, clock, wait, routines.Relief, o)
	for _, w := range []string{
		"[0:00] Step 1 of 2: Kneeling hip-flexor stretch, left side. Start: hold 1s, left side.",
		"[0:01] Switch sides: right side.",
		"[0:02] Step 2 of 2: Foam rolling, left side. Start: roll 1s, left side.",
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
	code, rec := runPlain(ctx, plainOut{w: &out, pain: &pain}, clock, wait, routines.Relief, routines.DefaultOptions())
	if code != 130 {
		t.Fatalf("exit %d after a signal, want 130", code)
	}
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
	r := history.Record{Routine: "prevention", PlannedSeconds: 610, ActualSeconds: 95.4,
		StepsDone: []string{"hip-circles"}, StepsSkipped: []string{"leg-swings", "plank"}}
	if got, want := stoppedLine(r, true), "hipcoach: prevention stopped after 1m35s of 10m10s, 1 of 3 steps done; kept in your history."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	r.StepsDone = nil
	if got, want := stoppedLine(r, false), "hipcoach: prevention stopped after 1m35s of 10m10s."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
