package extraction

import "testing"

// TestMarketLevels: a market report's bare levels are read with a measure named from
// their subject ("the Varnia Composite index held steady at 16,245.5": its level; "a
// three-week high of 16,580.1": its high; "rose 1.45 percent to 1,945.50"; "the yen was
// at 118.47 per dollar"; "rose to as high as 112.45"); a price after "N percent at" is
// the named company's share price, and "closed down N percent at $M" or "little
// changed at $M" name the share price, not "down" or "little changed"; the move after
// "after" and an -ing form is the subject's earlier move ("eased 0.7 percent after
// rallying 2.9 percent"), past "in afternoon trading", not "gaining ground". A clock time,
// a score, a count with its noun, a toll and a year are no level.
func TestMarketLevels(t *testing.T) {
	x := extract(t, "market-levels")
	for _, w := range []struct {
		measure string
		v       float64
	}{
		{"varnia composite index level", 16245.5}, {"varnia composite index high", 16580.1}, {"index level", 1945.50},
		{"yen per dollar", 118.47}, {"spot yuan rate", 6.5772}, {"dollar high", 112.45},
		{"share price", 209.80}, {"share price", 108.38}, {"share price", 46.10},
		{"orlan index rise", 2.9}, {"share price rise", 2.5},
	} {
		if findFigure(x, w.measure, w.v) == nil {
			t.Errorf("want %s %v; figures: %+v", w.measure, w.v, x.Figures)
		}
	}
	if f := findFigure(x, "share price", 209.80); f != nil && f.Subject != "Pelgar Corp" {
		t.Errorf("want Pelgar Corp's share price; got %+v", f)
	}
	if f := findFigure(x, "yen per dollar", 118.47); f != nil && f.Subject != "" {
		t.Errorf("the yen's rate is no other clause's entity's; got %+v", f)
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 10, 600, 24, 56, 2015, 2016:
			if f.Unit == "" && (f.Measure == "" || len(f.Measure) > 5 && f.Measure[len(f.Measure)-5:] == "level") {
				t.Errorf("no level: %+v", f)
			}
		}
		if f.Value == 12 && f.Measure != "currencies" {
			t.Errorf("\"after gaining ground\" is no move of 12: %+v", f)
		}
		switch f.Measure {
		case "down", "little changed", "per dollar", "percent rise":
			t.Errorf("a bare measure: %+v", f)
		}
		if len(f.Measure) > 5 && f.Measure[len(f.Measure)-5:] == "level" && (f.Value == 10 || f.Value == 600 || f.Value == 24 || f.Value == 48 || f.Value == 56 || f.Value == 2015 || f.Value == 2016) {
			t.Errorf("no level: %+v", f)
		}
	}
}
