// Package routines holds what a hipcoach session is made of: the article's
// exercises as plain data, the two routines built from them, and the Plan
// that turns a routine into an ordered list of timed phases. It knows
// nothing of terminals or clocks, so every figure a user sees (steps, sides,
// totals) can be checked by a table test.
package routines

// Kind says how an exercise is worked, which decides the phase word shown on
// screen and which duration option applies to it.
type Kind int

const (
	// Hold is a static position held for the --hold time (stretches, plank).
	Hold Kind = iota
	// Move is a controlled, repeated movement done for the --hold time
	// (bridges, leg lifts, mobility drills), until reps and tempo arrive.
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

// Exercise is one movement from the article. Cues are short, plain
// instructions phrased from the article and shared/content.md, so that what
// the screen says can be traced to a source.
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
	// Cues are two or three technique reminders shown while working.
	Cues []string
}

// The article's exercises. Purposes follow the article's exercise table;
// cues follow shared/content.md.
var (
	HipCircles = Exercise{
		ID: "hip-circles", Name: "Hip circles", Kind: Move, Sided: true,
		Purpose: "Keeps the hip joint mobile (warm-up).",
		Cues: []string{
			"Stand tall, one hand on a wall or chair for balance.",
			"Lift one knee and draw slow circles with it, both directions.",
			"Move slowly; keep the trunk still.",
		},
	}
	LegSwings = Exercise{
		ID: "leg-swings", Name: "Leg swings", Kind: Move, Sided: true,
		Purpose: "Dynamic range of motion for the hip (warm-up).",
		Cues: []string{
			"Hold a support and stand tall.",
			"Swing one leg forward and back in a relaxed, controlled arc.",
			"Don't force the height.",
		},
	}
	FireHydrants = Exercise{
		ID: "fire-hydrants", Name: "Fire hydrants", Kind: Move, Sided: true,
		Purpose: "Hip mobility and glute strength (warm-up).",
		Cues: []string{
			"On hands and knees, back flat.",
			"Lift one bent knee out to the side, then lower it.",
			"Keep the pelvis level; don't lean away.",
		},
	}
	GluteBridges = Exercise{
		ID: "glute-bridges", Name: "Glute bridges", Kind: Move,
		Purpose: "Strengthens the glutes and core that support the hips.",
		Cues: []string{
			"On your back, knees bent, feet flat and hip-width apart.",
			"Breathe out and press through the heels to lift the hips.",
			"Squeeze the glutes at the top; lower slowly. Don't arch the low back.",
		},
	}
	Plank = Exercise{
		ID: "plank", Name: "Plank", Kind: Hold,
		Purpose: "Builds core strength to support the hips and low back.",
		Cues: []string{
			"Forearms under the shoulders, body straight from head to heels.",
			"Brace the core and breathe steadily.",
			"Don't let the hips sag or pike up. Stop if the low back aches.",
		},
	}
	SideLyingLegLifts = Exercise{
		ID: "side-lying-leg-lifts", Name: "Side-lying leg lifts", Kind: Move, Sided: true,
		Purpose: "Strengthens the outer hip, which steadies the iliopsoas.",
		Cues: []string{
			"Lie on your side, legs straight and stacked.",
			"Lift the top leg slowly, toes pointing forward; lower with control.",
			"Don't roll the hips back to lift higher.",
		},
	}
	LungeStretch = Exercise{
		ID: "lunge-stretch", Name: "Lunge stretch", Kind: Hold, Sided: true,
		Purpose: "Keeps the hip flexors supple and prevents tightness.",
		Cues: []string{
			"Front knee bent over the ankle, back leg long and straight.",
			"Tuck the pelvis a little and tighten the core.",
			"Shift the hips forward until the front of the back hip stretches. Breathe slowly.",
		},
	}
	KneelingHipFlexorStretch = Exercise{
		ID: "kneeling-hip-flexor-stretch", Name: "Kneeling hip-flexor stretch", Kind: Hold, Sided: true,
		Purpose: "Stretches tight hip flexors to ease pain.",
		Cues: []string{
			"Kneel on one knee (pad it), the other foot flat in front.",
			"Squeeze the glute of the kneeling side and tuck the pelvis under.",
			"Lean forward gently until you feel the stretch; don't arch the back.",
		},
	}
	FoamRolling = Exercise{
		ID: "foam-rolling", Name: "Foam rolling", Kind: Roll, Sided: true,
		Purpose: "Releases tension in the hip flexors.",
		Cues: []string{
			"Face down, roller under the front of the hip, weight on the forearms.",
			"Roll slowly up and down over the muscle.",
			"Pause briefly on tender spots; avoid bone and the groin crease.",
		},
	}
	PigeonPose = Exercise{
		ID: "pigeon-pose", Name: "Pigeon pose", Kind: Hold, Sided: true,
		Purpose: "A hip stretch the article's FAQ names for iliopsoas pain.",
		Cues: []string{
			"From hands and knees, bring one knee forward behind the same wrist.",
			"Slide the other leg straight back; keep the hips square.",
			"Lower the trunk only as far as is comfortable; with knee pain, do a lying figure-four instead.",
		},
	}
	Butterfly = Exercise{
		ID: "butterfly", Name: "Butterfly", Kind: Hold,
		Purpose: "A gentle inner-hip stretch from the article's FAQ.",
		Cues: []string{
			"Sit tall, soles of the feet together, knees falling out.",
			"Hold the feet and let the knees sink; lean forward only a little.",
			"Don't bounce the knees or round the back.",
		},
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
}
