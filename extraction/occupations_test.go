package extraction

import "testing"

// TestOccupationAt: an appositive that names a person's trade and where they practise it
// ("a meteorologist with the National Weather Service", "an atmospheric scientist at",
// "a former flood expert at", "a research fellow at") makes them an employeeOf the
// organization; a trade that is no work there ("a tourist at the hotel") and an
// organization that only modifies ("an expert with a Harlow University degree") do not.
func TestOccupationAt(t *testing.T) {
	x := extract(t, "occupation-at")
	for _, r := range [][3]string{
		{"Dan Ortle", "employeeOf", "National Weather Service"},
		{"Mara Quill", "employeeOf", "University of Nebraska"},
		{"Kurt Bell", "employeeOf", "Harlow University"},
		{"Petra Lind", "employeeOf", "Brisk Institute"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Omar Sayed", "employeeOf", "Veltra Hotel"},
		{"Nina Cole", "employeeOf", "Harlow University"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unexpected %s %s %s", r[0], r[1], r[2])
		}
	}
}
