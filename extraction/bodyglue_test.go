package extraction

import "testing"

// TestBodyGlue: a country's or body's name glued before a descriptor or a title and a
// name (glue58): the country or body its own entity, the person "First Last", the
// portfolio part of the minister's title, the quote the person's.
func TestBodyGlue(t *testing.T) {
	x := extract(t, "body-glue")
	for _, name := range []string{"Paul Dorn", "Rosa Kell", "Dana Ruiz", "Jan Kowal", "Ada Moss", "Ali Bakr", "Wen Lo", "Nia Cole"} {
		if got := entityNamed(x, name); got == nil || got.Type != "Person" {
			t.Errorf("entity %q (Person): got %+v", name, got)
		}
	}
	if entityNamed(x, "BBC America") == nil {
		t.Errorf("a channel's name split: %q not found", "BBC America")
	}
	for _, name := range []string{"Syria", "U.S. Virgin Islands"} {
		if got := entityNamed(x, name); got == nil || got.Type != "Place" {
			t.Errorf("entity %q (Place): got %+v", name, got)
		}
	}
	for _, bad := range []string{"U.N. Syria", "UN Syria", "U.S. Olympian Dana Ruiz", "Olympian Dana Ruiz",
		"Polish Olympian Jan Kowal", "Transport", "Saudi Oil", "Oil", "Public Security", "Former Olympian Nia Cole", "Olympian Nia Cole", "U.S. Virgin", "BBC"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	for _, r := range [][3]string{
		{"Paul Dorn", "envoyOf", "United Nations"},
		{"Rosa Kell", "envoyOf", "United Nations"},
		{"Dana Ruiz", "citizenOf", "United States"},
		{"Jan Kowal", "citizenOf", "Poland"},
		{"Ada Moss", "ministerOf", "Italy"},
		{"Ali Bakr", "ministerOf", "Saudi Arabia"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing relation %v", r)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Syria" && (r.Subject == "Paul Dorn" || r.Subject == "Rosa Kell") || r.Object == "Public Security" || r.Subject == "Nia Cole" && r.Predicate == "citizenOf" {
			t.Errorf("wrong relation %+v", r)
		}
	}
	want := map[string]string{"The truce is holding": "Paul Dorn", "I am ready": "Dana Ruiz", "We will fix it": "Ada Moss"}
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
