package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

func extractBody(t *testing.T, body string) *kg.Extraction {
	t.Helper()
	a := kg.Article{Title: "Report", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	return mustExtract(t, a)
}

// TestPronounBeforeInfinitive: "it" or "they" before the verb that governs an action's
// "to" stands for its referent ("Acme said it had agreed to buy Northwind").
func TestPronounBeforeInfinitive(t *testing.T) {
	for _, body := range []string{
		"Acme Corp said on Tuesday that it had agreed to buy Northwind Inc.",
		"Acme Corp said it agreed to buy Northwind Inc.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Acme Corp", "acquires", "Northwind Inc.") {
			t.Errorf("%q: no Acme Corp acquires Northwind Inc.: %+v", body, x.Relations)
		}
	}
}

// TestCountryOwnsIts: a country that is the subject of the clause owns what "its" names
// there; "its" does not reach back to a body of the sentence before. Lifting an embargo
// is no sanction.
func TestCountryOwnsIts(t *testing.T) {
	x := extractBody(t, "Northwind Inc is growing. The United States renewed its arms embargo on Vietnam.")
	if !hasRelation(x, "United States", "sanctions", "Vietnam") || hasRelation(x, "Northwind Inc", "sanctions", "Vietnam") {
		t.Errorf("want United States sanctions Vietnam, not Northwind Inc: %+v", x.Relations)
	}
	x = extractBody(t, "Northwind Inc is growing. The United States lifted its arms embargo on Vietnam.")
	for _, r := range x.Relations {
		if r.Predicate == "sanctions" {
			t.Errorf("lifting an embargo: %+v", r)
		}
	}
}

// TestTitledSurnamePlaceHead: after a title, a given name and a surname that also heads
// places ("Park", "Lake") are a person, not a place with the title in its name; a county
// named after a prince stays a place.
func TestTitledSurnamePlaceHead(t *testing.T) {
	x := extractBody(t, "Acme Corp fired Chief Executive Lee Park in March. Officials in Prince William County said the roads were closed.")
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	if types["Lee Park"] != kg.Person {
		t.Errorf("Lee Park: %q; entities %v", types["Lee Park"], types)
	}
	if types["Prince William County"] != kg.Place {
		t.Errorf("Prince William County: %q; entities %v", types["Prince William County"], types)
	}
}

// TestPredicatedRoles: a role the clause's verb gives the person right after the name
// ("became", "has been", "was appointed", "was named", "is") is read as an apposition is;
// the body must be the role's own complement.
func TestPredicatedRoles(t *testing.T) {
	for _, body := range []string{
		"Dana Ruiz was appointed chief executive of Acme Corp in March.",
		"Dana Ruiz was named chief executive of Acme Corp on Monday.",
		"Dana Ruiz has been chief executive of Acme Corp since 2012.",
		"Dana Ruiz became chief executive of Acme Corp in 2012.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Dana Ruiz", "chiefExecutiveOf", "Acme Corp") {
			t.Errorf("%q: no Dana Ruiz chiefExecutiveOf Acme Corp: %+v", body, x.Relations)
		}
	}
	for _, body := range []string{
		"Dana Ruiz was named in the lawsuit against Acme Corp.",
		"Dana Ruiz became the leader of the movement to unite Acme Corp and Birch Inc.",
	} {
		for _, r := range extractBody(t, body).Relations {
			if r.Subject == "Dana Ruiz" && (r.Object == "Acme Corp" || r.Object == "Birch Inc") {
				t.Errorf("%q: unwanted %+v", body, r)
			}
		}
	}
}
