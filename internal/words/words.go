// Package words holds the few rules of hipcoach's wording that several
// packages share, each written once: the "did you mean" matcher, counts
// with their nouns, and the reason an operating-system error gives.
package words

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// nearestMaxLen is the longest query Nearest compares: longer ones are
// no slip of the keyboard, and comparing them would cost time.
const nearestMaxLen = 64

// Nearest returns up to n of names nearest to q by edit distance, for "did
// you mean" messages: those at the least distance, in the order given. It
// is hipcoach's one fuzzy matcher: routine names and subcommands on the
// command line, exercises in the library, keys and values in the config
// file all go through it, so a slip is forgiven the same way everywhere.
// Comparison ignores case, counts two swapped neighbours as one edit, and
// also counts, at the cost of one edit, q matching one dash- or
// underscore-separated word of a name or its start, since people type part
// of a name. Names too far from q to be a slip are left out, so the result
// may be empty.
func Nearest(q string, names []string, n int) []string {
	q = strings.ToLower(strings.TrimSpace(q))
	qlen := utf8.RuneCountInString(q)
	if qlen == 0 || qlen > nearestMaxLen || n <= 0 {
		return nil
	}
	limit := max(2, qlen/3)
	type scored struct {
		name string
		d    int
	}
	var found []scored
	for _, name := range names {
		lower := strings.ToLower(name)
		d := levenshtein.ComputeDistance(q, lower)
		for _, word := range strings.FieldsFunc(lower, func(r rune) bool { return r == '-' || r == '_' }) {
			if word != lower {
				d = min(d, levenshtein.ComputeDistance(q, word)+1)
			}
		}
		if qlen >= 3 && len(lower) > len(q) {
			d = min(d, levenshtein.ComputeDistance(q, lower[:len(q)])+1)
		}
		if swapped(q, lower) {
			d = min(d, 1)
		}
		if d <= limit {
			found = append(found, scored{name, d})
		}
	}
	best := limit
	for _, s := range found {
		best = min(best, s.d)
	}
	var out []string
	for _, s := range found {
		if s.d == best && len(out) < n {
			out = append(out, s.name)
		}
	}
	return out
}

// swapped reports whether a is b with two neighbouring characters swapped.
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// Plural writes a count with its noun: "1 step", "7 steps".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Reason is what went wrong with a file, without the path that a
// *fs.PathError repeats: "is a directory", "permission denied". The
// message it goes into names the path once, in its own words.
func Reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
