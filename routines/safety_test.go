package routines

import (
	"strings"
	"testing"
)

// The red flags of content.md, all of them, in the list and the sentence.
func TestRedFlagsInFull(t *testing.T) {
	if want := RedFlagsIntro + " " + strings.Join(RedFlags, "; ") + "."; RedFlagLine != want {
		t.Errorf("RedFlagLine and RedFlags differ:\n%s\n%s", RedFlagLine, want)
	}
	all := strings.Join(RedFlags, "; ")
	for _, w := range []string{"fall or injury", "put weight on the leg", "move the hip", "swelling", "deformity",
		"fever", "unwell", "numbness", "tingling", "weakness", "pain at night", "weight loss"} {
		if !strings.Contains(all, w) {
			t.Errorf("red flags miss %q", w)
		}
	}
	for _, line := range []string{ConsultLine, StopLine, DoctorLine, RedFlagLine, NotAdviceLine} {
		if !strings.Contains(SafetyLine, line) {
			t.Errorf("SafetyLine misses %q", line)
		}
	}
	if !strings.Contains(strings.Join(Safety, " "), RedFlagLine) {
		t.Error("the safety screen's points miss the red flags")
	}
}

// What the views say about pain in the moment, and the fresh-injury
// caveat for heat and massage.
func TestPainTexts(t *testing.T) {
	cases := []struct {
		name, text string
		words      []string
	}{
		{"PainGateLine", PainGateLine, []string{"doctor or physiotherapist", "before exercising"}},
		{"WorseAfterLine", WorseAfterLine, []string{"Ease off next time", "stays worse"}},
		{"DuringLine", DuringLine, []string{"5 out of 10", "next morning", "mild discomfort", GeneralStop}},
		{"FreshInjuryCaveat", FreshInjuryCaveat, []string{"2–3 days", "strain", "heat", "massage"}},
	}
	for _, c := range cases {
		for _, w := range c.words {
			if !strings.Contains(c.text, w) {
				t.Errorf("%s %q does not say %q", c.name, c.text, w)
			}
		}
	}
	if SeverePain != 7 {
		t.Errorf("SeverePain %d, want 7 (7–10 is severe)", SeverePain)
	}
}

// Health text never promises a cure, in the safety lines or anywhere in an
// exercise.
func TestNoPromises(t *testing.T) {
	texts := append([]string{SafetyLine, PainGateLine, WorseAfterLine, DuringLine, FreshInjuryCaveat}, RedFlags...)
	for _, e := range versions() {
		texts = append(texts, e.Name, e.Purpose, e.Mistake, e.Stop, e.Leg(Left), e.Dose)
		texts = append(texts, e.Cues...)
	}
	for _, s := range texts {
		l := strings.ToLower(s)
		for _, w := range []string{"cure", "guarantee", "will fix", "heals"} {
			if strings.Contains(l, w) {
				t.Errorf("%q promises (%q)", s, w)
			}
		}
	}
}
