package words

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
)

// The one matcher forgives the slips people make in config keys, exercise
// IDs and command-line names alike, and guesses nothing for another word.
func TestNearest(t *testing.T) {
	keys := []string{"hold", "roll", "get_ready", "switch", "extras", "sound", "voice"}
	cases := []struct {
		q    string
		want string
	}{
		{"hodl", "hold"},
		{"getready", "get_ready"},
		{"ready", "get_ready"},
		{"HOLD", "hold"},
		{"swtich", "switch"},
		{"extra", "extras"},
		{"colour", ""},
		{"", ""},
		{strings.Repeat("hold", 100), ""},
	}
	for _, c := range cases {
		if got := strings.Join(Nearest(c.q, keys, 1), ","); got != c.want {
			t.Errorf("Nearest(%.20q) = %q, want %q", c.q, got, c.want)
		}
	}
	// Only the nearest: a swap of neighbours is one edit, nearer than roll.
	if got := Nearest("hodl", keys, 2); len(got) != 1 || got[0] != "hold" {
		t.Errorf("Nearest(hodl, 2) = %v, want [hold]", got)
	}
	ids := []string{"hip-circles", "leg-swings", "fire-hydrants", "glute-bridges", "plank", "side-lying-leg-lifts", "lunge-stretch", "kneeling-hip-flexor-stretch", "foam-rolling", "pigeon-pose", "butterfly"}
	for q, want := range map[string]string{
		"kneeling-hip-flexor-strech": "kneeling-hip-flexor-stretch",
		"bridges":                    "glute-bridges",
		"pidgeon-pose":               "pigeon-pose",
		"Plank":                      "plank",
	} {
		if got := Nearest(q, ids, 1); len(got) != 1 || got[0] != want {
			t.Errorf("Nearest(%q) = %v, want %s", q, got, want)
		}
	}
	// The command line's names: routines and subcommands. A slip of the
	// keys is near; another word altogether is not.
	names := []string{"prevention", "relief", "exercises", "history", "sound-check"}
	for typed, want := range map[string]string{
		"reliev": "relief", "prevent": "prevention", "histroy": "history",
		"exercise": "exercises", "sound": "sound-check", "yoga": "", "x": "",
	} {
		if got := strings.Join(Nearest(typed, names, 2), ","); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", typed, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 steps", 1: "1 step", 7: "7 steps"} {
		if got := Plural(n, "step"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}

// The reason leaves out the path, which the message says in its own words.
func TestReason(t *testing.T) {
	_, err := os.Open("/nonexistent/hipcoach/x")
	if got := Reason(err); got != "no such file or directory" {
		t.Errorf("Reason(%v) = %q", err, got)
	}
	if got := Reason(errors.New("disk full")); got != "disk full" {
		t.Errorf("Reason(plain) = %q", got)
	}
	if got := Reason(&fs.PathError{Op: "open", Path: "/p", Err: fs.ErrPermission}); strings.Contains(got, "/p") {
		t.Errorf("Reason kept the path: %q", got)
	}
}

// FuzzNearest: whatever is typed, the matcher never panics and answers
// only with names it was given, at most n of them.
func FuzzNearest(f *testing.F) {
	for _, s := range []string{"hodl", "", "ré", "\xff\xfe", "sound-chek", strings.Repeat("a", 100), "a-b_c"} {
		f.Add(s, 2)
	}
	names := []string{"hold", "sound-check", "get_ready", "ré-sumé", "plank"}
	f.Fuzz(func(t *testing.T, q string, n int) {
		got := Nearest(q, names, n)
		if len(got) > max(n, 0) {
			t.Fatalf("Nearest(%q, %d) = %v: more than asked", q, n, got)
		}
		for _, g := range got {
			if !slices.Contains(names, g) {
				t.Fatalf("Nearest(%q) = %v: %q is not a name", q, got, g)
			}
		}
	})
}
