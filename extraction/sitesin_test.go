package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestSitesIn: a base, a camp or a crossing named before "in PLACE" lies in that place,
// even when another country opens the sentence ("Tarvish jets fly from …"); a
// campaign's "camp" is no site, and a river "in" a town runs through it (no locatedIn).
func TestSitesIn(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Jets redeploy", Body: "U.S. jets fly from the Korvat air base in southern Turkey, officials said.\n" +
		"Thousands live in the Maroun refugee camp in northern Jordan.\n" +
		"The Delvin camp in Iowa was upbeat before the caucus.\n" +
		"A body was found in the Varna river in Tenmere on Monday."})
	for _, r := range [][2]string{{"Korvat", "Turkey"}, {"Maroun", "Jordan"}} {
		if !hasRelation(x, r[0], "locatedIn", r[1]) {
			t.Errorf("no %s locatedIn %s; relations: %+v", r[0], r[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && (r.Subject == "Korvat" && r.Object != "Turkey" || r.Subject == "Delvin" || r.Subject == "Varna") {
			t.Errorf("wrong place %+v", r)
		}
	}
}
