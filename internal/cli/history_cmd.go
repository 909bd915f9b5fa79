package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/internal/words"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/internal/history"
)

// historyFlags are "hipcoach history"'s own flags.
type historyFlags struct {
	since time.Time
	json  bool
}

// newHistoryCmd is "hipcoach history [--since DATE] [--json]".
func newHistoryCmd(a *app) *cobra.Command {
	var f historyFlags
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Streaks, calendar and pain check-ins over time",
		Long: `Streaks, sessions per week, a 12-week calendar and the pain check-ins over
time, from the sessions hipcoach has recorded. --json prints the records.`,
		Example: `# The report:
hipcoach history

# This month's records, for a script:
hipcoach history --since 2026-11-01 --json`,
		Args: noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			return runHistory(a, f)
		},
	}
	cmd.Flags().Var(&dateValue{value: &f.since}, "since", "only sessions from this date on (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&f.json, "json", false, "print the records as JSON")
	return cmd
}

// noArgs refuses arguments to a command that takes none, saying so.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("'%s' takes no arguments (got %s): see '%s --help'", cmd.CommandPath(), quote(args[0]), cmd.CommandPath())
	}
	return nil
}

// runHistory is "hipcoach history": the report, or the records as JSON.
// Either way the file is read as a stream, one record at a time: the report
// adds them up, --json writes each out as it comes.
func runHistory(a *app, f historyFlags) error {
	path := a.historyPath
	if a.historyErr != nil {
		return a.historyErr
	}
	now := a.now()
	ws := &warnings{w: a.stderr}
	defer ws.close()
	before := 0 // records older than --since, to say so when none is newer
	scan := func(fn func(session.Record) error) error {
		err := history.ScanFile(path, now, func(r session.Record) error {
			if !f.since.IsZero() && r.Start.Before(f.since) {
				before++
				return nil
			}
			return fn(r)
		}, ws.add)
		if err != nil && a.out.Err() == nil {
			return errors.New(cannotRead(path, err))
		}
		return err
	}
	if f.json {
		return writeJSONList(a.out, scan)
	}
	sum := history.NewSummary(now.Location())
	if err := scan(func(r session.Record) error { sum.Add(r); return nil }); err != nil {
		return err
	}
	if sum.Count() == 0 && before > 0 {
		_, err := fmt.Fprintf(a.out, "No sessions since %s; %s before it (hipcoach history shows them all).\n", f.since.Format("2006-01-02"), words.Plural(before, "record"))
		return err
	}
	width := reportWidth
	if cols, _, err := term.GetSize(a.stdout.Fd()); err == nil && cols > 0 {
		width = cols
	}
	out := &colorprofile.Writer{Forward: a.out, Profile: colorprofile.Detect(a.stdout, os.Environ())}
	_, err := fmt.Fprint(out, historyReport(sum, now, now.Location(), width))
	return err
}

// writeJSONList writes the records that scan hands over as one indented JSON
// list, each as it comes, without holding them.
func writeJSONList(w io.Writer, scan func(func(session.Record) error) error) error {
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	n := 0
	err := scan(func(r session.Record) error {
		b, err := json.MarshalIndent(r, "  ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n  "
		if n == 0 {
			sep = "\n  "
		}
		n++
		_, err = fmt.Fprintf(w, "%s%s", sep, b)
		return err
	})
	if err != nil {
		return err
	}
	end := "]\n"
	if n > 0 {
		end = "\n]\n"
	}
	_, err = io.WriteString(w, end)
	return err
}
