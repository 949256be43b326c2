package extraction

import "testing"

// TestFirmTitles: a firm's bare name opening a sentence before a role and a name is the
// holder's employer ("Norvane analyst Petra Holm"; not "Young leader …", a description),
// and a figure in an aside on the holder is the holder's; an employer before two joined
// titles ("Halvorsen Chairman and Chief Executive Officer Paul Venn", "Dunmore CEO and
// president Greg Baxter") is one name and the holder another, not "Halvorsen Chairman";
// a title that runs on ("… and General Counsel Lara Quist") or a title's own words
// ("Deputy Crown Prince and …") make no employer.
func TestFirmTitles(t *testing.T) {
	x := extract(t, "firm-titles")
	for _, r := range [][3]string{
		{"Petra Holm", "analystOf", "Norvane"},
		{"Ivo Brandt", "analystOf", "Pellark"},
		{"Paul Venn", "chiefExecutiveOfficerOf", "Halvorsen"},
		{"Greg Baxter", "chiefExecutiveOfficerOf", "Dunmore"},
		{"Ann Rudd", "presidentOf", "Talbot"},
		{"Ann Rudd", "coFounderOf", "Talbot"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, e := range x.Entities {
		switch e.Name {
		case "Young", "Halvorsen Chairman", "Dunmore CEO", "Talbot President", "Deputy Crown":
			t.Errorf("unwanted entity %+v", e)
		}
	}
	found := false
	for _, f := range x.Figures {
		if f.Value == 165 {
			found = true
			if f.Subject != "Petra Holm" {
				t.Errorf("price target %+v: want the analyst's", f)
			}
		}
	}
	if !found {
		t.Errorf("no $165 figure: %+v", x.Figures)
	}
}
