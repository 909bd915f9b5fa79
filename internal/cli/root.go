package cli

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/words"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// app is what every command runs against: the process's files, clock and
// program lookup, injected so that tests can run commands in-process.
type app struct {
	stdin          *os.File
	stdout, stderr *os.File
	// out is stdout for what commands print: it keeps the first write
	// error, so that output lost to a full disk or a closed pipe is noticed.
	out   *checkedWriter
	clock timer.Clock
	// wait blocks until the clock reaches an instant, for --plain.
	wait     waitFunc
	lookPath func(string) (string, error)
	getenv   func(string) string
	// sleep pauses in real time, between the sound check's tones.
	sleep func(time.Duration)
	// configPath is the config file a run reads; config is what was read.
	configPath string
	config     *loadedConfig
	// reserved are the command line's own words, the subcommands, which
	// no routine in the config file may take; newRootCmd sets them from
	// the command tree.
	reserved []string
	// historyPath is the history file, found once from the environment
	// at the start like the config file; historyErr is why there is none
	// (history.ErrNoStateHome).
	historyPath string
	historyErr  error
	now         func() time.Time
	version     string
}

// runFlags are the root command's own flags: how to run a routine.
type runFlags struct {
	opts    routines.Options
	plan    bool
	plain   bool
	quiet   bool
	voice   bool // --voice: insist on spoken cues
	noVoice bool // --no-voice: sounds only
	// pain is --pain, the check-in --plain records; nil when not given.
	pain *int
	// switchTime is --switch, the time to change sides.
	switchTime time.Duration
	// sound is --sound: auto, tones, bell or off.
	sound sound.Mode
	// flash is --flash: the screen flashes at each change.
	flash bool
	// changed reports whether the user gave a flag, which then wins over
	// the config file.
	changed func(name string) bool
}

const rootLong = `A hands-free hip-flexor stretch coach for the terminal.

Run a routine and get down on the floor: hipcoach leads in, counts every hold
and rep, says which side, moves on by itself and ends with a summary.

Routines:
  prevention  daily: mobility warm-up, strength, then the lunge stretch
  relief      when it hurts: kneeling hip-flexor stretch and foam rolling
  desk        a 3-minute break standing at the desk (see hipcoach breaks)

Keys during a session:
  space, p  pause / resume        n, →  next: end this phase now
  b, ←      back: restart phase   q     quit (asks first)
  l         exercise library      ?     all keys     Ctrl+C  quit now

Durations are Go durations (45s, 1m30s) or bare seconds (45).

Consult a doctor or physiotherapist before starting any exercise routine.`

// newRootCmd is the command tree: the root runs a routine, and each
// subcommand, in a file of its own, takes only its own flags.
func newRootCmd(a *app) *cobra.Command {
	f := runFlags{opts: routines.DefaultOptions()}
	root := &cobra.Command{
		Use:   "hipcoach [ROUTINE]",
		Short: "A hands-free hip-flexor stretch coach for the terminal",
		Long:  rootLong,
		Example: `# Choose a routine on screen:
hipcoach

# Straight into relief, with 45-s holds:
hipcoach --hold 45s relief

# What a session will be, phase by phase, and how long:
hipcoach --plan prevention

# One line per cue, for logs and screen readers:
hipcoach --plain relief`,
		Args:              routineArg,
		ValidArgsFunction: completeRoutines(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			f.changed = cmd.Flags().Changed
			return runRoutine(cmd.Context(), a, f, args)
		},
	}
	fl := root.Flags()
	fl.Var(&durationValue{name: "hold", min: routines.MinWork, max: routines.MaxWork, value: &f.opts.Hold}, "hold", "stretch hold per side (not plank), 1s–10m")
	fl.Var(&durationValue{name: "roll", min: routines.MinWork, max: routines.MaxWork, value: &f.opts.Roll}, "roll", "foam rolling per side, 1s–10m")
	fl.Var(&durationValue{name: "get-ready", min: 0, max: routines.MaxGetReady, value: &f.opts.GetReady}, "get-ready", "time to get ready per step and side, 0–1m")
	fl.Var(&durationValue{name: "switch", min: 0, max: routines.MaxSwitch, value: &f.switchTime, noDefault: true}, "switch", "time to change sides, 0–1m (--get-ready or 3s)")
	fl.BoolVar(&f.opts.Extras, "extras", false, "add relief's optional pigeon pose and butterfly")
	fl.BoolVar(&f.plan, "plan", false, "print the phases and total time, then exit")
	fl.BoolVar(&f.plain, "plain", false, "one line per cue instead of the full screen")
	fl.Var(&painValue{value: &f.pain}, "pain", "pain 0–10 to record before a --plain session")
	fl.Var(&soundValue{value: &f.sound}, "sound", "auto, tones, bell or off (SSH: bell)")
	fl.BoolVar(&f.flash, "flash", false, "flash the screen at each change, to see it")
	fl.BoolVar(&f.quiet, "quiet", false, "no sounds and no voice")
	fl.BoolVar(&f.voice, "voice", false, "spoken cues; exit 2 if none can be spoken")
	fl.BoolVar(&f.noVoice, "no-voice", false, "tones only, no spoken cues")
	fl.SortFlags = false
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(c.CommandPath(), err) })

	root.AddCommand(newExercisesCmd(a), newHistoryCmd(a), newCheckCmd(a), newConfigCmd(a), newSoundCheckCmd(a), newBreaksCmd(a), newStatusCmd(a), newCompletionCmd(a), newManCmd(a), newVersionCmd(a))
	a.reserved = commandNames(root)
	guardHelp(root)
	return root
}

// commandNames are the names and aliases of root's subcommands, and
// "help", which cobra adds when the tree runs.
func commandNames(root *cobra.Command) []string {
	names := []string{"help"}
	for _, c := range root.Commands() {
		names = append(names, c.Name())
		names = append(names, c.Aliases...)
	}
	return names
}

// guardHelp makes "hipcoach help NAME" with a NAME that is no command a
// usage error with did-you-mean, exit 2, rather than the root's help with
// exit 0 as cobra's own help command gives. A routine name is let through
// (its help is the root's).
func guardHelp(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	help, _, err := root.Find([]string{"help"})
	if err != nil || help == root {
		return
	}
	help.Args = func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		if c, _, err := root.Find(args); err == nil && c != root {
			return nil
		}
		names := commandNames(root)
		for _, r := range routines.All {
			if strings.EqualFold(r.ID, args[0]) {
				return nil
			}
			names = append(names, r.ID)
		}
		msg := "unknown command " + quote(strings.Join(args, " ")) + " for 'hipcoach help'"
		if near := words.Nearest(args[0], names, 2); len(near) > 0 {
			msg += ": did you mean " + strings.Join(near, " or ") + "?"
		} else {
			msg += ": see 'hipcoach --help' for the commands"
		}
		return usage(errors.New(msg))
	}
}

// routineArg takes at most one routine; which routines there are is known
// once the config file is read.
func routineArg(_ *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usagef("too many arguments (%s): give one routine", strings.Join(args, " "))
	}
	return nil
}

// findRoutine is the routine named on the command line, in any case, among
// the built-in routines and the config file's; a slip may also be of a
// subcommand's name, one of reserved.
func findRoutine(name string, all []routines.Routine, reserved []string) (routines.Routine, error) {
	for _, r := range all {
		if strings.EqualFold(r.ID, name) {
			return r, nil
		}
	}
	var ids []string
	for _, r := range all {
		ids = append(ids, r.ID)
	}
	msg := "unknown routine " + quote(name) + ": choose " + routines.IDsOf(all)
	if near := words.Nearest(name, append(ids, reserved...), 2); len(near) > 0 {
		msg = "unknown routine " + quote(name) + ": did you mean " + strings.Join(near, " or ") + "?"
	}
	return routines.Routine{}, usage(errors.New(msg))
}

// quote shows a name the user typed in quotes, with anything unprintable
// escaped, so it cannot reach the terminal raw.
func quote(s string) string { return strconv.Quote(s) }

// completeRoutines offers the routine names to the shell.
func completeRoutines(a *app) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
		return routineNames(a, args, typed), cobra.ShellCompDirectiveNoFileComp
	}
}

// routineNames are the routines whose names start with typed, the config
// file's too when it can be read.
func routineNames(a *app, args []string, typed string) []string {
	if len(args) > 0 {
		return nil
	}
	all := routines.All
	if f, err := a.loadConfig(); err == nil {
		all = f.AllRoutines()
	}
	var out []string
	for _, r := range all {
		if strings.HasPrefix(r.ID, strings.ToLower(typed)) {
			out = append(out, r.ID+"\t"+r.Purpose)
		}
	}
	return out
}

// contextOrBackground guards against a command run without a context.
func contextOrBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
