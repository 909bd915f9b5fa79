package config

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/breaks"
	"github.com/hipcoach/hipcoach/routines"
)

// errorLine is the shape of every line Parse reports: the path, then the
// line and column, or the path alone for the file as a whole.
var errorLine = regexp.MustCompile(`^fuzz\.toml(:[1-9][0-9]*:[1-9][0-9]*)?: \S`)

// FuzzParse: whatever the bytes, Parse never panics; a problem is reported
// as lines that each name the path (with a line and column where there is
// one) and hold no control characters; a file it accepts holds only
// routines that plan.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		physioTOML,
		Starter,
		"[defaults]\nhold = 30\nroll = \"1m\"\nget_ready = \"0\"\nswitch = 5\nextras = true\nsound = \"off\"\nvoice = false\n",
		"defaults = { hold = \"30s\" }\nroutine = [ { name = \"x\", step = [ { exercise = \"plank\", sets = 2, rest = 5 } ] } ]\n",
		"[[routine]]\nname = \"a\"\n[[routine.step]]\nexercise = \"hip-circles\"\nreps = 3\n",
		"[[routine.step]]\n[[routine]]\n",
		"[routine.step]\n",
		"a.b.c = 1\n[a]\n",
		"\xef\xbb\xbf[defaults]\r\nhold = 1\r\n",
		"x = [[[[[[1]]]]]]\n",
		"[breaks]\nevery = \"45m\"\nsnooze = 600\nroutine = \"desk\"\nquiet = \"23:30-00:15\"\ndays = [\"mon\", \"sun\"]\n",
		"[breaks]\nevery = \"9m\"\nquiet = \"24:00-1\"\ndays = []\nroutine = 1\n",
		"\"\\u001b\" = 1\n\"\\u001b\" = 2\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz.toml", data)
		if err != nil {
			checkProblems(t, data, file, err)
			return
		}
		checkAccepted(t, file)
	})
}

// checkProblems: a file with problems gives Errors, one line each, naming
// the path, a line within the file and a column, with no control
// characters, and nothing of the file.
func checkProblems(t *testing.T, data []byte, file File, err error) {
	t.Helper()
	var errs Errors
	if !errors.As(err, &errs) || len(errs) == 0 {
		t.Fatalf("error %v (%T) is not Errors", err, err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(errs) || len(errs) > MaxErrors+1 {
		t.Fatalf("%d problems in %d lines", len(errs), len(lines))
	}
	nlines := strings.Count(string(data), "\n") + 1
	for i, l := range lines {
		if !errorLine.MatchString(l) {
			t.Fatalf("line %q does not name the path, line and column", l)
		}
		if strings.ContainsFunc(l, unsafeRune) {
			t.Fatalf("line %q holds a control character", l)
		}
		if errs[i].Line > nlines {
			t.Fatalf("line %q points past the end (%d lines)", l, nlines)
		}
	}
	if len(file.Routines) != 0 || file.Defaults != (Defaults{}) || file.Breaks != (Breaks{}) {
		t.Fatalf("a file with problems gave %+v", file)
	}
}

// checkAccepted: a file accepted holds only named routines of steps in
// range, with clean notes, that plan to some time.
func checkAccepted(t *testing.T, file File) {
	t.Helper()
	if b := file.Breaks; b.Every != nil && (*b.Every < breaks.MinEvery || *b.Every > breaks.MaxEvery) ||
		b.Snooze != nil && (*b.Snooze < breaks.MinSnooze || *b.Snooze > breaks.MaxSnooze) ||
		b.Quiet != nil && (b.Quiet.From == b.Quiet.To || b.Quiet.From >= 24*time.Hour || b.Quiet.To >= 24*time.Hour) ||
		b.Days != nil && *b.Days == [7]bool{} {
		t.Fatalf("accepted breaks %+v", b)
	}
	for _, r := range file.Routines {
		if !namePattern.MatchString(r.ID) || len(r.Steps) == 0 || !r.Custom {
			t.Fatalf("accepted routine %+v", r)
		}
		for _, s := range r.Steps {
			if s.Sets < 0 || s.Sets > routines.MaxSets || s.Reps < 0 || s.Reps > routines.MaxReps ||
				s.Rest < 0 || s.Rest > routines.MaxRest || s.Hold < 0 || s.Hold > routines.MaxWork || s.Roll < 0 || s.Roll > routines.MaxWork {
				t.Fatalf("accepted step %+v", s)
			}
			if strings.ContainsFunc(s.Note, unsafeRune) {
				t.Fatalf("accepted note %q", s.Note)
			}
		}
		if total := routines.Total(routines.Plan(r, routines.DefaultOptions())); total <= 0 {
			t.Fatalf("routine %s takes %v", r.ID, total)
		}
	}
}
