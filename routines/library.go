package routines

import (
	"fmt"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/internal/words"
)

// FindExercise looks an exercise up by what a user types: its ID or name,
// in any case, with spaces or hyphens, whole or as an unambiguous prefix
// ("glute", "Side lying"). When nothing matches, the error suggests the
// nearest names.
func FindExercise(query string) (Exercise, error) {
	q := normalize(query)
	if q == "" {
		return Exercise{}, fmt.Errorf("which exercise? choose one of: %s", exerciseIDs(Exercises))
	}
	var prefixed []Exercise
	for _, e := range Exercises {
		if q == e.ID || q == normalize(e.Name) {
			return e, nil
		}
		if strings.HasPrefix(e.ID, q) || strings.HasPrefix(normalize(e.Name), q) {
			prefixed = append(prefixed, e)
		}
	}
	switch len(prefixed) {
	case 1:
		return prefixed[0], nil
	case 0:
		if near := words.Nearest(q, exerciseIDList(Exercises), 2); len(near) > 0 {
			return Exercise{}, fmt.Errorf("no exercise %q: did you mean %s?", query, strings.Join(near, " or "))
		}
		return Exercise{}, fmt.Errorf("no exercise %q: choose one of: %s", query, exerciseIDs(Exercises))
	default:
		return Exercise{}, fmt.Errorf("%q could be %s: type more of the name", query, exerciseIDs(prefixed))
	}
}

// normalize is a name as the library spells IDs: lower case, words joined
// by dashes.
func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "-")
}

// exerciseIDList is the IDs of es, in order.
func exerciseIDList(es []Exercise) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// exerciseIDs lists the IDs of es for a message: "plank, butterfly".
func exerciseIDs(es []Exercise) string { return strings.Join(exerciseIDList(es), ", ") }

// UsedIn names the routines that include the exercise, e.g. "relief
// (optional extra)".
func (e Exercise) UsedIn() string {
	var uses []string
	for _, r := range All {
		for _, s := range r.Steps {
			if s.Exercise.ID == e.ID {
				use := strings.ToLower(r.Name)
				if s.Extra {
					use += " (optional extra)"
				}
				uses = append(uses, use)
			}
		}
	}
	return strings.Join(uses, ", ")
}

// StepDuration is how long one step takes in a session with o: its lead-in,
// its work and, for sided steps, the switch and the second side.
func StepDuration(s Step, o Options) time.Duration {
	o.Chosen = map[string]bool{s.Exercise.ID: true} // count it even if switched off
	return Total(Plan(Routine{Steps: []Step{s}}, o))
}
