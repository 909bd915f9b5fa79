package cli

import (
	"os/exec"
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

// The man page is a man page: the help's paragraphs are paragraphs (not
// one per source line), its tables rows of term and meaning, each flag
// with its value and default; groff reads it without a warning, and man
// lays it out within 80 columns.
func TestManPageReadsLikeOne(t *testing.T) {
	page, _, code := runCLI(t, "man")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		".TH HIPCOACH 1",
		".SH OPTIONS",
		"\n.PP\nRun a routine and get down on the floor: hipcoach leads in, counts every hold and rep, says which side, moves on by itself and ends with a summary.\n",
		"\n.TP 12n\n\\fBprevention\\fR\ndaily: mobility warm\\-up, strength, then the lunge stretch\n",
		"\n.TP\n\\fB\\-\\-hold\\fR \\fIDURATION\\fR\nStretch hold per side (not plank), 1s\\[u2013]10m; default 30s.\n",
		"\\fB\\-\\-since\\fR \\fIDATE\\fR",
		".SH \"EXIT STATUS\"",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(page, ".PP\n.PP") {
		t.Error("empty paragraphs")
	}
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("no groff to lay the page out")
	}
	cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-rLL=73n", "-P-cbou")
	cmd.Stdin = strings.NewReader(page)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil || errOut.Len() > 0 {
		t.Fatalf("groff: %v\n%s", err, errOut.String())
	}
	// 73 columns of text after man's indent of 7: an 80-column terminal.
	for _, l := range strings.Split(out.String(), "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("a line of %d columns: %q", w, l)
		}
	}
	if !strings.Contains(squeezed(out.String()), "prevention daily: mobility warm-up, strength, then the lunge stretch relief when it hurts") {
		t.Errorf("the routine table is not a row a routine:\n%s", out.String())
	}
}
