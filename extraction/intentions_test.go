package extraction

import "testing"

// TestIntentionsAndAppearances: an act under a verb of aim, attempt or expectation is an
// open predicate that names the aim (planToBuy, expectedToSue, threatenToSue, setToMeet,
// tryToBuy), never the fixed predicate of the act (acquires, sues, meets); a negated aim
// and a plan that is a noun give nothing; "agreed to acquire" keeps acquires. "appeared
// on X" and "testified before X" are read, a negated appearance is not; a count and its
// noun are a short object ("leased 20 aircraft to").
func TestIntentionsAndAppearances(t *testing.T) {
	x := extract(t, "intentions")
	for _, r := range [][3]string{
		{"Talos Corp", "planToBuy", "Meridian Air"},
		{"Vireo Inc", "expectedToSue", "Halden Bank"},
		{"Dana Ruiz", "wantToHire", "Ken Marlow"},
		{"Orla Finch", "threatenToSue", "Brisk Media"},
		{"Piet Varga", "setToMeet", "Lena Sorel"},
		{"Kestrel Mining", "tryToBuy", "Dunmore Coal"},
		{"Ken Marlow", "appearOn", "Harbor Lights"},
		{"Mara Stein", "testifyBefore", "Senate Armed Services Committee"},
		{"Quill Airways", "leaseAircraftTo", "Brennan Air"},
		{"Nolan Freight", "acquires", "Talos Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "acquires" && r.Subject != "Nolan Freight",
			r.Predicate == "sues", r.Predicate == "meets",
			r.Subject == "Ashby Capital", r.Subject == "Harlan Group", r.Subject == "Tomas Hale":
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestInfinitiveBase: base forms of verbs, and words that are none.
func TestInfinitiveBase(t *testing.T) {
	for w, want := range map[string]bool{"buy": true, "sue": true, "hire": true, "visit": true, "meet": true,
		"block": true, "be": false, "say": false, "the": false, "banana": false} {
		if got := infinitiveBase(w); got != want {
			t.Errorf("infinitiveBase(%q) = %v, want %v", w, got, want)
		}
	}
}
