package extraction

import "testing"

// TestSeatAddresses: a body's seat given as a full address after its name ("founder of
// Brightwell Capital in Dayton, Ohio", "Harlow Ventures in Boise, Idaho, which …") puts
// the body in the town and its state, but not after a verb or "by" (where something
// happened); "the Town, State-based company" puts the body the article named before in
// both, with a verb of speech after the kind; "Town near City" makes the town near the
// city, unless the town ends a bearing ("southwest of Marston near the … border"); "her
// home in Town, State" makes the person the pronoun stands for a resident of both, but
// not of a place that modifies a word after it ("the Pacific coastal town of Harlow").
func TestSeatAddresses(t *testing.T) {
	x := extract(t, "seat-addresses")
	for _, want := range [][2]string{{"Brightwell Capital", "Dayton"}, {"Brightwell Capital", "Ohio"},
		{"Harlow Ventures", "Boise"}, {"Harlow Ventures", "Idaho"},
		{"Corlan Systems Inc", "Toronto"}, {"Corlan Systems Inc", "Ontario"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, no := range [][2]string{{"Ostrel Foods", "Fresno"}, {"Tarvel Freight", "Reno"}} {
		if hasRelation(x, no[0], "locatedIn", no[1]) {
			t.Errorf("%s locatedIn %s: want none (where it happened)", no[0], no[1])
		}
	}
	for _, want := range []string{"Dayton", "Ohio"} {
		if !hasRelation(x, "Lena Morrow", "residentOf", want) {
			t.Errorf("want Lena Morrow residentOf %s; relations: %+v", want, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Owen Marsh" && r.Predicate == "residentOf" && r.Object != "Harlow" {
			t.Errorf("Owen Marsh residentOf %s: want none", r.Object)
		}
	}
	if !hasRelation(x, "Kelvar", "locatedNear", "Dunmore") {
		t.Errorf("want Kelvar locatedNear Dunmore; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Marston" && r.Predicate == "locatedNear" {
			t.Errorf("Marston locatedNear %s: want none (the county is near it)", r.Object)
		}
	}
}
