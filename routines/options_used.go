package routines

import "slices"

// Unused reports, for one of the duration options ("hold" or "roll"), why
// it changes nothing in r run with o: "none" when no step of r is of that
// kind, "own" when every such step sets its own time (a config routine's
// steps, or an exercise with its own dose), "" when it does change a step.
// It asks the plan itself, with two different values, so it stays true to
// whatever rule decides a step's time.
func Unused(r Routine, o Options, option string) string {
	a, b := o, o
	switch option {
	case "hold":
		a.Hold, b.Hold = MinWork, MaxWork
	case "roll":
		a.Roll, b.Roll = MinWork, MaxWork
	default:
		return ""
	}
	kinds := 0
	for _, s := range r.StepsFor(o) {
		if s.Exercise.Pace != nil || (s.Exercise.Kind == Roll) != (option == "roll") {
			continue
		}
		kinds++
		if s.WorkTime(a) != s.WorkTime(b) {
			return ""
		}
	}
	if kinds == 0 {
		return "none"
	}
	return "own"
}

// HasExtras reports whether r has optional steps for --extras to add.
func (r Routine) HasExtras() bool {
	for _, s := range r.Steps {
		if s.Extra {
			return true
		}
	}
	return false
}

// GentleAdvice is what going on gently after a severe check-in means: the
// pain screen, the picker and --plain say it in these words.
const GentleAdvice = "every step is done in its easier version. Do only what does not make the pain worse, and stop if it rises."

// AllEasier is r with every step in its easier version where it has one:
// what "go on gently" runs after a check-in of SeverePain or more.
func (r Routine) AllEasier() Routine {
	r.Steps = slices.Clone(r.Steps)
	for i, s := range r.Steps {
		if s.Exercise.Has(VariantEasier) {
			r.Steps[i].Variant = VariantEasier
		}
	}
	return r
}
