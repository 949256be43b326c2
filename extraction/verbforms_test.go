package extraction

import "testing"

// TestVerbForms: action verbs away from a finite verb with its subject before it. A
// passive participle in an aside after a name has that name as patient ("Kestrel Labs,
// acquired by Harbor Power in 2014,"), and its agent is the titled person after a party
// word ("by Republican President Tom Wade"), never a name that modifies a noun ("by
// Dayton technology groups"); a country after "by" is an agent ("freed by Peru",
// "sanctioned by the United States"); "called on X to …" urges X, each name of a list,
// but not a name that is another verb's ("took to Zephyr News to call on") nor someone
// visited ("called on the family"); two subjects of a fight in court or of a meeting with
// no object act on each other, not when they meet someone else or fight side by side;
// "battled" alone fights no contest's place. A participle in -ed with its agent is a verb
// even when the word list does not know it ("was subpoenaed by").
func TestVerbForms(t *testing.T) {
	x := extract(t, "verb-forms")
	for _, r := range [][3]string{
		{"Harbor Power", "acquires", "Kestrel Labs"},
		{"Tom Wade", "appoints", "Omar Said"},
		{"Peru", "free", "Nora Beck"},
		{"United States", "sanctions", "Ida Lund"},
		{"Peter Hale", "urges", "Velland"},
		{"Maria Ruiz", "urges", "Acme Corp"},
		{"Maria Ruiz", "urges", "Quill Ventures"},
		{"Acme Corp", "fights", "Ostmark"},
		{"Ostmark", "fights", "Acme Corp"},
		{"Paul Dorn", "meets", "Sam Ortiz"},
		{"Sam Ortiz", "meets", "Paul Dorn"},
		{"Norland Senate", "subpoena", "Ann Cole"}, // a verb the word list does not know
		{"Harbor Power", "topple", "Zephyr News"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Omar Said" && r.Subject != "Tom Wade",
			r.Object == "Quill Ventures" && r.Predicate == "supports" && r.Subject == "Dayton",
			r.Object == "Zephyr Foods" && r.Subject == "Quill Ventures", // an owner before the agent's title
			r.Predicate == "urges" && (r.Subject == "Zephyr News" || r.Object == "Nora Beck" || r.Subject == "Lisa Vance"),
			r.Predicate == "fights" && (r.Object == "Jon Frey" || r.Object == "Eli Marsh" || r.Subject == "Eli Marsh" && r.Object == "Dayton"),
			r.Predicate == "meets" && (r.Object == "Ida Lund" || r.Object == "Eli Marsh"):
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestUnlistedEdBase: the base of a participle the word list does not know, by spelling.
func TestUnlistedEdBase(t *testing.T) {
	for w, want := range map[string]string{"subpoenaed": "subpoena", "toppled": "topple", "seized": "seize",
		"humiliated": "humiliate", "ridiculed": "ridicule", "polluted": "pollute", "flogged": "flog",
		"dissed": "diss", "fuelled": "fuel", "stymied": "stymy", "targeted": "target", "undermined": "undermine",
		"intrigued": "intrigue", "unnerved": "unnerve", "repulsed": "repulse", "merged": "merge", "escorted": "escort"} {
		if got := unlistedEdBase(w); got != want {
			t.Errorf("unlistedEdBase(%q) = %q, want %q", w, got, want)
		}
	}
}
