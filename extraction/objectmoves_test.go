package extraction

import "testing"

// TestObjectMoves: a transitive verb of change with its object and a bare percentage
// ("cut the agency's budget 17 percent", "boost annual revenues 27 percent") measures the
// object's move; a time after an intransitive verb ("rose last year 5 percent") is no
// object. Two sums of one value that one sentence names under two measures ("a $3.5
// billion three-year term loan and a $3.5 billion five-year term loan") are two figures.
// A percentage lost ("the Elmtown Composite lost 0.8 percent") is a fall, not a loss.
func TestObjectMoves(t *testing.T) {
	x := extract(t, "object-moves")
	for _, want := range []struct {
		measure string
		value   float64
	}{
		{"budget fall", 17},
		{"annual revenues rise", 27},
		{"share price rise", 47},
		{"three-year term loan", 3.5e9},
		{"five-year term loan", 3.5e9},
		{"elmtown composite fall", 0.8}, // "lost 0.8 percent": a fall, not a loss, of the index (indexmoves.go)
	} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %s %v; figures: %+v", want.measure, want.value, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 5 && f.Measure != "sales rise" || f.Measure == "year rise" || f.Measure == "tuesday rise" {
			t.Errorf("a time is no object: %+v", f)
		}
	}
}

// TestBeenCounts: a bare count that is the subject of a passive with "been" or "being"
// ("137 have been charged", "27 have been convicted", "another 10 are being tried") is
// counted by its participle.
func TestBeenCounts(t *testing.T) {
	x := extract(t, "been-counts")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"charged", 137}, {"convicted", 27}, {"tried", 10}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %s %v; figures: %+v", want.measure, want.value, x.Figures)
		}
	}
}

// TestCostWords: money its clause ties to no noun or verb, named by a word of cost
// around it, is a cost, a fee, a fare — the word the text gives — and only a word of
// price or sale makes a price ("Financial crime costs the economy 52 billion pounds",
// "Total cost: well under $200").
func TestCostWords(t *testing.T) {
	x := extract(t, "cost-words")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"cost", 52e9}, {"cost", 290e6}, {"cost", 475e6}, {"cost", 200}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %s %v; figures: %+v", want.measure, want.value, x.Figures)
		}
	}
}
