package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestPassiveClauses: a passive inside a relative clause acts on what the clause
// describes ("X, which was bought by Y", "a start-up that sold … and was acquired by
// Y"); its agent may follow a description or title ("by U.S. chip equipment maker Y",
// "by Governor Tom Wade") or own the organization that acts ("by Anton Lund's Norfield
// Capital"); an attack noun claimed by a group is its attack on the place.
func TestPassiveClauses(t *testing.T) {
	x := extract(t, "passive-clauses")
	for _, r := range [][3]string{
		{"Veltrax", "acquires", "Fjordbot"},
		{"Halvorsen Systems", "acquires", "Kestrel Robotics Inc"},
		{"Tom Wade", "criticizes", "Maren Dahl"},
		{"Red Hand Front", "attacks", "Karvo"},
		{"Norfield Capital", "supports", "Brekke Motors"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	if hasRelation(x, "Anton Lund", "supports", "Brekke Motors") {
		t.Errorf("unwanted Anton Lund supports Brekke Motors: the owner of the agent")
	}
}

// TestSupportNouns: support a noun states — "spoke there in support of X" (the
// speaker supports X), "picked up the endorsement of X", "won the backing of X" (X
// supports the subject) — and no subject for an infinitive after a place ("sent jets to
// Karvo to fly in support of").
func TestSupportNouns(t *testing.T) {
	x := extract(t, "passive-clauses")
	for _, r := range [][3]string{
		{"Ida Berg", "supports", "Tom Wade"},
		{"Karvo Teachers Union", "supports", "Tom Wade"},
		{"Green Farmers Party", "supports", "Maren Dahl"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "supports" && r.Subject == "Karvo" {
			t.Errorf("unwanted %+v: the infinitive's subject is not the place before it", r)
		}
	}
}

// TestGovernmentSubject: "The Norwegian government has blamed", "Norway's government
// condemned": the country acts.
func TestGovernmentSubject(t *testing.T) {
	x := extract(t, "passive-clauses")
	for _, r := range [][3]string{{"Norway", "blames", "Red Hand Front"}, {"Norway", "condemns", "Veltrax"}} {
		if !slices.ContainsFunc(x.Relations, func(q kg.Relation) bool {
			return q.Subject == r[0] && q.Predicate == r[1] && q.Object == r[2]
		}) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}

// TestSupportLists: a noun of support after "with" in an aside ("Ecuador, with the
// support of 11 states including A, B, C and D") or after a verb of having across a
// modifier ("has the full backing of A and B") gives each backer's support, the members
// of a list after "including" one by one; a description with no names ("with the support
// of its neighbours") gives none.
func TestSupportLists(t *testing.T) {
	x := extract(t, "support-lists")
	for _, r := range [][3]string{
		{"Chile", "supports", "Ecuador"},
		{"Peru", "supports", "Ecuador"},
		{"Mexico", "supports", "Ecuador"},
		{"Colombia", "supports", "Ecuador"},
		{"Brazil", "supports", "Ostria"},
		{"Argentina", "supports", "Ostria"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "supports" && r.Object == "Bolivia" {
			t.Errorf("unwanted %+v: the backers are not named", r)
		}
	}
}
