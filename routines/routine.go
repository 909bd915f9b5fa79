package routines

import (
	"fmt"
	"strings"
	"time"

	"github.com/hipcoach/hipcoach/timer"
)

// VariantEasier names the library's easier version of an exercise, the only
// variant a step can ask for.
const VariantEasier = "easier"

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
	// Variant is "" or VariantEasier.
	Variant string
	// Note is a line of the user's own, shown during the step.
	Note string
}

// SetCount is the number of sets of the step, at least one.
func (s Step) SetCount() int { return max(1, s.Sets) }

// Pace is the step's dosage of a paced exercise: a copy of the library's
// pace, with the step's Reps if it has its own, so that the library is
// never changed. It is nil for holds and rolls.
func (s Step) Pace() *Pace {
	if s.Exercise.Pace == nil {
		return nil
	}
	p := *s.Exercise.Pace
	if s.Reps > 0 {
		p.Reps = s.Reps * max(1, len(p.Directions))
	}
	return &p
}

// WorkTime is the length of one work phase of the step (one side of one
// set) with o: reps × tempo for paced exercises, otherwise the step's own
// hold or roll time, or o's.
func (s Step) WorkTime(o Options) time.Duration {
	switch {
	case s.Exercise.Pace != nil:
		return s.Pace().Duration()
	case s.Exercise.Kind == Roll && s.Roll > 0:
		return s.Roll
	case s.Exercise.Kind == Roll:
		return o.Roll
	case s.Hold > 0:
		return s.Hold
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
	if s.Exercise.Sided {
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
	Purpose: "Daily routine to keep the hip flexors supple and strong.",
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
		{Title: "Massage", Text: "A massage therapist can work on releasing tension in the iliopsoas. " + FreshInjuryCaveat},
		{Title: "Heat", Text: "Heat, such as a warm bath or a heating pad, can help relax the muscles. " + FreshInjuryCaveat},
	},
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
