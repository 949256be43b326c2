package extraction

import "testing"

// TestBoardSeats: a person who joins, sits on, remains on or takes a seat on a firm's
// board, or is a member of it, is the firm's director, whether the board names the firm
// after "of", "at" or "for", by a possessive or as a compound; an advisory board, a board
// left ("resigned from the board of") or a board named only by "its" gives nothing. An
// engineer at a firm, a trade the vocabulary has no predicate for, is its employee.
func TestBoardSeats(t *testing.T) {
	x := extract(t, "board-seats")
	for _, r := range [][3]string{
		{"Ida Lund", "boardMemberOf", "Birch Bank"},
		{"Karl Moss", "boardMemberOf", "Quill Ventures"},
		{"Rolf Dahl", "boardMemberOf", "Nordvik Energy"},
		{"Greta Sand", "boardMemberOf", "Talbot Group"},
		{"Ann Rudd", "boardMemberOf", "Pellark Foods"},
		{"Tom Reed", "boardMemberOf", "Dunmore Steel"},
		{"Dana Holt", "employeeOf", "Quill Systems"}, // a trade at a firm: tradeEmployment
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "boardMemberOf" && (r.Subject == "Eva Holm" || r.Subject == "Jon Berg" || r.Subject == "Nina Vik") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
