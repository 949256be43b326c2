package extraction

import "testing"

// TestReporterCities: each reporter of a credit line reports from the city named after
// their group ("A in X and B and C in Y"); a name before ", and" waits for no later city,
// a desk is no reporter, and a writer or editor reports from nowhere.
func TestReporterCities(t *testing.T) {
	x := extract(t, "reporter-cities")
	for _, r := range [][3]string{
		{"Ann Colby", "reportsFrom", "Dayton"},
		{"Lee Mossberg", "reportsFrom", "Lyon"},
		{"Kim Tranter", "reportsFrom", "Lyon"},
		{"Bo Pettit", "reportsFrom", "Paris"},
		{"Ida Brandt", "reportsFrom", "Bern"},
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
		case "Ann Colby", "Lee Mossberg", "Kim Tranter", "Bo Pettit", "Ida Brandt":
		default:
			t.Errorf("unwanted %+v: not a reporter of that city", r)
		}
	}
}
