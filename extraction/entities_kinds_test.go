package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// wantTypes checks that each name is an entity of its type.
func wantTypes(t *testing.T, x *kg.Extraction, want map[string]kg.EntityType) {
	t.Helper()
	for name, typ := range want {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %q (%s); entities: %+v", name, typ, x.Entities)
		}
	}
}

// TestKindsAroundNames: a name that nothing but its context types takes the kind its
// sentence states: the body a role belongs to, a broadcaster's call letters, a
// facility's leading head, an event that recurs, a thing or body named after "called",
// places listed after a place noun's plural, a broadcaster before "television".
func TestKindsAroundNames(t *testing.T) {
	a := emphasised("Storm closes roads near Brisk",
		"The owner of Granite Ridge Charters said two boats sank on Monday. "+
			"Mara Voss, director of the Open Shoals Transparency Effort at Lenz University, said the storm was the worst in years and called for transparency. "+
			"Reports by KQRV in Brisk and WTLZ in Lenz said the roads were closed. "+
			"Sailors at Naval Station Torvik and Farlow Air Force Base were moved inland. "+
			"The storm forced organisers to cancel the annual \"Driftwood Lantern Walk\" on Saturday. "+
			"Earlier the port released an app called Tidewatch and hired a firm called Pellam Halvard to run it. "+
			"Floods cut off two fishing villages, Ostvik and Harnby in the province of Lenz. "+
			"Kestrel Vale television reported that more rain was due.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Granite Ridge Charters":          kg.Organization, // "the owner of"
		"Open Shoals Transparency Effort": kg.Organization, // "director of the"
		"WTLZ":                            kg.Organization, // call letters, though after "and" a place
		"Naval Station Torvik":            kg.Place,
		"Farlow Air Force Base":           kg.Place,
		"Driftwood Lantern Walk":          kg.Other,        // "the annual"
		"Tidewatch":                       kg.Other,        // "an app called"
		"Pellam Halvard":                  kg.Organization, // "a firm called"
		"Ostvik":                          kg.Place,        // "villages, Ostvik and Harnby"
		"Harnby":                          kg.Place,
		"Kestrel Vale":                    kg.Organization, // "Kestrel Vale television reported"
	})
}

// TestKindsAroundNamesLeaveOthers: the rules stop where the words say something else: a
// role of a person ("coach of"), a role of a place ("town manager of"), a role whose
// "of" owns the next name ("director of Brisk's Center"), a radio host or a television
// service, a radio set (a noun or "and" after "radio", "television").
func TestKindsAroundNamesLeaveOthers(t *testing.T) {
	a := emphasised("Coach joins Brisk club",
		"Tennis coach Paul Ardent, coach of Selene Marwick, spoke in Brisk on Friday. "+
			"Pieter Hovland, town manager of Varrow Dene, said the town would pay. "+
			"Anne Colby, director of Brisk's Center for Tide Studies, said the data were new. "+
			"Selene Marwick said she was glad. The Quill Marren television service and Dasko Lind radio host Tom Brandt were there. "+
			"He used a Varo Pell radio and antenna.")
	x := mustExtract(t, a)
	if e := entityNamed(x, "Selene Marwick"); e == nil || e.Type != kg.Person {
		t.Errorf("want the person Selene Marwick ('coach of' a person); entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "Varrow Dene"); e != nil && e.Type == kg.Organization {
		t.Errorf("Varrow Dene is a town ('town manager of'), not a body: %+v", *e)
	}
	if e := entityNamed(x, "Brisk"); e == nil || e.Type != kg.Place {
		t.Errorf("want the place Brisk; entities: %+v", x.Entities)
	}
	for _, name := range []string{"Quill Marren", "Dasko Lind", "Varo Pell"} {
		if e := entityNamed(x, name); e != nil && e.Type == kg.Organization {
			t.Errorf("%q names no broadcaster (a noun follows 'television'/'radio'): %+v", name, *e)
		}
	}
}

// TestBodyNameAfterAnd: a body's name goes on past "and" after a last word of a body's
// name ("Securities"), as after a plain common word ("Food and Drug Administration").
func TestBodyNameAfterAnd(t *testing.T) {
	a := emphasised("Regulator opens inquiry into Brisk lender",
		"The Norland Securities and Exchange Board said on Monday it had opened an inquiry into Brisk Lending Corp.")
	x := mustExtract(t, a)
	if e := entityNamed(x, "Norland Securities and Exchange Board"); e == nil || e.Type != kg.Organization {
		t.Errorf("want one body 'Norland Securities and Exchange Board'; entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "Exchange Board"); e != nil {
		t.Errorf("the body's name is cut at 'and': %+v", *e)
	}
}

// TestMonthAsSurname: a month's name after a given name is the person's surname ("Carl
// June"), not the end of the name; before a number it stays a date.
func TestMonthAsSurname(t *testing.T) {
	a := emphasised("Researchers share prize in Brisk",
		"The prize went to Carl June at the University of Brisk and to Maria Kestel. "+
			"Anna Keller said on Tuesday the ceremony would be held in Brisk.")
	x := mustExtract(t, a)
	if e := entityNamed(x, "Carl June"); e == nil || e.Type != kg.Person {
		t.Errorf("want the person Carl June; entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "Carl"); e != nil {
		t.Errorf("the name is cut at the month: %+v", *e)
	}
}

// TestNameBoundaries: a company's possessive before its suffix is inside its name
// ("Pellam's Corp", one entity with the article's "Pellam's"), and a person after "and"
// is not joined to a body named with "of" ("the University of Brisk and James Orlan").
func TestNameBoundaries(t *testing.T) {
	a := emphasised("Brisk lender names new chief",
		"Protesters gathered at Pellam's Corp headquarters in Brisk on Thursday. Pellam's said it would close the office. "+
			"The study was led by Anna Keller at the University of Brisk and James Orlan of Lenz.")
	x := mustExtract(t, a)
	if e := entityNamed(x, "Pellam's Corp"); e == nil || e.Type != kg.Organization || e.Mentions != 2 {
		t.Errorf("want one company Pellam's Corp of 2 mentions; entities: %+v", x.Entities)
	}
	for _, name := range []string{"Corp", "University of Brisk and James Orlan"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is cut wrong: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "James Orlan"); e == nil || e.Type != kg.Person {
		t.Errorf("want the person James Orlan; entities: %+v", x.Entities)
	}
}

// TestAnimalsAndTownsOfResidence: a name after an animal's noun is an animal's (Other),
// not a body's ("her dog Tapper"); an unknown name between "a"/"the" and a resident's
// noun is a town ("a Tarrowville man"), but not a common English word ("a Liberty man")
// (the common-English word list) nor a name after an animal's noun with a comma and more name words ("the gorilla,
// Anna Keller, director of …" is the director).
func TestAnimalsAndTownsOfResidence(t *testing.T) {
	a := emphasised("Missing girl found in Brisk",
		"Police said the Tarrowville girl was found on Friday with her dog Tapper near Brisk. "+
			"A Varnley man was charged. Police praised the gorilla, Thorne Abaley, director of the zoo, said. "+
			"Her father is a Liberty man.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{"Tapper": kg.Other, "Tarrowville": kg.Place, "Varnley": kg.Place, "Thorne Abaley": kg.Person})
	if e := entityNamed(x, "Liberty"); e != nil && e.Type == kg.Place {
		t.Errorf("a Liberty man names no town: %+v", *e)
	}
}

// TestCodesCourtsAndChurches: a code of capital letters and a number names a craft, a
// weapon or a flight (Other), not a body, though a group of nations ("G20"), a channel
// ("VH1") and an interstate ("I-95") keep their types; a federal court's district is a
// body, "the District of Columbia" a place; a church is a congregation, a body, even
// after "Mount", and a given name before "Church" is a person's.
func TestCodesCourtsAndChurches(t *testing.T) {
	a := emphasised("Jet lands safely at Brisk",
		"Passengers on flight QX418 landed safely in Brisk on Tuesday after a B-52 and two F-16s crossed its path. "+
			"Leaders of the G20 met as the Varro Air crew flew an ZK-300 home. "+
			"Traffic on I-95 slowed while VH1 reported from Brisk. "+
			"A judge in the Southern District of Ohio heard the case, and the Western District of Texas sent it back. "+
			"Members of Mount Tabor Baptist Church and Lenz Community Church prayed. "+
			"The geneticist George Church spoke in the District of Columbia.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"QX418":                      kg.Other,
		"B-52":                       kg.Other,
		"F-16s":                      kg.Other,
		"ZK-300":                     kg.Other,
		"I-95":                       kg.Place,
		"Southern District of Ohio":  kg.Organization,
		"Western District of Texas":  kg.Organization,
		"Mount Tabor Baptist Church": kg.Organization,
		"Lenz Community Church":      kg.Organization,
		"George Church":              kg.Person,
		"District of Columbia":       kg.Place,
	})
	for _, name := range []string{"G20", "VH1"} {
		if e := entityNamed(x, name); e != nil && e.Type == kg.Other {
			t.Errorf("%q typed Other: %+v", name, e)
		}
	}
}

// TestModelCode: the shapes of a model's, a craft's or a flight's code.
func TestModelCode(t *testing.T) {
	for w, want := range map[string]bool{
		"B-52": true, "F-16s": true, "AR-15": true, "CH-53E": true, "A320": true, "MH370": true,
		"VS025": true, "PAC-3": true, "EP-3Es": true,
		"G20": false, "G-7": false, "I-95": false, "MI5": false, "VH1": false, "NY1": false,
		"ABC15": false, "Q4": false, "CO2": false, "7-Eleven": false, "F-": false, "B-52x": false, "AB-12345": false,
	} {
		if got := modelCode(w); got != want {
			t.Errorf("modelCode(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOneWordPersonAside: a one-word name that nothing else types is a person's before
// ", who" or an age between commas (a surname, a given name or a stage name alone),
// not the organization a lone capitalised word is by default; a plural, a word the
// article writes in lower case, a known place and a name after "the" or "of" keep
// their types.
func TestOneWordPersonAside(t *testing.T) {
	a := emphasised("Storm floods Brisk",
		"Relief came late to Brisk on Monday, residents said. "+
			"\"We lost everything,\" said Tovaric, 41, a baker who fled with his family. "+
			"The crowd cheered for Zelmiro, who sang at the shelter. "+
			"The Harbingers, who won the league, gave their prize to the Varnish, who kept the shelter open. "+
			"The governor of Quessa, who flew in, praised the Pellworths. "+
			"Nuns in the old Congo, who were at risk, were moved. "+
			"He said the state would pay, and State, who chairs the fund, agreed.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Tovaric": kg.Person, // ", 41,"
		"Zelmiro": kg.Person, // ", who"
		"Congo":   kg.Place,
	})
	for _, name := range []string{"Harbingers", "Varnish", "Quessa", "State"} {
		if e := entityNamed(x, name); e != nil && e.Type == kg.Person {
			t.Errorf("%q typed Person: %+v", name, e)
		}
	}
}
