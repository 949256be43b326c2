package extraction

import "testing"

func TestDemonymTowns(t *testing.T) {
	x := extract(t, "demonym-towns")
	for _, want := range [][2]string{{"Hatay", "Turkey"}, {"Lesbos", "Greece"}, {"Parwan province", "Afghanistan"}, {"Jalisco", "Mexico"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	// the lists put Aleppo in Syria; "Korean" alone is the South's, and "North
	// Korean" opens a name; "The Syrian army" is no place phrase
	for _, not := range [][2]string{{"Sinuiju", "South Korea"}, {"Aleppo", "Turkey"}, {"Moscow", "Syria"}} {
		if hasRelation(x, not[0], "locatedIn", not[1]) {
			t.Errorf("did not want %s locatedIn %s", not[0], not[1])
		}
	}
}
