package extraction

import "testing"

// TestOwnedAccounts: "according to his official Twitter account", "according to its
// Transparency Report" — the possessive's owner tells, not the name inside the phrase;
// a phrase whose head is a speaker ("its organizers") keeps its words.
func TestOwnedAccounts(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Corvane Corp accepts around 40 percent of requests, according to its Transparency Report.", measure: "requests", source: "Corvane Corp"},
		{body: "Tom Wade had cash worth $60 million in May, according to his filings with the Office of Government Ethics.", measure: "cash", source: "Tom Wade"},
		{body: "An estimated 1.6 million spectators could turn out at the march, according to its organizers.", measure: "spectators", source: "organizers"},
	})
}
