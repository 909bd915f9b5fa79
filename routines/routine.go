package routines

import (
	"fmt"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/timer"
)

// The variants a step can ask for: the library's easier version of an
// exercise (a regression) or its harder one (a progression).
const (
	VariantEasier = "easier"
	VariantHarder = "harder"
)

// Kit is a thing an exercise needs besides the person: a routine says what
// it needs before it starts (content.md, "What you need").
type Kit int

// The kit the exercises need, in the order a "what you need" line names it.
const (
	Mat Kit = iota + 1
	Cushion
	Support
	Roller
)

// String is the kit in words, as the "what you need" line says it.
func (k Kit) String() string {
	switch k {
	case Mat:
		return "a mat or carpet"
	case Cushion:
		return "a cushion or folded towel (under the kneeling knee, or to sit on)"
	case Support:
		return "a chair, desk or wall to hold for balance"
	case Roller:
		return "a foam roller (without one, switch foam rolling off on the picker)"
	}
	return ""
}

// Step is one exercise in a routine, with the group it belongs to so the
// screen can say "warm-up" or "stretch" and a user sees why it comes where,
// and the step's own dose where a physiotherapist prescribed one. A zero
// dose field means the library's dose or the user's options, so the
// built-in routines leave them all zero.
type Step struct {
	Exercise Exercise
	// Group is the part of the routine ("mobility warm-up", "strength",
	// "stretch", "optional extra"), or "" where the routine has one part.
	Group string
	// Extra steps (the FAQ's optional stretches) run only when asked for.
	Extra bool

	// Hold is the time per side and set of a held position, instead of
	// Options.Hold; Roll likewise for foam rolling.
	Hold, Roll time.Duration
	// Reps is the count of a paced exercise as the library states it (per
	// direction for drills done both ways, "10 circles each way"), instead
	// of the library's; the tempo stays the library's.
	Reps int
	// Sets is how many times the work is done, both sides each time; 0
	// and 1 both mean once.
	Sets int
	// Rest is the pause between sets.
	Rest time.Duration
	// Variant is "", VariantEasier or VariantHarder.
	Variant string
	// Note is a line of the user's own, shown during the step.
	Note string
}

// SetCount is the number of sets of the step, at least one.
func (s Step) SetCount() int { return max(1, s.Sets) }

// AsDone is the step's exercise as it is done: in the step's variant.
func (s Step) AsDone() Exercise { return s.Exercise.WithVariant(s.Variant) }

// Pace is the step's dosage of a paced exercise: a copy of the library's
// pace (its variant's, where that has its own), with the step's Reps if it
// has its own, so that the library is never changed. It is nil for holds
// and rolls.
func (s Step) Pace() *Pace {
	e := s.AsDone()
	if e.Pace == nil {
		return nil
	}
	p := *e.Pace
	if s.Reps > 0 {
		p.Reps = s.Reps * max(1, len(p.Directions))
	}
	return &p
}

// WorkTime is the length of one work phase of the step (one side of one
// set) with o: reps × tempo for paced exercises, otherwise the step's own
// hold or roll time, else the exercise's own hold (the plank's), else o's.
func (s Step) WorkTime(o Options) time.Duration {
	e := s.AsDone()
	switch {
	case e.Pace != nil:
		return s.Pace().Duration()
	case e.Kind == Roll && s.Roll > 0:
		return s.Roll
	case e.Kind == Roll:
		return o.Roll
	case s.Hold > 0:
		return s.Hold
	case e.Hold > 0:
		return e.Hold
	default:
		return o.Hold
	}
}

// Dose says in one phrase what the step asks for with o, for the picker
// and the library: "hold 20s, each side, 3 sets, rest 15s", "10 reps
// (2-1-2 s), 2 sets".
func (s Step) Dose(o Options) string {
	var dose string
	switch p := s.Pace(); {
	case p != nil:
		dose = p.String()
	default:
		dose = s.Exercise.Kind.String() + " " + timer.Short(s.WorkTime(o))
	}
	if s.AsDone().Sided {
		dose += ", each side"
	}
	if n := s.SetCount(); n > 1 {
		dose += fmt.Sprintf(", %d sets", n)
		if s.Rest > 0 {
			dose += ", rest " + timer.Short(s.Rest)
		}
	}
	return dose
}

// Advice is an untimed card from the article, shown at the end of a routine:
// things that help but cannot be done along with a timer.
type Advice struct {
	Title string
	Text  string
}

// Routine is one of the article's two programmes, or one the user wrote in
// the config file.
type Routine struct {
	// ID is the name typed on the command line.
	ID string
	// Name is the title shown to the user.
	Name string
	// Purpose says when to choose this routine.
	Purpose string
	// About is the user's own line on a routine from the config file, ""
	// if none (Purpose then says where the routine comes from).
	About string
	// Custom is set on routines from the config file, so views can tell
	// them from the built-in ones.
	Custom bool
	// Steps in the order they are done.
	Steps []Step
	// Advice cards shown after the last step.
	Advice []Advice
	// Habit, for a routine meant to be done every day, is the article's
	// word on that; the summary shows it on the first day, before there is
	// a streak to show.
	Habit string
}

// Prevention is the daily routine. The article's FAQ says to warm up before
// stretching, so mobility comes first, then strength, then the lunge stretch.
var Prevention = Routine{
	ID:      "prevention",
	Name:    "Prevention",
	Purpose: "Daily routine from the article: mobility, strength, then a hip-flexor stretch.",
	Steps: []Step{
		{Exercise: HipCircles, Group: "mobility warm-up"},
		{Exercise: LegSwings, Group: "mobility warm-up"},
		{Exercise: FireHydrants, Group: "mobility warm-up"},
		{Exercise: GluteBridges, Group: "strength"},
		{Exercise: Plank, Group: "strength"},
		{Exercise: SideLyingLegLifts, Group: "strength"},
		{Exercise: LungeStretch, Group: "stretch"},
	},
	Habit: "The article suggests making stretching part of your daily routine.",
}

// Relief is for when the hip already hurts: the article's alleviating
// stretch and foam rolling, with the FAQ's pigeon pose and butterfly as
// optional extras, and its massage and heat advice at the end.
var Relief = Routine{
	ID:      "relief",
	Name:    "Relief",
	Purpose: "Gentle stretch and foam rolling for when the hip hurts.",
	Steps: []Step{
		{Exercise: KneelingHipFlexorStretch, Group: ""},
		{Exercise: FoamRolling, Group: ""},
		{Exercise: PigeonPose, Group: "optional extra", Extra: true},
		{Exercise: Butterfly, Group: "optional extra", Extra: true},
	},
	Advice: []Advice{
		// NHS ("Sprains and strains"): no heat or massage for the first 2–3
		// days after a strain, so each card says so.
		{Title: "Massage", Text: "The article suggests a massage therapist for the iliopsoas. " + FreshInjuryCaveat},
		{Title: "Heat", Text: "Heat, such as a warm bath or a heating pad, can help relax the muscles. " + FreshInjuryCaveat},
	},
}

// Needs is what a session of r with o needs, kit by kit, in the order
// of Kit: the "what you need" line said before the routine starts. It is
// worked out from the steps that run, in their variants, so a routine from
// the config file and a step switched off on the picker are right too.
func (r Routine) Needs(o Options) []Kit {
	var has [Roller + 1]bool
	for _, s := range r.StepsFor(o) {
		for _, k := range s.AsDone().Kit {
			has[k] = true
		}
	}
	var out []Kit
	for k := Mat; k <= Roller; k++ {
		if has[k] {
			out = append(out, k)
		}
	}
	return out
}

// NeedsLine is Needs in one sentence, "What you need: a mat or carpet; a
// chair, desk or wall to hold for balance.", or "" when nothing is needed.
func (r Routine) NeedsLine(o Options) string {
	kit := r.Needs(o)
	if len(kit) == 0 {
		return ""
	}
	words := make([]string, len(kit))
	for i, k := range kit {
		words[i] = k.String()
	}
	return "What you need: " + strings.Join(words, "; ") + "."
}

// All lists the routines in the order the mode picker shows them.
var All = []Routine{Prevention, Relief, Desk}

// IDsOf lists the routines' names for a message: "a or b", "a, b or c".
func IDsOf(rs []Routine) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	if len(ids) <= 2 {
		return strings.Join(ids, " or ")
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " or " + ids[len(ids)-1]
}

// StepsFor returns the steps a session of r will actually run with o: the
// optional extras are left out unless o.Extras is set, and the user's
// choices in o.Chosen win over both.
func (r Routine) StepsFor(o Options) []Step {
	steps := make([]Step, 0, len(r.Steps))
	for _, s := range r.Steps {
		if !o.Runs(s) {
			continue
		}
		steps = append(steps, s)
	}
	return steps
}
