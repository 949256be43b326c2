package extraction

import "testing"

// TestCompanyMoves: a percentage by which a company named alone moves in a market report
// is its share price's move ("Quillon Corp jumped 5.8 percent", "Marrow Foods (MRW.N) was
// down 1.4 percent"); a forecast of the company's results, a company inside another
// subject ("cases investigated by the Harbor Police") and a company that grew are not.
func TestCompanyMoves(t *testing.T) {
	x := extract(t, "company-moves")
	wantMeasures(t, x, map[float64]string{5.8: "share price rise", 1.4: "share price fall", 2.2: "share price fall"})
	for _, f := range x.Figures {
		switch f.Value {
		case 10, 53, 34, 0.3:
			if f.Measure == "share price rise" || f.Measure == "share price fall" {
				t.Errorf("%v read as a move of a share price: %+v", f.Value, f)
			}
		}
	}
	for _, e := range x.Entities {
		if e.Name == "PPI" {
			t.Errorf("a price index named as an entity: %+v", e)
		}
	}
}
