package extraction

import "testing"

// "the Utah border" is Utah's edge: the place is Utah, and nothing it borders happened in
// Utah. A name the lists do not know keeps its noun.
func TestBorderOfKnownPlace(t *testing.T) {
	x := extractBody(t, "Two bombs killed 3 people in Kessel, a farming town in southeastern Nevada near the Utah border, on Wednesday.\n\nTrucks waited at the Varnak border on Monday.\n\nFarmers near the Idaho border sold 300 tons of wheat last year.")
	if entityNamed(x, "Utah border") != nil || entityNamed(x, "Utah") == nil {
		t.Errorf("want Utah, not \"Utah border\": %v", x.Entities)
	}
	if f := findFigure(x, "killed", 3); f == nil || f.Place == "Utah" || f.Place == "Utah border" {
		t.Errorf("the dead are not placed at the border: %+v", f)
	}
	if f := findFigure(x, "wheat", 300); f == nil || f.Place != "" {
		t.Errorf("a border places no figure: %+v", f)
	}
	if entityNamed(x, "Varnak border") == nil {
		t.Errorf("an unknown name keeps its noun: %v", x.Entities)
	}
}

// A unit's name joined by "and" ends in a unit's head: "Team", "Lab", "Laboratory",
// "Unit". Two names side by side stay two.
func TestUnitNameAcrossAnd(t *testing.T) {
	x := extractBody(t, "Ann Roe, a researcher with Kestrel Lab's Global Research and Analysis Team, spoke on Monday.\n\nShe thanked Norvale Research and Kestrel Analysis Team on Tuesday.")
	e := entityNamed(x, "Global Research and Analysis Team")
	if e == nil || e.Type != "Organization" || entityNamed(x, "Analysis Team") != nil {
		t.Errorf("want the whole unit as one organization: %v", x.Entities)
	}
	if entityNamed(x, "Norvale Research and Kestrel Analysis Team") != nil {
		t.Errorf("a name before \"and\" stays its own: %v", x.Entities)
	}
}

// "envoy to Syria Omar Haddad": the place ends its name, the person's starts at the given
// name. Not a place's facility ("the White House Rose Garden") nor a title's words.
func TestPlaceThenPerson(t *testing.T) {
	x := extractBody(t, "The U.N. envoy to Syria Omar Haddad met rebel leaders on Monday.\n\nThe president spoke in the White House Rose Garden on Tuesday.")
	if entityNamed(x, "Omar Haddad") == nil || entityNamed(x, "Syria Omar Haddad") != nil {
		t.Errorf("want Omar Haddad apart from Syria: %v", x.Entities)
	}
	if entityNamed(x, "Rose Garden") != nil {
		t.Errorf("a facility's name is no person's: %v", x.Entities)
	}
}
