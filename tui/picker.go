package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// routineChosenMsg tells the root which routine to start.
type routineChosenMsg struct{ routine routines.Routine }

// pickerModel is the mode picker: each routine with its purpose, its steps
// and its total time, so the choice is an informed one.
type pickerModel struct {
	opts   routines.Options
	keys   keyMap
	cursor int
	width  int
}

func newPicker(o routines.Options, keys keyMap) pickerModel {
	return pickerModel{opts: o, keys: keys}
}

func (m pickerModel) Update(msg tea.Msg) (pickerModel, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	choose := func(r routines.Routine) tea.Cmd {
		return func() tea.Msg { return routineChosenMsg{r} }
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = (m.cursor + len(routines.All) - 1) % len(routines.All)
	case key.Matches(k, m.keys.Down):
		m.cursor = (m.cursor + 1) % len(routines.All)
	case key.Matches(k, m.keys.Enter):
		return m, choose(routines.All[m.cursor])
	case key.Matches(k, m.keys.Prevent):
		return m, choose(routines.Prevention)
	case key.Matches(k, m.keys.Relief):
		return m, choose(routines.Relief)
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	}
	return m, nil
}

func (m pickerModel) View() string {
	w := m.width - 4
	var b strings.Builder
	b.WriteString(accentStyle.Render("hipcoach") + dimStyle.Render(" · choose a routine") + "\n\n")
	for i, r := range routines.All {
		steps := r.StepsFor(m.opts)
		names := make([]string, len(steps))
		for j, s := range steps {
			names[j] = s.Exercise.Name
			if s.Exercise.Sided {
				names[j] += " (each side)"
			}
		}
		total := routines.Total(routines.Plan(r, m.opts))
		facts := dimStyle.Render(fmt.Sprintf("%d steps · %s", len(steps), total))
		title := titleStyle.Render(r.Name) + "  " + facts
		body := r.Purpose + "\n" + dimStyle.Render(strings.Join(names, " · "))
		if len(r.Advice) > 0 {
			var advice []string
			for _, a := range r.Advice {
				advice = append(advice, strings.ToLower(a.Title))
			}
			body += "\n" + dimStyle.Render("Ends with advice: "+strings.Join(advice, " and ")+".")
		}
		card := lipgloss.NewStyle().Width(w).Padding(0, 1).Border(lipgloss.HiddenBorder(), false, false, false, true)
		marker := "  "
		if i == m.cursor {
			card = card.Border(lipgloss.ThickBorder(), false, false, false, true).BorderForeground(colorAccent)
			marker = accentStyle.Render("▸ ")
			title = accentStyle.Render(r.Name) + "  " + facts
		}
		b.WriteString(card.Render(marker+title+"\n"+body) + "\n\n")
	}
	hints := []string{keyHint("↑/↓", "choose"), keyHint("enter", "start"), keyHint("p", "prevention"), keyHint("r", "relief"), keyHint("q", "quit")}
	b.WriteString(strings.Join(hints, dimStyle.Render(" · ")))
	return b.String()
}
