package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// apposedTownsReport is invented: places with an apposition whose larger place modifies a
// place noun ("Guam, a U.S. territory", "Harlem, the New York City neighborhood"), and the
// near miss of a state between a town and the town's apposition ("Takoma Park, Maryland,
// a Washington suburb": Maryland is no suburb of Washington). A territory named after its
// country's noun phrase is the country's too ("the U.S. territory of American Samoa",
// placekinds.go; "the Danish territory of Greenland", demonymtowns.go), not one without a
// country ("the disputed territory of Kashmir").
const apposedTownsReport = `WASHINGTON (Reuters) - Voters in Guam, a U.S. territory, cast ballots on Saturday, officials said.

Hundreds marched in Harlem, the New York City neighborhood, on Sunday.

The mayor of Takoma Park, Maryland, a Washington suburb, backed the plan.

The virus reached the U.S. territory of American Samoa and the Danish territory of Greenland, but not the disputed territory of Kashmir.`

func TestApposedTowns(t *testing.T) {
	a := kg.Article{Title: "Voters go to the polls", Body: apposedTownsReport,
		Published: time.Date(2016, 4, 30, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	wantRelations(t, x, [][3]string{
		{"Guam", "partOf", "United States"},
		{"Harlem", "locatedIn", "New York City"},
		{"American Samoa", "partOf", "United States"},
		{"Greenland", "partOf", "Denmark"},
	})
	for _, r := range x.Relations {
		if r.Subject == "Maryland" && r.Object == "Washington" || r.Subject == "Kashmir" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
