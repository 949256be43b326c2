package extraction

import "testing"

// TestNestedPlaces: a place nested inside a noun phrase lies in the place named first
// ("the Brussels neighborhood of X", "the Hama province town of X"), and a place put only
// in a town lies in the town's country too. "X, the capital of Y" and "X, Y's de facto
// capital" make X Y's capital, Y a place or the group that holds X; not a capital of
// trade, nor the country of a region left unnamed ("capital of Iraq's northern Kurdish
// region"); nor the larger place when the neighborhood is named first.
func TestNestedPlaces(t *testing.T) {
	x := extract(t, "nested-places")
	for _, want := range [][3]string{
		{"Varenbeek", "locatedIn", "Brussels"}, {"Varenbeek", "locatedIn", "Belgium"},
		{"Qasrin", "locatedIn", "Hama province"},
		{"Dorlan", "capitalOf", "Halvar province"}, {"Marrak", "capitalOf", "Tarsen Liberation Army"},
	} {
		if !hasRelation(x, want[0], want[1], want[2]) {
			t.Errorf("want %s %s %s; relations: %+v", want[0], want[1], want[2], x.Relations)
		}
	}
	for _, no := range [][3]string{
		{"Aleppo", "capitalOf", "Syria"}, {"Kovar", "capitalOf", "Iraq"},
		{"South Dorlan", "locatedIn", "Mellow Square"},
	} {
		if hasRelation(x, no[0], no[1], no[2]) {
			t.Errorf("%s %s %s: want none", no[0], no[1], no[2])
		}
	}
}
