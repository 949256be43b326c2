package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestStatePartyNames: a state and a party's label glued before a person's name ("Ohio
// Republican Mark Rhee", "New York Democrat Ann Tolle") are three names: the place, the
// party the person is memberOf, and the person; a place before a party's title-case race
// words ("U.S. Republican presidential candidate Tom Greer") leaves the word the party's.
// A capitalised word that is no place ("Christian Democrat") still makes the pair a
// party's own name.
func TestStatePartyNames(t *testing.T) {
	x := extract(t, "state-party-names")
	for _, r := range [][3]string{
		{"Mark Rhee", "memberOf", "Republican Party"},
		{"Ann Tolle", "memberOf", "Democratic Party"},
		{"Tom Greer", "memberOf", "Republican Party"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, name := range []string{"Mark Rhee", "Ann Tolle", "Ohio", "New York"} {
		if !hasEntityNamed(x, name) {
			t.Errorf("missing entity %q; entities: %+v", name, x.Entities)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Lena Ostby" && r.Predicate == "memberOf" && r.Object == "Democratic Party" {
			t.Errorf("unwanted %+v: a Christian Democrat is another party's", r)
		}
	}
}

// hasEntityNamed reports whether the extraction holds an entity of that name.
func hasEntityNamed(x *kg.Extraction, name string) bool {
	for _, e := range x.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}

// TestPartySenators: a U.S. party's label before a senator's title with no state named
// ("Republican Senator Ken Dorn") makes a senator of the United States; a state named
// after the name ("of Oregon", "R-Texas") is the seat's instead, and in a report that
// names a state's legislature the senator may sit there, so no country is given.
func TestPartySenators(t *testing.T) {
	x := extract(t, "party-senators")
	for _, r := range [][3]string{
		{"Ken Dorn", "senatorOf", "United States"},
		{"Ann Hale", "senatorOf", "Oregon"},
		{"Tom Greer", "senatorOf", "Texas"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "senatorOf" && r.Object == "United States" && r.Subject != "Ken Dorn" {
			t.Errorf("unwanted %+v: the state named is the seat's", r)
		}
	}
	for _, r := range extract(t, "party-senators-statehouse").Relations {
		if r.Predicate == "senatorOf" && r.Object == "United States" {
			t.Errorf("unwanted %+v: a state legislature's senator", r)
		}
	}
}
