package extraction

import "testing"

// TestInvestorsListed: each member of a list of investors or backers invests in the firm
// they fund (investors.go): the firm a relative aside describes (after a comma or across a
// dash), the subject of a raise "from investors including" or "with investors such as",
// a possessor, a name after "in" ("Investors in Marrow Foods Inc include"), and "counts A and B among its backers". A member keeps its name, not its
// description ("Ostmark founder Jana Voss", "Norland telecoms firm Ostmark Corp"), and
// the list ends at the aside after its last member ("and Venrock, a venture capital
// firm"). Investors courted in talks fund nothing yet.
func TestInvestorsListed(t *testing.T) {
	x := extract(t, "investors-listed")
	for _, r := range [][2]string{
		{"Ostmark Corp", "Halden Rides"},
		{"Birch Investment Corp", "Halden Rides"},
		{"Kelso Cars", "Halden Rides"},
		{"Jana Voss", "Brekke Robotics Inc"}, // across the dash, not Ostmark
		{"Torsa & Co Ltd", "Talvik Motors Inc"},
		{"Venrock", "Talvik Motors Inc"},
		{"Harlow Capital", "Pelton Biotech Inc"},
		{"Brisk Ventures", "Pelton Biotech Inc"},
		{"Oakline Partners", "Pelton Biotech Inc"},
		{"Quill Partners", "Corvane Labs Inc"},
		{"Sudria Fund", "Corvane Labs Inc"},
		{"Lund Holdings", "Varnel Systems Inc"},
		{"Pellam Capital", "Marrow Foods Inc"}, // "Investors in Marrow Foods Inc include"
		{"Sorrel Ventures", "Marrow Foods Inc"},
	} {
		if !hasRelation(x, r[0], "investsIn", r[1]) {
			t.Errorf("missing %s investsIn %s; relations: %+v", r[0], r[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "investsIn" {
			continue
		}
		switch {
		case r.Subject == "Ostmark Corp" && r.Object == "Brekke Robotics Inc":
			t.Errorf("unwanted %+v: the founder invests, not his firm", r)
		case r.Object == "Lorcan Motors Inc":
			t.Errorf("unwanted %+v: investors in talks fund nothing yet", r)
		case r.Subject == "Norland":
			t.Errorf("unwanted %+v: a description's place is no investor", r)
		}
	}
}

// TestRaisedFrom: "FIRM raised $N from A, B and C" keeps raiseFrom (firm → funder) and
// each funder listed after "from" investsIn the firm (investors.go raisedFrom): past a
// possessive description ("Norland's Kelso Telecom"), a person among them, and up to the
// aside after the last member. A town's raise is no stake in the town.
func TestRaisedFrom(t *testing.T) {
	x := extract(t, "raised-from")
	for _, r := range [][2]string{
		{"Ostmark Ventures", "Halden Rides Inc"},
		{"Birch Capital", "Halden Rides Inc"},
		{"Kelso Partners", "Halden Rides Inc"},
		{"Harlow Capital", "Pelton Biotech Inc"},
		{"Sudria Fund", "Corvane Labs Inc"},
		{"Kelso Telecom", "Corvane Labs Inc"},
		{"Jana Voss", "Corvane Labs Inc"},
		{"Quill Partners", "Corvane Labs Inc"},
		{"Lund Holdings", "Varnel Systems Inc"},
		{"Tessel Capital", "Varnel Systems Inc"},
	} {
		if !hasRelation(x, r[0], "investsIn", r[1]) {
			t.Errorf("missing %s investsIn %s; relations: %+v", r[0], r[1], x.Relations)
		}
	}
	if !hasRelation(x, "Halden Rides Inc", "raiseFrom", "Ostmark Ventures") {
		t.Errorf("missing Halden Rides Inc raiseFrom Ostmark Ventures; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Predicate == "investsIn" && (r.Object == "Vessa" || r.Subject == "Omar Said" || r.Subject == "Norland") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestRoundLed: the leaders of a round "led by" A and B invest in the firm that raised
// it; a round without a raise, a town's bond sale and a team led by a person give nothing.
func TestRoundLed(t *testing.T) {
	x := extract(t, "round-led")
	for _, r := range [][2]string{
		{"Ostmark Ventures", "Halden Rides Inc"},
		{"Harlow Capital", "Pelton Biotech Inc"},
		{"Birch Capital", "Pelton Biotech Inc"},
		{"Sudria Fund", "Corvane Labs Inc"},
	} {
		if !hasRelation(x, r[0], "investsIn", r[1]) {
			t.Errorf("missing %s investsIn %s; relations: %+v", r[0], r[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "investsIn" && (r.Object == "Vessa" || r.Subject == "Omar Said" || r.Subject == "Kelso Partners") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
