package extraction

import "testing"

// TestBylines: reporters' place lines ("Lund reported from Dayton."), "contributed to this
// report" lines without a job word, author lines that name the outlet by the beat, and
// the credit line's semicolon lists, missing "by", "at the BODY in CITY", a writer's city
// and a city in capitals (testdata/bylines.input, invented). Prose with "reported from",
// "contributed" or "writes about … for" gives none of these.
func TestBylines(t *testing.T) {
	x := extract(t, "bylines")
	want := map[[3]string]bool{
		{"Greta Lund", "reportsFrom", "Dayton"}:         true,
		{"Tim Roe", "reportsFrom", "Nairobi"}:           true,
		{"Tim Roe", "reporterOf", "Harbor Courier"}:     true,
		{"Al Zee", "reportsFrom", "Atlanta"}:            true,
		{"Al Zee", "reporterOf", "Harbor Courier"}:      true,
		{"Nils Orrby", "reportsFrom", "Toledo"}:         true,
		{"Vera Kask", "reportsFrom", "Chicago"}:         true,
		{"Pia Moss", "reportsFrom", "Albuquerque"}:      true,
		{"Jon Hale", "reportsFrom", "Boston"}:           true,
		{"Mary Lind", "reportsFrom", "Denver"}:          true,
		{"Ken Lowe", "reportsFrom", "Denver"}:           true,
		{"Dana Ruiz", "reporterOf", "Harbor Courier"}:   true,
		{"Ross Ebbing", "reporterOf", "Harbor Courier"}: true,
		{"Ross Ebbing", "reportsFrom", "Houston"}:       true,
		{"Leo Frost", "writerOf", "The Ledger"}:         true,
		{"Ann Colby", "reportsFrom", "Dayton"}:          true,
		{"Ugo Brand", "reportsFrom", "Memphis"}:         true,
		{"Lee Mossberg", "reportsFrom", "Lyon"}:         true,
		{"Rita Olsen", "reportsFrom", "Bengaluru"}:      true,
		{"Carl Ostrander", "reportsFrom", "Dayton"}:     true,
	}
	for r := range want {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s", r[0], r[1], r[2])
		}
	}
	for _, r := range x.Relations {
		switch r.Predicate {
		case "reportsFrom", "reporterOf", "writerOf":
			if !want[[3]string{r.Subject, r.Predicate, r.Object}] {
				t.Errorf("unwanted %s %s %s (%q)", r.Subject, r.Predicate, r.Object, r.Text)
			}
		}
	}
	twitter := false
	for _, e := range x.Entities {
		if e.Name == "Twitter" {
			twitter = true
		}
	}
	if !twitter {
		t.Errorf("the platform of \"Follow her on Twitter: @handle\" is no entity: %v", x.Entities)
	}
}
