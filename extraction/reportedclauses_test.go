package extraction

import "testing"

// TestReportedClauseSpeakers: "he said" after "X, a former official, said the Canadian
// loan will help Mayor Tom Hale …" is X, who spoke, not Hale, whom the reported clause
// names; "…, said Dora Lind, the board's treasurer" still names the speaker after the
// verb.
func TestReportedClauseSpeakers(t *testing.T) {
	want := map[string]string{
		"There is a need on the part of the council to justify all the money Hale spent": "Walter Brandt",
		"He got what he wanted in return.":                                               "Walter Brandt",
		"We cannot pay for a ferry nobody rides":                                         "Dora Lind",
	}
	wantSpeakers(t, quoteSpeakers(t, "reported-clause-speakers"), want)
}
