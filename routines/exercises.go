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
	// once at the start of the step. The general rule always applies as
	// well: StopCues gives both.
	Stop string
	// Feel says where the exercise should be felt, and where not: the
	// handout's "you should feel it here" line.
	Feel string
	// Hold is the exercise's own time per side of a held position, which
	// --hold does not change (the plank: a beginner's 20–30 s is no
	// stretch hold); 0 means the --hold time. A step's own hold wins.
	Hold time.Duration
	// Kit is what the exercise needs besides the person, for the
	// routine's "what you need" line.
	Kit []Kit
	// Legs says, for a sided exercise, what the worked leg and the other one
	// do, with {leg} standing for the side's leg and {other} for the other:
	// "{leg} knee down, {other} foot forward". Leg fills it in. "" for
	// exercises done on both sides at once.
	Legs string
	// Easier is the library's easier version (a regression): smaller,
	// supported or less loaded. WithVariant(VariantEasier) applies it.
	Easier Variant
	// Harder is the library's harder version (a progression), where
	// content.md gives one: one thing made harder, for when the usual
	// dose is easy and pain-free. WithVariant(VariantHarder) applies it.
	Harder Variant
	// Variant is "" for the library's own version, or the variant applied
	// by WithVariant.
	Variant string
}

// Variant is an easier or harder version of an exercise. Its Name and Cues
// replace the exercise's; its other fields, when set, replace the
// exercise's too (a different position needs its own leg phrase and
// picture, a progression its own dose), and when empty keep them.
type Variant struct {
	// Name is what the user reads instead of the exercise's name.
	Name string
	// Cues are one or two technique reminders, complete on their own.
	Cues []string
	// Stop, Legs, Mistake, Feel and Frames replace the exercise's when not
	// empty.
	Stop, Legs, Mistake, Feel string
	Frames                    [][]string
	// Sided is set on a one-legged version of an exercise done with both
	// legs at once (the single-leg bridge): it is then done on each side.
	Sided bool
	// Pace, Hold, Dose and Kit replace the exercise's dose and kit when
	// set: a slower lowering, a longer plank, a chair to hold.
	Pace *Pace
	Hold time.Duration
	Dose string
	Kit  []Kit
}

// Has reports whether the exercise has a version for variant v: always
// for "", for the others when the library gives one.
func (e Exercise) Has(v string) bool {
	switch v {
	case "":
		return true
	case VariantEasier:
		return e.Easier.Name != ""
	case VariantHarder:
		return e.Harder.Name != ""
	}
	return false
}

// WithVariant returns the exercise as the variant v asks: for
// VariantEasier or VariantHarder a copy with that version's name, cues
// and, where it has its own, leg phrase, stop cue, mistake, feel line,
// picture and dose, and Variant set. For "", a variant the exercise does
// not have, or any other v (which config validation refuses) it returns e
// unchanged. ID and Kind stay the exercise's, so its history record does
// not change.
func (e Exercise) WithVariant(v string) Exercise {
	var x Variant
	switch {
	case v == VariantEasier && e.Has(v):
		x = e.Easier
	case v == VariantHarder && e.Has(v):
		x = e.Harder
	default:
		return e
	}
	e.Name = x.Name
	e.Cues = x.Cues
	pick := func(dst *string, src string) {
		if src != "" {
			*dst = src
		}
	}
	pick(&e.Stop, x.Stop)
	pick(&e.Legs, x.Legs)
	pick(&e.Mistake, x.Mistake)
	pick(&e.Feel, x.Feel)
	pick(&e.Dose, x.Dose)
	if x.Frames != nil {
		e.Frames = x.Frames
	}
	if x.Pace != nil {
		e.Pace = x.Pace
	}
	if x.Hold > 0 {
		e.Hold = x.Hold
	}
	if x.Kit != nil {
		e.Kit = x.Kit
	}
	e.Sided = e.Sided || x.Sided
	e.Variant = v
	return e
}

// StopCues are every stop cue that holds during the exercise, in the
// order to show and say them: its own cue, then the general rule
// (GeneralStop), which an own cue adds to and never replaces. An exercise
// with no cue of its own has the general rule alone.
func (e Exercise) StopCues() []string {
	if e.Stop == "" || e.Stop == GeneralStop {
		return []string{GeneralStop}
	}
	return []string{e.Stop, GeneralStop}
}

// StopText is StopCues in one line, for where there is room for one.
func (e Exercise) StopText() string { return strings.Join(e.StopCues(), " ") }

// Sides lists, for a sided exercise, each side with what its leg does
// ("left: left knee down, right foot forward"), for the library and the
// handout: what LEFT means for this exercise. Nil for exercises done on
// both sides at once.
func (e Exercise) Sides() []string {
	if !e.Sided {
		return nil
	}
	var out []string
	for _, s := range []Side{Left, Right} {
		line := s.String()
		if leg := e.Leg(s); leg != "" {
			line += ": " + leg
		}
		out = append(out, line)
	}
	return out
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
		Feel:    "Easy movement in the hip joint, loosening it; never a stretch or pain.",
		Kit:     []Kit{Support},
		Legs:    "circle the {leg} leg, stand on the {other}",
		Easier: Variant{
			Name: "Small hip circles",
			Cues: []string{
				"Both hands on the support; stand tall.",
				"Lift one knee and draw smaller, slow circles with it.",
			},
			Frames: smallHipCirclePicture,
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
		Feel:    "Easy movement in the hip joint, loosening it; never a stretch or pain.",
		Kit:     []Kit{Support},
		Legs:    "swing the {leg} leg, stand on the {other}",
		Easier: Variant{
			Name: "Small leg swings",
			Cues: []string{
				"Both hands on the support; stand tall.",
				"Swing one leg forward and back in a smaller, relaxed arc.",
			},
			Frames: smallLegSwingPicture,
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
		Feel:    "The outer hip and buttock of the lifting leg.",
		Kit:     []Kit{Mat},
		Legs:    "lift the {leg} knee out to the side",
		Easier: Variant{
			Name: "Fire hydrants, smaller lift",
			Cues: []string{
				"On hands and knees, back flat.",
				"Lift the bent knee only a little out to the side; keep the pelvis level.",
			},
			Frames: smallHydrantPicture,
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
		Feel:    "The buttocks and the backs of the thighs; an aching low back means the back is doing the lift.",
		Kit:     []Kit{Mat},
		Easier: Variant{
			Name: "Small glute bridges",
			Cues: []string{
				"On your back, knees bent, feet flat and a little closer in.",
				"Press through the heels and lift the hips only a little; lower slowly.",
			},
			Frames: smallBridgePicture,
		},
		Harder: Variant{
			Name: "Single-leg glute bridges",
			Cues: []string{
				"On your back, knees bent; lift one foot and hold that leg out straight.",
				"Press through the other heel and lift the hips level, at the same tempo.",
			},
			Sided:  true,
			Legs:   "press through the {leg} foot, {other} leg lifted",
			Feel:   "The buttock and the back of the thigh of the pressing leg; not the low back.",
			Dose:   "12 reps (2-1-2 s) each side. Or keep both feet down and squeeze the glutes for 3 s at the top.",
			Frames: singleLegBridgePicture,
		},
		Pace:   &Pace{Reps: 12, Tempo: liftTempo("Breathe out, press through the heels, lift the hips.", "Squeeze the glutes.", "Lower slowly.")},
		Source: srcArticle + srcDosage,
		Frames: bridgePicture,
	}
	Plank = Exercise{
		ID: "plank", Name: "Plank", Kind: Hold,
		Purpose: "Builds core strength, which helps support the hips.",
		Cues: []string{
			"Forearms under the shoulders, body straight from head to heels.",
			"Brace the core and breathe steadily.",
		},
		Mistake: "Letting the hips sag or pike up.",
		Stop:    "Stop if the low back aches.",
		Feel:    "The stomach muscles and the whole trunk working; not the low back.",
		Kit:     []Kit{Mat},
		Hold:    PlankHold,
		Easier: Variant{
			Name: "Plank on the knees",
			Cues: []string{
				"Forearms under the shoulders, knees on the floor.",
				"Body straight from head to knees; brace the core.",
			},
			Frames: kneePlankPicture,
		},
		Harder: Variant{
			Name: "Longer plank",
			Cues: []string{
				"Forearms under the shoulders, body straight from head to heels.",
				"Brace the core and breathe steadily; 10 s longer than the usual plank.",
			},
			Hold: PlankHold + 10*time.Second,
			Dose: "Add 5–10 s at a time, up to 60 s; 40 s here (a config step's hold sets your own).",
		},
		Dose:   "A held position: 20–30 s for a beginner (30 s; --hold does not change it, a config step's hold does).",
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
		Feel:    "The outer hip and buttock of the top leg.",
		Kit:     []Kit{Mat},
		Legs:    "lie on your {other} side, lift the {leg} leg",
		Easier: Variant{
			Name: "Side-lying leg lifts, bottom knee bent",
			Cues: []string{
				"Lie on your side and bend the bottom knee for stability.",
				"Lift the top leg only a little, toes forward; lower with control.",
			},
			Frames: bentKneeLegLiftPicture,
		},
		Harder: Variant{
			Name: "Side-lying leg lifts, slow lowering",
			Cues: []string{
				"Lie on your side, legs straight and stacked.",
				"Lift the top leg, toes forward; lower it slowly over 4 s.",
			},
			Pace: &Pace{Reps: 12, Tempo: []Movement{
				{Word: "up", Cue: "Lift the top leg, toes forward.", Duration: 2 * time.Second, Frames: []int{1, 2}},
				{Word: "hold", Cue: "Hold it there.", Duration: time.Second, Frames: []int{2}},
				{Word: "down", Cue: "Lower slowly, all four seconds.", Duration: 4 * time.Second, Frames: []int{2, 1, 1, 0}},
			}},
			Dose: "12 reps (2-1-4 s), each side: a slower lowering. A second set is the other way to progress.",
		},
		Pace:   &Pace{Reps: 12, Tempo: liftTempo("Lift the top leg, toes forward.", "Hold it there.", "Lower with control.")},
		Source: srcArticle + srcDosage,
		Frames: legLiftPicture,
	}
	LungeStretch = Exercise{
		ID: "lunge-stretch", Name: "Lunge stretch", Kind: Hold, Sided: true,
		Purpose: "Stretches the hip flexors (the article's prevention stretch).",
		Cues: []string{
			"Front knee bent over the ankle, back leg long and straight.",
			"Tuck the pelvis a little and tighten the core.",
			"Shift the hips forward until the front of the back hip stretches.",
		},
		Mistake: "Arching the low back instead of moving the hips.",
		Stop:    "Stop if the front knee hurts.",
		Feel:    "The front of the hip of the back leg (the hip flexors); not the knee or the low back.",
		Kit:     []Kit{Mat},
		Legs:    "{leg} leg long behind, {other} foot forward",
		Easier: Variant{
			Name: "Lunge stretch holding a chair",
			Cues: []string{
				"Hold a chair for balance and take a shorter step.",
				"Tuck the pelvis; shift the hips forward until the back hip stretches.",
			},
			Kit:    []Kit{Mat, Support},
			Frames: chairLungePicture,
		},
		Harder: Variant{
			Name: "Lunge stretch, arm overhead",
			Cues: []string{
				"Lunge as usual: front knee over the ankle, back leg long, pelvis tucked.",
				"Reach the back leg's arm up overhead; keep the pelvis tucked.",
			},
			Frames: lungeReachPicture,
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
		Feel:    "The front of the hip of the kneeling leg (the hip flexors); not the knee or the low back.",
		Kit:     []Kit{Mat, Cushion},
		Legs:    "{leg} knee down, {other} foot forward",
		Easier: Variant{
			Name: "Standing split-stance stretch",
			Cues: []string{
				"Stand holding a chair, one foot a step behind the other.",
				"Tuck the pelvis under and move the hips forward gently, trunk upright.",
			},
			Legs:   "{leg} foot back, {other} foot forward",
			Stop:   GeneralStop,
			Feel:   "The front of the hip of the back leg; not the knee or the low back.",
			Kit:    []Kit{Support},
			Frames: splitStancePicture,
		},
		Harder: Variant{
			Name: "Kneeling stretch, arm overhead",
			Cues: []string{
				"Kneel as usual, glute squeezed and pelvis tucked under.",
				"Reach the kneeling side's arm up overhead; keep the pelvis tucked.",
			},
			Frames: kneelingReachPicture,
		},
		Dose:   "Hold 30 s, then switch sides (the article).",
		Source: srcRelief + " 30-s holds: also Bandy & Irion 1994 (Phys Ther).",
		Frames: kneelingPicture,
	}
	FoamRolling = Exercise{
		ID: "foam-rolling", Name: "Foam rolling", Kind: Roll, Sided: true,
		Purpose: "Eases the front of the hip: rolling loosens about as much as stretching.",
		Cues: []string{
			"Face down, roller under the front of the hip, weight on the forearms.",
			"Stay on the muscle, off bone and the inner groin crease.",
			"Roll slowly up and down over the muscle.",
			"Pause briefly on tender spots; don't press through sharp pain.",
		},
		Mistake: "Rolling over bone or the groin crease.",
		Stop:    "Move off the roller at numbness, tingling or a pulse under it.",
		Feel:    "Firm pressure on the muscle at the front of the hip and thigh; tender is acceptable, sharp is not.",
		Kit:     []Kit{Mat, Roller},
		Legs:    "{leg} hip on the roller",
		Easier: Variant{
			Name: "Foam rolling, lighter",
			Cues: []string{
				"Take more of your weight on the forearms and the other leg.",
				"Roll slowly over the front of the hip, off bone and the groin crease.",
			},
			Frames: lightFoamRollPicture,
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
		Feel:    "The buttock and outer hip of the bent front leg.",
		Kit:     []Kit{Mat},
		Legs:    "{leg} knee forward, {other} leg long behind",
		Easier: Variant{
			Name: "Lying figure-four",
			Cues: []string{
				"On your back, knees bent, cross one ankle over the other knee.",
				"Hold the lower thigh and pull it in gently until you feel the stretch.",
			},
			Legs:    "{leg} ankle over the {other} knee",
			Stop:    GeneralStop,
			Feel:    "The buttock and outer hip of the crossed leg.",
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
		Feel:    "The inner thighs.",
		Kit:     []Kit{Mat},
		Easier: Variant{
			Name: "Supported butterfly",
			Cues: []string{
				"Sit on a cushion, back against a wall.",
				"Soles together, feet further from the body; let the knees sink.",
			},
			Kit:    []Kit{Mat, Cushion},
			Frames: supportedButterflyPicture,
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

// PlankHold is the plank's own hold: a beginner's 20–30 s, whatever --hold
// says for the stretches.
const PlankHold = 30 * time.Second

// DoseText is the dosage in words: the pace of rep-counted exercises, or
// the time of holds and rolls; a variant's own dose line where it has one.
func (e Exercise) DoseText() string {
	if e.Variant != "" && e.Dose != "" {
		return e.Dose
	}
	if e.Pace != nil {
		return e.Pace.String() + ", " + map[bool]string{true: "each side", false: "one set"}[e.Sided]
	}
	return e.Dose
}
