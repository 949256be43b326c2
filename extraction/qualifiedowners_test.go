package extraction

import "testing"

// TestQualifiedOwners: a company named before a noun and another name after "owned by"
// or "a unit of" ("owned by Harcourt rival Vexon Corp", "a unit of Brandel affiliate
// Osric Holdings") only qualifies that noun: the second name is the parent. A name
// before a plural noun ("owned by Quorra Mills shareholders") is no parent at all; a
// plain "owned by Fenwick Steel" still is. A body's branch or wing may name its unit after
// a comma and "the" ("the Ravel Front's northern branch, the Osk Brigades"); a branch
// before a verb names none ("Ravel Front's Dallas branch said the Pellam Guard"). An
// appositive that ends with the unit's noun makes the name before it the unit ("Dornan
// Paints Co, Kessel Group's coatings unit,"); without its closing comma the noun is a
// subject ("Ludd Paints Co, Kessel Group's coatings unit said": an address).
func TestQualifiedOwners(t *testing.T) {
	x := extract(t, "qualified-owners")
	for _, r := range [][3]string{
		{"Pellam Coatings Inc", "partOf", "Vexon Corp"},
		{"Tarrow Glass", "partOf", "Osric Holdings"},
		{"Marrick Tools", "partOf", "Fenwick Steel"},
		{"Osk Brigades", "partOf", "Ravel Front"},
		{"Dornan Paints Co", "partOf", "Kessel Group"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Pellam Coatings Inc", "partOf", "Harcourt Industries"},
		{"Tarrow Glass", "partOf", "Brandel Group"},
		{"Linden Paper", "partOf", "Quorra Mills"},
		{"Pellam Guard", "partOf", "Ravel Front"},
		{"Ludd Paints Co", "partOf", "Kessel Group"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
