package routines

import "strings"

// Pose pictures: each frame is drawn in box-drawing and block characters, at
// most 12 rows by 32 columns, all frames of a pose the same size. They are
// drawn for the left side; Mirror draws them for the right. Each is seen
// from where the worked leg (Exercise.Leg) is plain to see:
//
//   - side views show the person's left side, nearest you: standing,
//     kneeling or sitting up they face your left, lying face down their
//     head is on your left, lying face up it is on your right;
//   - fire hydrants are seen from behind, so the person's left is your
//     left and the left knee lifts out on your left;
//   - side-lying leg lifts are seen from the front, the person facing you,
//     lying on their right side with the head on your left, the top (left)
//     leg lifting.
//
// Frame 0 is the starting position, shown during lead-ins and for holds;
// the other frames are the movement's positions, which the tempo steps
// through (see Movement.Frames).
var (
	lungePicture = [][]string{{
		"            ●",
		"           ╱│╲",
		"            │",
		"            │",
		"       ▁▁▁▁╱│",
		"       │     ╲",
		"       │      ╲",
		"       │       ╲",
		"━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	kneelingPicture = [][]string{{
		"            ●",
		"           ╱│╲",
		"            │",
		"            │",
		"       ▁▁▁▁▁│",
		"       │     ╲",
		"       │      ╲▁▁▁▁▁▁",
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
	// The plank's easier version rests on the knees: the body slopes
	// straight from the shoulders to the knees, the feet are off the floor.
	kneePlankPicture = [][]string{{
		"",
		" ●━━━━━━━━▁▁▁▁▁▁▁▁",
		" ┃                ━━━━━━━━▁▁▁▁╱",
		"━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	// Side-lying leg lifts: the top leg lifts from the hip, a little, then
	// higher.
	legLiftPicture = [][]string{
		{
			"",
			"",
			"",
			"",
			"",
			" ●━━━━━━━━━━━━━━━━━━━━━━━━━╸",
			"━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"",
			"",
			"                        ▁▁▁▁",
			"                   ▁▁▁▁╱",
			" ●━━━━━━━━━━━━━━━━╱━━━━━━━━╸",
			"━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"",
			"                       ▁▁",
			"                     ▁╱",
			"                   ▁╱",
			" ●━━━━━━━━━━━━━━━━╱━━━━━━━━╸",
			"━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
	}
	// standingAtRail starts the standing drills: the far hand on a rail
	// that runs beside the person, its post behind their back and well
	// out of the swinging leg's way.
	standingAtRail = []string{
		"       ●",
		"      ╱│╲",
		"     ╱ │┗━━━━━━━┓",
		"       │        ┃",
		"       │        ┃",
		"       │        ┃",
		"━━━━━━━┷━━━━━━━━┻━",
	}
	// Hip circles: the knee lifted in front draws a circle; the frames are
	// its positions.
	hipCirclePicture = [][]string{
		standingAtRail,
		{
			"       ●",
			"      ╱│╲",
			"  ↺  ╱ │┗━━━━━━━┓",
			"    ▁▁▁│        ┃",
			"   │   │        ┃",
			"       │        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
		{
			"       ●",
			"      ╱│╲",
			"   ↺ ╱ │┗━━━━━━━┓",
			"      ▁│        ┃",
			"     │ │        ┃",
			"       │        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
		{
			"       ●",
			"      ╱│╲",
			"     ╱ │┗━━━━━━━┓",
			"   ↺   │        ┃",
			"      ╱│        ┃",
			"     │ │        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
	}
	// Leg swings: forward, then back, the post far behind the back swing.
	// The forward swing is as low as the back one, well short of
	// horizontal: the height is not to be forced.
	legSwingPicture = [][]string{
		standingAtRail,
		{
			"       ●",
			"      ╱│╲",
			"     ╱ │┗━━━━━━━┓",
			"       │        ┃",
			"      ╱│        ┃",
			"  ◀  ╱ │        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
		{
			"       ●",
			"      ╱│╲",
			"     ╱ │┗━━━━━━━┓",
			"       │        ┃",
			"       │╲       ┃",
			"       │ ╲ ▶    ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
	}
	// Fire hydrants, seen from behind: the back level on top, the thighs
	// (heavy) at the hips' width, the arms (light) further away under the
	// shoulders, the head beyond. The knee on your left goes out to the
	// side and up to hip height; the pelvis stays level.
	hydrantPicture = [][]string{
		{
			"             ●",
			"         ┏━━━┷━━━┓",
			"         ┃ │   │ ┃",
			"         ┃ │   │ ┃",
			"         ┃ │   │ ┃",
			"━━━━━━━━━┻━┷━━━┷━┻━━━━",
		},
		{
			"             ●",
			"         ┏━━━┷━━━┓",
			"        ╱  │   │ ┃",
			"       ╱   │   │ ┃",
			"           │   │ ┃",
			"━━━━━━━━━━━┷━━━┷━┻━━━━",
		},
		{
			"             ●",
			"         ┏━━━┷━━━┓",
			" ╺━━━━━━━┛ │   │ ┃",
			"           │   │ ┃",
			"           │   │ ┃",
			"━━━━━━━━━━━┷━━━┷━┻━━━━",
		},
	}
	// Foam rolling: face down on the forearms, the front of the hip on the
	// roller, the legs long on the floor behind.
	foamRollPicture = [][]string{{
		"              ◀ ▶",
		" ●▁▁▁▁▁▁▁▁▁▁▁▁▁▁",
		" ┃             ◯▔▔▔╲▁▁▁▁▁▁▁▁▁",
		"━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	// Pigeon pose, from the side of the bent front leg: straight arms
	// on the floor, the trunk sloping back to the hips, the front leg
	// folded flat on the floor under it with the knee by the hands, the
	// other leg long on the floor behind.
	pigeonPicture = [][]string{{
		"    ●",
		"    ┃╲",
		"    ┃ ╲",
		"    ┃  ╲",
		"    ┃ ▁▁▁╲",
		"    ┃╱▁▁▁▁╲▁▁▁▁▁▁▁▁▁▁▁▁",
		"━━━━┻━━━━━━━━━━━━━━━━━━━",
	}}
	// The lying figure-four, pigeon's easier version: on the back, head
	// on your right; the other leg's knee bent up, its foot on the floor;
	// the worked leg's shin lies across that knee and its thigh comes
	// back down to the hip, the two legs making a "4".
	figureFourPicture = [][]string{{
		"      ╱╲▁▁▁▁",
		"     ╱  ╲   ╲",
		"    ╱    ╲   ╲",
		"   ╱      ╲▁▁▁╲━━━━━━●",
		"━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	// The standing split-stance stretch, the kneeling stretch's easier
	// version: holding a chair, the worked leg back.
	splitStancePicture = [][]string{{
		"           ●",
		"          ╱│╲",
		"      ┃▁▁╱ │",
		"      ┃    │",
		"   ┏━━┫    │",
		"   ┃  ┃    ╱╲",
		"   ┃  ┃   ╱  ╲",
		"   ┃  ┃  │    ╲",
		"━━━┻━━┻━━━━━━━━━━━━━━━━",
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

// Turned draws a frame for a movement the other way round: every turning
// arrow reversed (↺ for ↻), the columns kept. Hip circles go outward and
// then inward, and the arrow follows.
func Turned(p []string) []string {
	out := make([]string, len(p))
	turn := strings.NewReplacer("↺", "↻", "↻", "↺")
	for i, line := range p {
		out[i] = turn.Replace(line)
	}
	return out
}

// FramesFor is the exercise's picture for a movement in direction: its
// frames as drawn for the first of its pace's directions (or none), and
// Turned for any later one, so the arrow follows the direction called.
func (e Exercise) FramesFor(direction string) [][]string {
	if e.Pace == nil || len(e.Pace.Directions) < 2 || direction == "" || direction == e.Pace.Directions[0] {
		return e.Frames
	}
	out := make([][]string, len(e.Frames))
	for i, f := range e.Frames {
		out[i] = Turned(f)
	}
	return out
}

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

// The easier and harder versions' own pictures, so the picture always shows
// the version being done.
var (
	// standingBothHands starts the easier standing drills: both hands
	// back on the rail, none hanging free.
	standingBothHands = []string{
		"       ●",
		"       │╲",
		"       │ ┗━━━━━━┓",
		"       │        ┃",
		"       │        ┃",
		"       │        ┃",
		"━━━━━━━┷━━━━━━━━┻━",
	}
	// Small hip circles: both hands on the rail, the knee lifted only a
	// little, drawing a smaller circle.
	smallHipCirclePicture = [][]string{
		standingBothHands,
		{
			"       ●",
			"       │╲",
			"       │ ┗━━━━━━┓",
			"   ↺   │        ┃",
			"     ╱▔│        ┃",
			"     │ │        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
		{
			"       ●",
			"       │╲",
			"       │ ┗━━━━━━┓",
			"    ↺  │        ┃",
			"      ╱│        ┃",
			"      ││        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
		{
			"       ●",
			"       │╲",
			"       │ ┗━━━━━━┓",
			"   ↺   │        ┃",
			"      ╱│        ┃",
			"     ╱ │        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
	}
	// Small leg swings: both hands on the rail, a smaller arc.
	smallLegSwingPicture = [][]string{
		standingBothHands,
		{
			"       ●",
			"       │╲",
			"       │ ┗━━━━━━┓",
			"       │        ┃",
			"       │        ┃",
			"   ◀  ╱│        ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
		{
			"       ●",
			"       │╲",
			"       │ ┗━━━━━━┓",
			"       │        ┃",
			"       │        ┃",
			"       │╲ ▶     ┃",
			"━━━━━━━┷━━━━━━━━┻━",
		},
	}
	// Fire hydrants with a smaller lift: the knee goes out only part way.
	smallHydrantPicture = [][]string{
		hydrantPicture[0],
		{
			"             ●",
			"         ┏━━━┷━━━┓",
			"         ┃ │   │ ┃",
			"        ╱  │   │ ┃",
			"       ╱   │   │ ┃",
			"━━━━━━━━━━━┷━━━┷━┻━━━━",
		},
		{
			"             ●",
			"         ┏━━━┷━━━┓",
			"        ╱  │   │ ┃",
			"       ╱   │   │ ┃",
			"           │   │ ┃",
			"━━━━━━━━━━━┷━━━┷━┻━━━━",
		},
	}
	// Small glute bridges: the feet closer in, the hips lifted only a
	// little.
	smallBridgePicture = [][]string{
		{
			"",
			"",
			"               ╱╲",
			" ●━━━━━━━━━━━━╱  │",
			"━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"",
			"           ▁▁▁╱╲",
			" ●━━━━━━━━╱      │",
			"━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"",
			"        ▁▁▁▁▁▁╱╲",
			" ●━━━━━╱         │",
			"━━━━━━━━━━━━━━━━━━━━━━",
		},
	}
	// Single-leg glute bridges: one foot on the floor, the other leg held
	// out straight in line with the thigh; the hips lift level.
	singleLegBridgePicture = [][]string{
		{
			"",
			"                 ╱╲",
			"                ╱  ━━━━━",
			" ●━━━━━━━━━━━━━╱    ╲",
			"━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"",
			"           ╱▔▔▔▔▔╲",
			"          ╱       ━━━━━",
			" ●━━━━━━━╱         ╲",
			"━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
		{
			"          ▁▁▁▁▁▁▁",
			"        ╱▔       ╲━━━━━",
			"      ╱           ╲",
			" ●━━━╱             ╲",
			"━━━━━━━━━━━━━━━━━━━━━━━━━",
		},
	}
	// Side-lying leg lifts with the bottom knee bent forward for
	// stability, the top leg lifting a little.
	bentKneeLegLiftPicture = [][]string{
		{
			"",
			"",
			"",
			"",
			" ●━━━━━━━━━━━━━━━━━━━━━━━━━╸",
			"━━━━━━━━━━━━━━━━━━╲━━━━╱━━━━",
		},
		{
			"",
			"",
			"                        ▁▁▁▁",
			"                   ▁▁▁▁╱",
			" ●━━━━━━━━━━━━━━━━╱",
			"━━━━━━━━━━━━━━━━━━╲━━━━╱━━━━",
		},
		{
			"",
			"                       ▁▁",
			"                     ▁╱",
			"                   ▁╱",
			" ●━━━━━━━━━━━━━━━━╱",
			"━━━━━━━━━━━━━━━━━━╲━━━━╱━━━━",
		},
	}
	// The lunge holding a chair: a shorter step, one hand on the chair's
	// back in front.
	chairLungePicture = [][]string{{
		"            ●",
		"           ╱│",
		"   ┃▁▁▁▁▁▁╱ │",
		"   ┃        │",
		"   ┣━━┓ ▁▁▁╱╲",
		"   ┃  ┃ │    ╲",
		"   ┃  ┃ │     ╲",
		"━━━┻━━┻━━━━━━━━━━━━━━",
	}}
	// The lunge with the back leg's arm reaching up overhead.
	lungeReachPicture = [][]string{{
		"              ╱",
		"            ●╱",
		"           ╱│",
		"            │",
		"            │",
		"       ▁▁▁▁╱│",
		"       │     ╲",
		"       │      ╲",
		"       │       ╲",
		"━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	// The kneeling stretch with the kneeling side's arm reaching up
	// overhead.
	kneelingReachPicture = [][]string{{
		"              ╱",
		"            ●╱",
		"           ╱│",
		"            │",
		"            │",
		"       ▁▁▁▁▁│",
		"       │     ╲",
		"       │      ╲▁▁▁▁▁▁",
		"━━━━━━━━━━━━━━━━━━━━━━━━",
	}}
	// Lighter foam rolling: the other leg bent out to the side, its knee
	// on the floor in front of the roller, takes weight, the forearms
	// more.
	lightFoamRollPicture = [][]string{{
		"              ◀ ▶",
		" ●▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁",
		" ┃           ╱▔▔◯▔▔▔╲▁▁▁▁▁▁▁▁▁",
		"━┻━━━━━━━━━━━┷━━━━━━━━━━━━━━━━━",
	}}
	// The supported butterfly, from the front: sitting up on a cushion,
	// the feet further out, the knees lower.
	supportedButterflyPicture = [][]string{{
		"         ●",
		"        ╱│╲",
		"       ╱ │ ╲",
		" ╲▁▁▁▁▁▁▁┴▁▁▁▁▁▁▁╱",
		"  ╲▁▁▁▁▁▁▁▁▁▁▁▁▁╱",
		"      ▄▄▄▄▄▄▄",
		"━━━━━━━━━━━━━━━━━━━",
	}}
)
