package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestNewsVerbs: the predicates reading16 added, from a verb, a verb phrase or a
// passive — "invested $200 million in", "took a 12 percent stake in", "is owned by",
// "endorsed", "joined", "withdrew from", "resigned from", "succeeded", "charged",
// "is investigating" — and none from a negated verb ("has not endorsed"), a place as
// the one who charges ("Police in Karvo charged"), or "joined X in filing".
func TestNewsVerbs(t *testing.T) {
	x := extract(t, "news-verbs")
	for _, r := range [][3]string{
		{"Halvorsen Systems", "investsIn", "Fjordbot"},
		{"Veltrax Inc.", "investsIn", "Brekke Motors"}, // named as its mention that ends a sentence ("… investigating Veltrax Inc.")
		{"Norfield Capital", "owns", "Kestrel Robotics Inc"},
		{"Tom Wade", "endorses", "Maren Dahl"},
		{"Norway", "joins", "Karvo Trade Alliance"},
		{"Ostmark", "withdrawsFrom", "Karvo Trade Alliance"},
		{"Lena Moss", "leaves", "Halvorsen Systems"},
		{"Anton Lund", "succeeds", "Lena Moss"},
		{"Karvo Securities Commission", "charges", "Brekke Motors"},
		{"Sweden", "joins", "Nordic Defence Union"}, // "X, Y and Z, which joined"
		{"Finland", "joins", "Nordic Defence Union"},
		{"Denmark", "joins", "Nordic Defence Union"},
		{"Erik Holm", "studentOf", "Lena Moss"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Ida Berg" && r.Predicate == "endorses":
			t.Errorf("unwanted %+v: the verb is negated", r)
		case r.Predicate == "charges" && r.Subject == "Karvo":
			t.Errorf("unwanted %+v: a place charges no one", r)
		case r.Predicate == "joins" && strings.TrimSuffix(r.Object, ".") == "Veltrax Inc":
			t.Errorf("unwanted %+v: joined in an act or as a likeness, not an organization", r)
		case r.Predicate == "joins" && r.Object == "Karvo":
			t.Errorf("unwanted %+v: 'the Karvo-led trade bloc' is the object", r)
		}
	}
	for p := range assertedOnly {
		if !kg.IsPredicate(p) {
			t.Errorf("%s is not in kg.Actions", p)
		}
	}
}

// TestJourneys: the legs of a journey to or from a named place (journeyLeg) — "left
// Valletta, Malta" (the city), "departed from", "docked at", "put in at", "will stop in A
// and B" (one relation each), "due to stop at" — and none from "left Karvo with huge
// debts" (a place left in a state) or "a campaign stop in Bergen" (no traveller named).
func TestJourneys(t *testing.T) {
	x := extract(t, "journeys")
	for _, r := range [][3]string{
		{"Nordic Star", "leave", "Valletta"},
		{"Nordic Star", "dockAt", "Brest"},
		{"Nordic Star", "putInAt", "Cork"},
		{"Nordic Star", "stopIn", "Tromso"},
		{"Nordic Star", "stopIn", "Narvik"},
		{"Tom Wade", "leave", "Lisbon"},
		{"Mara Lind", "leave", "Denmark"},
		{"Mara Lind", "stopAt", "Halifax"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "leave" && (r.Object == "Malta" || r.Object == "Karvo"):
			t.Errorf("unwanted %+v: a city's country, or a place left in a state", r)
		case r.Object == "Bergen":
			t.Errorf("unwanted %+v: a campaign stop names no traveller", r)
		}
	}
}
