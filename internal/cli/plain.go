package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/internal/words"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// printPlan writes one line per phase and the exact total, for --plan.
func printPlan(w io.Writer, r routines.Routine, o routines.Options) error {
	phases := routines.Plan(r, o)
	steps := r.StepsFor(o)
	fmt.Fprintf(w, "%s: %s\n", r.Name, r.Purpose)
	// The columns are as wide as their longest entry (an easier version's
	// name, a side with its set), so they always line up.
	nameW, sideW := 0, 0
	sides := make([]string, len(phases))
	for i, p := range phases {
		sides[i] = p.Side.String()
		if sides[i] == "" {
			sides[i] = "both"
		}
		if set := p.SetText(); set != "" {
			sides[i] += ", " + set
		}
		nameW, sideW = max(nameW, len([]rune(p.Exercise.Name))), max(sideW, len(sides[i]))
	}
	for i, p := range phases {
		fmt.Fprintf(w, "%2d/%d  %-*s  %-*s  %-18s %6s\n", p.Step+1, len(steps), nameW, p.Exercise.Name, sideW, sides[i], p.What(), timer.Short(p.Duration))
	}
	for _, a := range r.Advice {
		fmt.Fprintf(w, "Also: %s. %s\n", a.Title, a.Text)
	}
	_, err := fmt.Fprintf(w, "Total: %s\n", routines.Total(phases))
	return err
}

// waitFunc blocks until the clock reaches until or ctx ends.
type waitFunc func(ctx context.Context, until time.Time) error

// realWait sleeps on the system clock until the given instant. It sleeps in
// steps of at most a second: measured here, one long timer sleep overshoots
// by about 0.1% of its length once a signal handler is installed (40 ms late
// on a 40-s wait), while a series of short ones ends within a millisecond of
// the deadline.
func realWait(clock timer.Clock) waitFunc {
	return func(ctx context.Context, until time.Time) error {
		for {
			d := until.Sub(clock.Now())
			if d <= 0 {
				return nil
			}
			t := time.NewTimer(min(d, time.Second))
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
		}
	}
}

// failed reports whether w has lost a write: a closed pipe or a full disk
// ends the session like a quit, with its record kept.
func failed(w io.Writer) bool {
	c, ok := w.(interface{ Err() error })
	return ok && c.Err() != nil
}

// plainOut is where --plain writes: its lines, and the terminal bell on
// stderr where no player can play the tones (nil for none).
type plainOut struct {
	w    io.Writer
	bell func()
}

// Ring is the session's bell.
func (o plainOut) Ring() {
	if o.bell != nil {
		o.bell()
	}
}

// runPlain is the --plain view of a session: one line per cue on out.w, for
// logs, pipes and screen readers, read from the same engine as the full
// screen, with the same sounds and voice. It returns nil when the session
// ended and errInterrupted when ctx was cancelled (by a signal, or by the
// reader of its output going away).
func runPlain(ctx context.Context, out plainOut, wait waitFunc, run *session.Session) error {
	w := out.w
	r := run.Routine()
	fmt.Fprintf(w, "hipcoach %s: %s, %s\n", strings.ToLower(r.Name), words.Plural(len(run.Steps()), "step"), run.Total())
	fmt.Fprintln(w, "Safety: "+routines.SafetyLine)
	if needs := r.NeedsLine(run.Options()); needs != "" {
		fmt.Fprintln(w, needs)
	}
	for _, s := range run.Steps() {
		if s.Exercise.ID == routines.FoamRolling.ID {
			// Rolling is a massage of sorts: the caveat comes before it.
			fmt.Fprintln(w, "Before foam rolling: "+routines.FreshInjuryCaveat)
			break
		}
	}
	if p := run.PainBefore; p != nil && *p >= routines.SeverePain {
		// --plain reads no keys, so it cannot stop at the pain gate: it
		// says the advice before the first step instead.
		fmt.Fprintf(w, "Check-in: pain %d out of 10. %s\n", *p, routines.PainGateLine)
		fmt.Fprintln(w, "Going on gently: "+routines.GentleAdvice)
	}
	say := func(lines []session.Cue) {
		for _, l := range lines {
			fmt.Fprintf(w, "[%s] %s\n", timer.FormatClock(int(l.At/time.Second)), l.Text)
		}
	}
	say(run.Start())
	for !run.Finished() && !failed(w) {
		at, _ := run.NextWake()
		if err := wait(ctx, at); err != nil {
			return errInterrupted // the caller's line says how far it got
		}
		say(run.Poll())
	}
	for _, a := range r.Advice {
		fmt.Fprintf(w, "Also helps: %s. %s\n", a.Title, a.Text)
	}
	fmt.Fprintln(w, routines.DoctorLine)
	return nil
}

// errOutputClosed ends --plain's context when the reader of its output
// has gone away.
var errOutputClosed = errors.New("the output was closed")
