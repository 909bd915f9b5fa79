package tui

import (
	"strings"

	"github.com/hipcoach/hipcoach/routines"
)

// safetyView is the first screen of every run: the article's advice to see a
// professional first and when to stop. It has no state, so no model.
func safetyView(st styles, w int, audio, historyNote string) string {
	wrap := wrapTo(w)
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach") + st.dim.Render(" · hip-flexor stretch coach") + "\n\n")
	b.WriteString(st.warn.Render("Before you start") + "\n\n")
	for _, line := range routines.Safety {
		b.WriteString(bullet(line, w) + "\n")
	}
	b.WriteString("\n" + st.dim.Render(wrap.Render(routines.NotAdviceLine)) + "\n\n")
	b.WriteString(wrap.Render("Once it starts you won't need the keyboard: every hold is counted, you're told when to switch sides, and it moves on by itself.") + "\n")
	if audio != "" {
		b.WriteString(st.dim.Render(wrap.Render(audio)) + "\n")
	}
	if historyNote != "" {
		b.WriteString(st.warn.Render(wrap.Render(historyNote)) + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
