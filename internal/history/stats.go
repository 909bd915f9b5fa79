package history

import "time"

// Streak is a run of consecutive days with at least one session. Streaks
// count calendar dates in the user's zone, not 24-hour spans, so midnight,
// month ends and daylight-saving changes never break or stretch one.
type Streak struct {
	// Current counts the run that ends today (or yesterday, as today's
	// session may still come); 0 if the run is broken.
	Current int
	// Longest is the longest run ever.
	Longest int
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
