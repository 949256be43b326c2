package extraction

import "testing"

// TestBoardPassivesAndCoordinations: people considered or nominated for a firm's board are
// its candidates; people removed from a board (by a passive, or as the object of "removed
// … from") held a seat on it; "ORG CEO A and board member B" gives B the first title's
// firm (as "and board members B and C" does); people a firm appoints "to its board" or
// "to the board of" another are their directors; "is on the board of" and "a director on ORG's board" are seats. A board a person
// resigns from, and "on board" a flight, give nothing.
func TestBoardPassivesAndCoordinations(t *testing.T) {
	x := extract(t, "board-passives")
	for _, r := range [][3]string{
		{"Ann Vole", "candidateOf", "Tally Corp"},
		{"Ben Lark", "candidateOf", "Tally Corp"},
		{"Cara Finch", "candidateOf", "Marlow Foods"},
		{"Dev Patel", "boardMemberOf", "Harbin Steel"},
		{"Lena Ortiz", "boardMemberOf", "Harbin Steel"},
		{"Omar Said", "boardMemberOf", "Osprey Media"},
		{"Petra Lind", "boardMemberOf", "Osprey Media"},
		{"Jonas Webb", "boardMemberOf", "Tally Corp"},
		{"Ruth Kemp", "boardMemberOf", "Pellark Group"},
		{"Sara Dunn", "boardMemberOf", "Birch Bank"},
		{"Liv Berg", "boardMemberOf", "Birch Bank"},
		{"Sven Aune", "boardMemberOf", "Birch Bank"},
		{"Kai Rowe", "boardMemberOf", "Osprey Media"},
		{"Ida Brandt", "boardMemberOf", "Osprey Media"},
		{"Leo Marsh", "boardMemberOf", "Marlow Foods"},
		{"Tom Berg", "boardMemberOf", "Quill Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if (r.Predicate == "boardMemberOf" || r.Predicate == "candidateOf") && (r.Subject == "Mia Holt") {
			t.Errorf("unwanted %+v", r)
		}
		if r.Object == "board" {
			t.Errorf("unwanted %+v", r) // "and board member Jonas Webb" names no body "board"
		}
		if r.Predicate == "candidateOf" && r.Object != "Tally Corp" && r.Object != "Marlow Foods" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
