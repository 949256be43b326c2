package extraction

import "testing"

// TestApposedTrades: a town or a state before a trade in the description after a
// person's name places the person there (residentOf): "Norma Velling, a Baltimore attorney
// who", "Rob Ferrante, 51, a veteran Houston heart surgeon,". Not a former one ("a former
// Miami police officer"), not a phrase that goes on as a clause ("a Miami lawyer said"),
// not a country's people ("a Nigerian lawyer").
func TestApposedTrades(t *testing.T) {
	x := extract(t, "apposed-trades")
	for _, want := range [][2]string{{"Norma Velling", "Baltimore"}, {"Rob Ferrante", "Houston"}} {
		if !hasRelation(x, want[0], "residentOf", want[1]) {
			t.Errorf("want %s residentOf %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Lena Marsh", "Ivo Brandt", "Carl Oyelaran":
			if r.Predicate == "residentOf" {
				t.Errorf("unwanted %+v", r)
			}
		}
	}
}
