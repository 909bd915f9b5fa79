package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

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
		fmt.Fprintf(w, "%2d/%d  %-28s %-6s %-13s %6s\n", p.Step+1, len(steps), p.Exercise.Name, side, p.Word(), timer.Short(p.Duration))
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
		ring := false
		for _, e := range evs {
			if line := cueLine(phases, len(steps), e); line != "" {
				fmt.Fprintf(w, "[%s] %s\n", timer.FormatClock(int(e.At.Sub(c.Began())/time.Second)), line)
			}
			ring = ring || rings(phases, e)
		}
		if ring && bell != nil {
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

// rings reports whether an event deserves a bell: the start and end of
// every work phase, and a switch of sides.
func rings(phases []routines.Phase, e timer.Event) bool {
	if e.Kind != timer.Started && e.Kind != timer.Ended {
		return false
	}
	p := phases[e.Phase]
	return p.Kind == routines.Work || (p.Kind == routines.SwitchSides && e.Kind == timer.Started)
}

// cueLine is what --plain says for an event, or "" for events it keeps quiet.
func cueLine(phases []routines.Phase, nsteps int, e timer.Event) string {
	if e.Kind == timer.Finished {
		return "Session complete. Well done."
	}
	p := phases[e.Phase]
	side := ""
	if p.Side != routines.NoSide {
		side = ", " + p.Side.String() + " side"
	}
	intro := fmt.Sprintf("Step %d of %d: %s%s.", p.Step+1, nsteps, p.Exercise.Name, side)
	switch {
	case e.Kind == timer.Started && p.Kind == routines.GetReady:
		return fmt.Sprintf("%s Get ready (%s).", intro, timer.Short(p.Duration))
	case e.Kind == timer.Started && p.Kind == routines.SwitchSides:
		if p.Duration == 0 {
			return fmt.Sprintf("Switch sides: %s side.", p.Side)
		}
		return fmt.Sprintf("Switch sides: %s side next (%s).", p.Side, timer.Short(p.Duration))
	case e.Kind == timer.Started && p.Kind == routines.Work:
		start := fmt.Sprintf("Start: %s %s%s.", p.Word(), timer.Short(p.Duration), side)
		if e.Phase == 0 || phases[e.Phase-1].Step != p.Step {
			return intro + " " + start // no lead-in announced this step
		}
		return start
	case e.Kind == timer.Halfway && p.Kind == routines.Work:
		return fmt.Sprintf("Halfway%s.", side)
	case e.Kind == timer.Ended && p.Kind == routines.Work:
		if e.Phase+1 == len(phases) || phases[e.Phase+1].Step != p.Step {
			return fmt.Sprintf("Done: %s.", p.Exercise.Name)
		}
	}
	return ""
}
