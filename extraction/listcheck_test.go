package extraction

import "testing"

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
