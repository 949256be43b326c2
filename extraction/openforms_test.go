package extraction

import "testing"

// TestOpenVerbForms checks the verb forms the open reader takes besides the simple past
// and present (testdata/open-verb-forms, invented): a progressive after a form of "be",
// a gerund after "before", and a second verb after "and" whose first verb's object a time
// phrase follows; and what it leaves: a negated or hypothetical progressive, a gerund
// after "of", and the subject of an infinitive after "for".
func TestOpenVerbForms(t *testing.T) {
	x := extract(t, "open-verb-forms")
	for _, r := range [][3]string{
		{"Talos Corp", "court", "Vireo Inc"},
		{"Gina Lind", "advise", "Vireo Inc"},
		{"Tom Mori", "host", "Gina Lind"},
		{"Ruth Kell", "advise", "Vireo Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Brenner Holdings" {
			t.Errorf("unexpected %s %s %s (negated, hypothetical, an accusation or an infinitive's subject)", r.Subject, r.Predicate, r.Object)
		}
	}
}

// TestIngBase checks the base forms read from words in -ing.
func TestIngBase(t *testing.T) {
	for w, want := range map[string]string{"planning": "plan", "making": "make", "visiting": "visit",
		"selling": "sell", "investigating": "investigate", "advising": "advise", "during": ""} {
		if got := ingBase(w); got != want {
			t.Errorf("ingBase(%q) = %q, want %q", w, got, want)
		}
	}
}
