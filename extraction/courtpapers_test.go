package extraction

import "testing"

// TestCourtPapers: a court paper's words are its filer's, brought in by another paper of
// the case ("filed a lawsuit" … "the complaint said") or by "sue" ("X sued Y" … "the
// suit claims"), with the document verbs claims, alleges, states; not a passive's
// unnamed agent, not a court's ruling, not a name that only asked about the lawsuit.
func TestCourtPapers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "court-papers"), map[string]string{
		"The landlord left families without heat for six weeks":     "Greenfield Tenants Union",
		"The board cut wages without bargaining":                    "Marlow County Teachers Association",
		"The company ignored safety warnings from its own chemists": "",
		"The claims are without merit":                              "Denbury Motors",
		"Managers punished nurses who reported unsafe staffing.":    "Carla Mendes",
		"The district has no standing":                              "",
		"The city ignored the flooding for years":                   "",
		"I never saw a dollar of it":                                "Marcus Webb",
	})
}
