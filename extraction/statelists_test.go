package extraction

import "testing"

// TestStateLists: two U.S. states side by side are a list, not a town in a state, unless
// the clause ends after the second ("born in Virginia, Minnesota."); a town before a state
// stays in it. The sentences are invented.
func TestStateLists(t *testing.T) {
	tests := []struct {
		body    string
		want    [3]string
		located bool
	}{
		{"Samples will come from clinics in Oregon, Nevada, and Utah this spring.", [3]string{"Oregon", "locatedIn", "Nevada"}, false},
		{"Governor Amy Vance of Texas, Ohio Senator Dan Pell and two others spoke.", [3]string{"Texas", "locatedIn", "Ohio"}, false},
		{"In Iowa, New Hampshire, the race is very close, the pollster said.", [3]string{"Iowa", "locatedIn", "New Hampshire"}, false},
		{"The poet Ada Brill was born in Virginia, Minnesota.", [3]string{"Virginia", "locatedIn", "Minnesota"}, true},
		{"The plant in Dayton, Ohio, and two others will close.", [3]string{"Dayton", "locatedIn", "Ohio"}, true},
	}
	for _, tt := range tests {
		x := mustExtract(t, emphasised("States", tt.body))
		if got := hasRelation(x, tt.want[0], tt.want[1], tt.want[2]); got != tt.located {
			t.Errorf("%q: %v located = %v, want %v; relations %+v", tt.body, tt.want, got, tt.located, x.Relations)
		}
	}
}
