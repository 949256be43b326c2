package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestGivenNameAndEnglishSurname: a given name of the wider list and a surname that is an
// English word too ("Dana Bash") is a person; a head shared with a name before "and" ("the
// Lewis and Clark Expedition") and a plural ("Pike and Allen Streets") are not.
func TestGivenNameAndEnglishSurname(t *testing.T) {
	x := extractBody(t, "The debate ran late in Houston. Dana Bash asked the candidates about taxes.")
	if e := entityNamed(x, "Dana Bash"); e == nil || e.Type != kg.Person {
		t.Errorf("Dana Bash: %+v, want a person; entities %v", e, entityNames(x))
	}
	for _, c := range []struct{ body, name string }{
		{"The museum in Omaha opened a room on the Lewis and Clark Expedition last week.", "Clark Expedition"},
		{"The museum in Omaha opened a room at the corner of Pike and Allen Streets last week.", "Allen Streets"},
	} {
		x := extractBody(t, c.body)
		if e := entityNamed(x, c.name); e != nil && e.Type == kg.Person {
			t.Errorf("%s typed a person in %q", c.name, c.body)
		}
	}
}

// TestGeorgiaAmongUSPlaces: Georgia named in an article that names another U.S. state is
// the state; beside Tbilisi it is the nation, though the article names Indiana.
func TestGeorgiaAmongUSPlaces(t *testing.T) {
	for _, c := range []struct{ body, country string }{
		{"Governor Nathan Vale signed the bill in Georgia on Tuesday. A similar law passed in Indiana last year.", "United States"},
		{"The president of Georgia met investors in Indiana on Tuesday. He flew back to Tbilisi on Wednesday.", "Georgia"},
	} {
		x := extractBody(t, c.body)
		e := entityNamed(x, "Georgia")
		if e == nil || e.Country != c.country {
			t.Errorf("Georgia in %q: %+v, want country %s", c.body, e, c.country)
		}
	}
}

// TestBasedOnThing: an "X-based" word whose X is an English word or an initialism no list
// knows as a place ("SMS-based", "Cloud-based") names no place; a town's ("Lusk-based")
// and a state's short form ("DC-based") still do.
func TestBasedOnThing(t *testing.T) {
	x := extractBody(t, "Acme Corp sells SMS-based alerts and Cloud-based storage in Pakistan.")
	for _, n := range []string{"SMS", "Cloud"} {
		if e := entityNamed(x, n); e != nil && e.Type == kg.Place {
			t.Errorf("%s typed a place; entities %v", n, entityNames(x))
		}
	}
	x = extractBody(t, "The Lusk-based firm Pellmark Corp and a DC-based group sued the city.")
	for _, n := range []string{"Lusk", "DC"} {
		if e := entityNamed(x, n); e == nil || e.Type != kg.Place {
			t.Errorf("%s: %+v, want a place; entities %v", n, e, entityNames(x))
		}
	}
}

// TestUSPresidentByName: a "President X" of a U.S. report whose body the sentence leaves
// unnamed is no president of the United States unless X bears a president's surname.
func TestUSPresidentByName(t *testing.T) {
	body := "A body was found on a campus in Austin, Texas, on Tuesday, police in the United States said. " +
		"President Gary Fennick told students the campus was safe. " +
		"The campus has a statue of President Abraham Lincoln."
	x := extractBody(t, body)
	if hasRelation(x, "Gary Fennick", "presidentOf", "United States") {
		t.Errorf("Gary Fennick presidentOf United States; relations %v", x.Relations)
	}
	if !hasRelation(x, "Abraham Lincoln", "presidentOf", "United States") {
		t.Errorf("no Abraham Lincoln presidentOf United States; relations %v", x.Relations)
	}
}

// TestPresidentTitledSurname: "President Carter" in a report on the president's wife,
// whose headline names her, is the president named in full, not his wife.
func TestPresidentTitledSurname(t *testing.T) {
	x := mustExtract(t, leadArticle("Rosalynn Carter opens a garden in Plains",
		"Rosalynn Carter, the former first lady, opened a garden in Plains on Tuesday. Mrs. Carter has been married to Jimmy Carter for 70 years. "+
			"Carter planted the first tree. President Carter said in a statement: \"She has worked on this garden for a decade.\""))
	sp := ""
	for _, q := range x.Quotes {
		if q.Text == "She has worked on this garden for a decade." {
			sp = q.Speaker
		}
	}
	if sp != "Jimmy Carter" {
		t.Errorf("speaker %q, want Jimmy Carter; quotes %+v", sp, x.Quotes)
	}
}
