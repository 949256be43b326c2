package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestVisitorCounts: a count of people whose verb is "visited" counts visitors, one
// whose verb is "voted" voters.
func TestVisitorCounts(t *testing.T) {
	checkFigures(t, "Park visits", map[string][]string{
		"A record 31 million people visited the Ruritania parks in 2015.": {"visitors 3.1e+07"},
		"About 2 million people voted in the Elmtown primary.":             {"voters 2e+06"},
	})
}

// TestSpotBesideDemonym: a people's word in the spot's paragraph ("embassies, including
// the French") names no place of another country: the mall stays in the dateline's town.
func TestSpotBesideDemonym(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Blast in Karvo", Body: "JAKARTA, Indonesia — A blast rocked downtown Jakarta on Thursday.\n\n" +
		"Gunshots were heard near the Kemang shopping mall and a police station. The area also has many hotels and embassies, including the French."})
	found := false
	for _, r := range x.Relations {
		if r.Subject == "Kemang shopping mall" && r.Predicate == "locatedIn" {
			found = true
			if r.Object != "Jakarta" {
				t.Errorf("Kemang shopping mall locatedIn %q, want Jakarta", r.Object)
			}
		}
	}
	if !found {
		t.Errorf("no place for the mall: %+v", x.Relations)
	}
}
