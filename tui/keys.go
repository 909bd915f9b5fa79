package tui

import "charm.land/bubbles/v2/key"

// keyMap is every key hipcoach answers to. The same bindings drive the
// behaviour and the help line, so the help can never lie.
type keyMap struct {
	Pause key.Binding
	Next  key.Binding
	Back  key.Binding
	Quit  key.Binding
	Help  key.Binding
	// Close shuts an overlay (the full help, the library) without quitting.
	Close   key.Binding
	Force   key.Binding
	Enter   key.Binding
	Up      key.Binding
	Down    key.Binding
	Prevent key.Binding
	Relief  key.Binding
	Yes     key.Binding
	No      key.Binding
	Again   key.Binding
	Library key.Binding
	Toggle  key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Pause:   key.NewBinding(key.WithKeys("space", "p"), key.WithHelp("space", "pause")),
		Next:    key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n/→", "next")),
		Back:    key.NewBinding(key.WithKeys("b", "left"), key.WithHelp("b/←", "back")),
		Quit:    key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Close:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
		Force:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Enter:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Prevent: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "prevention")),
		Relief:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "relief")),
		Yes:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, quit")),
		No:      key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "no, go on")),
		Again:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "again")),
		Library: key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "library")),
		Toggle:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "step on/off")),
	}
}

// sessionHelp is the session screen's help: short on one line, full with ?.
type sessionHelp keyMap

// ShortHelp is the one-line key help under the session.
func (k sessionHelp) ShortHelp() []key.Binding {
	return []key.Binding{k.Pause, k.Next, k.Back, k.Quit, k.Help}
}

// FullHelp is every key, shown with ?, in two columns.
func (k sessionHelp) FullHelp() [][]key.Binding {
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
	return [][]key.Binding{{pause, next, back}, {lib, quit, k.Force, help}}
}
