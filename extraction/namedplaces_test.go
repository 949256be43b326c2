package extraction

import "testing"

// TestNamedPlaces: an institution whose name holds its site is located in it ("the
// University of Missouri", "Brussels Airport", "Knox County Jail", "Iowa State
// University", "the Bank of Japan"); an airline, an embassy, a university named after a
// person, the institution's own short name ("Harvard", "LaGuardia") and a centre of a
// university give no place.
func TestNamedPlaces(t *testing.T) {
	x := extract(t, "named-places")
	for _, want := range [][2]string{{"University of Missouri", "Missouri"}, {"Brussels Airport", "Brussels"},
		{"Knox County Jail", "Knox County"}, {"Hebrew University of Jerusalem", "Jerusalem"},
		{"Iowa State University", "Iowa"}, {"Bank of Japan", "Japan"}, {"Boston Children's Hospital", "Boston"},
		{"Denver International Airport", "Denver"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, no := range [][2]string{{"Washington University", "Washington"}, {"American Airlines", "United States"},
		{"Embassy of France", "France"}, {"Harvard University", "Harvard"}, {"LaGuardia Airport", "LaGuardia"},
		{"Stanford University Medical Center", "Stanford"}} {
		for _, r := range x.Relations {
			if r.Subject == no[0] && (r.Predicate == "locatedIn" || r.Predicate == "partOf") && r.Object == no[1] {
				t.Errorf("%s %s %s: want none", r.Subject, r.Predicate, r.Object)
			}
		}
	}
}
