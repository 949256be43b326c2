package extraction

import "testing"

// TestCabinetTitles: a department's secretary titled before a name with no country
// ("Transportation Secretary Dana Whitlock") serves the article's country; a former
// holder or a deputy is not given the office, and a foreign secretary is no U.S. title.
func TestCabinetTitles(t *testing.T) {
	x := extract(t, "cabinet-titles")
	if !hasRelation(x, "Dana Whitlock", "secretaryOf", "United States") {
		t.Errorf("missing Dana Whitlock secretaryOf United States; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if (r.Subject == "Ross Milton" || r.Subject == "Ian Pratt") && r.Object == "United States" {
			t.Errorf("unwanted %+v: a former holder or a deputy", r)
		}
		if r.Subject == "Clara Boyd" && r.Object == "United States" {
			t.Errorf("unwanted %+v: the United States has no foreign secretary", r)
		}
	}
}
