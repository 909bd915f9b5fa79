package config

// Starter is the file "hipcoach config init" writes: every setting there
// is, commented out, so the file as written changes nothing. A line that
// starts with "# " is a setting; deleting the "# " turns it on. Lines of
// explanation start with "##" and stay comments. Turning on every line
// gives the built-in defaults and the example routine: a physiotherapist's
// prescription of the kneeling stretch, 3 × 20 s each side with 15 s rests,
// and glute bridges, 2 × 10.
const Starter = `## hipcoach's config file. Everything here is optional.
## A line starting with "# " is a setting: delete the "# " to use it.
## "hipcoach check" checks the file; "hipcoach --help" lists the flags,
## which win over these settings.

## Defaults: the values shown are the built-in ones.
# [defaults]
# hold = "30s"       ## stretch and plank time per side or set: 1s to 10m
# roll = "45s"       ## foam rolling per side: 1s to 10m
# get_ready = "5s"   ## lead-in before each step: 0 to 1m
# switch = "5s"      ## time to change sides: 0 to 1m (built in: the get-ready time)
# extras = false     ## relief's optional pigeon pose and butterfly
# sound = "auto"     ## auto, tones, bell or off
# voice = true       ## spoken cues where espeak-ng, espeak, spd-say or say is installed

## Desk breaks: "hipcoach breaks" calls you away from the desk.
# [breaks]
# every = "45m"       ## sitting time between calls: 10m to 3h
# snooze = "10m"      ## how long s puts a call off: 1m to 1h
# routine = "desk"    ## the routine a break runs: any routine's name
# quiet = "18:00-09:00"  ## no calls in these hours (local time)
# days = ["mon", "tue", "wed", "thu", "fri"]  ## the days with calls

## A routine of your own, such as what your physiotherapist prescribed.
## Run it with "hipcoach physio"; it is also on the picker.
# [[routine]]
# name = "physio"                    ## lower case letters, digits and dashes
# title = "Physio plan"              ## shown on the picker: at most 40 characters
# about = "From my physiotherapist." ## one line: at most 80 characters
#
## One [[routine.step]] for each exercise, in order. "hipcoach exercises"
## lists them. Holds take hold, foam rolling takes roll, and the moving
## exercises take reps (the tempo is the library's). Sets alternate sides:
## left, right, rest, left, right ... variant = "easier" or "harder" asks
## for the library's easier or harder version; a note is shown during the
## step.
#   [[routine.step]]
#   exercise = "kneeling-hip-flexor-stretch"
#   hold = "20s"     ## 1s to 10m
#   sets = 3         ## 1 to 20
#   rest = "15s"     ## between sets: 0 to 10m
#   note = "Squeeze the glute and tuck the pelvis under."  ## at most 120 characters
#
#   [[routine.step]]
#   exercise = "glute-bridges"
#   reps = 10        ## 1 to 100
#   sets = 2
`
