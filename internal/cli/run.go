package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	soundpkg "github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/config"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/tui"
)

// runRoutine is the root command: print the plan, run --plain, or run the
// full-screen coach, with the routine named in args or chosen on screen.
func runRoutine(ctx context.Context, a *app, f runFlags, args []string) error {
	ctx = contextOrBackground(ctx)
	file, err := a.loadConfig()
	if err != nil {
		return err
	}
	f = withConfig(f, file.Defaults)
	routine, named := routines.Prevention, false
	if len(args) == 1 {
		r, err := findRoutine(args[0], file.AllRoutines())
		if err != nil {
			return err
		}
		routine, named = r, true
	}
	switch {
	case f.voice && (f.noVoice || f.quiet):
		return usagef("--voice contradicts --no-voice and --quiet: give one of them")
	case f.pain != nil && !f.plain:
		return usagef("--pain goes with --plain; the full-screen coach asks for it")
	case (f.plan || f.plain) && !named:
		// Only the full screen has a picker: say which routine to run.
		flag := "--plain"
		if f.plan {
			flag = "--plan"
		}
		return usagef("%s needs a routine: hipcoach %s %s", flag, flag, routines.IDsOf(file.AllRoutines()))
	case f.plan:
		return printPlan(a.out, routine, f.opts)
	case !f.plain && (!term.IsTerminal(a.stdin.Fd()) || !term.IsTerminal(a.stdout.Fd())):
		return usagef("not a terminal: run it in a terminal, or use --plain for one line per cue")
	}

	sound, err := setUpAudio(audioWanted{mode: f.sound, quiet: f.quiet, voice: f.voice, noVoice: f.noVoice, overSSH: soundpkg.OverSSH(a.getenv)}, a.clock, a.lookPath)
	if err != nil {
		return usageError{err.Error()}
	}
	defer sound.close()
	if sound.notice != "" {
		fmt.Fprintln(a.stderr, "hipcoach: "+sound.notice)
	}
	path, note := historyFile()
	if note != "" {
		fmt.Fprintln(a.stderr, "hipcoach: "+note)
	}

	if f.plain {
		out := plainOut{w: a.out}
		if sound.bell && term.IsTerminal(a.stderr.Fd()) {
			out.bell = func() { _, _ = io.WriteString(a.stderr, "\a") }
		}
		run := session.New(session.Config{
			Routine: routine, Options: f.opts, Clock: a.clock, Version: a.version,
			Outputs: session.Outputs{Tones: sound.tonesOrNil(), Voice: sound.voiceOrNil(), Bell: out, Quiet: sound.silent()},
		})
		run.PainBefore = f.pain
		err := runPlain(ctx, out, a.wait, run)
		keepRecords(path, []session.Record{run.Record()}, a.stderr)
		if err == nil && a.out.Err() == nil {
			sound.finish() // the farewell is heard in full
		}
		return err
	}

	past := pastSessions(ctx, path, a.now(), time.Local, a.stderr)
	if ctx.Err() != nil {
		return errInterrupted // Ctrl+C while the history was read
	}
	tc := tui.Config{
		Options:     f.opts,
		Quiet:       sound.silent(),
		Clock:       a.clock,
		Ticker:      tui.NewTicker(),
		Voice:       sound.voiceOrNil(),
		Tones:       sound.tonesOrNil(),
		AudioNote:   sound.describe(),
		Past:        past,
		Location:    time.Local,
		HistoryNote: note,
		Version:     a.version,
		Flash:       f.flash,
	}
	tc.Routines = file.AllRoutines()
	if named {
		tc.Routine = &routine
	}
	return runTUI(ctx, a, tc, path)
}

// withConfig lays the config file's defaults under the flags: flag > file >
// built-in default.
func withConfig(f runFlags, d config.Defaults) runFlags {
	given := f.changed
	if given == nil {
		given = func(string) bool { return false }
	}
	fromFile := d.Apply(routines.DefaultOptions())
	if !given("hold") {
		f.opts.Hold = fromFile.Hold
	}
	if !given("roll") {
		f.opts.Roll = fromFile.Roll
	}
	if !given("get-ready") {
		f.opts.GetReady = fromFile.GetReady
	}
	if !given("extras") {
		f.opts.Extras = fromFile.Extras
	}
	switch {
	case given("switch"):
		sw := f.switchTime
		f.opts.Switch = &sw
	default:
		f.opts.Switch = fromFile.Switch
	}
	if d.Sound != nil && !given("sound") {
		f.sound, _ = soundpkg.ParseMode(*d.Sound) // the file's checker allowed it
	}
	if d.Voice != nil && !*d.Voice && !given("voice") {
		f.noVoice = true // voice = false in the file: as --no-voice
	}
	return f
}

// runTUI runs the full-screen coach. Signals are handled by main, not by
// Bubble Tea, so that SIGTERM and SIGHUP, like Ctrl+C, end with exit 130
// and the terminal restored; ctx is cancelled when one arrives.
func runTUI(ctx context.Context, a *app, tc tui.Config, path string) error {
	model := tui.New(tc)
	restore := prepaint(model, a.stdout)
	p := tea.NewProgram(model,
		tea.WithInput(a.stdin),
		tea.WithOutput(a.stdout),
		tea.WithFPS(tui.FPS),
		tea.WithoutSignalHandler(),
	)
	// A signal (caught by main from the start) ends the run through the
	// model, the way Ctrl+C does.
	stopped := make(chan struct{})
	defer close(stopped)
	go func() {
		select {
		case <-ctx.Done():
			p.Send(tui.InterruptedMsg{})
		case <-stopped:
		}
	}()
	final, err := p.Run()
	// Leave prepaint's alternate screen too (Bubble Tea has left its own);
	// this puts the cursor back where the program started, so anything
	// printed from here on must come after it.
	restore()
	m, ok := final.(tui.Model)
	if ok {
		// Every session finished or quit is remembered, however the
		// program ended: this is the one place the coach's records are
		// written.
		records := m.Records()
		keepRecords(path, records, a.stderr)
		if n := len(records); n > 0 && !m.OnSummary() {
			// The user left before the summary: say what became of it.
			fmt.Fprintln(a.stdout, stoppedLine(records[n-1], path != ""))
		}
	}
	switch {
	case ok && m.Interrupted(), errors.Is(err, tea.ErrInterrupted), errors.Is(err, tea.ErrProgramKilled), ctx.Err() != nil:
		return errInterrupted
	case err != nil:
		return err
	}
	return nil
}

// stoppedLine is the line left in the terminal after a session is quit
// before its end, where the summary would have said what was done.
func stoppedLine(r session.Record, kept bool) string {
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
