package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestNameList reads lists of names as the list readers join them (namelists.go).
func TestNameList(t *testing.T) {
	for _, c := range []struct {
		list    nameList
		names   []string
		first   string
		several bool
		pair    []string
	}{
		{"", nil, "", false, nil},
		{"Ana Ruiz", []string{"Ana Ruiz"}, "Ana Ruiz", false, nil},
		{"Ana Ruiz\x00Kestrel Holdings", []string{"Ana Ruiz", "Kestrel Holdings"}, "Ana Ruiz", true, []string{"Ana Ruiz", "Kestrel Holdings"}},
		{"Lusk\x00Velland\x00Norland", []string{"Lusk", "Velland", "Norland"}, "Lusk", true, nil},
	} {
		t.Run(string(c.list), func(t *testing.T) {
			got := slices.Collect(c.list.all())
			if !slices.Equal(got, c.names) {
				t.Errorf("all = %q, want %q", got, c.names)
			}
			if c.list.first() != c.first || c.list.several() != c.several || c.list.count() != len(c.names) {
				t.Errorf("first %q several %v count %d, want %q %v %d", c.list.first(), c.list.several(), c.list.count(), c.first, c.several, len(c.names))
			}
			a, b, ok := c.list.pair()
			if ok != (c.pair != nil) || ok && (a != c.pair[0] || b != c.pair[1]) {
				t.Errorf("pair = %q %q %v, want %q", a, b, ok, c.pair)
			}
			for _, n := range c.names {
				if !c.list.has(n) {
					t.Errorf("has(%q) = false", n)
				}
			}
			if c.list.has("Ana") || c.list.has("") {
				t.Errorf("has a part of a name, or no name")
			}
		})
	}
	if !sharesName("Lusk\x00Velland", "Norland\x00Velland") || sharesName("Lusk\x00Velland", "Norland") {
		t.Error("sharesName")
	}
	list := nameList("Lusk\x00Velland\x00Norland")
	n := 0
	if allocs := testing.AllocsPerRun(100, func() {
		for name := range list.all() {
			n += len(name)
		}
	}); allocs != 0 {
		t.Errorf("reading a list allocates %v times", allocs)
	}
}

// TestRelateEach relates each name of a list to one name through the type filters:
// the object itself and the names the filter turns away get no relation.
func TestRelateEach(t *testing.T) {
	body := "Ana Ruiz, Kestrel Holdings and Ostmark backed the Velland Accord on Monday, the agency said.\n\nThe talks were held in Lusk."
	_, _, rd, ev := benchStages(kg.Article{Body: body})
	types := map[string]kg.EntityType{}
	for e := range rd.ents {
		types[rd.entName(e)] = rd.ents[e].typ
	}
	want := map[string]kg.EntityType{"Ana Ruiz": kg.Person, "Kestrel Holdings": kg.Organization, "Lusk": kg.Place, "Velland Accord": kg.Other}
	for n, typ := range want {
		if types[n] != typ {
			t.Fatalf("%s typed %q, want %s: the invented report no longer reads as the test needs", n, types[n], typ)
		}
	}
	list := nameList("Ana Ruiz\x00Kestrel Holdings\x00Lusk\x00Velland Accord\x00Nobody Known")
	for _, c := range []struct {
		name string
		fits func(kg.EntityType) bool
		want []string
	}{
		{"any", nil, []string{"Ana Ruiz", "Kestrel Holdings", "Lusk", "Nobody Known"}},
		{"isPerson", isPerson, []string{"Ana Ruiz"}},
		{"isPlace", isPlace, []string{"Lusk"}},
		{"notPlace", notPlace, []string{"Ana Ruiz", "Kestrel Holdings", "Nobody Known"}},
		{"personOrBody", personOrBody, []string{"Ana Ruiz", "Kestrel Holdings"}},
		{"namedParty", namedParty, []string{"Ana Ruiz", "Kestrel Holdings", "Lusk"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rf := &relationFinder{reader: rd, eventSet: ev}
			rf.relateEach(0, list, "supports", "Velland Accord", "backed", c.fits)
			var subjects []string
			for _, r := range rf.rels {
				subjects = append(subjects, r.Subject)
			}
			if !slices.Equal(subjects, c.want) {
				t.Errorf("relateEach: %q, want %q", subjects, c.want)
			}
			rf = &relationFinder{reader: rd, eventSet: ev}
			rf.relateToEach(0, "Velland Accord", "supports", list, "backed", c.fits)
			var objects []string
			for _, r := range rf.rels {
				objects = append(objects, r.Object)
			}
			if !slices.Equal(objects, c.want) {
				t.Errorf("relateToEach: %q, want %q", objects, c.want)
			}
		})
	}
	rf := &relationFinder{reader: rd, eventSet: ev}
	rf.relateEach(0, "Ana Ruiz", "speakIn", "Lusk", "spoke", nil)
	if len(rf.rels) != 0 {
		t.Errorf("an open predicate recorded outside the open relations: %v", rf.rels)
	}
	rf.relateEachOpen(0, "Ana Ruiz\x00Kestrel Holdings", "speakIn", "Lusk", "spoke", isPerson)
	if len(rf.rels) != 1 || rf.rels[0].Subject != "Ana Ruiz" || rf.open {
		t.Errorf("relateEachOpen: %v, open left %v", rf.rels, rf.open)
	}
}
