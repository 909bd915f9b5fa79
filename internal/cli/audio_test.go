package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/timer"
)

// fakePlayer puts an "aplay" that exits with code at a path lookPath finds.
func fakePlayer(t *testing.T, code string) func(string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	script := "#!/bin/sh\necho 'aplay: main:831: audio open error: No such file or directory' >&2\nexit " + code + "\n"
	if err := os.WriteFile(filepath.Join(dir, "aplay"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return func(name string) (string, error) {
		if name == "aplay" {
			return filepath.Join(dir, "aplay"), nil
		}
		return "", errors.New("not here")
	}
}

// What the safety screen promises is what will be heard: a player that
// cannot play here (no sound device) gives way to the bell, the bell is the
// default over SSH, and --sound decides when given.
func TestSoundThatReachesThePerson(t *testing.T) {
	clock := timer.NewFakeClock(time.Now())
	cases := []struct {
		name      string
		want      audioWanted
		code      string
		tones     bool
		bell      bool
		describes string
	}{
		{"working player", audioWanted{noVoice: true, checkNow: true}, "0", true, false, "Sound: tones through aplay"},
		{"no sound device", audioWanted{noVoice: true, checkNow: true}, "1", false, true, "terminal bell (the sound player does not play here: aplay: main:831: audio open error"},
		{"over SSH", audioWanted{noVoice: true, overSSH: true}, "0", false, true, "terminal bell (over SSH"},
		{"tones over SSH", audioWanted{noVoice: true, overSSH: true, mode: sound.Tones}, "0", true, false, "tones through aplay"},
		{"bell asked", audioWanted{noVoice: true, mode: sound.Bell}, "0", false, true, "terminal bell (--sound bell)"},
		{"off", audioWanted{noVoice: true, mode: sound.Off}, "0", false, false, "Sound: off (--sound off)"},
		{"quiet", audioWanted{quiet: true}, "0", false, false, "Sound: off (--quiet)"},
	}
	for _, c := range cases {
		a, err := setUpAudio(c.want, clock, fakePlayer(t, c.code))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if (a.tones != nil) != c.tones || a.bell != c.bell || !strings.Contains(a.describe(), c.describes) {
			t.Errorf("%s: tones %v bell %v %q; want tones %v bell %v, saying %q", c.name, a.tones != nil, a.bell, a.describe(), c.tones, c.bell, c.describes)
		}
		a.close()
	}
}

// A session does not wait for the player's check: it starts with the
// player, and a player that then fails is dropped for the bell and said
// once, with its own reason.
func TestPlayerCheckedInTheBackground(t *testing.T) {
	a, err := setUpAudio(audioWanted{noVoice: true}, timer.NewFakeClock(time.Now()), fakePlayer(t, "1"))
	if err != nil || a.tones == nil {
		t.Fatalf("setUpAudio: %v, tones %v", err, a.tones)
	}
	defer a.close()
	said := make(chan string, 4)
	a.watch(func(msg string) { said <- msg })
	select {
	case msg := <-said:
		if !strings.Contains(msg, "the sound player stopped working (aplay: main:831: audio open error") || !a.tones.Failed() {
			t.Fatalf("said %q, failed %v", msg, a.tones.Failed())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the failed check was never said")
	}
	select {
	case msg := <-said:
		t.Fatalf("said twice: %q", msg)
	default:
	}
}
