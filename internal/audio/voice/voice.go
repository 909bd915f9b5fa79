// Package voice speaks the coach's cues through the system's speech program,
// one at a time, in a separate process, so that speech never blocks the
// clock or the screen. A cue whose moment has passed by the time its turn
// comes is dropped rather than spoken late, and a word tied to its moment
// (Utterance.Urgent: the count, the start word) cuts short whatever is
// still being said. A speech program that fails
// (espeak-ng exits 1 where there is no sound device) is dropped for the
// rest of the run.
package voice

import (
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/hipcoach/hipcoach/internal/audio/proc"
	"github.com/hipcoach/hipcoach/timer"
)

// programs are the speech programs tried in order, with the arguments that
// speak one line and exit when done.
var programs = [][]string{
	{"espeak-ng", "-s", "165"},
	{"espeak", "-s", "165"},
	{"spd-say", "-w"},
	{"say"},
}

// Install says what to install for spoken cues, for the one-line notice.
const Install = "install espeak-ng (Debian/Ubuntu: apt install espeak-ng; Fedora: dnf install espeak-ng; macOS has say) for spoken cues"

// Speaker speaks utterances in order, one at a time.
//
// A speech program that fails once (it cannot start, or exits non-zero) is
// dropped for the rest of the run: Failed reports true, Say does nothing,
// and the function given to SetOnFail is called once, so the caller can
// fall back on tones or the bell and tell the user.
type Speaker struct {
	name  string
	start starter
	clock timer.Clock

	mu      sync.Mutex
	cond    *sync.Cond
	queue   []session.Utterance
	current process
	// cut is set when the run in current was killed to make way for an
	// urgent utterance: its exit is then no failure.
	cut    bool
	closed bool
	// due is when the line being spoken should be over, by its spoken
	// length and a second to spare: Finish waits no longer for it.
	due time.Time
	// fails keeps the first failure; s.mu, when both are held, is taken
	// first.
	fails proc.FailOnce
	done  chan struct{}
}

// process is one run of the speech program, speaking one line.
type process = proc.Process

// starter starts the program on one text; tests pass one they control.
type starter = proc.Starter

// Detect finds a speech program with lookPath (exec.LookPath outside tests)
// and starts a Speaker on it; it returns nil when there is none.
func Detect(lookPath func(string) (string, error), clock timer.Clock) *Speaker {
	for _, p := range programs {
		if path, err := lookPath(p[0]); err == nil {
			return New(append([]string{path}, p[1:]...), clock)
		}
	}
	return nil
}

// New starts a Speaker that runs argv with the text as its last argument.
func New(argv []string, clock timer.Clock) *Speaker {
	return newSpeaker(filepath.Base(argv[0]), proc.Exec(argv, true), clock)
}

// newSpeaker starts a Speaker on any starter; tests pass one they control.
func newSpeaker(name string, start starter, clock timer.Clock) *Speaker {
	s := &Speaker{name: name, start: start, clock: clock, done: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	go s.run()
	return s
}

// Name is the speech program's command, for the safety screen.
func (s *Speaker) Name() string { return s.name }

// SetOnFail sets the function called, once, when the speech program fails,
// with the reason; it is called from the Speaker's own goroutine, never
// with a lock held, so it may call the Speaker. If the program has already
// failed and no function was told, f is called at once. Safe to call at any
// time.
func (s *Speaker) SetOnFail(f func(error)) {
	if s == nil {
		return
	}
	s.fails.SetOnFail(f)
}

// Failed reports whether the speech program has failed and been dropped.
// A nil Speaker has not failed: it never spoke.
func (s *Speaker) Failed() bool {
	return s != nil && s.fails.Err() != nil
}

// failLocked drops the speech program after its first failure, with
// whatever was still queued, and returns what tells the caller, to be
// called once s.mu is unlocked. A run killed by Close is not a failure.
func (s *Speaker) failLocked(err error) (tell func()) {
	if err == nil || s.closed {
		return func() {}
	}
	s.queue = nil
	return s.fails.Fail(err)
}

// Say queues an utterance and returns at once. An urgent one pre-empts:
// the sentence being spoken is cut short and those waiting that are not
// urgent are dropped, so that "Three." or "Hold." is heard on its second
// rather than after a long sentence. A nil, failed or closed Speaker is
// silent.
func (s *Speaker) Say(u session.Utterance) {
	if s == nil || u.Text == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.fails.Err() != nil {
		return
	}
	if u.Urgent {
		kept := s.queue[:0]
		for _, q := range s.queue {
			if q.Urgent {
				kept = append(kept, q)
			}
		}
		s.queue = kept
		if s.current != nil && !s.cut {
			s.cut = true
			s.current.Kill()
		}
	}
	s.queue = append(s.queue, u)
	s.cond.Signal()
}

// Hush drops every utterance still waiting, as when the user pauses; the
// sentence being spoken is finished, not cut off.
func (s *Speaker) Hush() {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.queue = nil
	s.mu.Unlock()
}

// Finish waits until everything queued has been spoken, or timeout has
// passed, then closes: the last words of a session are heard in full. A
// line still running a second past its spoken length is not waited for:
// the program has hung, and the session's end is not held up by it. It
// reports whether everything was said.
func (s *Speaker) Finish(timeout time.Duration) bool {
	if s == nil {
		return true
	}
	deadline := time.Now().Add(timeout)
	said := false
	for time.Now().Before(deadline) {
		s.mu.Lock()
		idle := len(s.queue) == 0 && s.current == nil
		hung := s.current != nil && time.Now().After(s.due)
		s.mu.Unlock()
		if idle {
			said = true
			break
		}
		if hung {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.Close()
	return said
}

// Close stops speaking at once (the one case where a sentence is cut off),
// and returns when no speech process is left running.
func (s *Speaker) Close() {
	if s == nil {
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		<-s.done
		return
	}
	s.closed = true
	s.queue = nil
	if s.current != nil {
		s.current.Kill()
	}
	s.cond.Signal()
	s.mu.Unlock()
	<-s.done
}

func (s *Speaker) run() {
	defer close(s.done)
	for {
		s.mu.Lock()
		for len(s.queue) == 0 && !s.closed {
			s.cond.Wait()
		}
		if s.closed {
			s.mu.Unlock()
			return
		}
		u := s.queue[0]
		s.queue = s.queue[1:]
		if s.clock.Now().After(u.Until) {
			s.mu.Unlock()
			continue // stale: its moment has passed
		}
		run, err := s.start(u.Text)
		if err != nil {
			err = fmt.Errorf("%s: %w", s.name, err)
			tell := s.failLocked(err)
			s.mu.Unlock()
			tell()
			continue
		}
		s.current = run
		s.due = time.Now().Add(session.SpeechTime(u.Text) + finishSlack)
		s.mu.Unlock()
		err = proc.WaitAtMost(run, lineLimit(u.Text), s.name+" did not finish a line")
		s.mu.Lock()
		s.current = nil
		if s.cut {
			err = nil // cut short on purpose, by an urgent word
			s.cut = false
		}
		// Dropped in the same breath as the run ends, so that Finish never
		// sees the speaker idle and not yet failed.
		tell := s.failLocked(err)
		s.mu.Unlock()
		tell()
	}
}

// finishSlack is how long past a line's spoken length Finish still waits
// for it.
var finishSlack = time.Second

// lineLimit is how long one line may take to say before the speech program
// counts as hung: well over its spoken length, and never under a few
// seconds for a slow start.
var lineLimit = func(text string) time.Duration {
	return max(3*session.SpeechTime(text), 5*time.Second)
}
