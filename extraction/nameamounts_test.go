package extraction

import "testing"

// TestAmountAfterAName: a number right after a capitalised name is a model's number
// ("PlayStation 4") only when nothing makes it an amount; a scale word or a currency word
// after it does ("fined Lumo 200,000 euros", "paid Acme 5 million pounds").
func TestAmountAfterAName(t *testing.T) {
	x := mustExtract(t, leadArticle("Regulator fines Lumo",
		"KARVO — The Varnian data regulator fined Lumo 200,000 euros on Tuesday for failing to delete records. Norco paid Acme 5 million pounds for the plant. Lumo sold PlayStation 4 consoles."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{200000, "fine"}, {5e6, "payment"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 4 {
			t.Errorf("4: read as %q, want none (a model's number)", f.Measure)
		}
	}
}
