package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	soundpkg "github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/config"
	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/routines"
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
		r, err := findRoutine(args[0], file.AllRoutines(), a.reserved)
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
	case named && f.opts.Extras && f.changed != nil && f.changed("extras") && !routine.HasExtras():
		return usagef("--extras: %s has no optional extras; %s", routine.ID, withExtras(file.AllRoutines()))
	}
	if named {
		warnUnusedFlags(a, f, routine)
	}
	switch {
	case f.plan:
		return printPlan(a.out, routine, f.opts)
	case !f.plain && (!term.IsTerminal(a.stdin.Fd()) || !term.IsTerminal(a.stdout.Fd())):
		return usagef("not a terminal: run it in a terminal, or use --plain for one line per cue")
	}

	sound, err := setUpAudio(audioWanted{mode: f.sound, quiet: f.quiet, voice: f.voice, noVoice: f.noVoice, overSSH: soundpkg.OverSSH(a.getenv)}, a.clock, a.lookPath)
	if err != nil {
		return usage(err)
	}
	defer sound.close()
	if sound.notice != "" && f.plain {
		// The full screen says it on its safety screen, and once more at
		// the end if a session ran without the voice.
		fmt.Fprintln(a.stderr, "hipcoach: "+sound.notice)
	}
	path, note := a.historyFile()
	if note != "" {
		fmt.Fprintln(a.stderr, "hipcoach: "+note)
	}

	if f.plain {
		return runPlainRoutine(ctx, a, f, routine, sound, path)
	}

	// What fails during the full screen, and the history's warnings, are
	// said after it, on stderr: the screen would hide a line written under
	// it.
	var later laterNotes
	sound.watch(later.add)
	defer later.say(a.stderr)
	now := a.now()
	tc := tui.Config{
		Options:   f.opts,
		Quiet:     sound.silent(),
		Clock:     a.clock,
		Ticker:    tui.NewTicker(),
		Voice:     sound.voiceOrNil(),
		Tones:     sound.tonesOrNil(),
		AudioNote: sound.describe(),
		// The history is read after the first frame, so the first screen
		// never waits for it, whatever its size.
		LoadPast: func() *history.Summary {
			return pastSessions(ctx, path, now, time.Local, &later)
		},
		Location:    time.Local,
		HistoryNote: note,
		Version:     a.version,
		Flash:       f.flash,
	}
	tc.Routines = file.AllRoutines()
	if named {
		tc.Routine = &routine
	}
	return runTUI(ctx, a, tc, path, sound.notice)
}

// laterNotes are notices that come while the full screen is up, said once
// it is gone. Safe for concurrent use: the audio says them from its own
// goroutines.
type laterNotes struct {
	mu    sync.Mutex
	notes []string
}

func (l *laterNotes) add(msg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.notes = append(l.notes, msg)
}

// Write takes lines written for stderr ("hipcoach: …"), to say later.
func (l *laterNotes) Write(p []byte) (int, error) {
	for _, line := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		l.add(strings.TrimPrefix(line, "hipcoach: "))
	}
	return len(p), nil
}

func (l *laterNotes) say(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, n := range l.notes {
		fmt.Fprintln(w, "hipcoach: "+n)
	}
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
		f.sound = *d.Sound
	}
	if d.Voice != nil && !*d.Voice && !given("voice") {
		f.noVoice = true // voice = false in the file: as --no-voice
	}
	return f
}

// runTUI runs the full-screen coach. Signals are handled by main, not by
// Bubble Tea, so that SIGTERM and SIGHUP, like Ctrl+C, end with exit 130
// and the terminal restored; ctx is cancelled when one arrives.
func runTUI(ctx context.Context, a *app, tc tui.Config, path, soundNotice string) error {
	model := tui.New(tc)
	restore := prepaint(model, a.stdout)
	final, err := runFullScreen(ctx, a, model)
	// Leave prepaint's alternate screen too (Bubble Tea has left its own);
	// this puts the cursor back where the program started, so anything
	// printed from here on must come after it.
	restore()
	m, ok := final.(tui.Model)
	interrupted := ok && m.Interrupted() || errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled) || ctx.Err() != nil
	if ok {
		// Every answer is remembered, however the program ended: this is
		// the one place the coach's records are written, and the line
		// left in the terminal says exactly what became of them.
		records := m.Records()
		if n := len(records); n > 0 && interrupted && !records[n-1].IsCheckin() && records[n-1].Outcome != session.OutcomeFinished {
			records[n-1].Outcome = session.OutcomeInterrupted
		}
		k := keepRecords(path, records, a.stderr)
		if line := exitLine(records, k, path == ""); line != "" {
			fmt.Fprintln(a.stdout, line)
		}
		if soundNotice != "" && ranASession(records) {
			fmt.Fprintln(a.stderr, "hipcoach: "+soundNotice)
		}
		interrupted = interrupted || k.interrupted
	}
	switch {
	case ok && m.QuitSignal():
		return errQuitSignal
	case interrupted:
		return errInterrupted
	case err != nil:
		return err
	}
	return nil
}

// runFullScreen runs model as a full-screen program on a's terminal until
// it ends. Signals are handled by main, not by Bubble Tea: one arriving
// (ctx done) ends the run through the model, the way Ctrl+C does.
func runFullScreen(ctx context.Context, a *app, model tea.Model) (tea.Model, error) {
	p := tea.NewProgram(model,
		tea.WithInput(newPasteGuard(a.stdin, time.Now)), // a stray paste start cannot swallow q and Ctrl+C
		tea.WithOutput(a.stdout),
		tea.WithFPS(tui.FPS),
		tea.WithoutSignalHandler(),
	)
	stopped := make(chan struct{})
	defer close(stopped)
	go func() {
		select {
		case <-ctx.Done():
			p.Send(tui.InterruptedMsg{})
		case <-stopped:
		}
	}()
	return p.Run()
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

// runPlainRoutine runs --plain: the session, then its record and the line
// saying what was kept. A closed stdout ends it like a quit within a second
// (readerGone), with the record kept and the line on stderr.
func runPlainRoutine(ctx context.Context, a *app, f runFlags, routine routines.Routine, sound audio, path string) error {
	if f.pain != nil && *f.pain >= routines.SeverePain {
		// --plain reads no keys, so it cannot stop at the pain screen: it
		// goes on gently, as g does there, and says so before the first step.
		routine = routine.AllEasier()
	}
	out := plainOut{w: a.out}
	if sound.bell && term.IsTerminal(a.stderr.Fd()) {
		out.bell = func() { _, _ = io.WriteString(a.stderr, "\a") }
	}
	run := session.New(session.Config{
		Routine: routine, Options: f.opts, Clock: a.clock, Version: a.version,
		Outputs: session.Outputs{Tones: sound.tonesOrNil(), Voice: sound.voiceOrNil(), Bell: out, Quiet: sound.silent()},
	})
	run.PainBefore = f.pain
	sound.watch(func(msg string) { fmt.Fprintln(a.stderr, "hipcoach: "+msg) })
	watched, stopWatching := readerGone(ctx, a.stdout)
	err := runPlain(watched, out, a.wait, run)
	stopWatching()
	closed := errors.Is(context.Cause(watched), errOutputClosed) || failed(a.out)
	rec := run.Record()
	if err != nil && !closed {
		rec.Outcome = session.OutcomeInterrupted
	}
	k := keepRecords(path, []session.Record{rec}, a.stderr)
	line := exitLine([]session.Record{rec}, k, path == "")
	switch {
	case closed:
		fmt.Fprintln(a.stderr, line)
		return nil // the reader has had enough: a quit
	case err == nil && !k.interrupted:
		sound.finish() // the farewell is heard in full
	}
	fmt.Fprintln(a.out, line)
	if err != nil || k.interrupted {
		return errInterrupted
	}
	return nil
}

// warnUnusedFlags says, one line each on stderr, which duration flags the
// user gave change nothing in routine, rather than ignore them silently.
func warnUnusedFlags(a *app, f runFlags, routine routines.Routine) {
	for _, name := range []string{"hold", "roll"} {
		if f.changed == nil || !f.changed(name) {
			continue
		}
		switch routines.Unused(routine, f.opts, name) {
		case "own":
			fmt.Fprintf(a.stderr, "hipcoach: --%s: every step of %s sets its own %s, so --%s changes nothing\n", name, routine.ID, name, name)
		case "none":
			fmt.Fprintf(a.stderr, "hipcoach: --%s: %s has no step to %s, so --%s changes nothing\n", name, routine.ID, name, name)
		}
	}
}

// withExtras names the routines that have optional extras, for the line
// that refuses --extras elsewhere.
func withExtras(all []routines.Routine) string {
	var with []routines.Routine
	for _, r := range all {
		if r.HasExtras() {
			with = append(with, r)
		}
	}
	if len(with) == 0 {
		return "no routine has any"
	}
	return "--extras goes with " + routines.IDsOf(with)
}

// ranASession reports whether any of a run's records is a session, not a
// check-in alone: only then is a missing voice worth a word at the end.
func ranASession(records []session.Record) bool {
	for _, r := range records {
		if !r.IsCheckin() {
			return true
		}
	}
	return false
}
