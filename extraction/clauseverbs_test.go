package extraction

import "testing"

// TestClauseVerbs: a clause's verbs reach their subjects past what stands between. The
// second verb of a relative clause has the clause's antecedent as subject ("Moss, who
// grew up in Dayton and graduated from Kestrel University"), unless it shares a passive
// ("who was hired by Harbor Power and promoted by Velland Energy" promotes no one of
// Velland's); the names of an "including" list that fills a plural subject's aside are
// each the subject; two titled names joined by "and" are both the subject ("President
// Ruiz and Chancellor Hale traveled"), but not a place of a clause before ", and" nor a
// title alone; a list whose names each repeat their preposition ("in Kansas and in
// Nebraska") is each the object. A verb after "and" shares the subject that opens the
// sentence past an appositive or an age ("Beck, a banker from Dayton, grew up in Toledo
// and later joined") and past the first verb's object ("has criticized Hale and praised
// Said"); an amount after an open verb leads to the name after its preposition ("paid
// $1.5 million to Birch Partners"), not "in" a place; a participle after "and" shares the
// passive before it ("which was founded by Beck and financed by Said"); a time phrase
// may stand between a passive and its agent ("was acquired in 2014 by"); "won" takes the
// places of a contest ("won the Republican primary in Idaho"). An agent that modifies a
// noun after it, across a ticker, is no agent ("by former Harbor Power (HPW.N) executives").
func TestClauseVerbs(t *testing.T) {
	x := extract(t, "clause-verbs")
	for _, r := range [][3]string{
		{"Tom Moss", "growUpIn", "Dayton"},
		{"Tom Moss", "graduateFrom", "Kestrel University"},
		{"Tom Moss", "joins", "Halvorsen Bank"},
		{"Acme Bank", "workWith", "Zephyr Partners"},
		{"Birch Bank", "workWith", "Zephyr Partners"},
		{"Maria Ruiz", "visits", "Lyon"},
		{"Peter Hale", "visits", "Lyon"},
		{"Paul Dorn", "visits", "Burlington"},
		{"Sam Ortiz", "wins", "Kansas"},
		{"Sam Ortiz", "wins", "Nebraska"},
		{"Nora Beck", "joins", "Kestrel Capital"},           // past an appositive
		{"Omar Said", "liveIn", "Lyon"},                     // past an age
		{"Omar Said", "praises", "Kestrel Capital"},         // past an age and a relative clause
		{"Acme Bank", "payTo", "Birch Partners"},            // past an amount
		{"Zephyr Partners", "raiseFrom", "Kestrel Capital"}, // past an amount
		{"Omar Said", "funds", "Harbor Power"},              // the second passive of a relative clause
		{"Velland Energy", "promote", "Ida Lund"},           // likewise, an open predicate
		{"Maria Ruiz", "praises", "Omar Said"},              // past the first verb's object
		{"Sam Ortiz", "wins", "Idaho"},                      // a contest's place
		{"Harbor Power", "acquires", "Kestrel Labs"},        // a time phrase before the agent
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Ida Lund" && r.Predicate == "promote", r.Object == "Ida Lund" && r.Subject != "Harbor Power" && r.Subject != "Velland Energy":
			t.Errorf("unwanted %+v: the passive is shared", r)
		case r.Subject == "Harbor Power" && r.Object == "Velland Labs":
			t.Errorf("unwanted %+v: the executives founded it", r)
		case r.Subject == "Jon Frey":
			t.Errorf("unwanted %+v: the name is inside the subject's phrase", r)
		case r.Object == "Lyon" && r.Subject == "Zephyr Partners":
			t.Errorf("unwanted %+v: an amount's place", r)
		case r.Subject == "Vermont" || r.Subject == "Prince Faisal" && r.Object == "Geneva" && hasRelation(x, "Defense Minister", "visits", "Geneva"):
			t.Errorf("unwanted %+v: not a coordinated subject", r)
		}
	}
}
