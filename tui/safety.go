package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// safetyView is the first screen of every run: the article's advice to see a
// professional first and when to stop. It has no state, so no model.
func safetyView(w int, audio, historyNote string) string {
	wrap := lipgloss.NewStyle().Width(w)
	var b strings.Builder
	b.WriteString(accentStyle.Render("hipcoach") + dimStyle.Render(" · hip-flexor stretch coach") + "\n\n")
	b.WriteString(warnStyle.Render("Before you start") + "\n\n")
	for _, line := range routines.Safety {
		b.WriteString(bullet(line, w) + "\n")
	}
	b.WriteString("\n" + dimStyle.Render(wrap.Render(routines.NotAdviceLine)) + "\n\n")
	next := "continue"
	b.WriteString(wrap.Render("Once it starts you won't need the keyboard: every hold is counted, you're told when to switch sides, and it moves on by itself.") + "\n")
	if audio != "" {
		b.WriteString(dimStyle.Render(wrap.Render(audio)) + "\n")
	}
	if historyNote != "" {
		b.WriteString(warnStyle.Render(wrap.Render(historyNote)) + "\n")
	}
	b.WriteString("\n")
	b.WriteString(keyHint("enter", next) + dimStyle.Render(" · ") + keyHint("q", "quit"))
	return b.String()
}

// keyHint draws "key action" the way the help line does.
func keyHint(k, action string) string {
	return titleStyle.Render(k) + " " + dimStyle.Render(action)
}
