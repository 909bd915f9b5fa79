package routines

import (
	"fmt"
	"strings"
)

// Step is one exercise in a routine, with the group it belongs to so the
// screen can say "warm-up" or "stretch" and a user sees why it comes where.
type Step struct {
	Exercise Exercise
	// Group is the part of the routine ("mobility warm-up", "strength",
	// "stretch", "optional extra"), or "" where the routine has one part.
	Group string
	// Extra steps (the FAQ's optional stretches) run only when asked for.
	Extra bool
}

// Advice is an untimed card from the article, shown at the end of a routine:
// things that help but cannot be done along with a timer.
type Advice struct {
	Title string
	Text  string
}

// Routine is one of the article's two programmes.
type Routine struct {
	// ID is the name typed on the command line.
	ID string
	// Name is the title shown to the user.
	Name string
	// Purpose says when to choose this routine.
	Purpose string
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
		{Title: "Massage", Text: "A massage therapist can work on releasing tension in the iliopsoas."},
		{Title: "Heat", Text: "Heat, such as a warm bath or a heating pad, can help relax the muscles."},
	},
}

// All lists the routines in the order the mode picker shows them.
var All = []Routine{Prevention, Relief}

// Find returns the routine with the given ID, ignoring case, or an error that
// names the routines there are.
func Find(id string) (Routine, error) {
	for _, r := range All {
		if strings.EqualFold(r.ID, id) {
			return r, nil
		}
	}
	return Routine{}, fmt.Errorf("unknown routine %q: choose %s (or 'exercises' to browse them)", id, IDs())
}

// IDs is the list of routine names as a user would type them, for messages.
func IDs() string {
	ids := make([]string, len(All))
	for i, r := range All {
		ids[i] = r.ID
	}
	return strings.Join(ids, " or ")
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
