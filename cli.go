package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// config is everything the command line decides.
type config struct {
	routine   routines.Routine
	modeGiven bool
	opts      routines.Options
	plan      bool
	plain     bool
	quiet     bool
	voice     bool // --voice: insist on spoken cues
	noVoice   bool // --no-voice: sounds only
	version   bool
	help      bool
	// library is set by "hipcoach exercises [NAME]"; exercise is the NAME.
	library  bool
	exercise string
	// history is set by "hipcoach history"; since and json are its flags.
	history bool
	since   time.Time
	json    bool
	// pain is --pain, the check-in --plain records (-1: none).
	pain int
}

// usageError is a mistake on the command line: one line for the user, exit 2.
type usageError struct{ msg string }

// Error is the message shown after "hipcoach: ".
func (e usageError) Error() string { return e.msg }

const usage = `hipcoach — a hands-free hip-flexor stretch coach for the terminal

Usage:
  hipcoach [flags] [prevention|relief]
  hipcoach exercises [NAME]   the exercises, or one: picture, cues, dose
  hipcoach history [--since YYYY-MM-DD] [--json]
                              streaks, calendar, pain check-ins over time

Routines:
  prevention   daily: hip mobility warm-up, strength, then the lunge stretch
  relief       when it hurts: kneeling hip-flexor stretch and foam rolling

Flags:
  --hold D       time per side of each stretch or plank (default 30s; 1s–10m)
  --roll D       foam-rolling time per side             (default 45s; 1s–10m)
  --get-ready D  lead-in before each step and each side (default 5s; 0–1m,
                 0 turns it off)
  --extras       add relief's optional pigeon pose and butterfly
  --plan         print the session's steps and total time, then exit
  --plain        no full-screen UI: one line per cue on stdout
  --pain N       with --plain: record a 0–10 pain check-in before the session
  --quiet        no sounds and no voice
  --voice        spoken cues, or exit 2 if no speech program is installed
  --no-voice     sounds only (voice is on by default when espeak-ng, espeak,
                 spd-say or say is installed)
  --version      print the version
  --help         show this help

Durations are Go durations (45s, 1m, 1m30s) or bare seconds (45).

Keys during a session:
  space, p  pause / resume       n, →  next: end this phase now
  b, ←      back: restart phase (twice quickly: previous phase)
  q, Esc    quit (asks first)    ?     all keys      Ctrl+C  quit now
  l         exercise library (from the picker, or pausing a session)

Consult a doctor or physiotherapist before starting any exercise routine.
`

// durationFlag is a flag.Value for a duration with a range, accepting Go
// syntax or bare seconds. It keeps its own error so the message the user
// sees names the flag the way they typed it.
type durationFlag struct {
	name     string
	min, max time.Duration
	value    *time.Duration
	err      error
}

// String shows the current value, as flag.Value requires.
func (f *durationFlag) String() string {
	if f.value == nil {
		return ""
	}
	return f.value.String()
}

// Set parses and range-checks one value, keeping the error for the message.
func (f *durationFlag) Set(s string) error {
	d, err := parseDuration(s)
	if err != nil {
		f.err = usageError{fmt.Sprintf("--%s %q is not a duration: use e.g. 45s, 1m30s or 45 (seconds), from %s to %s", f.name, s, timer.Short(f.min), timer.Short(f.max))}
		return f.err
	}
	if d < f.min || d > f.max {
		f.err = usageError{fmt.Sprintf("--%s %s is out of range: use %s to %s", f.name, timer.Short(d), timer.Short(f.min), timer.Short(f.max))}
		return f.err
	}
	*f.value = d
	return nil
}

// dateFlag is --since: a calendar date, YYYY-MM-DD, in the local zone.
type dateFlag struct {
	value *time.Time
	err   error
}

// String is empty: the flag has no default to show.
func (f *dateFlag) String() string { return "" }

// Set parses YYYY-MM-DD, keeping the error for the message.
func (f *dateFlag) Set(s string) error {
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		f.err = usageError{fmt.Sprintf("--since %q is not a date: use YYYY-MM-DD, e.g. 2026-11-01", s)}
		return f.err
	}
	*f.value = t
	return nil
}

// painFlag is --pain: a check-in from 0 (no pain) to 10 (worst).
type painFlag struct {
	value *int
	err   error
}

// String is empty: the flag has no default to show.
func (f *painFlag) String() string { return "" }

// Set takes a whole number from 0 to 10, keeping the error for the message.
func (f *painFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 10 {
		f.err = usageError{fmt.Sprintf("--pain %q is not a check-in: use a whole number from 0 (no pain) to 10 (worst)", s)}
		return f.err
	}
	*f.value = n
	return nil
}

// parseDuration reads "45s", "1m30s" or bare seconds "45".
func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 {
			return 0, errors.New("negative")
		}
		return time.Duration(n) * time.Second, nil
	}
	return time.ParseDuration(s)
}

// parseArgs reads the command line. Flags may come before or after the mode.
func parseArgs(args []string) (config, error) {
	cfg := config{routine: routines.Prevention, opts: routines.DefaultOptions(), pain: -1}
	fs := flag.NewFlagSet("hipcoach", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	durs := []*durationFlag{
		{name: "hold", min: routines.MinWork, max: routines.MaxWork, value: &cfg.opts.Hold},
		{name: "roll", min: routines.MinWork, max: routines.MaxWork, value: &cfg.opts.Roll},
		{name: "get-ready", min: 0, max: routines.MaxGetReady, value: &cfg.opts.GetReady},
	}
	for _, d := range durs {
		fs.Var(d, d.name, "")
	}
	fs.BoolVar(&cfg.opts.Extras, "extras", false, "")
	fs.BoolVar(&cfg.plan, "plan", false, "")
	fs.BoolVar(&cfg.plain, "plain", false, "")
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
	fs.BoolVar(&cfg.voice, "voice", false, "")
	fs.BoolVar(&cfg.noVoice, "no-voice", false, "")
	fs.BoolVar(&cfg.version, "version", false, "")
	fs.BoolVar(&cfg.json, "json", false, "")
	since := &dateFlag{value: &cfg.since}
	fs.Var(since, "since", "")
	pain := &painFlag{value: &cfg.pain}
	fs.Var(pain, "pain", "")
	fs.BoolVar(&cfg.help, "help", false, "")
	fs.BoolVar(&cfg.help, "h", false, "")

	var modes []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			for _, d := range durs {
				if d.err != nil {
					return cfg, d.err
				}
			}
			for _, e := range []error{since.err, pain.err} {
				if e != nil {
					return cfg, e
				}
			}
			return cfg, usageError{flagMessage(err)}
		}
		if fs.NArg() == 0 {
			break
		}
		modes = append(modes, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if cfg.help || cfg.version {
		return cfg, nil
	}
	if cfg.voice && (cfg.noVoice || cfg.quiet) {
		return cfg, usageError{"--voice contradicts --no-voice and --quiet: give one of them"}
	}
	if len(modes) > 0 && strings.EqualFold(modes[0], "exercises") {
		cfg.library = true
		cfg.exercise = strings.Join(modes[1:], " ")
		return cfg, nil
	}
	if len(modes) > 0 && strings.EqualFold(modes[0], "history") {
		if len(modes) > 1 {
			return cfg, usageError{fmt.Sprintf("history takes no arguments (got %s): use --since DATE or --json", strings.Join(modes[1:], " "))}
		}
		cfg.history = true
		return cfg, nil
	}
	if !cfg.since.IsZero() || cfg.json {
		return cfg, usageError{"--since and --json go with 'hipcoach history'"}
	}
	if cfg.pain >= 0 && !cfg.plain {
		return cfg, usageError{"--pain goes with --plain; the full-screen coach asks for it"}
	}
	switch len(modes) {
	case 0:
	case 1:
		r, err := routines.Find(modes[0])
		if err != nil {
			return cfg, usageError{err.Error()}
		}
		cfg.routine, cfg.modeGiven = r, true
	default:
		return cfg, usageError{fmt.Sprintf("too many arguments (%s): give one routine, %s", strings.Join(modes, " "), routines.IDs())}
	}
	return cfg, nil
}

// flagMessage rewrites the flag package's errors in the --long style the
// help uses, with what to do next.
func flagMessage(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag --%s: run 'hipcoach --help' for the flags", strings.TrimLeft(name, "-"))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Sprintf("--%s needs a value, e.g. --%s 45s", strings.TrimLeft(name, "-"), strings.TrimLeft(name, "-"))
	}
	if strings.HasPrefix(msg, "invalid boolean value") {
		return msg + ": use true or false, or leave the value out"
	}
	return msg + ": run 'hipcoach --help' for the flags"
}
