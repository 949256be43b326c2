package extraction

import (
	"testing"
)

// TestDefiniteKinds: a definite description by kind stands for the nearest name before
// it that fits the kind — "the lender" a bank, "the company" the one company of the
// sentences before other than the verb's own subject, "the country's king" the country,
// "the board" the board — and "the officer" the person a later sentence identifies. Two
// companies in the nearest sentence, or no country within a few sentences, leave the
// description standing for no name.
func TestDefiniteKinds(t *testing.T) {
	x := extract(t, "definite-kinds")
	for _, r := range [][3]string{
		{"Ostria Finance Authority", "fines", "Velmar Bank"},
		{"Brindle Capital", "sues", "Ostria Telecom"},
		{"Arno Vell", "kingOf", "Norway"},
		{"Ola Finn", "workerOf", "Karvo Election Board"},
		{"Dan Holt", "arrests", "Tom Wade"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Brindle Capital", "criticizes", "Pell Media"},
		{"Brindle Capital", "criticizes", "Dorrit Systems"},
		{"Brindle Capital", "sues", "Brindle Capital"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s: the description fits two names, or is the verb's subject", r[0], r[1], r[2])
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "visits" && r.Object == "Norway" && r.Subject != "Lena Holt" {
			t.Errorf("unwanted %s visits Norway: no country named within a few sentences of \"the country\"", r.Subject)
		}
	}
}
