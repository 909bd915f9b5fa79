package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Every command's --help, in a pipe, fits 80 columns and pads no line
// with trailing spaces.
func TestHelpFitsEightyColumns(t *testing.T) {
	for _, cmd := range []string{"", "check", "completion", "config", "config init", "config path", "exercises", "history", "man", "sound-check", "version"} {
		out, _, code := runCLI(t, append(strings.Fields(cmd), "--help")...)
		if code != 0 || !strings.Contains(out, "USAGE") {
			t.Fatalf("hipcoach %s --help: exit %d\n%s", cmd, code, out)
		}
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > 80 || strings.TrimRight(l, " ") != l {
				t.Errorf("hipcoach %s --help, line %d: %d columns or trailing spaces: %q", cmd, i+1, w, l)
			}
		}
	}
}
