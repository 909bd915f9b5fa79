// Command hipcoach is a hands-free, full-screen coach for hip-flexor
// (iliopsoas) stretches in the terminal. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/hipcoach/hipcoach/history"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/tui"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

// Exit codes, as the spec fixes them.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitInterrupted = 130
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program but for os.Exit, so tests can call it.
func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	cfg, err := parseArgs(args)
	if err != nil {
		fmt.Fprintln(stderr, "hipcoach: "+err.Error())
		return exitUsage
	}
	switch {
	case cfg.help:
		fmt.Fprint(stdout, usage)
		return exitOK
	case cfg.version:
		fmt.Fprintln(stdout, "hipcoach", version)
		return exitOK
	case cfg.history:
		return runHistory(cfg, stdout, stderr, time.Now())
	case cfg.library:
		width := 0 // a pipe takes lines of any length
		if cols, _, err := term.GetSize(stdout.Fd()); err == nil && term.IsTerminal(stdout.Fd()) {
			width = cols
		}
		if cfg.exercise == "" {
			printExercises(stdout, width)
			return exitOK
		}
		e, err := routines.FindExercise(cfg.exercise)
		if err != nil {
			fmt.Fprintln(stderr, "hipcoach: "+err.Error())
			return exitUsage
		}
		printExercise(stdout, e, width)
		return exitOK
	case cfg.plan:
		printPlan(stdout, cfg.routine, cfg.opts)
		return exitOK
	}
	if !cfg.plain && (!term.IsTerminal(stdin.Fd()) || !term.IsTerminal(stdout.Fd())) {
		fmt.Fprintln(stderr, "hipcoach: not a terminal: run it in a terminal, or use --plain for one line per cue")
		return exitUsage
	}
	clock := timer.SystemClock{}
	a, err := setUpAudio(cfg, clock, exec.LookPath)
	if err != nil {
		fmt.Fprintln(stderr, "hipcoach: "+err.Error())
		return exitUsage
	}
	defer a.close()
	if a.notice != "" {
		fmt.Fprintln(stderr, "hipcoach: "+a.notice)
	}
	path, note := historyFile()
	if note != "" {
		fmt.Fprintln(stderr, "hipcoach: "+note)
	}
	if cfg.plain {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		defer stop()
		out := plainOut{w: stdout, voice: a.voiceOrNil(), tones: a.tonesOrNil()}
		if !cfg.quiet && a.tones == nil && term.IsTerminal(stderr.Fd()) {
			out.bell = func() { _, _ = io.WriteString(stderr, "\a") }
		}
		if cfg.pain >= 0 {
			out.pain = &cfg.pain
		}
		code, rec := runPlain(ctx, out, clock, realWait(clock), cfg.routine, cfg.opts)
		saveSessions(newSessionSaver(path), []history.Record{rec}, stderr)
		if code == exitOK {
			a.finish() // the farewell is heard in full
		}
		return code
	}
	past, warnings := pastSessions(path)
	for _, w := range warnings {
		fmt.Fprintln(stderr, "hipcoach: "+w)
	}
	return runTUI(cfg, a, tuiHistory{path: path, past: past, note: note}, stdin, stdout, stderr)
}

// tuiHistory is what the full-screen coach needs of the history.
type tuiHistory struct {
	path string
	past []history.Record
	note string
}

// runTUI runs the full-screen coach. Signals are handled here rather than by
// Bubble Tea so that SIGTERM and SIGHUP, like Ctrl+C, end with exit 130 and
// the terminal restored.
func runTUI(cfg config, a audio, h tuiHistory, stdin, stdout, stderr *os.File) int {
	tc := tui.Config{
		Options:     cfg.opts,
		Quiet:       cfg.quiet,
		Clock:       a.clock,
		Ticker:      tui.NewTicker(),
		Voice:       a.voiceOrNil(),
		Tones:       a.tonesOrNil(),
		AudioNote:   a.describe(),
		History:     h.past,
		Location:    time.Local,
		HistoryNote: h.note,
		Version:     version,
	}
	saver := newSessionSaver(h.path)
	tc.Save = saver.Save
	if cfg.modeGiven {
		r := cfg.routine
		tc.Routine = &r
	}
	model := tui.New(tc)
	restore := prepaint(model, stdout)
	p := tea.NewProgram(model,
		tea.WithInput(stdin),
		tea.WithOutput(stdout),
		tea.WithFPS(tui.FPS),
		tea.WithoutSignalHandler(),
	)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	go func() {
		if _, ok := <-sig; ok {
			p.Send(tea.InterruptMsg{})
		}
	}()

	final, err := p.Run()
	// Leave prepaint's alternate screen too (Bubble Tea has left its own);
	// this puts the cursor back where the program started, so anything
	// printed from here on must come after it.
	restore()
	if m, ok := final.(tui.Model); ok {
		// Every session finished or quit is remembered, however the
		// program ended.
		records := m.Records()
		saveSessions(saver, records, stderr)
		if n := len(records); n > 0 && !records[n-1].Completed {
			// The user left before the summary: say what became of it.
			fmt.Fprintln(stdout, stoppedLine(records[n-1], h.path != ""))
		}
	}
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return exitInterrupted
	case err != nil:
		fmt.Fprintln(stderr, "hipcoach: "+err.Error())
		return exitFailure
	}
	return exitOK
}

// stoppedLine is the line left in the terminal after a session is quit
// before its end, where the summary would have said what was done.
func stoppedLine(r history.Record, kept bool) string {
	planned := time.Duration(r.PlannedSeconds * float64(time.Second)).Round(time.Second)
	done := time.Duration(r.ActualSeconds * float64(time.Second)).Round(time.Second)
	line := fmt.Sprintf("hipcoach: %s stopped after %s of %s", r.Routine, timer.Short(done), timer.Short(planned))
	if len(r.StepsDone) > 0 {
		line += fmt.Sprintf(", %d of %d steps done", len(r.StepsDone), len(r.StepsDone)+len(r.StepsSkipped))
	}
	if kept {
		return line + "; kept in your history."
	}
	return line + "."
}

// prepaint puts the first screen up at once. Bubble Tea writes frames only on
// its renderer's ticker, so at the low frame rate that keeps a countdown
// cheap its first frame would come a whole frame (200 ms) after start.
// Drawing the same first view ourselves shows it within milliseconds, and
// Bubble Tea's first frame redraws it in place. The returned func leaves the
// alternate screen, in case the program ends before its first frame; after a
// normal end that is a no-op.
func prepaint(m tea.Model, out *os.File) (restore func()) {
	w, h, err := term.GetSize(out.Fd())
	if err != nil {
		return func() {}
	}
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	frame := strings.ReplaceAll(m.View().Content, "\n", "\r\n")
	_, _ = io.WriteString(out, ansi.SetModeAltScreenSaveCursor+ansi.HideCursor+ansi.EraseEntireScreen+ansi.CursorHomePosition)
	_, _ = io.WriteString(colorprofile.NewWriter(out, os.Environ()), frame)
	return func() { _, _ = io.WriteString(out, ansi.ResetModeAltScreenSaveCursor+ansi.ShowCursor) }
}
