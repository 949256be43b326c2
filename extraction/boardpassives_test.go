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
		{"Dev Patel", "directorOf", "Harbin Steel"},
		{"Lena Ortiz", "directorOf", "Harbin Steel"},
		{"Omar Said", "directorOf", "Osprey Media"},
		{"Petra Lind", "directorOf", "Osprey Media"},
		{"Jonas Webb", "directorOf", "Tally Corp"},
		{"Ruth Kemp", "directorOf", "Pellark Group"},
		{"Sara Dunn", "directorOf", "Birch Bank"},
		{"Liv Berg", "directorOf", "Birch Bank"},
		{"Sven Aune", "directorOf", "Birch Bank"},
		{"Kai Rowe", "directorOf", "Osprey Media"},
		{"Ida Brandt", "directorOf", "Osprey Media"},
		{"Leo Marsh", "directorOf", "Marlow Foods"},
		{"Tom Berg", "directorOf", "Quill Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if (r.Predicate == "directorOf" || r.Predicate == "candidateOf") && (r.Subject == "Mia Holt") {
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
