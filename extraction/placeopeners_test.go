package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// placeOpenersReport opens sentences with places whose first word the article also
// uses in lower case ("a new visa", "north of the city"): the place keeps that word.
const placeOpenersReport = `WELLINGTON New Zealand will offer a new visa to founders, officials said.
North Korea fired a missile north of the capital on Monday.
New York will follow with a new scheme of its own.
New Radiohead songs were played on the radio.
New research shows a new trend.
Scotland voted to stay, while voters in the south of England did not.
New South Wales will copy the scheme.`

// TestPlaceOpeners: a sentence-opening "New Zealand", "North Korea", "New York" or "New
// South Wales" is the whole place even when the article writes "new", "north" or "south"
// in lower case elsewhere; a sentence-opening "Scotland" is a place; a "New" before a
// name the lists do not know as a place is still no part of it.
func TestPlaceOpeners(t *testing.T) {
	a := kg.Article{Title: "Visa plan", Body: placeOpenersReport,
		Published: time.Date(2016, 4, 29, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	for _, p := range []string{"New Zealand", "North Korea", "New York", "Scotland", "England", "New South Wales"} {
		if e := entityNamed(x, p); e == nil || e.Type != kg.Place {
			t.Errorf("place %q: got %+v", p, e)
		}
	}
	for _, bad := range []string{"Zealand", "Korea", "York", "New Radiohead", "New", "South Wales"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity; entities: %+v", bad, x.Entities)
		}
	}
}
