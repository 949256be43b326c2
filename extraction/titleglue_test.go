package extraction

import "testing"

// TestGluedOfficeTitles: a body or place, an office title missing from the title table
// and a name ("Harbor County DA Nora Vale", "Oregon State Fire Marshal Jim Walsh",
// "Brenfield Fire Chief Tom Appleby") is a person holding the office of the body or
// place, never one glued name; "DA" alone is a title, never an entity (titleglue57).
func TestGluedOfficeTitles(t *testing.T) {
	x := extract(t, "glued-office-titles")
	for _, name := range []string{"Nora Vale", "Paul Moss", "Jim Walsh", "Tom Appleby", "Sam Dorn", "Lena Ortiz", "Mark Napier"} {
		if got := entityNamed(x, name); got == nil || got.Type != "Person" {
			t.Errorf("entity %q (Person): got %+v", name, got)
		}
	}
	for _, bad := range []string{"DA", "Harbor County DA", "Harbor County DA Nora Vale", "DA Nora Vale",
		"Oregon State Fire Marshal Jim Walsh", "State Fire Marshal", "Brenfield Fire", "Fire",
		"City Council Member Lena Ortiz", "City", "Cal"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	for _, r := range [][3]string{
		{"Nora Vale", "districtAttorneyOf", "Harbor County"},
		{"Paul Moss", "undersheriffOf", "Harbor County"},
		{"Jim Walsh", "fireMarshalOf", "Oregon"},
		{"Tom Appleby", "fireChiefOf", "Brenfield"},
		{"Mark Napier", "sheriffOf", "Kelso County"},
		{"Dana Lee", "chiefOf", "Cal Fire"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing relation %v", r)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Sam Dorn" {
			t.Errorf("a deputy fire chief read as the chief: %+v", r)
		}
	}
	want := map[string]string{"We will try the case again": "Nora Vale", "Nobody was hurt": "Tom Appleby"}
	for _, q := range x.Quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, w)
		}
		delete(want, q.Text)
	}
	for q := range want {
		t.Errorf("quote %q not found", q)
	}
}
