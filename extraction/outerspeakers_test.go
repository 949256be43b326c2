package extraction

import "testing"

// TestOuterSpeakers: words quoted deep inside a reported clause are the words of the
// speaker who reports it (`Ruiz said the FBI had asked the company to build "…"`), while
// words someone told another (`Lind said Moss told him, "…"`) and a term someone gave
// himself (`described himself as a "loyal soldier"`) stay theirs, and so do the words
// an inner verb of saying tells of (`says Keller wondered aloud about "a revolt"`).
func TestOuterSpeakers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "outer-speakers"), map[string]string{
		"a master key to the phone.":  "Dana Ruiz",
		"We will not sign this deal.": "Vera Moss",
		"loyal soldier":               "Ezra Holt",
		"a revolt":                    "Tomas Keller",
	})
}
