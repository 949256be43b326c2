package extraction

import (
	"strings"
	"testing"
)

// TestLoneLettersNameNoOne: a capital letter alone labels a corner, a vitamin, a button
// or a unit ("corner B", "vitamin D", "255 K"); it names no entity. An initial that a
// word opening a clause follows ends the sentence ("255 K. Could …"), so the two are no
// name; an initial inside a person's name stays ("Dana J. Ruiz").
func TestLoneLettersNameNoOne(t *testing.T) {
	x := extractBody(t, "The square has corners labeled A and B, with corner B at the top. "+
		"Astronauts take vitamin D on the station. The planet sits at about 255 K. Could it ever warm up? "+
		"The tests were run by Dana J. Ruiz, a chemist at Harlow University. "+
		"Ruiz has two phones, the Moto G and the cheaper Moto G. The second one broke.")
	for _, e := range x.Entities {
		if len(e.Name) <= 2 || strings.HasPrefix(e.Name, "K.") {
			t.Errorf("entity %q (%s): a lone letter names no one", e.Name, e.Type)
		}
		if strings.HasSuffix(e.Name, ".") || strings.HasSuffix(e.Name, " The") {
			t.Errorf("entity %q: a sentence's full stop or next word is not part of a name", e.Name)
		}
	}
	if e := entityNamed(x, "Dana J. Ruiz"); e == nil {
		t.Errorf("no Dana J. Ruiz: %+v", x.Entities)
	}
	if e := entityNamed(x, "Moto G"); e == nil {
		t.Errorf("no Moto G: %+v", x.Entities)
	}
}

// TestTownsInNamedProvinces: a town the gazetteer knows lies in its province or state
// when the article names that too ("near Fresno" in a story that names California); not
// where the text itself puts the town elsewhere ("Aurora, Illinois" in a story that also
// names Colorado).
func TestTownsInNamedProvinces(t *testing.T) {
	x := extractBody(t, "The fire began near Fresno on Sunday. California officials said 12 homes burned. "+
		"A second fire in Aurora, Illinois, was put out. Colorado sent two crews. "+
		"Donors in London and Westminster gave money.")
	if !hasRelation(x, "Fresno", "locatedIn", "California") {
		t.Errorf("no Fresno locatedIn California: %+v", x.Relations)
	}
	if hasRelation(x, "Aurora", "locatedIn", "Colorado") {
		t.Errorf("Aurora put in Colorado though the text says Illinois: %+v", x.Relations)
	}
}
