// Package sound makes hipcoach's tones: short WAV files synthesized in
// memory (nothing to ship), one per kind of moment, played by whatever
// player the system has, or the terminal bell where there is none.
package sound

import (
	"bytes"
	"encoding/binary"
	"math"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// SampleRate of the synthesized tones: plenty for short beeps, small files.
const SampleRate = 22050

// Note is one tone: the frequencies sounding together (a chord when more
// than one) and how long.
type Note struct {
	Hz       []float64
	Duration time.Duration
}

// WAV renders notes one after another as a 16-bit mono PCM WAV file. Each
// note fades in and out over 5 ms so it starts and stops without a click.
func WAV(notes []Note) []byte {
	var samples []int16
	for _, n := range notes {
		count := int(n.Duration.Seconds() * SampleRate)
		fade := SampleRate / 200
		for i := 0; i < count; i++ {
			var v float64
			for _, hz := range n.Hz {
				v += math.Sin(2 * math.Pi * hz * float64(i) / SampleRate)
			}
			if len(n.Hz) > 0 {
				v /= float64(len(n.Hz))
			}
			env := 1.0
			if i < fade {
				env = float64(i) / float64(fade)
			} else if count-i < fade {
				env = float64(count-i) / float64(fade)
			}
			samples = append(samples, int16(v*env*0.6*math.MaxInt16))
		}
	}
	var b bytes.Buffer
	data := uint32(len(samples) * 2)
	b.WriteString("RIFF")
	_ = binary.Write(&b, binary.LittleEndian, 36+data)
	b.WriteString("WAVEfmt ")
	for _, v := range []any{
		uint32(16),             // fmt chunk size
		uint16(1),              // PCM
		uint16(1),              // mono
		uint32(SampleRate),     // samples a second
		uint32(SampleRate * 2), // bytes a second
		uint16(2),              // bytes a sample
		uint16(16),             // bits a sample
	} {
		_ = binary.Write(&b, binary.LittleEndian, v)
	}
	b.WriteString("data")
	_ = binary.Write(&b, binary.LittleEndian, data)
	_ = binary.Write(&b, binary.LittleEndian, samples)
	return b.Bytes()
}

// Notes are the tones of each kind.
var Notes = map[session.Tone][]Note{
	session.Pip:         {{Hz: []float64{1318.51}, Duration: 80 * time.Millisecond}},
	session.WorkStart:   {{Hz: []float64{523.25}, Duration: 120 * time.Millisecond}, {Hz: []float64{783.99}, Duration: 180 * time.Millisecond}},
	session.SwitchSides: {{Hz: []float64{880}, Duration: 110 * time.Millisecond}, {Duration: 90 * time.Millisecond}, {Hz: []float64{880}, Duration: 110 * time.Millisecond}},
	session.StepEnd:     {{Hz: []float64{783.99}, Duration: 120 * time.Millisecond}, {Hz: []float64{523.25}, Duration: 220 * time.Millisecond}},
	session.SessionEnd:  {{Hz: []float64{523.25, 659.25, 783.99}, Duration: 700 * time.Millisecond}},
}
