package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestRoleCountries: the country of a role whose title names none comes from the
// sentence before the article: "then-German Chancellor X" is Germany's even beside a
// French president in a report from Paris, "In Peru, President X said" is Peru's; and a
// lower-case "former governor X" in a report from a town governs no town.
func TestRoleCountries(t *testing.T) {
	x := extract(t, "role-countries")
	for _, r := range [][3]string{
		{"Paul Marot", "presidentOf", "France"},
		{"Louis Dorne", "presidentOf", "France"},
		{"Otto Brandl", "chancellorOf", "Germany"},
		{"Rosa Ruiz", "presidentOf", "Peru"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Otto Brandl" && r.Object == "France" || r.Subject == "Rosa Ruiz" && r.Object == "France" {
			t.Errorf("unwanted %+v: the article's country, not the sentence's", r)
		}
		if r.Subject == "Lee Hart" && r.Predicate == "governorOf" {
			t.Errorf("unwanted %+v: a governor of a town", r)
		}
	}
}

// TestStatedRoleCountries: a national role whose title names no country takes the one
// the article states for the person elsewhere ("Greek Defence Minister X", then "Defence
// Minister X" in a report from Cairo) or its own phrase ("Cyprus's new president, X",
// "the prime minister of Iceland, X"); with none stated, the article's country stands only
// when no other country is named more or the sentence names it: a minister arriving in
// Vienna in a report on Iran is not Austria's, one who says Austria will host the talks is.
func TestStatedRoleCountries(t *testing.T) {
	x := extract(t, "stated-role-countries")
	y := extract(t, "guessed-role-countries")
	for _, c := range []struct {
		x       *kg.Extraction
		s, p, o string
		want    bool
	}{
		{x, "Nikos Pappas", "defenseMinisterOf", "Greece", true},
		{x, "Nikos Pappas", "defenseMinisterOf", "Egypt", false},
		{x, "Elena Kyprou", "presidentOf", "Cyprus", true},
		{x, "Elena Kyprou", "presidentOf", "Egypt", false},
		{x, "Jon Arnason", "primeMinisterOf", "Iceland", true},
		{x, "Jon Arnason", "primeMinisterOf", "Egypt", false},
		{y, "Darius Kaveh", "foreignMinisterOf", "Austria", false},
		{y, "Anna Weber", "foreignMinisterOf", "Austria", true},
	} {
		if hasRelation(c.x, c.s, c.p, c.o) != c.want {
			t.Errorf("%s %s %s: want %v; relations: %+v", c.s, c.p, c.o, c.want, c.x.Relations)
		}
	}
}

// TestPlaceInPhrase: "X in Y" between places holds when the words between say where in
// Y ("in the northwestern province of Idlib", "in the heart of Aleppo"), not when they
// open another phrase ("in the six months since Russia", "in violation of U.S.
// sanctions"); a country lies only in a region of the world ("Mali in West Africa", not
// "Russia in Syria"); a capital the word lists put elsewhere is not placed by "in"
// ("Moscow and Washington in Syria"); a town a bearing starts from is not in the town
// after it ("9 miles southeast of Karvash in the town of Sarmada"); and a country that
// opens the next phrase after "London, " does not place London ("London, U.S. Secretary
// of State John Kerry").
func TestPlaceInPhrase(t *testing.T) {
	x := extract(t, "place-in-phrases")
	for _, r := range [][3]string{
		{"Karvash", "locatedIn", "Idlib"},
		{"Grand Mosque", "locatedIn", "Aleppo"},
		{"Mali", "locatedIn", "West Africa"},
		{"Aleppo", "locatedIn", "Syria"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"London", "locatedIn", "United States"},
		{"Russia", "locatedIn", "Syria"},
		{"Aleppo", "locatedIn", "Russia"},
		{"Iran", "locatedIn", "United States"},
		{"Washington", "locatedIn", "Syria"},
		{"Karvash", "locatedIn", "Sarmada"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}

// TestFormerCabinetTitle: an appositive that ends on a former U.S. Cabinet title is the
// United States' in an article about it ("Quill, the former secretary of state,"); a
// sitting "the secretary of state" in a state's election story is left alone.
func TestFormerCabinetTitle(t *testing.T) {
	x := extract(t, "former-cabinet")
	if !hasRelation(x, "Susan Quill", "secretaryOfStateOf", "United States") {
		t.Errorf("missing Susan Quill secretaryOfStateOf United States; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Ted Lorne" && r.Predicate == "secretaryOfStateOf" {
			t.Errorf("unwanted %+v: a state's secretary of state", r)
		}
	}
}
