package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTechAcronymNouns: an initialism before a device part's or a format's noun ("a
// ZQM card", "the VXB port", "KLT encryption") is a common noun's, no organization;
// one before a noun a body's acronym modifies ("a PWQ panel", "DRN files lawsuit")
// stays a name.
func TestTechAcronymNouns(t *testing.T) {
	x := extractBody(t, "Marta Kovac slid a new ZQM card into the phone and plugged it into the VXB port. "+
		"She said the messages were sent with KLT encryption.\n\n"+
		"A PWQ panel recommended the plan on Tuesday, Kovac said. DRN files lawsuit over the plan, "+
		"and DRN said it would appeal.\n")
	for _, name := range []string{"ZQM", "VXB", "KLT"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is a technology's initialism, no entity: %+v", name, *e)
		}
	}
	for _, name := range []string{"PWQ", "DRN"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("want the body %q; entities: %+v", name, x.Entities)
		}
	}
}

// TestSpelledOutAcronyms: an initialism glossed by lower-case words it spells ("a
// variable pulse modulator (VPM)", "GLE (gated lattice exchange)") is a common noun's;
// one whose gloss ends in a body's noun ("the coastal rescue service (CRS)") stays a
// body, and a name that opens on such an initialism ("VPM Ultra") is a thing.
func TestSpelledOutAcronyms(t *testing.T) {
	x := extractBody(t, "The camera drops the variable pulse modulator (VPM) in favour of GLE (gated lattice exchange), "+
		"Tomas Pirk said. Its maker also sells VPM Ultra, a newer design.\n\n"+
		"The coastal rescue service (CRS) said the boat sank. The CRS sent two boats.\n")
	for _, name := range []string{"VPM", "GLE"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is a common noun's initialism, no entity: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "CRS"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the body CRS; entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "VPM Ultra"); e == nil || e.Type != kg.Other {
		t.Errorf("want the thing VPM Ultra typed Other; entities: %+v", x.Entities)
	}
}

// TestSuperAcronym: an initialism after a lower-case "super" ("a super PAC") is a kind
// of body, no body's name; the body named after it stays an organization.
func TestSuperAcronym(t *testing.T) {
	x := extractBody(t, "Halden Forward, a super PAC backing Marta Kovac, ran the ads, Tomas Pirk said. "+
		"The PWQ said it would answer.\n")
	if e := entityNamed(x, "PAC"); e != nil {
		t.Errorf("\"PAC\" after \"super\" is a common noun, no entity: %+v", *e)
	}
	if e := entityNamed(x, "PWQ"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the body PWQ; entities: %+v", x.Entities)
	}
}

// TestJoinedModelCodes: a code of a capital and a lower-case letter, or of two capital
// runs joined by a slash, before a hyphen and a number ("Vk-41", "K/R-12") is an
// aircraft's, Other; a channel's short name without a hyphen ("ZV9") stays a body.
func TestJoinedModelCodes(t *testing.T) {
	x := extractBody(t, "Two Vk-41 jets and a K/R-12 landed at the base on Monday, Tomas Pirk told ZV9.\n")
	for _, name := range []string{"Vk-41", "K/R-12"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("want the aircraft %q typed Other; entities: %+v", name, x.Entities)
		}
	}
	if e := entityNamed(x, "ZV9"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the channel ZV9 typed Organization; entities: %+v", x.Entities)
	}
}

// TestSizedAcronym: an initialism after a size in bytes ("8GB of ZRM", "a 256GB XSD") is
// a device's part, no organization; one after a plain count ("two PWQ") is left.
func TestSizedAcronym(t *testing.T) {
	x := extractBody(t, "The laptop ships with 8GB of ZRM and a 256GB XSD drive, Tomas Pirk said. "+
		"Two PWQ inspectors checked it, and PWQ said the laptop passed.\n")
	for _, name := range []string{"ZRM", "XSD"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q after a size is a device's part, no entity: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "PWQ"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the body PWQ; entities: %+v", x.Entities)
	}
}
