package extraction

import "testing"

// TestStateAgentSubjects (rel88): a country's adjective (or name) before a head that
// names the state's forces or officials makes the country the subject of the verb
// ("Turkish warplanes attacked", "Belgian authorities detained", "U.S. officials
// accused"); private people ("tourists", "investors"), a count of men ("Two Chinese
// soldiers") and former officials do not act for it.
func TestStateAgentSubjects(t *testing.T) {
	for _, c := range []struct{ body, s, p, o string }{
		{"Turkish warplanes attacked the Tarn Brigade near Dalsk on Monday.", "Turkey", "attacks", "Tarn Brigade"},
		{"Belgian authorities detained Piet Vale in Brussels.", "Belgium", "arrests", "Piet Vale"},
		{"U.S. officials accused Mara Lind of fraud.", "United States", "accuses", "Mara Lind"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
	for _, c := range []struct{ body, country string }{
		{"Chinese investors sued Halden Group last year.", "China"},
		{"Two Chinese soldiers met Piet Vale in Dalsk.", "China"},
		{"Former Turkish officials criticized Piet Vale.", "Turkey"},
	} {
		x := extractBody(t, c.body)
		for _, r := range x.Relations {
			if r.Subject == c.country {
				t.Errorf("%q: unwanted %+v: no state's agents", c.body, r)
			}
		}
	}
}

// TestBodyMemberObjects (rel88): a body's name before a noun for its own fighters or
// positions is what the verb acts on ("bombed Kestrel Front positions"); not before any
// other noun ("Kestrel Front oil fields") nor a "-linked" name ("Kestrel Front-linked
// militants" are others). "inside", "outside" and "onto" after the name or its noun end
// the phrase as other prepositions do.
func TestBodyMemberObjects(t *testing.T) {
	for _, c := range []struct{ body, p string }{
		{"Russia bombed Kestrel Front positions near Dalsk on Sunday.", "bomb"},
		{"Russia struck Kestrel Front fighters near Dalsk.", "attacks"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, "Russia", c.p, "Kestrel Front") {
			t.Errorf("%q: no Russia %s Kestrel Front: %+v", c.body, c.p, x.Relations)
		}
	}
	// a preposition that no function word list holds ends the name's phrase too
	for _, body := range []string{
		"Turkey shelled the Tarn Brigade inside Dalsk.",
		"Turkey shelled Tarn Brigade positions inside Dalsk for four days.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Turkey", "shell", "Tarn Brigade") {
			t.Errorf("%q: no Turkey shell Tarn Brigade: %+v", body, x.Relations)
		}
	}
	for _, body := range []string{
		"Russia bombed Kestrel Front oil fields near Dalsk on Sunday.",
		"Russia struck Kestrel Front-linked militants near Dalsk.",
		"Russia shelled Kestrel Front oil fields inside Dalsk.",
	} {
		for _, r := range extractBody(t, body).Relations {
			if r.Subject == "Russia" && r.Object == "Kestrel Front" {
				t.Errorf("%q: unwanted %+v", body, r)
			}
		}
	}
}

// TestCompanyBasedIn (rel88): "The company is based in" and "It is headquartered in"
// after a sentence about a business put that business in the place, as "The company
// also said" gives it the verb; a person ("He is based in") or another thing ("The
// show is based in") does not.
func TestCompanyBasedIn(t *testing.T) {
	for _, body := range []string{
		"Halden Group makes lawn mowers. The company is based in Dalby.",
		"Halden Group makes lawn mowers. It is headquartered in Dalby.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Halden Group", "locatedIn", "Dalby") {
			t.Errorf("%q: no Halden Group locatedIn Dalby: %+v", body, x.Relations)
		}
	}
	for _, body := range []string{
		"Halden Group hired Tom Moss. He is based in Dalby.",
		"Halden Group makes lawn mowers. The show is based in Dalby.",
	} {
		if x := extractBody(t, body); hasRelation(x, "Halden Group", "locatedIn", "Dalby") {
			t.Errorf("%q: unwanted Halden Group locatedIn Dalby: %+v", body, x.Relations)
		}
	}
}
