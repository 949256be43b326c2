package extraction

import "testing"

// TestMemberships: a person named before a parenthesis or "of PLACE" and then "a member
// of BODY", the head of "who is a member of", the subject of "sits on BODY" (a committee,
// commission, council or panel), and a country before "a BLOC member" are members of the
// body or bloc. A bench and a member of a lower-case body give no memberOf; a company's
// board is boards.go's boardMemberOf.
func TestMemberships(t *testing.T) {
	x := extract(t, "memberships")
	for _, r := range [][3]string{
		{"Ann Colby", "memberOf", "Finance Committee"},
		{"Ben Hale", "memberOf", "Senate Rules Committee"},
		{"Carl Moody", "memberOf", "House Energy Committee"},
		{"Dana Pruitt", "memberOf", "Federal Open Market Committee"},
		{"Portugal", "memberOf", "NATO"},
		{"Fay Gold", "boardMemberOf", "Quill Mining"},
		{"Jo Pratt", "boardMemberOf", "Quill Mining"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "memberOf" && (r.Subject == "Gus Lamb" || r.Subject == "Ida Kern" || r.Subject == "Jo Pratt") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
