package extraction

import "testing"

// TestDemonymLists checks the country of the bodies a demonym's plural kind lists after
// "including" (with or without a comma, past "the"), and the country a demonym names
// before a known body or a person (invented text).
func TestDemonymLists(t *testing.T) {
	x := extract(t, "demonym-lists")
	for _, r := range [][3]string{
		{"Toruma Holdings", "locatedIn", "Japan"},
		{"Keisen Bank", "locatedIn", "Japan"},
		{"Nagai Trading", "locatedIn", "Japan"},
		{"Loriet Systems", "locatedIn", "Canada"},
		{"Quanbrook", "locatedIn", "Canada"},
		{"Fyrholm TV", "locatedIn", "Denmark"},
		{"Skarra Radio", "locatedIn", "Denmark"},
		{"Velmar Co", "locatedIn", "Netherlands"},
		{"Hanbit Motors", "locatedIn", "South Korea"},
		{"Hezbollah", "supports", "Tomas Veller"}, // the demonym is no agent of its own
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Ford Motor", "locatedIn", "South Korea"},
		{"Justice Department", "locatedIn", "Netherlands"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	for _, n := range []string{"Colombia", "Lebanon"} {
		if !names[n] {
			t.Errorf("missing entity %s; entities: %+v", n, x.Entities)
		}
	}
	for _, n := range []string{"India", "France"} {
		if names[n] {
			t.Errorf("unwanted entity %s (a name's own first word)", n)
		}
	}
}
