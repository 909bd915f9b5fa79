package tui

import (
	"strings"

	"github.com/hipcoach/hipcoach/timer"
)

// quitView asks before ending a session. The clock is already paused, so the
// user loses nothing by thinking about it.
func quitView(s sessionModel) string {
	st := s.st
	p := s.phase()
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach · "+s.run.Routine().Name) + "  " + st.badge("PAUSED", st.paused) + "\n\n")
	b.WriteString(st.warn.Render("Quit this session?") + "\n\n")
	where := p.Exercise.Name
	if p.Side.String() != "" {
		where += ", " + p.Side.String() + " side"
	}
	b.WriteString(st.dim.Render("The clock is stopped at " + timer.FormatClock(timer.Seconds(s.status().Remaining)) + " in " + where + "."))
	return b.String()
}
