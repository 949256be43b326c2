package extraction

import "testing"

// TestAlliances: a noun of alliance, rivalry or backing ties the name after it to the
// possessor or the name before it ("Ostmark's allies including Veloria and Karst",
// "Veloria's main regional rival, Dravonia", "Ostmark ally Norway", "Dahl and rival Sara
// Vos"), or describes the name before the comma ("Ann Berg, a Kord supporter", "Lumo Inc,
// Northwind Corp's chief rival in Europe"). A verb between the owner and the noun ("faced
// off against rival"), and "its", give nothing. Acts by a plural noun ("its investments
// in A and B") and a request ("made a request to Ostmark") are actionnouns.go's.
func TestAlliances(t *testing.T) {
	x := extract(t, "alliances")
	for _, r := range [][3]string{
		{"Veloria", "allyOf", "Ostmark"},
		{"Karst", "allyOf", "Ostmark"},
		{"Dravonia", "rivalOf", "Veloria"},
		{"Norway", "allyOf", "Ostmark"},
		{"Sara Vos", "rivalOf", "Maren Dahl"},
		{"Ann Berg", "supports", "Jan Kord"},
		{"Lumo Inc", "rivalOf", "Northwind Corp"},
		{"Norway", "allyOf", "Kalmar"},
		{"Northwind Corp", "investsIn", "Lumo Inc"},
		{"Northwind Corp", "investsIn", "Tarn Bank"},
		{"Karst", "asks", "Ostmark"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Brisk Co" && r.Predicate == "rivalOf",
			r.Subject == "Tarn Bank" && r.Predicate == "rivalOf",
			r.Predicate == "supports" && r.Object == "Kalmar":
			t.Errorf("unwanted %+v: a verb before the noun, a rival of \"its\", an ally read as backing", r)
		}
	}
}
