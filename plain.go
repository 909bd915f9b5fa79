package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/cues"
	"github.com/hipcoach/hipcoach/history"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/sound"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/tui"
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

// plainOut is where --plain's cues go: lines to w, and the tones (or the
// bell) and the voice where there are.
type plainOut struct {
	w     io.Writer
	bell  func()
	tones tui.Tones
	voice tui.Voice
	// pain is the --pain check-in to record, if given.
	pain *int
}

// runPlain runs a session with one line per cue on out.w, for logs, pipes
// and screen readers, with the same sounds and voice as the full-screen UI.
// It drives the same countdown and returns the exit code: 0 when the
// session ended, 130 when ctx was cancelled by a signal, with the session's
// history record.
func runPlain(ctx context.Context, out plainOut, clock timer.Clock, wait waitFunc, r routines.Routine, o routines.Options) (int, history.Record) {
	w := out.w
	phases := routines.Plan(r, o)
	steps := r.StepsFor(o)
	fmt.Fprintf(w, "hipcoach %s: %d steps, %s\n", strings.ToLower(r.Name), len(steps), routines.Total(phases))
	fmt.Fprintln(w, "Safety: "+routines.SafetyLine)

	c := timer.New(clock, routines.Durations(phases))
	announcer := cues.NewAnnouncer(phases, out.tones != nil, out.tones == nil && out.bell == nil)
	say := func(evs []timer.Event) {
		for _, e := range evs {
			if line := cues.Line(phases, len(steps), e); line != "" {
				fmt.Fprintf(w, "[%s] %s\n", timer.FormatClock(int(e.At.Sub(c.Began())/time.Second)), line)
			}
		}
		an := announcer.Announce(evs, c.Status(), clock.Now())
		if an.Tone != sound.None {
			out.tones.Play(an.Tone)
		}
		if an.Bell {
			out.bell()
		}
		if out.voice != nil {
			for _, u := range an.Words {
				out.voice.Say(u)
			}
		}
	}
	say(c.Start())
	for !c.Finished() {
		at, _ := c.NextEvent()
		if out.voice != nil {
			// The voice has words for whole seconds too (counts, movements).
			if tick := clock.Now().Add(c.UntilTick()); tick.Before(at) {
				at = tick
			}
		}
		if err := wait(ctx, at); err != nil {
			st := c.Status()
			fmt.Fprintf(w, "Stopped after %s.\n", st.Elapsed.Round(time.Second))
			return 130, plainRecord(c, r, o, out.pain)
		}
		say(c.Poll())
	}
	for _, a := range r.Advice {
		fmt.Fprintf(w, "Also helps: %s. %s\n", a.Title, a.Text)
	}
	fmt.Fprintln(w, routines.DoctorLine)
	return 0, plainRecord(c, r, o, out.pain)
}

// plainRecord is the history record of a --plain session.
func plainRecord(c *timer.Countdown, r routines.Routine, o routines.Options, pain *int) history.Record {
	rec := history.FromSession(c, r, o, version)
	rec.PainBefore = pain
	return rec
}
