package sound

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// fakePlayer is a sound player the test drives: each run it starts arrives
// on started, and plays until the test sends it a result (nil: played;
// an error: the player failed) or the Player kills it.
type fakePlayer struct {
	started  chan *fakeRun
	startErr error // when set, the player cannot start
	mu       sync.Mutex
	starts   int
}

func newFakePlayer() *fakePlayer { return &fakePlayer{started: make(chan *fakeRun, 16)} }

type fakeRun struct {
	file   string
	result chan error
	killed chan struct{}
	once   sync.Once
}

var errKilled = errors.New("signal: killed")

func (r *fakeRun) Wait() error {
	select {
	case err := <-r.result:
		return err
	case <-r.killed:
		return errKilled
	}
}

func (r *fakeRun) Kill() { r.once.Do(func() { close(r.killed) }) }

func (r *fakeRun) wasKilled() bool {
	select {
	case <-r.killed:
		return true
	default:
		return false
	}
}

func (f *fakePlayer) start(file string) (process, error) {
	f.mu.Lock()
	f.starts++
	f.mu.Unlock()
	if f.startErr != nil {
		return nil, f.startErr
	}
	r := &fakeRun{file: filepath.Base(file), result: make(chan error, 1), killed: make(chan struct{})}
	f.started <- r
	return r, nil
}

// next is the run the Player starts next; the wait is a safety net, not
// part of the timing. Goroutines other than the test's receive from
// started themselves: they may not call t.Fatal.
func (f *fakePlayer) next(t *testing.T) *fakeRun {
	t.Helper()
	select {
	case r := <-f.started:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("the player was not started")
		return nil
	}
}

// none checks that no run has been started. Play starts its run before it
// returns, so there is nothing to wait for.
func (f *fakePlayer) none(t *testing.T) {
	t.Helper()
	select {
	case r := <-f.started:
		t.Fatalf("the player was asked to play %s", r.file)
	default:
	}
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

func TestPlaysTheKindsFile(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("aplay", t.TempDir(), f.start)
	defer p.Close()
	p.Play(session.NoTone)
	f.none(t)
	p.Play(session.Pip)
	if r := f.next(t); r.file != "pip.wav" {
		t.Fatalf("played %s for a pip", r.file)
	}
	p.Play(session.WorkStart)
	r := f.next(t)
	if r.file != "work start.wav" {
		t.Fatalf("played %s for work start", r.file)
	}
	r.result <- nil
	if p.Failed() {
		t.Fatal("a tone played in full failed the player")
	}
}

// aplay with no sound device exits 1: the player is not asked again, and the
// caller hears about it once, to ring the bell instead.
func TestFailingPlayerIsDropped(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("aplay", t.TempDir(), f.start)
	fails := make(failures, 4)
	p.SetOnFail(fails.onFail)
	p.Play(session.WorkStart)
	f.next(t).result <- errors.New("aplay: main:831: audio open error: No such file or directory (aplay: exit status 1)")
	if err := fails.next(t); !strings.Contains(err.Error(), "audio open error") {
		t.Fatalf("OnFail told %q, want the player's reason", err)
	}
	if !p.Failed() {
		t.Fatal("Failed is false after the player failed")
	}
	for _, k := range []session.Tone{session.Pip, session.SwitchSides, session.StepEnd, session.SessionEnd} {
		p.Play(k)
	}
	f.none(t)
	p.Close()
	fails.noMore(t)
}

// Two tones that fail together still tell the caller once.
func TestTwoFailuresTellOnce(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("paplay", t.TempDir(), f.start)
	defer p.Close()
	fails := make(failures, 4)
	p.SetOnFail(fails.onFail)
	p.Play(session.WorkStart)
	first := f.next(t)
	go func() {
		check := <-f.started // Check's run, while the tone still plays
		first.result <- errors.New("Connection failure: Connection refused (paplay: exit status 1)")
		check.result <- errors.New("Connection failure: Connection refused (paplay: exit status 1)")
	}()
	if err := p.Check(context.Background()); err == nil {
		t.Fatal("Check passed a failing player")
	}
	_ = fails.next(t) // called, whatever it says
	fails.noMore(t)   // Check has seen its failure through: no second call
	if !p.Failed() {
		t.Fatal("not dropped")
	}
}

// A player that cannot start at all is dropped at the first Play, and the
// caller is told from that Play.
func TestPlayerThatCannotStart(t *testing.T) {
	f := newFakePlayer()
	f.startErr = errors.New("permission denied")
	p := newPlayer("pw-play", t.TempDir(), f.start)
	defer p.Close()
	fails := make(failures, 4)
	p.SetOnFail(fails.onFail)
	p.Play(session.WorkStart)
	select {
	case err := <-fails:
		if !strings.Contains(err.Error(), "pw-play") || !strings.Contains(err.Error(), "permission denied") {
			t.Fatalf("OnFail told %q", err)
		}
	default:
		t.Fatal("OnFail was not called before Play returned")
	}
	p.Play(session.StepEnd)
	if f.starts != 1 {
		t.Fatalf("tried to start the player %d times, want 1", f.starts)
	}
	fails.noMore(t)
}

// A failure before anyone listened is told as soon as someone does.
func TestOnFailSetAfterTheFailure(t *testing.T) {
	f := newFakePlayer()
	f.startErr = errors.New("exec format error")
	p := newPlayer("aplay", t.TempDir(), f.start)
	defer p.Close()
	p.Play(session.WorkStart)
	fails := make(failures, 4)
	p.SetOnFail(fails.onFail)
	_ = fails.next(t) // called, whatever it says
	p.SetOnFail(fails.onFail)
	fails.noMore(t)
}

// Close kills the tones still playing; that is not a failure.
func TestCloseIsNotAFailure(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("aplay", t.TempDir(), f.start)
	fails := make(failures, 4)
	p.SetOnFail(fails.onFail)
	p.Play(session.SessionEnd)
	r := f.next(t)
	p.Close()
	if !r.wasKilled() {
		t.Fatal("Close left the tone playing")
	}
	if p.Failed() {
		t.Fatal("Close failed the player")
	}
	fails.noMore(t)
	p.Play(session.WorkStart) // after Close: silent, no panic
	f.none(t)
	p.Close() // twice is fine
}

func TestCheckWorkingPlayer(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("aplay", t.TempDir(), f.start)
	defer p.Close()
	go func() {
		r := <-f.started
		if r.file != silence {
			t.Errorf("Check played %s, want the silence", r.file)
		}
		r.result <- nil
	}()
	if err := p.Check(context.Background()); err != nil {
		t.Fatalf("Check = %v for a working player", err)
	}
	if p.Failed() {
		t.Fatal("failed")
	}
	p.Play(session.WorkStart)
	f.next(t)
}

func TestCheckFailingPlayer(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("aplay", t.TempDir(), f.start)
	defer p.Close()
	fails := make(failures, 4)
	p.SetOnFail(fails.onFail)
	go func() { (<-f.started).result <- errors.New("audio open error (aplay: exit status 1)") }()
	err := p.Check(context.Background())
	if err == nil || !strings.Contains(err.Error(), "audio open error") {
		t.Fatalf("Check = %v, want the player's reason", err)
	}
	if !p.Failed() {
		t.Fatal("a player that failed its check is still used")
	}
	_ = fails.next(t) // called, whatever it says
	p.Play(session.WorkStart)
	f.none(t)
	if err2 := p.Check(context.Background()); err2 == nil || err2.Error() != err.Error() {
		t.Fatalf("second Check = %v, want the first failure again", err2)
	}
	f.none(t)
}

// A player that hangs (a sound server that never answers) is killed when
// the caller's time is up, and dropped.
func TestCheckHangingPlayer(t *testing.T) {
	f := newFakePlayer()
	p := newPlayer("pw-play", t.TempDir(), f.start)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var run *fakeRun
	go func() {
		run = <-f.started
		cancel() // the caller's timeout
	}()
	err := p.Check(ctx)
	if err == nil || !strings.Contains(err.Error(), "pw-play did not finish") {
		t.Fatalf("Check = %v, want a timeout", err)
	}
	if !run.wasKilled() {
		t.Fatal("the hanging player was left running")
	}
	if !p.Failed() {
		t.Fatal("a hanging player is still used")
	}
}

func TestNilPlayer(t *testing.T) {
	var p *Player
	p.Play(session.Pip)
	p.SetOnFail(func(error) { t.Fatal("a nil player failed") })
	if p.Failed() {
		t.Fatal("a nil player failed")
	}
	if p.Check(context.Background()) == nil {
		t.Fatal("a nil player passed its check")
	}
	p.Close()
}

// Detect writes every tone and the silence Check plays, and Close removes
// them.
func TestDetectWritesTheTones(t *testing.T) {
	p, err := Detect(func(name string) (string, error) {
		if name == "aplay" {
			return "/usr/bin/aplay", nil
		}
		return "", errNotFound
	})
	if err != nil || p == nil || p.Name() != "aplay" {
		t.Fatalf("Detect = %v, want aplay", p)
	}
	want := []string{silence}
	for k := range Notes {
		want = append(want, k.String()+".wav")
	}
	for _, name := range want {
		if _, err := os.Stat(filepath.Join(p.dir, name)); err != nil {
			t.Errorf("no %s: %v", name, err)
		}
	}
	p.Close()
	if _, err := os.Stat(p.dir); !os.IsNotExist(err) {
		t.Fatalf("the tones were left behind in %s", p.dir)
	}
}

// fakeAplay writes a player that plays nothing: it exits with code after
// printing msg to its error output, or exits 0 when given a WAV file that
// exists and msg is empty.
func fakeAplay(t *testing.T, msg string, code string) func(string) (string, error) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a shell script")
	}
	script := filepath.Join(t.TempDir(), "aplay")
	body := "#!/bin/sh\nfor f; do :; done\ntest -s \"$f\" || exit 3\n"
	if msg != "" {
		body += "echo 'ALSA lib confmisc.c:855:(parse_card) cannot find card 0' >&2\necho '" + msg + "' >&2\n"
	}
	body += "exit " + code + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return func(name string) (string, error) {
		if name == "aplay" {
			return script, nil
		}
		return "", errNotFound
	}
}

// The real thing, with a program standing in for aplay: Check says why it
// will not play, in the player's own words.
func TestCheckRealProgram(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // a safety net
	defer cancel()

	p, _ := Detect(fakeAplay(t, "aplay: main:831: audio open error: No such file or directory", "1"))
	err := p.Check(ctx)
	p.Close()
	if err == nil {
		t.Fatal("Check passed aplay without a sound device")
	}
	if want := "aplay: main:831: audio open error: No such file or directory (aplay: exit status 1)"; err.Error() != want {
		t.Fatalf("Check = %q, want %q", err, want)
	}

	p, _ = Detect(fakeAplay(t, "", "0"))
	defer p.Close()
	if err := p.Check(ctx); err != nil {
		t.Fatalf("Check = %v for a working player", err)
	}
}

// A player found where the tones cannot be written (an unwritable TMPDIR)
// is said as that, not as "no sound player found".
func TestDetectWithAnUnwritableTempFolder(t *testing.T) {
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	p, err := Detect(func(name string) (string, error) {
		if name == "aplay" {
			return "/usr/bin/aplay", nil
		}
		return "", errNotFound
	})
	if p != nil || err == nil || !strings.Contains(err.Error(), "aplay is here, but the tones cannot be written to the temporary folder") {
		t.Fatalf("Detect = %v, %v", p, err)
	}
}

// A tone whose player never ends is stopped, and the player dropped with
// a reason that says it hung.
func TestAHangingPlayerIsDropped(t *testing.T) {
	defer func(l time.Duration) { toneLimit = l }(toneLimit)
	toneLimit = 50 * time.Millisecond
	p := newPlayer("hangs", t.TempDir(), func(string) (process, error) { return newHang(), nil })
	failed := make(chan error, 1)
	p.SetOnFail(func(err error) { failed <- err })
	p.Play(session.WorkStart)
	select {
	case err := <-failed:
		if !strings.Contains(err.Error(), "hangs did not finish a tone") {
			t.Fatalf("reason %q", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a hanging player was never dropped")
	}
	p.Close()
}

// hang is a run that ends only when killed.
type hang struct{ killed chan struct{} }

func newHang() *hang        { return &hang{killed: make(chan struct{})} }
func (h *hang) Wait() error { <-h.killed; return errors.New("killed") }
func (h *hang) Kill()       { close(h.killed) }
