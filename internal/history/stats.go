package history

import (
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// Streaks, PerWeek, Calendar and Nudges work on a slice of records, for
// callers that have one; each is the Summary of those records, asked once.
// Streaks count calendar dates in the user's zone, not 24-hour spans, so
// midnight, month ends and daylight-saving changes never break or stretch
// one.

// Streak is a run of consecutive days with at least one session.
type Streak struct {
	// Current counts the run that ends today (or yesterday, as today's
	// session may still come); 0 if the run is broken.
	Current int
	// Longest is the longest run ever.
	Longest int
}

// summarize is the Summary of records, in loc.
func summarize(records []session.Record, loc *time.Location) *Summary {
	s := NewSummary(loc)
	for _, r := range records {
		s.Add(r)
	}
	return s
}

// Streaks counts days with a completed session of the routine ("" for any
// routine), as of now, in loc. Days after today are left out.
func Streaks(records []session.Record, routine string, now time.Time, loc *time.Location) Streak {
	return summarize(records, loc).Streaks(routine, now)
}

// PerWeek counts sessions in each of the last n weeks (Monday to Sunday),
// oldest first, the last being the current week.
func PerWeek(records []session.Record, n int, now time.Time, loc *time.Location) []int {
	return summarize(records, loc).PerWeek(n, now)
}

// DaysAgo is how many calendar days in loc lie between t and now: 0 for
// today, 1 for yesterday, however few hours apart the two are.
func DaysAgo(t, now time.Time, loc *time.Location) int {
	return int(dayNumber(now.In(loc)) - dayNumber(t.In(loc)))
}

// dayNumber is a date's day count since the epoch, ignoring the clock.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// Calendar counts sessions for each day of the last weeks weeks, as a grid
// of [weekday][week] (Monday first, oldest week first), ending with the
// current week; days after today are -1.
func Calendar(records []session.Record, weeks int, now time.Time, loc *time.Location) [7][]int {
	return summarize(records, loc).Calendar(weeks, now)
}

// Nudges are the reasons, if any, to stop self-treating and see a doctor or
// physiotherapist, worded as advice and never as a diagnosis (see
// Summary.Nudges).
func Nudges(records []session.Record, now time.Time, loc *time.Location) []string {
	return summarize(records, loc).Nudges(now)
}
