package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// keyMap is every key hipcoach answers to. The same bindings drive the
// behaviour and the help line, so the help can never lie.
type keyMap struct {
	Pause key.Binding
	Next  key.Binding
	Back  key.Binding
	Quit  key.Binding
	Help  key.Binding
	// Close shuts an overlay (the full help, the library) without quitting.
	Close key.Binding
	Force key.Binding
	// ForceQuit is Ctrl+\, which in the raw terminal arrives as a key
	// rather than SIGQUIT: it ends the run like Ctrl+C, exit 131.
	ForceQuit key.Binding
	Enter     key.Binding
	Up        key.Binding
	Down      key.Binding
	Prevent   key.Binding
	Relief    key.Binding
	Yes       key.Binding
	No        key.Binding
	Again     key.Binding
	Library   key.Binding
	Toggle    key.Binding
	// Gently goes on past the pain gate.
	Gently key.Binding
	// Easier switches a step's easier version on or off on the picker.
	Easier key.Binding
	// Harder switches a step's harder version on or off on the picker.
	Harder key.Binding
	// PageUp and PageDown move a long page of text (Up and Down move it a
	// line).
	PageUp   key.Binding
	PageDown key.Binding
	// The check-in's: a digit answers, a 1 may be the start of 10 (One,
	// then Zero), Skip skips.
	Digit key.Binding
	One   key.Binding
	Zero  key.Binding
	Skip  key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Pause:     key.NewBinding(key.WithKeys("space", "p"), key.WithHelp("space", "pause")),
		Next:      key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n/→", "next")),
		Back:      key.NewBinding(key.WithKeys("b", "left"), key.WithHelp("b/←", "back")),
		Quit:      key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Close:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
		Force:     key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+\\")),
		Enter:     key.NewBinding(key.WithKeys(enterKeys...), key.WithHelp("enter", "continue")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Prevent:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "prevention")),
		Relief:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "relief")),
		Yes:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, quit")),
		No:        key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "no, go on")),
		Again:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "again")),
		Library:   key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "library")),
		Toggle:    key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "step on/off")),
		Gently:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "go on gently")),
		Easier:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "easier version on/off")),
		Harder:    key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "harder version on/off")),

		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn", "page down")),

		Digit: key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0–9", "answer")),
		One:   key.NewBinding(key.WithKeys("1")),
		Zero:  key.NewBinding(key.WithKeys("0")),
		Skip:  key.NewBinding(key.WithKeys(append([]string{"esc", "s"}, enterKeys...)...), key.WithHelp("enter", "skip")),
	}
}

// enterKeys are Enter as it arrives: "enter" once Bubble Tea has the
// terminal raw, and "ctrl+j" (a line feed) if it is pressed while the first
// screen, painted before Bubble Tea starts, is up and the terminal still
// turns a carriage return into a line feed.
var enterKeys = []string{"enter", "ctrl+j"}

// screenKeys are one screen's keys for its help line: the short line under
// the screen, and every key when ? is pressed.
type screenKeys struct {
	short []key.Binding
	full  [][]key.Binding
	// narrow, if set, stands in for short where short would take more
	// lines than the screen gives it: the keys that matter most.
	narrow []key.Binding
	// compact, if set, stands in for full where even one column of it is
	// too wide: every key with a shorter description.
	compact []key.Binding
}

// sessionKeys are the session screen's: short on one line, full with ?.
func (k keyMap) sessionKeys(paused bool) screenKeys {
	if paused {
		k.Pause.SetHelp("space", "resume")
	}
	pause := k.Pause
	pause.SetHelp("space/p", "pause / resume")
	next := k.Next
	next.SetHelp("n/→", "next: end this phase now")
	back := k.Back
	back.SetHelp("b/←", "back: restart phase; again within 3 s: previous")
	quit := k.Quit
	quit.SetHelp("q/esc", "quit (asks first)")
	help := k.Help
	help.SetHelp("?/esc", "close help")
	lib := k.Library
	lib.SetHelp("l", "exercise library (pauses)")
	closeHelp := k.Help
	closeHelp.SetHelp("?/esc", "close")
	return screenKeys{
		short:   []key.Binding{k.Pause, k.Next, k.Back, k.Quit, k.Help},
		narrow:  []key.Binding{k.Pause, k.Quit, k.Help},
		full:    [][]key.Binding{{pause, next, back}, {lib, quit, k.Force, help}},
		compact: []key.Binding{k.Pause, k.Next, k.Back, k.Library, k.Quit, k.Force, closeHelp},
	}
}

// keyLine is a screen's key help in w columns, the one fitter of every
// screen: its short line packed onto at most lines lines (the narrow keys
// where it would take more), or with all every key, in columns where they
// fit, else in one column, else in the compact column. Where even that
// does not fit, lines are cut, rather than help dropping the keys at the
// end without a word.
func (st styles) keyLine(w int, keys screenKeys, all bool, lines int) string {
	h := st.helpModel(w)
	if all {
		fits := func(s string) bool { return !strings.Contains(s, h.Ellipsis) && lipgloss.Width(s) <= w }
		full := h.FullHelpView(keys.full)
		if !fits(full) {
			var column []key.Binding
			for _, c := range keys.full {
				column = append(column, c...)
			}
			full = h.FullHelpView([][]key.Binding{column})
		}
		if !fits(full) && keys.compact != nil {
			full = h.FullHelpView([][]key.Binding{keys.compact})
		}
		return truncateLines(full, w)
	}
	h.SetWidth(0) // packed here, not cut off
	packed := st.packKeys(h, w, keys.short)
	if len(packed) > lines && keys.narrow != nil {
		packed = st.packKeys(h, w, keys.narrow)
	}
	return truncateLines(strings.Join(packed, "\n"), w)
}

// packKeys sets the bindings' help on as few lines of w columns as they need.
func (st styles) packKeys(h help.Model, w int, bindings []key.Binding) []string {
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	var lines []string
	line := ""
	for _, b := range bindings {
		item := h.ShortHelpView([]key.Binding{b})
		switch {
		case line == "":
			line = item
		case lipgloss.Width(line+sep+item) <= w:
			line += sep + item
		default:
			lines = append(lines, line)
			line = item
		}
	}
	return append(lines, line)
}

// hint is a binding shown in the help only: keys handled as text (the
// check-in's digits) or a pair of bindings shown as one.
func hint(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
}

// scrollKeys move a screen's text when it is taller than the terminal.
func (k keyMap) scrollKeys() []key.Binding {
	return []key.Binding{hint("↑/↓", "scroll"), hint("pgup/pgdn", "page")}
}

// safetyKeys are the safety screen's.
func (k keyMap) safetyKeys() screenKeys {
	cont := k.Enter
	cont.SetHelp("enter", "continue")
	return screenKeys{
		short: []key.Binding{cont, k.Quit, k.Help},
		full:  [][]key.Binding{{cont, k.Quit, k.Force}, append(k.scrollKeys(), k.Help)},
	}
}

// checkinKeys are the check-in's, before or after a session; one is set
// after a 1, which may be the start of 10.
func (k keyMap) checkinKeys(one bool) screenKeys {
	if one {
		return screenKeys{
			short: []key.Binding{hint("0", "for 10"), hint("enter", "for 1")},
			full:  [][]key.Binding{{hint("0", "for 10"), hint("enter", "for 1")}},
		}
	}
	answer, ten, skip := k.Digit, hint("1,0", "for 10"), k.Skip
	return screenKeys{
		short: []key.Binding{answer, ten, skip, k.Help},
		full:  [][]key.Binding{{answer, ten, skip}, {k.Quit, k.Force, k.Help}},
	}
}

// pickerKeys are the routine picker's: the keys that start a session say so.
func (k keyMap) pickerKeys() screenKeys {
	start := k.Enter
	start.SetHelp("enter", "start")
	prevent, relief := k.Prevent, k.Relief
	prevent.SetHelp("p", "start prevention")
	relief.SetHelp("r", "start relief")
	move := hint("↑/↓", "move")
	return screenKeys{
		short:  []key.Binding{move, k.Toggle, hint("e/h", "easier/harder"), start, hint("p/r", "start prevention/relief"), k.Library, k.Quit, k.Help},
		narrow: []key.Binding{start, k.Toggle, k.Quit, k.Help},
		full:   [][]key.Binding{{move, k.Toggle, k.Easier, k.Harder, start, prevent, relief}, {k.Library, k.Quit, k.Force, k.Help}},
	}
}

// summaryKeys are the summary's; asking is set while its check-in is open.
func (k keyMap) summaryKeys(asking bool) screenKeys {
	exit := hint("enter/q", "exit")
	short := []key.Binding{k.Again, exit, k.Help}
	if asking {
		short = append([]key.Binding{hint("0–9", "pain now")}, short...)
	}
	return screenKeys{
		short: short,
		full:  [][]key.Binding{{hint("0–9", "pain now, 1,0 for 10"), k.Again, exit}, append(k.scrollKeys(), k.Help)},
	}
}

// libraryKeys are the exercise library's.
func (k keyMap) libraryKeys() screenKeys {
	browse, back := hint("↑/↓", "browse"), hint("esc", "back")
	return screenKeys{
		short: []key.Binding{browse, back, k.Help},
		full:  [][]key.Binding{{browse, back, k.Help}},
	}
}

// painGateKeys are the pain gate's: Enter stops, as the safe choice.
func (k keyMap) painGateKeys() screenKeys {
	stop := hint("enter", "stop here (recommended)")
	return screenKeys{
		short: []key.Binding{stop, k.Gently, k.Help},
		full:  [][]key.Binding{{stop, k.Gently}, {k.Force, k.Help}},
	}
}

// quitKeys are the quit question's: quit with or without the pain now, or
// go on; a pending 1 waits for a 0.
func (k keyMap) quitKeys(one bool) screenKeys {
	pain := hint("0–9", "pain now & quit")
	if one {
		pain = hint("0", "for 10, any other key for 1")
	}
	return screenKeys{
		short: []key.Binding{pain, k.Yes, k.No},
		full:  [][]key.Binding{{pain, hint("1,0", "for 10"), k.Yes, k.No}},
	}
}
