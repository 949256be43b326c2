package extraction

import "testing"

// TestSenatorStates: the state a legislator's seat is for, given right after the name
// without a party-and-state tag — a state alone in brackets ("(Vt.)", "(N.H.)"), "of" a
// state, a state before the party word ("an Oregon Democrat") or after it ("Republican of
// South Dakota"), and a tag that spells the state out ("D-Oregon"). A town there ("a Provo Republican") is no seat the reader can name.
func TestSenatorStates(t *testing.T) {
	x := extract(t, "senator-states")
	for _, r := range [][3]string{
		{"Ana Pruitt", "senatorOf", "Vermont"},
		{"Carl Denby", "senatorOf", "Texas"},
		{"Vera Holt", "senatorOf", "Wyoming"},
		{"Mark Tolland", "senatorOf", "Oregon"},
		{"Ken Osler", "senatorOf", "South Dakota"},
		{"Ruth Calder", "senatorOf", "New Hampshire"},
		{"Paul Eskew", "senatorOf", "Oregon"},
		{"Paul Eskew", "memberOf", "Democratic Party"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Lee Marsh" && r.Object == "Provo" {
			t.Errorf("unwanted %+v: a town is no state", r)
		}
	}
}
