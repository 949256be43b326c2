package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestEarlierOpening: an article whose first sentence opens on "Earlier this month," and
// holds an amount reads it without a panic in the figures stage (found by the rel59
// helper: "index out of range [-1]", the figures of the whole article lost).
func TestEarlierOpening(t *testing.T) {
	for _, a := range []kg.Article{
		{Title: "Earlier this month, Symantec Corp said it would buy Blue Coat Systems Inc for $4.65 billion."},
		{Title: "News report", Body: "Earlier this month, Symantec Corp said it would buy Blue Coat Systems Inc for $4.65 billion."},
	} {
		x := extractStrict(a)
		found := false
		for _, f := range x.Figures {
			if f.Value == 4.65e9 {
				found = true
			}
		}
		if !found {
			t.Errorf("no $4.65 billion in %+v", x.Figures)
		}
	}
}
