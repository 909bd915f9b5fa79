package voice

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/hipcoach/hipcoach/timer"
)

// fakeSpeech writes a speech program that logs what it is asked to say (and
// its pid) and then takes delay to "say" it.
func fakeSpeech(t *testing.T, delay string) (argv []string, log string) {
	t.Helper()
	dir := t.TempDir()
	log = filepath.Join(dir, "said.log")
	script := filepath.Join(dir, "espeak-ng")
	body := "#!/bin/sh\necho \"$$ $*\" >> " + log + "\nsleep " + delay + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return []string{script}, log
}

func readLog(t *testing.T, log string) []string {
	t.Helper()
	b, err := os.ReadFile(log)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return strings.Fields(strings.ReplaceAll(strings.TrimSpace(string(b)), " ", "_"))
}

// waitLines polls the log until it has n lines.
func waitLines(t *testing.T, log string, n int) []string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		lines := readLog(t, log)
		if len(lines) >= n {
			return lines
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d utterances spoken: %v", len(lines), n, lines)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// fakeProgram is a speech program the test drives: each line it is asked
// to say arrives on started, and it goes on "speaking" until the test sends
// on finish, or sends the error it fails with on fail (or the speaker kills
// it). With startErr set it cannot start at all.
type fakeProgram struct {
	started  chan string
	finish   chan struct{}
	fail     chan error
	startErr error
	killed   chan struct{} // the last run's, closed when killed
}

func newFakeProgram() *fakeProgram {
	return &fakeProgram{started: make(chan string, 16), finish: make(chan struct{}), fail: make(chan error)}
}

type fakeRun struct {
	finish <-chan struct{}
	fail   <-chan error
	killed chan struct{}
	once   sync.Once
}

var errKilled = errors.New("signal: killed")

func (r *fakeRun) Wait() error {
	select {
	case <-r.finish:
		return nil
	case err := <-r.fail:
		return err
	case <-r.killed:
		return errKilled
	}
}

func (r *fakeRun) Kill() { r.once.Do(func() { close(r.killed) }) }

func (p *fakeProgram) start(text string) (process, error) {
	if p.startErr != nil {
		p.started <- text
		return nil, p.startErr
	}
	r := &fakeRun{finish: p.finish, fail: p.fail, killed: make(chan struct{})}
	p.killed = r.killed
	p.started <- text
	return r, nil
}

// next is the line the speaker starts saying next; it fails the test if
// none comes (the wait is a safety net, not part of the timing).
func (p *fakeProgram) next(t *testing.T) string {
	t.Helper()
	select {
	case text := <-p.started:
		return text
	case <-time.After(5 * time.Second):
		t.Fatal("the speaker said nothing more")
		return ""
	}
}

// nothingMore checks the speaker starts no other line once the one being
// said is done: it says a marker line and expects that marker next.
func (p *fakeProgram) nothingMore(t *testing.T, s *Speaker, clock timer.Clock) {
	t.Helper()
	s.Say(session.Utterance{Text: "marker", Until: clock.Now().Add(time.Hour)})
	p.finish <- struct{}{}
	if got := p.next(t); got != "marker" {
		t.Fatalf("said %q, want nothing before the marker", got)
	}
}

func TestSpeaksInOrderOneAtATime(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("fake", p.start, clock)
	defer s.Close()
	until := clock.Now().Add(time.Minute)
	for _, w := range []string{"One.", "Two.", "Three."} {
		s.Say(session.Utterance{Text: w, Until: until})
	}
	for i, w := range []string{"One.", "Two.", "Three."} {
		if got := p.next(t); got != w {
			t.Fatalf("line %d: said %q, want %q", i+1, got, w)
		}
		select {
		case extra := <-p.started:
			t.Fatalf("started %q while still saying %q", extra, w)
		default:
		}
		p.finish <- struct{}{}
	}
}

// A slow speaker drops the cues whose moment passed while it was talking.
func TestStaleCuesAreDropped(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("fake", p.start, clock)
	defer s.Close()
	now := clock.Now()
	s.Say(session.Utterance{Text: "Lunge stretch.", Until: now.Add(time.Minute)})
	s.Say(session.Utterance{Text: "Three.", Until: now.Add(100 * time.Millisecond)})
	s.Say(session.Utterance{Text: "Two.", Until: now.Add(200 * time.Millisecond)})
	s.Say(session.Utterance{Text: "Hold.", Until: now.Add(time.Minute)})
	if got := p.next(t); got != "Lunge stretch." {
		t.Fatalf("said %q first", got)
	}
	clock.Advance(400 * time.Millisecond) // the sentence took that long
	p.finish <- struct{}{}
	if got := p.next(t); got != "Hold." {
		t.Fatalf("said %q after a slow sentence, want the stale counts dropped and Hold.", got)
	}
	p.nothingMore(t, s, clock)
}

func TestHushDropsWhatIsQueued(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("fake", p.start, clock)
	defer s.Close()
	until := clock.Now().Add(time.Minute)
	s.Say(session.Utterance{Text: "First.", Until: until})
	p.next(t)
	s.Say(session.Utterance{Text: "Second.", Until: until})
	s.Hush()
	p.nothingMore(t, s, clock)
}

// Closing cuts the sentence off and leaves no speech process behind.
func TestCloseLeavesNoProcess(t *testing.T) {
	argv, log := fakeSpeech(t, "30")
	s := New(argv, timer.SystemClock{})
	s.Say(session.Utterance{Text: "A long sentence.", Until: time.Now().Add(time.Minute)})
	lines := waitLines(t, log, 1)
	pid, _ := strconv.Atoi(lines[0][:strings.Index(lines[0], "_")])
	start := time.Now()
	s.Close()
	if time.Since(start) > 2*time.Second {
		t.Fatal("Close waited for the sentence to finish")
	}
	// The killed group's last member (the script's sleep) is reaped by
	// init, which may take a moment.
	for deadline := time.Now().Add(2 * time.Second); syscall.Kill(-pid, 0) == nil; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("speech process group %d still running after Close", pid)
		}
	}
	s.Say(session.Utterance{Text: "After.", Until: time.Now().Add(time.Minute)}) // ignored, no panic
	s.Close()                                                                    // twice is fine
}

func TestDetect(t *testing.T) {
	found := func(name string) (string, error) {
		if name == "spd-say" {
			return "/usr/bin/spd-say", nil
		}
		return "", os.ErrNotExist
	}
	s := Detect(found, timer.SystemClock{})
	if s == nil || s.Name() != "spd-say" {
		t.Fatalf("Detect = %v, want spd-say", s)
	}
	s.Close()
	if Detect(func(string) (string, error) { return "", os.ErrNotExist }, timer.SystemClock{}) != nil {
		t.Fatal("a speaker without a speech program")
	}
	var none *Speaker
	none.Say(session.Utterance{Text: "x"}) // a nil speaker is silent
	none.Hush()
	none.Close()
}

// failures records the OnFail calls.
type failures chan error

func (c failures) onFail(err error) { c <- err }

func (c failures) next(t *testing.T) error {
	t.Helper()
	select {
	case err := <-c:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("OnFail was not called")
		return nil
	}
}

func (c failures) noMore(t *testing.T) {
	t.Helper()
	select {
	case err := <-c:
		t.Fatalf("OnFail called again, with %v", err)
	default:
	}
}

// espeak-ng without a sound device exits 1: what was queued is dropped,
// nothing more is said, and the caller is told once.
func TestFailingProgramIsDropped(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("espeak-ng", p.start, clock)
	fails := make(failures, 4)
	s.SetOnFail(fails.onFail)
	until := clock.Now().Add(time.Minute)
	for _, w := range []string{"Lunge stretch.", "Three.", "Two."} {
		s.Say(session.Utterance{Text: w, Until: until})
	}
	p.next(t)
	p.fail <- errors.New("ALSA lib confmisc.c:855:(parse_card) cannot find card 0 (espeak-ng: exit status 1)")
	if err := fails.next(t); !strings.Contains(err.Error(), "cannot find card") {
		t.Fatalf("OnFail told %q, want the program's reason", err)
	}
	if !s.Failed() {
		t.Fatal("Failed is false after the program failed")
	}
	// The queue was dropped before the caller was told, so nothing more
	// can have started.
	select {
	case w := <-p.started:
		t.Fatalf("said %q after the program failed", w)
	default:
	}
	s.Say(session.Utterance{Text: "Hold.", Until: until})
	s.mu.Lock()
	queued := len(s.queue)
	s.mu.Unlock()
	if queued != 0 {
		t.Fatal("a failed speaker still takes lines")
	}
	s.Finish(time.Minute) // nothing to wait for
	fails.noMore(t)
	select {
	case w := <-p.started:
		t.Fatalf("said %q after the program failed", w)
	default:
	}
}

func TestProgramThatCannotStart(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	p.startErr = errors.New("permission denied")
	s := newSpeaker("espeak-ng", p.start, clock)
	defer s.Close()
	fails := make(failures, 4)
	s.SetOnFail(fails.onFail)
	s.Say(session.Utterance{Text: "One.", Until: clock.Now().Add(time.Minute)})
	s.Say(session.Utterance{Text: "Two.", Until: clock.Now().Add(time.Minute)})
	if err := fails.next(t); !strings.Contains(err.Error(), "espeak-ng") || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("OnFail told %q", err)
	}
	if p.next(t) != "One." {
		t.Fatal("did not try the first line")
	}
	select {
	case w := <-p.started:
		t.Fatalf("tried %q after the program could not start", w)
	default:
	}
	fails.noMore(t)
}

// A failure before anyone listened is told as soon as someone does.
func TestOnFailSetAfterTheFailure(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("espeak-ng", p.start, clock)
	defer s.Close()
	s.Say(session.Utterance{Text: "One.", Until: clock.Now().Add(time.Minute)})
	p.next(t)
	p.fail <- errors.New("exit status 1")
	s.Finish(time.Minute) // returns once the failure has dropped the queue
	if !s.Failed() {
		t.Fatal("not dropped")
	}
	fails := make(failures, 4)
	s.SetOnFail(fails.onFail)
	_ = fails.next(t) // called, whatever it says
	s.SetOnFail(fails.onFail)
	fails.noMore(t)
}

// Close cuts the sentence off; that is not a failure.
func TestCloseIsNotAFailure(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("espeak-ng", p.start, clock)
	fails := make(failures, 4)
	s.SetOnFail(fails.onFail)
	s.Say(session.Utterance{Text: "A long sentence.", Until: clock.Now().Add(time.Minute)})
	p.next(t)
	s.Close()
	select {
	case <-p.killed:
	default:
		t.Fatal("Close left the sentence running")
	}
	if s.Failed() {
		t.Fatal("Close failed the speaker")
	}
	fails.noMore(t)
}

// The real thing, with a program standing in for espeak-ng: the caller is
// told why in the program's own words.
func TestRealProgramFails(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "espeak-ng")
	body := "#!/bin/sh\necho 'ALSA lib confmisc.c:855:(parse_card) cannot find card 0' >&2\necho 'ALSA lib pcm.c:2721:(snd_pcm_open_noupdate) Unknown PCM default' >&2\nexit 1\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	s := New([]string{script}, timer.SystemClock{})
	defer s.Close()
	fails := make(failures, 4)
	s.SetOnFail(fails.onFail)
	s.Say(session.Utterance{Text: "Lunge stretch.", Until: time.Now().Add(time.Minute)})
	err := fails.next(t)
	if want := "ALSA lib pcm.c:2721:(snd_pcm_open_noupdate) Unknown PCM default (espeak-ng: exit status 1)"; err.Error() != want {
		t.Fatalf("OnFail told %q, want %q", err, want)
	}
	if !s.Failed() {
		t.Fatal("not dropped")
	}
}

// An urgent word (the count, the start word) cuts short the sentence still
// being said and drops the sentences waiting, but not other urgent words;
// the cut is no failure of the speech program.
func TestUrgentWordPreempts(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("fake", p.start, clock)
	defer s.Close()
	failed := make(chan error, 1)
	s.SetOnFail(func(err error) { failed <- err })
	until := clock.Now().Add(time.Minute)
	s.Say(session.Utterance{Text: "Kneel on one knee (pad it), the other foot flat in front.", Until: until})
	if got := p.next(t); !strings.HasPrefix(got, "Kneel") {
		t.Fatalf("said %q first", got)
	}
	killed := p.killed
	s.Say(session.Utterance{Text: "Stop at sharp, shooting or worsening pain.", Until: until})
	s.Say(session.Utterance{Text: "Three.", Until: until, Urgent: true})
	s.Say(session.Utterance{Text: "Two.", Until: until, Urgent: true})
	select {
	case <-killed:
	case <-time.After(5 * time.Second):
		t.Fatal("the long sentence was not cut short for the count")
	}
	for _, want := range []string{"Three.", "Two."} {
		if got := p.next(t); got != want {
			t.Fatalf("said %q, want %q: the waiting sentence dropped, the urgent words in order", got, want)
		}
		p.finish <- struct{}{}
	}
	p.nothingMore(t, s, clock)
	if s.Failed() {
		t.Error("a cut-short sentence counted as a failure of the speech program")
	}
	select {
	case err := <-failed:
		t.Errorf("told of a failure: %v", err)
	default:
	}
}

// A word that is not urgent waits its turn: nothing is cut short for it.
func TestOrdinaryWordWaits(t *testing.T) {
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	p := newFakeProgram()
	s := newSpeaker("fake", p.start, clock)
	defer s.Close()
	until := clock.Now().Add(time.Minute)
	s.Say(session.Utterance{Text: "Hold.", Until: until, Urgent: true})
	p.next(t)
	killed := p.killed
	s.Say(session.Utterance{Text: "Halfway.", Until: until})
	select {
	case <-killed:
		t.Fatal("an ordinary word cut the sentence short")
	case <-time.After(50 * time.Millisecond):
	}
	p.finish <- struct{}{}
	if got := p.next(t); got != "Halfway." {
		t.Fatalf("said %q", got)
	}
	p.finish <- struct{}{}
}

// hang is a run that ends only when killed.
type hang struct{ killed chan struct{} }

func (h *hang) Wait() error { <-h.killed; return errors.New("killed") }
func (h *hang) Kill()       { close(h.killed) }

// A speech program that hangs holds up neither the end of a session (Finish
// gives up on it soon after its line should be over) nor the lines after
// it (the line is stopped and the program dropped, said once).
func TestAHangingSpeechProgram(t *testing.T) {
	defer func(slack time.Duration, limit func(string) time.Duration) { finishSlack, lineLimit = slack, limit }(finishSlack, lineLimit)
	finishSlack = 0
	s := newSpeaker("hangs", func(string) (process, error) { return &hang{killed: make(chan struct{})}, nil }, timer.SystemClock{})
	start := time.Now()
	s.Say(session.Utterance{Text: "Well.", Until: start.Add(time.Minute)})
	if s.Finish(8*time.Second) || time.Since(start) > 4*time.Second {
		t.Fatalf("Finish waited %v for a hung line", time.Since(start))
	}
	lineLimit = func(string) time.Duration { return 50 * time.Millisecond }
	s = newSpeaker("hangs", func(string) (process, error) { return &hang{killed: make(chan struct{})}, nil }, timer.SystemClock{})
	defer s.Close()
	failed := make(chan error, 1)
	s.SetOnFail(func(err error) { failed <- err })
	s.Say(session.Utterance{Text: "Hold.", Until: time.Now().Add(time.Minute)})
	select {
	case err := <-failed:
		if !strings.Contains(err.Error(), "hangs did not finish a line") {
			t.Fatalf("reason %q", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a hanging speech program was never dropped")
	}
}
