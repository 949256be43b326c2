package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestSeasInNoCountry: a sea, an ocean or a gulf lies in no one country, so the article's
// country is never given to it by the fallback that places unknown places there.
func TestSeasInNoCountry(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Storm moves out to sea", Published: time.Date(2016, 6, 7, 0, 0, 0, 0, time.UTC), Body: "TAMPA, Fla. (Reuters) - A tropical storm over the Gulf Coast moved into the Atlantic Ocean on Tuesday, forecasters in Tampa said.\n\n" +
		"The storm brought heavy rain to Tampa and to Orlando before it turned east, the National Hurricane Center said. Ships in the Atlantic Ocean were warned to stay in port."})
	if hasRelation(x, "Atlantic Ocean", "locatedIn", "United States") {
		t.Errorf("unwanted Atlantic Ocean locatedIn United States; relations: %+v", x.Relations)
	}
}
