package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestFacilityOwner: a site in a place belongs to the organization an apposition follows
// ("Quillon Corp, a lawn mower plant in Dunmore"), and never to a person who stands as
// the clause's subject ("was booked into a detention facility in Elmtown").
func TestFacilityOwner(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Plant shooting", Body: "The gunman, Dale Ruiz, worked at Quillon Corp, a lawn mower plant in Dunmore, Kansas.\n\n" +
		"Nora Pike, 18, was booked into a juvenile detention facility in Elmtown, Texas, on Thursday."})
	if !hasRelation(x, "Quillon Corp", "hasFacilityIn", "Dunmore") {
		t.Errorf("no Quillon Corp hasFacilityIn Dunmore: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Predicate == "hasFacilityIn" && (r.Subject == "Dale Ruiz" || r.Subject == "Nora Pike") {
			t.Errorf("a person has a facility: %+v", r)
		}
	}
}

// TestStormingIsNoStorm: "as they storm university" in a headline of killing is an
// assault, not weather: the article's main event is an attack, never a storm.
func TestStormingIsNoStorm(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Militants kill at least 19 as they storm university", Body: "DUNMORE, Ruritania — Militants stormed a university in Dunmore on Wednesday, killing at least 19 people, police said."})
	for _, e := range x.Events {
		if e.Type == "storm" {
			t.Errorf("a storm event: %+v", e)
		}
	}
	found := false
	for _, e := range x.Events {
		found = found || e.Main && e.Type == "attack"
	}
	if !found {
		t.Errorf("no main attack: %+v", x.Events)
	}
}

// TestReportsAndDisclosuresAsSources: "initial reports said", "according to fund
// disclosures" and "according to local government assessments" name where a figure
// comes from when no body is named.
func TestReportsAndDisclosuresAsSources(t *testing.T) {
	for body, want := range map[string]string{
		"Initial reports said 35 people had been injured at the match in Dunmore.":                   "initial reports",
		"The fund held about 1.1 million shares as of Oct. 31, according to fund disclosures.":       "fund disclosures",
		"More than 1,000 dogs were evacuated in Dunmore, according to local government assessments.": "local government assessments",
	} {
		x := mustExtract(t, kg.Article{Title: "Report", Body: body})
		if len(x.Figures) == 0 {
			t.Errorf("%q: no figure", body)
			continue
		}
		if got := x.Figures[0].Source; got != want {
			t.Errorf("%q: source %q, want %q", body, got, want)
		}
	}
}

// TestTownBeforeEstablishment: a town named before a business's name and an
// establishment word ("inside the Dunmore, Ky., Quillon Bakery store") places the
// establishment in the town; a list ("Kentucky, Quillon Bakery and …") does not.
func TestTownBeforeEstablishment(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Deputies shot", Body: "One deputy was shot inside the Dunmore, Ky., Quillon Bakery store without warning, a witness said."})
	if !hasRelation(x, "Quillon Bakery", "locatedIn", "Dunmore") {
		t.Errorf("no Quillon Bakery locatedIn Dunmore: %+v", x.Relations)
	}
	y := mustExtract(t, kg.Article{Title: "Sponsors", Body: "The fair's sponsors are Kentucky, Quillon Bakery and the Elmtown store owners."})
	for _, r := range y.Relations {
		if r.Subject == "Quillon Bakery" && r.Predicate == "locatedIn" {
			t.Errorf("a list placed the bakery: %+v", r)
		}
	}
}

// TestDepartmentsOwnFigures: "according to the department's own figures" is the
// department the sentence names, not a source left blank.
func TestDepartmentsOwnFigures(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Backlog", Body: "That is in addition to about 9,000 cases still pending at the Ruritanian Justice Department, according to the department's own figures."})
	if f := figureOf(t, x, 9000); f.Source != "Ruritanian Justice Department" {
		t.Errorf("9,000 cases: source %q, want Ruritanian Justice Department", f.Source)
	}
}
