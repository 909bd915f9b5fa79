package config

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/breaks"
	"github.com/hipcoach/hipcoach/internal/words"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Lengths of the text fields, in characters: what fits on the picker and
// on one line of the session screen.
const (
	MaxTitle = 40
	MaxAbout = 80
	MaxNote  = 120
	// MaxName is the longest routine name.
	MaxName = 30
)

// The keys each table takes, in the order the starter file gives them.
var (
	topKeys      = []string{"defaults", "breaks", "routine"}
	breaksKeys   = []string{"every", "snooze", "routine", "quiet", "days"}
	defaultsKeys = []string{"hold", "roll", "get_ready", "switch", "extras", "sound", "voice"}
	routineKeys  = []string{"name", "title", "about", "step"}
	stepKeys     = []string{"exercise", "hold", "roll", "reps", "sets", "rest", "variant", "note"}
)

// issue is one problem, at a byte offset of the file.
type issue struct {
	off int
	msg string
}

// checker checks a file's tables and collects every problem.
type checker struct {
	name   string
	data   []byte
	issues []issue
	// lines are the byte offsets where lines start, made when first needed.
	lines []int
	// reserved are the names a routine may not take (see Parse).
	reserved []string
}

func (c *checker) errorf(off int, format string, args ...any) {
	c.issues = append(c.issues, issue{off, fmt.Sprintf(format, args...)})
}

// errors are the problems in the order of the file, at most MaxErrors and
// a line saying how many more; nil if there are none.
func (c *checker) errors() Errors {
	if len(c.issues) == 0 {
		return nil
	}
	sort.SliceStable(c.issues, func(i, j int) bool { return c.issues[i].off < c.issues[j].off })
	var errs Errors
	for i, is := range c.issues {
		if i == MaxErrors {
			errs = append(errs, &Error{Path: c.name, Msg: fmt.Sprintf("%d more problems not shown", len(c.issues)-i)})
			break
		}
		line, col := c.position(is.off)
		errs = append(errs, &Error{Path: c.name, Line: line, Column: col, Msg: is.msg})
	}
	return errs
}

// position is the line and the column, in characters, of a byte offset.
func (c *checker) position(off int) (line, col int) {
	if c.lines == nil {
		c.lines = []int{0}
		for i, b := range c.data {
			if b == '\n' {
				c.lines = append(c.lines, i+1)
			}
		}
	}
	off = max(0, min(off, len(c.data)))
	l := sort.Search(len(c.lines), func(i int) bool { return c.lines[i] > off }) - 1
	return l + 1, utf8.RuneCount(c.data[c.lines[l]:off]) + 1
}

// unknownKeys reports the keys of t that are not in allowed, suggesting
// the nearest allowed one.
func (c *checker) unknownKeys(t *table, where string, allowed []string) {
	for _, k := range t.keys {
		if slices.Contains(allowed, k) {
			continue
		}
		hint := "allowed: " + strings.Join(allowed, ", ")
		if near := words.Nearest(k, allowed, 2); len(near) > 0 {
			hint = "did you mean " + strings.Join(near, " or ") + "?"
		}
		c.errorf(t.vals[k].keyOff, "unknown key %s%s (%s)", quote(k), where, hint)
	}
}

// file checks the root table.
func (c *checker) file(root *table) File {
	var f File
	c.unknownKeys(root, "", topKeys)
	if v := root.vals["defaults"]; v != nil {
		if v.kind != kTable {
			c.errorf(v.keyOff, "defaults must be a table, not %s (write [defaults] and its keys below it)", v.kind)
		} else {
			f.Defaults = c.defaults(v.tab)
		}
	}
	if v := root.vals["routine"]; v != nil {
		f.Routines = c.routineList(v)
	}
	if v := root.vals["breaks"]; v != nil {
		if v.kind != kTable {
			c.errorf(v.keyOff, "breaks must be a table, not %s (write [breaks] and its keys below it)", v.kind)
		} else {
			f.Breaks = c.breaksTable(v.tab, f.Routines)
		}
	}
	return f
}

// breaksTable checks the [breaks] table; own are the file's routines, which a
// break may run too.
func (c *checker) breaksTable(t *table, own []routines.Routine) Breaks {
	c.unknownKeys(t, " in [breaks]", breaksKeys)
	var b Breaks
	b.Every = c.duration(t, "every", breaks.MinEvery, breaks.MaxEvery)
	b.Snooze = c.duration(t, "snooze", breaks.MinSnooze, breaks.MaxSnooze)
	if v := t.vals["routine"]; v != nil {
		all := append(slices.Clone(routines.All), own...)
		var ids []string
		for _, r := range all {
			ids = append(ids, r.ID)
		}
		switch {
		case v.kind != kString:
			c.errorf(v.off, `routine must be a string, not %s (e.g. routine = "desk")`, v.kind)
		case slices.Contains(ids, v.str):
			b.Routine = &v.str
		default:
			hint := "choose " + routines.IDsOf(all)
			if near := words.Nearest(v.str, ids, 2); len(near) > 0 {
				hint = "did you mean " + strings.Join(near, " or ") + "?"
			}
			c.errorf(v.off, "routine %s is not a routine (%s)", quote(v.str), hint)
		}
	}
	if v := t.vals["quiet"]; v != nil {
		if v.kind != kString {
			c.errorf(v.off, `quiet must be a string of two times, not %s (e.g. quiet = "18:00-09:00")`, v.kind)
		} else if w, err := breaks.ParseWindow(v.str); err != nil {
			c.errorf(v.off, "quiet %s: %s", quote(v.str), clean(err.Error()))
		} else {
			b.Quiet = &w
		}
	}
	if v := t.vals["days"]; v != nil {
		b.Days = c.days(v)
	}
	return b
}

// days checks a list of day names.
func (c *checker) days(v *value) *[7]bool {
	allowed := `use a list of "mon", "tue", "wed", "thu", "fri", "sat", "sun"`
	if v.kind != kArray || len(v.elems) == 0 {
		c.errorf(v.off, "days must be a list of days, not %s (%s)", v.kind, allowed)
		return nil
	}
	var days [7]bool
	ok := true
	for _, e := range v.elems {
		if e.kind != kString {
			c.errorf(e.off, "each day must be a string, not %s (%s)", e.kind, allowed)
			ok = false
			continue
		}
		d, known := breaks.ParseDay(e.str)
		if !known {
			hint := allowed
			if near := words.Nearest(e.str, breaks.DayNames[:], 1); len(near) > 0 {
				hint = fmt.Sprintf("did you mean %q?", near[0])
			}
			c.errorf(e.off, "day %s is not a day (%s)", quote(e.str), hint)
			ok = false
			continue
		}
		days[d] = true
	}
	if !ok {
		return nil
	}
	return &days
}

func (c *checker) defaults(t *table) Defaults {
	c.unknownKeys(t, " in [defaults]", defaultsKeys)
	var d Defaults
	d.Hold = c.duration(t, "hold", routines.MinWork, routines.MaxWork)
	d.Roll = c.duration(t, "roll", routines.MinWork, routines.MaxWork)
	d.GetReady = c.duration(t, "get_ready", 0, routines.MaxGetReady)
	d.Switch = c.duration(t, "switch", 0, routines.MaxSwitch)
	d.Extras = c.boolean(t, "extras")
	d.Voice = c.boolean(t, "voice")
	d.Sound = c.sound(t)
	return d
}

// sound is [defaults] sound, read as --sound reads it.
func (c *checker) sound(t *table) *sound.Mode {
	v := t.vals["sound"]
	if v == nil {
		return nil
	}
	names := sound.ModeNames()
	if v.kind != kString {
		c.errorf(v.off, "sound must be a string, not %s (use %s)", v.kind, orList(quoteAll(names)))
		return nil
	}
	m, err := sound.ParseMode(v.str)
	if err != nil {
		hint := "use " + orList(quoteAll(names))
		if near := words.Nearest(v.str, names, 1); len(near) > 0 {
			hint = fmt.Sprintf("did you mean %q?", near[0])
		}
		c.errorf(v.off, "sound %s is not a sound setting (%s)", quote(v.str), hint)
		return nil
	}
	return &m
}

// routineList checks the [[routine]] tables.
func (c *checker) routineList(v *value) []routines.Routine {
	if v.kind != kArray {
		c.errorf(v.keyOff, "routine must be a list of tables, not %s (write [[routine]], with two brackets, for each routine)", v.kind)
		return nil
	}
	var out []routines.Routine
	first := map[string]int{} // name → offset of its first definition
	for _, e := range v.elems {
		if e.kind != kTable {
			c.errorf(e.off, "each routine must be a table, not %s (write [[routine]] for each routine)", e.kind)
			continue
		}
		r, ok := c.routine(e)
		if r.ID != "" {
			if off, dup := first[r.ID]; dup {
				line, _ := c.position(off)
				c.errorf(e.tab.vals["name"].off, "routine %q is defined twice (first at line %d; give each routine its own name)", r.ID, line)
				ok = false
			} else {
				first[r.ID] = e.tab.vals["name"].off
			}
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

// namePattern is what a routine name may be: typed on the command line,
// recorded in the history.
var namePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// routine checks one [[routine]] table; ok is false if it has problems.
func (c *checker) routine(e *value) (r routines.Routine, ok bool) {
	t := e.tab
	n := len(c.issues)
	c.unknownKeys(t, " in [[routine]]", routineKeys)
	r.Custom = true
	what := "[[routine]]"
	if v := t.vals["name"]; v == nil {
		c.errorf(e.off, `[[routine]] has no name (add name = "…": lower case letters, digits and dashes)`)
	} else if name, ok := c.routineName(v); ok {
		r.ID, what = name, fmt.Sprintf("routine %q", name)
	}
	r.Name = r.ID
	if title := c.text(t, "title", MaxTitle); title != "" {
		r.Name = title
	}
	r.About = c.text(t, "about", MaxAbout)
	r.Purpose = r.About
	if r.Purpose == "" {
		r.Purpose = "Your own routine, from the config file."
	}
	steps := t.vals["step"]
	switch {
	case steps == nil || steps.kind == kArray && len(steps.elems) == 0:
		c.errorf(e.off, "%s has no steps (add [[routine.step]] with an exercise for each step)", what)
	case steps.kind != kArray:
		c.errorf(steps.keyOff, "step must be a list of tables, not %s (write [[routine.step]], with two brackets, for each step)", steps.kind)
	default:
		for _, s := range steps.elems {
			if s.kind != kTable {
				c.errorf(s.off, "each step must be a table, not %s (write [[routine.step]] for each step)", s.kind)
				continue
			}
			r.Steps = append(r.Steps, c.step(s))
		}
	}
	return r, len(c.issues) == n
}

// routineName checks a routine's name.
func (c *checker) routineName(v *value) (string, bool) {
	if v.kind != kString {
		c.errorf(v.off, `name must be a string, not %s (e.g. name = "physio")`, v.kind)
		return "", false
	}
	name := v.str
	switch {
	case name == "":
		c.errorf(v.off, `name is empty (use lower case letters, digits and dashes, e.g. "physio")`)
	case utf8.RuneCountInString(name) > MaxName:
		c.errorf(v.off, "name %s is %d characters long (at most %d)", quote(name), utf8.RuneCountInString(name), MaxName)
	case !namePattern.MatchString(name):
		example := suggestName(name)
		if example == "" {
			example = "physio"
		}
		c.errorf(v.off, "name %s is not a routine name (use lower case letters, digits and dashes, e.g. %q)", quote(name), example)
	case slices.ContainsFunc(routines.All, func(r routines.Routine) bool { return r.ID == name }):
		c.errorf(v.off, "name %q is a built-in routine (choose another name, e.g. %q)", name, "my-"+name)
	case slices.Contains(c.reserved, name):
		c.errorf(v.off, "name %q is a hipcoach command (choose another name)", name)
	default:
		return name, true
	}
	return "", false
}

// suggestName turns what a user wrote into a valid name if it can:
// "My Plan" → "my-plan".
func suggestName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == ' ' || r == '_' || r == '-' || r == '.':
			return '-'
		}
		return -1
	}, s)
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	s = strings.Trim(s, "-")
	if len(s) > MaxName || !namePattern.MatchString(s) {
		return ""
	}
	return s
}

// step checks one [[routine.step]] table.
func (c *checker) step(e *value) routines.Step {
	t := e.tab
	c.unknownKeys(t, " in [[routine.step]]", stepKeys)
	var s routines.Step
	x, known := c.stepExercise(e)
	s.Exercise = x
	if d := c.duration(t, "hold", routines.MinWork, routines.MaxWork); d != nil {
		s.Hold = *d
		if known && (x.Pace != nil || x.Kind != routines.Hold) {
			c.errorf(t.vals["hold"].keyOff, "hold does not apply to %s: %s", x.ID, takes(x))
		}
	}
	if d := c.duration(t, "roll", routines.MinWork, routines.MaxWork); d != nil {
		s.Roll = *d
		if known && (x.Pace != nil || x.Kind != routines.Roll) {
			c.errorf(t.vals["roll"].keyOff, "roll does not apply to %s: %s", x.ID, takes(x))
		}
	}
	if n, ok := c.count(t, "reps", 1, routines.MaxReps); ok {
		s.Reps = n
		if known && x.Pace == nil {
			c.errorf(t.vals["reps"].keyOff, "reps does not apply to %s: %s", x.ID, takes(x))
		}
	}
	n, setsOK := c.count(t, "sets", 1, routines.MaxSets)
	s.Sets = n
	if d := c.duration(t, "rest", 0, routines.MaxRest); d != nil {
		s.Rest = *d
		if *d > 0 && (t.vals["sets"] == nil || setsOK && n == 1) {
			c.errorf(t.vals["rest"].keyOff, "rest is the pause between sets, and this step has one set (add sets = 2 or more, or leave rest out)")
		}
	}
	if v := t.vals["variant"]; v != nil {
		s.Variant = c.variant(v, x, known)
	}
	s.Note = c.text(t, "note", MaxNote)
	return s
}

// stepExercise is the library exercise a [[routine.step]] names, and
// whether it is one; what the step's other keys may be depends on it.
func (c *checker) stepExercise(e *value) (x routines.Exercise, known bool) {
	switch v := e.tab.vals["exercise"]; {
	case v == nil:
		c.errorf(e.off, `[[routine.step]] has no exercise (add exercise = "…"; hipcoach exercises lists them)`)
	case v.kind != kString:
		c.errorf(v.off, `exercise must be a string, not %s (e.g. exercise = "glute-bridges")`, v.kind)
	default:
		x, known = exercise(v.str)
		if !known {
			hint := "choose one of: " + strings.Join(exerciseIDs(), ", ")
			if near := words.Nearest(v.str, exerciseIDs(), 2); len(near) > 0 {
				hint = "did you mean " + strings.Join(near, " or ") + "?"
			}
			c.errorf(v.off, "exercise %s is not in the library (%s)", quote(v.str), hint)
		}
	}
	return x, known
}

// variant is a step's variant = v, "" if it is not one that x (if known)
// has.
func (c *checker) variant(v *value, x routines.Exercise, known bool) string {
	switch {
	case v.kind != kString:
		c.errorf(v.off, `variant must be a string, not %s (use "easier" or "harder")`, v.kind)
	case v.str != routines.VariantEasier && v.str != routines.VariantHarder:
		c.errorf(v.off, `variant %s is not a variant (use "easier" or "harder")`, quote(v.str))
	case known && !x.Has(v.str):
		c.errorf(v.off, "%s has no %s version in the library (leave variant out; hipcoach exercises %s shows what it has)", x.ID, v.str, x.ID)
	default:
		return v.str
	}
	return ""
}

// takes says what an exercise takes instead, for a key that does not
// apply to it.
func takes(x routines.Exercise) string {
	workRange := timer.Short(routines.MinWork) + " to " + timer.Short(routines.MaxWork)
	switch {
	case x.Pace != nil:
		return fmt.Sprintf("it is counted in reps (use reps, 1 to %d; the tempo is the library's)", routines.MaxReps)
	case x.Kind == routines.Roll:
		return "it is rolled for a time (use roll, " + workRange + ")"
	default:
		return "it is held for a time (use hold, " + workRange + ")"
	}
}

// exercise finds a library exercise by its exact ID.
func exercise(id string) (routines.Exercise, bool) {
	for _, e := range routines.Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return routines.Exercise{}, false
}

func exerciseIDs() []string {
	ids := make([]string, len(routines.Exercises))
	for i, e := range routines.Exercises {
		ids[i] = e.ID
	}
	return ids
}

// duration checks key of t as a duration from lo to hi; nil if the key is
// absent or wrong.
func (c *checker) duration(t *table, key string, lo, hi time.Duration) *time.Duration {
	v := t.vals[key]
	if v == nil {
		return nil
	}
	allowed := fmt.Sprintf("use %s to %s", timer.Short(lo), timer.Short(hi))
	var d time.Duration
	switch v.kind {
	case kInteger:
		n, ok := v.integer()
		if !ok || n < int64(lo/time.Second) || n > int64(hi/time.Second) {
			c.errorf(v.off, "%s %s is out of range (%s)", key, shorten(v.raw, 40), allowed)
			return nil
		}
		d = time.Duration(n) * time.Second
	case kString:
		var err error
		if d, err = ParseDuration(v.str); errors.Is(err, ErrNotDuration) {
			c.errorf(v.off, `%s %s is not a duration (use Go syntax like "45s" or "1m30s", or whole seconds like 45)`, key, quote(v.str))
			return nil
		}
		if err != nil || d < lo || d > hi {
			c.errorf(v.off, "%s %s is out of range (%s)", key, quote(v.str), allowed)
			return nil
		}
	case kFloat:
		c.errorf(v.off, `%s %s is not a duration (use a string like "%ss", or whole seconds)`, key, shorten(v.raw, 40), shorten(v.raw, 40))
		return nil
	default:
		c.errorf(v.off, `%s must be a duration like "30s" or whole seconds, not %s (%s)`, key, v.kind, allowed)
		return nil
	}
	return &d
}

// count checks key of t as a whole number from lo to hi.
func (c *checker) count(t *table, key string, lo, hi int) (int, bool) {
	v := t.vals[key]
	if v == nil {
		return 0, false
	}
	if v.kind != kInteger {
		c.errorf(v.off, "%s must be a whole number, not %s (use %d to %d)", key, v.kind, lo, hi)
		return 0, false
	}
	n, ok := v.integer()
	if !ok || n < int64(lo) || n > int64(hi) {
		c.errorf(v.off, "%s %s is out of range (use %d to %d)", key, shorten(v.raw, 40), lo, hi)
		return 0, false
	}
	return int(n), true
}

func (c *checker) boolean(t *table, key string) *bool {
	v := t.vals[key]
	if v == nil {
		return nil
	}
	if v.kind != kBool {
		hint := "use true or false"
		if v.kind == kString && (v.str == "true" || v.str == "false") {
			hint = "write " + v.str + " without quotes"
		}
		c.errorf(v.off, "%s must be true or false, not %s (%s)", key, v.kind, hint)
		return nil
	}
	b := v.raw == "true"
	return &b
}

// text checks a text field: a string of at most n characters with no
// control characters, since it is shown as written. Spaces around it are
// dropped; "" if it is absent, empty or wrong.
func (c *checker) text(t *table, key string, n int) string {
	v := t.vals[key]
	if v == nil {
		return ""
	}
	if v.kind != kString {
		c.errorf(v.off, "%s must be a string, not %s (one line of at most %d characters)", key, v.kind, n)
		return ""
	}
	s := strings.TrimSpace(v.str)
	if i := strings.IndexFunc(s, unsafeRune); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		c.errorf(v.off, "%s has a control character (U+%04X at character %d; write plain text on one line)", key, r, utf8.RuneCountInString(s[:i])+1)
		return ""
	}
	if l := utf8.RuneCountInString(s); l > n {
		c.errorf(v.off, "%s is %d characters long (at most %d)", key, l, n)
		return ""
	}
	return s
}

// quote shows text from the file in a message: quoted, escaped, and cut
// to a length that fits a line.
func quote(s string) string { return fmt.Sprintf("%q", shorten(s, 40)) }

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// orList joins "a", "b" and "c" as "a, b or c".
func orList(ss []string) string {
	if len(ss) <= 1 {
		return strings.Join(ss, "")
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " or " + ss[len(ss)-1]
}
