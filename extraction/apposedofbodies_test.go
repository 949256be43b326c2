package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// apposedOfReport is invented: people set apart from the body they are of by a comma
// ("Ed Roe, of the Tarvo Rowing Club, said"), and near-misses the rule must leave alone —
// a body's board or rival after the name, and a town after the comma.
const apposedOfReport = `"The river is too high," said Orla Vennick, of the Tarvo Rowing Club.

Pell Darrow, of the Quenby Medical Society, a charity, said the clinic would stay open.

Police thanked agent Sima Lorne, of the Harlow Bureau of Mines, for her help.

Bram Tessick, of the Wexley Holdings board, said the vote was close.

Nia Forde, of Wexley Holdings' rival Carden Group, said nothing.

Ivo Salter, of Fenwick, said the road was closed.`

func TestApposedOfBody(t *testing.T) {
	a := kg.Article{Title: "River rowing halted", Body: apposedOfReport,
		Published: time.Date(2016, 5, 2, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	for _, r := range [][3]string{
		{"Orla Vennick", "memberOf", "Tarvo Rowing Club"},
		{"Pell Darrow", "memberOf", "Quenby Medical Society"},
		{"Sima Lorne", "memberOf", "Harlow Bureau of Mines"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "memberOf" && r.Subject == "Bram Tessick" && r.Object == "Wexley Holdings":
			t.Errorf("unwanted %+v: the body's board, not the aside's whole", r)
		case r.Predicate == "memberOf" && r.Subject == "Nia Forde" && r.Object == "Wexley Holdings":
			t.Errorf("unwanted %+v: the body's rival is hers", r)
		case r.Predicate == "memberOf" && r.Subject == "Ivo Salter":
			t.Errorf("unwanted %+v: a town, no body", r)
		}
	}
}
