package config

import (
	"errors"
	"math"
	"regexp"
	"strings"
	"time"
)

// Errors of ParseDuration, to tell with errors.Is.
var (
	// ErrNotDuration is for text that is no duration at all.
	ErrNotDuration = errors.New(`not a duration (use Go syntax like "45s" or "1m30s", or whole seconds like 45)`)
	// ErrTooLarge is for a duration beyond what a time.Duration holds
	// (about 292 years), which a plain conversion would wrap around.
	ErrTooLarge = errors.New("too large for a duration")
)

// goDuration is the shape of Go's duration syntax, to tell a duration too
// large for time.ParseDuration from text that is none.
var goDuration = regexp.MustCompile(`^[+-]?((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$`)

// ParseDuration reads a duration as the command line and the config file
// take it: Go syntax ("45s", "1m30s") or bare whole seconds ("45", "-5"),
// with spaces around it ignored. Numbers too large for a time.Duration are
// ErrTooLarge, never a wrap-around. It checks no range: a negative or zero
// duration is the caller's to refuse.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	digits := strings.TrimLeft(s, "+-")
	if len(s)-len(digits) <= 1 && digits != "" && strings.Trim(digits, "0123456789") == "" {
		var n int64
		for _, c := range digits {
			if n > (math.MaxInt64/int64(time.Second)-int64(c-'0'))/10 {
				return 0, ErrTooLarge
			}
			n = n*10 + int64(c-'0')
		}
		d := time.Duration(n) * time.Second
		if s[0] == '-' {
			d = -d
		}
		return d, nil
	}
	d, err := time.ParseDuration(s)
	switch {
	case err == nil:
		return d, nil
	case goDuration.MatchString(s):
		return 0, ErrTooLarge
	default:
		return 0, ErrNotDuration
	}
}
