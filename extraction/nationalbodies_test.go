package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestNationalBodies: a country's or a state's body named with the place (or its people's
// adjective) first and its portfolio between is partOf the place, unless the place is the
// body's topic or the body is not the place's government (modifiers.go nationalBodyPlace).
func TestNationalBodies(t *testing.T) {
	x := extract(t, "national-bodies")
	for _, r := range [][3]string{
		{"U.S. Justice Department", "partOf", "United States"},
		{"U.S. Federal Reserve", "partOf", "United States"},
		{"Chinese Foreign Ministry", "partOf", "China"},
		{"Ohio Public Utilities Commission", "partOf", "Ohio"},
		{"U.S. military", "partOf", "United States"},
		{"Norwegian police", "partOf", "Norway"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "partOf" && (r.Subject == "Irish Republican Army" || r.Subject == "Taiwan Affairs Office") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestPlaceCompanies: a company (a legal form ends its name) or a news outlet after a
// place's possessive is based in the place, not part of it: "Norway's Halvor Motors
// Corp", "Sweden's Daily Tribune"; a public body stays part of it ("Norway's Maritime
// Authority"). A description between says which: "Norway's biggest lender Ostin
// Bank" is in Norway, "Norway's national oil company Nordoil" and "Norway's elite Border
// Guard Command" (a state word in the name) are Norway's.
func TestPlaceCompanies(t *testing.T) {
	x := extract(t, "place-companies")
	wantRelations(t, x, [][3]string{
		{"Halvor Motors Corp", "locatedIn", "Norway"},
		{"Daily Tribune", "locatedIn", "Sweden"},
		{"Maritime Authority", "partOf", "Norway"},
		{"Ostin Bank", "locatedIn", "Norway"},
		{"Nordoil", "partOf", "Norway"},
		{"Border Guard Command", "partOf", "Norway"},
	})
	for _, r := range x.Relations {
		if r.Predicate == "partOf" && (r.Subject == "Halvor Motors Corp" || r.Subject == "Daily Tribune" || r.Subject == "Ostin Bank") {
			t.Errorf("a company read as part of its country: %+v", r)
		}
	}
}

// TestBodyHeads: registry, tribunal, directorate, inspectorate and secretariat end a
// body's name ("the Velland Pregnancy Registry"), which is no person's.
func TestBodyHeads(t *testing.T) {
	x := extract(t, "place-companies")
	want := map[string]bool{"Velland Pregnancy Registry": true, "Osland War Crimes Tribunal": true}
	for _, e := range x.Entities {
		if want[e.Name] {
			if e.Type != kg.Organization {
				t.Errorf("%s typed %s, want Organization", e.Name, e.Type)
			}
			delete(want, e.Name)
		}
	}
	for n := range want {
		t.Errorf("no entity %q", n)
	}
}
