package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestWordShares: a fraction in words before "of" and a whole is a percentage of that
// whole, its hedge kept ("nearly a quarter of its customers": nearly 25 percent of
// customers; "two-thirds of the valley's households": 66.7 percent of households); a
// fraction of a unit, of a stretch of time or of a pronoun, and the upper end of a range
// of shares, are none.
func TestWordShares(t *testing.T) {
	x := extract(t, "word-shares")
	for _, want := range []struct {
		measure string
		value   float64
		qual    kg.Qualifier
	}{{"customers", 25, kg.Nearly}, {"households", 66.7, kg.Exact}, {"wells", 20, kg.Exact}, {"county council", 75, kg.MoreThan}} {
		f := findFigure(x, want.measure, want.value)
		if f == nil || f.Unit != "percent" || f.Qualifier != want.qual {
			t.Errorf("want %s %v percent of %s; got %+v; figures: %+v", want.qual, want.value, want.measure, f, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 10, 33.3, 3, 2:
			t.Errorf("not a share: %+v", f)
		case 66.7:
			if f.Measure != "households" {
				t.Errorf("not a share: %+v", f)
			}
		}
	}
}

// TestChangeShares: a share in words after "by" that closes a change is the percentage of
// that change, as "by 33 percent" is ("profit dropped by a third": 33.3 percent, a fall of
// profit; "by more than a quarter": more than 25 percent; "by half": 50 percent); a share
// before a noun ("by a third party") and a range of shares ("by a quarter to a third") are
// none.
func TestChangeShares(t *testing.T) {
	x := extract(t, "change-shares")
	for _, want := range []struct {
		measure string
		value   float64
		qual    kg.Qualifier
	}{{"quarterly profit fall", 33.3, kg.Exact}, {"stake carrier fall", 66.7, kg.Exact}, {"sales fall", 25, kg.MoreThan}, {"fees fall", 50, kg.Exact}} {
		f := findFigure(x, want.measure, want.value)
		if f == nil || f.Unit != "percent" || f.Qualifier != want.qual {
			t.Errorf("want %s %v percent of %s; got %+v; figures: %+v", want.qual, want.value, want.measure, f, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Unit == "percent" && strings.Contains(f.Text, "quarter") && f.Measure != "sales fall" || strings.Contains(f.Text, "third") && f.Value != 33.3 && f.Value != 66.7 {
			t.Errorf("not a change share: %+v", f)
		}
	}
}

// TestHedgedHalves checks that a hedged "half" before "of" and a whole is a hedged 50
// percent of the whole, and that a pronoun whole or "half an hour" names none.
func TestHedgedHalves(t *testing.T) {
	x := extract(t, "hedged-halves")
	want := map[string]kg.Qualifier{"riders": kg.MoreThan, "commuters": kg.FewerThan}
	got := map[string]kg.Qualifier{}
	for _, f := range x.Figures {
		if f.Value == 50 && f.Unit == "percent" {
			got[f.Measure] = f.Qualifier
		}
	}
	for m, q := range want {
		if g, ok := got[m]; !ok || g != q {
			t.Errorf("want %q 50 percent %q; figures: %+v", m, q, x.Figures)
		}
	}
	if len(got) != 3 {
		t.Errorf("want three hedged halves (riders, budget, commuters), got %v", got)
	}
}
