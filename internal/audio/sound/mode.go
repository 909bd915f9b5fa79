package sound

import "fmt"

// Mode is what the user asked to hear, with --sound or the config file's
// sound setting. The zero Mode is Auto.
type Mode int

const (
	// Auto plays tones where a player works and the user sits at this machine,
	// else the terminal bell.
	Auto Mode = iota
	// Tones plays tones through the player, even over SSH.
	Tones
	// Bell rings the terminal bell only.
	Bell
	// Off is no sound.
	Off
)

var modeNames = [...]string{"auto", "tones", "bell", "off"}

// String is the mode as --sound and the config file spell it.
func (m Mode) String() string {
	if m < 0 || int(m) >= len(modeNames) {
		return fmt.Sprintf("Mode(%d)", int(m))
	}
	return modeNames[m]
}

// ModeNames are the modes as --sound and the config file spell them, for
// messages and suggestions.
func ModeNames() []string { return modeNames[:] }

// ParseMode reads a --sound value or the config file's sound setting.
func ParseMode(s string) (Mode, error) {
	for i, name := range modeNames {
		if s == name {
			return Mode(i), nil
		}
	}
	return Auto, fmt.Errorf("--sound %q is not a sound: use auto, tones, bell or off", s)
}

// OverSSH reports whether the terminal is reached over SSH (SSH_CONNECTION
// or SSH_TTY set; getenv is os.Getenv outside tests): a player would sound
// on the far machine, not where the user is, so Auto means the bell there.
func OverSSH(getenv func(string) string) bool {
	return getenv("SSH_CONNECTION") != "" || getenv("SSH_TTY") != ""
}
