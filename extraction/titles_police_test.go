package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestPoliceAndMilitaryTitles: a chief constable's, constable's and corporal's title
// stays out of the name ("Chief Constable Mara Fenwick" is Mara Fenwick, chief of her
// force; "Lance Cpl. Dan Odell" is Dan Odell).
func TestPoliceAndMilitaryTitles(t *testing.T) {
	body := "Chief Constable Mara Fenwick of Westshire Police said the inquiry would take a year. " +
		"\"We owe the families answers,\" Fenwick said.\n\n" +
		"The dead included Lance Cpl. Dan Odell, 21, of Springvale, and Corporal Ray Tamsin, 30."
	x := mustExtract(t, kg.Article{Title: "Inquiry opens", Body: body, Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Mara Fenwick", "Dan Odell", "Ray Tamsin"} {
		if !names[want] {
			t.Errorf("no entity %q; entities %+v", want, x.Entities)
		}
	}
	for _, q := range x.Quotes {
		if q.Speaker != "Mara Fenwick" {
			t.Errorf("quote %q speaker %q, want Mara Fenwick", q.Text, q.Speaker)
		}
	}
}
