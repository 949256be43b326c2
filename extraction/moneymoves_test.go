package extraction

import (
	"strings"
	"testing"
)

// TestMoneyMoves: an amount right after an intransitive verb of change is how far the
// subject moved ("decreased $4.2 billion", "after sliding $11.3 billion", "rose 14
// cents"), and the "to" amount after it the level reached ($22.75); a level written
// with "from" ("climbed $912 million from $870 million"), a preposition between verb and amount ("fell
// below $40") and a verb whose money is its object ("raised $600 million", "stump up
// $2 million") make no move.
func TestMoneyMoves(t *testing.T) {
	x := extract(t, "money-moves")
	for _, want := range []struct {
		measure string
		value   float64
	}{
		{"profits fall", 4.2e9},
		{"profits fall", 11.3e9},
		{"share price rise", 0.14},
		{"share price", 22.75},
	} {
		if f := findFigure(x, want.measure, want.value); f == nil {
			t.Errorf("want %s %v; figures: %+v", want.measure, want.value, x.Figures)
		}
	}
	for _, f := range x.Figures {
		moved := strings.HasSuffix(f.Measure, " rise") || strings.HasSuffix(f.Measure, " fall")
		switch f.Value {
		case 912e6, 870e6, 40, 600e6, 2e6, 22.75:
			if moved {
				t.Errorf("no move: %+v", f)
			}
		}
	}
}
