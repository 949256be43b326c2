package graph

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestVersionsOfOneURL: of two files that carry one URL, the store keeps the version
// published later (at the same time, the one whose ID sorts last), whatever the order
// they are loaded in and however often; an edited file loaded again replaces its old
// version whatever its date. (Issue 12: reloading the corpus replaced two articles
// every time.)
func TestVersionsOfOneURL(t *testing.T) {
	const url = "https://wire.example/quake-toll"
	morning := report{title: "Quake kills 10", body: "At least 10 people were killed in the quake.", url: url,
		publisher: "Wire", published: day("2016-02-06 09:00"), events: []kg.Event{quake("2016-02-06")},
		figures: []kg.Figure{toll(10, kg.AtLeast, "")}}
	evening := morning
	evening.title, evening.body, evening.published = "Quake toll rises to 14", "At least 14 people were killed in the quake.", day("2016-02-06 19:00")
	evening.figures = []kg.Figure{toll(14, kg.AtLeast, "")}
	keeps := func(t *testing.T, s *Store, want report) {
		t.Helper()
		if ok, _ := s.Has(want.extraction().Article.ID); !ok {
			t.Errorf("the store lost %q", want.title)
		}
		if st := stats(t, s); st.Articles != 1 {
			t.Errorf("%d articles, want one version", st.Articles)
		}
	}
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			forward := openStore(t, open(t))
			mustAdd(t, forward, morning, Added)
			mustAdd(t, forward, evening, Replaced)
			keeps(t, forward, evening)
			mustAdd(t, forward, morning, Older) // reloading changes nothing
			mustAdd(t, forward, evening, Unchanged)
			keeps(t, forward, evening)

			backward := openStore(t, open(t))
			mustAdd(t, backward, evening, Added)
			mustAdd(t, backward, morning, Older)
			keeps(t, backward, evening)
			if a, b := export(t, forward), export(t, backward); a != b {
				t.Errorf("the two orders make different stores:\n%s", diffLines(a, b))
			}

			// At the same time, one of the two wins, the same one both ways.
			twin := evening
			twin.title, twin.body = "Quake: 14 dead", "At least 14 people died in the quake." // another file
			first, second := evening, twin
			if twin.extraction().Article.ID > evening.extraction().Article.ID {
				first, second = twin, evening
			}
			tie := openStore(t, open(t))
			mustAdd(t, tie, first, Added)
			mustAdd(t, tie, second, Older)
			tie2 := openStore(t, open(t))
			mustAdd(t, tie2, second, Added)
			mustAdd(t, tie2, first, Replaced)
			keeps(t, tie, first)
			keeps(t, tie2, first)

			// The same file edited, its date put back: the last load wins.
			edited := openStore(t, open(t))
			mustAdd(t, edited, evening, Added)
			fixed := evening
			fixed.body, fixed.published = "At least 13 people were killed in the quake.", day("2016-02-06 18:00")
			mustAdd(t, edited, fixed, Replaced)
			keeps(t, edited, fixed)
		})
	}
}
