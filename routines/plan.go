package routines

import (
	"fmt"
	"time"
)

// Defaults and limits of the durations a user can set. The article gives
// 30-s stretch holds and 30–60 s of foam rolling per side.
const (
	DefaultHold     = 30 * time.Second
	DefaultRoll     = 45 * time.Second
	DefaultGetReady = 5 * time.Second

	MinWork     = time.Second
	MaxWork     = 10 * time.Minute
	MaxGetReady = time.Minute
)

// Options are the user's choices that shape a plan.
type Options struct {
	// Hold is the time per side of every held position (stretches, plank);
	// rep-counted exercises take their time from their pace.
	Hold time.Duration
	// Roll is the foam-rolling time per side.
	Roll time.Duration
	// GetReady is the lead-in before each step and each side; zero turns the
	// waiting off, though a switch of sides is still announced.
	GetReady time.Duration
	// Extras adds the routine's optional steps.
	Extras bool
	// Chosen overrides, per exercise ID, whether a step runs in this
	// session: the picker's preview lets the user switch steps off (or an
	// extra on) without changing the routine.
	Chosen map[string]bool
}

// Runs reports whether step s is part of a session with these options.
func (o Options) Runs(s Step) bool {
	if on, ok := o.Chosen[s.Exercise.ID]; ok {
		return on
	}
	return !s.Extra || o.Extras
}

// DefaultOptions are the durations used when the user sets none.
func DefaultOptions() Options {
	return Options{Hold: DefaultHold, Roll: DefaultRoll, GetReady: DefaultGetReady}
}

// PhaseKind is what the user is doing during a phase.
type PhaseKind int

const (
	// GetReady is the lead-in: get into position.
	GetReady PhaseKind = iota
	// Work is the hold, move or roll itself.
	Work
	// SwitchSides is the pause between the left and the right side.
	SwitchSides
)

// Side is the side of the body being worked.
type Side int

const (
	// NoSide is for exercises done on both sides at once.
	NoSide Side = iota
	// Left side of the body.
	Left
	// Right side of the body.
	Right
)

// String is the side in lower case ("left", "right"), or "" for NoSide.
func (s Side) String() string {
	switch s {
	case Left:
		return "left"
	case Right:
		return "right"
	default:
		return ""
	}
}

// Phase is one timed stretch of a session: the unit the countdown runs
// through. For SwitchSides phases Side is the side coming next.
type Phase struct {
	// Step is the 0-based index of the step in the session's steps.
	Step     int
	Exercise Exercise
	Side     Side
	Kind     PhaseKind
	Duration time.Duration
}

// Word is what happens in the phase, in lower case: "get ready", "hold",
// "move", "roll" or "switch sides".
func (p Phase) Word() string {
	switch p.Kind {
	case GetReady:
		return "get ready"
	case SwitchSides:
		return "switch sides"
	default:
		return p.Exercise.Kind.String()
	}
}

// RingsAtStart says whether the start of the phase deserves a sound cue: the
// user must start working, or change sides, without looking up.
func (p Phase) RingsAtStart() bool { return p.Kind == Work || p.Kind == SwitchSides }

// RingsAtEnd says whether the end of the phase deserves a sound cue: the end
// of a hold, a set or a roll.
func (p Phase) RingsAtEnd() bool { return p.Kind == Work }

// What says what happens in the phase, for --plan: the dosage of paced work
// ("12 reps (2-1-2 s)"), otherwise the phase word.
func (p Phase) What() string {
	if p.Kind == Work && p.Exercise.Pace != nil {
		return p.Exercise.Pace.String()
	}
	return p.Word()
}

// String describes the phase in one line, e.g. "Lunge stretch, left side: hold 30s".
func (p Phase) String() string {
	name := p.Exercise.Name
	if p.Side != NoSide {
		name += ", " + p.Side.String() + " side"
	}
	return fmt.Sprintf("%s: %s %s", name, p.Word(), p.Duration)
}

// Plan expands a routine into the ordered phases of a session: get ready →
// work (left) → switch sides → work (right) for sided steps, get ready →
// work for the others. A zero lead-in drops the get-ready phases but keeps a
// zero-length switch so the change of side is still announced. Plan is pure:
// the same routine and options always give the same phases.
func Plan(r Routine, o Options) []Phase {
	var phases []Phase
	for i, s := range r.StepsFor(o) {
		work := o.Hold
		switch {
		case s.Exercise.Pace != nil:
			work = s.Exercise.Pace.Duration()
		case s.Exercise.Kind == Roll:
			work = o.Roll
		}
		base := Phase{Step: i, Exercise: s.Exercise}
		sides := []Side{NoSide}
		if s.Exercise.Sided {
			sides = []Side{Left, Right}
		}
		if o.GetReady > 0 {
			p := base
			p.Kind, p.Side, p.Duration = GetReady, sides[0], o.GetReady
			phases = append(phases, p)
		}
		for j, side := range sides {
			if j > 0 {
				p := base
				p.Kind, p.Side, p.Duration = SwitchSides, side, o.GetReady
				phases = append(phases, p)
			}
			p := base
			p.Kind, p.Side, p.Duration = Work, side, work
			phases = append(phases, p)
		}
	}
	return phases
}

// Total is the time a session of these phases takes when nobody touches a key.
func Total(phases []Phase) time.Duration {
	var t time.Duration
	for _, p := range phases {
		t += p.Duration
	}
	return t
}

// Durations lists the phases' lengths, the only thing the countdown needs.
func Durations(phases []Phase) []time.Duration {
	ds := make([]time.Duration, len(phases))
	for i, p := range phases {
		ds[i] = p.Duration
	}
	return ds
}
