package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestOfNamesOpeningSentences: a sentence that opens on a body's head word, "of" and a
// capitalised name opens on that body's name ("Bank of Varnton said", "University of
// Belmar researchers"), as the same words do inside a sentence; "Members of Congress"
// opens on a common noun.
func TestOfNamesOpeningSentences(t *testing.T) {
	for _, tc := range []struct {
		body    string
		names   []string
		notName []string
	}{
		{"Profit rose on Monday. Bank of Varnton said so.", []string{"Bank of Varnton"}, []string{"Varnton"}},
		{"Profit rose. University of Belmar researchers found the link.", []string{"University of Belmar"}, []string{"Belmar"}},
		{"Talks stalled. Department of Harbors officials declined to comment.", []string{"Department of Harbors"}, []string{"Harbors"}},
		{"Talks stalled. Council of Varnton members met on Friday.", []string{"Council of Varnton"}, nil},
		{"Talks stalled. Members of Congress voted on Friday.", []string{"Congress"}, []string{"Members of Congress"}},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		wantNames(t, tc.body, x, tc.names, tc.notName)
	}
}
