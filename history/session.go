package history

import (
	"time"

	"github.com/hipcoach/hipcoach/routines"
	"github.com/hipcoach/hipcoach/timer"
)

// FromSession is the record of a session of routine r with options o, run
// by countdown c, as it stands: steps whose every side ran its full time are
// done, the rest (cut short or never reached) skipped. The full-screen coach
// and --plain both record through it.
func FromSession(c *timer.Countdown, r routines.Routine, o routines.Options, version string) Record {
	steps := r.StepsFor(o)
	phases := routines.Plan(r, o)
	outcomes := c.Outcomes()
	full := make([]bool, len(steps))
	for i := range full {
		full[i] = true
	}
	for i, p := range phases {
		if p.Kind == routines.Work && i < len(outcomes) && outcomes[i] != timer.Completed {
			full[p.Step] = false
		}
	}
	st := c.Status()
	rec := Record{
		Start:          c.Began(),
		Routine:        r.ID,
		StepsDone:      []string{},
		StepsSkipped:   []string{},
		PlannedSeconds: routines.Total(phases).Seconds(),
		ActualSeconds:  st.Elapsed.Round(time.Millisecond).Seconds(),
		Completed:      st.Finished,
		Version:        version,
	}
	for i, s := range steps {
		if full[i] {
			rec.StepsDone = append(rec.StepsDone, s.Exercise.ID)
		} else {
			rec.StepsSkipped = append(rec.StepsSkipped, s.Exercise.ID)
		}
	}
	return rec
}
