package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/history"
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
		RunE: func(cmd *cobra.Command, _ []string) error {
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
func runHistory(a *app, f historyFlags) error {
	path, err := history.Path()
	if err != nil {
		return err
	}
	records, warnings, err := history.Read(path)
	if err != nil {
		return fmt.Errorf("%s", cannotRead(path, err))
	}
	for _, w := range warnings {
		fmt.Fprintln(a.stderr, "hipcoach: "+w)
	}
	if !f.since.IsZero() {
		records = history.Since(records, f.since)
	}
	if f.json {
		if records == nil {
			records = []history.Record{}
		}
		enc := json.NewEncoder(a.out)
		enc.SetIndent("", "  ")
		return enc.Encode(records)
	}
	now := a.now()
	out := &colorprofile.Writer{Forward: a.out, Profile: colorprofile.Detect(a.stdout, os.Environ())}
	_, err = fmt.Fprint(out, historyReport(records, now, now.Location()))
	return err
}
