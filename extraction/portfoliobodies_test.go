package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// portfolioBodiesReport is invented: a country's bodies named in lower case with their
// portfolio between ("Norwegian health ministry", "Danish security forces"), a town's
// police ("Oslo police"), one after the country's possessive ("Denmark's defense
// ministry"), and the near misses that are no state's body: forces of a side
// ("Norwegian rebel forces"), a people's police ("Kurdish police"), and no U.S. state's
// military ("Washington's military" is the nation's).
const portfolioBodiesReport = `BERGEN, Norway (Reuters) - A fire hit a school on Tuesday, officials said. Oslo police arrested two men.

The Norwegian health ministry said four children were treated in hospital. Danish security forces were sent to the border, and the Swedish foreign ministry said it was watching.

Norwegian rebel forces denied any part in the fire. Kurdish police said they had no word of it.

Denmark's defense ministry sent two planes. Washington's military offered help.`

func TestPortfolioBodies(t *testing.T) {
	a := kg.Article{Title: "Fire at Bergen school", Body: portfolioBodiesReport,
		Published: time.Date(2016, 4, 30, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	wantRelations(t, x, [][3]string{
		{"Oslo police", "partOf", "Oslo"},
		{"Norwegian health ministry", "partOf", "Norway"},
		{"Danish security forces", "partOf", "Denmark"},
		{"Swedish foreign ministry", "partOf", "Sweden"},
		{"Denmark's defense ministry", "partOf", "Denmark"},
	})
	for _, r := range x.Relations {
		if r.Predicate == "partOf" && (r.Subject == "Norwegian rebel forces" || r.Subject == "Kurdish police" || r.Object == "Washington") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
