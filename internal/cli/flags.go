package cli

import (
	"strconv"
	"time"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/config"
	"github.com/hipcoach/hipcoach/timer"
)

// durationValue is a pflag.Value for a duration with a range, taking Go
// syntax (45s, 1m30s) or bare seconds (45). Its error names the flag the
// way the user typed it and says what is allowed.
type durationValue struct {
	name     string
	min, max time.Duration
	value    *time.Duration
	// noDefault is set for a flag whose default is another's, so the help
	// shows none.
	noDefault bool
	set       bool
}

// String shows the current value, for the help's defaults.
func (f *durationValue) String() string {
	if f.value == nil || f.noDefault && !f.set {
		return ""
	}
	return timer.Short(*f.value)
}

// Type names the value's kind in the help.
func (f *durationValue) Type() string { return "duration" }

// Set parses and range-checks one value.
func (f *durationValue) Set(s string) error {
	d, err := config.ParseDuration(s) // one parser for the flags and the file
	if err != nil {
		return usagef("--%s %q is not a duration: use e.g. 45s, 1m30s or 45 (seconds), from %s to %s", f.name, s, timer.Short(f.min), timer.Short(f.max))
	}
	if d < f.min || d > f.max {
		return usagef("--%s %s is out of range: use %s to %s", f.name, timer.Short(d), timer.Short(f.min), timer.Short(f.max))
	}
	*f.value, f.set = d, true
	return nil
}

// dateValue is --since: a calendar date, YYYY-MM-DD, in the local zone.
type dateValue struct{ value *time.Time }

// String is empty: the flag has no default to show.
func (f *dateValue) String() string { return "" }

// Type names the value's kind in the help.
func (f *dateValue) Type() string { return "date" }

// Set parses YYYY-MM-DD.
func (f *dateValue) Set(s string) error {
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		return usagef("--since %q is not a date: use YYYY-MM-DD, e.g. 2026-11-01", s)
	}
	*f.value = t
	return nil
}

// painValue is --pain: a check-in from 0 (no pain) to 10 (worst).
type painValue struct{ value **int }

// String is empty: the flag has no default to show.
func (f *painValue) String() string { return "" }

// Type names the value's kind in the help.
func (f *painValue) Type() string { return "pain" }

// Set takes a whole number from 0 to 10.
func (f *painValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 10 {
		return usagef("--pain %q is not a check-in: use a whole number from 0 (no pain) to 10 (worst)", s)
	}
	*f.value = &n
	return nil
}

// soundValue is --sound: what to hear.
type soundValue struct{ value *sound.Mode }

// String shows the current value, for the help's default.
func (f *soundValue) String() string {
	if f.value == nil {
		return ""
	}
	return f.value.String()
}

// Type names the value's kind in the help.
func (f *soundValue) Type() string { return "sound" }

// Set takes auto, tones, bell or off.
func (f *soundValue) Set(s string) error {
	m, err := sound.ParseMode(s)
	if err != nil {
		return usage(err)
	}
	*f.value = m
	return nil
}
