// Package breaks is the desk-break coach behind `hipcoach breaks` and
// `hipcoach status`: it counts sitting time on an injected clock, says
// when a break is due, and restarts the count whenever the person has had
// a break of another kind: the machine slept, the screen was locked or
// idle, or a session was recorded in the history from any terminal. It
// knows nothing of terminals: the full screen (package tui) and the status
// line are views of it. Desktop notifications and logind's idle and lock
// hints come through interfaces, so tests never reach a real desktop.
package breaks

import (
	"fmt"
	"strings"
	"time"
)

// Defaults and limits of the interval. No source fixes one interval; every
// 30–60 minutes is the usual advice, so 45 minutes by default.
const (
	DefaultEvery  = 45 * time.Minute
	DefaultSnooze = 10 * time.Minute
	MinEvery      = 10 * time.Minute
	MaxEvery      = 3 * time.Hour
	// MinTestEvery is the shortest --every the command line takes: below
	// MinEvery it says the interval is for trying breaks out, not for a
	// working day.
	MinTestEvery = time.Second
	MinSnooze    = time.Minute
	MaxSnooze    = time.Hour
	// DefaultRoutine is the routine a break runs.
	DefaultRoutine = "desk"
)

// Window is a span of the day in local time, from From to To (durations
// since midnight); when To is before From it runs across midnight, as
// quiet hours of "18:00-09:00" do.
type Window struct {
	From, To time.Duration
}

// ParseWindow reads "HH:MM-HH:MM".
func ParseWindow(s string) (Window, error) {
	from, to, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return Window{}, fmt.Errorf("%q is not two times, like \"18:00-09:00\"", s)
	}
	f, err := parseClock(from)
	if err != nil {
		return Window{}, err
	}
	t, err := parseClock(to)
	if err != nil {
		return Window{}, err
	}
	if f == t {
		return Window{}, fmt.Errorf("%q starts and ends at the same time", s)
	}
	return Window{From: f, To: t}, nil
}

func parseClock(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	t, err := time.Parse("15:04", s)
	if err != nil || len(s) != 5 {
		return 0, fmt.Errorf("%q is not a time of day like \"09:00\" (HH:MM, 00:00 to 23:59)", s)
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

// String is the window as the config file writes it.
func (w Window) String() string { return clock(w.From) + "-" + clock(w.To) }

func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// sinceMidnight is t's time of day.
func sinceMidnight(t time.Time) time.Duration {
	h, m, s := t.Clock()
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(s)*time.Second
}

// Contains reports whether t's time of day is in the window.
func (w Window) Contains(t time.Time) bool {
	d := sinceMidnight(t)
	if w.From < w.To {
		return d >= w.From && d < w.To
	}
	return d >= w.From || d < w.To
}

// DayNames are the days as the config file names them, by time.Weekday.
var DayNames = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// ParseDay reads a day name of DayNames, in any case.
func ParseDay(s string) (time.Weekday, bool) {
	for i, n := range DayNames {
		if strings.EqualFold(s, n) {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// Schedule is when breaks are called: every Every of sitting, Snooze
// later when snoozed, never in the quiet hours nor on a day that is off.
type Schedule struct {
	Every, Snooze time.Duration
	// Quiet, when set, are hours without calls (and without counting).
	Quiet *Window
	// Days are the days breaks are called, by time.Weekday; all false
	// means every day.
	Days [7]bool
}

// DefaultSchedule is every 45 minutes, snooze 10, every day, no quiet hours.
func DefaultSchedule() Schedule { return Schedule{Every: DefaultEvery, Snooze: DefaultSnooze} }

// Off reports whether t is outside the hours breaks are called, and says
// why in a few words ("quiet hours until 09:00", "off on sundays").
func (s Schedule) Off(t time.Time) (bool, string) {
	if s.Days != [7]bool{} && !s.Days[t.Weekday()] {
		return true, "off on " + strings.ToLower(t.Weekday().String()) + "s"
	}
	if s.Quiet != nil && s.Quiet.Contains(t) {
		return true, "quiet hours until " + clock(s.Quiet.To)
	}
	return false, ""
}
