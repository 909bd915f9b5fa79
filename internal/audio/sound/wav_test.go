package sound

import (
	"encoding/binary"
	"math"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

func TestWAVHeaderAndLength(t *testing.T) {
	b := WAV([]Note{{Hz: []float64{440}, Duration: 100 * time.Millisecond}})
	if string(b[0:4]) != "RIFF" || string(b[8:16]) != "WAVEfmt " || string(b[36:40]) != "data" {
		t.Fatalf("bad header %q", b[:44])
	}
	le := binary.LittleEndian
	if le.Uint32(b[4:8]) != uint32(len(b)-8) {
		t.Errorf("RIFF size %d, file %d", le.Uint32(b[4:8]), len(b))
	}
	if le.Uint16(b[20:22]) != 1 || le.Uint16(b[22:24]) != 1 || le.Uint32(b[24:28]) != SampleRate || le.Uint16(b[34:36]) != 16 {
		t.Error("want PCM, mono, 22050 Hz, 16 bits")
	}
	want := SampleRate / 10 * 2
	if got := int(le.Uint32(b[40:44])); got != want || len(b) != 44+want {
		t.Errorf("data %d bytes, want %d for 100 ms", got, want)
	}
}

// The tone's frequency, counted by zero crossings, is the one asked for.
func TestWAVFrequency(t *testing.T) {
	for _, hz := range []float64{440, 880} {
		b := WAV([]Note{{Hz: []float64{hz}, Duration: time.Second}})
		s := samples(b)
		crossings := 0
		for i := 1; i < len(s); i++ {
			if (s[i-1] < 0) != (s[i] < 0) {
				crossings++
			}
		}
		if got := float64(crossings) / 2; math.Abs(got-hz) > 2 {
			t.Errorf("%v Hz tone has %v cycles a second", hz, got)
		}
	}
}

// Each kind has its shape: rising, double, falling, chord.
func TestKindsSoundDifferent(t *testing.T) {
	rising, falling := Notes[session.WorkStart], Notes[session.StepEnd]
	if rising[0].Hz[0] >= rising[len(rising)-1].Hz[0] {
		t.Error("work start does not rise")
	}
	if falling[0].Hz[0] <= falling[len(falling)-1].Hz[0] {
		t.Error("step end does not fall")
	}
	tones := 0
	for _, n := range Notes[session.SwitchSides] {
		if len(n.Hz) > 0 {
			tones++
		}
	}
	if tones != 2 {
		t.Errorf("switch sides has %d tones, want 2", tones)
	}
	if len(Notes[session.SessionEnd][0].Hz) < 3 {
		t.Error("session end is not a chord")
	}
	// Silence is silent, and nothing clips.
	s := samples(WAV(Notes[session.SwitchSides]))
	gap := SampleRate * 110 / 1000
	for _, v := range s[gap+50 : gap+SampleRate*90/1000-50] {
		if v != 0 {
			t.Fatal("the gap between the two switch tones is not silent")
		}
	}
}

func samples(b []byte) []int16 {
	s := make([]int16, (len(b)-44)/2)
	for i := range s {
		s[i] = int16(binary.LittleEndian.Uint16(b[44+2*i:]))
	}
	return s
}

func TestDetectWithoutPlayer(t *testing.T) {
	none := func(string) (string, error) { return "", errNotFound }
	if p, err := Detect(none); p != nil || err != nil {
		t.Fatal("a player was found where none exists")
	}
	var p *Player
	p.Play(session.WorkStart) // a nil player is silent, not a panic
	p.Close()
}

var errNotFound = &notFound{}

type notFound struct{}

func (*notFound) Error() string { return "not found" }

// The pip, each of the last three seconds, is a short high blip: shorter
// and higher than every other tone, so it is not mistaken for one of them.
func TestPipIsShortAndDistinct(t *testing.T) {
	if session.Pip.String() != "pip" {
		t.Errorf("session.Pip is named %q", session.Pip)
	}
	length := func(k session.Tone) time.Duration {
		b := WAV(Notes[k])
		return time.Duration(len(b)-44) / 2 * time.Second / SampleRate
	}
	pip := length(session.Pip)
	if pip < 50*time.Millisecond || pip > 100*time.Millisecond {
		t.Errorf("the pip lasts %v, want about 80 ms", pip)
	}
	s := samples(WAV(Notes[session.Pip]))
	crossings := 0
	for i := 1; i < len(s); i++ {
		if (s[i-1] < 0) != (s[i] < 0) {
			crossings++
		}
	}
	hz := float64(crossings) / 2 / pip.Seconds()
	if len(Notes[session.Pip]) != 1 || len(Notes[session.Pip][0].Hz) != 1 || hz < 1200 {
		t.Errorf("the pip is %d notes at %.0f Hz, want one high tone", len(Notes[session.Pip]), hz)
	}
	for k, notes := range Notes {
		if k == session.Pip {
			continue
		}
		if d := length(k); d < 3*pip {
			t.Errorf("%s lasts %v, too near the pip's %v", k, d, pip)
		}
		for _, n := range notes {
			for _, f := range n.Hz {
				if f*1.4 > Notes[session.Pip][0].Hz[0] {
					t.Errorf("%s sounds %v Hz, too near the pip's %v", k, f, Notes[session.Pip][0].Hz[0])
				}
			}
		}
	}
	// Any other tone due at the same instant wins over a pip.
	for _, k := range []session.Tone{session.WorkStart, session.SwitchSides, session.StepEnd, session.SessionEnd} {
		if max(session.Pip, k) != k {
			t.Errorf("a pip wins over %s", k)
		}
	}
}
