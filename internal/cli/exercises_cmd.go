package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/tui"
)

// newExercisesCmd is "hipcoach exercises [NAME] [--json]": the library.
func newExercisesCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "exercises [NAME]",
		Short: "The exercise library, or one exercise in full",
		Long: `The exercises of the routines, or one of them as a handout: its picture, how
to do it, the common mistake, the dose and the source. NAME can be in any
case, or just its start.`,
		Example: `# Every exercise, in a line each:
hipcoach exercises

# One as a handout (any case, or the start of its name):
hipcoach exercises kneeling`,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: completeExercises,
		RunE: func(_ *cobra.Command, args []string) error {
			return runExercises(a, strings.Join(args, " "), asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the library (or the one exercise) as JSON")
	return cmd
}

// runExercises prints the library, or the exercise named by query.
func runExercises(a *app, query string, asJSON bool) error {
	var list []routines.Exercise
	if query == "" {
		list = routines.Exercises
	} else {
		e, err := routines.FindExercise(query)
		if err != nil {
			return usage(err)
		}
		list = []routines.Exercise{e}
	}
	if asJSON {
		enc := json.NewEncoder(a.out)
		enc.SetIndent("", "  ")
		if query != "" {
			return enc.Encode(exerciseJSON(list[0]))
		}
		all := make([]exerciseEntry, len(list))
		for i, e := range list {
			all[i] = exerciseJSON(e)
		}
		return enc.Encode(all)
	}
	width := 0 // a pipe takes lines of any length
	if cols, _, err := term.GetSize(a.stdout.Fd()); err == nil {
		width = cols
	}
	if query == "" {
		printExercises(a.out, width)
	} else {
		printExercise(a.out, list[0], width)
	}
	return nil
}

// exerciseEntry is one exercise as "hipcoach exercises --json" prints it.
type exerciseEntry struct {
	Name    string `json:"name"`
	Title   string `json:"title"`
	Purpose string `json:"purpose"`
	Routine string `json:"routine"`
	Sided   bool   `json:"sided"`
	Dose    string `json:"dose"`
	// Sides says what each side's leg does: what LEFT means here.
	Sides []string `json:"sides,omitempty"`
	Cues  []string `json:"cues"`
	Feel  string   `json:"feel"`
	Stop  string   `json:"stop"`
	// StopCues are every stop cue that holds: the exercise's own and the
	// general rule.
	StopCues []string `json:"stop_cues"`
	Mistake  string   `json:"mistake"`
	Easier   *version `json:"easier,omitempty"`
	Harder   *version `json:"harder,omitempty"`
	Source   string   `json:"source"`
}

// version is an exercise's easier or harder version in the JSON library.
type version struct {
	Title string   `json:"title"`
	Cues  []string `json:"cues"`
	Feel  string   `json:"feel"`
	Dose  string   `json:"dose"`
	Sides []string `json:"sides,omitempty"`
}

// versionJSON is e's variant v, or nil where the library has none.
func versionJSON(e routines.Exercise, v string) *version {
	if !e.Has(v) {
		return nil
	}
	x := e.WithVariant(v)
	return &version{Title: x.Name, Cues: x.Cues, Feel: x.Feel, Dose: x.DoseText(), Sides: x.Sides()}
}

func exerciseJSON(e routines.Exercise) exerciseEntry {
	return exerciseEntry{
		Easier: versionJSON(e, routines.VariantEasier), Harder: versionJSON(e, routines.VariantHarder),
		Name: e.ID, Title: e.Name, Purpose: e.Purpose, Routine: e.UsedIn(), Sided: e.Sided, Sides: e.Sides(),
		Dose: e.DoseText(), Cues: e.Cues, Feel: e.Feel, Stop: e.Stop, StopCues: e.StopCues(), Mistake: e.Mistake, Source: e.Source,
	}
}

// capitalize puts the first letter of s in upper case: "left: …" → "Left: …".
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// completeExercises offers the library's names to the shell.
func completeExercises(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
	var out []string
	for _, e := range routines.Exercises {
		if strings.HasPrefix(e.ID, strings.ToLower(typed)) {
			out = append(out, e.ID+"\t"+e.Name)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// printExercises lists every exercise with its purpose and where it is used,
// for "hipcoach exercises". It is a table where it fits in width columns (0
// for no limit, as in a pipe), and otherwise gives each purpose its own
// line, so an 80-column terminal does not fold the table.
func printExercises(w io.Writer, width int) {
	fmt.Fprintf(w, "Exercises from %s:\n", routines.Article)
	idw, pw, uw := 0, 0, 0
	for _, e := range routines.Exercises {
		idw, pw, uw = max(idw, len(e.ID)), max(pw, len(e.Purpose)), max(uw, len(e.UsedIn()))
	}
	table := width == 0 || 2+idw+2+pw+2+uw <= width
	for _, e := range routines.Exercises {
		if table {
			fmt.Fprintf(w, "  %-*s  %-*s  %s\n", idw, e.ID, pw, e.Purpose, e.UsedIn())
			continue
		}
		fmt.Fprintf(w, "  %-*s  %s\n", idw, e.ID, e.UsedIn())
		fmt.Fprintln(w, wrapIndent(e.Purpose, "      ", "      ", width))
	}
	fmt.Fprintln(w, wrapIndent("hipcoach exercises NAME shows one: its picture, how to do it, the common mistake, the dose and the source. A name can be in any case or just its start.", "", "", width))
}

// wrapIndent wraps text to width columns (0 for no limit), with first
// before the first line and rest before the others.
func wrapIndent(text, first, rest string, width int) string {
	if width == 0 {
		return first + text
	}
	body := ansi.Wrap(text, max(width-len(rest), 20), "")
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if i == 0 {
			lines[i] = first + l
		} else {
			lines[i] = rest + l
		}
	}
	return strings.Join(lines, "\n")
}

// printExercise is one exercise's handout: picture, cues, the common
// mistake, the dosage and the source, for "hipcoach exercises NAME", with
// its text wrapped to width columns (0 for no limit).
func printExercise(w io.Writer, e routines.Exercise, width int) {
	fmt.Fprintf(w, "%s (%s)\n%s\nUsed in: %s\n", e.Name, e.ID, wrapIndent(e.Purpose, "", "", width), e.UsedIn())
	// What LEFT means for this exercise: the side names the worked leg.
	for _, side := range e.Sides() {
		fmt.Fprintln(w, wrapIndent(capitalize(side), "  ", "    ", width))
	}
	fmt.Fprintln(w)
	// The start position and the movement, side by side as they fit.
	if frames := tui.PoseStrip(e.Frames, max(width-2, 0)); frames != "" {
		for _, line := range strings.Split(frames, "\n") {
			fmt.Fprintln(w, strings.TrimRight("  "+line, " "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "How:")
	for _, c := range e.Cues {
		fmt.Fprintln(w, wrapIndent(c, "  • ", "    ", width))
	}
	if e.Pace != nil {
		fmt.Fprintln(w, "Pace:")
		for _, m := range e.Pace.Tempo {
			fmt.Fprintln(w, wrapIndent(fmt.Sprintf("%-8s %s  %s", strings.ToUpper(m.Word), m.Duration, m.Cue), "  ", "               ", width))
		}
	}
	fmt.Fprintln(w, wrapIndent("Feel it: "+e.Feel, "", "  ", width))
	fmt.Fprintln(w, wrapIndent("Stop: "+e.StopText(), "", "  ", width))
	fmt.Fprintln(w, wrapIndent("Common mistake: "+e.Mistake, "", "  ", width))
	for _, v := range []struct{ label, variant string }{{"Easier", routines.VariantEasier}, {"Harder", routines.VariantHarder}} {
		if !e.Has(v.variant) {
			continue
		}
		x := e.WithVariant(v.variant)
		text := v.label + ": " + x.Name + ". " + strings.Join(x.Cues, " ")
		if x.Dose != e.Dose || x.Pace != e.Pace {
			text += " Dose: " + x.DoseText()
		}
		if x.Sided && !e.Sided {
			text += " Sides: " + strings.Join(x.Sides(), "; ") + "."
		}
		fmt.Fprintln(w, wrapIndent(text, "", "  ", width))
	}
	if e.Has(routines.VariantHarder) {
		fmt.Fprintln(w, wrapIndent("Try the harder version only when the usual dose is easy and pain-free, and change one thing at a time.", "", "  ", width))
	}
	fmt.Fprintln(w, wrapIndent("Dose: "+e.DoseText(), "", "  ", width))
	fmt.Fprintln(w, wrapIndent("Source: "+e.Source, "", "  ", width))
}
