package main

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// printExercises lists every exercise with its purpose and where it is used,
// for "hipcoach exercises".
func printExercises(w io.Writer) {
	fmt.Fprintln(w, "The article's exercises (hipcoach exercises NAME shows one):")
	idw, pw := 0, 0
	for _, e := range routines.Exercises {
		idw, pw = max(idw, len(e.ID)), max(pw, len(e.Purpose))
	}
	for _, e := range routines.Exercises {
		fmt.Fprintf(w, "  %-*s  %-*s  %s\n", idw, e.ID, pw, e.Purpose, e.UsedIn())
	}
}

// printExercise is one exercise's handout: picture, cues, the common
// mistake, the dosage and the source, for "hipcoach exercises NAME".
func printExercise(w io.Writer, e routines.Exercise) {
	fmt.Fprintf(w, "%s (%s)\n%s\nUsed in: %s\n\n", e.Name, e.ID, e.Purpose, e.UsedIn())
	// Every frame, side by side: the start position and the movement.
	var frames []string
	for i, f := range e.Frames {
		if i > 0 {
			frames = append(frames, "   ")
		}
		frames = append(frames, lipgloss.NewStyle().Width(routines.Width(f)).Render(strings.Join(f, "\n")))
	}
	if len(frames) > 0 {
		for _, line := range strings.Split(lipgloss.JoinHorizontal(lipgloss.Bottom, frames...), "\n") {
			fmt.Fprintln(w, strings.TrimRight("  "+line, " "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "How:")
	for _, c := range e.Cues {
		fmt.Fprintln(w, "  • "+c)
	}
	if e.Pace != nil {
		fmt.Fprintln(w, "Pace:")
		for _, m := range e.Pace.Tempo {
			fmt.Fprintf(w, "  %-8s %s  %s\n", strings.ToUpper(m.Word), m.Duration, m.Cue)
		}
	}
	fmt.Fprintf(w, "Common mistake: %s\n", e.Mistake)
	fmt.Fprintf(w, "Dose: %s\n", e.DoseText())
	fmt.Fprintf(w, "Source: %s\n", e.Source)
}
