package extraction

import "testing"

// TestParentAfterPlace: the parent a unit's appositive names after its home ("a
// subsidiary of Japan's Harlow Corp", "a division of Portland-based Veltra Energy", "a
// unit of French group Ostis") is the company, not the place.
func TestParentAfterPlace(t *testing.T) {
	x := extract(t, "parent-after-place")
	for _, r := range [][3]string{
		{"Lumo Sensors Inc", "partOf", "Harlow Corp"},
		{"Brisk Gas", "partOf", "Veltra Energy"},
		{"Pento Media", "partOf", "Ostis"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}

// TestOwnerAppositives: an appositive that names a company's parent the other way
// round ("Kestrel Group, the owner of Harbor Hotels Inc", "the parent company of",
// "parent of") gives the unit's partOf as "a unit of" does, to each company of a pair;
// a former or major owner, another clause's owner and a name before shares give none.
// A progressive passive ("is being sued by") acts on the name before "is being".
func TestOwnerAppositives(t *testing.T) {
	x := extract(t, "owner-appositives")
	for _, r := range [][3]string{
		{"Harbor Hotels Inc", "partOf", "Kestrel Group"},
		{"Tellus Labs", "partOf", "Norsk Data"},
		{"Brisk Gas", "partOf", "Velland Energy"},
		{"Quill Partners", "sues", "Fjordbot Inc"},
		{"Alder Times", "partOf", "Birch Media"},
		{"Cedar Post Co", "partOf", "Birch Media"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Pento Radio", "partOf", "Ostis Media"},   // a former owner
		{"Rowan Radio", "partOf", "Larch Capital"}, // "from the owner of": another clause's
		{"Tansy Corp", "partOf", "Pine Partners"},  // a shareholder
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}

// TestPartsOfParents: "part of" in an appositive or after a present copula names a
// company's parent as "a unit of" does ("Brisk, now part of holding company Veltra",
// "Lumo, which is part of Kestrel", "Tansy is part of Birch"), as does a unit's noun
// after the copula ("is a wholly owned subsidiary of") and "a joint venture between A
// and B" (part of each); "is not part of" and "as part of" give none.
func TestPartsOfParents(t *testing.T) {
	x := extract(t, "parts-of-parents")
	for _, r := range [][3]string{
		{"Brisk Networks", "partOf", "Veltra Corp"},
		{"Lumo Foods", "partOf", "Kestrel Holdings Inc"},
		{"Pento Radio", "partOf", "Ostis Media Group"},
		{"Tansy Labs", "partOf", "Birch Industries Inc"},
		{"Alder Bank", "partOf", "Quill Capital"},
		{"Alder Bank", "partOf", "Rowan Partners LLC"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Cedar Post Co", "partOf", "Larch Media Inc"},            // "is not part of"
		{"Fjordbot Inc", "partOf", "Norland Robotics Initiative"}, // "as part of": a purpose
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
