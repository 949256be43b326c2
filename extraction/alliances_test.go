package extraction

import "testing"

// TestAlliances: a noun of alliance, rivalry or backing ties the name after it to the
// possessor or the name before it ("Ostmark's allies including Veloria and Karst",
// "Veloria's main regional rival, Dravonia", "Ostmark ally Norway", "Dahl and rival Sara
// Vos"), or describes the name before the comma ("Ann Berg, a Kord supporter", "Lumo Inc,
// Northwind Corp's chief rival in Europe"). A verb between the owner and the noun ("faced
// off against rival"), and "its", give nothing. Acts by a plural noun ("its investments
// in A and B"), a request ("made a request to Ostmark"), acts whose agent is a name
// before their noun ("Ostmark sanctions on Karst", "Ostmark restrictions on Pento Ltd";
// not "the Karst attack on") and an accord "between A and B" are actionnouns.go's.
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
		{"Ostmark", "sanctions", "Karst"},
		{"Ostmark", "restricts", "Pento Ltd"},
		{"Veloria", "agreesWith", "Dravonia"},
		{"Northwind Corp", "agreesWith", "Tarn Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Brisk Co" && r.Predicate == "rivalOf",
			r.Subject == "Tarn Bank" && r.Predicate == "rivalOf",
			r.Predicate == "supports" && r.Object == "Kalmar",
			r.Subject == "Karst" && r.Predicate == "attacks",
			r.Subject == "Lumo Inc" && r.Predicate == "agreesWith":
			t.Errorf("unwanted %+v: a verb before the noun, a rival of \"its\", an ally read as backing, a name before an attack, a deal only proposed", r)
		}
	}
}
