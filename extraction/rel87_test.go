package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestMakerProductRuns: a maker's name glued to a product-shaped tail ("Vantor PX90D",
// "Tellix StreamDeck", "Corlan Model T") is the product, typed Other, and the maker's
// lone name stays its own body, with the ties the text states; a person's name whose
// surname holds a capital after a prefix ("Dessa McAllister") stays a person.
func TestMakerProductRuns(t *testing.T) {
	cases := []struct {
		body, product, maker string
	}{
		{"As for the price, shares of Vantor fell on Monday. The new Vantor PX90D sells for $40,000, and the maker, Vantor, says demand is strong.", "Vantor PX90D", "Vantor"},
		{"As for the name, Corvane bought Tellix last year. The new Tellix StreamDeck rolls on two wheels, and the maker, Tellix, says the board climbs hills.", "Tellix StreamDeck", "Tellix"},
		{"As for the crash, shares of Corlan fell on Monday. The new Corlan Model T crashed on a highway, and the maker, Corlan, says the brakes worked.", "Corlan Model T", "Corlan"},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		if e := entityNamed(x, c.product); e == nil || e.Type != kg.Other {
			t.Errorf("%q: want %s typed Other, got %+v", c.body, c.product, e)
		}
		if e := entityNamed(x, c.maker); e == nil || e.Type != kg.Organization {
			t.Errorf("%q: want %s its own organization, got %+v", c.body, c.maker, e)
		}
	}
	if x := extractBody(t, cases[1].body); !hasRelation(x, "Corvane", "acquires", "Tellix") {
		t.Errorf("no Corvane acquires Tellix: %+v", x.Relations)
	}
	// near misses: a surname's prefix before a capital, a tail of no product's shape
	for _, c := range []struct{ body, name string }{
		{"As for the vote, friends of Dessa met on Monday. The young Dessa McAllister spoke at the hall, and her sister, Dessa, says the plan failed.", "Dessa McAllister"},
		{"As for the vote, friends of Orrin met on Monday. The young Orrin Tabb spoke at the hall, and his brother, Orrin, says the plan failed.", "Orrin Tabb"},
	} {
		x := extractBody(t, c.body)
		if e := entityNamed(x, c.name); e == nil || e.Type != kg.Person {
			t.Errorf("%q: want %s a person, got %+v", c.body, c.name, e)
		}
	}
}

func TestMakerProductTail(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"PX90D"}, true}, {[]string{"StreamDeck"}, true}, {[]string{"Model", "T"}, true},
		{[]string{"McAllister"}, false}, {[]string{"VanDeWeghe"}, false}, {[]string{"deGrasse", "Tyson"}, false},
		{[]string{"Sachin", "R"}, false}, {[]string{"Tabb"}, false},
	} {
		if got := makerProductTail(c.ws); got != c.want {
			t.Errorf("makerProductTail(%q) = %v, want %v", c.ws, got, c.want)
		}
	}
}

// TestBareTitleOfBody: a bare title before a name that "of" a body follows serves that
// body, not one the sentence named before ("the wreckage of the Vantor …, assistant
// chief Ann Cole of the Dunmore Fire Department"); with no body after the name, the
// sentence's body still serves.
func TestBareTitleOfBody(t *testing.T) {
	body := "Shares of Vantor Motors Inc. fell. By the time crews arrived, the wreckage of the Vantor had come to rest in a yard, assistant chief Ann Cole of the Dunmore Fire Department told reporters."
	x := extractBody(t, body)
	if hasRelation(x, "Ann Cole", "chiefOf", "Vantor Motors Inc.") {
		t.Errorf("Ann Cole chiefOf Vantor Motors Inc.: %+v", x.Relations)
	}
	if !hasRelation(x, "Ann Cole", "chiefOf", "Dunmore Fire Department") {
		t.Errorf("no Ann Cole chiefOf Dunmore Fire Department: %+v", x.Relations)
	}
	// near miss: nothing after the name, the sentence's body
	if x := extractBody(t, "Dunmore Fire Department crews arrived at noon, spokeswoman Ann Cole said."); !hasRelation(x, "Ann Cole", "spokeswomanOf", "Dunmore Fire Department") {
		t.Errorf("no Ann Cole spokeswomanOf Dunmore Fire Department: %+v", x.Relations)
	}
}
