package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	soundpkg "github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/breaks"
	"github.com/hipcoach/hipcoach/internal/config"
	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/internal/words"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/tui"
)

// breaksFlags are the breaks command's own flags.
type breaksFlags struct {
	every   time.Duration
	routine string
	changed func(string) bool
}

// newBreaksCmd is "hipcoach breaks".
func newBreaksCmd(a *app) *cobra.Command {
	f := breaksFlags{every: breaks.DefaultEvery}
	cmd := &cobra.Command{
		Use:   "breaks",
		Short: "Count sitting time and call you to a desk break",
		Long: `Stay in a terminal (a tab or a tmux pane) and count how long you have sat.
When the time is up (every 45 minutes unless --every or the config's
[breaks] says otherwise): the terminal bell, a desktop notification where
the desktop has them, the window title, and a calm full screen. Enter runs
the break routine (desk: about 3 minutes standing, no kit) right there,
s snoozes, k skips; both are kept in the history.

A sleep or suspend of the machine, a locked or idle screen (on Linux,
through logind) and a session run from any terminal count as a break and
start the count again. Quiet hours and days come from [breaks].

--every takes 10m to 3h; shorter values, down to 1s, are for trying it out.`,
		Example: `# Every 45 minutes, the desk routine:
hipcoach breaks

# Every hour, with your own routine from the config file:
hipcoach breaks --every 1h --routine physio`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.changed = cmd.Flags().Changed
			return runBreaks(cmd.Context(), a, f)
		},
	}
	fl := cmd.Flags()
	fl.Var(&durationValue{name: "every", min: breaks.MinTestEvery, max: breaks.MaxEvery, value: &f.every}, "every", "sitting time between calls, 10m–3h (default 45m)")
	fl.StringVar(&f.routine, "routine", breaks.DefaultRoutine, "the routine a break runs")
	_ = cmd.RegisterFlagCompletionFunc("routine", func(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
		return routineNames(a, nil, typed), cobra.ShellCompDirectiveNoFileComp
	})
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(c.CommandPath(), err) })
	return cmd
}

// runBreaks runs the breaks screen until q or a signal.
func runBreaks(ctx context.Context, a *app, f breaksFlags) error {
	ctx = contextOrBackground(ctx)
	file, err := a.loadConfig()
	if err != nil {
		return err
	}
	sched, routine, err := breaksPlan(a, file, f)
	if err != nil {
		return err
	}
	path, note := a.historyFile()
	if note != "" {
		fmt.Fprintln(a.stderr, "hipcoach: "+note)
	}
	stateDir, release, err := lockBreaks(a)
	if err != nil {
		return err
	}
	defer release()

	if !term.IsTerminal(a.stdin.Fd()) || !term.IsTerminal(a.stdout.Fd()) {
		return usagef("not a terminal: run hipcoach breaks in a terminal or a tmux pane")
	}
	var notes []string
	if sched.Every < breaks.MinEvery {
		notes = append(notes, fmt.Sprintf("Every %s is shorter than %s: for trying breaks out, not for a working day.", timer.Short(sched.Every), timer.Short(breaks.MinEvery)))
	}
	if note != "" {
		notes = append(notes, note)
	}

	opts := withConfig(runFlags{opts: routines.DefaultOptions()}, file.Defaults)
	sound, err := setUpAudio(audioWanted{mode: opts.sound, noVoice: opts.noVoice, overSSH: soundpkg.OverSSH(a.getenv)}, a.clock, a.lookPath)
	if err != nil {
		return usage(err)
	}
	defer sound.close()

	presence, stopWatching, unseen := watchPresence()
	defer stopWatching()
	if unseen != "" {
		notes = append(notes, unseen)
	}

	bc := tui.BreaksConfig{
		Counter: newBreaksCounter(a, sched, presence, path), Routine: routine, Options: opts.opts,
		Session: tui.Config{
			Options: opts.opts, Quiet: sound.silent(), Clock: a.clock, Ticker: tui.NewTicker(),
			Voice: sound.voiceOrNil(), Tones: sound.tonesOrNil(), Location: time.Local, Version: a.version,
		},
		Notifier: breaks.Desktop{},
		Notes:    notes,
	}
	if path != "" {
		bc.Record = func(r session.Record) error { return history.AppendContext(ctx, path, r) }
	}
	if stateDir != "" {
		bc.SaveState = saveBreaksState(stateDir, routine.ID)
	}
	final, err := runFullScreen(ctx, a, tui.NewBreaks(bc))
	return breaksEnded(ctx, a, path, final, err)
}

// breaksPlan is how often to call and which routine a break runs: the
// flags given, else the config's [breaks], else the defaults.
func breaksPlan(a *app, file config.File, f breaksFlags) (breaks.Schedule, routines.Routine, error) {
	sched := file.Breaks.Schedule()
	if f.changed("every") {
		sched.Every = f.every
	}
	name := f.routine
	if !f.changed("routine") && file.Breaks.Routine != nil {
		name = *file.Breaks.Routine
	}
	routine, err := findRoutine(name, file.AllRoutines(), a.reserved)
	return sched, routine, err
}

// lockBreaks makes this the one breaks of the state folder, where the lock
// and the state file live beside the history. Without a state folder, or
// when the lock cannot be taken, there is neither (stateDir is ""), and
// status cannot see breaks; another breaks running is an error. release
// is always safe to call.
func lockBreaks(a *app) (stateDir string, release func(), err error) {
	noLock := func() {}
	if a.historyErr != nil || a.historyPath == "" {
		return "", noLock, nil
	}
	stateDir = filepath.Dir(a.historyPath)
	release, err = breaks.Lock(stateDir)
	var running breaks.ErrRunning
	switch {
	case errors.As(err, &running):
		return "", noLock, err
	case err != nil:
		fmt.Fprintf(a.stderr, "hipcoach: cannot take the breaks lock in %s (%s); hipcoach status will not see this one\n", stateDir, words.Reason(err))
		return "", noLock, nil
	}
	return stateDir, release, nil
}

// watchPresence is logind's view of a locked or idle screen, and a func
// that lets go of it; where there is none, presence is nil and unseen is
// the note that says so.
func watchPresence() (presence breaks.Presence, stop func(), unseen string) {
	l, err := breaks.NewLogind()
	switch {
	case err == nil:
		return l, func() {
			l.Close() //nolint:errcheck // the program is ending: a bus that will not close has nothing left to lose
		}, ""
	case runtime.GOOS == "linux":
		return nil, func() {}, "A locked or idle screen is not seen here (" + words.Sanitize(oneLine(err.Error())) + ")."
	default:
		return nil, func() {}, "A locked or idle screen is seen only on Linux."
	}
}

// newBreaksCounter counts sitting time on a's clock; a session in the
// history at path (if any) counts as a break.
func newBreaksCounter(a *app, sched breaks.Schedule, presence breaks.Presence, path string) *breaks.Counter {
	return breaks.New(breaks.Config{
		Schedule: sched, Clock: a.clock, Location: time.Local, Presence: presence,
		LastSession: func() (time.Time, bool) {
			if path == "" {
				return time.Time{}, false
			}
			return breaks.LastSessionEnd(path, a.now())
		},
	})
}

// saveBreaksState writes what hipcoach status shows of this breaks.
func saveBreaksState(stateDir, routineID string) func(breaks.Snapshot) error {
	return func(s breaks.Snapshot) error {
		return breaks.WriteState(stateDir, breaks.State{
			PID: os.Getpid(), SatSince: s.SatSince, Due: s.Due, Calling: s.Calling, Routine: routineID, Off: s.Off,
		})
	}
}

// breaksEnded keeps a break's record still to be written, says how many
// breaks were taken today, and turns the way the screen ended into the
// command's error.
func breaksEnded(ctx context.Context, a *app, path string, final tea.Model, err error) error {
	m, ok := final.(tui.BreaksModel)
	if ok {
		if rec, pending := m.Pending(); pending {
			keepRecords(path, []session.Record{rec}, a.stderr)
		}
		taken, called := m.Counts()
		fmt.Fprintf(a.stdout, "hipcoach: breaks taken %d of %d called today.\n", taken, called)
	}
	switch {
	case ok && m.Interrupted(), errors.Is(err, tea.ErrInterrupted), errors.Is(err, tea.ErrProgramKilled), ctx.Err() != nil:
		return errInterrupted
	case err != nil:
		return err
	}
	return nil
}
