package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/hipcoach/hipcoach/internal/history"
	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

var t0 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

// manualTicker records when the session asked to be woken and never wakes
// it: the test advances the clock and sends the tick itself.
type manualTicker struct {
	mu   sync.Mutex
	last time.Duration
}

func (tk *manualTicker) After(d time.Duration) tea.Cmd {
	tk.mu.Lock()
	tk.last = d
	tk.mu.Unlock()
	return nil
}

func (tk *manualTicker) wait() time.Duration {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	return tk.last
}

// harness drives the root model as Bubble Tea would, running the commands
// it returns and counting what reaches the terminal.
type harness struct {
	t      *testing.T
	m      Model
	clock  *timer.FakeClock
	ticker *manualTicker
	bells  int
	quit   bool
}

func newHarness(t *testing.T, routine *routines.Routine, o routines.Options, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, clock: timer.NewFakeClock(t0), ticker: &manualTicker{}}
	hs.m = New(Config{Routine: routine, Options: o, Clock: hs.clock, Ticker: hs.ticker})
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (hs *harness) send(msg tea.Msg) {
	hs.t.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		nm, cmd := hs.m.Update(msg)
		hs.m = nm.(Model)
		queue = append(queue, run(cmd)...)
		for i := 0; i < len(queue); i++ {
			switch q := queue[i].(type) {
			case tea.RawMsg:
				if q.Msg == "\a" {
					hs.bells++
				}
			case tea.QuitMsg:
				hs.quit = true
			default:
				continue
			}
			queue = append(queue[:i], queue[i+1:]...)
			i--
		}
	}
}

// run executes a command and any batch inside it, returning the messages.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+j": // Enter while the terminal still maps CR to LF
		return tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func (hs *harness) press(keys ...string) {
	hs.t.Helper()
	for _, k := range keys {
		hs.send(keyPress(k))
	}
}

// wait lets the clock run to the next tick the session asked for.
func (hs *harness) tick() {
	hs.t.Helper()
	d := hs.ticker.wait()
	if d <= 0 {
		hs.t.Fatal("the session asked for no tick")
	}
	hs.clock.Advance(d)
	hs.send(tickMsg{})
}

func (hs *harness) screen() string { return ansi.Strip(hs.m.View().Content) }

func relief() *routines.Routine { r := routines.Relief; return &r }

// The heart of the product: after Enter on the safety screen, the session
// visits every phase of the plan in order, both sides, and reaches the
// summary with no key pressed, ringing at every start and end of work.
func TestSessionRunsHandsFreeToTheSummary(t *testing.T) {
	o := routines.DefaultOptions()
	hs := newHarness(t, relief(), o, 100, 32)
	if !strings.Contains(hs.screen(), "professional") {
		t.Fatalf("the first screen is not the safety notice:\n%s", hs.screen())
	}
	hs.press("enter", "enter")
	plan := routines.Plan(routines.Relief, o)
	var seen []string
	last := ""
	for i := 0; hs.m.screen == screenSession; i++ {
		p := hs.m.session.phase()
		label := p.Exercise.ID + " " + p.Word() + " " + p.Side.String()
		if label != last {
			seen = append(seen, label)
			last = label
		}
		if i > 1000 {
			t.Fatal("the session never ended")
		}
		hs.tick()
	}
	if len(seen) != len(plan) {
		t.Fatalf("visited %d phases, plan has %d: %v", len(seen), len(plan), seen)
	}
	for i, p := range plan {
		if want := p.Exercise.ID + " " + p.Word() + " " + p.Side.String(); seen[i] != want {
			t.Errorf("phase %d shown as %q, want %q", i, seen[i], want)
		}
	}
	if got := hs.clock.Now().Sub(t0); got != routines.Total(plan) {
		t.Errorf("session took %v on the clock, plan says %v", got, routines.Total(plan))
	}
	// Per side: start of work, end of work (which is also the next switch or
	// lead-in), so 2 bells per work phase, with the switch sharing the end's.
	if hs.bells != 8 {
		t.Errorf("rang %d bells, want 8 (start and end of each of 4 work phases)", hs.bells)
	}
	scr := hs.screen()
	for _, want := range []string{"DONE", "Kneeling hip-flexor stretch", "Foam rolling", "See a doctor", "Massage", "Heat", "Took 2m50s"} {
		if !strings.Contains(scr, want) {
			t.Errorf("summary lacks %q:\n%s", want, scr)
		}
	}
}

func TestQuietRingsNoBell(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.m.cfg.Quiet = true
	hs.press("enter", "enter")
	for hs.m.screen == screenSession {
		hs.tick()
	}
	if hs.bells != 0 {
		t.Fatalf("--quiet rang %d bells", hs.bells)
	}
}

// Paused at 80×24, the status line keeps how to resume whole and shortens
// the leg's description instead, with the ellipsis where the cut is.
func TestPausedSaysHowToResume(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 80, 24)
	hs.press("enter", "enter", "space")
	scr := hs.screen()
	if !regexp.MustCompile(`PAUSED +\d:\d\d  LEFT side · left knee[^\n]*…  press space to resume`).MatchString(scr) {
		t.Fatalf("the paused status line lost how to resume, or its cut is not marked:\n%s", scr)
	}
}

func TestPauseStopsTheClockExactly(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	hs.tick()
	hs.clock.Advance(300 * time.Millisecond)
	hs.press("space")
	frozen := hs.m.session.status().Remaining
	if !strings.Contains(hs.screen(), "PAUSED") {
		t.Fatalf("no PAUSED on screen after space:\n%s", hs.screen())
	}
	hs.clock.Advance(time.Hour)
	hs.send(tickMsg{}) // a stray tick while paused changes nothing
	if got := hs.m.session.status().Remaining; got != frozen {
		t.Fatalf("remaining moved while paused: %v → %v", frozen, got)
	}
	hs.press("p")
	if strings.Contains(hs.screen(), "PAUSED") {
		t.Fatal("still PAUSED after p")
	}
	if got := hs.m.session.status().Remaining; got != frozen {
		t.Fatalf("resume lost or gained time: %v → %v", frozen, got)
	}
}

func TestNextAndBack(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	hs.press("n") // skip the lead-in
	if p := hs.m.session.phase(); p.Kind != routines.Work || p.Side != routines.Left {
		t.Fatalf("after n: %v, want the left hold", p)
	}
	hs.press("right") // skip the hold too
	if p := hs.m.session.phase(); p.Kind != routines.SwitchSides {
		t.Fatalf("after →: %v, want switch sides", p)
	}
	hs.press("b") // within 3 s: back to the left hold
	if p := hs.m.session.phase(); p.Kind != routines.Work || p.Side != routines.Left {
		t.Fatalf("after b: %v, want the left hold again", p)
	}
	hs.clock.Advance(10 * time.Second)
	hs.press("left") // 10 s in: restart the hold
	if st := hs.m.session.status(); st.Remaining != 30*time.Second {
		t.Fatalf("after ← 10 s in: remaining %v, want 30s", st.Remaining)
	}
}

func TestQuitAsksFirstAndPausesTheClock(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	hs.tick()
	hs.press("q")
	if !strings.Contains(hs.screen(), "Quit this session?") || hs.quit {
		t.Fatalf("q did not ask first:\n%s", hs.screen())
	}
	before := hs.m.session.run.Status().Remaining
	hs.clock.Advance(time.Minute)
	if got := hs.m.session.run.Status().Remaining; got != before {
		t.Fatal("the clock ran while asking to quit")
	}
	hs.press("space") // not an answer
	if hs.m.overlay != overlayQuit {
		t.Fatal("a stray key dismissed the quit question")
	}
	hs.press("n")
	if hs.m.overlay == overlayQuit || hs.m.session.status().IsPaused {
		t.Fatal("n did not resume the session")
	}
	hs.press("esc", "esc")
	if hs.m.overlay == overlayQuit || hs.quit {
		t.Fatal("esc, esc should ask and then go on")
	}
	hs.press("space", "q", "n") // paused before asking: stays paused
	if !hs.m.session.status().IsPaused {
		t.Fatal("declining to quit resumed a session the user had paused")
	}
	hs.press("q", "y")
	if !hs.quit {
		t.Fatal("q then y did not quit")
	}
}

func TestCtrlCInterruptsAnywhere(t *testing.T) {
	for _, keys := range [][]string{{}, {"enter"}, {"enter", "q"}} {
		hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
		hs.press(keys...)
		hs.press("ctrl+c")
		if !hs.quit || !hs.m.Interrupted() {
			t.Errorf("after %v, ctrl+c did not interrupt", keys)
		}
	}
}

func TestPickerChoosesARoutine(t *testing.T) {
	cases := []struct {
		keys []string
		want string
	}{
		{[]string{"enter"}, "prevention"},
		{[]string{"down", "enter"}, "prevention"},
		{[]string{"k", "enter"}, "desk"}, // up from the top wraps to the last routine
		{[]string{"j", "k", "enter"}, "prevention"},
		{[]string{"r"}, "relief"},
		{[]string{"p"}, "prevention"},
	}
	for _, c := range cases {
		hs := newHarness(t, nil, routines.DefaultOptions(), 100, 32)
		hs.press("enter", "enter") // past the safety screen and the check-in
		if !strings.Contains(hs.screen(), "choose a routine") {
			t.Fatalf("no picker without a mode:\n%s", hs.screen())
		}
		hs.press(c.keys...)
		if hs.m.screen != screenSession || hs.m.session.run.Routine().ID != c.want {
			t.Errorf("%v: screen %d routine %q, want a %s session", c.keys, hs.m.screen, hs.m.session.run.Routine().ID, c.want)
		}
	}
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter", "q")
	if !hs.quit {
		t.Fatal("q on the picker did not quit")
	}
}

func TestSafetyQuits(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 32)
	hs.press("q")
	if !hs.quit {
		t.Fatal("q on the safety screen did not quit")
	}
}

func TestSummaryAgainAndSkippedSteps(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	for hs.m.screen == screenSession {
		hs.press("n")
	}
	if !strings.Contains(hs.screen(), "cut short") {
		t.Fatalf("skipped steps are not marked on the summary:\n%s", hs.screen())
	}
	hs.press("r")
	if hs.m.screen != screenSession || hs.m.session.status().Phase != 0 {
		t.Fatal("r on the summary did not start the routine again")
	}
	for hs.m.screen == screenSession {
		hs.press("n")
	}
	hs.press("enter", "enter")
	if !hs.quit {
		t.Fatal("enter on the summary did not exit")
	}
}

func TestTooSmallRecoversOnResize(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	hs.send(tea.WindowSizeMsg{Width: 39, Height: 20})
	// Too small for the screen, but the person on the floor keeps the
	// phase, the side and the time left.
	if scr := hs.screen(); !strings.Contains(scr, "40×12 shows more") || !strings.Contains(scr, "GET READY") || !strings.Contains(scr, "LEFT") || !strings.Contains(scr, "0:05") {
		t.Fatalf("39 columns should show the compact session:\n%s", scr)
	}
	hs.send(tea.WindowSizeMsg{Width: 20, Height: 4})
	if scr := hs.screen(); !strings.Contains(scr, "0:05") || !strings.Contains(scr, "GET") {
		t.Fatalf("20×4 should still show the phase and the time:\n%s", scr)
	}
	hs.tick() // the session goes on underneath
	hs.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	scr := hs.screen()
	if strings.Contains(scr, "too small") || !strings.Contains(scr, "LEFT") {
		t.Fatalf("40×12 should show the session again:\n%s", scr)
	}
}

// Every layout the terminal can hold fits it: nothing is cut at any size
// from the minimum up, and the big digits appear once there is room.
func TestSessionFitsEverySize(t *testing.T) {
	hs := newHarness(t, &routines.Prevention, routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter", "n")
	for w := MinWidth; w <= 120; w += 7 {
		for h := MinHeight; h <= 40; h += 3 {
			hs.send(tea.WindowSizeMsg{Width: w, Height: h})
			scr := hs.screen()
			lines := strings.Split(scr, "\n")
			if len(lines) > h {
				t.Errorf("%d×%d: %d rows drawn", w, h, len(lines))
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Errorf("%d×%d: line wider than the terminal: %q", w, h, l)
					break
				}
			}
			if !strings.Contains(scr, "LEFT") || !strings.Contains(scr, "MOVE") {
				t.Errorf("%d×%d: side or phase word missing:\n%s", w, h, scr)
			}
		}
	}
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if hs.m.session.laid.font < 0 || !strings.Contains(hs.screen(), "▀▀▀") {
		t.Fatalf("80×24 should have big digits:\n%s", hs.screen())
	}
}

// The session asks for exactly one tick per displayed second, aligned to
// the deadline, and none while paused.
func TestTicksAlignToTheDisplayedSecond(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	if d := hs.ticker.wait(); d != time.Second {
		t.Fatalf("first tick in %v, want 1s", d)
	}
	hs.clock.Advance(1250 * time.Millisecond) // a late tick
	hs.send(tickMsg{})
	if d := hs.ticker.wait(); d != 750*time.Millisecond {
		t.Fatalf("after a late tick the next is in %v, want 750ms", d)
	}
	hs.ticker.last = 0
	hs.press("space")
	if d := hs.ticker.wait(); d != 0 {
		t.Fatalf("pausing scheduled a tick in %v", d)
	}
}

// The preview lets a user switch steps off for this session; the session
// then skips them, and a routine with nothing on does not start.
func TestPickerStepsOnAndOff(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	hs.press("j", "j", "j", "j", "j", "j", "j", "j", "j", "space") // relief's first step: kneeling stretch off
	if !strings.Contains(hs.screen(), "[ ] Kneeling hip-flexor stretch") {
		t.Fatalf("toggled step not shown off:\n%s", hs.screen())
	}
	if !strings.Contains(hs.screen(), "Relief  1 step · 1:40") {
		t.Fatalf("relief total not updated:\n%s", hs.screen())
	}
	hs.press("j", "space") // foam rolling off too: nothing left
	hs.press("enter", "enter")
	if hs.m.screen != screenPicker || !strings.Contains(hs.screen(), "Switch at least one step") {
		t.Fatalf("a routine with no steps on started:\n%s", hs.screen())
	}
	hs.press("j", "j", "space", "enter") // butterfly on, start
	if hs.m.screen != screenSession {
		t.Fatal("relief with the butterfly on did not start")
	}
	for _, p := range hs.m.session.run.Phases() {
		if p.Exercise.ID != "butterfly" {
			t.Fatalf("the session has %s, which was off", p.Exercise.ID)
		}
	}
}

// The library opens from the picker and from a session, and Esc returns to
// exactly where the user was, with the clock still paused.
func TestLibraryReturnsToWhereYouWere(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter", "j", "l")
	if !strings.Contains(hs.screen(), "exercise library") {
		t.Fatalf("l on the picker did not open the library:\n%s", hs.screen())
	}
	hs.press("down", "down")
	if !strings.Contains(hs.screen(), "3 of 14") || !strings.Contains(hs.screen(), "Fire hydrants · prevention") {
		t.Fatalf("browsing the library:\n%s", hs.screen())
	}
	hs.press("esc")
	if hs.m.overlay == overlayLibrary || hs.m.screen != screenPicker || hs.m.picker.cursor != 1 {
		t.Fatal("esc did not return to the picker as it was")
	}
	hs.press("r")
	hs.tick()
	before := hs.m.session.status().Remaining
	hs.press("l")
	if hs.m.overlay != overlayLibrary || !hs.m.session.status().IsPaused {
		t.Fatal("l in a session should pause it and open the library")
	}
	hs.clock.Advance(time.Minute)
	hs.send(tickMsg{})
	hs.press("j", "esc")
	if hs.m.overlay == overlayLibrary || hs.m.screen != screenSession || !hs.m.session.status().IsPaused || hs.m.session.status().Remaining != before {
		t.Fatalf("back from the library: screen %d paused %v remaining %v (want %v)", hs.m.screen, hs.m.session.status().IsPaused, hs.m.session.status().Remaining, before)
	}
}

// Paced steps count reps on screen in time with the clock.
func TestRepsAreCountedOnScreen(t *testing.T) {
	hs := newHarness(t, &routines.Prevention, routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	for i := 0; i < 13; i++ { // through the warm-up to the glute bridges
		hs.press("n")
	}
	if p := hs.m.session.phase(); p.Exercise.ID != "glute-bridges" || p.Kind != routines.Work {
		t.Fatalf("at %v, want the glute bridges", p)
	}
	want := [][2]string{{"Rep 1 of 12", "UP"}, {"Rep 1 of 12", "UP"}, {"Rep 1 of 12", "HOLD"}, {"Rep 1 of 12", "DOWN"}, {"Rep 1 of 12", "DOWN"}, {"Rep 2 of 12", "UP"}}
	for i, w := range want {
		line := ""
		for _, l := range strings.Split(hs.screen(), "\n") {
			if strings.Contains(l, "Rep ") {
				line = l
			}
		}
		if !strings.Contains(line, w[0]) || !strings.Contains(line, " "+w[1]+" ") {
			t.Fatalf("second %d: rep line %q, want %s and %s", i, line, w[0], w[1])
		}
		hs.tick()
	}
}

// fakeAudio records what the session asks to be heard.
type fakeAudio struct {
	mu     sync.Mutex
	said   []string
	tones  []string
	hushes int
}

func (f *fakeAudio) Say(u session.Utterance) {
	f.mu.Lock()
	f.said = append(f.said, u.Text)
	f.mu.Unlock()
}
func (f *fakeAudio) Hush() { f.mu.Lock(); f.hushes++; f.mu.Unlock() }

// Failed: the fake player never fails.
func (f *fakeAudio) Failed() bool { return false }

func (f *fakeAudio) Play(k session.Tone) {
	f.mu.Lock()
	f.tones = append(f.tones, k.String())
	f.mu.Unlock()
}

// With a player and a speech program, the session plays distinct tones
// instead of the bell and speaks its cues; pausing hushes the voice.
// A pain that rose by the check-in after: the voice's farewell withholds
// its "well done", as the summary does.
func TestNoSpokenPraiseWhenPainRose(t *testing.T) {
	fa := &fakeAudio{}
	hs := &harness{t: t, clock: timer.NewFakeClock(t0), ticker: &manualTicker{}}
	o := routines.Options{Hold: 3 * time.Second, Roll: 3 * time.Second}
	hs.m = New(Config{Routine: relief(), Options: o, Clock: hs.clock, Ticker: hs.ticker, Voice: fa, Tones: fa})
	hs.send(tea.WindowSizeMsg{Width: 100, Height: 32})
	hs.press("enter", "2")
	for hs.m.screen == screenSession {
		hs.tick()
	}
	hs.press("5")
	if last := fa.said[len(fa.said)-1]; last != session.FarewellPlain {
		t.Errorf("pain 2 → 5: the voice ended with %q, want %q", last, session.FarewellPlain)
	}
}

func TestSessionSoundsAndSpeaks(t *testing.T) {
	fa := &fakeAudio{}
	hs := &harness{t: t, clock: timer.NewFakeClock(t0), ticker: &manualTicker{}}
	// A lead-in long enough for the voice to say the stop cue in it.
	o := routines.Options{Hold: 6 * time.Second, Roll: 6 * time.Second, GetReady: 12 * time.Second}
	hs.m = New(Config{Routine: relief(), Options: o, Clock: hs.clock, Ticker: hs.ticker, Voice: fa, Tones: fa})
	hs.send(tea.WindowSizeMsg{Width: 100, Height: 32})
	hs.press("enter", "enter")
	for hs.m.screen == screenSession {
		hs.tick()
	}
	if hs.bells != 0 {
		t.Errorf("%d terminal bells alongside the tones", hs.bells)
	}
	// Each phase (6 or 12 s here) ends with three pips, then its tone.
	wantTones := "pip,pip,pip,work start,pip,pip,pip,switch sides,pip,pip,pip,work start,pip,pip,pip,step end," +
		"pip,pip,pip,work start,pip,pip,pip,switch sides,pip,pip,pip,work start,pip,pip,pip,session end"
	if got := strings.Join(fa.tones, ","); got != wantTones {
		t.Errorf("tones %s\nwant  %s", got, wantTones)
	}
	said := strings.Join(fa.said, " | ")
	for _, w := range []string{"Kneeling hip-flexor stretch. Left side: left knee down, right foot forward.", "Hold.",
		"Stop if the kneeling knee hurts", "Switch sides. Right side: right knee down, left foot forward.", "Foam rolling. Left side: left hip on the roller.", "Roll.", session.AskAfter} {
		if !strings.Contains(said, w) {
			t.Errorf("never said %q: %s", w, said)
		}
	}
	if strings.Contains(said, session.Farewell) {
		t.Errorf("the farewell came before the check-in after: %s", said)
	}
	hs.press("2") // the check-in after: now the farewell
	if last := fa.said[len(fa.said)-1]; last != session.Farewell {
		t.Errorf("after the check-in the voice said %q, want the farewell", last)
	}
	hs.press("r", "space")
	if fa.hushes != 1 {
		t.Errorf("pause hushed the voice %d times, want 1", fa.hushes)
	}
}

// The check-in before a session: a digit answers, 1 then 0 is 10, 1 then
// Enter is 1, Enter alone skips; the answer goes into the session's record.
// Enter pressed while the first screen is up but before Bubble Tea has made
// the terminal raw arrives as a line feed (ctrl+j); it still continues,
// and the check-in still takes it as "skip".
func TestEnterAsLineFeedContinues(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("ctrl+j")
	if !strings.Contains(hs.screen(), "How does your hip feel right now?") {
		t.Fatalf("a line feed on the safety screen did not continue:\n%s", hs.screen())
	}
	hs.press("ctrl+j")
	if strings.Contains(hs.screen(), "How does your hip feel right now?") {
		t.Fatalf("a line feed at the check-in did not skip it:\n%s", hs.screen())
	}
}

// In a terminal too small for any screen, keys answer nothing the person
// cannot see: Enter does not accept the hidden safety notice, a digit is
// not taken for a pain. The screen is where it was once the window grows.
func TestKeysIgnoredWhileTooSmall(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 30, 8)
	hs.press("enter", "2")
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(hs.screen(), "professional") {
		t.Fatalf("keys pressed while too small acted on the hidden safety screen:\n%s", hs.screen())
	}
	if recs := hs.m.Records(); len(recs) != 0 {
		t.Errorf("a pain typed while too small was recorded: %+v", recs)
	}
}

// At 40×12 the check-in and the quit question keep their question and the
// whole scale with its ends, dropping gaps and the header first.
func TestPainQuestionsWholeAt40x12(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 40, 12)
	hs.press("enter")
	for _, scr := range []string{hs.screen(), func() string { hs.press("3", "q"); return hs.screen() }()} {
		for _, w := range []string{"How does your hip feel", " 9 10", "no pain", "worst"} {
			if !strings.Contains(scr, w) {
				t.Errorf("%q cut at 40×12:\n%s", w, scr)
			}
		}
	}
	if !strings.Contains(hs.screen(), "Quit this session?") {
		t.Errorf("no quit question at 40×12:\n%s", hs.screen())
	}
}

func TestCheckinKeys(t *testing.T) {
	cases := []struct {
		keys []string
		want string
	}{
		{[]string{"enter"}, "skipped"},
		{[]string{"0"}, "0"},
		{[]string{"7"}, "7"},
		{[]string{"1", "0"}, "10"},
		{[]string{"1", "enter"}, "1"},
		{[]string{"x", "4"}, "4"},
	}
	for _, c := range cases {
		hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
		hs.press("enter") // past the safety notice
		if !strings.Contains(hs.screen(), "How does your hip feel right now?") {
			t.Fatalf("no check-in after the safety screen:\n%s", hs.screen())
		}
		hs.press(c.keys...)
		if hs.m.screen == screenPainGate {
			hs.press("g") // severe pain: go on gently
		}
		if hs.m.screen != screenSession {
			t.Errorf("%v: still on screen %d", c.keys, hs.m.screen)
			continue
		}
		recs := hs.m.Records()
		got := "skipped"
		if p := recs[len(recs)-1].PainBefore; p != nil {
			got = strconv.Itoa(*p)
		}
		if got != c.want {
			t.Errorf("%v: pain %s, want %s", c.keys, got, c.want)
		}
	}
}

// Every session of a run is recorded: one finished and repeated with r,
// then one quit half-way.
func TestRecordsOfARun(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "5")
	for hs.m.screen == screenSession {
		hs.tick()
	}
	hs.press("2", "r") // pain after, then again
	hs.tick()
	hs.press("q", "y")
	recs := hs.m.Records()
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	first, second := recs[0], recs[1]
	if !first.Completed || *first.PainBefore != 5 || *first.PainAfter != 2 || len(first.StepsDone) != 2 || first.ActualSeconds != 170 {
		t.Errorf("finished session recorded as %+v", first)
	}
	if second.Completed || len(second.StepsDone) != 0 || len(second.StepsSkipped) != 2 || second.Routine != "relief" || second.PainBefore == nil || *second.PainBefore != 2 {
		t.Errorf("quit session recorded as %+v", second)
	}
}

// At the smallest size every screen fits, and its key line still shows.
func TestEveryScreenFitsTheMinimum(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), MinWidth, MinHeight)
	check := func(name, keyWord string) {
		t.Helper()
		lines := strings.Split(strings.TrimRight(hs.screen(), "\n"), "\n")
		if len(lines) > MinHeight {
			t.Errorf("%s: %d rows in %d", name, len(lines), MinHeight)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > MinWidth {
				t.Errorf("%s: line wider than %d: %q", name, MinWidth, l)
			}
		}
		// The key help is at the bottom, on one line or two.
		var last []string
		for i := len(lines) - 1; i >= 0 && len(last) < 2; i-- {
			if l := strings.TrimSpace(lines[i]); l != "" {
				last = append(last, l)
			}
		}
		if keys := strings.Join(last, " "); !strings.Contains(keys, keyWord) || !strings.Contains(keys, "help") && name != "quit" {
			t.Errorf("%s: last lines %q, want the keys (%s) and ? help", name, keys, keyWord)
		}
	}
	check("safety", "enter")
	hs.press("enter")
	check("check-in", "skip")
	hs.press("enter")
	check("picker", "quit") // the keys take more than one line here
	hs.press("l")
	check("library", "esc")
	hs.press("esc", "r")
	check("session", "pause")
	hs.press("q")
	check("quit", "y yes")
	hs.press("n")
	for hs.m.screen == screenSession {
		hs.press("n")
	}
	check("summary", "exit")
}

// On the first day there is no streak to show yet: the prevention summary
// says it is day 1 and why to come back; relief, which no one should need
// every day, says nothing of days.
func TestSummaryFirstDay(t *testing.T) {
	for _, tc := range []struct {
		routine *routines.Routine
		want    bool
	}{{&routines.Prevention, true}, {relief(), false}} {
		o := routines.DefaultOptions()
		o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
		hs := newHarness(t, tc.routine, o, 100, 32)
		hs.press("enter", "enter")
		for hs.m.screen == screenSession {
			hs.tick() // done in full: a session skipped through starts no streak
		}
		scr := hs.screen()
		if got := strings.Contains(scr, "Day 1 of") && strings.Contains(scr, "daily routine"); got != tc.want {
			t.Errorf("%s: first-day line shown = %v, want %v:\n%s", tc.routine.ID, got, tc.want, scr)
		}
	}
}

// ? shows every key, however narrow the terminal (one column when two do
// not fit), and Esc closes that help before it ever asks to quit.
func TestFullHelpShowsEveryKeyAndEscClosesIt(t *testing.T) {
	for _, size := range [][2]int{{100, 32}, {80, 24}, {60, 24}, {40, 12}} {
		hs := newHarness(t, relief(), routines.DefaultOptions(), size[0], size[1])
		hs.press("enter", "enter")
		// The short key line, however narrow, keeps pause, quit and help.
		lines := strings.Split(strings.TrimRight(hs.screen(), "\n "), "\n")
		for _, want := range []string{"pause", "quit", "help"} {
			if last := lines[len(lines)-1]; !strings.Contains(last, want) {
				t.Errorf("%dx%d: key line %q lacks %q", size[0], size[1], last, want)
			}
		}
		hs.press("?")
		scr := hs.screen()
		wants := []string{"pause / resume", "next: end this phase now", "back: restart phase", "exercise library", "quit (asks first)", "quit now", "close help"}
		if size[0] < 60 {
			wants = []string{"pause", "next", "back", "library", "quit", "quit now", "close"}
		}
		for _, want := range wants {
			if !strings.Contains(scr, want) {
				t.Errorf("%dx%d: full help lacks %q:\n%s", size[0], size[1], want, scr)
			}
		}
		hs.press("esc")
		if hs.m.overlay == overlayQuit || strings.Contains(hs.screen(), "close") {
			t.Fatalf("%dx%d: esc with the help open did not just close it:\n%s", size[0], size[1], hs.screen())
		}
		hs.press("esc")
		if hs.m.overlay != overlayQuit {
			t.Fatalf("%dx%d: esc with the help closed did not ask to quit", size[0], size[1])
		}
	}
}

// On a short terminal every library entry still shows its cues, its
// mistake and its dose, uncut: the source and then the picture give way.
func TestLibraryFitsShortTerminals(t *testing.T) {
	cut := regexp.MustCompile(`(?m)^\s*…\s*$`) // the line page() leaves for what it cut
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		hs := newHarness(t, nil, routines.DefaultOptions(), size[0], size[1])
		hs.press("enter", "enter", "l") // from the picker: the first exercise
		for _, e := range routines.Exercises {
			scr := hs.screen()
			for _, want := range []string{e.Name, "Avoid:", "Dose:", "esc back"} {
				if !strings.Contains(scr, want) {
					t.Errorf("%dx%d %s: entry lacks %q:\n%s", size[0], size[1], e.ID, want, scr)
				}
			}
			if cut.MatchString(scr) {
				t.Errorf("%dx%d %s: entry was cut:\n%s", size[0], size[1], e.ID, scr)
			}
			hs.press("down")
		}
	}
}

// However narrow the picker, every step's row ends with its time, and the
// key hints show; at 80 columns the dose ("each side") shows too.
func TestPickerRowsKeepTheirTime(t *testing.T) {
	for _, width := range []int{100, 80, 60, 40} {
		hs := newHarness(t, nil, routines.DefaultOptions(), width, 60)
		hs.press("enter", "enter")
		scr := hs.screen()
		for _, r := range routines.All {
			for _, s := range r.Steps {
				want := clockOf(routines.StepDuration(s, routines.DefaultOptions()))
				row := pickerRow(scr, s.Exercise.Name, want)
				if !strings.HasSuffix(row, " "+want) {
					t.Errorf("%d columns: %s row %q does not end with its time %s", width, s.Exercise.ID, row, want)
				}
				if width >= 80 && s.Exercise.Sided && !strings.Contains(row, "each side") {
					t.Errorf("%d columns: %s row %q lacks its dose", width, s.Exercise.ID, row)
				}
			}
		}
		// Narrower, the key line keeps what matters most; ? has the rest.
		keys := []string{"start", "quit", "? help"}
		if width >= 80 {
			keys = append(keys, "move", "library")
		}
		for _, k := range keys {
			if !strings.Contains(scr, k) {
				t.Errorf("%d columns: key hint %q missing:\n%s", width, k, scr)
			}
		}
	}
}

// pickerRow is the picker's row for the step of this name: the last line
// with a box that holds its first 8 letters.
// The same exercise may be in two routines (hip circles): the row of the
// dose that takes want is preferred.
func pickerRow(screen, name, want string) string {
	row := ""
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, name[:min(8, len(name))]) && strings.Contains(l, "[") &&
			(row == "" || strings.HasSuffix(strings.TrimSpace(l), " "+want)) {
			row = strings.TrimSpace(l)
		}
	}
	return row
}

// On a short terminal the safety notice scrolls rather than leaving any of
// it out: every point can be read with ↓, and the keys stay at the bottom,
// with no blank rows above the margin.
func TestSafetyScrollsOnShortTerminals(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 40, 16)
	seen := map[string]bool{}
	want := []string{"Consult a healthcare", "tension, not pain", "breathing", "night", "explain", "medical advice"}
	first := hs.screen()
	if !strings.Contains(first, "more below") {
		t.Fatalf("no sign that there is more:\n%s", first)
	}
	for i := 0; i < 40; i++ {
		scr := hs.screen()
		for _, w := range want {
			if strings.Contains(scr, w) {
				seen[w] = true
			}
		}
		lines := strings.Split(strings.TrimRight(scr, "\n "), "\n")
		if len(lines) != 15 || !strings.Contains(lines[len(lines)-1], "enter") {
			t.Fatalf("after %d ↓: the keys are not on row 15 of 16 (the last is the margin):\n%s", i, scr)
		}
		hs.press("down")
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("never shown while scrolling: %q", w)
		}
	}
	if !strings.Contains(hs.screen(), "more above") {
		t.Errorf("at the end, no sign of what is above:\n%s", hs.screen())
	}
	hs.press("up")
	hs.press("enter")
	if hs.m.screen != screenCheckin {
		t.Fatal("enter after scrolling did not continue")
	}
}

// The layout chosen in Update is the one a fresh fit would choose, at every
// second of a whole session and at every size, with help and pause: the
// saving of not trying every layout each second never shows a different
// screen.
func TestFittedLayoutMatchesAFreshFit(t *testing.T) {
	// Leg swings (paced, sided, a moving picture), the plank (one side) and
	// the lunge stretch (held, sided): every kind of phase, kept short.
	o := routines.Options{Hold: 12 * time.Second, Roll: 12 * time.Second, GetReady: 2 * time.Second,
		Chosen: map[string]bool{"hip-circles": false, "fire-hydrants": false, "glute-bridges": false, "side-lying-leg-lifts": false}}
	for _, size := range [][2]int{{100, 32}, {80, 24}, {60, 20}, {40, 12}, {120, 40}} {
		hs := newHarness(t, &routines.Prevention, o, size[0], size[1])
		hs.press("enter", "enter")
		check := func(when string) {
			t.Helper()
			s := hs.m.session
			if s.laid.key != s.layoutKey() {
				t.Fatalf("%dx%d %s: Update left the layout unfitted", size[0], size[1], when)
			}
			if fresh := s.layoutFor(s.layoutKey()); s.laid != fresh {
				t.Fatalf("%dx%d %s: fitted layout %+v, a fresh one is %+v", size[0], size[1], when, s.laid, fresh)
			}
		}
		for i := 0; hs.m.screen == screenSession; i++ {
			if i%3 == 0 || hs.m.session.status().PhaseElapsed < time.Second {
				// A fresh fit costs a render per layout tried: every third
				// second, and the first second of every phase.
				check(fmt.Sprintf("second %d", i))
			} else if s := hs.m.session; s.laid.key != s.layoutKey() {
				t.Fatalf("%dx%d second %d: Update left the layout unfitted", size[0], size[1], i)
			}
			switch i {
			case 5:
				hs.press("?")
				check("help shown")
			case 6:
				hs.press("esc")
				check("help closed by esc")
			case 7:
				hs.press("space")
				check("paused")
				hs.press("space")
			case 8:
				hs.send(tea.WindowSizeMsg{Width: size[0] + 7, Height: size[1] + 3})
				check("resized")
				hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			}
			hs.tick()
		}
	}
}

// The window title follows the session, so a tab or a tmux status line
// shows the phase and side, and goes back to plain "hipcoach" elsewhere.
func TestWindowTitleFollowsTheSession(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	if got := hs.m.View().WindowTitle; got != "hipcoach" {
		t.Errorf("safety screen title %q", got)
	}
	hs.press("enter", "enter")
	if got := hs.m.View().WindowTitle; got != "get ready, left · hipcoach" {
		t.Errorf("lead-in title %q", got)
	}
	hs.tick()
	hs.press("space")
	if got := hs.m.View().WindowTitle; got != "paused · hipcoach" {
		t.Errorf("paused title %q", got)
	}
	hs.press("q")
	if got := hs.m.View().WindowTitle; got != "hipcoach" {
		t.Errorf("quit-confirm title %q", got)
	}
}

// Running the routine again keeps the finished session among the run's
// records, for the program to save at exit with the one running, and the
// check-in after the first is the one before the second.
func TestAgainKeepsTheFinishedSession(t *testing.T) {
	o := routines.DefaultOptions()
	o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
	hs := newHarness(t, relief(), o, 100, 32)
	hs.press("enter", "enter")
	for hs.m.screen == screenSession {
		hs.tick()
	}
	hs.press("4", "r")
	recs := hs.m.Records()
	if len(recs) != 2 || !recs[0].Completed || recs[1].Completed {
		t.Fatalf("records %+v, want the finished session and the one running", recs)
	}
	if recs[0].PainAfter == nil || *recs[0].PainAfter != 4 || recs[1].PainBefore == nil || *recs[1].PainBefore != 4 {
		t.Errorf("pain: first after %v, second before %v, want 4 and 4", recs[0].PainAfter, recs[1].PainBefore)
	}
}

// The picker greets a returning user with their last session and their
// prevention streak, in calendar days of their time zone.
func TestRecentLine(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	rec := func(daysAgo int, hour int, routine string) session.Record {
		return session.Record{Start: time.Date(2026, 11, 25-daysAgo, hour, 0, 0, 0, time.UTC), Routine: routine, Completed: true}
	}
	cases := []struct {
		name    string
		records []session.Record
		want    string
	}{
		{"first time", nil, ""},
		{"earlier today", []session.Record{rec(0, 7, "relief")}, "Last session: relief, today"},
		{"late last night", []session.Record{rec(1, 23, "relief")}, "Last session: relief, yesterday"},
		{"a while ago", []session.Record{rec(9, 12, "prevention")}, "Last session: prevention, 9 days ago"},
		{"a streak", []session.Record{rec(3, 9, "prevention"), rec(2, 9, "prevention"), rec(1, 9, "prevention")},
			"Last session: prevention, yesterday · prevention 3 days in a row"},
	}
	for _, c := range cases {
		if got := recentLine(summarize(c.records, time.UTC), now, time.UTC); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// The greeting never costs the picker any of its list: at 80 columns it
// sits beside the title, and the whole list still shows in a terminal just
// tall enough for the list (38 rows: the three routines, with what each
// needs and the foam-rolling caveat).
func TestPickerGreetsWithoutHidingSteps(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 80, 38)
	past := []session.Record{{Start: t0.Add(-time.Hour), Routine: "prevention", Completed: true}}
	hs.m = New(Config{Options: routines.DefaultOptions(), Clock: hs.clock, Ticker: hs.ticker, Past: summarize(past, time.UTC), Location: time.UTC})
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 38})
	hs.press("enter", "enter")
	scr := hs.screen()
	for _, want := range []string{"Last session: prevention, today", "Hip circles", "Butterfly", "Ends with advice", "Stand tall", "quit"} {
		if !strings.Contains(scr, want) {
			t.Errorf("picker lacks %q:\n%s", want, scr)
		}
	}
}

// The library opens at the exercise the user is looking at: the one being
// done in a session, or the step under the picker's cursor.
func TestLibraryOpensAtTheExerciseOnShow(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter", "n", "n", "n", "n") // foam rolling's lead-in
	hs.press("l")
	if !strings.Contains(hs.screen(), "Foam rolling · relief") {
		t.Errorf("library from a foam-rolling session does not show foam rolling:\n%s", hs.screen())
	}
	hs = newHarness(t, nil, routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter", "down", "down", "l") // the picker's second step
	if !strings.Contains(hs.screen(), "Leg swings · prevention") {
		t.Errorf("library from the picker's leg swings row does not show leg swings:\n%s", hs.screen())
	}
}

// ? shows every key on every screen, not just in a session, and ? again
// goes back to the short line.
func TestQuestionMarkOnEveryScreen(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 32)
	for _, step := range []struct {
		name   string
		reach  []string
		inFull string // a key only the full help lists
	}{
		{"safety", nil, "quit now"},
		{"check-in", []string{"enter"}, "quit now"},
		{"picker", []string{"enter"}, "quit now"},
		{"library", []string{"l"}, "browse"},
	} {
		hs.press(step.reach...)
		if strings.Contains(hs.screen(), step.inFull) && step.name != "library" {
			t.Errorf("%s: the full help shows before ?", step.name)
		}
		hs.press("?")
		if !strings.Contains(hs.screen(), step.inFull) {
			t.Errorf("%s: ? did not show every key:\n%s", step.name, hs.screen())
		}
		hs.press("?")
		if strings.Contains(hs.screen(), "quit now") {
			t.Errorf("%s: ? again left the full help up", step.name)
		}
	}
}

// summarize adds records up as the program does before a run.
func summarize(records []session.Record, loc *time.Location) *history.Summary {
	s := history.NewSummary(loc)
	for _, r := range records {
		s.Add(r)
	}
	return s
}

// At the sizes people use, each exercise's stop cue is on screen from its
// lead-in to the end of its hold, every second of it, and the side is tied
// to a leg in words.
func TestStopCueAndLegShowTheWholeHold(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 32}, {60, 20}} {
		hs := newHarness(t, relief(), routines.DefaultOptions(), size[0], size[1])
		hs.press("enter", "enter")
		for hs.m.screen == screenSession {
			p := hs.m.session.phase()
			scr := strings.Join(strings.Fields(hs.screen()), " ") // wrapped lines joined
			if !strings.Contains(scr, strings.Join(strings.Fields(p.Exercise.Stop), " ")) {
				t.Fatalf("%v: %s %s at %v: stop cue %q not on screen:\n%s", size, p.Exercise.ID, p.Word(), hs.m.session.status().Remaining, p.Exercise.Stop, hs.screen())
			}
			if leg := p.Exercise.Leg(p.Side); leg != "" && !strings.Contains(scr, strings.ToUpper(p.Side.String())+" side · "+leg) {
				t.Fatalf("%v: %s: side not tied to the leg (%q):\n%s", size, p.Exercise.ID, leg, hs.screen())
			}
			hs.tick()
		}
	}
}

// A check-in of 7 or more stops before any stretching, with the advice to
// see a professional: Enter stops (nothing runs by itself from there), g
// goes on gently.
func TestPainGate(t *testing.T) {
	for _, c := range []struct {
		pain    []string
		gate    bool
		key     string
		session bool
	}{
		{[]string{"8"}, true, "enter", false},
		{[]string{"1", "0"}, true, "g", true},
		{[]string{"6"}, false, "", true},
	} {
		hs := newHarness(t, relief(), routines.DefaultOptions(), 80, 24)
		hs.press("enter")
		hs.press(c.pain...)
		scr := strings.Join(strings.Fields(hs.screen()), " ")
		if got := strings.Contains(scr, routines.PainGateLine); got != c.gate {
			t.Fatalf("pain %v: gate shown %v, want %v:\n%s", c.pain, got, c.gate, hs.screen())
		}
		if c.gate {
			hs.clock.Advance(time.Hour) // nobody touches a key: nothing starts
			if hs.m.screen != screenPainGate || !strings.Contains(scr, "stop here") {
				t.Fatalf("pain %v: the gate did not wait for a choice", c.pain)
			}
			hs.press(c.key)
		}
		if got := hs.m.screen == screenSession; got != c.session || (!c.session && !hs.quit) {
			t.Errorf("pain %v after %q: in a session %v (want %v), quit %v", c.pain, c.key, got, c.session, hs.quit)
		}
	}
}

// A pain that rose over the session is met with advice, not praise.
func TestWorsePainIsNotPraised(t *testing.T) {
	o := routines.DefaultOptions()
	o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
	hs := newHarness(t, relief(), o, 100, 32)
	hs.press("enter", "1", "enter") // pain 1 before
	for hs.m.screen == screenSession {
		hs.tick()
	}
	hs.press("3")
	scr := strings.Join(strings.Fields(hs.screen()), " ")
	if strings.Contains(scr, "well done") || !strings.Contains(scr, routines.WorseAfterLine) || !strings.Contains(scr, "Pain 1 → 3") {
		t.Errorf("pain 1 → 3: want the advice and no praise:\n%s", hs.screen())
	}
}

// On the picker, e switches a step's easier version on: the row says so and
// the session runs it, with its own cues; e again switches it off.
func TestPickerEasierVersion(t *testing.T) {
	hs := newHarness(t, nil, routines.DefaultOptions(), 100, 40)
	hs.press("enter", "enter")
	for hs.m.picker.items()[hs.m.picker.cursor] != (pickerItem{routine: 1, step: 0}) {
		hs.press("down")
	}
	easier := routines.KneelingHipFlexorStretch.WithVariant(routines.VariantEasier)
	hs.press("e")
	if !strings.Contains(hs.screen(), easier.Name) {
		t.Fatalf("the row does not name the easier version %q:\n%s", easier.Name, hs.screen())
	}
	hs.press("enter")
	if p := hs.m.session.phase(); p.Exercise.Name != easier.Name || !strings.Contains(hs.screen(), easier.Cues[0]) {
		t.Fatalf("the session runs %q, want the easier version:\n%s", p.Exercise.Name, hs.screen())
	}
	hs = newHarness(t, nil, routines.DefaultOptions(), 100, 40)
	hs.press("enter", "enter", "down", "e", "e")
	if strings.Contains(hs.screen(), routines.HipCircles.WithVariant(routines.VariantEasier).Name) {
		t.Error("e twice left the easier version on")
	}
}

// On a narrow or short picker the greeting still shows (under the title),
// a list cut to fit says there is more, and at 40×12 it still shows at
// least 4 of its rows.
func TestPickerGreetsAndSaysThereIsMore(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {40, 12}} {
		hs := newHarness(t, nil, routines.DefaultOptions(), size[0], size[1])
		past := []session.Record{{Start: t0.Add(-time.Hour), Routine: "prevention", Completed: true}}
		hs.m = New(Config{Options: routines.DefaultOptions(), Clock: hs.clock, Ticker: hs.ticker, Past: summarize(past, time.UTC), Location: time.UTC})
		hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		hs.press("enter", "enter")
		if scr := hs.screen(); !strings.Contains(scr, "Last session: prev") || !strings.Contains(scr, "↓ more below") {
			t.Errorf("%v: want the greeting and 'more below':\n%s", size, scr)
		}
		hs.press("down", "down", "down")
		if rows := strings.Count(hs.screen(), "[x]"); rows < 4 {
			t.Errorf("%v: %d steps on show, want at least 4:\n%s", size, rows, hs.screen())
		}
		for range 27 {
			hs.press("down")
		}
		if scr := hs.screen(); !strings.Contains(scr, "↑ more above") {
			t.Errorf("%v: at the end, want 'more above':\n%s", size, scr)
		}
	}
}

// With --flash each change of phase fills the screen with the phase's
// colour and its word for a moment; without it, nothing flashes.
func TestFlashAtEachChange(t *testing.T) {
	for _, flash := range []bool{true, false} {
		hs := &harness{t: t, clock: timer.NewFakeClock(t0), ticker: &manualTicker{}}
		never := func(time.Duration, tea.Msg) tea.Cmd { return nil } // the test ends the flash
		hs.m = New(Config{Routine: relief(), Options: routines.DefaultOptions(), Clock: hs.clock, Ticker: hs.ticker, Flash: flash, Later: never})
		hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		hs.press("enter", "enter")
		if strings.Contains(hs.screen(), "LEFT SIDE") {
			t.Fatal("the first phase flashed: the screen has only just appeared")
		}
		hs.press("n") // the lead-in ends: the hold begins
		flashed := strings.Contains(hs.screen(), "HOLD · LEFT SIDE") && !strings.Contains(hs.screen(), "Next:")
		if flashed != flash {
			t.Fatalf("flash %v: flashed %v:\n%s", flash, flashed, hs.screen())
		}
		hs.send(flashOffMsg{phase: hs.m.session.status().Phase})
		if !strings.Contains(hs.screen(), "Next:") {
			t.Fatalf("flash %v: the session did not come back:\n%s", flash, hs.screen())
		}
	}
}

// ? shows every key in place of the cues: the big display keeps its size.
func TestHelpDoesNotShrinkTheDigits(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 32}} {
		hs := newHarness(t, relief(), routines.DefaultOptions(), size[0], size[1])
		hs.press("enter", "enter", "n") // into the hold
		before := hs.m.session.laid.font
		hs.press("?")
		if after := hs.m.session.laid.font; after != before || !strings.Contains(hs.screen(), "quit now") {
			t.Errorf("%v: digits at scale %d with the help, %d without:\n%s", size, after, before, hs.screen())
		}
	}
}

// Paused mid-second, the session's clock and the phase's agree (what has
// passed and what is left add up), and the big display shows the pause
// sign, to be seen from the floor.
func TestPausedClocksAgree(t *testing.T) {
	hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
	hs.press("enter", "enter")
	hs.clock.Advance(7*time.Second + 600*time.Millisecond) // 2.6 s into the hold
	hs.send(tickMsg{})
	hs.press("space")
	scr := hs.screen()
	// 2:43 left of a 2:50 session, as the hold shows 0:28 of its 0:30 left
	// (rounding 7.6 s to 0:08 would disagree with it).
	if !strings.Contains(scr, "3 min left") || !strings.Contains(scr, "PAUSED") || !strings.Contains(scr, "0:28") {
		t.Fatalf("paused at 7.6 s: want 3 min left and 0:28 left:\n%s", scr)
	}
	if sign := strings.Split(bigFonts[hs.m.session.laid.font].draw(string(pauseSign)), "\n")[0]; !strings.Contains(scr, sign) {
		t.Errorf("no pause sign on the big display:\n%s", scr)
	}
}

// Every answer is a record: a check-in that stops at the pain screen, one
// left at the picker, the check-in that stops a second run, and the pain
// given when quitting part way.
func TestEveryAnswerIsARecord(t *testing.T) {
	t.Run("stopped at the pain screen", func(t *testing.T) {
		hs := newHarness(t, relief(), routines.DefaultOptions(), 80, 24)
		hs.press("enter", "8", "enter")
		recs := hs.m.Records()
		if !hs.quit || len(recs) != 1 || !recs[0].IsCheckin() || recs[0].Routine != "relief" || recs[0].PainBefore == nil || *recs[0].PainBefore != 8 {
			t.Fatalf("quit %v, records %+v; want the check-in of 8 before relief", hs.quit, recs)
		}
	})
	t.Run("left at the picker", func(t *testing.T) {
		hs := newHarness(t, nil, routines.DefaultOptions(), 80, 24)
		hs.press("enter", "3", "q")
		recs := hs.m.Records()
		if len(recs) != 1 || !recs[0].IsCheckin() || recs[0].Routine != "" || *recs[0].PainBefore != 3 {
			t.Fatalf("records %+v; want the check-in of 3, no routine", recs)
		}
	})
	t.Run("again, stopped at the pain screen", func(t *testing.T) {
		o := routines.DefaultOptions()
		o.Hold, o.Roll, o.GetReady = 2*time.Second, 2*time.Second, 0
		hs := newHarness(t, relief(), o, 100, 32)
		hs.press("enter", "enter")
		for hs.m.screen == screenSession {
			hs.tick()
		}
		hs.press("8", "r", "enter")
		recs := hs.m.Records()
		if len(recs) != 2 || recs[0].Outcome != session.OutcomeFinished || !recs[1].IsCheckin() || *recs[1].PainBefore != 8 {
			t.Fatalf("records %+v; want the finished session, then the check-in that stopped the second", recs)
		}
	})
	t.Run("quit part way with the pain now", func(t *testing.T) {
		hs := newHarness(t, relief(), routines.DefaultOptions(), 100, 32)
		hs.press("enter", "2", "enter")
		if hs.m.screen != screenSession {
			t.Fatalf("no session:\n%s", hs.screen())
		}
		hs.tick()
		hs.press("q", "1", "0")
		recs := hs.m.Records()
		if !hs.quit || len(recs) != 1 || recs[0].Outcome != session.OutcomeQuit || recs[0].PainAfter == nil || *recs[0].PainAfter != 10 || *recs[0].PainBefore != 2 {
			t.Fatalf("quit %v, records %+v; want the quit session with pain 2 before and 10 after", hs.quit, recs)
		}
	})
}

// The history is read after the first frame: New and the first View never
// call LoadPast, and the greeting comes when its summary does.
func TestHistoryComesAfterTheFirstFrame(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	called := false
	past := summarize([]session.Record{{Start: now.Add(-time.Hour), Routine: "relief", Completed: true}}, time.UTC)
	m := New(Config{Clock: timer.NewFakeClock(now), Location: time.UTC, LoadPast: func() *history.Summary { called = true; return past }})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = next.(Model)
	_ = m.View()
	if called || m.picker.recent != "" {
		t.Fatalf("the history was read before the first frame (called %v, greeting %q)", called, m.picker.recent)
	}
	if m.Init() == nil {
		t.Fatal("Init has no command to read the history")
	}
	next, _ = m.Update(pastLoadedMsg{past})
	if got := next.(Model).picker.recent; got != "Last session: relief, today" {
		t.Fatalf("greeting %q after the history came", got)
	}
}

// The header's time left is in whole minutes, rounded up, and says "under
// a minute" in the last one rather than "1 min left" with seconds to go.
func TestMinutesLeft(t *testing.T) {
	for secs, want := range map[int]string{0: "nearly done", 10: "under a minute left", 59: "under a minute left", 60: "1 min left", 61: "2 min left", 170: "3 min left"} {
		if got := minutesLeft(secs); got != want {
			t.Errorf("%d s: %q, want %q", secs, got, want)
		}
	}
}
