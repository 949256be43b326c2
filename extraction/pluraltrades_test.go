package extraction

import "testing"

// TestPluralTrades: a plural role or trade that opens a sentence ("Analysts said",
// "Prosecutors say", "Economists expect") is people of that trade, not a name, and a
// plural trade before names is no part of them ("Activists Ruth Obeng"); a plural title
// before a list of names stays a title ("Senators Mara Lindqvist of Ohio and …")
// (testdata/plural-trades.input).
func TestPluralTrades(t *testing.T) {
	x := extract(t, "plural-trades")
	for _, bad := range []string{"Analysts", "Prosecutors", "Economists", "Activists", "Activists Ruth Obeng"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	for _, name := range []string{"Ruth Obeng", "Mara Lindqvist", "Peter Osei"} {
		if got := entityNamed(x, name); got == nil || string(got.Type) != "Person" {
			t.Errorf("entity %q (Person): got %+v", name, got)
		}
	}
	for _, r := range [][3]string{{"Mara Lindqvist", "senatorOf", "Ohio"}, {"Peter Osei", "senatorOf", "Iowa"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("no %v; relations: %+v", r, x.Relations)
		}
	}
}
