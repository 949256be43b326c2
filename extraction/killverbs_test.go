package extraction

import "testing"

// TestKillVerbs: a count after a less common verb of killing ("slaughtered 12 people",
// "murdering six hikers"), a two-word one ("fatally shot four", "gunned down 31") or a
// noun of killing before "of" ("the deaths of 15 miners") is a toll; "the lives of" is
// none, neither "claimed the lives of 23" (left out: see killverbs.go) nor "saved the
// lives of 40 patients".
func TestKillVerbs(t *testing.T) {
	x := extract(t, "kill-verbs")
	for _, v := range []float64{12, 4, 6, 31, 15} {
		if findFigure(x, "killed", v) == nil {
			t.Errorf("want %v killed; figures: %+v", v, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if (f.Value == 40 || f.Value == 23) && f.Measure == "killed" {
			t.Errorf("lives claimed or saved are no toll: %+v", f)
		}
	}
}

// TestMemberCompounds: "person", "man" or "woman" after a number's hyphen before a body's
// noun counts its members, below ten too, as "member" does ("a seven-person trust", "a
// six-person jury", "a two-man team": trust, jury and team members); "a three-person
// race" is a kind of contest, no count.
func TestMemberCompounds(t *testing.T) {
	x := extract(t, "kill-verbs")
	for _, c := range []struct {
		m string
		v float64
	}{{"trust members", 7}, {"jury members", 6}, {"team members", 2}} {
		if findFigure(x, c.m, c.v) == nil {
			t.Errorf("want %v %s; figures: %+v", c.v, c.m, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 3 {
			t.Errorf("a three-person race counts nothing: %+v", f)
		}
	}
}

// TestPaidIn: a sum paid or received is named by its noun after "in", past a rate ("receives
// about $20 billion a year in remittances": remittances, a yearly rate), not "payment";
// "in cash" says how it was paid and leaves "payment"; a second sum paid names its own
// kind ("$8 million in fines and $5 million in restitution").
func TestPaidIn(t *testing.T) {
	x := extract(t, "kill-verbs")
	if f := findFigure(x, "remittances", 20e9); f == nil || f.Scope.Of != "year" {
		t.Errorf("want $20 billion a year in remittances; figures: %+v", x.Figures)
	}
	if findFigure(x, "payment", 3e6) == nil {
		t.Errorf("want a $3 million payment; figures: %+v", x.Figures)
	}
	if findFigure(x, "fines", 8e6) == nil || findFigure(x, "restitution", 5e6) == nil {
		t.Errorf("want $8 million in fines and $5 million in restitution; figures: %+v", x.Figures)
	}
}
