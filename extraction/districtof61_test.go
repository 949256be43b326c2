package extraction

import "testing"

// TestDistrictOfKnownTown: "the X district of Y" with Y a town the word lists know and X
// not puts X in Y, never Y in X; a known town first still holds the suburb after "of".
func TestDistrictOfKnownTown(t *testing.T) {
	x := extractTitled(t, "Report", "Two bombs went off in the Qarnak Town district of Baghdad on Monday, police said.")
	if !hasRelation(x, "Qarnak Town", "locatedIn", "Baghdad") {
		t.Errorf("want Qarnak Town locatedIn Baghdad: %+v", x.Relations)
	}
	if hasRelation(x, "Baghdad", "locatedIn", "Qarnak Town") {
		t.Errorf("Baghdad read as lying in its own district: %+v", x.Relations)
	}
	x = extractTitled(t, "Report", "The rally was held in the Baghdad suburb of Qarnak Town on Monday, police said.")
	if !hasRelation(x, "Qarnak Town", "locatedIn", "Baghdad") {
		t.Errorf("near miss: want Qarnak Town locatedIn Baghdad: %+v", x.Relations)
	}
}
