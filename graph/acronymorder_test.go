package graph

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestAcronymSpellingsInAnyOrder loads a report that names Halvorsen Motors in full
// with its acronym, and two that name it by the acronym alone, spelled "HM" and
// "H.M.", in two orders and batch sizes: the merge of the short name into the full one
// records the same alias (the first spelling in order, as the ledger chooses), however
// the spellings arrived. The writer's cache of entity names once kept the name it read
// first, so the alias depended on which report came first.
func TestAcronymSpellingsInAnyOrder(t *testing.T) {
	full := report{title: "Halvorsen Motors recalls cars", body: "Halvorsen Motors (HM) recalled 40,000 cars on Monday.",
		url: "http://a.example/hm-full", publisher: "Wire One", published: day("2016-03-07 09:00"),
		entities: []kg.Entity{{Name: "Halvorsen Motors", Type: kg.Organization, Aliases: []string{"HM"}}}}
	plain := report{title: "HM shares fall", body: "Shares of HM fell 3 percent after the recall.",
		url: "http://b.example/hm", publisher: "Daily Two", published: day("2016-03-07 12:00"),
		entities: []kg.Entity{{Name: "HM", Type: kg.Organization}}}
	dotted := report{title: "H.M. dealers wait", body: "H.M. dealers waited for parts on Tuesday.",
		url: "http://c.example/h-m", publisher: "Evening Three", published: day("2016-03-08 10:00"),
		entities: []kg.Entity{{Name: "H.M.", Type: kg.Organization}}}
	var first string
	for k, order := range [][]report{{full, plain, dotted}, {dotted, plain, full}, {plain, dotted, full}} {
		s := openStore(t, Options{Backend: Memstore, BatchQuads: []int{1, 1 << 20, 1}[k]})
		for _, r := range order {
			mustAdd(t, s, r, Added)
		}
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		exp := export(t, s)
		if k == 0 {
			first = exp
			if !strings.Contains(exp, `\"alias\":\"H.M.\"`) {
				t.Errorf("the acronym's merge does not record the alias H.M. (the first spelling in order)")
			}
			continue
		}
		if exp != first {
			t.Errorf("order %d (batch %d) makes another store than the first:\n%s", k, []int{1, 1 << 20, 1}[k], diffLines(first, exp))
		}
	}
}
