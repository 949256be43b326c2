package extraction

import "testing"

// TestStudentsAndBoardTitles: a freshman, sophomore, junior, senior or student at a
// school, or one whom a school's name qualifies ("a Vale High senior", "another Vale High
// sophomore, Eli Marsh"), is its student; a senior at a firm is none. "ORG board
// member(s) NAME" and "NAME, a board member of ORG" make a director of ORG, not a member
// of "ORG board"; an apposition with a second body and role after "and" ("a Birch Bank
// board member and Vale Trust official") holds each role at its own body.
func TestStudentsAndBoardTitles(t *testing.T) {
	x := extract(t, "students")
	for _, r := range [][3]string{
		{"Ann Vole", "studentOf", "Vale High School"},
		{"Bram Otto", "studentOf", "Norland University"},
		{"Dirk Fenn", "studentOf", "Norland University"},
		{"Pia Lund", "studentOf", "Norland High"},
		{"Eli Marsh", "studentOf", "Vale High"},
		{"Jon Sato", "boardMemberOf", "Quill Mining"},
		{"Kit Lowe", "boardMemberOf", "Quill Mining"},
		{"Nora Pike", "boardMemberOf", "Quill Mining"},
		{"Otto Rask", "boardMemberOf", "Quill Mining"},
		{"Tia Roy", "officialOf", "Vale Trust"},
		{"Tia Roy", "boardMemberOf", "Birch Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "studentOf" && (r.Subject == "Cora Hale" || r.Subject == "Sam Byrd") ||
			r.Subject == "Jon Sato" && r.Predicate == "memberOf" || r.Subject == "Tia Roy" && r.Object == "Vale Trust" && r.Predicate != "officialOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
