package extraction

import "testing"

// TestDescribedKinOf: "X, the son of evangelist Y" and "X, the wife of former Norland
// President Y" tie X to Y past the description; "the son of longtime Lund campaign
// manager Ann Roe" does not make Lund the parent.
func TestDescribedKinOf(t *testing.T) {
	x := extractBody(t, "Petra Voss, the daughter of evangelist Harald Voss, spoke to the crowd on Sunday.\n\n"+
		"Elsa Brandt, the wife of former Norland President Kurt Brandt, arrived in Tallow on Monday.\n\n"+
		"Jon Roe, the son of longtime Anders Lund campaign manager Ann Roe, declined to comment.\n")
	for _, r := range [][3]string{
		{"Petra Voss", "childOf", "Harald Voss"},
		{"Harald Voss", "parentOf", "Petra Voss"},
		{"Elsa Brandt", "spouseOf", "Kurt Brandt"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	if hasRelation(x, "Jon Roe", "childOf", "Anders Lund") {
		t.Errorf("unwanted Jon Roe childOf Anders Lund: Lund only qualifies the title")
	}
}

// TestWhoseKin: "X, whose son Y" ties the two; "the firm, whose son" ties nothing.
func TestWhoseKin(t *testing.T) {
	x := extractBody(t, "Marta Kellner, whose son Otto was hurt in the blast, spoke to reporters in Tallow.\n\n"+
		"The old mill, whose son Rudi Falk once ran it, closed in May, Greta Holm said.\n")
	if !hasRelation(x, "Otto", "childOf", "Marta Kellner") && !hasRelation(x, "Otto Kellner", "childOf", "Marta Kellner") {
		t.Errorf("missing Otto childOf Marta Kellner; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Rudi Falk" || r.Object == "Rudi Falk" {
			t.Errorf("unwanted %+v: whose follows no name", r)
		}
	}
}

// TestKinPastTitle: a kin aside names its kin past a title ("his sister, former Prime
// Minister X", "her son, the Rev. X"); a courtesy title after a fronted phrase names the
// subject, not the kin ("Pressured by his father, Mr. X accepted").
func TestKinPastTitle(t *testing.T) {
	x := extractBody(t, "Former Norland President Anton Varga and his sister, former Prime Minister Lisbet Varga, met voters in Tallow.\n\n"+
		"Greta Holm thanked the crowd, joined by her son, the Rev. Nils Holm.\n\n"+
		"Jonas Eklund grew up in Tallow, where he read the novels of Tom Berg. Pressured by his father, Mr. Eklund took a job at the mill.\n")
	for _, r := range [][3]string{
		{"Lisbet Varga", "siblingOf", "Anton Varga"},
		{"Nils Holm", "childOf", "Greta Holm"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "parentOf" || r.Predicate == "childOf" {
			if r.Subject == "Jonas Eklund" || r.Object == "Jonas Eklund" {
				t.Errorf("unwanted %+v: Mr. names the subject", r)
			}
		}
	}
}
