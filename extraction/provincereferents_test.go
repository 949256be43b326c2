package extraction

import "testing"

// TestProvinceReferents: once a province is a place, what a town's "Town, Province" used to
// hide shows: "the Kitchener, Ontario-based company" and the "it" after it stand for the
// story's company, not for the pollster of analysts' estimates nor for an analyst's firm
// (citedSource, itsOrganization); a person's home, "Lin Bao, 36, of Richmond, British
// Columbia", is not where the figure of the sentence is (homePlaceAt); and Ontario lies in
// Canada, the article's country, though the article does not name Canada.
func TestProvinceReferents(t *testing.T) {
	x := extract(t, "province-referents")
	for _, want := range [][3]string{
		{"Plinth Ltd", "locatedIn", "Kitchener"},
		{"Plinth Ltd", "locatedIn", "Ontario"},
		{"Ontario", "locatedIn", "Canada"},
	} {
		if !hasRelation(x, want[0], want[1], want[2]) {
			t.Errorf("want %v; relations: %+v", want, x.Relations)
		}
	}
	seen := 0
	for _, f := range x.Figures {
		switch f.Text {
		case "$68 million":
			seen++
			if f.Source != "Plinth Ltd" {
				t.Errorf("want the year-ago profit sourced to Plinth Ltd; got %q", f.Source)
			}
		case "17 carvings":
			seen++
			if f.Place != "United States" {
				t.Errorf("want the carvings' place United States; got %q", f.Place)
			}
		}
	}
	if seen != 2 {
		t.Errorf("want both figures read; got %+v", x.Figures)
	}
}
