package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/routines"
)

// physioTOML is the issue's prescription: "kneeling stretch 3 × 20 s each
// side, 15 s rest; bridges 2 × 10; skip the plank".
const physioTOML = `[defaults]
hold = "40s"
get_ready = 3
sound = "bell"
voice = false

[[routine]]
name = "physio"
title = "Physio plan"
about = "From my physio, 3 Nov."

  [[routine.step]]
  exercise = "kneeling-hip-flexor-stretch"
  hold = "20s"
  sets = 3
  rest = "15s"
  note = "Keep the pelvis tucked."

  [[routine.step]]
  exercise = "glute-bridges"
  reps = 10
  sets = 2
  variant = "easier"
`

func TestParsePhysio(t *testing.T) {
	f, err := Parse("config.toml", []byte(physioTOML))
	if err != nil {
		t.Fatal(err)
	}
	if !f.Found || f.Path != "config.toml" {
		t.Errorf("found %v, path %q", f.Found, f.Path)
	}
	d := f.Defaults
	if *d.Hold != 40*time.Second || *d.GetReady != 3*time.Second || *d.Sound != sound.Bell || *d.Voice || d.Roll != nil || d.Switch != nil || d.Extras != nil {
		t.Errorf("defaults %+v", d)
	}
	if len(f.Routines) != 1 {
		t.Fatalf("%d routines, want 1", len(f.Routines))
	}
	r := f.Routines[0]
	if r.ID != "physio" || r.Name != "Physio plan" || r.About != "From my physio, 3 Nov." || r.Purpose != r.About || !r.Custom {
		t.Errorf("routine %+v", r)
	}
	s := r.Steps
	if len(s) != 2 || s[0].Exercise.ID != "kneeling-hip-flexor-stretch" || s[0].Hold != 20*time.Second || s[0].Sets != 3 ||
		s[0].Rest != 15*time.Second || s[0].Note != "Keep the pelvis tucked." ||
		s[1].Exercise.ID != "glute-bridges" || s[1].Reps != 10 || s[1].Sets != 2 || s[1].Variant != "easier" {
		t.Fatalf("steps %+v", s)
	}
	// The file's defaults sit between the built-in ones and the flags; the
	// step's own hold wins over both.
	o := d.Apply(routines.DefaultOptions())
	if o.Hold != 40*time.Second || o.GetReady != 3*time.Second || o.Roll != routines.DefaultRoll || o.SwitchTime() != 3*time.Second {
		t.Errorf("options %+v", o)
	}
	phases := routines.Plan(r, o)
	var lines []string
	for _, p := range phases {
		lines = append(lines, p.String())
	}
	want := []string{
		"Kneeling hip-flexor stretch, left side, set 1 of 3: get ready 3s",
		"Kneeling hip-flexor stretch, left side, set 1 of 3: hold 20s",
		"Kneeling hip-flexor stretch, right side, set 1 of 3: switch sides 3s",
		"Kneeling hip-flexor stretch, right side, set 1 of 3: hold 20s",
		"Kneeling hip-flexor stretch, left side, set 2 of 3: rest 15s",
		"Kneeling hip-flexor stretch, left side, set 2 of 3: hold 20s",
		"Kneeling hip-flexor stretch, right side, set 2 of 3: switch sides 3s",
		"Kneeling hip-flexor stretch, right side, set 2 of 3: hold 20s",
		"Kneeling hip-flexor stretch, left side, set 3 of 3: rest 15s",
		"Kneeling hip-flexor stretch, left side, set 3 of 3: hold 20s",
		"Kneeling hip-flexor stretch, right side, set 3 of 3: switch sides 3s",
		"Kneeling hip-flexor stretch, right side, set 3 of 3: hold 20s",
		"Small glute bridges, set 1 of 2: get ready 3s",
		"Small glute bridges, set 1 of 2: move 50s",
		"Small glute bridges, set 2 of 2: get ready 3s",
		"Small glute bridges, set 2 of 2: move 50s",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("plan:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// 3 + 3 × (20 + 3 + 20) + 2 × 15 = 162 s; 3 + 2 × 50 + 3 = 106 s.
	if total := routines.Total(phases); total != 268*time.Second {
		t.Errorf("total %v, want 4m28s", total)
	}
	all := f.AllRoutines()
	if len(all) != 4 || all[3].ID != "physio" || len(routines.All) != 3 {
		t.Errorf("all routines: %d, built-ins %d", len(all), len(routines.All))
	}
}

// Every bad input gives the exact lines a user sees, all at once.
func TestParseErrors(t *testing.T) { //nolint:funlen // one table of cases, each a file and the lines it gives
	cases := []struct {
		name, toml string
		want       []string
	}{
		{"misspelt exercise",
			"[[routine]]\nname = \"physio\"\n\n  [[routine.step]]\n  exercise = \"kneeling-hip-flexor-strech\"\n",
			[]string{`config.toml:5:14: exercise "kneeling-hip-flexor-strech" is not in the library (did you mean kneeling-hip-flexor-stretch?)`}},
		{"unknown exercise",
			"[[routine]]\nname = \"x\"\n[[routine.step]]\nexercise = \"yoga\"\n",
			[]string{`config.toml:4:12: exercise "yoga" is not in the library (choose one of: hip-circles, leg-swings, fire-hydrants, glute-bridges, plank, side-lying-leg-lifts, lunge-stretch, kneeling-hip-flexor-stretch, foam-rolling, pigeon-pose, butterfly, march-on-the-spot, standing-hip-flexor-stretch, stand-tall)`}},
		{"exercise by its title is not an ID",
			"[[routine]]\nname = \"x\"\n[[routine.step]]\nexercise = \"Plank\"\n",
			[]string{`config.toml:4:12: exercise "Plank" is not in the library (did you mean plank?)`}},
		{"unknown keys everywhere",
			"colour = 1\n[defaults]\nhodl = \"30s\"\nget-ready = 5\n[[routine]]\nnmae = \"x\"\nname = \"x\"\n[[routine.step]]\nexercise = \"plank\"\nrepetitions = 3\n",
			[]string{
				`config.toml:1:1: unknown key "colour" (allowed: defaults, breaks, routine)`,
				`config.toml:3:1: unknown key "hodl" in [defaults] (did you mean hold?)`,
				`config.toml:4:1: unknown key "get-ready" in [defaults] (did you mean get_ready?)`,
				`config.toml:6:1: unknown key "nmae" in [[routine]] (did you mean name?)`,
				`config.toml:10:1: unknown key "repetitions" in [[routine.step]] (allowed: exercise, hold, roll, reps, sets, rest, variant, note)`,
			}},
		{"a broken [breaks]",
			"[breaks]\nevery = \"5m\"\nsnooze = \"2h\"\nroutine = \"dsk\"\nquiet = \"18:00-9\"\ndays = [\"mon\", \"fir\", 3]\nevry = 1\n",
			[]string{
				`config.toml:2:9: every "5m" is out of range (use 10m to 3h)`,
				`config.toml:3:10: snooze "2h" is out of range (use 1m to 1h)`,
				`config.toml:4:11: routine "dsk" is not a routine (did you mean desk?)`,
				`config.toml:5:9: quiet "18:00-9": "9" is not a time of day like "09:00" (HH:MM, 00:00 to 23:59)`,
				`config.toml:6:16: day "fir" is not a day (did you mean "fri"?)`,
				`config.toml:6:23: each day must be a string, not a whole number (use a list of "mon", "tue", "wed", "thu", "fri", "sat", "sun")`,
				`config.toml:7:1: unknown key "evry" in [breaks] (did you mean every?)`,
			}},
		{"breaks is a table",
			"breaks = 45\n",
			[]string{`config.toml:1:1: breaks must be a table, not a whole number (write [breaks] and its keys below it)`}},
		{"singular table names",
			"[default]\nhold = 30\n[[routines]]\nname = \"x\"\n",
			[]string{
				`config.toml:1:2: unknown key "default" (did you mean defaults?)`,
				`config.toml:3:3: unknown key "routines" (did you mean routine?)`,
			}},
		{"durations",
			"[defaults]\nhold = \"abc\"\nroll = \"11m\"\nget_ready = 61\nswitch = -1\n",
			[]string{
				`config.toml:2:8: hold "abc" is not a duration (use Go syntax like "45s" or "1m30s", or whole seconds like 45)`,
				`config.toml:3:8: roll "11m" is out of range (use 1s to 10m)`,
				`config.toml:4:13: get_ready 61 is out of range (use 0s to 1m)`,
				`config.toml:5:10: switch -1 is out of range (use 0s to 1m)`,
			}},
		{"durations without overflow",
			"[defaults]\nhold = 9223372036854775807\nroll = \"99999999999999999999\"\nget_ready = \"9999999999h\"\nswitch = \"0.5s\"\n",
			[]string{
				`config.toml:2:8: hold 9223372036854775807 is out of range (use 1s to 10m)`,
				`config.toml:3:8: roll "99999999999999999999" is out of range (use 1s to 10m)`,
				`config.toml:4:13: get_ready "9999999999h" is out of range (use 0s to 1m)`,
			}},
		{"integer too large for TOML",
			"[defaults]\nhold = 99999999999999999999\n",
			[]string{`config.toml:2:8: not valid TOML: decimal number is too large to fit in a 64-bit signed integer`}},
		{"hold zero, fraction, bool",
			"[defaults]\nhold = 0\nroll = 1.5\nget_ready = true\n",
			[]string{
				`config.toml:2:8: hold 0 is out of range (use 1s to 10m)`,
				`config.toml:3:8: roll 1.5 is not a duration (use a string like "1.5s", or whole seconds)`,
				`config.toml:4:13: get_ready must be a duration like "30s" or whole seconds, not true or false (use 0s to 1m)`,
			}},
		{"sound, booleans",
			"[defaults]\nsound = \"tone\"\nextras = \"false\"\nvoice = 1\n",
			[]string{
				`config.toml:2:9: sound "tone" is not a sound setting (did you mean "tones"?)`,
				`config.toml:3:10: extras must be true or false, not a string (write false without quotes)`,
				`config.toml:4:9: voice must be true or false, not a whole number (use true or false)`,
			}},
		{"sound far off",
			"[defaults]\nsound = \"loud\"\n",
			[]string{`config.toml:2:9: sound "loud" is not a sound setting (use "auto", "tones", "bell" or "off")`}},
		{"keys that do not apply to the exercise",
			"[[routine]]\nname = \"x\"\n[[routine.step]]\nexercise = \"glute-bridges\"\nhold = \"20s\"\n" +
				"[[routine.step]]\nexercise = \"plank\"\nreps = 10\nroll = 30\n" +
				"[[routine.step]]\nexercise = \"foam-rolling\"\nhold = 30\n",
			[]string{
				`config.toml:5:1: hold does not apply to glute-bridges: it is counted in reps (use reps, 1 to 100; the tempo is the library's)`,
				`config.toml:8:1: reps does not apply to plank: it is held for a time (use hold, 1s to 10m)`,
				`config.toml:9:1: roll does not apply to plank: it is held for a time (use hold, 1s to 10m)`,
				`config.toml:12:1: hold does not apply to foam-rolling: it is rolled for a time (use roll, 1s to 10m)`,
			}},
		{"reps, sets, rest, variant",
			"[[routine]]\nname = \"x\"\n[[routine.step]]\nexercise = \"glute-bridges\"\nreps = 0\nsets = 0\nvariant = \"hard\"\n" +
				"[[routine.step]]\nexercise = \"plank\"\nsets = 21\nrest = \"11m\"\n" +
				"[[routine.step]]\nexercise = \"hip-circles\"\nreps = 101\nsets = \"2\"\n" +
				"[[routine.step]]\nexercise = \"butterfly\"\nrest = \"10s\"\n",
			[]string{
				`config.toml:5:8: reps 0 is out of range (use 1 to 100)`,
				`config.toml:6:8: sets 0 is out of range (use 1 to 20)`,
				`config.toml:7:11: variant "hard" is not a variant (use "easier" or "harder")`,
				`config.toml:10:8: sets 21 is out of range (use 1 to 20)`,
				`config.toml:11:8: rest "11m" is out of range (use 0s to 10m)`,
				`config.toml:14:8: reps 101 is out of range (use 1 to 100)`,
				`config.toml:15:8: sets must be a whole number, not a string (use 1 to 20)`,
				`config.toml:18:1: rest is the pause between sets, and this step has one set (add sets = 2 or more, or leave rest out)`,
			}},
		{"names",
			"[[routine]]\nname = \"My Plan\"\n[[routine.step]]\nexercise = \"plank\"\n" +
				"[[routine]]\nname = \"relief\"\n[[routine.step]]\nexercise = \"plank\"\n" +
				"[[routine]]\nname = \"history\"\n[[routine.step]]\nexercise = \"plank\"\n" +
				"[[routine]]\nname = \"-x\"\n[[routine.step]]\nexercise = \"plank\"\n" +
				"[[routine]]\nname = 7\n[[routine.step]]\nexercise = \"plank\"\n" +
				"[[routine]]\ntitle = \"No name\"\n[[routine.step]]\nexercise = \"plank\"\n",
			[]string{
				`config.toml:2:8: name "My Plan" is not a routine name (use lower case letters, digits and dashes, e.g. "my-plan")`,
				`config.toml:6:8: name "relief" is a built-in routine (choose another name, e.g. "my-relief")`,
				`config.toml:10:8: name "history" is a hipcoach command (choose another name)`,
				`config.toml:14:8: name "-x" is not a routine name (use lower case letters, digits and dashes, e.g. "x")`,
				`config.toml:18:8: name must be a string, not a whole number (e.g. name = "physio")`,
				`config.toml:21:1: [[routine]] has no name (add name = "…": lower case letters, digits and dashes)`,
			}},
		{"two routines with one name, one with no steps",
			"[[routine]]\nname = \"physio\"\n[[routine.step]]\nexercise = \"plank\"\n\n" +
				"[[routine]]\nname = \"physio\"\n[[routine.step]]\nexercise = \"butterfly\"\n\n" +
				"[[routine]]\nname = \"empty\"\n\n[[routine]]\nname = \"nostep\"\nstep = []\n",
			[]string{
				`config.toml:7:8: routine "physio" is defined twice (first at line 2; give each routine its own name)`,
				`config.toml:11:1: routine "empty" has no steps (add [[routine.step]] with an exercise for each step)`,
				`config.toml:14:1: routine "nostep" has no steps (add [[routine.step]] with an exercise for each step)`,
			}},
		{"a step without an exercise",
			"[[routine]]\nname = \"x\"\n  [[routine.step]]\n  hold = 20\n",
			[]string{`config.toml:3:3: [[routine.step]] has no exercise (add exercise = "…"; hipcoach exercises lists them)`}},
		{"tables of the wrong shape",
			"defaults = 5\n[routine]\nname = \"x\"\n",
			[]string{
				`config.toml:1:1: defaults must be a table, not a whole number (write [defaults] and its keys below it)`,
				`config.toml:2:2: routine must be a list of tables, not a table (write [[routine]], with two brackets, for each routine)`,
			}},
		{"step as one table",
			"[[routine]]\nname = \"x\"\n[routine.step]\nexercise = \"plank\"\n",
			[]string{`config.toml:3:10: step must be a list of tables, not a table (write [[routine.step]], with two brackets, for each step)`}},
		{"text fields",
			"[[routine]]\nname = \"x\"\ntitle = \"" + strings.Repeat("t", 41) + "\"\nabout = \"bell\\u0007here\"\n" +
				"[[routine.step]]\nexercise = \"plank\"\nnote = \"\"\"\nline one\nline two\"\"\"\n" +
				"[[routine.step]]\nexercise = \"plank\"\nnote = \"" + strings.Repeat("ü", 121) + "\"\n" +
				"[[routine.step]]\nexercise = \"plank\"\nnote = \"\\u202Eevil\"\n",
			[]string{
				`config.toml:3:9: title is 41 characters long (at most 40)`,
				`config.toml:4:9: about has a control character (U+0007 at character 5; write plain text on one line)`,
				`config.toml:7:8: note has a control character (U+000A at character 9; write plain text on one line)`,
				`config.toml:12:8: note is 121 characters long (at most 120)`,
				`config.toml:15:8: note has a control character (U+202E at character 1; write plain text on one line)`,
			}},
		{"inline tables keep their positions",
			"defaults = { hold = \"30s\", hodl = 1 }\nroutine = [ { name = \"x\", step = [ { exercise = \"plnak\" } ] } ]\n",
			[]string{
				`config.toml:1:28: unknown key "hodl" in [defaults] (did you mean hold?)`,
				`config.toml:2:49: exercise "plnak" is not in the library (did you mean plank?)`,
			}},
		{"columns count characters",
			"[[routine]]\nname = \"x\"\ntitle = \"Übung\"\n[[routine.step]]\nexercise = \"plank\"\nnote = \"ü\"; hold = 1\n",
			[]string{`config.toml:6:11: not valid TOML: expected newline but got U+003B ';'`}},
		{"malformed TOML",
			"[defaults]\nhold = \"30s\n",
			[]string{`config.toml:2:12: not valid TOML: basic strings cannot have new lines`}},
		{"a key twice",
			"[defaults]\nhold = 30\nhold = 40\n",
			[]string{`config.toml:3:1: not valid TOML: key hold is already defined`}},
		{"control characters in a TOML error are escaped",
			"\"\\u001b[31mred\" = 1\n\"\\u001b[31mred\" = 2\n",
			[]string{`config.toml:2:1: not valid TOML: key \u001B[31mred is already defined`}},
		{"binary",
			"\x00\x01\x02",
			[]string{`config.toml:1:1: not valid TOML: invalid character at start of key: U+0000`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The command line's words, as cli passes them in.
			f, err := Parse("config.toml", []byte(c.toml), "exercises", "history", "help")
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("error %v (%T), want Errors", err, err)
			}
			if got := err.Error(); got != strings.Join(c.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(c.want, "\n"))
			}
			if len(f.Routines) != 0 || f.Defaults != (Defaults{}) || !f.Found {
				t.Errorf("a file with problems gave %+v", f)
			}
		})
	}
}

func TestParseAcceptsWhatIsAllowed(t *testing.T) {
	data := "\xef\xbb\xbf# a BOM, CRLF line ends, every duration form\r\n" +
		"[defaults]\r\nhold = \"1m30s\"\r\nroll = 45\r\nget_ready = \"0\"\r\nswitch = \" 7 \"\r\nextras = true\r\n" +
		"[[routine]]\r\nname = \"a-1\"\r\n[[routine.step]]\r\nexercise = \"foam-rolling\"\r\nroll = \"1m\"\r\nsets = 2\r\nrest = 0\r\n" +
		"[[routine.step]]\r\nexercise = \"hip-circles\"\r\nreps = 5\r\ntitle_of_nothing = 1\r\n"
	_, err := Parse("c.toml", []byte(data))
	if err == nil || err.Error() != `c.toml:18:1: unknown key "title_of_nothing" in [[routine.step]] (allowed: exercise, hold, roll, reps, sets, rest, variant, note)` {
		t.Fatalf("error %v", err)
	}
	f, err := Parse("c.toml", []byte(strings.Replace(data, "title_of_nothing = 1\r\n", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	d := f.Defaults
	if *d.Hold != 90*time.Second || *d.Roll != 45*time.Second || *d.GetReady != 0 || *d.Switch != 7*time.Second || !*d.Extras || d.Sound != nil || d.Voice != nil {
		t.Fatalf("defaults %+v", d)
	}
	r := f.Routines[0]
	if r.ID != "a-1" || r.Name != "a-1" || r.Purpose == "" || r.About != "" || r.Steps[0].Roll != time.Minute || r.Steps[1].Reps != 5 {
		t.Fatalf("routine %+v", r)
	}
	if got := r.Steps[1].Dose(routines.DefaultOptions()); got != "5 circles each way (3 s), each side" {
		t.Errorf("hip circles, reps 5: %q", got)
	}
}

func TestErrorsAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("[defaults]\n")
	for i := range 250 {
		b.WriteString("k")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(string(rune('a'+i%26)) + string(rune('a'+i/26)))
		b.WriteString(" = 1\n")
	}
	_, err := Parse("c.toml", []byte(b.String()))
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != MaxErrors+1 {
		t.Fatalf("%d errors, want %d", len(errs), MaxErrors+1)
	}
	if last := errs[MaxErrors].Error(); last != "c.toml: 150 more problems not shown" {
		t.Errorf("last line %q", last)
	}
}

// The starter file changes nothing as written; with every setting turned
// on, it gives the built-in defaults and the physio routine.
// A [breaks] table sets the schedule, and a break may run the file's own
// routine.
func TestParseBreaks(t *testing.T) {
	f, err := Parse("config.toml", []byte("[breaks]\nevery = \"1h\"\nroutine = \"mine\"\nquiet = \"18:00-09:00\"\ndays = [\"mon\", \"FRI\"]\n"+
		"[[routine]]\nname = \"mine\"\n[[routine.step]]\nexercise = \"stand-tall\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Breaks.Schedule()
	if s.Every != time.Hour || s.Snooze != 10*time.Minute || s.Quiet == nil || s.Quiet.String() != "18:00-09:00" ||
		!s.Days[time.Monday] || !s.Days[time.Friday] || s.Days[time.Tuesday] || *f.Breaks.Routine != "mine" {
		t.Fatalf("%+v", s)
	}
}

func TestStarter(t *testing.T) {
	f, err := Parse("config.toml", []byte(Starter))
	if err != nil {
		t.Fatalf("the starter file as written: %v", err)
	}
	if f.Defaults != (Defaults{}) || len(f.Routines) != 0 {
		t.Fatalf("the starter file as written sets %+v", f)
	}
	var lines []string
	for _, l := range strings.Split(Starter, "\n") {
		switch {
		case strings.HasPrefix(l, "# "):
			l = l[2:]
		case l == "#":
			l = ""
		}
		lines = append(lines, l)
	}
	on := strings.Join(lines, "\n")
	f, err = Parse("config.toml", []byte(on))
	if err != nil {
		t.Fatalf("the starter file turned on: %v\n%s", err, on)
	}
	d := f.Defaults
	if d.Hold == nil || d.Roll == nil || d.GetReady == nil || d.Switch == nil || d.Extras == nil || d.Sound == nil || d.Voice == nil {
		t.Fatalf("the starter file turned on does not set every default: %+v", d)
	}
	def := routines.DefaultOptions()
	if o := d.Apply(def); o.Hold != def.Hold || o.Roll != def.Roll || o.GetReady != def.GetReady || o.SwitchTime() != def.SwitchTime() || o.Extras {
		t.Errorf("the starter's defaults are not the built-in ones: %+v", o)
	}
	if *d.Sound != sound.Auto || !*d.Voice {
		t.Errorf("sound %v, voice %v", *d.Sound, *d.Voice)
	}
	if b := f.Breaks; b.Every == nil || b.Snooze == nil || b.Routine == nil || b.Quiet == nil || b.Days == nil {
		t.Errorf("the starter file turned on does not set every break setting: %+v", b)
	}
	if len(f.Routines) != 1 || f.Routines[0].ID != "physio" {
		t.Fatalf("routines %+v", f.Routines)
	}
	// The kneeling stretch 3 × 20 s each side with 15 s rests, bridges 2 × 10
	// with a lead-in before each set.
	if total := routines.Total(routines.Plan(f.Routines[0], def)); total != 280*time.Second {
		t.Errorf("the starter's physio routine takes %v, want 4m40s", total)
	}
	for _, l := range strings.Split(Starter, "\n") {
		if len([]rune(l)) > 100 {
			t.Errorf("starter line longer than 100 characters: %q", l)
		}
	}
}

func TestPath(t *testing.T) {
	p := Path()
	if filepath.Base(p) != "config.toml" || filepath.Base(filepath.Dir(p)) != "hipcoach" || !filepath.IsAbs(p) {
		t.Fatalf("Path() = %q", p)
	}
}

// A file of MaxSize takes little time to check whatever its shape; one
// with too many keys gets one line saying so.
func TestLargeFiles(t *testing.T) {
	gen := func(head, format string) string {
		var b strings.Builder
		b.WriteString(head)
		for i := 0; b.Len() < MaxSize-100; i++ {
			fmt.Fprintf(&b, format, i)
		}
		return b.String()
	}
	cases := []struct{ name, toml, want string }{
		{"keys in a table", gen("[defaults]\n", "k%d=1\n"), "big.toml:5001:1: more than 5000 keys, too many for a config file (a real one has a few dozen)"},
		{"keys in an inline table", gen("x={", "k%d=1,") + "z=1}\n", "big.toml:1:38886: more than 5000 keys, too many for a config file (a real one has a few dozen)"},
		{"a long note", "[[routine]]\nname=\"x\"\n[[routine.step]]\nexercise=\"plank\"\nnote=\"" + strings.Repeat("ü", MaxSize/2-100) + "\"\n", "big.toml:5:6: note is 524188 characters long (at most 120)"},
		{"a long key", strings.Repeat("k", MaxSize-10) + " = 1\n", `big.toml:1:1: unknown key "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…" (allowed: defaults, breaks, routine)`},
		{"nested lists", "x = " + strings.Repeat("[", 9999) + strings.Repeat("]", 9999) + "\n", `big.toml:1:1: unknown key "x" (allowed: defaults, breaks, routine)`},
		{"too deeply nested lists", "x = " + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "\n", `big.toml:1:10005: not valid TOML: arrays and inline tables are nested more than the maximum of 10000 levels deep`},
		{"one byte too many", strings.Repeat("#", MaxSize+1), "big.toml: is larger than 1 MiB, too large for a config file (a real one is a few kilobytes)"},
	}
	for _, c := range cases {
		_, err := Parse("big.toml", []byte(c.toml))
		if err == nil || strings.Split(err.Error(), "\n")[0] != c.want {
			t.Errorf("%s: %.300v\nwant %s", c.name, err, c.want)
		}
	}
	// Many routines, each with problems: MaxErrors lines and a count.
	_, err := Parse("big.toml", []byte(strings.Repeat("[[routine]]\n", 300)))
	if lines := strings.Split(err.Error(), "\n"); len(lines) != MaxErrors+1 || !strings.HasSuffix(lines[MaxErrors], "more problems not shown") {
		t.Errorf("many routines: %d lines, last %q", len(lines), lines[len(lines)-1])
	}
}

// variant = "harder" asks for the library's harder version, where it has
// one; the plank's own hold in a step still wins.
func TestParseHarderVariant(t *testing.T) {
	const src = "[[routine]]\nname = \"strong\"\n" +
		"[[routine.step]]\nexercise = \"plank\"\nvariant = \"harder\"\n" +
		"[[routine.step]]\nexercise = \"plank\"\nvariant = \"harder\"\nhold = \"50s\"\n"
	f, err := Parse("config.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	phases := routines.Plan(f.Routines[0], routines.DefaultOptions())
	var works []time.Duration
	for _, p := range phases {
		if p.Kind == routines.Work {
			works = append(works, p.Duration)
			if p.Exercise.Name != "Longer plank" || p.Exercise.Variant != routines.VariantHarder {
				t.Errorf("step runs %q (%q)", p.Exercise.Name, p.Exercise.Variant)
			}
		}
	}
	if len(works) != 2 || works[0] != 40*time.Second || works[1] != 50*time.Second {
		t.Errorf("harder plank holds %v, want the library's 40s and the step's 50s", works)
	}
	_, err = Parse("config.toml", []byte("[[routine]]\nname = \"x\"\n[[routine.step]]\nexercise = \"hip-circles\"\nvariant = \"harder\"\n"))
	if err == nil || !strings.Contains(err.Error(), "config.toml:5:11: hip-circles has no harder version in the library") {
		t.Errorf("hip circles asked harder: %v", err)
	}
}
