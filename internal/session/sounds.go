package session

import "time"

// Tone is a moment that sounds different from the others, so a user face
// down on the floor knows what happened without looking. Tones are ordered
// from the least telling to the most, so the larger of two tones due at
// one instant is the one to play. The engine decides which tone is due;
// the audio adapter (internal/audio/sound) decides what it sounds like.
type Tone int

const (
	// NoTone is silence.
	NoTone Tone = iota
	// Pip is a short high blip, each of the last three seconds of work and
	// of a lead-in. It is the least telling tone: any other tone due at
	// the same instant wins over it.
	Pip
	// WorkStart is a rising tone: start working.
	WorkStart
	// SwitchSides is a double tone: change sides.
	SwitchSides
	// StepEnd is a falling tone: this exercise is done.
	StepEnd
	// SessionEnd is a chord: the session is over.
	SessionEnd
)

// String names the tone, for tests and logs.
func (k Tone) String() string {
	return [...]string{"none", "pip", "work start", "switch sides", "step end", "session end"}[k]
}

// Utterance is one thing to say aloud. Until is when it stops being worth
// saying: a speaker that is still busy when Until passes drops it, so that
// a late sentence never talks over the moment it was meant for.
type Utterance struct {
	Text  string
	Until time.Time
	// Urgent marks a word tied to its moment (the count, the start word,
	// a movement, the switch of sides): a speaker cuts short a sentence
	// still playing, and drops the ones waiting, to say it on time.
	Urgent bool
}
