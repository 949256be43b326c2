package extraction

import "testing"

// TestClosingPrices: a company that moved "N percent to $M" gives its share price M
// ("Pelgar Corp dropped 3.5 percent to $50.16", "Tostin Inc (TOS.O) rose 2 percent to
// $18.40": the name past its ticker), not an amount with a scale ("rose 12.3
// percent to $708.9 million": revenue), a rate ("$34.04 a barrel") or what "it" moved to
// where no share or stock is spoken of (the euro's $1.08); a participle after a verb of
// sending and its object is a move ("sending its shares plunging 28 percent"), an
// adjective no verb ("soaring prices of 9 percent" stay soaring prices); "pushed N out of their homes" counts
// people displaced, no "out".
func TestClosingPrices(t *testing.T) {
	x := extract(t, "closing-prices")
	for _, v := range []float64{50.16, 18.40, 7.25} {
		if f := findFigure(x, "share price", v); f == nil {
			t.Errorf("want share price %v; figures: %+v", v, x.Figures)
		}
	}
	if f := findFigure(x, "share price", 18.40); f == nil || f.Subject != "Tostin Inc" {
		t.Errorf("want Tostin Inc's share price past its ticker; got %+v", f)
	}
	if f := findFigure(x, "share price fall", 28); f == nil || f.Subject != "Varnon Inc" {
		t.Errorf("want Varnon Inc's share price fall of 28 percent; got %+v", f)
	}
	if f := findFigure(x, "displaced", 40000); f == nil {
		t.Errorf("want 40,000 displaced; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		switch {
		case f.Measure == "share price" && (f.Value == 708900000 || f.Value == 34.04 || f.Value == 1.08):
			t.Errorf("no share price: %+v", f)
		case f.Value == 9 && f.Measure != "soaring prices":
			t.Errorf("an adjective is no verb of change: %+v", f)
		case f.Measure == "out":
			t.Errorf("\"out\" is no measure: %+v", f)
		}
	}
}
