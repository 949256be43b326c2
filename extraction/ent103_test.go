package extraction

import "testing"

// TestModelCodeNames: a code of capital letters and digits anywhere in a run of
// capitalised words makes it a craft's, a car's or a device's name, no person's ("the
// Varn CX-72 Kestrel", "the Holm TZ400d Tourer"); a footnote's digit after a word is no
// code and leaves a person's name alone. The code alone and the name's last word ("the
// Kestrel") are short forms of a name that a hyphened code opens (modelcodes.go).
func TestModelCodeNames(t *testing.T) {
	x := extractBody(t, "The crew flew a restored XR-71 Kestrel over the bay on Sunday, witnesses said. "+
		"The XR-71 landed safely, and the Kestrel will fly again in June.\n\n"+
		"Dealers said the Holm TZ400d Tourer sold out within a week.\n\n"+
		"Marta Quillen said the plan would work.")
	for _, name := range []string{"XR-71 Kestrel", "Holm TZ400d Tourer"} {
		e := entityNamed(x, name)
		if e == nil || e.Type != "Other" {
			t.Errorf("%s: got %+v, want Other", name, e)
		}
	}
	for _, short := range []string{"XR-71", "Kestrel"} {
		if e := entityNamed(x, short); e != nil && e.Name == short {
			t.Errorf("%q kept apart from the XR-71 Kestrel: %+v", short, e)
		}
	}
	if e := entityNamed(x, "Marta Quillen"); e == nil || e.Type != "Person" {
		t.Errorf("Marta Quillen: got %+v, want Person", e)
	}
	for _, w := range []string{"P-47", "CH-53E", "F/A-18", "RX450h", "MX-5", "DS4", "X900C"} {
		if !modelCodeShape(w) {
			t.Errorf("modelCodeShape(%q) = false", w)
		}
	}
	for _, w := range []string{"Fund1", "Su-35", "24-Hour", "4", "X-T1", "Obama"} {
		if modelCodeShape(w) {
			t.Errorf("modelCodeShape(%q) = true", w)
		}
	}
}

// TestParticipleBeforeAcronym: a verb's -ing form opening a clause before an acronym that
// stands alone is no part of a name with it ("Following ZTX, …"); a given name in -ing
// and a run of capitalised words after the acronym stay (participleAcronym).
func TestParticipleBeforeAcronym(t *testing.T) {
	x := extractBody(t, "Following ZTX, two smaller chipmakers reported losses on Tuesday.\n\n"+
		"Using QRB data, the team mapped every road in the county.\n\n"+
		"Sterling Voss said the vote would be close.")
	for _, bad := range []string{"Following ZTX", "Using QRB"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	if entityNamed(x, "ZTX") == nil {
		t.Errorf("ZTX missing: %+v", x.Entities)
	}
	if e := entityNamed(x, "Sterling Voss"); e == nil || e.Type != "Person" {
		t.Errorf("Sterling Voss: got %+v, want Person", e)
	}
}

// TestOutletBeforeName: a periodical's or a channel's noun right before a run of
// capitalised words makes it the outlet's name, no person's ("local paper Varden Posten",
// "the magazine Ostra Tidning"); "paper" before one word ("a paper Hawley wrote") and a
// person's name with a given name after the noun stay as they were (outletBeforeNames).
func TestOutletBeforeName(t *testing.T) {
	x := extractBody(t, "A witness told the website of local paper Varden Posten that the rotor broke off.\n\n"+
		"German weekly Ostra Tidning reported the talks had stalled.\n\n"+
		"The editor of the magazine, Michael Dorsey, said the issue sold out.")
	for _, name := range []string{"Varden Posten", "Ostra Tidning"} {
		if e := entityNamed(x, name); e == nil || e.Type != "Organization" {
			t.Errorf("%s: got %+v, want Organization", name, e)
		}
	}
	if e := entityNamed(x, "Michael Dorsey"); e == nil || e.Type != "Person" {
		t.Errorf("Michael Dorsey: got %+v, want Person", e)
	}
}

// TestParticipleBeforeKnownRun: a clause-initial verb in -ing before a run of name words
// that the article writes elsewhere without it is no part of the name ("Praising Dunlow,
// …" beside "Dunlow said"); a run found nowhere else ("Making Harbor Great Again") and a
// common word alone ("Casting Words") stay (participleBeforeName).
func TestParticipleBeforeKnownRun(t *testing.T) {
	x := extractBody(t, "Praising Dunlow, the senator said the bill would pass.\n\n"+
		"Dunlow said on Monday the vote was close.\n\n"+
		"Making Harbor Great Again was the slogan on every hat.")
	if entityNamed(x, "Praising Dunlow") != nil {
		t.Errorf("\"Praising Dunlow\" read as an entity: %+v", x.Entities)
	}
	if e := entityNamed(x, "Dunlow"); e == nil || e.Mentions < 2 {
		t.Errorf("Dunlow: got %+v, want two mentions", e)
	}
	if entityNamed(x, "Harbor Great Again") != nil {
		t.Errorf("the slogan was cut: %+v", x.Entities)
	}
}
