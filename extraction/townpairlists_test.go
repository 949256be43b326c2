package extraction

import "testing"

// TestTownPairLists: each "Town, State" pair of a list of pairs, or of a pair that "and"
// follows, puts the town in its state or country; not a list of towns with a state that
// names a city ("Chicago, New York and Boston"), nor a speaker's loose list.
func TestTownPairLists(t *testing.T) {
	x := extractBody(t, "Kettle Labs will open offices in Dayton, Ohio, Reno, Nevada and Tulsa, Oklahoma, the software maker said on Tuesday. "+
		"Storms were expected near Greenville, South Carolina and along the coast later in the week, forecasters said. "+
		"The firm also plans a research center in Osaka, Japan and another in Lyon, France, said Ann Ruiz, its chief executive. "+
		"\"We looked at Boston, Denver, California and more,\" Ruiz said. "+
		"Its earlier bids for sites in Chicago, New York and Boston failed last year.")
	wantRelations(t, x, [][3]string{
		{"Dayton", "locatedIn", "Ohio"},
		{"Reno", "locatedIn", "Nevada"},
		{"Tulsa", "locatedIn", "Oklahoma"},
		{"Greenville", "locatedIn", "South Carolina"},
		{"Osaka", "locatedIn", "Japan"},
	})
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Denver" && r.Object == "California":
			t.Errorf("unwanted %+v: a speaker's list", r)
		case r.Subject == "Chicago" && r.Object == "New York":
			t.Errorf("unwanted %+v: a list of cities", r)
		}
	}
}
