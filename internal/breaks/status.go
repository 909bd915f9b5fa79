package breaks

import (
	"fmt"
	"time"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/internal/words"
)

// StatusLimit is how much of the history's end `hipcoach status` reads:
// enough for a streak of three months or more at a few sessions a day, and
// little enough to answer within a few milliseconds at any history size.
// A streak longer than that reads "N+-day".
const StatusLimit = 128 << 10

// Status is what `hipcoach status` knows, the fields its --format template
// can use. Times are the user's local time.
type Status struct {
	// Line is the default one-line summary.
	Line string
	// Breaks is set while `hipcoach breaks` runs; then Due says a break
	// is due, Sat is the sitting time ("52m") and SatMinutes its minutes,
	// Next the time of the next call ("15:42"), BreakRoutine the routine
	// a break runs, and Off why no calls come now ("quiet hours until
	// 09:00"), or "".
	Breaks       bool
	Due          bool
	Sat          string
	SatMinutes   int
	Next         string
	BreakRoutine string
	Off          string
	// Today is set when a session was completed today; TodayRoutine is
	// the latest one's routine.
	Today        bool
	TodayRoutine string
	// Streak is the days in a row, up to today or yesterday, with a
	// completed session of any routine (a desk break counts); StreakMore
	// is set when the streak goes back further than status reads.
	Streak     int
	StreakMore bool
	// Last is the latest session's routine ("" if none), LastWhen when
	// it was ("today", "yesterday", "3 days ago"), LastDaysAgo the days.
	Last        string
	LastWhen    string
	LastDaysAgo int
	// PainBefore and PainAfter are the latest session's check-ins, -1 if
	// not given; Pain shows them ("4→2", "4", or "").
	PainBefore, PainAfter int
	Pain                  string
}

// ReadStatus builds the status from the history at path (read from its
// end) and the state of a running `breaks` in stateDir, as of now.
func ReadStatus(path, stateDir string, now time.Time, loc *time.Location) (Status, error) {
	if loc == nil {
		loc = time.Local
	}
	st := Status{PainBefore: -1, PainAfter: -1}
	if stateDir != "" {
		if s, ok := ReadState(stateDir); ok {
			st.Breaks, st.BreakRoutine, st.Off = true, words.Sanitize(s.Routine), words.Sanitize(s.Off)
			sat := max(now.Sub(s.SatSince), 0)
			st.SatMinutes = int(sat / time.Minute)
			st.Sat = minutes(sat)
			st.Due = s.Calling || !now.Before(s.Due)
			st.Next = s.Due.In(loc).Format("15:04")
		}
	}
	var err error
	if path != "" {
		err = st.readHistory(path, now, loc)
	}
	st.Line = st.line()
	return st, err
}

// minutes shows a sitting time: "52m", "1h05m".
func minutes(d time.Duration) string {
	m := int(d / time.Minute)
	if m < 60 {
		return fmt.Sprintf("%dm", m)
	}
	return fmt.Sprintf("%dh%02dm", m/60, m%60)
}

func dayNumber(t time.Time, loc *time.Location) int64 {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// readHistory reads the end of the history back to the start of the
// streak.
func (st *Status) readHistory(path string, now time.Time, loc *time.Location) error {
	today := dayNumber(now, loc)
	expect := today
	seenLast := false
	cut, err := history.ScanBackward(path, now, StatusLimit, func(r session.Record) bool {
		if r.Outcome == session.OutcomeSkipped {
			return true
		}
		d := dayNumber(r.Start, loc)
		if d > today {
			return true
		}
		if !seenLast {
			seenLast = true
			st.Last, st.LastDaysAgo = words.Sanitize(r.Routine), int(today-d)
			st.LastWhen = when(st.LastDaysAgo)
			if r.PainBefore != nil {
				st.PainBefore = *r.PainBefore
			}
			if r.PainAfter != nil {
				st.PainAfter = *r.PainAfter
			}
		}
		if d < expect {
			if st.Streak > 0 || expect != today || d < today-1 {
				return false // a day without a completed session: the streak ends
			}
			expect = today - 1 // none yet today: the streak may end yesterday
		}
		if r.Completed && d == today && !st.Today {
			st.Today, st.TodayRoutine = true, words.Sanitize(r.Routine)
		}
		if r.Completed && d == expect {
			st.Streak++
			expect--
		}
		return true
	})
	st.StreakMore = cut && st.Streak > 0
	switch {
	case st.PainBefore >= 0 && st.PainAfter >= 0:
		st.Pain = fmt.Sprintf("%d→%d", st.PainBefore, st.PainAfter)
	case st.PainAfter >= 0:
		st.Pain = fmt.Sprint(st.PainAfter)
	case st.PainBefore >= 0:
		st.Pain = fmt.Sprint(st.PainBefore)
	}
	return err
}

func when(days int) string {
	switch days {
	case 0:
		return "today"
	case 1:
		return "yesterday"
	}
	return fmt.Sprintf("%d days ago", days)
}

// line is the default status line.
func (st Status) line() string {
	switch {
	case st.Breaks && st.Due:
		return fmt.Sprintf("%s break due · sat %s", st.BreakRoutine, st.Sat)
	case st.Breaks && st.Off != "":
		return "breaks: " + st.Off
	case st.Breaks:
		return fmt.Sprintf("sat %s · break at %s", st.Sat, st.Next)
	case st.Today:
		line := "✓ " + st.TodayRoutine + " today"
		if st.Streak >= 2 {
			more := ""
			if st.StreakMore {
				more = "+"
			}
			line += fmt.Sprintf(" · %d%s-day streak", st.Streak, more)
		}
		return line
	case st.Last != "":
		line := st.Last + " " + st.LastWhen
		if st.Pain != "" {
			line += " · pain " + st.Pain
		}
		return line
	}
	return "no sessions yet"
}

// LastSessionEnd is when the latest session in the history at path ended
// (start plus the time it ran), skipped breaks and sessions that ran no
// time left out: a session from any terminal is a break from sitting.
func LastSessionEnd(path string, now time.Time) (time.Time, bool) {
	var end time.Time
	_, _ = history.ScanBackward(path, now, StatusLimit, func(r session.Record) bool {
		if r.Outcome == session.OutcomeSkipped || r.ActualSeconds <= 0 {
			return true
		}
		end = r.Start.Add(time.Duration(r.ActualSeconds * float64(time.Second)))
		return false
	})
	return end, !end.IsZero()
}
