package extraction

import "testing"

// TestOpeningPersonTellers: one unnamed person who opens the sentence before an aside
// about them ("One airline official, who asked not to be identified, said"; "A senior
// official, speaking on condition of anonymity, said") tells the
// figures after the verb, as with no aside; not a description whose head is not its last
// word ("The head of another rebel group, who …"), nor a company's description.
func TestOpeningPersonTellers(t *testing.T) {
	cases := []struct {
		body    string
		measure string
		value   float64
		want    string
	}{
		{"Harlow Air was hit by the ban.\n\nOne airline official, who asked not to be identified, said he had moved the engines through three countries.", "countries", 3, "an airline official"},
		{"Talks on the Brenmoor deal went on.\n\nThe source close to the bank, who had direct knowledge of the matter, said 12 transfers were flagged.", "transfers", 12, "The source close to the bank"},
		{"Fighting went on near the town.\n\nA senior U.S. official, speaking on condition of anonymity, said 40 troops would stay.", "troops", 40, "A senior U.S. official"},
		{"Talks on the Brenmoor deal went on.\n\nOne diplomat, asked about the talks, said 12 countries had signed.", "countries", 12, "a diplomat"},
		// near misses: the head of the description is not its last word; a company's description
		{"Fighting went on near the town.\n\nThe head of another rebel group, who asked not to be named, said 30 tanks were seen.", "tanks", 30, ""},
		{"Talks on the Brenmoor deal went on.\n\nThe network operator, which has struggled for years, said 40 staff would go.", "staff", 40, ""},
		{"Talks on the Brenmoor deal went on.\n\nOne diplomat, who works in Vienna, flew home, and said 15 countries had signed.", "countries", 15, ""},
	}
	for _, c := range cases {
		x := extractBody(t, c.body)
		f := findFigure(x, c.measure, c.value)
		if f == nil {
			t.Errorf("%q: no figure %s %v: %+v", c.body, c.measure, c.value, x.Figures)
			continue
		}
		if got := f.Source; got != c.want {
			t.Errorf("%q: source %q, want %q", c.body, got, c.want)
		}
	}
}
