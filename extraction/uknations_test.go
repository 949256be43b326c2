package extraction

import "testing"

// TestUKNationDateline: a dateline that names a nation of the United Kingdom after its
// town ("EASTFIELD, England —") gives the report the United Kingdom as its country, so a
// national title without a country is Britain's, not England's.
func TestUKNationDateline(t *testing.T) {
	x := extract(t, "uk-nation-dateline")
	if !hasRelation(x, "Ann Lowe", "financeMinisterOf", "United Kingdom") {
		t.Errorf("missing Ann Lowe financeMinisterOf United Kingdom; relations: %+v", x.Relations)
	}
	if hasRelation(x, "Ann Lowe", "financeMinisterOf", "England") {
		t.Errorf("unwanted Ann Lowe financeMinisterOf England: a nation of the kingdom has no finance minister")
	}
}
