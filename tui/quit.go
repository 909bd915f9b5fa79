package tui

import (
	"strings"

	"github.com/hipcoach/hipcoach/timer"
)

// quitView asks before ending a session. The clock is already paused, so the
// user loses nothing by thinking about it.
func quitView(s sessionModel) string {
	p := s.phase()
	var b strings.Builder
	b.WriteString(accentStyle.Render("hipcoach · "+s.routine.Name) + "  " + badge("PAUSED", colorPaused) + "\n\n")
	b.WriteString(warnStyle.Render("Quit this session?") + "\n\n")
	where := p.Exercise.Name
	if p.Side.String() != "" {
		where += ", " + p.Side.String() + " side"
	}
	b.WriteString(dimStyle.Render("The clock is stopped at "+timer.FormatClock(timer.Seconds(s.status.Remaining))+" in "+where+".") + "\n\n")
	b.WriteString(keyHint("y", "yes, quit") + dimStyle.Render(" · ") + keyHint("n/esc", "no, go on"))
	return b.String()
}
