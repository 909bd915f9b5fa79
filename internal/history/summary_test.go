package history

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// The functions below are the slice-based statistics as they were before
// Summary, kept as a reference: Summary must give the same answers for any
// history without future dates.

type refDay struct {
	y int
	m time.Month
	d int
}

func refDayOf(t time.Time, loc *time.Location) refDay {
	y, m, d := t.In(loc).Date()
	return refDay{y, m, d}
}

func (d refDay) next() refDay {
	y, m, dd := time.Date(d.y, d.m, d.d+1, 12, 0, 0, 0, time.UTC).Date()
	return refDay{y, m, dd}
}

func (d refDay) before(o refDay) bool {
	return d.y < o.y || d.y == o.y && (d.m < o.m || d.m == o.m && d.d < o.d)
}

func refStreaks(records []session.Record, routine string, now time.Time, loc *time.Location) Streak {
	days := map[refDay]bool{}
	for _, r := range records {
		if r.Completed && (routine == "" || r.Routine == routine) {
			days[refDayOf(r.Start, loc)] = true
		}
	}
	sorted := make([]refDay, 0, len(days))
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
	today := refDayOf(now, loc)
	yesterday := refDayOf(time.Date(today.y, today.m, today.d-1, 12, 0, 0, 0, loc), loc)
	if len(sorted) > 0 {
		if last := sorted[len(sorted)-1]; last == today || last == yesterday {
			s.Current = run
		}
	}
	return s
}

func refWeekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	wd := (int(t.Weekday()) + 6) % 7
	return time.Date(t.Year(), t.Month(), t.Day()-wd, 0, 0, 0, 0, loc)
}

func refPerWeek(records []session.Record, n int, now time.Time, loc *time.Location) []int {
	counts := make([]int, n)
	this := refWeekStart(now, loc)
	for _, r := range records {
		ws := refWeekStart(r.Start, loc)
		back := int(dayNumber(this)-dayNumber(ws)) / 7
		if back >= 0 && back < n {
			counts[n-1-back]++
		}
	}
	return counts
}

func refCalendar(records []session.Record, weeks int, now time.Time, loc *time.Location) [7][]int {
	var grid [7][]int
	first := refWeekStart(now, loc).AddDate(0, 0, -7*(weeks-1))
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

func refNudges(records []session.Record, now time.Time, loc *time.Location) []string {
	var out []string
	// The latest check-in given, in whichever session it was.
	for i := len(records) - 1; i >= 0; i-- {
		if p, ok := records[i].Pain(); ok {
			if p >= 7 {
				out = append(out, fmt.Sprintf("Your last check-in was %d out of 10. Pain that strong is worth showing to a doctor or physiotherapist.", p))
			}
			break
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
	var reliefDays []session.Record
	for _, r := range records {
		if r.Routine == "relief" {
			r.Completed = true
			reliefDays = append(reliefDays, r)
		}
	}
	if s := refStreaks(reliefDays, "relief", now, loc); s.Current >= 5 {
		out = append(out, fmt.Sprintf("You have needed relief %d days in a row. Pain that lasts more than a few days is a reason to see a doctor.", s.Current))
	}
	return out
}

// randomHistory is n records over the days before now, in no order, with
// clusters of consecutive days so that streaks and nudges come up.
func randomHistory(rng *rand.Rand, n int, now time.Time) []session.Record {
	routines := []string{"prevention", "relief", "physio"}
	var recs []session.Record
	for range n {
		r := session.Record{
			Start:     now.Add(-time.Duration(rng.Int64N(int64(40 * 24 * time.Hour)))),
			Routine:   routines[rng.IntN(len(routines))],
			Completed: rng.IntN(3) > 0,
		}
		if rng.IntN(2) == 0 {
			r.PainBefore = pain(rng.IntN(11))
		}
		if rng.IntN(3) == 0 {
			r.PainAfter = pain(rng.IntN(11))
		}
		recs = append(recs, r)
	}
	return recs
}

func TestSummaryMatchesTheSliceStatistics(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	kathmandu, _ := time.LoadLocation("Asia/Kathmandu")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 400 {
		loc := []*time.Location{time.UTC, ny, kathmandu}[i%3]
		now := at(loc, 2026, time.Month(1+i%12), 1+i%28, i%24, 30)
		recs := randomHistory(rng, rng.IntN(60), now)
		s := NewSummary(loc)
		for _, r := range recs {
			s.Add(r)
		}
		for _, routine := range []string{"", "prevention", "relief", "physio", "other"} {
			if got, want := s.Streaks(routine, now), refStreaks(recs, routine, now, loc); got != want {
				t.Fatalf("case %d: Streaks(%q) = %+v, want %+v", i, routine, got, want)
			}
		}
		if got, want := s.PerWeek(8, now), refPerWeek(recs, 8, now, loc); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: PerWeek = %v, want %v", i, got, want)
		}
		if got, want := s.Calendar(12, now), refCalendar(recs, 12, now, loc); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: Calendar = %v, want %v", i, got, want)
		}
		if got, want := s.Nudges(now), refNudges(recs, now, loc); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: Nudges = %q, want %q", i, got, want)
		}
		if s.Count() != len(recs) {
			t.Fatalf("Count %d, want %d", s.Count(), len(recs))
		}
	}
}

// A record from a clock that was years ahead breaks no streak.
func TestFutureRecordBreaksNoStreak(t *testing.T) {
	loc := time.UTC
	now := at(loc, 2026, 11, 25, 20, 0)
	recs := []session.Record{
		done("prevention", at(loc, 2026, 11, 23, 8, 0)),
		done("prevention", at(loc, 2099, 1, 1, 8, 0)),
		done("prevention", at(loc, 2026, 11, 24, 8, 0)),
		done("prevention", at(loc, 2026, 11, 25, 8, 0)),
		done("prevention", at(loc, 2026, 11, 27, 8, 0)), // the day after tomorrow
	}
	for _, routine := range []string{"", "prevention"} {
		if got := Streaks(recs, routine, now, loc); got != (Streak{3, 3}) {
			t.Errorf("Streaks(%q) = %+v, want 3 days running", routine, got)
		}
	}
}

func TestSummaryEarliestLastPainsAndClone(t *testing.T) {
	loc := time.UTC
	now := at(loc, 2026, 11, 25, 20, 0)
	s := NewSummary(loc)
	if _, ok := s.Last(); ok || s.Count() != 0 || len(s.Nudges(now)) != 0 || s.Streaks("", now) != (Streak{}) {
		t.Fatal("an empty summary is not empty")
	}
	for i := range 100 {
		r := done("relief", now.Add(time.Duration(i-100)*time.Hour))
		r.PainBefore = pain(i % 11)
		s.Add(r)
	}
	before, after := s.Pains()
	if len(before) != PainWindow || before[0] != 60%11 || before[PainWindow-1] != 99%11 || len(after) != 0 {
		t.Errorf("pains before %v after %v, want the last %d before, oldest first", before, after, PainWindow)
	}
	earliest, _ := s.Earliest()
	last, _ := s.Last()
	if !earliest.Equal(now.Add(-100*time.Hour)) || !last.Start.Equal(now.Add(-time.Hour)) {
		t.Errorf("earliest %v last %v", earliest, last.Start)
	}

	c := s.Clone()
	r := done("prevention", now)
	r.PainAfter = pain(9)
	c.Add(r)
	if s.Count() != 100 || len(s.Routines()) != 1 || s.Streaks("prevention", now) != (Streak{}) {
		t.Error("adding to a clone changed the original")
	}
	if c.Count() != 101 || fmt.Sprint(c.Routines()) != "[prevention relief]" || c.Streaks("prevention", now) != (Streak{1, 1}) {
		t.Errorf("clone: %d records, routines %v", c.Count(), c.Routines())
	}
	if n := c.Nudges(now); len(n) == 0 || n[0] != "Your last check-in was 9 out of 10. Pain that strong is worth showing to a doctor or physiotherapist." {
		t.Errorf("clone's nudges %q", n)
	}
	if _, after := c.Pains(); fmt.Sprint(after) != "[9]" {
		t.Errorf("clone's pains after %v", after)
	}
	if _, after := s.Pains(); len(after) != 0 {
		t.Error("the clone's pain reached the original")
	}
}

// The earliest record dates the history, wherever its line is: a record
// written late, after a clock was put right, is not the first line.
func TestEarliestIsNotTheFirstLine(t *testing.T) {
	now := at(time.UTC, 2026, 11, 25, 20, 0)
	s := NewSummary(time.UTC)
	for _, d := range []int{3, 2, 40, 1} {
		s.Add(done("relief", now.AddDate(0, 0, -d)))
	}
	if e, ok := s.Earliest(); !ok || !e.Equal(now.AddDate(0, 0, -40)) {
		t.Errorf("earliest %v, want 40 days ago", e)
	}
	if _, ok := NewSummary(time.UTC).Earliest(); ok {
		t.Error("an empty summary has an earliest record")
	}
}

// The advice on a severe check-in follows the last check-in given, not the
// last session: a session without one does not hide a 9.
func TestSevereCheckInOutlivesASessionWithout(t *testing.T) {
	now := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	nine := 9
	s := NewSummary(time.UTC)
	s.Add(session.Record{Start: now.Add(-2 * time.Hour), Routine: "relief", PainBefore: &nine})
	s.Add(session.Record{Start: now.Add(-time.Hour), Routine: "prevention", Completed: true})
	if n := s.Nudges(now); len(n) == 0 || !strings.Contains(n[0], "last check-in was 9") {
		t.Errorf("nudges %q, want the check-in of 9", n)
	}
}
