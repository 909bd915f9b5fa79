package history

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// PainWindow is how many of the latest pain check-ins a Summary keeps, of
// each kind (before, after): as many as the report's sparklines show.
const PainWindow = 40

// stepWindow is how many of the latest sessions with a step a Summary keeps
// for that step: the "2-for-2" rule looks at two.
const stepWindow = 2

// maxStepIDs bounds how many exercises a Summary keeps steps for: far more
// than the library holds, so only a history file written by hand reaches
// it, and exercises past it are not kept.
const maxStepIDs = 64

// reliefWindow is how many relief check-ins the "not improved" nudge looks
// back over.
const reliefWindow = 5

// Summary is what the history report, the picker's greeting and the
// session summary need from the history, added up one record at a time, so
// that it can be built while streaming the file (ScanFile) instead of from
// a slice of every record.
//
// Its memory is bounded by the number of distinct calendar days with a
// session times the number of distinct routines, plus fixed windows of the
// latest pain check-ins (PainWindow), the latest sessions of each step
// (stepWindow, for at most maxStepIDs exercises) and the last record;
// never by the number of records. Records may be added in any order, except that Last
// and the pain windows follow the order of adding (the file's order). The
// zero Summary is not ready: use NewSummary.
type Summary struct {
	loc   *time.Location
	count int
	// earliest is the earliest start added, which need not be the first
	// line's: a clock put right, or two coaches at once, write out of order.
	earliest time.Time
	last     session.Record
	days     map[int64]dayStat             // by day number in loc
	done     map[string]map[int64]struct{} // days with a completed session, by routine
	before   ring
	after    ring
	relief   ring // the latest check-ins of relief sessions
	// lastPain is the latest check-in of any session (-1: none yet): a
	// session without one does not hide the last one given.
	lastPain int
	// steps are, by exercise ID, the latest stepWindow sessions with that
	// step, oldest first, for the summary's easier or harder suggestion.
	steps map[string][]StepOutcome
}

// StepOutcome is how one step went in one session: done in full or not,
// and the session's check-ins (-1 where not given).
type StepOutcome struct {
	Done                  bool
	PainBefore, PainAfter int
}

// Suggestion is what the history suggests for a step next time: a
// suggestion for the user, never a switch made for them.
type Suggestion int

// The suggestions Suggest makes.
const (
	SuggestNothing Suggestion = iota
	// SuggestHarder: the last two sessions with the step were done in
	// full, with check-ins of 3 or less and not rising (content.md, "When
	// to suggest it": the 2-for-2 rule with the pain-monitoring model).
	SuggestHarder
	// SuggestEasier: the last session with the step had a check-in that
	// rose or reached 5.
	SuggestEasier
)

// dayStat is one calendar day of the history.
type dayStat struct {
	sessions int32 // finished or not, any routine
	done     bool  // at least one completed session
	relief   bool  // at least one relief session, finished or not
}

// NewSummary is an empty summary that counts calendar days in loc (the
// user's zone; nil means time.Local).
func NewSummary(loc *time.Location) *Summary {
	if loc == nil {
		loc = time.Local
	}
	return &Summary{
		loc:      loc,
		days:     map[int64]dayStat{},
		done:     map[string]map[int64]struct{}{},
		before:   ring{size: PainWindow},
		after:    ring{size: PainWindow},
		relief:   ring{size: reliefWindow},
		lastPain: -1,
		steps:    map[string][]StepOutcome{},
	}
}

// Add counts one record in.
func (s *Summary) Add(r session.Record) {
	if !r.IsCheckin() {
		if s.count == 0 || r.Start.Before(s.earliest) {
			s.earliest = r.Start
		}
		s.count++
		s.last = r
	}
	s.addSteps(r)
	d := dayNumber(r.Start.In(s.loc))
	st := s.days[d]
	if !r.IsCheckin() {
		// A check-in that stopped at the pain screen is an answer, not a
		// session: its pain counts, its day does not.
		st.sessions++
	}
	if r.Completed {
		st.done = true
		days := s.done[r.Routine]
		if days == nil {
			days = map[int64]struct{}{}
			s.done[r.Routine] = days
		}
		days[d] = struct{}{}
	}
	if r.Routine == "relief" {
		st.relief = true
		if p, ok := r.Pain(); ok {
			s.relief.push(p)
		}
	}
	s.days[d] = st
	if p, ok := r.Pain(); ok {
		s.lastPain = p
	}
	if r.PainBefore != nil {
		s.before.push(*r.PainBefore)
	}
	if r.PainAfter != nil {
		s.after.push(*r.PainAfter)
	}
}

// addSteps keeps how each step of session r went, the latest stepWindow
// per exercise. A check-in alone has no steps.
func (s *Summary) addSteps(r session.Record) {
	if r.IsCheckin() {
		return
	}
	before, after := -1, -1
	if r.PainBefore != nil {
		before = *r.PainBefore
	}
	if r.PainAfter != nil {
		after = *r.PainAfter
	}
	add := func(id string, done bool) {
		outs, ok := s.steps[id]
		if !ok && len(s.steps) >= maxStepIDs {
			return
		}
		if len(outs) >= stepWindow {
			outs = slices.Clone(outs[len(outs)-stepWindow+1:])
		}
		s.steps[id] = append(outs, StepOutcome{Done: done, PainBefore: before, PainAfter: after})
	}
	for _, id := range r.StepsDone {
		add(id, true)
	}
	for _, id := range r.StepsSkipped {
		add(id, false)
	}
}

// Suggest is what the latest sessions with the exercise with this ID
// suggest for it next time.
func (s *Summary) Suggest(id string) Suggestion {
	outs := s.steps[id]
	if len(outs) == 0 {
		return SuggestNothing
	}
	if last := outs[len(outs)-1]; last.rose() || max(last.PainBefore, last.PainAfter) >= 5 {
		return SuggestEasier
	}
	if len(outs) < stepWindow {
		return SuggestNothing
	}
	for _, o := range outs {
		// The pain after is the evidence that the step did not hurt: a
		// session without it suggests nothing.
		if !o.Done || o.PainAfter < 0 || o.PainAfter > 3 || o.PainBefore > 3 || o.rose() {
			return SuggestNothing
		}
	}
	return SuggestHarder
}

// rose reports a pain after the session higher than before it.
func (o StepOutcome) rose() bool {
	return o.PainBefore >= 0 && o.PainAfter > o.PainBefore
}

// Count is the number of sessions added: check-ins that stopped at the pain
// screen count for the pain figures only.
func (s *Summary) Count() int { return s.count }

// Earliest is the earliest start of any record added, if any.
func (s *Summary) Earliest() (time.Time, bool) { return s.earliest, s.count > 0 }

// Last is the last session added (the latest in a history file), if any.
func (s *Summary) Last() (session.Record, bool) { return s.last, s.count > 0 }

// Routines are the routines with a completed session, sorted.
func (s *Summary) Routines() []string {
	return slices.Sorted(maps.Keys(s.done))
}

// Pains are the latest check-ins before and after sessions, at most
// PainWindow of each, oldest first.
func (s *Summary) Pains() (before, after []int) {
	return s.before.values(), s.after.values()
}

// Clone is an independent copy, e.g. to add the session just finished to
// the past ones and ask again, and again once its pain is known.
func (s *Summary) Clone() *Summary {
	c := *s
	c.days = maps.Clone(s.days)
	c.done = make(map[string]map[int64]struct{}, len(s.done))
	for r, days := range s.done {
		c.done[r] = maps.Clone(days)
	}
	c.before, c.after, c.relief = s.before.clone(), s.after.clone(), s.relief.clone()
	c.steps = make(map[string][]StepOutcome, len(s.steps))
	for id, outs := range s.steps {
		c.steps[id] = slices.Clone(outs)
	}
	return &c
}

// Streaks counts days with a completed session of routine ("" for any
// routine) as of now. Days after now's (records from a clock that was
// ahead) are left out, so they cannot break the current streak.
func (s *Summary) Streaks(routine string, now time.Time) Streak {
	var days []int64
	if routine == "" {
		for d, st := range s.days {
			if st.done {
				days = append(days, d)
			}
		}
	} else {
		days = slices.Collect(maps.Keys(s.done[routine]))
	}
	return streak(days, dayNumber(now.In(s.loc)))
}

// reliefStreak is the run of days, up to now, with any relief session.
func (s *Summary) reliefStreak(now time.Time) Streak {
	var days []int64
	for d, st := range s.days {
		if st.relief {
			days = append(days, d)
		}
	}
	return streak(days, dayNumber(now.In(s.loc)))
}

// streak finds the runs of consecutive day numbers in days (any order, each
// once) up to today.
func streak(days []int64, today int64) Streak {
	days = slices.DeleteFunc(days, func(d int64) bool { return d > today })
	slices.Sort(days)
	var st Streak
	run := 0
	for i, d := range days {
		if i > 0 && days[i-1]+1 == d {
			run++
		} else {
			run = 1
		}
		st.Longest = max(st.Longest, run)
	}
	if n := len(days); n > 0 && (days[n-1] == today || days[n-1] == today-1) {
		st.Current = run
	}
	return st
}

// monday is the day number of the Monday that starts day d's week.
func monday(d int64) int64 {
	// Day 0, 1 January 1970, was a Thursday: three days after a Monday.
	return d - ((d+3)%7+7)%7
}

// PerWeek counts sessions in each of the last n weeks (Monday to Sunday)
// as of now, oldest first, the last being the current week.
func (s *Summary) PerWeek(n int, now time.Time) []int {
	counts := make([]int, max(n, 0))
	this := monday(dayNumber(now.In(s.loc)))
	for i := range counts {
		first := this - 7*int64(len(counts)-1-i)
		for d := first; d < first+7; d++ {
			counts[i] += int(s.days[d].sessions)
		}
	}
	return counts
}

// Calendar counts sessions for each day of the last weeks weeks as of now,
// as a grid of [weekday][week] (Monday first, oldest week first), ending
// with the current week; days after today are -1.
func (s *Summary) Calendar(weeks int, now time.Time) [7][]int {
	weeks = max(weeks, 0)
	var grid [7][]int
	today := dayNumber(now.In(s.loc))
	first := monday(today) - 7*int64(weeks-1)
	for wd := range grid {
		grid[wd] = make([]int, weeks)
		for w := range weeks {
			d := first + int64(7*w+wd)
			if d > today {
				grid[wd][w] = -1
			} else {
				grid[wd][w] = int(s.days[d].sessions)
			}
		}
	}
	return grid
}

// Nudges are the reasons, if any, to stop self-treating and see a doctor or
// physiotherapist, as of now, worded as advice and never as a diagnosis.
// They follow the article's advice to see a doctor when pain is severe or
// lasts more than a few days: the last check-in was 7 or more; the last
// reliefWindow relief sessions' pain did not go down; relief was needed 5
// days in a row or more.
func (s *Summary) Nudges(now time.Time) []string {
	var out []string
	if p := s.lastPain; p >= 7 {
		out = append(out, fmt.Sprintf("Your last check-in was %d out of 10. Pain that strong is worth showing to a doctor or physiotherapist.", p))
	}
	if r := s.relief.values(); len(r) == reliefWindow && r[len(r)-1] >= r[0] {
		out = append(out, fmt.Sprintf("Your pain has not improved over your last %d relief sessions. Consider seeing a doctor or physiotherapist.", reliefWindow))
	}
	if st := s.reliefStreak(now); st.Current >= 5 {
		out = append(out, fmt.Sprintf("You have needed relief %d days in a row. Pain that lasts more than a few days is a reason to see a doctor.", st.Current))
	}
	return out
}

// ring keeps the last size values pushed.
type ring struct {
	size int
	buf  []int
	next int // where the next value goes once buf is full
}

func (r *ring) push(v int) {
	if len(r.buf) < r.size {
		r.buf = append(r.buf, v)
		return
	}
	r.buf[r.next] = v
	r.next = (r.next + 1) % r.size
}

// values are the values kept, oldest first.
func (r ring) values() []int {
	return append(slices.Clone(r.buf[r.next:]), r.buf[:r.next]...)
}

func (r ring) clone() ring {
	r.buf = slices.Clone(r.buf)
	return r
}
