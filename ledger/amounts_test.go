package ledger

import (
	"fmt"
	"testing"

	"github.com/factgraph/kg/schema"
)

// TestAmountWordsInEitherNumber: two outlets giving one company's amount as
// "revenues" and "revenue" report one quantity, and corroborate; two counts of a
// charge, "one count" and "counts", stay two quantities with no finding.
func TestAmountWordsInEitherNumber(t *testing.T) {
	report := func(id, publisher, published, measure, unit string, value float64, from int) rep {
		return rep{id: id, publisher: publisher, published: published, print: printOf(from),
			mentions: []schema.MentionRecord{topicOn("Orrin Foods", published)},
			figures:  []fig{{measure: measure, value: value, unit: unit}}}
	}
	d := derive(t, report("a", "Wire", "2016-04-12 09:00", "quarterly revenues", "USD", 4.2e9, 0),
		report("b", "Paper", "2016-04-12 15:00", "quarterly revenue", "USD", 4.2e9, 1000))
	if n := tallyOf(d); n != 2 {
		t.Errorf("revenues and revenue of $4.2 billion: a tally of %d reports, want 2", n)
	}
	d = derive(t, report("a", "Wire", "2016-04-12 09:00", "counts", "", 16, 0),
		report("b", "Paper", "2016-04-12 15:00", "count", "", 1, 1000))
	if got := fmt.Sprint(findings(d)); got != "[]" {
		t.Errorf("16 counts and one count of a charge: %s, want no finding", got)
	}
}
