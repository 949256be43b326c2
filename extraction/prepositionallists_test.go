package extraction

import (
	"strings"
	"testing"
)

// TestPrepositionalLists: a verb with a prepositional object and a list ("operates in
// A, B, the C and D"), a share of a company held by the antecedent of a relative clause
// ("X, which owns 2.3 percent of Y", "X, which is invested in A and B", "X, which holds
// a 4 percent stake in Y"); no operatesIn for persons, no supports of a name inside a
// compound ("the Ostmark-led boycott"), no denial of a name deep in the object. Places
// in asides: "Selbu, in central Norway", "Headquartered in Karvo, X", "In Norway,
// Vangsnes Beach", "X, located in Y"; not "in Norway, in Oslo" the other way round. A
// place's name before its public body ("Karvo City Council"), not before a newspaper.
// An appositive's role takes no body from a compound ("co-founder of Kestrel-backed
// Zentor Labs") nor from a relative clause after its body ("a partner at X which is
// invested in Y"). A fronted participle's agents act on the name that opens the clause.
func TestPrepositionalLists(t *testing.T) {
	x := extract(t, "prepositional-lists")
	for _, r := range [][3]string{
		{"Kestrel Mart Ltd", "operatesIn", "Ostmark"},
		{"Kestrel Mart Ltd", "operatesIn", "Norway"},
		{"Kestrel Mart Ltd", "operatesIn", "Karvo"},
		{"Norfield Capital", "investsIn", "Brekke Motors Inc"},
		{"Halvorsen Ventures", "investsIn", "Fjordbot Inc"},
		{"Halvorsen Ventures", "investsIn", "Veltrax Inc."}, // named as its mention that ends a sentence ("… at Veltrax Inc.")
		{"Vantor Partners", "investsIn", "Brekke Motors Inc"},
		{"Selbu", "locatedIn", "Norway"}, // "Selbu, in central Norway"
		{"Tolga", "locatedIn", "Norway"}, // "Tolga, in Norway's mountainous east"
		{"Brekke Motors Inc", "locatedIn", "Karvo"},
		{"Vangsnes Beach", "locatedIn", "Norway"},
		{"Sandvik Marina", "locatedIn", "Ostmark"},
		{"Karvo City Council", "partOf", "Karvo"}, // a place's name before its public body
		{"Norway Department of Roads", "partOf", "Norway"},
		{"Ostmark Police Department", "partOf", "Ostmark"},
		{"Anna Berg", "coFounderOf", "Zentor Labs"},
		{"Erik Dahl", "partnerOf", "Vantor Partners"},
		{"Norway", "supports", "Lena Dahl"}, // "Backed militarily by Norway and Ostmark, Karvo President Lena Dahl"
		{"Ostmark", "supports", "Lena Dahl"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "operatesIn" && r.Subject != "Kestrel Mart Ltd":
			t.Errorf("unwanted %+v: only a business operates in a market", r)
		case r.Object == "Ostmark" && r.Subject == "Karvo Sports Union":
			t.Errorf("unwanted %+v: the name is inside a compound", r)
		case r.Predicate == "denies" && strings.TrimSuffix(r.Object, ".") == "Veltrax Inc":
			t.Errorf("unwanted %+v: the name is deep in the object", r)
		case r.Subject == "Anna Berg" && r.Object != "Zentor Labs":
			t.Errorf("unwanted %+v: 'Kestrel-backed' modifies the company", r)
		case r.Subject == "Erik Dahl" && r.Object != "Vantor Partners":
			t.Errorf("unwanted %+v: the relative clause tells of the firm, not of Dahl", r)
		case r.Predicate == "supports" && r.Object == "Karvo":
			t.Errorf("unwanted %+v: the place modifies the president's title", r)
		case r.Subject == "Karvo Times":
			t.Errorf("unwanted %+v: a newspaper is no public body of its town", r)
		case r.Subject == "Norway" && r.Predicate == "locatedIn":
			t.Errorf("unwanted %+v: 'in Norway, in Oslo' puts no country in a town", r)
		}
	}
}
