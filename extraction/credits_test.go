package extraction

import "testing"

// TestReporterCities: each reporter of a credit line reports from the city named after
// their group ("A in X and B and C in Y"); a name before ", and" waits for no later city,
// a desk is no reporter, a writer files from the city named after them (gold35: "additional
// writing by X in City"), and an editor reports from nowhere.
func TestReporterCities(t *testing.T) {
	x := extract(t, "reporter-cities")
	for _, r := range [][3]string{
		{"Ann Colby", "reportsFrom", "Dayton"},
		{"Lee Mossberg", "reportsFrom", "Lyon"},
		{"Kim Tranter", "reportsFrom", "Lyon"},
		{"Bo Pettit", "reportsFrom", "Paris"},
		{"Ida Brandt", "reportsFrom", "Bern"},
		{"Carl Ostrander", "reportsFrom", "Dayton"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "reportsFrom" {
			continue
		}
		switch r.Subject {
		case "Ann Colby", "Lee Mossberg", "Kim Tranter", "Bo Pettit", "Ida Brandt", "Carl Ostrander":
		default:
			t.Errorf("unwanted %+v: not a reporter of that city", r)
		}
	}
}

// TestContributorCities: a "contributed to this report" line places its reporters as a
// credit line does, and a credit line goes on after ", and by" and "; and"; no reporter
// reports from another reporter (testdata/contributor-cities.input).
func TestContributorCities(t *testing.T) {
	x := extract(t, "contributor-cities")
	want := map[string]string{"Nora Quill": "Lisbon", "Pete Arden": "Lisbon", "Laura Mayhew": "Porto",
		"Una Pell": "Geneva", "Rob Tanner": "Oslo", "Sal Vinter": "Oslo", "Dora Kemp": "Rome"}
	for who, city := range want {
		if !hasRelation(x, who, "reportsFrom", city) {
			t.Errorf("missing %s reportsFrom %s; relations: %+v", who, city, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "reportsFrom" && want[r.Subject] != r.Object {
			t.Errorf("unwanted %+v", r)
		}
	}
}
