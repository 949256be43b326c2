package extraction

import "testing"

// TestSpotsInTheirTown: a street, building or port lies in the article's town only when
// the article puts it there: a paragraph that names the town, or one that names no place
// of another country. A port toured on a visit abroad is not in the dateline's town.
func TestSpotsInTheirTown(t *testing.T) {
	x := extract(t, "spots-abroad")
	if !hasRelation(x, "Main Street", "locatedIn", "Valdora") {
		t.Errorf("missing Main Street locatedIn Valdora; relations: %+v", x.Relations)
	}
	if hasRelation(x, "Kessel Port", "locatedIn", "Valdora") {
		t.Errorf("unwanted Kessel Port locatedIn Valdora")
	}
}
