package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestPartyNamesAcrossAnd: "A and B Party" is one party's name when the words on each
// side name nothing by themselves, even a title ("Justice") or a body's head ("Union")
// that would otherwise stop the name; two bodies and a place beside a party stay apart.
func TestPartyNamesAcrossAnd(t *testing.T) {
	cases := []struct {
		body  string
		whole string
		parts []string
	}{
		{"Voters in Kestria backed the ruling Justice and Development Party on Sunday.", "Justice and Development Party", nil},
		{"Kestria's Union Solidarity and Development Party conceded defeat on Monday.", "Union Solidarity and Development Party", nil},
		{"The Peace and Welfare Party won four seats, officials said.", "Peace and Welfare Party", nil},
		{"Voters in Ohio backed the Green Party and Libertarian Party in small numbers.", "", []string{"Green Party", "Libertarian Party"}},
		{"Activists in Texas and Tea Party members rallied on Saturday.", "", []string{"Texas", "Tea Party"}},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		if c.whole != "" && entityNamed(x, c.whole) == nil {
			t.Errorf("%q: no entity %q; entities %v", c.body, c.whole, entityNames(x))
		}
		for _, p := range c.parts {
			if entityNamed(x, p) == nil {
				t.Errorf("%q: no entity %q; entities %v", c.body, p, entityNames(x))
			}
		}
	}
}

// entityNames lists the names of an extraction's entities, for failure messages.
func entityNames(x *kg.Extraction) []string {
	var names []string
	for _, e := range x.Entities {
		names = append(names, e.Name)
	}
	return names
}

// TestAdjectivePlaceNouns: a compass, party or people's adjective before a place noun
// ("the Midwestern state", "a Democratic state representative") describes a place and
// names none; a region so described, a hyphened name and a known body stay names.
func TestAdjectivePlaceNouns(t *testing.T) {
	cases := []struct {
		body  string
		names []string // entities that must be there
		not   []string // entities that must not
	}{
		{"Polls show Hale trailing in Iowa, where voters in the Midwestern state meet on Monday.", []string{"Iowa"}, []string{"Midwestern state"}},
		{"Turnout in the Upper Midwestern state was low, officials said.", nil, []string{"Upper Midwestern state", "Upper Midwestern"}},
		{"Vermont is a Democratic state, the poll found.", []string{"Vermont"}, []string{"Democratic state"}},
		{"Oil exports from Iraq's autonomous Kurdish region rose in May.", []string{"Kurdish region"}, nil},
		{"Trade in the Asia-Pacific region grew in March.", []string{"Asia-Pacific region"}, nil},
		{"Farmers in Sonora state lost crops to the frost.", []string{"Sonora state"}, nil},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		for _, n := range c.names {
			if entityNamed(x, n) == nil {
				t.Errorf("%q: no entity %q; entities %v", c.body, n, entityNames(x))
			}
		}
		for _, n := range c.not {
			if entityNamed(x, n) != nil {
				t.Errorf("%q: entity %q, a description", c.body, n)
			}
		}
	}
}

// TestParentBesideUnits: a company's one-word name beside two of its units ("Vantor
// Entertainment", "Vantor Pictures") names the parent, and a name with a
// company's suffix ("Vantor Corp") is no short form of a unit; a lone short form still
// joins the company it shortens ("Kestrel" for "Kestrel Motor Co").
func TestParentBesideUnits(t *testing.T) {
	x := extractBody(t, "On Tuesday, Vantor said it would merge Vantor Entertainment with Vantor Pictures. The new unit will be based in Ohio, Vantor said.")
	if e := entityNamed(x, "Vantor Entertainment"); e == nil || slices.Contains(e.Aliases, "Vantor") {
		t.Errorf("Vantor is no alias of its unit: %+v", e)
	}
	if entityNamed(x, "Vantor") == nil {
		t.Errorf("no entity Vantor; entities %v", entityNames(x))
	}
	x = extractBody(t, `"It frustrates me," as with the hacking of Vantor Pictures Entertainment, a unit of Vantor Corp, instead of acting earlier, Rogers said.`)
	if e := entityNamed(x, "Vantor Pictures Entertainment"); e == nil || slices.Contains(e.Aliases, "Vantor Corp") {
		t.Errorf("Vantor Corp is no alias of its unit: %+v", e)
	}
	x = extractBody(t, "Kestrel Motor Co said sales rose in May. Shares of Kestrel rose 2 percent, analysts said.")
	if e := entityNamed(x, "Kestrel Motor Co"); e == nil || !slices.Contains(e.Aliases, "Kestrel") {
		t.Errorf("Kestrel is Kestrel Motor Co's short form: %+v", e)
	}
}

// TestBodyBeforeKindNoun: a relative clause after "the X group" or "the X militia"
// describes X ("The Harat Front group, which controls key areas of northern Syria"),
// and a single share after "a" is a share of territory too ("a swathe of northern
// Syria"); a share of no named place names none.
func TestBodyBeforeKindNoun(t *testing.T) {
	cases := []struct {
		body string
		want bool
	}{
		{"The Harat Front group, which controls key areas of northern Syria, claimed the attack.", true},
		{"The Harat Front militia, which controls a swathe of northern Syria, claimed the attack.", true},
		{"The Harat Front militia, which controls a swathe of farmland, claimed the attack.", false},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		if got := hasRelation(x, "Harat Front", "controls", "Syria"); got != c.want {
			t.Errorf("%q: Harat Front controls Syria = %v, want %v; relations %+v", c.body, got, c.want, x.Relations)
		}
	}
}

// TestSecondBodyTitle: in an appositive of two roles, a second conjunct that names its
// own body before its role ("a former Navy commander and Norvale Corp director") holds
// that role there, and the first keeps its own body; two bodies before one role ("a
// former Kestrel Inc and Norvale Corp executive") stay one phrase.
func TestSecondBodyTitle(t *testing.T) {
	x := extractBody(t, "Dana Ruiz, a former Navy commander and Norvale Corp director, pleaded guilty on Monday.")
	if !hasRelation(x, "Dana Ruiz", "directorOf", "Norvale Corp") || hasRelation(x, "Dana Ruiz", "commanderOf", "Norvale Corp") {
		t.Errorf("want Dana Ruiz directorOf Norvale Corp and no commanderOf it; relations %+v", x.Relations)
	}
	x = extractBody(t, "The board added Dana Ruiz, a former Kestrel Inc and Norvale Corp executive, on Monday.")
	if !hasRelation(x, "Dana Ruiz", "executiveOf", "Kestrel Inc") {
		t.Errorf("want Dana Ruiz executiveOf Kestrel Inc; relations %+v", x.Relations)
	}
}

// TestSingleQuotedNicknames: a nickname in single quotation marks, straight or curly,
// stands inside a person's name as one in double marks does ("Joaquin 'El Chapo'
// Guzman" is Joaquin Guzman); a quoted title after a name is no nickname.
func TestSingleQuotedNicknames(t *testing.T) {
	for _, body := range []string{
		"Mexican drug lord Hector 'El Guero' Palma was arrested on Thursday.",
		"Mexican drug lord Hector ‘El Guero’ Palma was arrested on Thursday.",
	} {
		x := extractBody(t, body)
		if e := entityNamed(x, "Hector Palma"); e == nil || e.Type != kg.Person {
			t.Errorf("%q: want the person Hector Palma; entities %v", body, entityNames(x))
		}
	}
	x := extractBody(t, "Critics said Ann Vole 'Blue Hour' was her best album.")
	if entityNamed(x, "Ann Vole was") != nil || entityNamed(x, "Ann Vole") == nil {
		t.Errorf("want Ann Vole alone; entities %v", entityNames(x))
	}
}

// TestPeopleAdjectivePhrases: a people's adjective of two words ending in a singular
// demonym ("African American", "Latin American", "North American") describes and names
// no one; the region itself ("Latin America") is still a place.
func TestPeopleAdjectivePhrases(t *testing.T) {
	x := extractBody(t, "The program helps African American and Latin American families in Ohio, officials said. Exports to Latin America rose.")
	for _, n := range []string{"African American", "Latin American"} {
		if entityNamed(x, n) != nil {
			t.Errorf("entity %q, a description; entities %v", n, entityNames(x))
		}
	}
	if e := entityNamed(x, "Latin America"); e == nil || e.Type != kg.Place {
		t.Errorf("want the place Latin America; entities %v", entityNames(x))
	}
}

// TestBorderPlacesNoEvent: an act "near the Utah border" did not happen in Utah; the
// act's place is then none of the border's, while "in Provo, Utah" still places it.
func TestBorderPlacesNoEvent(t *testing.T) {
	cases := []struct {
		body string
		utah bool // whether the blasts' figure may be placed in Utah
	}{
		{"PHOENIX — Police in Arizona found bombs in the home of a suspect on Tuesday, authorities said.\n\nJones was believed responsible for two bomb blasts on Sunday night that rocked the tiny farming community of Dorvale in southeastern Nevada, near the Utah border.", false},
		{"PHOENIX — Police in Arizona found bombs in the home of a suspect on Tuesday, authorities said.\n\nJones was believed responsible for two bomb blasts on Sunday night in Utah, police said.", true},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		f := findFigure(x, "bomb blasts", 2)
		if f == nil {
			t.Errorf("%q: no figure 2; figures %+v", c.body, x.Figures)
			continue
		}
		got := f.Place == "Utah"
		if f.Event >= 0 {
			got = got || x.Events[f.Event].Place == "Utah"
		}
		if got != c.utah {
			t.Errorf("%q: blasts in Utah = %v, want %v: %+v", c.body, got, c.utah, f)
		}
	}
}
