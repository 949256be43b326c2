package extraction

import "testing"

// TestNicknamedSpeakers: a nickname in quotation marks inside a titled speaker's name is
// part of the name, not a quote that ends the search for the speaker
// (testdata/nicknamed-speakers.input, invented; main named the coroner "William", kept
// the quotes without a speaker and gave the coroner's role to "William").
func TestNicknamedSpeakers(t *testing.T) {
	x := extract(t, "nicknamed-speakers")
	got := map[string]string{}
	for _, q := range x.Quotes {
		got[q.Text] = q.Speaker
	}
	wantSpeakers(t, got, map[string]string{
		"cold water and exhaustion": "William Drane",
		"We searched all night":     "Rosa Delmar",
		"The ferry was overloaded":  "Amos Kettle",
	})
	for _, e := range x.Entities {
		if e.Name == "William" || e.Name == "Billy" {
			t.Errorf("the coroner's name is cut: %q", e.Name)
		}
	}
	wantRelations(t, x, [][3]string{{"William Drane", "coronerOf", "Harbor County"}})
}
