package extraction

import "testing"

// TestRepeatedQuotes: a quotation an article gives twice (in its lead and again in
// full, or a line repeated) is one quote, kept where it names its speaker and says the
// most; the same words said by two people stay two quotes.
func TestRepeatedQuotes(t *testing.T) {
	a := emphasised("Mayor vows to rebuild",
		`"We will rebuild this town," Mayor Dana Ruiz said on Monday. `+
			`Crews cleared roads all day. `+
			`"We will rebuild this town, and we will do it together," Ruiz told reporters later. `+
			`"This has been a nightmare," said resident Tom Hale. `+
			`"This has been a nightmare," said his neighbour Ann Lowe.`)
	x := mustExtract(t, a)
	var rebuild, nightmare int
	for _, q := range x.Quotes {
		switch {
		case q.Text == "We will rebuild this town, and we will do it together" && q.Speaker == "Dana Ruiz":
			rebuild++
		case q.Text == "We will rebuild this town":
			t.Errorf("the lead's shorter copy is kept beside the full one: %+v", q)
		case q.Text == "This has been a nightmare":
			nightmare++
		}
	}
	if rebuild != 1 || nightmare != 2 {
		t.Errorf("want the full rebuild quote once and the nightmare twice, got %d and %d: %+v", rebuild, nightmare, x.Quotes)
	}
}
