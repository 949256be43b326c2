package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestAdverbsBeforeActionVerbs: "just", "long", "both", "now" and "even" between a subject
// (or its auxiliary) and an action verb leave the subject the verb's ("Norland has long
// urged Ostmark", "Tarvo Bank and Velland Corp have both sued Quill Systems").
func TestAdverbsBeforeActionVerbs(t *testing.T) {
	a := kg.Article{Title: "Notes from the week", Body: "Norland has long urged Ostmark to reopen the border crossing.\n\n" +
		"Ana Kovac had just visited Ostmark when the talks collapsed.\n\n" +
		"Tarvo Bank and Velland Corp have both sued Quill Systems over the failed merger.\n\n" +
		"Halvorsen Systems now owns Brindle Software, the Oslo developer."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{
		{"Norland", "urges", "Ostmark"},
		{"Ana Kovac", "visits", "Ostmark"},
		{"Tarvo Bank", "sues", "Quill Systems"},
		{"Velland Corp", "sues", "Quill Systems"},
		{"Halvorsen Systems", "owns", "Brindle Software"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
}
