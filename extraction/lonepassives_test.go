package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestLonePassives: a person a passive says was killed, wounded or arrested, with no
// numeral, is one, counted as a member of the toll ("a police officer was shot dead":
// 1 killed, of the police officers); not "a sixth person was arrested" (the sixth of a
// count) nor "a man and his son were killed" (a list).
func TestLonePassives(t *testing.T) {
	for _, tc := range []struct {
		body    string
		measure string // "" for no figure of value 1
	}{
		{"A police officer was shot dead in Ostrel on Wednesday, police said.", "killed"},
		{"A man was killed when a bus hit a market stall in Tarsk on Tuesday.", "killed"},
		{"A young woman was wounded in the attack on the Varnian hotel.", "injured"},
		{"A man was arrested on Saturday in connection with the shooting in Belmar.", "arrested"},
		{"Prosecutors in Varnia said a sixth person had been arrested.", ""},
		{"A man and his son were killed in the fire in Belmar.", "-"},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range x.Figures {
			if f.Value == 1 {
				got = f.Measure
				if f.Scope.Kind != kg.GroupPart {
					t.Errorf("%q: scope %+v, want the group its noun names", tc.body, f.Scope)
				}
			}
		}
		if tc.measure == "-" {
			continue // casualtylists.go's to read
		}
		if got != tc.measure {
			t.Errorf("%q: 1 %q, want %q; figures %+v", tc.body, got, tc.measure, x.Figures)
		}
	}
}
