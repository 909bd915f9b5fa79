package routines

import "time"

// The desk break: about three minutes standing at the desk, no kit. The
// article names prolonged sitting among the causes of tight, painful hip
// flexors and advises regular breaks to stretch and move; the routine is
// light activity (marching), the kneeling stretch's standing version, hip
// circles holding the desk and the article's posture advice before sitting
// down again. It is what `hipcoach breaks` calls a person to.

// srcDesk is where the desk exercises come from.
const srcDesk = Article + " (avoid prolonged sitting; take regular breaks to stretch and move). Technique: common coaching practice."

// DeskHipCircles is how many circles each way each leg the desk break does:
// five, a short version of the warm-up's ten.
const DeskHipCircles = 5

// StandTallHold is the stand-tall step's own hold: 15 s to set the posture
// before sitting down again.
const StandTallHold = 15 * time.Second

// The desk break's own exercises; the hip circles are the library's.
var (
	MarchOnTheSpot = Exercise{
		ID: "march-on-the-spot", Name: "March on the spot", Kind: Move,
		Purpose: "Light activity to break up a long spell of sitting.",
		Cues: []string{
			"Stand tall beside the desk, a hand on it if you like.",
			"Lift the knees gently in turn, at an easy pace.",
			"Let the arms swing; keep breathing easily.",
		},
		Mistake: "Stamping or leaning back to lift the knees higher.",
		Stop:    GeneralStop,
		Feel:    "Easy movement in the hips and legs, the body waking up; nothing that strains.",
		Easier: Variant{
			Name: "Small marching steps",
			Cues: []string{
				"Both hands on the desk; lift one heel, then the other, toes down.",
			},
			Frames: smallMarchPicture,
		},
		Pace: &Pace{Reps: 15, Unit: "steps each leg", Tempo: []Movement{
			{Word: "left", Cue: "Lift the left knee gently.", Duration: time.Second, Frames: []int{2}},
			{Word: "right", Cue: "Lift the right knee gently.", Duration: time.Second, Frames: []int{1}},
		}},
		Source: srcDesk + " Light activity of any intensity: WHO 2020 guidelines on sedentary behaviour.",
		Frames: marchPicture,
	}
	StandingHipFlexorStretch = Exercise{
		ID: "standing-hip-flexor-stretch", Name: "Standing hip-flexor stretch", Kind: Hold, Sided: true,
		Purpose: "Stretches the hip flexors that shorten while you sit.",
		Cues: []string{
			"Hold the desk or a chair back; one foot a step behind the other.",
			"Squeeze the glute of the back leg and tuck the pelvis under.",
			"Trunk upright, move the hips forward until the front of the hip stretches.",
		},
		Mistake: "Arching the low back instead of moving the hips.",
		Stop:    GeneralStop,
		Legs:    "{leg} foot back, {other} foot forward",
		Feel:    "The front of the hip of the back leg (the hip flexors), not the knee or the low back.",
		Easier: Variant{
			Name: "Small standing stretch",
			Cues: []string{
				"Both hands on the desk, a shorter step back.",
				"Tuck the pelvis under; move the hips forward only a little.",
			},
			Frames: smallDeskStretchPicture,
		},
		Dose:   "Hold 30 s each side (--hold).",
		Source: srcDesk + " The kneeling stretch's standing version; 30-s holds: the article, and Bandy & Irion 1994 (Phys Ther).",
		Frames: deskStretchPicture,
	}
	StandTall = Exercise{
		ID: "stand-tall", Name: "Stand tall", Kind: Hold,
		Purpose: "Resets the posture before you sit back down.",
		Cues: []string{
			"Feet hip-width, weight even on both feet.",
			"Shoulders back and down, core gently engaged.",
			"Sit back down the same way: tall, hips to the back of the chair.",
		},
		Mistake: "Slumping back into the chair at the end.",
		Stop:    GeneralStop,
		Feel:    "Tall and easy: the trunk gently holding you upright, no strain in the low back.",
		Easier: Variant{
			Name: "Stand tall holding the desk",
			Cues: []string{
				"A hand on the desk; shoulders back, core gently engaged.",
			},
			Frames: standTallHoldingPicture,
		},
		Dose:   "Hold 15 s, then sit down tall.",
		Source: srcDesk + " Posture: the article's advice (shoulders back, core engaged).",
		Frames: standTallPicture,
	}
)

// Desk is the desk break: about three minutes standing, no kit.
var Desk = Routine{
	ID:      "desk",
	Name:    "Desk break",
	Purpose: "About 3 minutes standing at the desk, to break up sitting.",
	Steps: []Step{
		{Exercise: MarchOnTheSpot, Group: ""},
		{Exercise: StandingHipFlexorStretch, Group: ""},
		{Exercise: HipCircles, Group: "", Reps: DeskHipCircles},
		{Exercise: StandTall, Group: "", Hold: StandTallHold},
	},
}

// Pictures of the desk break. The march is seen from the front, so both
// knees can be seen lifting in turn (the person's left knee on your right:
// frame 2 is the left knee up, frame 1 the right); the stretch and standing tall are
// side views with the desk on your left, the person facing it.
var (
	marchPicture = [][]string{
		{
			"    ●",
			"   ╱│╲",
			"  ╱ │ ╲",
			"   ╱ ╲",
			"   │ │",
			"   │ │",
			"━━━┷━┷━━━",
		},
		{
			"    ●",
			"   ╱│╲",
			"  ╱ │ ╲",
			"   █ ╲",
			"   │ │",
			"     │",
			"━━━━━┷━━━",
		},
		{
			"    ●",
			"   ╱│╲",
			"  ╱ │ ╲",
			"   ╱ █",
			"   │ │",
			"   │",
			"━━━┷━━━━━",
		},
	}
	deskStretchPicture = [][]string{{
		"            ●",
		"           ╱│╲",
		" ━━━━━━━━━╱ │",
		"  ┃         │",
		"  ┃         │",
		"  ┃        ╱╲",
		"  ┃       ╱  ╲",
		"  ┃      │    ╲",
		"━━┻━━━━━━━━━━━━━━━",
	}}
	standTallPicture = [][]string{{
		"          ●",
		" ━━━━━━━ ╱│╲",
		"  ┃     ╱ │ ╲",
		"  ┃       │",
		"  ┃       │",
		"  ┃       │",
		"━━┻━━━━━━━┷━━━",
	}}
	// The easier versions: heels only with both hands on the desk, a
	// shorter step with both hands on it, a hand on it to stand tall.
	smallMarchPicture = [][]string{
		{
			"    ●",
			"   ╱│╲",
			" ━━━━━━━━",
			"   ╱ ╲",
			"   │ │",
			"   │ │",
			"━━━┷━┷━━━",
		},
		{
			"    ●",
			"   ╱│╲",
			" ━━━━━━━━",
			"   ╱ ╲",
			"   │ │",
			"   ╵ │",
			"━━━━━┷━━━",
		},
		{
			"    ●",
			"   ╱│╲",
			" ━━━━━━━━",
			"   ╱ ╲",
			"   │ │",
			"   │ ╵",
			"━━━┷━━━━━",
		},
	}
	smallDeskStretchPicture = [][]string{{
		"            ●",
		"           ╱│",
		" ━━━━━━━━━━╱│",
		"  ┃         │",
		"  ┃         │",
		"  ┃        ╱╲",
		"  ┃       ╱  ╲",
		"  ┃       │   ╲",
		"━━┻━━━━━━━━━━━━━━━",
	}}
	standTallHoldingPicture = [][]string{{
		"          ●",
		" ━━━━━━━━╱│╲",
		"  ┃       │ ╲",
		"  ┃       │",
		"  ┃       │",
		"  ┃       │",
		"━━┻━━━━━━━┷━━━",
	}}
)
