package extraction

import "testing"

// TestRel130BasedOnceNamedTown: a town named once before "-based" places the body when
// its one mention scored as surely a place ("Newport Beach-based"), not a word the
// article does not otherwise make a place ("Drexo-based").
func TestRel130BasedOnceNamedTown(t *testing.T) {
	x := extractBody(t, "Newport Beach-based Quorvel Systems said on Monday it would cut 40 jobs.\n\nDrexo-based Tarvin phones sold well in the spring, analysts said.\n")
	if !hasRelation(x, "Quorvel Systems", "locatedIn", "Newport Beach") {
		t.Errorf("want Quorvel Systems locatedIn Newport Beach; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && r.Object == "Drexo" {
			t.Errorf("want nothing in Drexo; got %+v", r)
		}
	}
}

// TestRel130SiteAside: a site's name (a road, a hospital, a canyon, a beach) with the
// aside ", in [the …] Y" lies in Y whatever Y's size, and in the town after "suburb of";
// a body with no site's name keeps the old rule (a bare ", in Tacoma" places nothing).
func TestRel130SiteAside(t *testing.T) {
	x := extractBody(t, "Two men broke out of Harwood State Hospital, in the city of Lakeport, on Friday.\n\nThe singer lived at Merrow Park, in the Dayton suburb of Kettering, for years.\n\nOfficials at Norvale Freight, in Tacoma, declined to comment on Friday.\n")
	if !hasRelation(x, "Harwood State Hospital", "locatedIn", "Lakeport") {
		t.Errorf("want Harwood State Hospital locatedIn Lakeport; relations: %+v", x.Relations)
	}
	if !hasRelation(x, "Merrow Park", "locatedIn", "Kettering") {
		t.Errorf("want Merrow Park locatedIn Kettering; relations: %+v", x.Relations)
	}
	if hasRelation(x, "Norvale Freight", "locatedIn", "Tacoma") {
		t.Errorf("Norvale Freight locatedIn Tacoma: want none (no site's name)")
	}
}

// TestRel130WeeklyKind: "weekly" and "mapmaker" are kinds of body a demonym places
// ("German weekly Der Morgenblatt" lies in Germany); a weekly with no demonym before it
// places nothing.
func TestRel130WeeklyKind(t *testing.T) {
	x := extractBody(t, "German weekly Der Morgenblatt reported the plan on Friday.\n\nDutch mapmaker Tavoro Maps said on Monday it would cut jobs.\n\nThe popular weekly Kassandra Review reported the plan on Friday.\n")
	if !hasRelation(x, "Der Morgenblatt", "locatedIn", "Germany") {
		t.Errorf("want Der Morgenblatt locatedIn Germany; relations: %+v", x.Relations)
	}
	if !hasRelation(x, "Tavoro Maps", "locatedIn", "Netherlands") {
		t.Errorf("want Tavoro Maps locatedIn Netherlands; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && r.Subject == "Kassandra Review" {
			t.Errorf("want nothing for Kassandra Review; got %+v", r)
		}
	}
}
