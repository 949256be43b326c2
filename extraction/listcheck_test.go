package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// sameList reports, item by item, where got differs from want: first their lengths (the
// whole lists then, and no item check), then each item that differs. what names the items
// ("figure"), body the input the test extracted them from.
func sameList[T comparable](t *testing.T, what, body string, got, want []T) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%q: %ss %+v, want %+v", body, what, got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%q: %s %+v, want %+v", body, what, got[i], want[i])
		}
	}
}

// wantNames reports the entities of x that body should name (names) and should not
// (notNames).
func wantNames(t *testing.T, body string, x *kg.Extraction, names, notNames []string) {
	t.Helper()
	has := map[string]bool{}
	for _, e := range x.Entities {
		has[e.Name] = true
	}
	for _, n := range names {
		if !has[n] {
			t.Errorf("%q: no entity %q in %+v", body, n, x.Entities)
		}
	}
	for _, n := range notNames {
		if has[n] {
			t.Errorf("%q: %q read as a name", body, n)
		}
	}
}

// figureTexts returns the figures of x as "measure=text" keys.
func figureTexts(x *kg.Extraction) map[string]bool {
	got := map[string]bool{}
	for _, f := range x.Figures {
		got[f.Measure+"="+f.Text] = true
	}
	return got
}
