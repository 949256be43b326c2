package extraction

import "testing"

// TestDescribedPersonPlace: a place that only describes a person — a legislator's seat
// ("a U.S. senator from Nevada"), a candidate's state office after "for" or a former state
// office — names no figure's place; a sitting official who speaks or acts keeps it, and a
// country of a former national office stays.
func TestDescribedPersonPlace(t *testing.T) {
	cases := []struct {
		name, body, measure string
		v                   float64
		place               string
	}{
		{"seat after from", "Tom Reyes, a U.S. senator from Nevada, has won nine of the last eleven primaries this year.", "primaries", 9, "United States"},
		{"titled speaker", "Nevada Senator Tom Reyes said nine people were hurt in the flooding.", "injured", 9, "Nevada"},
		{"candidate after for", "A new survey found that Mark Ellis led with 41 percent to 22 percent for Idaho Governor Paul Sand.", "poll support", 22, ""},
		{"titled actor", "Idaho Governor Paul Sand declared an emergency in six counties on Monday.", "counties", 6, "Idaho"},
		{"former state office", "The former Oregon governor said he expects no candidate to win the 1,400 delegates needed.", "delegates", 1400, ""},
		{"former national office", "A survey of likely voters released on Friday found 46 percent support the former U.S. secretary of state.", "support", 46, "United States"},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		f := findFigure(x, c.measure, c.v)
		if f == nil {
			t.Errorf("%s: no %s figure %v in %+v", c.name, c.measure, c.v, x.Figures)
			continue
		}
		if f.Place != c.place {
			t.Errorf("%s: place %q, want %q", c.name, f.Place, c.place)
		}
	}
}
