package extraction

import "testing"

// TestFromToApartFromItsVerb: ", from $X … to $Y" after a change set apart by a comma
// gives both amounts as levels of what moved: the subject of the change verb, up to its
// preposition ("spending on the new bridges has soared in the past decade, from …"), or
// the named move before ("sales will grow 9.5 percent this year, from …"); counts too
// ("prison admissions have fallen since the law passed, from 820 in 2009 to 614"). A
// participle's subject is not what moved ("ambitions include cutting fuel imports").
func TestFromToApartFromItsVerb(t *testing.T) {
	x := mustExtract(t, leadArticle("Varnia's spending on bridges soars",
		"KARVO — Varnian spending on the new bridges has soared in the past decade, from $41 million in 2006 to $287 million in 2015, the ministry said. Norco's sales will grow 9.5 percent this year, from $3.2 billion last year to $3.5 billion. Prison admissions have fallen since the law passed, from 820 in 2009 to 614 in 2015. Its ambitions include cutting fuel imports to zero by 2020, from about $7 billion last year."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{41e6, "spending"}, {287e6, "spending"}, {3.2e9, "sales"}, {3.5e9, "sales"}, {820, "prison admissions"}, {614, "prison admissions"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 7e9 && f.Measure == "ambitions" {
			t.Errorf("7 billion: measure %q; the object of 'cutting' moved, not the subject", f.Measure)
		}
	}
}
