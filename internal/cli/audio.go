package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/audio/voice"
	"github.com/hipcoach/hipcoach/internal/session"
	"github.com/hipcoach/hipcoach/timer"
)

// audio is what the coach can make heard on this machine: a speech program
// for the voice, a player for the tones, the terminal bell, or nothing.
type audio struct {
	clock timer.Clock
	voice *voice.Speaker
	tones *sound.Player
	// bell is set when the terminal bell stands in for the tones.
	bell  bool
	quiet bool
	// why says why the tones are not played, when they are not.
	why    string
	notice string // one line for the user when voice was wanted but is missing
}

// checkTimeout bounds the silent test of the sound player before a session.
const checkTimeout = 3 * time.Second

// audioWanted is what the flags and the config file ask of the sound.
type audioWanted struct {
	mode           sound.Mode
	quiet          bool
	voice, noVoice bool
	overSSH        bool
	// checkNow waits for the player's check before going on (the sound
	// check); a session checks it in the background instead.
	checkNow bool
	// modeFromFile is set when the mode came from the config file, so
	// that what the person is told names where it was set.
	modeFromFile bool
}

// setUpAudio finds a speech program and a sound player, as asked, and
// checks the player before the session: one that cannot play (no sound
// device, say) is dropped and the bell rings instead, so the person hears
// something and the safety screen says what. Over SSH the bell is the
// default, since a player would sound on the far machine. --voice without a
// speech program is a usage error; otherwise a missing one only costs the
// voice, with a notice saying what to install.
func setUpAudio(w audioWanted, clock timer.Clock, lookPath func(string) (string, error)) (audio, error) {
	a := audio{clock: clock, quiet: w.quiet}
	if w.quiet {
		return a, nil
	}
	if !w.noVoice {
		a.voice = voice.Detect(lookPath, clock)
		switch {
		case a.voice == nil && w.voice:
			return a, errors.New("--voice: no speech program found: " + voice.Install)
		case a.voice == nil:
			a.notice = "no speech program found, so sounds only: install espeak-ng for spoken cues (or pass --no-voice)"
		}
	}
	setBy := func(m string) string {
		if w.modeFromFile {
			return fmt.Sprintf("sound = %q in the config file", m)
		}
		return "--sound " + m
	}
	switch {
	case w.mode == sound.Off:
		a.why = setBy("off")
		return a, nil
	case w.mode == sound.Bell:
		a.bell, a.why = true, setBy("bell")
		return a, nil
	case w.mode == sound.Auto && w.overSSH:
		a.bell, a.why = true, "over SSH a player would sound on the far machine; --sound tones to play here"
		return a, nil
	}
	tones, err := sound.Detect(lookPath)
	switch {
	case err != nil:
		a.bell, a.why = true, err.Error()
		return a, nil
	case tones == nil:
		a.bell, a.why = true, "no sound player found (pw-play, paplay, aplay or afplay)"
		return a, nil
	}
	a.tones = tones
	if !w.checkNow {
		// A session does not wait for the check: the first screen comes at
		// once, and a player that fails it (or hangs) is dropped for the
		// bell, said as it happens (watch).
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), checkTimeout)
			defer cancel()
			_ = tones.Check(ctx) // a failure reaches watch's function
		}()
		return a, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), checkTimeout)
	defer cancel()
	if err := a.tones.Check(ctx); err != nil {
		a.bell, a.why = true, "the sound player does not play here: "+err.Error()
		a.tones.Close()
		a.tones = nil
	}
	return a, nil
}

// watch says once, through say, when the player or the speech program
// fails during a run (it cannot play, or it hangs), and what takes over.
func (a audio) watch(say func(string)) {
	a.tones.SetOnFail(func(err error) {
		say("the sound player stopped working (" + oneLine(err.Error()) + "): the terminal bell rings instead")
	})
	a.voice.SetOnFail(func(err error) {
		say("the speech program stopped working (" + oneLine(err.Error()) + "): no more spoken cues")
	})
}

// silent reports that no tone or bell will sound (the voice aside).
func (a audio) silent() bool { return a.quiet || a.tones == nil && !a.bell }

// voiceOrNil and tonesOrNil keep a nil pointer out of an interface, where it
// would not compare equal to nil.
func (a audio) voiceOrNil() session.Voice {
	if a.voice == nil {
		return nil
	}
	return a.voice
}

func (a audio) tonesOrNil() session.Tones {
	if a.tones == nil {
		return nil
	}
	return a.tones
}

// describe says on the safety screen what the user will hear.
func (a audio) describe() string {
	if a.quiet {
		return "Sound: off (--quiet)."
	}
	s := "Sound: none"
	switch {
	case a.tones != nil:
		s = "Sound: tones through " + a.tones.Name()
	case a.bell:
		s = "Sound: the terminal bell (" + a.why + ")"
	case a.why != "":
		s = "Sound: off (" + a.why + ")"
	}
	switch {
	case a.voice != nil:
		s += "; voice: " + a.voice.Name() + "."
	case a.notice != "":
		s += "; voice: none — install espeak-ng to hear the cues."
	default:
		s += "; voice: off."
	}
	return s
}

// close silences everything still sounding and waits until no speech or
// player process is left.
func (a audio) close() {
	a.voice.Close()
	a.tones.Close()
}

// finish lets the last words and tone of a finished session play out, then
// closes: as long as the farewell takes to say, never longer than a few
// seconds, and not at all for a speech program that has hung.
func (a audio) finish() {
	a.voice.Finish(8 * time.Second)
	a.tones.Finish(2 * time.Second)
}
