package history

import (
	"fmt"
	"sort"
	"time"
)

// day is a calendar date in the user's zone: streaks count dates, not
// 24-hour spans, so midnight, month ends and daylight-saving changes never
// break or stretch one.
type day struct {
	y int
	m time.Month
	d int
}

func dayOf(t time.Time, loc *time.Location) day {
	y, m, d := t.In(loc).Date()
	return day{y, m, d}
}

func (d day) next() day {
	y, m, dd := time.Date(d.y, d.m, d.d+1, 12, 0, 0, 0, time.UTC).Date()
	return day{y, m, dd}
}

func (d day) before(o day) bool {
	return d.y < o.y || d.y == o.y && (d.m < o.m || d.m == o.m && d.d < o.d)
}

// Streak is a run of consecutive days with at least one session.
type Streak struct {
	// Current counts the run that ends today (or yesterday, as today's
	// session may still come); 0 if the run is broken.
	Current int
	// Longest is the longest run ever.
	Longest int
}

// Streaks counts days with a completed session of the routine ("" for any
// routine), as of now, in loc.
func Streaks(records []Record, routine string, now time.Time, loc *time.Location) Streak {
	days := map[day]bool{}
	for _, r := range records {
		if r.Completed && (routine == "" || r.Routine == routine) {
			days[dayOf(r.Start, loc)] = true
		}
	}
	sorted := make([]day, 0, len(days))
	for d := range days {
		sorted = append(sorted, d)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].before(sorted[j]) })
	var s Streak
	run := 0
	for i, d := range sorted {
		if i > 0 && sorted[i-1].next() == d {
			run++
		} else {
			run = 1
		}
		s.Longest = max(s.Longest, run)
	}
	today := dayOf(now, loc)
	yesterday := dayOf(time.Date(today.y, today.m, today.d-1, 12, 0, 0, 0, loc), loc)
	if len(sorted) > 0 {
		if last := sorted[len(sorted)-1]; last == today || last == yesterday {
			s.Current = run
		}
	}
	return s
}

// weekStart is the Monday that starts t's week, in loc.
func weekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0 … Sunday 6
	return time.Date(t.Year(), t.Month(), t.Day()-wd, 0, 0, 0, 0, loc)
}

// PerWeek counts sessions in each of the last n weeks (Monday to Sunday),
// oldest first, the last being the current week.
func PerWeek(records []Record, n int, now time.Time, loc *time.Location) []int {
	counts := make([]int, n)
	this := weekStart(now, loc)
	for _, r := range records {
		ws := weekStart(r.Start, loc)
		// Whole weeks back, by calendar days so a DST change cannot shift it.
		back := int(dayNumber(this)-dayNumber(ws)) / 7
		if back >= 0 && back < n {
			counts[n-1-back]++
		}
	}
	return counts
}

// dayNumber is a date's day count since the epoch, ignoring the clock.
// DaysAgo is how many calendar days in loc lie between t and now: 0 for
// today, 1 for yesterday, however few hours apart the two are.
func DaysAgo(t, now time.Time, loc *time.Location) int {
	return int(dayNumber(now.In(loc)) - dayNumber(t.In(loc)))
}

func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// Calendar counts sessions for each day of the last weeks weeks, as a grid
// of [weekday][week] (Monday first, oldest week first), ending with the
// current week; days after today are -1.
func Calendar(records []Record, weeks int, now time.Time, loc *time.Location) [7][]int {
	var grid [7][]int
	first := weekStart(now, loc).AddDate(0, 0, -7*(weeks-1))
	for wd := range grid {
		grid[wd] = make([]int, weeks)
	}
	today := dayNumber(now.In(loc))
	for w := 0; w < weeks; w++ {
		for wd := 0; wd < 7; wd++ {
			if dayNumber(first.AddDate(0, 0, 7*w+wd)) > today {
				grid[wd][w] = -1
			}
		}
	}
	for _, r := range records {
		n := dayNumber(r.Start.In(loc)) - dayNumber(first)
		if n >= 0 && n < int64(7*weeks) && grid[n%7][n/7] >= 0 {
			grid[n%7][n/7]++
		}
	}
	return grid
}

// Nudges are the reasons, if any, to stop self-treating and see a doctor or
// physiotherapist, worded as advice and never as a diagnosis. They follow
// the article's advice to see a doctor when pain is severe or lasts more
// than a few days.
func Nudges(records []Record, now time.Time, loc *time.Location) []string {
	var out []string
	if len(records) > 0 {
		if p, ok := records[len(records)-1].Pain(); ok && p >= 7 {
			out = append(out, fmt.Sprintf("Your last check-in was %d out of 10. Pain that strong is worth showing to a doctor or physiotherapist.", p))
		}
	}
	var relief []int
	for _, r := range records {
		if p, ok := r.Pain(); ok && r.Routine == "relief" {
			relief = append(relief, p)
		}
	}
	if n := len(relief); n >= 5 && relief[n-1] >= relief[n-5] {
		out = append(out, "Your pain has not improved over your last 5 relief sessions. Consider seeing a doctor or physiotherapist.")
	}
	var reliefDays []Record
	for _, r := range records {
		if r.Routine == "relief" {
			r.Completed = true // needing relief counts, finished or not
			reliefDays = append(reliefDays, r)
		}
	}
	if s := Streaks(reliefDays, "relief", now, loc); s.Current >= 5 {
		out = append(out, fmt.Sprintf("You have needed relief %d days in a row. Pain that lasts more than a few days is a reason to see a doctor.", s.Current))
	}
	return out
}

// Since keeps the records that start on or after t.
func Since(records []Record, t time.Time) []Record {
	var out []Record
	for _, r := range records {
		if !r.Start.Before(t) {
			out = append(out, r)
		}
	}
	return out
}
