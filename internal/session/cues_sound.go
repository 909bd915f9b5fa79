// The cues decide what the coach tells the user at each moment of a
// session: which events ring a bell and what words go with them. The
// full-screen UI and --plain both take their cues from here, so they never
// disagree about when to ring or what to say.

package session

import (
	"fmt"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Sound is the tone a batch of events deserves, the most telling one when
// several fall at one instant: the end of the session, the end of a step or
// the start of a rest between sets (both a falling tone: stop working), a
// switch of sides, the start of work, or none (lead-ins start quietly).
func Sound(phases []routines.Phase, evs []timer.Event) Tone {
	k := NoTone
	for _, e := range evs {
		if e.Kind == timer.Finished {
			return SessionEnd
		}
		if e.Phase >= len(phases) {
			continue
		}
		p := phases[e.Phase]
		switch {
		case e.Kind == timer.Ended && p.RingsAtEnd() && (e.Phase+1 == len(phases) || phases[e.Phase+1].Step != p.Step):
			k = max(k, StepEnd)
		case e.Kind == timer.Started && betweenSets(p):
			k = max(k, StepEnd)
		case e.Kind == timer.Started && p.Kind == routines.SwitchSides:
			k = max(k, SwitchSides)
		case e.Kind == timer.Started && p.RingsAtStart():
			k = max(k, WorkStart)
		}
	}
	return k
}

// betweenSets reports a pause between two sets of a step: a rest, or the
// lead-in to the next set where there is no rest. Its start means "stop
// working", like the end of a step.
func betweenSets(p routines.Phase) bool {
	return p.Kind == routines.Rest || p.Kind == routines.GetReady && p.Set > 1
}

// Marks reports whether a batch of events deserves a sound at all: the start
// and end of a work phase, a switch of sides and a rest. It is what the
// terminal bell rings for where no player can play the tones.
func Marks(phases []routines.Phase, evs []timer.Event) bool {
	for _, e := range evs {
		if e.Kind == timer.Finished || e.Phase >= len(phases) {
			continue
		}
		p := phases[e.Phase]
		switch {
		case e.Kind == timer.Started && (p.RingsAtStart() || betweenSets(p)):
			return true
		case e.Kind == timer.Ended && p.RingsAtEnd():
			return true
		}
	}
	return false
}

// Line is what the coach says for an event, as one sentence or two: the
// --plain output, and the words a voice would speak. It is "" for events
// that need no words (the start of a lead-in is announced, its end is not).
// The step's first line carries its note; in a step of several sets, the
// start of work and each rest say which set.
func Line(phases []routines.Phase, nsteps int, e timer.Event) string {
	if e.Kind == timer.Finished {
		return "Session complete." // the session adds praise where Praised allows it
	}
	p := phases[e.Phase]
	side := ""
	if p.Side != routines.NoSide {
		side = ", " + p.Side.String() + " side"
	}
	set := ""
	if t := p.SetText(); t != "" {
		set = ", " + t
	}
	// The side is tied to its leg, as on screen and aloud.
	leg := ""
	if l := p.Exercise.Leg(p.Side); l != "" {
		leg = ": " + l
	}
	intro := fmt.Sprintf("Step %d of %d: %s%s%s.", p.Step+1, nsteps, p.Exercise.Name, side, leg)
	first := e.Phase == 0 || phases[e.Phase-1].Step != p.Step // no line yet for this step
	switch {
	case e.Kind == timer.Started && p.Kind == routines.GetReady && p.Set > 1:
		return fmt.Sprintf("Get ready for %s%s%s (%s).", p.SetText(), side, leg, timer.Short(p.Duration))
	case e.Kind == timer.Started && p.Kind == routines.GetReady:
		return withNote(fmt.Sprintf("%s Get ready (%s).", intro, timer.Short(p.Duration)), p, first)
	case e.Kind == timer.Started && p.Kind == routines.SwitchSides:
		if p.Duration == 0 {
			return fmt.Sprintf("Switch sides: %s side%s.", p.Side, leg)
		}
		return fmt.Sprintf("Switch sides: %s side next (%s)%s.", p.Side, timer.Short(p.Duration), leg)
	case e.Kind == timer.Started && p.Kind == routines.Rest:
		return fmt.Sprintf("Rest %s. Next: %s%s.", timer.Short(p.Duration), p.SetText(), side)
	case e.Kind == timer.Started && p.Kind == routines.Work:
		what := p.Word() + " " + timer.Short(p.Duration)
		if p.Exercise.Pace != nil {
			what = p.Exercise.Pace.String()
		}
		start := fmt.Sprintf("Start: %s%s%s.", what, side, set)
		if first {
			return withNote(intro+" "+start, p, true) // no lead-in announced this step
		}
		return start
	case e.Kind == timer.Halfway && p.Kind == routines.Work:
		if pace := p.Exercise.Pace; pace != nil && len(pace.Directions) > 1 {
			// The reps split evenly, so the direction changes halfway.
			return fmt.Sprintf("Now %s%s%s.", pace.At(p.Duration/2).Direction, side, leg)
		}
		return fmt.Sprintf("Halfway%s.", side)
	case e.Kind == timer.Ended && p.Kind == routines.Work:
		if e.Phase+1 == len(phases) || phases[e.Phase+1].Step != p.Step {
			return fmt.Sprintf("Done: %s.", p.Exercise.Name)
		}
	}
	return ""
}

// withNote adds to a step's first line its stop cues (the exercise's own
// and the general rule), which hold for the whole step, and the step's own
// note.
func withNote(line string, p routines.Phase, first bool) string {
	if !first {
		return line
	}
	line += " " + p.Exercise.StopText()
	if p.Note != "" {
		line += " Note: " + p.Note
	}
	return line
}

// Technique is what --plain adds after an event's Line, one line each, so
// a reader who cannot see the pictures knows how: the starting position
// when a step is announced, and at the step's first work where it should
// be felt and the common mistake, once. The cues that take turns during
// the work come as they come round (see Session).
func Technique(phases []routines.Phase, e timer.Event) []string {
	if e.Kind != timer.Started || e.Phase >= len(phases) {
		return nil
	}
	p := phases[e.Phase]
	announced := e.Phase > 0 && phases[e.Phase-1].Step == p.Step // a lead-in said this step's name
	var out []string
	start := func() {
		if len(p.Exercise.Cues) > 0 {
			out = append(out, "Start position: "+p.Exercise.Cues[0])
		}
	}
	switch p.Kind {
	case routines.GetReady:
		start()
	case routines.Work:
		for j := e.Phase - 1; j >= 0 && phases[j].Step == p.Step; j-- {
			if phases[j].Kind == routines.Work {
				return nil // said at the step's first work
			}
		}
		if !announced {
			start()
		}
		if p.Exercise.Feel != "" {
			out = append(out, "Feel it: "+p.Exercise.Feel)
		}
		if p.Exercise.Mistake != "" {
			out = append(out, "Avoid: "+p.Exercise.Mistake)
		}
	}
	return out
}
