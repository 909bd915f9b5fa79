package words

import (
	"strings"
	"unicode/utf8"
)

// Sanitize returns s without the characters that a terminal would act on
// rather than show: the C0 controls (including ESC, which starts escape
// sequences such as SGR colours and OSC 8 links, and tab and newline), DEL
// and the C1 controls (U+0080–U+009F, among them the one-character CSI and
// OSC), and any byte that is not part of valid UTF-8 (which an 8-bit
// terminal could read as a C1 control). What is left of an escape sequence
// after its introducer is gone is plain, harmless text.
//
// The reader already refuses records with control characters; callers
// should still pass every text taken from the history through Sanitize
// before printing it.
func Sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isControl(r) || r == utf8.RuneError && size <= 1 {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isControl(r) && (r != utf8.RuneError || size > 1) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isControl is whether r is a C0 control, DEL or a C1 control (Unicode's
// category Cc).
func isControl(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f
}

// HasControl is whether s holds a control character.
func HasControl(s string) bool {
	for _, r := range s {
		if isControl(r) {
			return true
		}
	}
	return false
}
