package routines

// Safety text, phrased from the article and shared/content.md. It lives with
// the routines so the full-screen UI, --plain and the README say the same.
const (
	// ConsultLine is the article's advice to see a professional first.
	ConsultLine = "Consult a healthcare professional (a doctor or physiotherapist) before starting any exercise routine, especially if you are in pain."
	// StopLine says when to stop a session.
	StopLine = "Stretch gently: a stretch should feel like tension, not pain. Stop at sharp, shooting or worsening pain."
	// DoctorLine is the article's when-to-see-a-doctor advice.
	DoctorLine = "See a doctor if the pain is severe, lasts more than a few days, or comes with fever or difficulty breathing."
	// RedFlagLine is RedFlagsIntro and RedFlags in one sentence.
	RedFlagLine = RedFlagsIntro + " pain after a fall or injury; you cannot put weight on the leg or move the hip; " +
		"swelling or a visible deformity; fever or feeling unwell; numbness, tingling or weakness in the leg; " +
		"pain at night; weight loss you cannot explain; sudden worsening of long-standing pain."
	// NotAdviceLine says plainly what hipcoach is.
	NotAdviceLine = "hipcoach is a timer and a guide, not medical advice."

	// SafetyLine is the whole notice on one line, for --plain.
	SafetyLine = ConsultLine + " " + StopLine + " " + DoctorLine + " " + RedFlagLine + " " + NotAdviceLine
)

// RedFlagsIntro leads into RedFlags where they are shown as a list.
const RedFlagsIntro = "See a doctor promptly for hip or groin pain with any of these:"

// RedFlags are the signs with hip or groin pain that need a doctor
// promptly (GPonline 2023, red flag symptoms; Exeter Hip Unit, which adds
// the sudden worsening of long-standing pain),
// one short item each, for a list under RedFlagsIntro.
var RedFlags = []string{
	"pain after a fall or injury",
	"you cannot put weight on the leg or move the hip",
	"swelling or a visible deformity",
	"fever or feeling unwell",
	"numbness, tingling or weakness in the leg",
	"pain at night",
	"weight loss you cannot explain",
	"sudden worsening of long-standing pain",
}

// Safety is the notice as separate points, for the safety screen.
var Safety = []string{ConsultLine, StopLine, DoctorLine, RedFlagLine}

// GeneralStop is the stop cue of every exercise that has none of its own.
const GeneralStop = "Stop at sharp, shooting or worsening pain."

// Pain, in the moment: what to say about the pain a user reports.
const (
	// SeverePain is the lowest check-in score counted as severe pain (0–10
	// scales are commonly banded 7–10 severe): a check-in this high stops
	// before the first step with PainGateLine, and offers to stop (the
	// default) or go on gently.
	SeverePain = 7
	// PainGateLine is the advice for a check-in of SeverePain or more.
	PainGateLine = "Pain this strong is a reason to see a doctor or physiotherapist before exercising."
	// DuringLine is the guidance on pain during exercise: a common
	// physiotherapy guide (the pain-monitoring model, Silbernagel et al.
	// 2007) for exercise, mild discomfort only in a stretch.
	DuringLine = "During exercise, pain up to about 5 out of 10 is commonly allowed if it settles by the next morning; " +
		"in a stretch, aim for mild discomfort only. " + GeneralStop
	// WorseAfterLine is the advice, instead of praise, when the pain after a
	// session is higher than before it.
	WorseAfterLine = "Your pain is higher than before the session. Ease off next time, and see a doctor or physiotherapist if it stays worse."
	// FreshInjuryCaveat goes with the heat and massage advice cards (NHS,
	// "Sprains and strains").
	FreshInjuryCaveat = "For the first 2–3 days after a strain, avoid heat, massage and vigorous exercise (NHS advice)."
)
