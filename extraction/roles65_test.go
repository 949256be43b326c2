package extraction

import "testing"

// TestRoles65: titles the role vocabulary lacked ("the chief curator of", "ORG
// communications director X", "special agent in charge of", "ORG's editor-in-chief"), a
// network's host (employeeOf; not a show's), a person's company named after the noun (linkedTo: the phrase does not say founder or
// owner), a company's network or brand (partOf) but not its hired agency, and a product
// or brand listed with bodies not taken for a person after a possessive.
func TestRoles65(t *testing.T) {
	x := extract(t, "roles65")
	for _, w := range [][3]string{
		{"Hanna Volk", "curatorOf", "Tarrow Museum"},
		{"Nils Oster", "curatorOf", "Brellin Gallery"},
		{"Ola Faber", "directorOf", "Brisk Labs"},
		{"Marta Lind", "employeeOf", "Federal Bureau of Investigation"},
		{"Rolf Brandt", "editorOf", "Vexa Magazine"},
		{"Jack Varo", "linkedTo", "Brisk Payments"},
		{"Lena Dahl", "linkedTo", "Tarn Energy"},
		{"Vexa Broadcasting", "partOf", "Morrow Group"},
		{"Sorel Motors", "partOf", "Quill Motors Inc"},
		{"Jake Tapper", "employeeOf", "CNN"},
		{"Pia Gorm", "employeeOf", "Vexa TV"},
	} {
		if !hasRelation(x, w[0], w[1], w[2]) {
			t.Errorf("missing %s %s %s", w[0], w[1], w[2])
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Hanna Volk" && r.Predicate == "chiefOf",
			r.Object == "Brisk Labs communications",
			r.Subject == "Omar Lisk",
			r.Subject == "Wexley Partners", r.Subject == "Ivo Marsh",
			r.Subject == "Oculus Rift" || r.Subject == "Mercedes Benz":
			t.Errorf("unwanted %+v", r)
		}
	}
}
