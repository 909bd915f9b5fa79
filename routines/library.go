package routines

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
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
		return Exercise{}, fmt.Errorf("no exercise %q: did you mean %s?", query, strings.Join(Suggest(q, 2), " or "))
	default:
		return Exercise{}, fmt.Errorf("%q could be %s: type more of the name", query, exerciseIDs(prefixed))
	}
}

// Suggest returns the n exercise IDs nearest to q by edit distance, nearest
// first, for "did you mean" messages.
func Suggest(q string, n int) []string {
	q = normalize(q)
	type scored struct {
		id string
		d  int
	}
	var all []scored
	for _, e := range Exercises {
		d := levenshtein.ComputeDistance(q, e.ID)
		// People type one word of a name ("bridges") or the start of it, so
		// also compare with each word and with the ID cut to the query's
		// length, at the cost of one edit.
		for _, word := range strings.Split(e.ID, "-") {
			d = min(d, levenshtein.ComputeDistance(q, word)+1)
		}
		if len(e.ID) > len(q) {
			d = min(d, levenshtein.ComputeDistance(q, e.ID[:len(q)])+1)
		}
		all = append(all, scored{e.ID, d})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	out := make([]string, 0, n)
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.id)
	}
	return out
}

func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "-")
}

func exerciseIDs(es []Exercise) string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return strings.Join(ids, ", ")
}

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
