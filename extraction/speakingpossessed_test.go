package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// speakingPossessedReport is invented: a body named once, by a name with no body's head,
// before a person's full name and a verb of speech ("Harbinor's Dana Morrell said"), and
// a near-miss with no verb of speech, where such a body may be a product or a show.
const speakingPossessedReport = `The update reaches phones next week, Harbinor's Dana Morrell said in a blog post.

Fans at the premiere cheered when Zentaro's Lisbet Okafor arrived on stage.`

func TestSpeakingPossessedPerson(t *testing.T) {
	a := kg.Article{Title: "Update for phones", Body: speakingPossessedReport,
		Published: time.Date(2016, 5, 3, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	if !hasRelation(x, "Dana Morrell", "employeeOf", "Harbinor") {
		t.Errorf("missing Dana Morrell employeeOf Harbinor; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Lisbet Okafor" && r.Object == "Zentaro" {
			t.Errorf("unwanted %+v: a body named once, no verb of speech", r)
		}
	}
}
