package words

import (
	"testing"
	"unicode/utf8"
)

// FuzzSanitize: nothing a terminal would act on comes out, the rest is
// kept as it is, and a second pass changes nothing.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "relief", "\x1b[31mred", "\x1b]8;;http://x\x07y\x1b]8;;\x07", "a\u009bb", "\xff\xc2", "ok ✓ ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Sanitize(%q) = %q, not UTF-8", s, out)
		}
		for _, r := range out {
			if isControl(r) {
				t.Fatalf("Sanitize(%q) = %q, with %U", s, out, r)
			}
		}
		if Sanitize(out) != out {
			t.Fatalf("Sanitize(%q) changes on a second pass", s)
		}
		if clean := utf8.ValidString(s) && !HasControl(s); clean != (out == s) {
			t.Fatalf("Sanitize(%q) = %q", s, out)
		}
		if len(out) > len(s) {
			t.Fatalf("Sanitize(%q) grew", s)
		}
	})
}
