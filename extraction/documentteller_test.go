package extraction

import "testing"

// TestUnauthoredDocumentTeller: "…, the complaint said" with no author the article names
// gives the figure no source, not the name in the statement (Brennick); a body that closes
// the sentence as its teller still speaks.
func TestUnauthoredDocumentTeller(t *testing.T) {
	wantSources(t, "document-teller", []valueSource{{20, ""}, {40, "Harlow County Sheriff's Office"}})
}
