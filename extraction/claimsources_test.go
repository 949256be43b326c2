package extraction

import "testing"

// TestClaimSources: a verb of claiming or noting in the present tense ("claims that",
// "notes that") or before a clause of a pronoun and its verb ("claimed it had counted")
// attributes what follows it to its subject, but not a figure before it ("Catches fell by
// 12 percent last year, and the board acknowledged …"), and not "claims" as a noun
// ("asylum claims"); a forecast's subject reaches past a relative clause ("forecast its
// memory division, which makes chips, to book a loss"); "according to WHO" names the
// World Health Organization, not a relative "who".
func TestClaimSources(t *testing.T) {
	wantSources(t, "source-claims", []valueSource{{4100, "Greenpeace International"}, {36, "Marta Velling"},
		{870, "Harbor Rights Monitor"}, {12, ""}, {5000, "Kestrel Fishing Board"}, {45e6, "Toshiba Corp"},
		{80, "World Health Organization"}, {8200, ""}})
}
