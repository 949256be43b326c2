package extraction

import "testing"

// TestPossessivePlaceWithItsNoun: "Karvo's Old Harbor district" puts Old Harbor in Karvo,
// a place noun after the name notwithstanding; "Norland's Black Sea region" puts no sea in
// Norland.
func TestPossessivePlaceWithItsNoun(t *testing.T) {
	x := mustExtract(t, leadArticle("Bomb hits Karvo market",
		"KARVO — A bomb struck a market in Karvo's Old Harbor district on Sunday. A helicopter crashed in Norland's Black Sea region."))
	if !hasRelation(x, "Old Harbor", "locatedIn", "Karvo") {
		t.Errorf("no Old Harbor locatedIn Karvo: %+v", x.Relations)
	}
	if hasRelation(x, "Black Sea", "locatedIn", "Norland") {
		t.Errorf("Black Sea locatedIn Norland: %+v", x.Relations)
	}
}
