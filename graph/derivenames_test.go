package graph

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestNameBucketsAcrossProcesses: each report goes into the store in a process of its
// own (a store opened afresh, whose writer has read nothing), so that a name bucket's
// derivation meets the bucket in the store rather than in the writer's cache; a
// bucket that names its entity in full only is left alone (nothingToDerive). Whatever
// the derivations read or skip, the store must be the one a single process makes of
// the same reports (on PostgreSQL, the check is one SQL statement): the merge of "Kerry" appears when a report names him so, and goes
// with that report; a bucket whose last full name is replaced goes too (the replaced
// version's quads stay in Cayley's index entries, marked deleted, and must not count).
func TestNameBucketsAcrossProcesses(t *testing.T) {
	full := report{title: "Kerry in Geneva", body: "John Kerry arrived in Geneva.", url: "http://a.example/1", published: day("2016-01-01 10:00"),
		entities: []kg.Entity{{Name: "John Kerry", Type: kg.Person}}}
	again := report{title: "Kerry meets Lavrov", body: "John Kerry met Sergei Lavrov.", url: "http://b.example/1", published: day("2016-01-02 10:00"),
		entities: []kg.Entity{{Name: "John Kerry", Type: kg.Person}, {Name: "Sergei Lavrov", Type: kg.Person}}}
	short := report{title: "Kerry speaks", body: "Kerry spoke a third time.", url: "http://c.example/1", published: day("2016-01-03 10:00"),
		entities: []kg.Entity{{Name: "Kerry", Type: kg.Person}}}
	shortFixed := short // the same URL, a newer version that names someone else
	shortFixed.body, shortFixed.published = "Walid Muallem spoke a third time.", day("2016-01-03 12:00")
	shortFixed.entities = []kg.Entity{{Name: "Walid Muallem", Type: kg.Person}}
	lone := report{title: "Mekdad", body: "Faisal Mekdad spoke.", url: "http://d.example/1", published: day("2016-01-04 10:00"),
		entities: []kg.Entity{{Name: "Faisal Mekdad", Type: kg.Person}}}
	loneFixed := lone
	loneFixed.body, loneFixed.published = "Bouthaina Shaaban spoke.", day("2016-01-04 12:00")
	loneFixed.entities = []kg.Entity{{Name: "Bouthaina Shaaban", Type: kg.Person}}
	steps := []struct {
		r    report
		want Outcome
	}{
		{full, Added}, {again, Added}, {lone, Added}, {short, Added}, {shortFixed, Replaced}, {loneFixed, Replaced}, {again, Unchanged},
	}
	for _, name := range []string{Pebble, Bolt, Postgres} {
		t.Run(name, func(t *testing.T) {
			o := backends(t)[name](t)
			undisturbed := 0
			current := map[string]report{} // URL → the version stored
			var urls []string
			for i, st := range steps {
				s, err := Open(o)
				if err != nil {
					t.Fatal(err)
				}
				mustAdd(t, s, st.r, st.want)
				mustFlush(t, s)
				undisturbed += s.undisturbed
				stepwise := export(t, s)
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				if _, ok := current[st.r.url]; !ok {
					urls = append(urls, st.r.url)
				}
				current[st.r.url] = st.r
				alone := openStore(t, backends(t)[name](t))
				for _, u := range urls {
					mustAdd(t, alone, current[u], Added)
				}
				mustFlush(t, alone)
				if want := export(t, alone); stepwise != want {
					t.Errorf("step %d (%q): the store differs from one process's load of the same reports:\n%s", i, st.r.title, diffLines(want, stepwise))
				}
			}
			if undisturbed == 0 {
				t.Error("no name bucket was left alone: the test does not reach nothingToDerive")
			}
		})
	}
}
