package extraction

import "testing"

// TestUnitCompounds: a company's name used as the modifier of "unit", "subsidiary",
// "parent" or "supplier" before another company's name ties the two ("Harlow Corp
// (HRLW.O) unit Lumo Sensors", "Ostis Media's parent Brisk Holdings", "Veltra Energy
// supplier Pento Systems Inc"); a demonym, a word of English, a possessive owner before
// the noun, or a lone capital opening the sentence ("Auto supplier Brenna") gives no
// company.
func TestUnitCompounds(t *testing.T) {
	x := extract(t, "unit-compounds")
	for _, r := range [][3]string{
		{"Lumo Sensors Inc", "partOf", "Harlow Corp"},
		{"Pento Systems Inc", "suppliesTo", "Veltra Energy"},
		{"Ostis Media", "partOf", "Brisk Holdings"},
		{"Quillon Labs", "partOf", "Northwind Group"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Dovrel Corp" && r.Predicate == "suppliesTo" || r.Subject == "Brenna" || r.Subject == "Tarn Partners" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestParentCompanies: "parent company", "parent firm" or "parent group" before a
// company's name ties it as the parent of the name before, as "parent" alone does, also
// across the comma of an appositive after a possessive ("Tarvo's parent company, Quillon
// Group"); "owner" does the same ("Tally owner Vance Holdings LLC"); a "former" owner
// owns it no more. The parent may be named before the possessive, in an appositive or
// after a copula ("Marlow Media, Kestrel's parent company,", "Quillon Group is Ardent's
// parent company"), but not in a list ("Harlow Inc, Pento's parent, and Veltra Corp").
func TestParentCompanies(t *testing.T) {
	x := extract(t, "parent-companies")
	for _, r := range [][3]string{
		{"Lumen", "partOf", "Brisk Holdings"},
		{"Tarvo", "partOf", "Quillon Group"},
		{"Tally", "partOf", "Vance Holdings LLC"},
		{"Ostis Labs", "partOf", "Northwind Group"},
		{"Kestrel", "partOf", "Marlow Media"},
		{"Ardent", "partOf", "Quillon Group"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Harbor Hotels Inc" && r.Predicate == "partOf" || r.Subject == "Pento" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
