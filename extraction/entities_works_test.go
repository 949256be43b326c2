package extraction

import (
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// emphasised makes an article of text whose *…* runs are emphasised, as a loader
// gives them: the stars out of Body, the runs in Emphasis.
func emphasised(title, text string) kg.Article {
	var b strings.Builder
	var spans []kg.Span
	open := -1
	for _, r := range text {
		if r != '*' {
			b.WriteRune(r)
			continue
		}
		if open < 0 {
			open = b.Len()
		} else {
			spans = append(spans, kg.Span{Start: open, End: b.Len()})
			open = -1
		}
	}
	a := kg.Article{Title: title, Body: b.String(), Emphasis: spans, Published: time.Date(2016, 3, 2, 0, 0, 0, 0, time.UTC)}
	a.Identify()
	return a
}

// TestWorkTitles: an emphasised run of capitalised words is one name of a work, typed
// Other ("Ghost in the Harbour", not "Ghost" and "Harbour"); a newspaper in italics stays
// an organization, and so do all mentions of a title the article names as an outlet
// once ("according to *Quay Lantern*"), and stressed or foreign words in lower case make no name.
func TestWorkTitles(t *testing.T) {
	a := emphasised("Studio sets release of harbour film",
		"Norvale Pictures said on Tuesday it would release *Ghost in the Harbour* in May, after a trailer for *Lords of the Quay: Part II* drew 4 million views. "+
			"Its game *Starfall Prime: Harbor Task Force* ships in June. "+
			"Director Anna Keller told *The Valdora Times* that she did *not* expect the *jefe* of the studio to cut it. "+
			"Her earlier film, *Marrow*, won a prize in Brisk, according to *Quay Lantern*. Critics at *Quay Lantern* loved it.")
	x := mustExtract(t, a)
	for _, name := range []string{"Ghost in the Harbour", "Lords of the Quay: Part II", "Marrow", "Starfall Prime: Harbor Task Force"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("want the work %q (Other); entities: %+v", name, x.Entities)
		}
	}
	for _, name := range []string{"Ghost", "Harbour", "Quay", "Lords", "Part II", "not", "jefe", "Starfall Prime", "Harbor Task Force"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "Quay Lantern"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the outlet Quay Lantern (Organization: 'according to'); entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "The Valdora Times"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the newspaper The Valdora Times (Organization); entities: %+v", x.Entities)
	}
}

// TestCreedPhrases: words of a people or a creed before a role or a noun describe, they
// name no one ("Shi'ite Muslim cleric", "Evangelical Christian leader", "Roman Catholic"),
// and a demonym of two words stands for its country ("South Norlandic" is not known, so
// the test uses a real one: "a South African trainer"); a given name before a creed's
// word is a person ("Saleh Muslim").
func TestCreedPhrases(t *testing.T) {
	a := emphasised("Cleric's followers rally in Brisk",
		"Supporters of Shi'ite Muslim cleric Anwar Qadri rallied in Brisk on Friday, and Evangelical Christian leader Tomas Pirk, a devout Roman Catholic, joined a South African trainer there. "+
			"Kurdish leader Saleh Muslim said the rally was peaceful.")
	x := mustExtract(t, a)
	for _, name := range []string{"Shi'ite Muslim", "Evangelical Christian", "Roman Catholic", "South African"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q names no one: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "South Africa"); e == nil || e.Type != kg.Place {
		t.Errorf("want South Africa (Place) from 'South African'; entities: %+v", x.Entities)
	}
	for _, name := range []string{"Anwar Qadri", "Tomas Pirk", "Saleh Muslim"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("want the person %q; entities: %+v", name, x.Entities)
		}
	}
}

// TestOrganizationsByContext: a one-word name with no head of its own is an organization
// after a descriptor of a body ("intelligence service Halvane said", "ride-hailing
// service Quayline"), after the plural of a role and "at" ("analysts at Corvex"), and
// before an appositive that calls it one ("Halden Voss, a start-up that").
func TestOrganizationsByContext(t *testing.T) {
	a := emphasised("Refinery unit shut after fire",
		"Energy intelligence service Halvane said the unit stopped on Friday. "+
			"Output could fall 5 percent, analysts at Corvex estimate. "+
			"The sensors came from Halden Voss, a start-up that sells them to refiners.")
	x := mustExtract(t, a)
	for _, name := range []string{"Halvane", "Corvex", "Halden Voss"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("want the organization %q; entities: %+v", name, x.Entities)
		}
	}
}

// TestHolidayNames: a name that opens with a holiday's word is the holiday ("Eid
// al-Fitr"), not a person named like an Arab man.
func TestHolidayNames(t *testing.T) {
	x := mustExtract(t, emphasised("Bomb hits prayers in Brisk",
		"A bomb exploded near prayers marking Eid al-Fitr in Brisk on Thursday, police said."))
	if e := entityNamed(x, "Eid al-Fitr"); e == nil || e.Type != kg.Other {
		t.Errorf("want the holiday Eid al-Fitr (Other); entities: %+v", x.Entities)
	}
}
