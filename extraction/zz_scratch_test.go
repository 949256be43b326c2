package extraction

import (
	"testing"
	"fmt"
	kg "github.com/factgraph/kg"
)

func TestZZScratch(t *testing.T) {
	for _, b := range []string{
		"Many of the 49 people killed were Hispanic, more than half of them of Puerto Rican origin.",
		"The marches will be tempered with messages of respect and grief for the 49 people massacred and more than 50 wounded in Orlando.",
		"The number of structures burned to the ground by the Erskine Fire increased Saturday to 150, with an additional 75 damaged, according to InciWeb.",
		"The first Irish cases of Zika virus have been detected in two people with a history of traveling, the Health Service Executive said.",
		"Kasich was at 12.17%, while Rubio was fourth at 8 %, the state party said.",
		"Only 64 percent of them felt business conditions would improve in 2016.",
		"Bookmaker William Hill said about 20 million pounds had been staked on the outcome of the referendum.",
		"In their four-month search for Abdeslam, police pulled in dozens of people, holding 10 by last month.",
	} {
		x, _ := Extract(kg.Article{Title: "Report", Body: b})
		s := ""
		for _, f := range x.Figures {
			s += fmt.Sprintf(" [%v %s]", f.Value, f.Measure)
		}
		t.Logf("%.60s =>%s", b, s)
	}
}
