package extraction

import "testing"

// TestDocumentReturns: "the records said" goes back to the documents an earlier
// attribution named ("Court records said …"), as "the sources" goes back to "military
// sources".
func TestDocumentReturns(t *testing.T) {
	wantSources(t, "document-returns", []valueSource{{40, "court records"}})
}
