package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"

	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/audio/voice"
)

// soundCheckLine is what the voice says in a sound check.
const soundCheckLine = "This is hipcoach. If you can hear me, the voice works."

// newSoundCheckCmd is "hipcoach sound-check": each tone with its name, then
// one spoken sentence, so a person can check what they will hear before
// lying down, with the same --sound and config file as a session.
func newSoundCheckCmd(a *app) *cobra.Command {
	var mode sound.Mode
	cmd := &cobra.Command{
		Use:   "sound-check",
		Short: "Play each tone and say a sentence, to check",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			file, err := a.loadConfig()
			if err != nil {
				return err // a broken config stops it, as it stops a session
			}
			want := audioWanted{mode: mode, overSSH: sound.OverSSH(a.getenv), checkNow: true}
			if d := file.Defaults; d.Sound != nil && !cmd.Flags().Changed("sound") {
				want.mode, want.modeFromFile = *d.Sound, true
			}
			if d := file.Defaults; d.Voice != nil && !*d.Voice {
				want.noVoice = true // voice = false: a session would not speak either
			}
			return runSoundCheck(a, want)
		},
	}
	cmd.Flags().Var(&soundValue{value: &mode}, "sound", "auto, tones, bell or off (SSH: bell)")
	return cmd
}

// soundCheckGap is the pause after each tone, so one is heard at a time.
const soundCheckGap = 900 * time.Millisecond

// runSoundCheck plays what a session would play here and says what it did.
func runSoundCheck(a *app, want audioWanted) error {
	out := a.out
	au, err := setUpAudio(want, a.clock, a.lookPath)
	if err != nil {
		return err
	}
	defer au.close()
	fmt.Fprintln(out, au.describe())
	switch {
	case au.tones != nil:
		for _, k := range []session.Tone{session.WorkStart, session.SwitchSides, session.StepEnd, session.Pip, session.SessionEnd} {
			fmt.Fprintf(out, "  %s\n", toneName(k))
			au.tones.Play(k)
			a.sleep(soundCheckGap)
		}
		if au.tones.Failed() {
			fmt.Fprintln(out, "The player stopped working; a session would ring the terminal bell instead.")
		}
	case au.bell:
		fmt.Fprintln(out, "  the terminal bell (a session rings it at each start, switch and end)")
		_, _ = fmt.Fprint(a.stderr, "\a")
	}
	switch {
	case au.voice == nil && want.noVoice:
		_, err := fmt.Fprintln(out, "No voice: voice = false in the config file.")
		return err
	case au.voice == nil:
		_, err := fmt.Fprintln(out, "No voice: "+voice.Install+".")
		return err
	}
	fmt.Fprintf(out, "  voice: %q\n", soundCheckLine)
	au.voice.Say(session.Utterance{Text: soundCheckLine, Until: a.clock.Now().Add(time.Minute)})
	au.voice.Finish(10 * time.Second)
	if au.voice.Failed() {
		_, err := fmt.Fprintln(out, "The speech program failed here (no sound device?): a session would show the cues without the voice.")
		return err
	}
	return nil
}

// toneName says what a tone means in a session.
func toneName(k session.Tone) string {
	switch k {
	case session.WorkStart:
		return "rising: start working"
	case session.SwitchSides:
		return "double: switch sides"
	case session.StepEnd:
		return "falling: an exercise is done, or rest"
	case session.Pip:
		return "pip: each of the last three seconds"
	case session.SessionEnd:
		return "chord: the session is over"
	}
	return k.String()
}

// realSleep pauses for d, or until ctx ends (a signal); tests pass a
// sleep of their own.
func realSleep(ctx context.Context) func(time.Duration) {
	return func(d time.Duration) {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-ctx.Done():
		case <-t.C:
		}
	}
}
