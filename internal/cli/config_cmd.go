package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hipcoach/hipcoach/internal/words"

	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/internal/config"
	"github.com/hipcoach/hipcoach/routines"
)

// configError is a config file with problems, met by a command that would
// run with it: its lines, PATH:LINE:COLUMN each, then exit 2, since a
// physiotherapist's dose must never be silently replaced by a default.
type configError struct{ errs error }

func (e configError) Error() string { return e.errs.Error() }

// loadConfig reads the user's config file once per run: the defaults and
// routines that a routine's run, --plan and the picker use.
func (a *app) loadConfig() (config.File, error) {
	if a.config == nil {
		f, err := config.Load(a.configPath, a.reserved...)
		a.config = &loadedConfig{file: f, err: err}
	}
	if a.config.err != nil {
		return config.File{}, &ExitError{Code: exitUsage, Err: configError{a.config.err}}
	}
	return a.config.file, nil
}

// loadedConfig is the config file as read, or why it could not be.
type loadedConfig struct {
	file config.File
	err  error
}

// newCheckCmd is "hipcoach check [FILE]".
func newCheckCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check [FILE]",
		Short: "Check a config file and list every problem",
		Long: `Check the config file (by default the one hipcoach reads) and list every
problem at once, as PATH:LINE:COLUMN: what is wrong. Exit 1 when there are
problems, 0 with a one-line summary when it is valid.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("'hipcoach check' takes one file at most (got %d)", len(args))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			path, named := a.configPath, false
			if len(args) == 1 {
				path, named = args[0], true
			}
			return runCheck(a, path, named)
		},
	}
}

// runCheck checks the config file at path; named is set when the user gave
// the path, so a missing file is a mistake and not "no config".
func runCheck(a *app, path string, named bool) error {
	f, err := config.Load(path, a.reserved...)
	if err != nil {
		fmt.Fprintln(a.stderr, cleanLines(err.Error()))
		return errAlreadySaid
	}
	if !f.Found {
		if named {
			fmt.Fprintf(a.stderr, "%s: no such file\n", words.Sanitize(path))
			return errAlreadySaid
		}
		_, err := fmt.Fprintf(a.out, "No config file at %s: the built-in defaults apply. 'hipcoach config init' writes a starter.\n", words.Sanitize(path))
		return err
	}
	_, err = fmt.Fprintln(a.out, words.Sanitize(summarizeConfig(f)))
	return err
}

// summarizeConfig says in one line what a valid file sets.
func summarizeConfig(f config.File) string {
	var set []string
	d := f.Defaults
	for _, s := range []struct {
		name string
		on   bool
	}{{"hold", d.Hold != nil}, {"roll", d.Roll != nil}, {"get_ready", d.GetReady != nil}, {"switch", d.Switch != nil}, {"extras", d.Extras != nil}, {"sound", d.Sound != nil}, {"voice", d.Voice != nil}} {
		if s.on {
			set = append(set, s.name)
		}
	}
	var rs []string
	for _, r := range f.Routines {
		o := f.Defaults.Apply(routines.DefaultOptions())
		rs = append(rs, fmt.Sprintf("%s (%s, %s)", r.ID, words.Plural(len(r.StepsFor(o)), "step"), routines.Total(routines.Plan(r, o))))
	}
	line := f.Path + ": valid"
	if len(set) > 0 {
		line += "; defaults: " + strings.Join(set, ", ")
	}
	if len(rs) > 0 {
		line += "; " + words.Plural(len(rs), "routine") + ": " + strings.Join(rs, ", ")
	}
	if len(set) == 0 && len(rs) == 0 {
		line += "; it sets nothing yet"
	}
	return line
}

// newConfigCmd is "hipcoach config init|path".
func newConfigCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Write a starter config, or print its path",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown config command %s: use init or path", quote(args[0]))
			if near := words.Nearest(args[0], []string{"init", "path"}, 2); len(near) > 0 {
				msg = fmt.Sprintf("unknown config command %s: did you mean %s?", quote(args[0]), strings.Join(near, " or "))
			}
			return usage(errors.New(msg))
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "init",
		Short: "Write a commented starter config (never over an existing one)",
		Args:  noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			return initConfig(a)
		},
	}, &cobra.Command{
		Use:   "path",
		Short: "Print where the config file is read from",
		Args:  noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(a.out, a.configPath)
			return err
		},
	})
	return cmd
}

// initConfig writes config.Starter at the config path, refusing to
// overwrite anything there.
func initConfig(a *app) error {
	path := a.configPath
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot make the folder for %s (%s)", path, words.Reason(err))
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists already; not overwritten (hipcoach check checks it)", path)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s (%s)", path, words.Reason(err))
	}
	if _, err := f.WriteString(config.Starter); err != nil {
		f.Close() //nolint:errcheck // the write's error is the one to report
		return fmt.Errorf("cannot write %s (%s)", path, words.Reason(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s (%s)", path, words.Reason(err))
	}
	_, err = fmt.Fprintf(a.out, "Wrote %s: every setting is commented out; delete a \"# \" to use it, then 'hipcoach check'.\n", path)
	return err
}
