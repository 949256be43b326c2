package extraction

import "testing"

// TestChangeHeads: the head of a changed quantity is the noun before "of", past an
// adjective of the function words ("Sales of new homes rose 3 percent": sales, not
// homes; "Prices of old apartments fell": prices).
func TestChangeHeads(t *testing.T) {
	x := extract(t, "change-heads")
	want := map[float64]string{3: "sales rise", 2: "prices fall"}
	for _, f := range x.Figures {
		if m, ok := want[f.Value]; ok {
			if f.Measure != m {
				t.Errorf("%v percent: measure %q, want %q", f.Value, f.Measure, m)
			}
			delete(want, f.Value)
		}
	}
	for v, m := range want {
		t.Errorf("missing %s %v; figures %+v", m, v, x.Figures)
	}
}
