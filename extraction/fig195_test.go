package extraction

import "testing"

// TestIndirectObjectAmounts: an amount after a verb of giving, costing, earning, saving
// or fining and the one it goes to or falls on ("costing Velmar taxpayers $2.4
// billion", "paid consultants $175,000", "earned the winner $64 million") is the
// verb's; a noun of offer before a verb ("its offer includes $12.50") is no verb, and
// a percentage after a plural object ("offer margins around eight to nine percent")
// is no amount given.
func TestIndirectObjectAmounts(t *testing.T) {
	x := extract(t, "fig195-amounts")
	want := []struct {
		measure string
		value   float64
	}{
		{"cost", 2.4e9},
		{"payment", 175000},
		{"savings", 3e7},
		{"earnings", 6.4e7},
		{"fine", 9e8},
	}
	for _, w := range want {
		if findFigure(x, w.measure, w.value) == nil {
			t.Errorf("want %s %v; figures: %+v", w.measure, w.value, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Measure == "offer" {
			t.Errorf("no offer made: %+v", f)
		}
	}
}

// TestParticipleMoveAfterComma: a participle of a move after a comma ("fell for a
// second day, sliding 1.4 percent") is the move of the verb before it; not past an
// "and" that opens another subject's clause, nor by borrowing the move before
// ("The Greens gained 30 percent and the independents did better, gaining 20 percent").
func TestParticipleMoveAfterComma(t *testing.T) {
	x := extract(t, "fig195-amounts")
	if findFigure(x, "index fall", 1.4) == nil {
		t.Errorf("want index fall 1.4 percent; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 20 {
			t.Errorf("the independents' gain names no measure: %+v", f)
		}
	}
}
