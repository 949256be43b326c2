package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// creedPlacesReport is invented: a town's part told in an aside whose noun a people's or
// a creed's word modifies ("a Shiite district of Baghdad"), and a near miss whose noun
// names a person, not a place ("a Sunni lawmaker of Baghdad").
const creedPlacesReport = `BAGHDAD (Reuters) - A car bomb killed six people in Adhamiya, a Sunni district of Baghdad, on Monday, police said.

Ahmed Kadhim, a Sunni lawmaker of Baghdad, condemned the attack.`

func TestCreedPlaces(t *testing.T) {
	a := kg.Article{Title: "Car bomb kills six in Baghdad", Body: creedPlacesReport,
		Published: time.Date(2016, 4, 30, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	wantRelations(t, x, [][3]string{{"Adhamiya", "locatedIn", "Baghdad"}})
	for _, r := range x.Relations {
		if r.Subject == "Ahmed Kadhim" && r.Predicate == "locatedIn" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
