package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/internal/breaks"
)

// statusLong documents the template's fields: the README points here.
const statusLong = `Print one line for a shell prompt or tmux's status bar, and exit 0: while
hipcoach breaks runs, how long you have sat ("desk break due · sat 52m");
otherwise today's session and the streak ("✓ prevention today · 3-day
streak") or the last session ("relief 2 days ago · pain 4→2"). It reads the
end of the history only, so it answers within milliseconds at any size.

--format takes a Go template (text/template) over these fields:
  .Line          the line above
  .Breaks        true while hipcoach breaks runs; then:
  .Due           a break is due          .Sat, .SatMinutes  sitting time ("52m", 52)
  .Next          next call ("15:42")     .BreakRoutine      the break's routine
  .Off           why no calls now ("quiet hours until 09:00"), or ""
  .Today         a session was completed today; .TodayRoutine its routine
  .Streak        days in a row with a completed session (.StreakMore: longer still)
  .Last          the latest session's routine ("" if none)
  .LastWhen      "today", "yesterday", "3 days ago"; .LastDaysAgo the number
  .PainBefore, .PainAfter   its check-ins, -1 if none; .Pain: "4→2"
and the functions green, yellow and dim, which colour only with --color.`

// statusFlags are the status command's own flags.
type statusFlags struct {
	format string
	color  bool
}

// newStatusCmd is "hipcoach status".
func newStatusCmd(a *app) *cobra.Command {
	var f statusFlags
	cmd := &cobra.Command{
		Use:   "status",
		Short: "One line for a shell prompt or a tmux status bar",
		Long:  statusLong,
		Example: `# tmux, in ~/.tmux.conf:
set -g status-right '#(hipcoach status)'

# Only the sitting time while breaks runs:
hipcoach status --format '{{if .Breaks}}sat {{.Sat}}{{end}}'`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runStatus(a, f) },
	}
	cmd.Flags().StringVar(&f.format, "format", "", "a Go template over the fields above")
	cmd.Flags().BoolVar(&f.color, "color", false, "colour the line (ANSI), e.g. for a shell prompt")
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(c.CommandPath(), err) })
	return cmd
}

// ANSI colours of the status line, only with --color.
const (
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33;1m"
	ansiDim    = "\x1b[2m"
	ansiReset  = "\x1b[0m"
)

func runStatus(a *app, f statusFlags) error {
	paint := func(code string) func(any) string {
		return func(v any) string {
			s := fmt.Sprint(v)
			if !f.color || s == "" {
				return s
			}
			return code + s + ansiReset
		}
	}
	var tmpl *template.Template
	if f.format != "" {
		var err error
		tmpl, err = template.New("status").Funcs(template.FuncMap{
			"green": paint(ansiGreen), "yellow": paint(ansiYellow), "dim": paint(ansiDim),
		}).Option("missingkey=error").Parse(f.format)
		if err != nil {
			return usagef("--format: %s", strings.TrimPrefix(err.Error(), "template: status:"))
		}
	}
	// Without a history folder there is no history and no breaks to see:
	// the line says "no sessions yet".
	path, stateDir := "", ""
	if a.historyErr == nil && a.historyPath != "" {
		path, stateDir = a.historyPath, filepath.Dir(a.historyPath)
	}
	st, _ := breaks.ReadStatus(path, stateDir, a.now(), time.Local)
	line := st.Line
	switch {
	case tmpl != nil:
		var b strings.Builder
		if err := tmpl.Execute(&b, st); err != nil {
			return usagef("--format: %s", strings.TrimPrefix(err.Error(), "template: status:"))
		}
		line = b.String()
	case st.Breaks && st.Due:
		line = paint(ansiYellow)(line)
	case st.Today:
		line = paint(ansiGreen)(line)
	}
	// One line, whatever the template wrote.
	line = strings.TrimRight(strings.ReplaceAll(line, "\n", " "), " ")
	_, err := fmt.Fprintln(a.out, line)
	return err
}
