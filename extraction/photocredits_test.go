package extraction

import "testing"

// TestPhotoCredits: a credit line alone ("(A/AP)", "A / Reuters", "Photo by A/Getty
// Images", "(A for The Herald)"), in brackets after a caption's words, or agency first
// ("(AP Photo/A)", "(Reuters/A)") makes the photographer the first outlet's; a credit
// with more words ("file photo"), an organization on both sides of the slash, and the
// agency after "via" give nothing.
func TestPhotoCredits(t *testing.T) {
	x := extract(t, "photo-credits")
	want := map[string]string{
		"Bo Larkin":     "Associated Press",
		"Wim Osterhout": "Reuters",
		"Nell Farraday": "Getty Images",
		"Cy Pennock":    "The Castrel Herald",
		"Ida Marsh":     "Quill Press",
		"Tom Vardell":   "Associated Press",
		"Una Petch":     "Reuters",
	}
	for p, o := range want {
		if !hasRelation(x, p, "photographerOf", o) {
			t.Errorf("missing %s photographerOf %s; relations: %+v", p, o, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "photographerOf" && want[r.Subject] != r.Object {
			t.Errorf("unwanted %+v", r)
		}
	}
}
