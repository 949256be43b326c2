package extraction

import "testing"

// TestJointAgreements: two subjects that "agreed to" act, "agreed in March 2015 to" or
// "signed a peace deal" with no partner after it each agree with the other, and two that
// "are in talks on" or "were negotiating over" negotiate with each other; agreeing
// "that", a possible agreement ("could agree"), a deal or talks "with" a third party and
// talks "to supply" one give nothing between the two.
func TestJointAgreements(t *testing.T) {
	x := extract(t, "joint-agreements")
	for _, r := range [][3]string{
		{"Norway", "agreesWith", "Chile"},
		{"Chile", "agreesWith", "Norway"},
		{"Harbor Power", "agreesWith", "Quill Ventures"},
		{"Quill Ventures", "agreesWith", "Harbor Power"},
		{"Tomas Lund", "agreesWith", "Erik Ruiz"},
		{"Erik Ruiz", "agreesWith", "Tomas Lund"},
		{"Peru", "negotiatesWith", "Brazil"},
		{"Brazil", "negotiatesWith", "Peru"},
		{"Northwind Corp", "negotiatesWith", "Birch Partners"},
		{"Birch Partners", "negotiatesWith", "Northwind Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Northwind Corp", "Birch Partners":
			if r.Predicate != "negotiatesWith" {
				t.Errorf("unwanted %+v: agreeing that is no agreement", r)
			}
		case "Brisk Co", "Lumo Inc":
			t.Errorf("unwanted %+v: a possible agreement, talks to supply a third party", r)
		case "Kestrel Labs", "Ardent Bank":
			if r.Object == "Kestrel Labs" || r.Object == "Ardent Bank" {
				t.Errorf("unwanted %+v: the deal is with a third party", r)
			}
		}
	}
}
