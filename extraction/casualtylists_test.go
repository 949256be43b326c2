package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// An invented report with lists of casualties and a count sent to hospital.
const casualtyListReport = `VARNO A grandmother and four of her grandchildren were killed in floods in Varno on Saturday, officials said.

In the hills, a grandfather and six of his sons were killed and another person also died.

Police had said earlier that two farmers and a police officer were killed when the river burst its banks.

The blaze in the hills has already claimed two lives and sent three firefighters to the hospital, officials said.

More than 300 firefighters have been deployed to fight the blaze.`

func TestCasualtyLists(t *testing.T) {
	a := kg.Article{Title: "Floods hit Varno", Body: casualtyListReport,
		Published: time.Date(2016, 4, 30, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	tests := []struct {
		measure string
		value   float64
		scope   kg.ScopeKind
		why     string
	}{
		{"killed", 5, kg.Whole, "a grandmother and four of her grandchildren: the list is the toll"},
		{"killed", 4, kg.GroupPart, "four of her grandchildren: a member of the list"},
		{"killed", 2, kg.GroupPart, "two farmers: a member of the list"},
		{"killed", 3, kg.Whole, "two farmers and a police officer: the list is the toll"},
		{"injured", 3, kg.Whole, "sent three firefighters to the hospital: injured, not deployed"},
		{"deployed", 300, kg.Whole, "more than 300 firefighters deployed"},
	}
	for _, tt := range tests {
		var got *kg.Figure
		for i := range x.Figures {
			f := &x.Figures[i]
			if f.Measure == tt.measure && f.Value == tt.value && f.Scope.Kind == tt.scope {
				got = f
			}
		}
		if got == nil {
			t.Errorf("no %s %v of scope %v (%s); figures: %+v", tt.measure, tt.value, tt.scope, tt.why, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Measure == "killed" && f.Value == 7 && f.Scope.Kind == kg.Whole {
			t.Errorf("a list beside another death ('and another person also died') read as the whole toll: %+v", f)
		}
		if f.Measure == "killed" && f.Value == 1 && f.Scope.Kind == kg.Whole {
			t.Errorf("a member of a list read as a whole toll of one: %+v", f)
		}
		if f.Measure == "deployed" && f.Value == 3 {
			t.Errorf("firefighters sent to hospital read as deployed: %+v", f)
		}
	}
}

// A list followed by ", another …" is not the whole toll: the comma before "another"
// is punctuation, which moreAfter must read as such.
func TestCasualtyListCommaAnother(t *testing.T) {
	a := kg.Article{Title: "Attack in Orel", Body: `OREL Four civilians and a police officer were killed in the attack on Sunday, another civilian died in hospital, police said.`,
		Published: time.Date(2016, 2, 1, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	for _, f := range x.Figures {
		if f.Measure == "killed" && f.Value == 5 && f.Scope.Kind == kg.Whole {
			t.Errorf("a list beside another death (', another civilian died') read as the whole toll: %+v", f)
		}
	}
}
