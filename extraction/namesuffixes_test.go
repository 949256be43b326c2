package extraction

import "testing"

// TestBrokenNames: names that a numeral, a generational suffix, a court's title or a
// network's acronym used to cut in two are read whole, and the counts beside them stay
// counts (testdata/broken-names.input).
func TestBrokenNames(t *testing.T) {
	x := extract(t, "broken-names")
	for _, e := range []struct{ name, typ string }{
		{"Ana Ortiz", "Person"},
		{"Lee Dunmore", "Person"},
		{"Paul Bishop Jr.", "Person"}, // "Bishop" a surname, not a title, before "Jr."
		{"Caesar Hollis, Jr.", "Person"},
		{"Sam Ruiz", "Person"},
		{"2 Vex", "Person"},
		{"50 Drum", "Organization"},
		{"9News", "Organization"},
		{"Denver", "Place"},
		{"ABC", "Organization"},
		{"Article 50", "Other"},
		{"Route 9", "Place"}, // a road's number before the stop that ends the sentence
	} {
		if got := entityNamed(x, e.name); got == nil || string(got.Type) != e.typ {
			t.Errorf("entity %q (%s): got %+v", e.name, e.typ, got)
		}
	}
	for _, bad := range []string{"Jr.", "Vex", "Drum", "News", "U.S. District", "Magistrate", "Denver ABC", "Article", "Chief U.S.", "Education Secretary Paul", "Route"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("broken span %q read as an entity", bad)
		}
	}
	// the title "District Judge" keeps its court (roles.go judgeCourt)
	if !hasRelation(x, "Ana Ortiz", "judgeOf", "U.S. District Court") {
		t.Errorf("no judgeOf U.S. District Court for Ana Ortiz; relations: %+v", x.Relations)
	}
	speaker := ""
	for _, q := range x.Quotes {
		if q.Text == "We will appeal this ruling," || q.Text == "We will appeal this ruling" {
			speaker = q.Speaker
		}
	}
	if speaker != "Paul Bishop Jr." {
		t.Errorf("quote speaker %q, want Paul Bishop Jr.; quotes: %+v", speaker, x.Quotes)
	}
	counts := map[float64]bool{}
	for _, f := range x.Figures {
		counts[f.Value] = true
		if f.Value == 2 && f.Text == "2 Vex" || f.Value == 50 && f.Text == "50 Drum" {
			t.Errorf("a name read as a count: %+v", f)
		}
	}
	for _, v := range []float64{11, 12, 2, 40} {
		if !counts[v] {
			t.Errorf("count %v lost; figures: %+v", v, x.Figures)
		}
	}
}
