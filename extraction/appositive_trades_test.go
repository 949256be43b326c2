package extraction

import "testing"

// TestAppositiveTrades: roles and ties a name's description gives with no role of the
// vocabulary's own words (roles61): counsel, co-directors, directors-general, vice
// chairs, pastors, members' and employees' trades, a lawyer's client by "who represents",
// and a demonym before a trade in "-ician".
func TestAppositiveTrades(t *testing.T) {
	x := extract(t, "appositive-trades")
	for _, r := range [][3]string{
		{"Omar Haddad", "memberOf", "Tadmur Coordination Committee"},
		{"Mark Evans", "lawyerOf", "GreenJustice"},
		{"Kristin Vale", "lawyerOf", "Quillon Corp"},
		{"Susan Hale", "directorOf", "Advancement Project"},
		{"Mary Quinn", "directorOf", "World Trade Organization"},
		{"Tina Moss", "viceChairmanOf", "Harbor Trust"},
		{"John Baker", "pastorOf", "Union Hill Church"},
		{"Dan Ruiz", "attorneyOf", "Mark Olson"},
		{"Laura Vela", "lawyerOf", "Tim Gross"},
		{"Brett Ames", "employeeOf", "Hurley Children's Hospital"},
		{"Lars Ekberg", "citizenOf", "Sweden"},
		{"Frederic Jacobs", "employeeOf", "Signal"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "generalOf":
			t.Errorf("unwanted %+v: a director-general is no general", r)
		case r.Subject == "Sam Reed" && r.Object == "Castell Bank":
			t.Errorf("unwanted %+v: the bank's workers are the client", r)
		case r.Subject == "Tom Parr" && (r.Predicate == "lawyerOf" || r.Predicate == "attorneyOf"):
			t.Errorf("unwanted %+v: a lawmaker represents a state", r)
		case r.Subject == "Ann Lee" && r.Predicate == "pastorOf":
			t.Errorf("unwanted %+v: \"including\" is no church's name", r)
		case r.Subject == "Jane Cole" && r.Predicate == "memberOf":
			t.Errorf("unwanted %+v: an activist at a school is no member", r)
		}
	}
}
