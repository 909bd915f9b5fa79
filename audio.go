package main

import (
	"errors"
	"time"

	"github.com/hipcoach/hipcoach/session"
	"github.com/hipcoach/hipcoach/sound"
	"github.com/hipcoach/hipcoach/timer"
	"github.com/hipcoach/hipcoach/voice"
)

// audio is what the coach can make heard on this machine: a speech program
// for the voice, a player for the tones, or neither.
type audio struct {
	clock  timer.Clock
	voice  *voice.Speaker
	tones  *sound.Player
	quiet  bool
	notice string // one line for the user when voice was wanted but is missing
}

// setUpAudio finds a speech program and a sound player, as the flags ask.
// --voice without a speech program is a usage error; otherwise a missing
// one only costs the voice, with a notice saying what to install.
func setUpAudio(cfg runFlags, clock timer.Clock, lookPath func(string) (string, error)) (audio, error) {
	a := audio{clock: clock, quiet: cfg.quiet}
	if cfg.quiet {
		return a, nil
	}
	if !cfg.noVoice {
		a.voice = voice.Detect(lookPath, clock)
		switch {
		case a.voice == nil && cfg.voice:
			return a, errors.New("--voice: no speech program found: " + voice.Install)
		case a.voice == nil:
			a.notice = "no speech program found, so sounds only: install espeak-ng for spoken cues (or pass --no-voice)"
		}
	}
	a.tones = sound.Detect(lookPath)
	return a, nil
}

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
	s := "Sound: terminal bell"
	if a.tones != nil {
		s = "Sound: tones through " + a.tones.Name()
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

// finish lets the last words and tone of a finished session play out (at
// most a few seconds), then closes.
func (a audio) finish() {
	a.voice.Finish(8 * time.Second)
	a.tones.Close()
}
