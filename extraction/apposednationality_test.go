package extraction

import "testing"

// TestApposedNationality: a people's word before a person's noun in the description after
// the name gives the person's nationality (citizenOf); not a language before a teacher's
// noun ("an English professor"), nor a hyphened pair ("a Mexican-American activist").
func TestApposedNationality(t *testing.T) {
	x := extract(t, "apposed-nationality")
	for _, want := range [][2]string{{"Lars Hovden", "Norway"}, {"Ana Ruiz", "France"}} {
		if !hasRelation(x, want[0], "citizenOf", want[1]) {
			t.Errorf("want %s citizenOf %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if (r.Subject == "Tomas Grell" || r.Subject == "Ida Vance") && r.Predicate == "citizenOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
