package extraction

import "testing"

// TestQuotedTitlesAreNoQuotes: a programme's title in quotation marks (read as a work
// by quotedTitleAt) and a label of an event after "the" are names the sentence uses,
// not words its speaker said; a short phrase the speaker says stays a quote.
func TestQuotedTitlesAreNoQuotes(t *testing.T) {
	a := emphasised("Mayor speaks on television",
		`Mayor Dana Ruiz said on Channel Nine's "Morning Hour with Ann Lowe" that the bridge would reopen. `+
			`Ruiz said the case recalled the "Flood of the Decade" in the valley. `+
			`"We will rebuild this town," Ruiz said.`)
	x := mustExtract(t, a)
	var rebuild int
	for _, q := range x.Quotes {
		switch q.Text {
		case "Morning Hour with Ann Lowe", "Flood of the Decade":
			t.Errorf("a title or a label is kept as a quote: %+v", q)
		case "We will rebuild this town":
			rebuild++
		}
	}
	if rebuild != 1 {
		t.Errorf("want the rebuild quote once, got %d: %+v", rebuild, x.Quotes)
	}
}
