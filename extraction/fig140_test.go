package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

func fig140Source(f kg.Figure) string { return f.Source }

// TestOutletEstimates: a listed news outlet that the story never makes an entity still
// tells the figure it estimates ("Forbes magazine estimates …"); the writer's sentence
// after such an estimate does not go on reporting it.
func TestOutletEstimates(t *testing.T) {
	x := extractBody(t, "The hedge fund founder bought the painting in 2014.\n\n"+
		"Forbes magazine estimates his net worth at $3.4 billion.")
	wantFigureField(t, x, map[float64]string{3.4e9: "Forbes"}, "source", fig140Source)
	x = extractBody(t, "Owning a sports team is a rich man's game.\n\n"+
		"Forbes estimates the average value of a hockey team at $150 million. A small arena seats 9,000 fans.")
	wantFigureField(t, x, map[float64]string{150e6: "Forbes", 9000: ""}, "source", fig140Source)
}

// TestRevisionAfterAside: who raises or cuts its own forecast after an aside set off by
// commas ("Kestrel, which rates the stock 'buy', raised its price target …") states it,
// also past an adverb ("…, also cut its profit estimate"), by a short name that opens the
// sentence or the story's company "the company" stands for; an opening that names no
// company ("The plant, which …") gives no one.
func TestRevisionAfterAside(t *testing.T) {
	x := extractBody(t, "Kestrel Securities and Harlow Partners both follow Vexon Corp.\n\n"+
		"Kestrel, which rates the stock \"buy\", raised its price target to $64 from $58.")
	wantFigureField(t, x, map[float64]string{64: "Kestrel Securities"}, "source", fig140Source)
	x = extractTitled(t, "Norvale Display warns of loss", "TOKYO Norvale Display Inc warned on Tuesday of a bigger loss.\n\n"+
		"The company, which makes screens for phones, also cut its full-year operating profit estimate to 12 billion yen.")
	wantFigureField(t, x, map[float64]string{12e9: "Norvale Display Inc"}, "source", fig140Source)
	x = extractTitled(t, "Norvale Display warns of loss", "TOKYO Norvale Display Inc warned on Tuesday of a bigger loss.\n\n"+
		"The plant, which makes screens for phones, also cut its output estimate to 12,000 units.")
	wantFigureField(t, x, map[float64]string{12000: ""}, "source", fig140Source)
}
