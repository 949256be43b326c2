package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestReducedRelativeTellers: "the man prosecutors say killed nine" is a relative clause
// without its "whom": prosecutors tell, not "man prosecutors"; "hospital officials say
// 12 people died" keeps its compound teller.
func TestReducedRelativeTellers(t *testing.T) {
	for _, tc := range []struct {
		body, source string
	}{
		{"Tom Albers, the man prosecutors say killed nine people in Varnton, appeared in court.", "prosecutors"},
		{"Ada Moss, the woman police say shot three officers in Belmar, was arrested on Monday.", "police"},
		{"Hospital officials say 12 people died in the Varnton fire.", "hospital officials"},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Figures) != 1 || x.Figures[0].Source != tc.source {
			t.Errorf("%q: figures %+v, want one told by %q", tc.body, x.Figures, tc.source)
		}
	}
}
