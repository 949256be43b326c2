package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

func fig135Subject(f kg.Figure) string { return f.Subject }

// TestTopicInLaterClause: the article's topic named only in a later clause (after "who",
// "as", "if" …) is not what the figure counts; named as the subject of an object relative
// on the counted noun, or of a subordinate clause when the main clause names no one, it is.
func TestTopicInLaterClause(t *testing.T) {
	body := "Vexon Corp reported results on Tuesday. Vexon shares rose. Analysts praised Vexon.\n\n" +
		"About 12 million Norlanders who bought phones from Vexon last year were surveyed."
	x := extractTitled(t, "Vexon beats forecasts", body)
	wantFigureField(t, x, map[float64]string{12e6: ""}, "subject", fig135Subject)
	body = "Vexon Corp reported results on Tuesday. Vexon shares rose. Analysts praised Vexon.\n\n" +
		"Operating income more than doubled to 24 billion yen as Vexon cut spending on marketing."
	x = extractTitled(t, "Vexon beats forecasts", body)
	wantFigureField(t, x, map[float64]string{24e9: "Vexon"}, "subject", fig135Subject)
	body = "Vexon Corp reported results on Tuesday. Vexon shares rose. Analysts praised Vexon.\n\n" +
		"Regulators listed the 14 handsets that Vexon recalled last year."
	x = extractTitled(t, "Vexon beats forecasts", body)
	wantFigureField(t, x, map[float64]string{14: "Vexon"}, "subject", fig135Subject)
}

// TestPollPairRival: in "X with a lead over Y, N percent to M percent" the M is Y's share,
// not X's again; with a third candidate named, the pair stays unread.
func TestPollPairRival(t *testing.T) {
	x := extractBody(t, "The latest Harlow Research tracking poll shows Mina Sorel with a 9-point edge over Tom Bradley, 46 percent to 37 percent.")
	wantFigureField(t, x, map[float64]string{46: "Mina Sorel", 37: "Tom Bradley"}, "subject", fig135Subject)
	x = extractBody(t, "The latest Harlow Research tracking poll shows Mina Sorel with a 9-point edge over Tom Bradley and Ann Roe, 46 percent to 37 percent.")
	wantFigureField(t, x, map[float64]string{37: "Mina Sorel"}, "subject", fig135Subject)
}

// TestOwnActNoSource: a deal or a payment the article tells in its own voice has no
// source, neither its actor nor the teller of the paragraph before; an analyst's own
// price target is the analyst's.
func TestOwnActNoSource(t *testing.T) {
	x := extractBody(t, "Vexon Corp bought Northwind Inc for $2.4 billion last year.")
	wantFigureField(t, x, map[float64]string{2.4e9: ""}, "source", figSource)
	x = extractBody(t, "Harlow Mills shipped 200 tonnes in May, Mina Sorel said. Dravex Corp paid $40 million for the mill.")
	wantFigureField(t, x, map[float64]string{200: "Mina Sorel", 4e7: ""}, "source", figSource)
	x = extractBody(t, "Harlow Securities raised its price target on Vexon Corp to $150 from $120.")
	wantFigureField(t, x, map[float64]string{150: "Harlow Securities"}, "source", figSource)
}
