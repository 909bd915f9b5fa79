package session

import (
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// Announcement is what one moment of a session sounds like: the tone to
// play, or the terminal bell where no player can play tones, and the words
// for the voice.
type Announcement struct {
	Tone  Tone
	Bell  bool
	Words []Utterance
}

// Announcer turns each batch of the countdown's events into an
// Announcement. The full-screen UI and --plain both use one, so the choice
// between tone and bell and the words said are made in one place.
type Announcer struct {
	phases   []routines.Phase
	prompter *Prompter
	tones    bool
	quiet    bool
}

// NewAnnouncer returns an Announcer for a session of these phases. With
// tones it announces the distinct tones, without them the terminal bell at
// the same moments; quiet (--quiet) silences both. Words come regardless:
// whether there is a voice to say them is the caller's business.
func NewAnnouncer(phases []routines.Phase, tones, quiet bool) *Announcer {
	return &Announcer{phases: phases, prompter: NewPrompter(phases), tones: tones, quiet: quiet}
}

// UseBell switches from the tones to the terminal bell for the rest of the
// session: the player failed (no sound device, say), and the bell is what
// can still be heard.
func (a *Announcer) UseBell() { a.tones = false }

// Announce is what to play and say for the events just reported, given the
// countdown's status read at now.
func (a *Announcer) Announce(evs []timer.Event, st timer.Status, now time.Time) Announcement {
	var an Announcement
	switch {
	case a.quiet:
	case a.tones:
		an.Tone = Sound(a.phases, evs)
	default:
		an.Bell = Marks(a.phases, evs)
	}
	an.Words = a.prompter.Prompt(evs, st, now)
	return an
}
