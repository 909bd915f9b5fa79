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
	// RedFlagLine lists signs that need a doctor promptly (content.md).
	RedFlagLine = "Get medical help promptly after a fall or injury, or if you cannot put weight on the leg, have swelling, numbness or tingling, or pain at night."
	// NotAdviceLine says plainly what hipcoach is.
	NotAdviceLine = "hipcoach is a timer and a guide, not medical advice."

	// SafetyLine is the whole notice on one line, for --plain.
	SafetyLine = ConsultLine + " " + StopLine + " " + DoctorLine + " " + NotAdviceLine
)

// Safety is the notice as separate points, for the safety screen.
var Safety = []string{ConsultLine, StopLine, DoctorLine, RedFlagLine}
