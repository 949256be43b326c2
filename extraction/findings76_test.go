package extraction

import "testing"

// TestBodyMembersNamed: a compound that counts a body's members names the body in its
// measure ("a six-person jury": jury members), the last body noun of the words after the
// compound, before a function word or a mark ("a seven-person managing board",
// "a nine-member board of directors", "a nine-member director slate"); two bodies of one
// size so stay two figures, and the reports of one of them cannot corroborate the other.
// With no body noun the measure stays "members".
func TestBodyMembersNamed(t *testing.T) {
	checkFigures(t, "Verdict in Orvale case", map[string][]string{
		"The six-person jury awarded Orvale Media $4 million, and the company's six-member managing partnership met on Friday.": {
			"jury members 6", "partnership members 6"},
		"A seven-person managing board runs the Tarnel Group.":                      {"board members 7"},
		"The firm will add two people to its nine-member board of directors.":       {"board members 9"},
		"Crane Capital proposed a nine-member director slate to replace the board.": {"slate members 9"},
		"The 15-member council met on Tuesday, and the 12-member court ruled a day later.": {
			"council members 15", "court members 12"},
		"The 40-member Kestrel choir sang on Sunday.": {"members 40"},
	}, "members 6", "board members 6", "members 15", "members 12", "directors members 9")
}

// TestBodyMembersFold: one article's "the seven-member trust" and "three of the seven
// members of the trust" are one body's size: one figure, the compound's, as when both
// were "members".
func TestBodyMembersFold(t *testing.T) {
	keys := figureKeys(t, "Trust dispute", "Dana Vell was removed from the seven-member trust on Friday. "+
		"Vell, Arlo Pike and Mina Sato were three of the seven members of the trust, a lawyer said.")
	if !keys["trust members 7"] || keys["members 7"] {
		t.Errorf("figures %v, want one \"trust members 7\" and no \"members 7\"", keys)
	}
}
