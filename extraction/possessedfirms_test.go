package extraction

import "testing"

// TestPossessedFirms: a company's bare name after another company's possessive is part
// of it (Tessily of Halloran Corp; Quillby by its "unit"); a person typed as a body, a
// person's possessive and a ratio are not, nor the name after the possessive of a body
// that neither the lexicon knows nor a legal form ends, however often it is named
// (Varnholt's Pellwick, Ostrana's Brenlo): over the corpus those were a site's column, a
// band's member or a film's title as often as a company's unit (reader41).
func TestPossessedFirms(t *testing.T) {
	x := extract(t, "possessed-firms")
	for _, r := range [][3]string{
		{"Quillby", "partOf", "Varnholt"},
		{"Tessily", "partOf", "Halloran Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Marco Velli", "Dana Pruitt", "Corvale", "Ferris Wheel", "Pellwick", "Brenlo":
			if r.Predicate == "partOf" {
				t.Errorf("unwanted %+v", r)
			}
		}
		if r.Object == "Quillby" || r.Subject == "Tanner" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestOwnerOpensSentence: a lone capitalised word that opens a sentence is a name by
// its possessive before another name, but not a disease's or a common word's.
func TestOwnerOpensSentence(t *testing.T) {
	x := extract(t, "owner-opens-sentence")
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	if !names["Zelbrook"] {
		t.Errorf("missing Zelbrook: %+v", x.Entities)
	}
	for _, n := range []string{"Parkinson", "Today"} {
		if names[n] {
			t.Errorf("unwanted entity %s", n)
		}
	}
	if !hasRelation(x, "Quintar", "partOf", "Zelbrook") {
		t.Errorf("missing Quintar partOf Zelbrook: %+v", x.Relations)
	}
}
