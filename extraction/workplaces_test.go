package extraction

import "testing"

// TestWorkedFor: "worked at|for ORG" as a finite verb (past, present perfect, progressive,
// a relative clause after an appositive, two employers joined by "and") gives employeeOf;
// none for a negated or hedged verb, a participle after a noun, an organization's unit
// ("Harlow Systems' design unit", "the Quenta Labs office"), a person as employer, or an
// organization as the worker.
func TestWorkedFor(t *testing.T) {
	x := extract(t, "workplaces")
	for _, r := range [][3]string{
		{"Tove Brandt", "employeeOf", "Quenta Labs"},
		{"Tove Brandt", "employeeOf", "Harlow Systems"},
		{"Tove Brandt", "employeeOf", "Birch Analytics Corp"},
		{"Ida Moss", "employeeOf", "Norvane Energy"},
		{"Karl Lindqvist", "employeeOf", "Dunmore Courier"},
		{"Colm Ferris", "employeeOf", "Vellin Group"},
		{"Mia Holt", "employeeOf", "The Harbor Times"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "employeeOf" {
			continue
		}
		switch r.Subject {
		case "Nils Oden", "Greta Sund", "Rolf Dahl", "Hanna Berg", "Quenta Labs", "Lars Vik":
			t.Errorf("unwanted %+v: negated, hedged, a unit, a person's employ or an organization's work", r)
		}
		if r.Object == "Norvane Energy" && r.Subject != "Ida Moss" {
			t.Errorf("unwanted %+v: a participle after a noun names no one", r)
		}
	}
}

// TestApposedWorkers: the participle "working for|at" after an appositive gives its
// person (past an age); "used to work" and "began working" take their verb's subject.
// None for a participle after a bare noun or "the number of people", nor for a person as
// employer.
func TestApposedWorkers(t *testing.T) {
	x := extract(t, "apposedworkers")
	for _, r := range [][3]string{
		{"Ida Moss", "employeeOf", "Norvane Energy"},
		{"Colm Ferris", "employeeOf", "Quenta Labs"},
		{"Tove Brandt", "employeeOf", "Harlow Systems"},
		{"Karl Lindqvist", "employeeOf", "Birch Analytics Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "employeeOf" {
			continue
		}
		if r.Object == "Vellin Group" || r.Object == "Quenta Labs" && r.Subject != "Colm Ferris" || r.Subject == "Greta Sund" || r.Subject == "Nils Oden" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestOfRoles: a place holds "a member of BODY" (apposed or after "is"); "a|an ORG
// TRADE" and a trade "for The NAME" give employeeOf. None for a trade that names what
// its holder studies ("a Kremlin expert") nor for "a former member".
func TestOfRoles(t *testing.T) {
	x := extract(t, "ofroles")
	for _, r := range [][3]string{
		{"Norland", "memberOf", "Baltic Council"},
		{"Estonia", "memberOf", "Northern Trade League"},
		{"Janet Ruiz", "employeeOf", "Quenta Labs"},
		{"Dan Ortle", "employeeOf", "The Harbor Times"},
		{"Ann Lind", "employeeOf", "Dunmore Institute"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Colm Ferris" && r.Predicate == "employeeOf" {
			t.Errorf("unwanted %+v: a subject, not an employer", r)
		}
	}
}
