package extraction

import "testing"

// TestRoles66: a state and a party's label before a title ("Ohio Republican Governor X":
// the governor of Ohio, a member of the party; "Democratic Texas Gov. X"), a portfolio
// joined by "and" before a secretary's title ("Health and Human Services Secretary X"), a
// Korean surname that is also a place's head before a hyphened given name after a title
// ("President Park Geun-hye of …", which a title after "and" no longer joins to the
// name before), and a company's place in an appositive past its ticker ("Karvo
// (KRV.HE), Finland's biggest company").
func TestRoles66(t *testing.T) {
	x := extract(t, "roles66")
	for _, w := range [][3]string{
		{"Tom Brekke", "governorOf", "Ohio"},
		{"Tom Brekke", "memberOf", "Republican Party"},
		{"Ben Lund", "governorOf", "Texas"},
		{"Ben Lund", "memberOf", "Democratic Party"},
		{"Sylvia Marn", "secretaryOf", "Health and Human Services"},
		{"Shinzo Abe", "primeMinisterOf", "Japan"},
		{"Park Geun-hye", "presidentOf", "Vanuatu"},
		{"Karvo", "locatedIn", "Finland"}, // "Finland's biggest company": in it, not the state's
	} {
		if !hasRelation(x, w[0], w[1], w[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", w[0], w[1], w[2], x.Relations)
		}
	}
	for _, e := range x.Entities {
		switch e.Name {
		case "Ohio Republican", "Human Services", "Health", "Japan and President Park Geun-hye of Vanuatu":
			t.Errorf("unwanted entity %q", e.Name)
		}
	}
}
