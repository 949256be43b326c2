package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestLessCommonFirstWords: a sentence-opening word of SCOWL's next level with no
// capitalised word after it ("Turnout", "Wreckage", "Gunfire") is a word, no entity, and
// a figure's measure can open on it; the same word before a name ("Fang Xiaoli") may be a
// given name, and an acronym ("LAX") or a party ("Democrats") stays a name.
func TestLessCommonFirstWords(t *testing.T) {
	for _, tc := range []struct {
		body    string
		notName []string
		names   []string
		measure string
	}{
		{"Turnout was 67 percent in the Varnton vote.", []string{"Turnout"}, []string{"Varnton"}, "turnout"},
		{"Wreckage was found near Belmar on Sunday.", []string{"Wreckage"}, []string{"Belmar"}, ""},
		{"Gunfire erupted in Belmar late on Friday.", []string{"Gunfire"}, []string{"Belmar"}, ""},
		{"Fang Xiaoli, a Varnton lawmaker, spoke on Monday.", nil, []string{"Fang Xiaoli"}, ""},
		{"LAX is the busiest airport in the region.", nil, []string{"LAX"}, ""},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		wantNames(t, tc.body, x, tc.names, tc.notName)
		if tc.measure != "" {
			found := false
			for _, f := range x.Figures {
				found = found || f.Measure == tc.measure
			}
			if !found {
				t.Errorf("%q: no %s figure in %+v", tc.body, tc.measure, x.Figures)
			}
		}
	}
}
