package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/cues"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// printPlan writes one line per phase and the exact total, for --plan.
func printPlan(w io.Writer, r routines.Routine, o routines.Options) {
	phases := routines.Plan(r, o)
	steps := r.StepsFor(o)
	fmt.Fprintf(w, "%s: %s\n", r.Name, r.Purpose)
	for _, p := range phases {
		side := p.Side.String()
		if side == "" {
			side = "both"
		}
		fmt.Fprintf(w, "%2d/%d  %-28s %-6s %-26s %6s\n", p.Step+1, len(steps), p.Exercise.Name, side, p.What(), timer.Short(p.Duration))
	}
	for _, a := range r.Advice {
		fmt.Fprintf(w, "Also: %s. %s\n", a.Title, a.Text)
	}
	fmt.Fprintf(w, "Total: %s\n", routines.Total(phases))
}

// waitFunc blocks until the clock reaches until or ctx ends.
type waitFunc func(ctx context.Context, until time.Time) error

// realWait sleeps on a timer against the system clock.
func realWait(clock timer.Clock) waitFunc {
	return func(ctx context.Context, until time.Time) error {
		t := time.NewTimer(until.Sub(clock.Now()))
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			return nil
		}
	}
}

// runPlain runs a session with one line per cue on w, for logs, pipes and
// screen readers. It drives the same countdown as the full-screen UI and
// returns the exit code: 0 when the session ended, 130 when ctx was
// cancelled by a signal.
func runPlain(ctx context.Context, w io.Writer, bell func(), clock timer.Clock, wait waitFunc, r routines.Routine, o routines.Options) int {
	phases := routines.Plan(r, o)
	steps := r.StepsFor(o)
	fmt.Fprintf(w, "hipcoach %s: %d steps, %s\n", strings.ToLower(r.Name), len(steps), routines.Total(phases))
	fmt.Fprintln(w, "Safety: "+routines.SafetyLine)

	c := timer.New(clock, routines.Durations(phases))
	say := func(evs []timer.Event) {
		for _, e := range evs {
			if line := cues.Line(phases, len(steps), e); line != "" {
				fmt.Fprintf(w, "[%s] %s\n", timer.FormatClock(int(e.At.Sub(c.Began())/time.Second)), line)
			}
		}
		if bell != nil && cues.Bell(phases, evs) {
			bell()
		}
	}
	say(c.Start())
	for !c.Finished() {
		at, _ := c.NextEvent()
		if err := wait(ctx, at); err != nil {
			st := c.Status()
			fmt.Fprintf(w, "Stopped after %s.\n", st.Elapsed.Round(time.Second))
			return 130
		}
		say(c.Poll())
	}
	for _, a := range r.Advice {
		fmt.Fprintf(w, "Also helps: %s. %s\n", a.Title, a.Text)
	}
	fmt.Fprintln(w, routines.DoctorLine)
	return 0
}
