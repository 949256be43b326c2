package extraction

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// A titled surname joins the person the article titled or sexed alike, never one it
// titled or sexed otherwise, or none where it gave another of the name another office
// (surnames.go).
func TestTitledSurnames(t *testing.T) {
	tests := []struct {
		name, body, surname, want, notWant string
	}{
		{"honorific's sex",
			"Senator Robert Varga met voters on Tuesday. His wife, Maria Varga, spoke later. Mrs. Varga said the campaign was tiring.",
			"Varga", "Maria Varga", "Robert Varga"},
		{"office held",
			"Former President Tomas Orvell campaigned for his wife Greta Orvell. Greta Orvell told the crowd she would win. " +
				"The crowd cheered Greta Orvell again and again, and Greta Orvell waved. President Orvell said little.",
			"Orvell", "Tomas Orvell", "Greta Orvell"},
		{"another office",
			"Sen. Dale Brandt of Ohio spoke in the Senate on Monday and Sen. Dale Brandt voted no. " +
				"A memorial recalled Justice Brandt, who served on the court for decades, and Peter Brandt, his son.",
			"Brandt", "", "Dale Brandt"}, // a justice the article did not name in full
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, kg.Article{Title: "Report", Body: tt.body, Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
			var names []string
			for _, e := range x.Entities {
				names = append(names, e.Name+"="+strings.Join(e.Aliases, "|"))
				if slices.Contains(e.Aliases, tt.surname) {
					if e.Name == tt.notWant {
						t.Errorf("%q joined %s; entities: %v", tt.surname, e.Name, names)
					}
				}
			}
			found := tt.want == ""
			for _, e := range x.Entities {
				if slices.Contains(e.Aliases, tt.surname) {
					found = e.Name == tt.want
				}
			}
			if !found {
				t.Errorf("%q did not join %s; entities: %+v", tt.surname, tt.want, x.Entities)
			}
		})
	}
}
