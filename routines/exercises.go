// Package routines holds what a hipcoach session is made of: the article's
// exercises as plain data, the two routines built from them, and the Plan
// that turns a routine into an ordered list of timed phases. It knows
// nothing of terminals or clocks, so every figure a user sees (steps, sides,
// totals) can be checked by a table test.
package routines

import "time"

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
		Pace:    &Pace{Reps: 12, Tempo: liftTempo("Lift the knee out to the side.", "Hold it, pelvis level.", "Lower with control.")},
		Source:  srcMobile + srcDosage,
		Frames:  hydrantPicture,
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
		Pace:    &Pace{Reps: 12, Tempo: liftTempo("Breathe out, press through the heels, lift the hips.", "Squeeze the glutes.", "Lower slowly.")},
		Source:  srcArticle + srcDosage,
		Frames:  bridgePicture,
	}
	Plank = Exercise{
		ID: "plank", Name: "Plank", Kind: Hold,
		Purpose: "Builds core strength to support the hips and low back.",
		Cues: []string{
			"Forearms under the shoulders, body straight from head to heels.",
			"Brace the core and breathe steadily.",
			"Stop if the low back aches.",
		},
		Mistake: "Letting the hips sag or pike up.",
		Dose:    "A held position: 20–30 s for a beginner (--hold, 30 s by default).",
		Source:  srcArticle + " Dosage: a held position, 20–30 s for a beginner.",
		Frames:  plankPicture,
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
		Pace:    &Pace{Reps: 12, Tempo: liftTempo("Lift the top leg, toes forward.", "Hold it there.", "Lower with control.")},
		Source:  srcArticle + srcDosage,
		Frames:  legLiftPicture,
	}
	LungeStretch = Exercise{
		ID: "lunge-stretch", Name: "Lunge stretch", Kind: Hold, Sided: true,
		Purpose: "Keeps the hip flexors supple and prevents tightness.",
		Cues: []string{
			"Front knee bent over the ankle, back leg long and straight.",
			"Tuck the pelvis a little and tighten the core.",
			"Shift the hips forward until the front of the back hip stretches.",
			"Stop if the front knee hurts.",
		},
		Mistake: "Arching the low back instead of moving the hips.",
		Dose:    "Hold 30 s each side (the article).",
		Source:  srcArticle + " 30-s holds: also Bandy & Irion 1994 (Phys Ther).",
		Frames:  lungePicture,
	}
	KneelingHipFlexorStretch = Exercise{
		ID: "kneeling-hip-flexor-stretch", Name: "Kneeling hip-flexor stretch", Kind: Hold, Sided: true,
		Purpose: "Stretches tight hip flexors to ease pain.",
		Cues: []string{
			"Kneel on one knee (pad it), the other foot flat in front.",
			"Squeeze the glute of the kneeling side and tuck the pelvis under.",
			"Lean forward gently until you feel the stretch.",
			"Stop if the kneeling knee hurts or the stretch turns to pain.",
		},
		Mistake: "Leaning the trunk forward or arching the back.",
		Dose:    "Hold 30 s, then switch sides (the article).",
		Source:  srcRelief + " 30-s holds: also Bandy & Irion 1994 (Phys Ther).",
		Frames:  kneelingPicture,
	}
	FoamRolling = Exercise{
		ID: "foam-rolling", Name: "Foam rolling", Kind: Roll, Sided: true,
		Purpose: "Releases tension in the hip flexors.",
		Cues: []string{
			"Face down, roller under the front of the hip, weight on the forearms.",
			"Roll slowly up and down over the muscle.",
			"Pause briefly on tender spots; don't press through sharp pain.",
		},
		Mistake: "Rolling over bone or the groin crease.",
		Dose:    "30–60 s each side, slowly (the article); --roll, 45 s by default.",
		Source:  srcRelief + " 30–60 s: also a 2022 review of foam-rolling studies (PMC8998857).",
		Frames:  foamRollPicture,
	}
	PigeonPose = Exercise{
		ID: "pigeon-pose", Name: "Pigeon pose", Kind: Hold, Sided: true,
		Purpose: "A hip stretch the article's FAQ names for iliopsoas pain.",
		Cues: []string{
			"From hands and knees, bring one knee forward behind the same wrist.",
			"Slide the other leg straight back; keep the hips square.",
			"Lower the trunk only as far as is comfortable.",
			"With knee pain, do a lying figure-four instead.",
		},
		Mistake: "Letting the hips tip to one side or forcing the front knee down.",
		Dose:    "Hold about 30 s each side (the article's FAQ).",
		Source:  srcFAQ,
		Frames:  pigeonPicture,
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
		Dose:    "Hold about 30 s (the article's FAQ).",
		Source:  srcFAQ,
		Frames:  butterflyPicture,
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

// BreathCue is the reminder shown among the cues on longer holds.
const BreathCue = "Breathe out slowly; don't hold your breath."

// CueEvery is how long each technique cue stays on screen during a phase.
const CueEvery = 10 * time.Second

// CueAt returns the technique cue to show at elapsed into a work phase of
// length d: the cues take turns every CueEvery, with the breathing reminder
// among them on holds and rolls of 20 s or more.
func (e Exercise) CueAt(elapsed, d time.Duration) string {
	cues := e.Cues
	if e.Pace == nil && d >= 20*time.Second {
		cues = append(cues[:len(cues):len(cues)], BreathCue)
	}
	if len(cues) == 0 {
		return ""
	}
	if elapsed < 0 {
		elapsed = 0
	}
	return cues[int(elapsed/CueEvery)%len(cues)]
}

// DoseText is the dosage in words: the pace of rep-counted exercises, or
// the time of holds and rolls.
func (e Exercise) DoseText() string {
	if e.Pace != nil {
		return e.Pace.String() + ", " + map[bool]string{true: "each side", false: "one set"}[e.Sided]
	}
	return e.Dose
}
