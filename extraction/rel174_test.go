package extraction

import "testing"

// TestQuotedTeller: the speaker of a quote told the outlet after the quote's tail when
// an aside left open, a comma before "told" or an aside with commas of its own, or one
// that names a place last, hides the speaker from actionSubject (quotedtellers.go);
// "whose" between the quote and the verb tells of someone else.
func TestQuotedTeller(t *testing.T) {
	for _, c := range []struct{ body, subj, obj string }{
		{"“The pumps are old and the pipes leak,” Marta Lindqvist, an engineer at the Harlow Water Institute told the Coastal Herald.", "Marta Lindqvist", "Coastal Herald"},
		{"“Nobody here wants a war,” Norland Interior Minister Pavel Orsk, told Radio Velland on Tuesday.", "Pavel Orsk", "Radio Velland"},
		{"“We will rebuild the bridge,” Tomas Brekke, head of planning, roads and transit, told Reuters.", "Tomas Brekke", "Reuters"},
		{"“It was terrible,” Ivo Halden, pastor of the Union Hill Baptist Church in Dunmore, the town where the storm hit, told Reuters.", "Ivo Halden", "Reuters"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, "told", c.obj) {
			t.Errorf("%q: no %s told %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "“It was terrible,” said Ivo Halden, whose brother later told Reuters about the storm.")
	if hasRelation(x, "Ivo Halden", "told", "Reuters") {
		t.Errorf("the brother told Reuters, not Halden: %+v", x.Relations)
	}
}

// TestTellsAfterAside: "tells" after an aside is the verb of the name before it
// ("Ann Bell, director of Acme, tells WIRED"), not a plural noun.
func TestTellsAfterAside(t *testing.T) {
	x := extractBody(t, "Marta Lindqvist, a researcher at Harlow Labs, tells Reuters in an email that the flaw was fixed.")
	if !hasRelation(x, "Marta Lindqvist", "told", "Reuters") {
		t.Errorf("no Marta Lindqvist told Reuters: %+v", x.Relations)
	}
}

// TestMemberOfTheBody: "PERSON of the BODY told" is the person's telling, as "PERSON of
// BODY told" is (memberOfBody, asides.go).
func TestMemberOfTheBody(t *testing.T) {
	x := extractBody(t, "Tomas Brekke of the Dunmore County Fire Department told the Associated Press that two homes burned.")
	if !hasRelation(x, "Tomas Brekke", "told", "Associated Press") {
		t.Errorf("no Tomas Brekke told Associated Press: %+v", x.Relations)
	}
}

// TestPossessedTitle: a title in quotation marks right after a body's possessive is the
// body's work or product ("Norvik TV's “Sunday Table”"); a quote that opens after the
// possessive with more than a title in it is none (quotedtitles.go).
func TestPossessedTitle(t *testing.T) {
	x := extractBody(t, "Mayor Ida Lund said on Norvik TV's “Sunday Table” that the bridge would reopen.")
	if !hasRelation(x, "Sunday Table", "productOf", "Norvik TV") {
		t.Errorf("no Sunday Table productOf Norvik TV: %+v", x.Relations)
	}
	x = extractBody(t, "“We will win,” Ida Lund told Norvik TV's “Sunday Table.”")
	if !hasRelation(x, "Sunday Table", "productOf", "Norvik TV") {
		t.Errorf("the stop inside the marks: no Sunday Table productOf Norvik TV: %+v", x.Relations)
	}
	x = extractBody(t, "Harlow Foods' \"Crisp Nights,\" a spiced chip, sold out in a week.")
	if !hasRelation(x, "Crisp Nights", "productOf", "Harlow Foods") {
		t.Errorf("no Crisp Nights productOf Harlow Foods: %+v", x.Relations)
	}
}
