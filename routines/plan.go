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
	// MaxSwitch is the longest time to change sides.
	MaxSwitch = time.Minute
	// MaxRest is the longest rest between two sets.
	MaxRest = 10 * time.Minute
	// MaxReps and MaxSets bound a step's own dose.
	MaxReps = 100
	MaxSets = 20
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
	// Switch is the time to change sides: between the left and the right,
	// and between one set and the next where a sided step has no rest. Nil
	// means the GetReady time; SwitchTime says which applies.
	Switch *time.Duration
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

// SwitchTime is the time to change sides with these options.
func (o Options) SwitchTime() time.Duration {
	if o.Switch != nil {
		return *o.Switch
	}
	if o.GetReady == 0 {
		// No lead-in still needs time to turn over (a side-lying leg
		// lift): --switch 0 is the way to have none.
		return MinSwitch
	}
	return o.GetReady
}

// MinSwitch is the time to change sides when there is no lead-in and no
// --switch says otherwise.
const MinSwitch = 3 * time.Second

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
	// Rest is the pause between two sets of a step.
	Rest
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
// through. For SwitchSides and Rest phases, Side and Set are those of the
// work coming next.
type Phase struct {
	// Step is the 0-based index of the step in the session's steps.
	Step int
	// Exercise is the step's exercise in the step's variant (the easier
	// version's name and cues where the step asks for it); for a paced
	// step its Pace is the step's own copy, with the step's reps.
	Exercise Exercise
	Side     Side
	Kind     PhaseKind
	Duration time.Duration
	// Set counts the step's sets from 1; Sets is how many the step has (1
	// for the built-in routines).
	Set, Sets int
	// Note is the step's own line from the config file, shown during the
	// step; "" for the built-in routines.
	Note string
}

// Word is what happens in the phase, in lower case: "get ready", "hold",
// "move", "roll", "switch sides" or "rest".
func (p Phase) Word() string {
	switch p.Kind {
	case GetReady:
		return "get ready"
	case SwitchSides:
		return "switch sides"
	case Rest:
		return "rest"
	default:
		return p.Exercise.Kind.String()
	}
}

// SetText is "set 2 of 3" for a step of several sets, "" for a step of one.
func (p Phase) SetText() string {
	if p.Sets <= 1 {
		return ""
	}
	return fmt.Sprintf("set %d of %d", p.Set, p.Sets)
}

// RingsAtStart says whether the start of the phase deserves the sound of a
// start: the user must start working, or change sides, without looking up.
// A rest does not: it has the sound of an end (see package cues).
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

// String describes the phase in one line, e.g. "Lunge stretch, left side:
// hold 30s", or "Lunge stretch, left side, set 2 of 3: rest 15s".
func (p Phase) String() string {
	name := p.Exercise.Name
	if p.Side != NoSide {
		name += ", " + p.Side.String() + " side"
	}
	if set := p.SetText(); set != "" {
		name += ", " + set
	}
	return fmt.Sprintf("%s: %s %s", name, p.Word(), p.Duration)
}

// Plan expands a routine into the ordered phases of a session: get ready →
// work (left) → switch sides → work (right) for sided steps, get ready →
// work for the others. A step of several sets repeats its work, both sides
// each time, with the step's rest between sets: get ready → left → switch →
// right → rest → left → switch → right. A rest of zero adds no phase; a
// sided step then switches sides from right to left instead. A zero lead-in
// drops the get-ready phases but keeps a zero-length switch so the change
// of side is still announced. Plan is pure: the same routine and options
// always give the same phases.
func Plan(r Routine, o Options) []Phase {
	var phases []Phase
	add := func(p Phase, kind PhaseKind, side Side, set int, d time.Duration) {
		p.Kind, p.Side, p.Set, p.Duration = kind, side, set, d
		phases = append(phases, p)
	}
	for i, s := range r.StepsFor(o) {
		e := s.Exercise.WithVariant(s.Variant)
		e.Pace = s.Pace()
		work, sets := s.WorkTime(o), s.SetCount()
		base := Phase{Step: i, Exercise: e, Sets: sets, Note: s.Note}
		sides := []Side{NoSide}
		if e.Sided {
			sides = []Side{Left, Right}
		}
		if o.GetReady > 0 {
			add(base, GetReady, sides[0], 1, o.GetReady)
		}
		for set := 1; set <= sets; set++ {
			switch {
			case set == 1:
			case s.Rest > 0:
				add(base, Rest, sides[0], set, s.Rest)
			default:
				// No rest asked for: still a lead-in, so the next set
				// does not start the moment the last ends, and time to
				// turn back to the first side where the step is sided.
				lead := o.GetReady
				if e.Sided {
					lead = max(lead, o.SwitchTime())
				}
				if lead > 0 {
					add(base, GetReady, sides[0], set, lead)
				}
			}
			for j, side := range sides {
				if j > 0 {
					add(base, SwitchSides, side, set, o.SwitchTime())
				}
				add(base, Work, side, set, work)
			}
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
