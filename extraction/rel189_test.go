package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestRel189 covers the person–body ties of stop 76's rel189: a speaker "with" a body
// (speakerFrom), one half of a duo (duoHalf), a person's "-owned" firm (compoundTriple) and
// a sentence-opening capitalized modifier before a role (sentenceCapModifier) — each with
// the shapes it must leave alone.
func TestRel189(t *testing.T) {
	cases := []struct {
		name, body string
		want       [][3]string
		not        [][3]string
	}{
		{"with a body, a verb after", "Mara Lind with the Dunmore Police Department confirmed the road was closed.",
			[][3]string{{"Mara Lind", "memberOf", "Dunmore Police Department"}}, nil},
		{"with a body after a verb of speech", "\"Demand is weak,\" wrote Carl Obert with Brindle Capital Markets.",
			[][3]string{{"Carl Obert", "memberOf", "Brindle Capital Markets"}}, nil},
		{"with a body, no verb after", "The band played on as guest singer Ola Brekke with the Velder Quartet at the Harlow Theater in Dunmore.",
			nil, [][3]string{{"Ola Brekke", "memberOf", "Velder Quartet"}}},
		{"with a body inside a clause", "Police met Ola Brekke with the Velder Quartet backing him.",
			nil, [][3]string{{"Ola Brekke", "memberOf", "Velder Quartet"}}},
		{"one half of a duo", "We spoke with Pat Velder, one half of Velder & Crane, after the show.",
			[][3]string{{"Pat Velder", "memberOf", "Velder & Crane"}}, nil},
		{"one half of a named kind of duo", "Pat Velder, one half of the comedy duo Velder & Crane, said the tour would end.",
			[][3]string{{"Pat Velder", "memberOf", "Velder & Crane"}}, nil},
		{"one half of a body's unit", "Pat Velder, one half of Brindle Capital's research desk, said prices would fall.",
			nil, [][3]string{{"Pat Velder", "memberOf", "Brindle Capital"}}},
		{"a person's owned firm", "Media mogul Rupert Orwell married on Tuesday.\n\nHis wife once ran the Orwell-owned Vexa TV in Dunmore.",
			[][3]string{{"Rupert Orwell", "owns", "Vexa TV"}}, [][3]string{{"Vexa TV", "partOf", "Rupert Orwell"}}},
		{"a sentence-opening modifier before a role", "Law professor Nina Hale at Dunmore University said the ruling was narrow.",
			[][3]string{{"Nina Hale", "professorOf", "Dunmore University"}}, nil},
		{"a sentence-opening name before a role", "Quill professor Nina Hale at Dunmore University said the ruling was narrow.",
			nil, [][3]string{{"Nina Hale", "professorOf", "Dunmore University"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x, err := Extract(kg.Article{Title: "Notes", Body: c.body})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range c.want {
				if !hasRelation(x, r[0], r[1], r[2]) {
					t.Errorf("missing %v; relations: %+v", r, x.Relations)
				}
			}
			for _, r := range c.not {
				if hasRelation(x, r[0], r[1], r[2]) {
					t.Errorf("unexpected %v", r)
				}
			}
		})
	}
}
