package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/hipcoach/hipcoach/routines"
)

// openLibraryMsg asks the root to show the exercise library over the
// screen on show, at the exercise with this ID (or the first).
type openLibraryMsg struct{ id string }

// libraryClosedMsg tells the root to go back to where the library was
// opened from.
type libraryClosedMsg struct{}

// libraryModel is the exercise library: every exercise of the article with
// its picture, cues, common mistake, dosage and source, like a handout.
type libraryModel struct {
	c      *common
	cursor int
	// list is the list of exercises beside the entry, scrolled to keep
	// the cursor in view on a short terminal.
	list viewport.Model
}

// newLibrary opens the library at the exercise with this ID, or the first.
func newLibrary(c *common, id string) libraryModel {
	m := libraryModel{c: c, list: viewport.New()}
	for i, e := range routines.Exercises {
		if e.ID == id {
			m.cursor = i
		}
	}
	return m
}

// update browses the exercises and closes the library.
func (m libraryModel) update(msg tea.Msg) (libraryModel, tea.Msg) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	keys, n := m.c.keys, len(routines.Exercises)
	switch {
	case key.Matches(k, keys.Up), key.Matches(k, keys.Back):
		m.cursor = (m.cursor + n - 1) % n
	case key.Matches(k, keys.Down), key.Matches(k, keys.Next):
		m.cursor = (m.cursor + 1) % n
	case key.Matches(k, keys.Quit), key.Matches(k, keys.Library):
		return m, libraryClosedMsg{}
	}
	return m, nil
}

// view is the list beside the entry, or the entry alone when narrow.
func (m libraryModel) view() string {
	st := m.c.styles
	w := m.c.width - 4
	e := routines.Exercises[m.cursor]
	hints := m.c.keyLine(m.c.keys.libraryKeys())
	title := st.accent.Render("hipcoach") + st.dim.Render(fmt.Sprintf(" · exercise library · %d of %d", m.cursor+1, len(routines.Exercises)))

	// The entry's room: the page less the title, the hints and two gaps.
	room := m.c.height - 2 - 3 - lipgloss.Height(hints)
	// A list beside the entry when there is room for both.
	listW := 0
	for _, x := range routines.Exercises {
		listW = max(listW, len(x.Name)+2)
	}
	if w-listW-3 < 50 {
		return m.c.page(title + "\n\n" + entryView(st, e, w, room) + "\n\n" + hints)
	}
	body := lipgloss.JoinHorizontal(lipgloss.Top, m.listView(listW, room), "   ", entryView(st, e, w-listW-3, room))
	return m.c.page(title + "\n\n" + body + "\n\n" + hints)
}

// listView is the list of exercises, w wide and at most h tall, the
// cursor's line in its middle when it has to scroll.
func (m libraryModel) listView(w, h int) string {
	st := m.c.styles
	var list []string
	for i, x := range routines.Exercises {
		if i == m.cursor {
			list = append(list, st.accent.Render("▸ "+x.Name))
		} else {
			list = append(list, "  "+x.Name)
		}
	}
	vp := m.list
	vp.SetWidth(w)
	vp.SetHeight(max(min(len(list), h), 1))
	vp.SetContentLines(list)
	vp.SetYOffset(m.cursor - vp.Height()/2)
	return vp.View()
}

// entryView is one exercise's handout, wrapped to width w and, where it
// can be, to h lines: on a short terminal the source goes first, then the
// picture, so the cues and the dose stay on show.
func entryView(st styles, e routines.Exercise, w, h int) string {
	// What gives way on a short terminal, in turn: the source, the picture,
	// the easier and harder versions' cues (their names stay), the
	// purpose, the legs of each side, the feel line, the stop cues' own
	// lines and the gap before the dose, the versions' names. The cues,
	// the stop cues, the mistake and the dose stay.
	show := entryShows{picture: true, source: true, variantCues: true, purpose: true, sides: true, feel: true, roomy: true, variants: true}
	gives := []*bool{&show.source, &show.picture, &show.variantCues, &show.purpose, &show.sides, &show.feel, &show.roomy, &show.variants}
	out := entryParts(st, e, w, show)
	for _, part := range gives {
		if lipgloss.Height(out) <= h {
			break
		}
		*part = false
		out = entryParts(st, e, w, show)
	}
	return out
}

// entryShows says which of the handout's optional parts to show.
// roomy gives each cue and each stop cue its own line, and the dose a
// line of space.
type entryShows struct {
	picture, source, variantCues, purpose, sides, feel, roomy, variants bool
}

// entryParts is the handout with or without its picture, its source and
// its easier and harder versions.
func entryParts(st styles, e routines.Exercise, w int, show entryShows) string {
	wrap := wrapTo(w)
	var b strings.Builder
	b.WriteString(st.name.Render(e.Name) + st.dim.Render(" · "+e.UsedIn()) + "\n")
	if show.purpose {
		// The purpose and its gap go together, when room is short.
		b.WriteString(wrap.Render(e.Purpose) + "\n\n")
	}
	// The start position and the movement side by side, if they fit.
	if pics := PoseStrip(e.Frames, w); show.picture && pics != "" {
		b.WriteString(st.pose.Render(pics) + "\n\n")
	}
	cues := e.Cues
	if !show.roomy {
		cues = []string{strings.Join(e.Cues, " ")} // one paragraph: fewer lines
	}
	for _, c := range cues {
		b.WriteString(bullet(c, w) + "\n")
	}
	if e.Feel != "" && show.feel {
		b.WriteString(bullet(st.title.Render("Feel it: ")+lowerFirst(e.Feel), w) + "\n")
	}
	// Each side says which leg does what: what LEFT means here.
	for _, side := range e.Sides() {
		if show.sides {
			// "LEFT side: left knee down, …", as the session shows it.
			name, leg, _ := strings.Cut(side, ":")
			b.WriteString(bullet(strings.ToUpper(name)+" side:"+leg, w) + "\n")
		}
	}
	// The exercise's own stop cue and the general rule: both hold.
	stops := e.StopCues()
	if !show.roomy {
		stops = []string{e.StopText()}
	}
	for _, stop := range stops {
		b.WriteString(st.warn.Render(hanging("!", stop, w)) + "\n")
	}
	if e.ID == routines.FoamRolling.ID {
		b.WriteString(st.warn.Render(hanging("!", routines.FreshInjuryCaveat, w)) + "\n")
	}
	b.WriteString(bullet(st.warn.Render("Avoid: ")+lowerFirst(e.Mistake), w) + "\n")
	b.WriteString(variantLines(st, e, w, show))
	if show.roomy {
		b.WriteString("\n")
	}
	b.WriteString(wrap.Render(st.title.Render("Dose: ") + e.DoseText()))
	if show.source {
		b.WriteString("\n" + st.dim.Render(wrap.Render("Source: "+e.Source)))
	}
	return b.String()
}

// variantLines are the easier and harder versions: each with its cues, or
// their names on one line when short of room, or nothing.
func variantLines(st styles, e routines.Exercise, w int, show entryShows) string {
	if !show.variants {
		return ""
	}
	var b strings.Builder
	var names []string
	for _, v := range []string{routines.VariantEasier, routines.VariantHarder} {
		if !e.Has(v) {
			continue
		}
		x := e.WithVariant(v)
		label := st.title.Render(strings.ToUpper(v[:1]) + v[1:] + ": ")
		if show.variantCues {
			b.WriteString(bullet(label+x.Name+". "+strings.Join(x.Cues, " "), w) + "\n")
		}
		names = append(names, label+x.Name)
	}
	if !show.variantCues && len(names) > 0 {
		b.WriteString(bullet(strings.Join(names, " · "), w) + "\n")
	}
	return b.String()
}

// PoseStrip draws a pose's frames side by side: all of them if they fit in
// w columns (or w is 0), else the start and the end of the movement, else
// the start alone. The library screen and "hipcoach exercises" share it.
func PoseStrip(frames [][]string, w int) string {
	join := func(fs [][]string) string {
		var cols []string
		for i, f := range fs {
			if i > 0 {
				cols = append(cols, "   ")
			}
			cols = append(cols, lipgloss.NewStyle().Width(routines.Width(f)).Render(strings.Join(f, "\n")))
		}
		return lipgloss.JoinHorizontal(lipgloss.Bottom, cols...)
	}
	if len(frames) == 0 {
		return ""
	}
	for _, fs := range [][][]string{frames, {frames[0], frames[len(frames)-1]}} {
		if v := join(fs); w == 0 || lipgloss.Width(v) <= w {
			return v
		}
	}
	return join(frames[:1])
}
