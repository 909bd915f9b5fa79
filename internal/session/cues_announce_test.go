package session

import (
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// The start of a hold sounds as a tone where tones can play, as the bell
// where they cannot, and as nothing with --quiet; the words come in every
// case, for whatever voice there is.
func TestAnnouncerTonesBellOrQuiet(t *testing.T) {
	phases := routines.Plan(routines.Relief, routines.DefaultOptions())
	clock := timer.NewFakeClock(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
	cases := []struct {
		name         string
		tones, quiet bool
		tone         Tone
		bell         bool
	}{
		{"tones", true, false, WorkStart, false},
		{"bell", false, false, NoTone, true},
		{"quiet", true, true, NoTone, false},
		{"quiet without tones", false, true, NoTone, false},
	}
	for _, c := range cases {
		cd := timer.New(clock, routines.Durations(phases))
		a := NewAnnouncer(phases, c.tones, c.quiet)
		a.Announce(cd.Start(), cd.Status(), clock.Now())
		clock.Advance(phases[0].Duration) // the lead-in ends, the hold starts
		an := a.Announce(cd.Poll(), cd.Status(), clock.Now())
		if an.Tone != c.tone || an.Bell != c.bell {
			t.Errorf("%s: tone %v bell %v, want tone %v bell %v", c.name, an.Tone, an.Bell, c.tone, c.bell)
		}
		if len(an.Words) == 0 || an.Words[0].Text != "Hold." {
			t.Errorf("%s: words %v, want Hold.", c.name, an.Words)
		}
	}
}
