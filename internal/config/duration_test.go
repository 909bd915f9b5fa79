package config

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	cases := []struct {
		in   string
		want time.Duration
		err  error
	}{
		{"45", 45 * time.Second, nil},
		{" 45 ", 45 * time.Second, nil},
		{"+45", 45 * time.Second, nil},
		{"-5", -5 * time.Second, nil},
		{"0", 0, nil},
		{"45s", 45 * time.Second, nil},
		{"1m30s", 90 * time.Second, nil},
		{"1.5s", 1500 * time.Millisecond, nil},
		{"9223372036", 9223372036 * time.Second, nil},
		{"9223372037", 0, ErrTooLarge},
		{"99999999999999999999", 0, ErrTooLarge},
		{"9999999999h", 0, ErrTooLarge},
		{"", 0, ErrNotDuration},
		{"abc", 0, ErrNotDuration},
		{"45 s", 0, ErrNotDuration},
		{"1e3", 0, ErrNotDuration},
		{"0x10", 0, ErrNotDuration},
		{"+-5", 0, ErrNotDuration},
		{"٣", 0, ErrNotDuration},
	}
	for _, c := range cases {
		d, err := ParseDuration(c.in)
		if d != c.want || !errors.Is(err, c.err) || (err == nil) != (c.err == nil) {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v, %v", c.in, d, err, c.want, c.err)
		}
	}
}

// FuzzDuration: ParseDuration never panics, never wraps around, and agrees
// with exact arithmetic on bare seconds and with time.ParseDuration on Go
// syntax.
func FuzzDuration(f *testing.F) {
	for _, s := range []string{
		"45", "45s", "1m30s", "-5", "+5", "0", " 7 ", "", "abc", "1.5h", "1e3", "0x10",
		"9223372036", "9223372037", "99999999999999999999", "9999999999h", "2562047h47m16.854775807s",
		"-9223372036", "٣", "+-5", "5 s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil && !errors.Is(err, ErrNotDuration) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("%q: unexpected error %v", s, err)
		}
		if err != nil && d != 0 {
			t.Fatalf("%q: error %v with %v", s, err, d)
		}
		trimmed := strings.TrimSpace(s)
		if checkBareSeconds(t, s, trimmed, d, err) {
			return
		}
		want, werr := time.ParseDuration(trimmed)
		if werr == nil && (err != nil || d != want) {
			t.Fatalf("%q: %v, %v; time.ParseDuration says %v", s, d, err, want)
		}
		if werr != nil && err == nil {
			t.Fatalf("%q: %v, but time.ParseDuration says %v", s, d, werr)
		}
		if err == nil {
			if back, err := ParseDuration(d.String()); err != nil || back != d {
				t.Fatalf("%q: %v does not read back (%v, %v)", s, d, back, err)
			}
		}
	})
}

// checkBareSeconds: for a whole number of seconds, with at most one sign,
// the duration is exact or ErrTooLarge. It reports whether s was one.
func checkBareSeconds(t *testing.T, s, trimmed string, d time.Duration, err error) bool {
	t.Helper()
	digits := strings.TrimLeft(trimmed, "+-")
	if len(trimmed)-len(digits) > 1 || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	n, _ := new(big.Int).SetString(trimmed, 10)
	want := n.Mul(n, big.NewInt(int64(time.Second)))
	switch {
	case !want.IsInt64():
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("%q: %v, %v; want ErrTooLarge", s, d, err)
		}
	case err != nil || int64(d) != want.Int64():
		t.Fatalf("%q: %v, %v; want %v", s, d, err, time.Duration(want.Int64()))
	}
	return true
}
