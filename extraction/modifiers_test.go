package extraction

import (
	"testing"
)

// TestNameModifiers: a place before a body's kind ("German automaker X"), a "-based"
// place, a plural kind before "such as" and a list, an organization's possessive over a
// name ("X's Kettle app"), a person's possessive over a party, "NAME's aunt/uncle, NAME"
// "X – married to Y", "PLACE resident NAME" and "NAME, a 61-year-old native of PLACE"
// each give their relation; a rival after a possessive does not, nor a name that
// modifies a noun ending in -eed ("X's Quillon feed"), one common word ("X's Kernel
// sales") or a ticker ("X's DOVR.O shares"). A second role after "and" holds for its
// own body ("the chairman of A and owner of B"); "India-focussed" is no place, nor is
// "the Oslo-based firm" the object of its own verb ("… acquired Pellmark Ltd").
func TestNameModifiers(t *testing.T) {
	x := extract(t, "name-modifiers")
	for _, r := range [][3]string{
		{"Halvorsen Motoren", "locatedIn", "Germany"},
		{"Brindle Rides Inc", "locatedIn", "Ohio"},
		{"Fjellstrom ASA", "locatedIn", "Norway"},
		{"Quillon", "locatedIn", "United States"},
		{"Marrowbank", "locatedIn", "United States"},
		{"Tessaly Labs", "locatedIn", "United States"},
		{"Kettle", "productOf", "Halvorsen Motoren"},
		{"Petra Ulven", "memberOf", "Harbour Party"},
		{"Henrik Sorensen", "relativeOf", "Oskar Lindqvist"},
		{"Mara Vinter", "spouseOf", "Jonas Vinter"},
		{"Jonas Vinter", "spouseOf", "Mara Vinter"},
		{"Ingrid Falk", "residentOf", "Oslo"},
		{"Nils Aasen", "nativeOf", "Sweden"},
		{"Mikkel Strand", "chairmanOf", "Brindle Rides Inc"},
		{"Mikkel Strand", "ownerOf", "Oslo Vikings"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Veltrax Inc" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: a rival is no part", r)
		}
		if r.Subject == "Quillon" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: the name modifies \"feed\", a noun, not a participle", r)
		}
		if r.Object == "Dovrel Corp" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: a common word or a ticker is no unit", r)
		}
		if r.Subject == "Mikkel Strand" && r.Predicate == "chairmanOf" && r.Object == "Oslo Vikings" {
			t.Errorf("unwanted %+v: he owns the team", r)
		}
		if r.Object == "India-focussed" {
			t.Errorf("unwanted %+v: a market focus is no place", r)
		}
		if r.Subject == "Pellmark Ltd" && r.Predicate == "locatedIn" {
			t.Errorf("unwanted %+v: the object of \"the Oslo-based firm acquired\" is not the firm", r)
		}
	}
}

// TestPartyAndTradeModifiers: a party's word before a person's race, title or name
// ("Republican presidential front-runner X", "Democratic rivals A and B", "Democrat X",
// "Republican Sen. X") makes them memberOf the party, and a town or state before a trade
// ("a Dayton firefighter, X", "Austin podcasters A and B", "a Fresno, California,
// developer, X") a residentOf it. Not a party word inside a longer name ("Liberal
// Democrats leader"), before a judge's title ("Liberal Justice"), or before a noun that
// is no race or role ("the Democratic primary between A and B"); not an attacker's place
// ("the Orlando gunman"), a country ("U.S. player"), nor a plural before a comma ("Ohio
// voters, X said").
func TestPartyAndTradeModifiers(t *testing.T) {
	x := extract(t, "party-trade-modifiers")
	for _, r := range [][3]string{
		{"Dan Tolle", "memberOf", "Republican Party"},
		{"Ann Perle", "memberOf", "Democratic Party"},
		{"Joe Marsh", "memberOf", "Democratic Party"},
		{"Mary Lund", "memberOf", "Democratic Party"},
		{"Bob Kray", "memberOf", "Republican Party"},
		{"Ray Dunn", "memberOf", "Republican Party"},
		{"Ann Cole", "residentOf", "Dayton"},
		{"Lee Moss", "residentOf", "Austin"},
		{"Kim Ray", "residentOf", "Austin"},
		{"Bo Diaz", "residentOf", "Fresno"},
		{"Nina Fox", "residentOf", "Boston"},
		{"Jeff Moss", "employeeOf", "NASA"}, // an engineer is employed (rolePredicate: tradeEmployment)
		{"Jo Hart", "memberOf", "Greenleaf"},
		{"Tom Reed", "memberOf", "NBA"},
		{"Carl Ward", "investsIn", "Apple"},
		{"Lena Ruiz", "contractorOf", "Delta Agency"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "memberOf" && (r.Subject == "Tim Farr" || r.Subject == "Vera Holm" || r.Subject == "Lou Banks" || r.Subject == "Al Ortiz"):
			t.Errorf("unwanted %+v: no party's word of its own", r)
		case r.Subject == "Ida Lowe" && r.Predicate == "memberOf":
			t.Errorf("unwanted %+v: a prize is no body", r)
		case r.Predicate == "residentOf" && (r.Subject == "Omar Tate" || r.Subject == "Jim Rowe" || r.Subject == "Dan Tolle"):
			t.Errorf("unwanted %+v: no trade's town", r)
		}
	}
}
