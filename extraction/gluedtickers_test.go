package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// A ticker glued to a company's name without brackets ("Veltrax Inc VLTX.N") leaves
// the name; the exchange's code names nothing; a place before one stays a place
// (gluedTickers).
func TestGluedTickers(t *testing.T) {
	body := "Veltrax Shipping Inc VLTX.N is set to draw up a shortlist of bidders, people familiar with the matter said. " +
		"A dock worker filed a lawsuit against the firm in Cleveland VLTX.UL on Tuesday."
	x := mustExtract(t, kg.Article{Title: "Veltrax weighs bids", Body: body, Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	if types["Veltrax Shipping Inc"] != kg.Organization {
		t.Errorf("Veltrax Shipping Inc missing or not an organization: %v", types)
	}
	for _, bad := range []string{"Veltrax Shipping Inc VLTX", "N", "UL", "Cleveland VLTX"} {
		if _, ok := types[bad]; ok {
			t.Errorf("unwanted entity %q: %v", bad, types)
		}
	}
	if typ, ok := types["Cleveland"]; ok && typ != kg.Place {
		t.Errorf("Cleveland typed %s, want a place", typ)
	}
}
