package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestAmountAdverbs: a word after an amount that says when or how it counts ("today",
// "overnight", "apiece") names nothing; what moved or what was paid names it.
func TestAmountAdverbs(t *testing.T) {
	x := extract(t, "amount-adverbs")
	wantMeasures(t, x, map[float64]string{30: "share price fall", 0.1: "index fall", 450: "sale price"})
}

// TestAmountWords: a place or time adverb after an amount ("nationwide", "right now"),
// a verb's -ing form with an object ("spent $72 million developing the drill") and a
// verb of stance after a share ("37 percent back Teo Brand") name nothing themselves:
// the clause's verb or the stance does. An -ing noun after an amount ("a $1.25 billion
// offering") and a passive "backed by" keep their own readings. "Valuing the company
// at $430 million" is a value, not a measure named "company".
func TestAmountWords(t *testing.T) {
	x := extract(t, "amount-words")
	wantMeasures(t, x, map[float64]string{
		8.9e6:  "spending",
		72e6:   "spending",
		1.25e9: "offering",
		53:     "paid memberships rise",
		46:     "support",
		37:     "support",
		64:     "opposition",
		83000:  "cost",
		430e6:  "value",
	})
	for _, f := range x.Figures {
		if f.Value == 91 && f.Measure == "support" {
			t.Errorf("91 percent backed by loans read as support: %+v", f)
		}
	}
}

// TestBracketQualifier: an amount restated in brackets in another currency keeps the
// hedge of the amount it restates ("up to 250,000 euros ($275,400)"); one with its own
// hedge keeps its own, and one that restates an exact amount stays exact.
func TestBracketQualifier(t *testing.T) {
	x := extract(t, "amount-words")
	want := map[float64]kg.Qualifier{275400: kg.UpTo, 5700: kg.Nearly, 10100: kg.Exact}
	for _, f := range x.Figures {
		if q, ok := want[f.Value]; ok {
			if f.Qualifier != q {
				t.Errorf("%v: qualifier %q, want %q", f.Value, f.Qualifier, q)
			}
			delete(want, f.Value)
		}
	}
	for v := range want {
		t.Errorf("no figure %v", v)
	}
}
