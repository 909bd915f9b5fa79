// Package routines holds what a hipcoach session is made of: the article's
// exercises as plain data, the two routines built from them, and the Plan
// that turns a routine into an ordered list of timed phases. It knows
// nothing of terminals or clocks, so every figure a user sees (steps, sides,
// totals) can be checked by a table test.
package routines

import (
	"strings"
	"time"
)

// Kind says how an exercise is worked, which decides the phase word shown on
// screen and which duration option applies to it.
type Kind int

const (
	// Hold is a static position held for the --hold time (stretches, plank).
	Hold Kind = iota
	// Move is a controlled, repeated movement counted in reps at a tempo
	// (bridges, leg lifts, mobility drills).
	Move
	// Roll is foam rolling, timed by --roll.
	Roll
)

// String is the kind's phase word in lower case, as used in running text.
func (k Kind) String() string {
	switch k {
	case Move:
		return "move"
	case Roll:
		return "roll"
	default:
		return "hold"
	}
}

// Exercise is one movement from the article, with what a physiotherapist's
// handout would give: purpose, technique cues, the common mistake, the dose
// and a picture. Every sentence is phrased from the article or
// shared/content.md, and Source says which.
type Exercise struct {
	// ID is the stable, lower-case name used on the command line and in tests.
	ID string
	// Name is what the user reads, in sentence case.
	Name string
	// Purpose is one line on why the exercise is in the routine.
	Purpose string
	// Sided exercises are done on the left, then on the right.
	Sided bool
	// Kind picks the phase word and the duration option.
	Kind Kind
	// Cues are two to four technique reminders; during a hold they take
	// turns on screen.
	Cues []string
	// Mistake is the one thing people most often get wrong.
	Mistake string
	// Pace is the dosage of a rep-counted exercise; nil for holds and rolls,
	// which last --hold or --roll.
	Pace *Pace
	// Dose describes the dosage of holds and rolls in words, for the library.
	Dose string
	// Source says where the exercise and its cues come from.
	Source string
	// Frames are the pose pictures; frame 0 is the starting position.
	Frames [][]string
	// Stop says when to stop or move off: the exercise's own stop cue
	// from the content notes, or GeneralStop. It is not among Cues:
	// views show it for the whole lead-in and hold, and the voice says it
	// once at the start of the step.
	Stop string
	// Legs says, for a sided exercise, what the worked leg and the other one
	// do, with {leg} standing for the side's leg and {other} for the other:
	// "{leg} knee down, {other} foot forward". Leg fills it in. "" for
	// exercises done on both sides at once.
	Legs string
	// Easier is the library's easier version (a regression): smaller,
	// supported or less loaded. WithVariant(VariantEasier) applies it.
	Easier Variant
	// Variant is "" for the library's own version, or the variant applied
	// by WithVariant.
	Variant string
}

// Variant is an easier version of an exercise. Its Name and Cues replace
// the exercise's; its other fields, when set, replace the exercise's too
// (a different position needs its own leg phrase and picture), and when
// empty keep them.
type Variant struct {
	// Name is what the user reads instead of the exercise's name.
	Name string
	// Cues are one or two technique reminders, complete on their own.
	Cues []string
	// Stop, Legs, Mistake and Frames replace the exercise's when not empty.
	Stop, Legs, Mistake string
	Frames              [][]string
}

// WithVariant returns the exercise as the variant v asks: for
// VariantEasier a copy with the easier version's name, cues and, where it
// has its own, leg phrase, stop cue, mistake and picture, and Variant set.
// For "" and any other v (which config validation refuses) it returns e
// unchanged. ID, Kind, Pace and dosage stay the exercise's, so a step's
// time and its history record do not change.
func (e Exercise) WithVariant(v string) Exercise {
	if v != VariantEasier || e.Easier.Name == "" {
		return e
	}
	x := e.Easier
	e.Name = x.Name
	e.Cues = x.Cues
	if x.Stop != "" {
		e.Stop = x.Stop
	}
	if x.Legs != "" {
		e.Legs = x.Legs
	}
	if x.Mistake != "" {
		e.Mistake = x.Mistake
	}
	if x.Frames != nil {
		e.Frames = x.Frames
	}
	e.Variant = v
	return e
}

// Leg says which leg does what on side s, e.g. for the kneeling stretch on
// the left "left knee down, right foot forward": the side names the leg
// being worked. It is "" for NoSide and for exercises without sides.
func (e Exercise) Leg(s Side) string {
	if s == NoSide || e.Legs == "" {
		return ""
	}
	other := Left
	if s == Left {
		other = Right
	}
	return strings.NewReplacer("{leg}", s.String(), "{other}", other.String()).Replace(e.Legs)
}

// Work words of a repetition, shared by the strength moves.
func liftTempo(up, hold, down string) []Movement {
	return []Movement{
		{Word: "up", Cue: up, Duration: 2 * time.Second, Frames: []int{1, 2}},
		{Word: "hold", Cue: hold, Duration: time.Second, Frames: []int{2}},
		{Word: "down", Cue: down, Duration: 2 * time.Second, Frames: []int{1, 0}},
	}
}

// Where the library says each exercise comes from, in words a user can look
// up: the article by its title, the studies by author and journal, and
// "common coaching practice" for technique that has no single source.
const (
	// Article is the title of the article the routines follow.
	Article    = "“How Do I Get Rid of Iliopsoas Pain?”"
	srcArticle = Article + " (prevention exercises and their table). Technique: common coaching practice."
	srcDosage  = " Dosage: ACSM guidelines for novices, 1 set of 10–15 reps at about 2 s up, a short pause, 2 s down."
	srcFAQ     = "The FAQ of " + Article + " (effective stretches, about 30 s). Technique: common yoga and physiotherapy practice."
	srcMobile  = Article + " (mobility exercises). Technique: common coaching practice."
	srcRelief  = Article + " (alleviating exercises). Technique: common coaching practice."
)

// The article's exercises. Purposes follow the article's exercise table;
// cues, mistakes and dosage follow shared/content.md.
var (
	HipCircles = Exercise{
		ID: "hip-circles", Name: "Hip circles", Kind: Move, Sided: true,
		Purpose: "Keeps the hip joint mobile (warm-up).",
		Cues: []string{
			"Stand tall, one hand on a wall or chair for balance.",
			"Lift one knee and draw slow circles with it.",
			"Keep the trunk still; let the hip do the work.",
		},
		Mistake: "Moving fast or swinging the trunk.",
		Stop:    GeneralStop,
		Legs:    "circle the {leg} leg, stand on the {other}",
		Easier: Variant{
			Name: "Small hip circles",
			Cues: []string{
				"Both hands on the support; stand tall.",
				"Lift one knee and draw smaller, slow circles with it.",
			},
		},
		Pace: &Pace{Reps: 20, Unit: "circles", Directions: []string{"outward", "inward"},
			Tempo: []Movement{{Word: "circle", Cue: "One slow circle with the knee.", Duration: 3 * time.Second, Frames: []int{1, 2, 3}}}},
		Source: srcMobile + " Dosage: about 10 each way per leg, usual for dynamic mobility.",
		Frames: hipCirclePicture,
	}
	LegSwings = Exercise{
		ID: "leg-swings", Name: "Leg swings", Kind: Move, Sided: true,
		Purpose: "Dynamic range of motion for the hip (warm-up).",
		Cues: []string{
			"Hold a support and stand tall.",
			"Swing one leg forward and back in a relaxed, controlled arc.",
			"Keep the trunk upright.",
		},
		Mistake: "Forcing the height of the swing.",
		Stop:    GeneralStop,
		Legs:    "swing the {leg} leg, stand on the {other}",
		Easier: Variant{
			Name: "Small leg swings",
			Cues: []string{
				"Both hands on the support; stand tall.",
				"Swing one leg forward and back in a smaller, relaxed arc.",
			},
		},
		Pace: &Pace{Reps: 10, Unit: "swings", Tempo: []Movement{
			{Word: "forward", Cue: "Swing the leg forward.", Duration: time.Second, Frames: []int{1}},
			{Word: "back", Cue: "Swing it back, relaxed.", Duration: time.Second, Frames: []int{2}},
		}},
		Source: srcMobile + " Dosage: about 10 per leg, usual for dynamic mobility.",
		Frames: legSwingPicture,
	}
	FireHydrants = Exercise{
		ID: "fire-hydrants", Name: "Fire hydrants", Kind: Move, Sided: true,
		Purpose: "Hip mobility and glute strength (warm-up).",
		Cues: []string{
			"On hands and knees, back flat.",
			"Lift one bent knee out to the side, then lower it.",
			"Keep the pelvis level.",
		},
		Mistake: "Leaning the body away from the lifting leg.",
		Stop:    GeneralStop,
		Legs:    "lift the {leg} knee out to the side",
		Easier: Variant{
			Name: "Fire hydrants, smaller lift",
			Cues: []string{
				"On hands and knees, back flat.",
				"Lift the bent knee only a little out to the side; keep the pelvis level.",
			},
		},
		Pace:   &Pace{Reps: 12, Tempo: liftTempo("Lift the knee out to the side.", "Hold it, pelvis level.", "Lower with control.")},
		Source: srcMobile + srcDosage,
		Frames: hydrantPicture,
	}
	GluteBridges = Exercise{
		ID: "glute-bridges", Name: "Glute bridges", Kind: Move,
		Purpose: "Strengthens the glutes and core that support the hips.",
		Cues: []string{
			"On your back, knees bent, feet flat and hip-width apart.",
			"Press through the heels until knees, hips and shoulders line up.",
			"Squeeze the glutes at the top; lower slowly.",
			"Breathe out as you lift.",
		},
		Mistake: "Pushing up by arching the low back.",
		Stop:    "Stop if the low back aches.",
		Easier: Variant{
			Name: "Small glute bridges",
			Cues: []string{
				"On your back, knees bent, feet flat and a little closer in.",
				"Press through the heels and lift the hips only a little; lower slowly.",
			},
		},
		Pace:   &Pace{Reps: 12, Tempo: liftTempo("Breathe out, press through the heels, lift the hips.", "Squeeze the glutes.", "Lower slowly.")},
		Source: srcArticle + srcDosage,
		Frames: bridgePicture,
	}
	Plank = Exercise{
		ID: "plank", Name: "Plank", Kind: Hold,
		Purpose: "Builds core strength to support the hips and low back.",
		Cues: []string{
			"Forearms under the shoulders, body straight from head to heels.",
			"Brace the core and breathe steadily.",
		},
		Mistake: "Letting the hips sag or pike up.",
		Stop:    "Stop if the low back aches.",
		Easier: Variant{
			Name: "Plank on the knees",
			Cues: []string{
				"Forearms under the shoulders, knees on the floor.",
				"Body straight from head to knees; brace the core.",
			},
			Frames: kneePlankPicture,
		},
		Dose:   "A held position: 20–30 s for a beginner (--hold, 30 s by default).",
		Source: srcArticle + " Dosage: a held position, 20–30 s for a beginner.",
		Frames: plankPicture,
	}
	SideLyingLegLifts = Exercise{
		ID: "side-lying-leg-lifts", Name: "Side-lying leg lifts", Kind: Move, Sided: true,
		Purpose: "Strengthens the outer hip, which supports the iliopsoas.",
		Cues: []string{
			"Lie on your side, legs straight and stacked.",
			"Lift the top leg slowly, toes pointing forward.",
			"Lower it with control.",
		},
		Mistake: "Rolling the hips backward to lift higher.",
		Stop:    GeneralStop,
		Legs:    "lie on your {other} side, lift the {leg} leg",
		Easier: Variant{
			Name: "Side-lying leg lifts, bottom knee bent",
			Cues: []string{
				"Lie on your side and bend the bottom knee for stability.",
				"Lift the top leg only a little, toes forward; lower with control.",
			},
		},
		Pace:   &Pace{Reps: 12, Tempo: liftTempo("Lift the top leg, toes forward.", "Hold it there.", "Lower with control.")},
		Source: srcArticle + srcDosage,
		Frames: legLiftPicture,
	}
	LungeStretch = Exercise{
		ID: "lunge-stretch", Name: "Lunge stretch", Kind: Hold, Sided: true,
		Purpose: "Keeps the hip flexors supple and prevents tightness.",
		Cues: []string{
			"Front knee bent over the ankle, back leg long and straight.",
			"Tuck the pelvis a little and tighten the core.",
			"Shift the hips forward until the front of the back hip stretches.",
		},
		Mistake: "Arching the low back instead of moving the hips.",
		Stop:    "Stop if the front knee hurts.",
		Legs:    "{leg} leg long behind, {other} foot forward",
		Easier: Variant{
			Name: "Lunge stretch holding a chair",
			Cues: []string{
				"Hold a chair for balance and take a shorter step.",
				"Tuck the pelvis; shift the hips forward until the back hip stretches.",
			},
		},
		Dose:   "Hold 30 s each side (the article).",
		Source: srcArticle + " 30-s holds: also Bandy & Irion 1994 (Phys Ther).",
		Frames: lungePicture,
	}
	KneelingHipFlexorStretch = Exercise{
		ID: "kneeling-hip-flexor-stretch", Name: "Kneeling hip-flexor stretch", Kind: Hold, Sided: true,
		Purpose: "Stretches tight hip flexors to ease pain.",
		Cues: []string{
			"Kneel on one knee (pad it), the other foot flat in front.",
			"Squeeze the glute of the kneeling side and tuck the pelvis under.",
			"Trunk upright, ease the hips forward until the front of the hip stretches.",
		},
		Mistake: "Tipping the chest forward or arching the back.",
		Stop:    "Stop if the kneeling knee hurts or the stretch turns to pain.",
		Legs:    "{leg} knee down, {other} foot forward",
		Easier: Variant{
			Name: "Standing split-stance stretch",
			Cues: []string{
				"Stand holding a chair, one foot a step behind the other.",
				"Tuck the pelvis under and move the hips forward gently, trunk upright.",
			},
			Legs:   "{leg} foot back, {other} foot forward",
			Stop:   GeneralStop,
			Frames: splitStancePicture,
		},
		Dose:   "Hold 30 s, then switch sides (the article).",
		Source: srcRelief + " 30-s holds: also Bandy & Irion 1994 (Phys Ther).",
		Frames: kneelingPicture,
	}
	FoamRolling = Exercise{
		ID: "foam-rolling", Name: "Foam rolling", Kind: Roll, Sided: true,
		Purpose: "Releases tension in the hip flexors.",
		Cues: []string{
			"Face down, roller under the front of the hip, weight on the forearms.",
			"Stay on the muscle, off bone and the inner groin crease.",
			"Roll slowly up and down over the muscle.",
			"Pause briefly on tender spots; don't press through sharp pain.",
		},
		Mistake: "Rolling over bone or the groin crease.",
		Stop:    "Move off the roller at numbness, tingling or a pulse under it.",
		Legs:    "{leg} hip on the roller",
		Easier: Variant{
			Name: "Foam rolling, lighter",
			Cues: []string{
				"Take more of your weight on the forearms and the other leg.",
				"Roll slowly over the front of the hip, off bone and the groin crease.",
			},
		},
		Dose:   "30–60 s each side, slowly (the article); --roll, 45 s by default.",
		Source: srcRelief + " 30–60 s: also a 2022 review of foam-rolling studies (PMC8998857).",
		Frames: foamRollPicture,
	}
	PigeonPose = Exercise{
		ID: "pigeon-pose", Name: "Pigeon pose", Kind: Hold, Sided: true,
		Purpose: "A hip stretch the article's FAQ names for iliopsoas pain.",
		Cues: []string{
			"From hands and knees, bring one knee forward behind the same wrist.",
			"Slide the other leg straight back; keep the hips square.",
			"Lower the trunk only as far as is comfortable.",
		},
		Mistake: "Letting the hips tip to one side or forcing the front knee down.",
		Stop:    "Stop if the front of the hip pinches or the knee hurts; do figure-four.",
		Legs:    "{leg} knee forward, {other} leg long behind",
		Easier: Variant{
			Name: "Lying figure-four",
			Cues: []string{
				"On your back, knees bent, cross one ankle over the other knee.",
				"Hold the lower thigh and pull it in gently until you feel the stretch.",
			},
			Legs:    "{leg} ankle over the {other} knee",
			Stop:    GeneralStop,
			Mistake: "Pulling into pain: a stretch should feel like tension, not pain.",
			Frames:  figureFourPicture,
		},
		Dose:   "Hold about 30 s each side (the article's FAQ).",
		Source: srcFAQ,
		Frames: pigeonPicture,
	}
	Butterfly = Exercise{
		ID: "butterfly", Name: "Butterfly", Kind: Hold,
		Purpose: "A gentle inner-hip stretch from the article's FAQ.",
		Cues: []string{
			"Sit tall, soles of the feet together, knees falling out.",
			"Hold the feet and let the knees sink.",
			"Lean forward from the hips only a little.",
		},
		Mistake: "Bouncing the knees or rounding the back.",
		Stop:    GeneralStop,
		Easier: Variant{
			Name: "Supported butterfly",
			Cues: []string{
				"Sit on a cushion, back against a wall.",
				"Soles together, feet further from the body; let the knees sink.",
			},
		},
		Dose:   "Hold about 30 s (the article's FAQ).",
		Source: srcFAQ,
		Frames: butterflyPicture,
	}
)

// Exercises lists every exercise of the article in the order a user meets
// them, for listings and tests that must cover them all.
var Exercises = []Exercise{
	HipCircles, LegSwings, FireHydrants,
	GluteBridges, Plank, SideLyingLegLifts,
	LungeStretch,
	KneelingHipFlexorStretch, FoamRolling,
	PigeonPose, Butterfly,
	MarchOnTheSpot, StandingHipFlexorStretch, StandTall,
}

// BreathCue is the reminder shown among the cues on longer holds.
const BreathCue = "Breathe out slowly; don't hold your breath."

// Cue turns: during a work phase the cues take turns on screen, each for
// the phase's length divided among them, in whole seconds, but never less
// than MinCueTurn (time to read it from the floor) nor more than CueEvery
// (so they come round again in long holds). A 30-s hold of four cues shows
// each for 7 s; every cue gets its turn in any phase of 6 s per cue.
const (
	CueEvery   = 10 * time.Second
	MinCueTurn = 6 * time.Second
)

// BreathFrom is the shortest hold or roll whose cues include BreathCue.
const BreathFrom = 20 * time.Second

// MaxTurns is the most cues, the breathing reminder included, an exercise
// may take turns with: as many as a default 30-s hold shows at MinCueTurn.
const MaxTurns = int(DefaultHold / MinCueTurn)

// CueTurns returns the cues that take turns during a work phase of length
// d: the technique cues, and the breathing reminder on holds and rolls of
// BreathFrom or more. The stop cue is not among them; views show it apart.
func (e Exercise) CueTurns(d time.Duration) []string {
	cues := e.Cues
	if e.Pace == nil && d >= BreathFrom {
		cues = append(cues[:len(cues):len(cues)], BreathCue)
	}
	return cues
}

// CueTurn is how long each cue stays on screen in a work phase of length d.
func (e Exercise) CueTurn(d time.Duration) time.Duration {
	n := len(e.CueTurns(d))
	if n == 0 {
		return CueEvery
	}
	return min(max((d/time.Duration(n)).Truncate(time.Second), MinCueTurn), CueEvery)
}

// CueAt returns the technique cue to show at elapsed into a work phase of
// length d: the cues of CueTurns in order, each for CueTurn(d), round again
// when the phase outlasts them.
func (e Exercise) CueAt(elapsed, d time.Duration) string {
	cues := e.CueTurns(d)
	if len(cues) == 0 {
		return ""
	}
	if elapsed < 0 {
		elapsed = 0
	}
	return cues[int(elapsed/e.CueTurn(d))%len(cues)]
}

// DoseText is the dosage in words: the pace of rep-counted exercises, or
// the time of holds and rolls.
func (e Exercise) DoseText() string {
	if e.Pace != nil {
		return e.Pace.String() + ", " + map[bool]string{true: "each side", false: "one set"}[e.Sided]
	}
	return e.Dose
}
