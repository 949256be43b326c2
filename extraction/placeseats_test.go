package extraction

import "testing"

// TestPlaceSeats: "X, a [modifiers] town|community|city of N in [northern] Y" puts town X
// in Y; "ROLE of|at ORG in TOWN" and "PERSON of ORG in TOWN" put the body in the town,
// but not in a country ("of Uber in Sweden": a branch), not a body the word lists know
// ("of Reuters in Baghdad": a bureau), not after "for" ("a spokesman for ORG in TOWN");
// "ORG, a [words] KIND based|headquartered in Y" and "ORG, a Y-based KIND" put the body
// in Y.
func TestPlaceSeats(t *testing.T) {
	x := extract(t, "place-seats")
	for _, want := range [][2]string{{"Oakridge", "Vermont"}, {"Weldon", "Kern County"},
		{"Dell Rapids", "South Dakota"}, {"Harwick Grain Partners", "Omaha"},
		{"Linwood Medical Center", "Dayton"}, {"Corvane Energy", "Tulsa"},
		{"Bellhaven Health", "Boston"}, {"Trust Rivers", "Kansas"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, no := range [][2]string{{"Uber", "Sweden"}, {"Reuters", "Baghdad"}, {"Harbor Holdings", "Springfield"}} {
		if hasRelation(x, no[0], "locatedIn", no[1]) {
			t.Errorf("%s locatedIn %s: want none", no[0], no[1])
		}
	}
}
