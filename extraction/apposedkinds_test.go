package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestApposedBasedKindGoesOn: "BODY, a PLACE-based KIND" places the body in the place
// when a relative clause goes on after the kind ("a Denver-based trade organization that
// represents farmers"), as when the description ends there.
func TestApposedBasedKindGoesOn(t *testing.T) {
	a := kg.Article{Title: "Appeal", Body: "The Harlan Policy Council, a Denver-based trade organization that represents farmers, said it would appeal."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	if !hasRelation(x, "Harlan Policy Council", "locatedIn", "Denver") {
		t.Errorf("missing Harlan Policy Council locatedIn Denver; relations: %+v", x.Relations)
	}
}
