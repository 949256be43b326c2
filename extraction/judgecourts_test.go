package extraction

import "testing"

// TestJudgeCourts: a judge's title whose words before "Judge" end in a court's kind
// makes the judge a judge of that court ("U.S. District Judge" of the U.S. District
// Court, "U.S. Magistrate Judge" of it too, "U.S. Circuit Judge" of the U.S. Court of
// Appeals, "Dale County Circuit Judge" of the Dale County Circuit Court), never of "U.S.
// District" or of a compound adjective before the title.
func TestJudgeCourts(t *testing.T) {
	x := extract(t, "judge-courts")
	for _, r := range [][3]string{
		{"Ann Corvell", "judgeOf", "U.S. District Court"},
		{"Lena Stroud", "judgeOf", "U.S. District Court"},
		{"Tomas Wren", "judgeOf", "U.S. Court of Appeals"},
		{"Rita Osk", "judgeOf", "Dale County Circuit Court"},
		{"Ivo Brandt", "judgeOf", "U.S. District Court"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "judgeOf" && (r.Object == "U.S. District" || r.Object == "U.S. Magistrate" || r.Object == "Dale County Magistrate") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
