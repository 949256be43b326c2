package extraction

import "testing"

// TestMemberBodies: a country's possessive before an international body it belongs to
// ("Varnia's EU membership", "Norland's OPEC quota") makes the body no part of the
// country; a national body after the possessive still is ("Varnia's Border Agency").
func TestMemberBodies(t *testing.T) {
	x := mustExtract(t, leadArticle("Vote on the bloc",
		"Officials in Britain said they would defend Britain's EU membership. "+
			"Iran's OPEC governor said output would rise, officials at Iran's Atomic Energy Organization said."))
	for _, bad := range [][2]string{{"European Union", "United Kingdom"}, {"OPEC", "Iran"}} {
		if hasRelation(x, bad[0], "partOf", bad[1]) {
			t.Errorf("a member's body made its part: %s partOf %s", bad[0], bad[1])
		}
	}
	if !hasRelation(x, "Atomic Energy Organization", "partOf", "Iran") {
		t.Errorf("want Atomic Energy Organization partOf Iran; relations: %+v", x.Relations)
	}
}
