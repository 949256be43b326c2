package extraction

import "testing"

// TestBasedAfterVerbGroup: a body's "based" word after a verb group ("had been", "has
// long been", "are also") or after an abbreviation in brackets places the body; a past
// seat ("was formerly based") and a member of the body ("an analyst at Acme has been
// based in") do not.
func TestBasedAfterVerbGroup(t *testing.T) {
	for _, tt := range []struct {
		body, subj, place string
		want              bool
	}{
		{"Halvex Corp had been based in Tulsa since 1974, the filing said.", "Halvex Corp", "Tulsa", true},
		{"Founded in 1990, Quenta Systems has long been headquartered in Oslo.", "Quenta Systems", "Oslo", true},
		{"Its main rivals, Tollis Inc and Varnex Ltd, are also based in Norway, analysts said.", "Tollis Inc", "Norway", true},
		{"Its main rivals, Tollis Inc and Varnex Ltd, are also based in Norway, analysts said.", "Varnex Ltd", "Norway", true},
		{"The civil rights group Harbor Justice Center (HJC), based in Alabama, said it had records.", "Harbor Justice Center", "Alabama", true},
		{"Halvex Corp was formerly based in Tulsa, the filing said.", "Halvex Corp", "Tulsa", false},
		{"An analyst at Halvex Corp has been based in Tulsa since 2010.", "Halvex Corp", "Tulsa", false},
		{"The civil rights group Harbor Justice Center (HJC, a charity), based in Alabama, said it had records.", "Harbor Justice Center", "Alabama", false},
	} {
		x := extractBody(t, tt.body)
		if got := hasRelation(x, tt.subj, "locatedIn", tt.place); got != tt.want {
			t.Errorf("%q: locatedIn(%s, %s) = %v, want %v: %+v", tt.body, tt.subj, tt.place, got, tt.want, x.Relations)
		}
	}
}

// TestDescribedPersonBased: "NAME, a consultant based in Tulsa" and "NAME, who is
// based in Oslo" say where the person lives and works; a description whose last noun is
// a body's ("a spokeswoman for a group based in Tulsa") or a past seat ("then based in")
// does not.
func TestDescribedPersonBased(t *testing.T) {
	for _, tt := range []struct {
		body, who, place string
		want             bool
	}{
		{"Mara Voss, a crime data consultant based in Tulsa, said there were no figures.", "Mara Voss", "Tulsa", true},
		{"Police named Dario Lenk, an Austrian based in Syria, as the planner.", "Dario Lenk", "Syria", true},
		{"Tomas Berglund, who is based in Oslo, has sold thousands of cars.", "Tomas Berglund", "Oslo", true},
		{"Mara Voss, a spokeswoman for a group based in Tulsa, said there were no figures.", "Mara Voss", "Tulsa", false},
		{"Mara Voss, a science editor then based in Tulsa, said there were no figures.", "Mara Voss", "Tulsa", false},
	} {
		x := extractBody(t, tt.body)
		if got := hasRelation(x, tt.who, "residentOf", tt.place); got != tt.want {
			t.Errorf("%q: residentOf(%s, %s) = %v, want %v: %+v", tt.body, tt.who, tt.place, got, tt.want, x.Relations)
		}
	}
}

// TestEstablishmentAfterAn: "an Office Depot in Redlands" is the chain's establishment
// in the town, as after "a" or "the"; "an Acme store in Tulsa" stays a site of the body
// (hasFacilityIn), not its seat.
func TestEstablishmentAfterAn(t *testing.T) {
	x := extractBody(t, "A man was shot outside an Office Depot in Redlands on Thursday, police said.")
	if !hasRelation(x, "Office Depot", "locatedIn", "Redlands") {
		t.Errorf("no Office Depot locatedIn Redlands: %+v", x.Relations)
	}
	x = extractBody(t, "Ostler Corp said on Monday it would open an Ostler Corp store in Tulsa next year.")
	if hasRelation(x, "Ostler Corp", "locatedIn", "Tulsa") || !hasRelation(x, "Ostler Corp", "hasFacilityIn", "Tulsa") {
		t.Errorf("Ostler Corp: want hasFacilityIn Tulsa, not locatedIn: %+v", x.Relations)
	}
}

// TestVenueNear: a venue's name, then "near" or "outside" and a town, puts the venue
// near the town; not a town that is a modifier or a possessive ("outside Tulsa's
// airport"), nor a name with no venue's last word ("told Halvex Corp near Tulsa").
func TestVenueNear(t *testing.T) {
	for _, tt := range []struct {
		body, venue, place string
		want               bool
	}{
		{"A tiger died at the Dunmore Zoo outside Chicago on Saturday, keepers said.", "Dunmore Zoo", "Chicago", true},
		{"Activists took over the Kestrel Wildlife Refuge near Burns, Oregon, in January.", "Kestrel Wildlife Refuge", "Burns", true},
		{"A tiger died at the Dunmore Zoo outside Chicago's airport on Saturday, keepers said.", "Dunmore Zoo", "Chicago", false},
		{"Residents told Halvex Corp near Chicago that the plant had burned.", "Halvex Corp", "Chicago", false},
	} {
		x := extractBody(t, tt.body)
		if got := hasRelation(x, tt.venue, "locatedNear", tt.place); got != tt.want {
			t.Errorf("%q: locatedNear(%s, %s) = %v, want %v: %+v", tt.body, tt.venue, tt.place, got, tt.want, x.Relations)
		}
	}
}
