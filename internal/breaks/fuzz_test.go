package breaks

import (
	"testing"
	"time"
)

// FuzzParseWindow: whatever the text, ParseWindow never panics, and a
// window it accepts is two different times of day that read back the same.
func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"18:00-09:00", "12:30-13:15", "00:00-23:59", "9:00-10:00", "24:00-01:00", "-", "18:00-", " 18:00 - 09:00 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWindow(s)
		if err != nil {
			return
		}
		if w.From == w.To || w.From < 0 || w.To < 0 || w.From >= 24*time.Hour || w.To >= 24*time.Hour {
			t.Fatalf("%q accepted as %+v", s, w)
		}
		if back, err := ParseWindow(w.String()); err != nil || back != w {
			t.Fatalf("%q → %v → %v, %v", s, w, back, err)
		}
	})
}
