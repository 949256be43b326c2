package extraction

import "testing"

// TestCountAsides: an aside after a count's noun (", including nine soldiers,", ", among
// them thousands of children,", a list with its own commas) does not hide the count's
// predicate after it; the aside's own words ("including six fatalities") say nothing of
// the count, and a relative clause after it ("who were killed") still does.
func TestCountAsides(t *testing.T) {
	for _, c := range []struct {
		body    string
		measure string
		v       float64
	}{
		{"At least 16 people, including nine soldiers, were killed in flooding in Texas.", "killed", 16},
		{"Twenty people, including an Algerian, Austrian, German and Dutchman, were wounded.", "injured", 20},
		{"At least 65 people, including lawyers, defendants and judges, have been murdered since 1990.", "killed", 65},
		{"At least 42 people, including 17 children, drowned when their boats capsized.", "killed", 42},
		{"At least 12,000 people, among them thousands of children, were stranded at the border.", "stranded", 12000},
		{"The ship carried the bodies of four sailors, including the captain, who were killed in the storm.", "killed", 4},
	} {
		x := extractBody(t, c.body)
		if findFigure(x, c.measure, c.v) == nil {
			t.Errorf("%q: want %v %s; figures: %+v", c.body, c.v, c.measure, x.Figures)
		}
	}
	x := extractBody(t, "In 2015, there were 98 shark attacks, including six fatalities, according to the museum.")
	if f := findFigure(x, "killed", 98); f != nil {
		t.Errorf("98 attacks are no toll: %+v", f)
	}
}
