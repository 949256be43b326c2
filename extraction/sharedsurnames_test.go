package extraction

import (
	"slices"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// A lone given name joined by "and" to a full name takes its surname (a couple,
// siblings), and keeps the bare word as an alias; a given name that already opens
// another person's name in the article, or ends one, stays that person's
// (givenNamesBeforeSurname).
func TestGivenNamesBeforeSurname(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // entities that must be there, as "Name/Type"
		absent     []string // names that must not be
	}{
		{"couple", "Among the passengers still missing were Justin and Stephanie Walsh, both teachers from Ohio.",
			[]string{"Justin Walsh/Person", "Stephanie Walsh/Person"}, []string{"Justin"}},
		{"brothers", "A senior adviser to the brothers David and Charles Morrow said they would not appear at the hearing.",
			[]string{"David Morrow/Person", "Charles Morrow/Person"}, []string{"David"}},
		{"parents", "The boy's parents were identified as Matt and Melissa Farrow of Lincoln.",
			[]string{"Matt Farrow/Person", "Melissa Farrow/Person"}, nil},
		{"given name of another person", "Mary Hollander chaired the panel on Monday. Critics said the vote cost Mary and Alex Dunmore their seats.",
			[]string{"Mary Hollander/Person", "Alex Dunmore/Person"}, []string{"Mary Dunmore"}},
		{"surname of another person", "Judge Walter Thomas ruled on Monday. The case pitted Thomas and Greg Pellman against the city.",
			[]string{"Greg Pellman/Person"}, []string{"Thomas Pellman"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, kg.Article{Title: "A report", Body: tc.body, Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
			var got []string
			for _, e := range x.Entities {
				got = append(got, e.Name+"/"+string(e.Type))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; entities %v", w, got)
				}
			}
			for _, a := range tc.absent {
				for _, e := range x.Entities {
					if e.Name == a {
						t.Errorf("unwanted %s; entities %v", a, got)
					}
				}
			}
		})
	}
	x := mustExtract(t, kg.Article{Title: "A report", Body: "Among the passengers were Justin and Stephanie Walsh of Ohio.", Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
	for _, e := range x.Entities {
		if e.Name == "Justin Walsh" && !slices.Contains(e.Aliases, "Justin") {
			t.Errorf("Justin Walsh aliases %v, want the bare given name", e.Aliases)
		}
	}
}
