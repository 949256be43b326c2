package extraction

import "testing"

// TestNationalBodies: a country's or a state's body named with the place (or its people's
// adjective) first and its portfolio between is partOf the place, unless the place is the
// body's topic or the body is not the place's government (modifiers.go nationalBodyPlace).
func TestNationalBodies(t *testing.T) {
	x := extract(t, "national-bodies")
	for _, r := range [][3]string{
		{"U.S. Justice Department", "partOf", "United States"},
		{"U.S. Federal Reserve", "partOf", "United States"},
		{"Chinese Foreign Ministry", "partOf", "China"},
		{"Ohio Public Utilities Commission", "partOf", "Ohio"},
		{"U.S. military", "partOf", "United States"},
		{"Norwegian police", "partOf", "Norway"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "partOf" && (r.Subject == "Irish Republican Army" || r.Subject == "Taiwan Affairs Office") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
