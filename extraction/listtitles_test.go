package extraction

import "testing"

// TestListTitles: a plural title before a list of names ("Senators Tom Ardell of Ohio,
// Maria Quist of Iowa and Ben Hallor of Utah", "Reps. Jim Corbin of Oregon and Mark
// Velt of North Carolina", "Sens. Rita Mensah (R-Maine) and Paul Drexel (D-Ore.)",
// "Former Prime Ministers Tony Harrow and John Malley") gives every name of the list
// the title's role, held for the place after the name's own "of" or its party tag.
// The plural is no title in "House of Representatives Speaker Dana Pell" nor before a
// word that opens no list ("Presidents Day Sale"). A party word before a title is no
// body the office is held for ("Democratic Senator Ina Brauer", "Democratic Reps.").
func TestListTitles(t *testing.T) {
	x := extract(t, "list-titles")
	for _, r := range [][3]string{
		{"Tom Ardell", "senatorOf", "Ohio"},
		{"Maria Quist", "senatorOf", "Iowa"},
		{"Ben Hallor", "senatorOf", "Utah"},
		{"Jim Corbin", "representativeOf", "Oregon"},
		{"Mark Velt", "representativeOf", "North Carolina"},
		{"Rita Mensah", "senatorOf", "Maine"},
		{"Paul Drexel", "senatorOf", "Oregon"},
		{"Dana Pell", "speakerOf", "House of Representatives"},
		{"Dale Ostrow", "governorOf", "Idaho"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Day" || r.Subject == "Day Sale" || r.Object == "House of" {
			t.Errorf("unwanted %+v: a plural that opens no list is no title", r)
		}
		if r.Object == "Democratic" || r.Object == "Republican" {
			t.Errorf("unwanted %+v: a party word before a title is a side, not the office's body", r)
		}
	}
	for _, name := range []string{"Tony Harrow", "John Malley"} {
		found := false
		for _, r := range x.Relations {
			found = found || r.Subject == name && r.Predicate == "primeMinisterOf"
		}
		if !found {
			t.Errorf("missing %s primeMinisterOf; relations: %+v", name, x.Relations)
		}
	}
}
