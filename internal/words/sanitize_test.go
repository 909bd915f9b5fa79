package words

import "testing"

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"relief":              "relief",
		"Schöne Grüße – ok ✓": "Schöne Grüße – ok ✓",
		"\x1b[31mred\x1b[0m":  "[31mred[0m",
		"\x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\": `]8;;https://evil\link]8;;\`,
		"\x1b]8;;https://evil\x07link":                 "]8;;https://evillink",
		"a\u009b31mb\u009dc":                           "a31mbc", // C1 CSI and OSC
		"tab\tnew\nline\rdel\x7f":                      "tabnewlinedel",
		"bad\xffutf8\xc2":                              "badutf8",
		"\x00\x01\x1f":                                 "",
		"\ufffd is kept":                               "\ufffd is kept",
	} {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
	// Every control character, alone and among others.
	for r := rune(0); r < 0x100; r++ {
		s := "a" + string(r) + "b"
		if got := Sanitize(s); isControl(r) != (got == "ab") {
			t.Errorf("Sanitize(%q) = %q", s, got)
		}
	}
}
