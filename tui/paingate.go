package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/hipcoach/hipcoach/routines"
)

// painGateView stops the run after a check-in of routines.SeverePain or
// more, before anything is stretched: the advice to see a professional
// first, and a choice, to stop (the default, Enter) or to go on gently.
// Nothing starts from here by itself.
func painGateView(st styles, w, pain int) string {
	var b strings.Builder
	b.WriteString(st.accent.Render("hipcoach") + st.dim.Render(" · check-in") + "\n\n")
	b.WriteString(st.warn.Render(fmt.Sprintf("Pain %d out of 10", pain)) + "\n\n")
	b.WriteString(st.warn.Render(wrapTo(w).Render(routines.PainGateLine)) + "\n\n")
	b.WriteString(bullet("If you go on: "+routines.DuringLine, w) + "\n")
	b.WriteString(st.dim.Render(bullet(routines.NotAdviceLine, w)))
	return b.String()
}

// painGateKeys are the pain gate's: Enter stops, as the safe choice.
func (k keyMap) painGateKeys() screenKeys {
	stop := hint("enter", "stop here (recommended)")
	gently := k.Gently
	return screenKeys{
		short: []key.Binding{stop, gently, k.Help},
		full:  [][]key.Binding{{stop, gently}, {k.Force, k.Help}},
	}
}
