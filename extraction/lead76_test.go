package extraction

import "testing"

// TestDateOfAnotherActInClause: a date in the phrase of another place's act in the
// figure's clause ("the attacks in Nice last November") is that act's, not the date of
// the toll before it; the act whose phrase holds the date keeps it, and an act placed
// only in a country ("the U.S. consulate") does not take its town's act's date.
func TestDateOfAnotherActInClause(t *testing.T) {
	for _, c := range []struct {
		body  string
		value float64
		want  string
	}{
		{"Police held nine people they link to the Lyon bombings that killed 12 people and to the attacks in Nice last November that killed 40.", 12, ""},
		{"Police held nine people they link to the Lyon bombings that killed 12 people and to the attacks in Nice last November that killed 40.", 40, "2015-11"},
		{"Police held nine people they link to the Lyon bombings that killed 12 people and to November militant attacks in Nice that killed 40.", 12, ""},
		{"A 2004 militant attack on the U.S. consulate in Jeddah killed five locally hired employees and four gunmen.", 5, "2004"},
	} {
		x := extractBody(t, c.body)
		found := false
		for _, f := range x.Figures {
			if f.Value != c.value {
				continue
			}
			found = true
			if f.Date != c.want {
				t.Errorf("%q: figure %v dated %q, want %q", c.body, c.value, f.Date, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no figure of %v; figures %+v", c.body, c.value, x.Figures)
		}
	}
}
