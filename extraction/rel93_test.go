package extraction

import "testing"

// TestStandingWarnings: a warning told in the passive ("were posted for … by X") or as
// standing ("is in effect for …, X said"), whose issuer the sentence names by "by", a
// closing ", X said" / ", according to X" or a verb of saying before it, warns each place
// after its "for".
func TestStandingWarnings(t *testing.T) {
	x := extractBody(t, "Flood warnings were posted for Ohio and Indiana by the Tarvo Weather Bureau.\n\n"+
		"A tropical storm warning is in effect for Georgia and Alabama, the Tarvo Weather Bureau said.\n\n"+
		"The Tarvo Weather Bureau said a heat advisory remains in effect for Kansas.\n\n"+
		"The season's first blizzard watch in the United States was issued on Monday by the Tarvo Weather Bureau for the coast of Maine, two days before the start of the Atlantic storm season.\n\n"+
		"A wind advisory has been issued for Nevada, according to the Tarvo Weather Bureau.")
	wantRelations(t, x, [][3]string{
		{"Tarvo Weather Bureau", "warns", "Ohio"},
		{"Tarvo Weather Bureau", "warns", "Indiana"},
		{"Tarvo Weather Bureau", "warns", "Georgia"},
		{"Tarvo Weather Bureau", "warns", "Alabama"},
		{"Tarvo Weather Bureau", "warns", "Kansas"},
		{"Tarvo Weather Bureau", "warns", "Maine"},
		{"Tarvo Weather Bureau", "warns", "Nevada"},
	})
	if hasRelation(x, "Tarvo Weather Bureau", "warns", "Atlantic") || hasRelation(x, "Tarvo Weather Bureau", "warns", "United States") {
		t.Errorf("a place outside the list after \"for\" is warned: %+v", x.Relations)
	}
}

// TestStandingWarningsNearMiss: a passive warning whose issuer the sentence does not
// name, one whose phrase hangs on a preposition, and one whose "by" names the place's
// own body after the list give no warns.
func TestStandingWarningsNearMiss(t *testing.T) {
	x := extractBody(t, "The Tarvo Weather Bureau tracked the storm all week.\n\n"+
		"Tornado watches were posted for Kansas and Nebraska.\n\n"+
		"Forecasts of flood warnings were posted for Iowa by the Tarvo Weather Bureau.\n\n"+
		"Ana Kovac said a flood warning was in effect for Ohio.")
	for _, r := range x.Relations {
		if r.Predicate == "warns" {
			t.Errorf("unexpected %s warns %s in %q", r.Subject, r.Object, r.Text)
		}
	}
}

// TestFromPlaceAfterBody: a body's name right after "a" that qualifies the noun of a
// person's description does not stop the description's "from" place ("Ana Vole, 22, a
// Dunmore College student from Oria" → residentOf); a person's name there does ("a Ben
// Moss aide from Ohio" may be Moss's state).
func TestFromPlaceAfterBody(t *testing.T) {
	x := extractBody(t, "\"The roof shook,\" said Ana Vole, 22, a Tarvo College student from Ohio.\n\n"+
		"Cy Dent, a Quill Partners analyst from Kansas, agreed.")
	wantRelations(t, x, [][3]string{
		{"Ana Vole", "residentOf", "Ohio"},
		{"Cy Dent", "residentOf", "Kansas"},
	})
	y := extractBody(t, "Senator Ben Moss spoke on Monday.\n\nMara Lind, a Ben Moss aide from Ohio, agreed.")
	if hasRelation(y, "Mara Lind", "residentOf", "Ohio") {
		t.Errorf("a person's name before the noun: %+v", y.Relations)
	}
}

// TestPossessiveSiteNouns: a body's possessive, a place and a lab, hub, studio or store
// name a site of the body there ("Skyline Air's Denver hub" → hasFacilityIn); a place's
// or a person's possessive before them does not.
func TestPossessiveSiteNouns(t *testing.T) {
	x := extractBody(t, "Skyline Air Inc. flies to 40 cities. Managers of Skyline Air's Denver hub expect delays.\n\n"+
		"Regulators threatened to shut Theros Labs Inc.’s Ohio lab.\n\n"+
		"Velland Corp's China stores will stay open.")
	wantRelations(t, x, [][3]string{
		{"Skyline Air Inc.", "hasFacilityIn", "Denver"},
		{"Theros Labs Inc.", "hasFacilityIn", "Ohio"},
		{"Velland Corp", "hasFacilityIn", "China"},
	})
	y := extractBody(t, "Mara Lind built a studio.\n\nMara Lind's Denver studio opened. Missouri's Columbia lab closed.")
	for _, r := range y.Relations {
		if r.Predicate == "hasFacilityIn" {
			t.Errorf("unexpected %s hasFacilityIn %s", r.Subject, r.Object)
		}
	}
}

// TestCoordinatedTowns: a town no list knows, joined by "and" to one the gazetteer puts in
// a country the sentence names, lies in that country ("Haiti's south coast … in Vesquerie
// and Les Cayes"); not when the country goes unnamed, nor when the pair is a clause's
// subject ("… and Beijing has warned").
func TestCoordinatedTowns(t *testing.T) {
	x := extractBody(t, "The storm hit Haiti's south coast, killing 30 people in Vesquerie and Les Cayes.\n\n"+
		"Syrian troops moved toward Raqqa and Ostravine province on Monday.")
	wantRelations(t, x, [][3]string{
		{"Vesquerie", "locatedIn", "Haiti"},
		{"Ostravine province", "locatedIn", "Syria"},
	})
	y := extractBody(t, "Floods killed 30 people in Vesquerie and Les Cayes.\n\n"+
		"China and Japan argue over the Ostravine Shoal and Beijing has warned Tokyo.")
	for _, r := range y.Relations {
		if r.Predicate == "locatedIn" && (r.Subject == "Vesquerie" || r.Subject == "Ostravine Shoal") {
			t.Errorf("unexpected %s locatedIn %s (%q)", r.Subject, r.Object, r.Text)
		}
	}
}
