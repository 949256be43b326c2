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

// A bare surname two people of the article share goes to the one whose full name
// opened the sentence just before it (the daughter quoted after her father's legacy),
// elsewhere to the one the surname joins by default; a headline that says the surname
// keeps every bare mention with the story's person (splitSharedSurname).
func TestSharedSurname(t *testing.T) {
	speaker := func(x *kg.Extraction, text string) string {
		for _, q := range x.Quotes {
			if strings.Contains(q.Text, text) {
				return q.Speaker
			}
		}
		return "(no quote)"
	}
	body := "Town leaders honoured the late judge Walter Q. Brennick Jr. at a ceremony on Sunday. " +
		"Walter Q. Brennick Jr. served the county bench for forty years, and Brennick was known for his patience. " +
		"The county archive also holds papers of Walter Q. Brennick Jr. from his years in office.\n\n" +
		"Nadia Brennick, his daughter, told the crowd at the courthouse that the work was unfinished.\n\n" +
		"\"We still have far to go,\" said Brennick, who spoke for twenty minutes.\n\n" +
		"The ceremony closed with a song. Later that week the town named a street after Brennick."
	x := mustExtract(t, kg.Article{Title: "Town honours a judge", Body: body, Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
	if got := speaker(x, "far to go"); got != "Nadia Brennick" {
		t.Errorf("speaker = %q, want Nadia Brennick; entities %+v", got, x.Entities)
	}
	x = mustExtract(t, kg.Article{Title: "Town honours judge Brennick", Body: body, Published: time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)})
	if got := speaker(x, "far to go"); got != "Walter Q. Brennick Jr." {
		t.Errorf("with the surname in the headline: speaker = %q, want Walter Q. Brennick Jr.", got)
	}
}
