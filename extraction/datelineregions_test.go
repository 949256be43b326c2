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

// TestProvinceDateline: a dateline that names a Canadian province after its town gives
// the report Canada as its country (its event is Canada's, as in reports datelined
// elsewhere), while a premier is the province's, titled alone or after its name.
func TestProvinceDateline(t *testing.T) {
	x := extract(t, "province-dateline")
	if !hasRelation(x, "Dana Holt", "premierOf", "Alberta") {
		t.Errorf("missing Dana Holt premierOf Alberta; relations: %+v", x.Relations)
	}
	if hasRelation(x, "Dana Holt", "premierOf", "Canada") {
		t.Errorf("unwanted Dana Holt premierOf Canada: a province's premier")
	}
	if !hasRelation(x, "Pine Rapids", "locatedIn", "Alberta") {
		t.Errorf("missing Pine Rapids locatedIn Alberta; relations: %+v", x.Relations)
	}
	found := false
	for _, e := range x.Events {
		if e.Main {
			found = true
			if e.Country != "Canada" {
				t.Errorf("main event %+v: want country Canada", e)
			}
		}
	}
	if !found {
		t.Errorf("no main event; events: %+v", x.Events)
	}
}
