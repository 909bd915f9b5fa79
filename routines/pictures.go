package routines

import "strings"

// Pose pictures: each frame is drawn in box-drawing and block characters, at
// most 12 rows by 32 columns, seen from the side (or from behind or the
// front where the movement is sideways). Pictures face the way the left side
// is worked; Mirror draws them for the right.
// Frame 0 is the starting position, shown during lead-ins and
// for holds; the other frames are the movement's positions, which the tempo
// steps through (see Movement.Frames).
var (
	lungePicture = [][]string{{
		"           ●",
		"          ╱│╲",
		"           │",
		"           │",
		"           │╲▁▁▁▁",
		"          ╱     │",
		"         ╱      │",
		"        ╱       │",
		"━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	kneelingPicture = [][]string{{
		"           ●",
		"          ╱│╲",
		"           │",
		"           │",
		"           │▁▁▁▁▁",
		"          ╱     │",
		"   ▁▁▁▁▁▁╱      │",
		"━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	bridgePicture = [][]string{
		{
			"",
			"                 ╱╲",
			" ●━━━━━━━━━━━━━━╱  ╲",
			"━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"           ╱▔▔▔▔▔╲",
			" ●━━━━━━━━╱       ╲",
			"━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"          ▁▁▁▁▁▁▁",
			"        ╱▔       ╲",
			" ●━━━━╱           ╲",
			"━━━━━━━━━━━━━━━━━━━━━━━━",
		},
	}
	plankPicture = [][]string{{
		"",
		" ●━━━━━━━━━━━━━━━━━━━━━╮",
		" ┃                      ╲",
		"━┻━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	legLiftPicture = [][]string{
		{
			"",
			"",
			" ●━━━━━━━━━━━━━━━━━━━━━━━━",
			"━━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"               ▁▁▁▁▁▁▁▁▁▁",
			" ●━━━━━━━━━━━━━━━━━━━━━━━━",
			"━━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"                  ╱",
			"                 ╱",
			" ●━━━━━━━━━━━━━━╱━━━━━━━━━",
			"━━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
	}
	// standingAtSupport starts the standing drills: one hand on a wall or
	// chair.
	standingAtSupport = []string{
		" ┃    ●",
		" ┃   ╱│╲",
		" ┃  ╱ │",
		" ┃    │",
		" ┃   ╱ ╲",
		" ┃  ╱   ╲",
		"━┻━━━━━━━━━━━━━",
	}
	hipCirclePicture = [][]string{
		standingAtSupport,
		{
			" ┃    ●",
			" ┃   ╱│╲",
			" ┃  ╱ │    ↻",
			" ┃    │▁▁▁",
			" ┃    │   │",
			" ┃    │",
			"━┻━━━━━━━━━━━━━",
		},
		{
			" ┃    ●",
			" ┃   ╱│╲",
			" ┃  ╱ │ ↻",
			" ┃    │╲",
			" ┃    │ ╲▁",
			" ┃    │",
			"━┻━━━━━━━━━━━━━",
		},
		{
			" ┃    ●",
			" ┃   ╱│╲",
			" ┃  ╱ │",
			" ┃    │▁▁ ↻",
			" ┃    │  ╲",
			" ┃    │",
			"━┻━━━━━━━━━━━━━",
		},
	}
	legSwingPicture = [][]string{
		standingAtSupport,
		{
			" ┃    ●",
			" ┃   ╱│╲",
			" ┃  ╱ │",
			" ┃    │▁▁▁▁▁▶",
			" ┃    │",
			" ┃    │",
			"━┻━━━━━━━━━━━━━",
		},
		{
			" ┃    ●",
			" ┃   ╱│╲",
			" ┃  ╱ │",
			" ┃   ╱│",
			" ┃  ╱ │",
			" ┃ ◀  │",
			"━┻━━━━━━━━━━━━━",
		},
	}
	// Fire hydrants are seen from behind: the knee goes out to the side.
	hydrantPicture = [][]string{
		{
			"       ●",
			"   ┏━━━━━━━┓",
			"   ┃       ┃",
			"   ┃       ┃",
			"━━━┻━━━━━━━┻━━━━━━━",
		},
		{
			"       ●",
			"   ┏━━━━━━━┓",
			"   ┃        ╲",
			"   ┃         ╲",
			"━━━┻━━━━━━━━━━┻━━━━",
		},
		{
			"       ●",
			"   ┏━━━━━━━━━━━━┓",
			"   ┃            ┃",
			"   ┃",
			"━━━┻━━━━━━━━━━━━━━━",
		},
	}
	foamRollPicture = [][]string{{
		"",
		" ●━━━━━━━━━━━━━━━━━━━━━━╮",
		" ┃       ◀ ◯ ▶           ╲",
		"━┻━━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	pigeonPicture = [][]string{{
		"           ●",
		"          ╱│╲",
		"         ╱ │ ╲",
		"           │",
		" ▁▁▁▁▁▁▁▁▁╱▔▔▔▔╲▁",
		"━━━━━━━━━━━━━━━━━━━━",
	}}
	// The butterfly is seen from the front: knees fall out to both sides.
	butterflyPicture = [][]string{{
		"        ●",
		"       ╱│╲",
		"      ╱ │ ╲",
		" ╲▁▁▁▁▁▁┴▁▁▁▁▁▁╱",
		"  ╲▁▁▁▁▁▁▁▁▁▁▁╱",
		"━━━━━━━━━━━━━━━━━",
	}}
)

// mirrors pairs every glyph with its left-right reflection. Glyphs that are
// their own reflection map to themselves, so a test can check that every
// glyph a picture uses is known here.
var mirrors = map[rune]rune{
	'╱': '╲', '╲': '╱', '◀': '▶', '▶': '◀', '(': ')', ')': '(', '/': '\\', '\\': '/',
	'▌': '▐', '▐': '▌', '┏': '┓', '┓': '┏', '┗': '┛', '┛': '┗', '╭': '╮', '╮': '╭',
	'╰': '╯', '╯': '╰', '↻': '↺', '↺': '↻', '<': '>', '>': '<', '┣': '┫', '┫': '┣',
	'▖': '▗', '▗': '▖', '▘': '▝', '▝': '▘', '╸': '╺', '╺': '╸',
	' ': ' ', '●': '●', '◯': '◯', '│': '│', '┃': '┃', '━': '━', '▁': '▁', '▔': '▔',
	'┻': '┻', '┷': '┷', '┴': '┴', '█': '█', '─': '─', '═': '═',
}

// Mirror draws a picture as seen in a mirror, for the right side: columns
// reversed within the picture's width and every glyph reflected. Unknown
// glyphs are kept as they are (a test makes sure there are none).
func Mirror(p []string) []string {
	w := Width(p)
	out := make([]string, len(p))
	for i, line := range p {
		r := []rune(line)
		m := make([]rune, w)
		for j := range m {
			m[j] = ' '
		}
		for j, c := range r {
			if f, ok := mirrors[c]; ok {
				c = f
			}
			m[w-1-j] = c
		}
		out[i] = strings.TrimRight(string(m), " ")
	}
	return out
}

// Width is the widest line of a picture, in cells (every glyph used is one
// cell wide).
func Width(p []string) int {
	w := 0
	for _, line := range p {
		w = max(w, len([]rune(line)))
	}
	return w
}
