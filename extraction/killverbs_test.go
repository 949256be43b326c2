package extraction

import "testing"

// TestKillVerbs: a count after a less common verb of killing ("slaughtered 12 people",
// "murdering six hikers"), a two-word one ("fatally shot four", "gunned down 31") or a
// noun of killing before "of" ("the deaths of 15 miners", "claimed the lives of 23") is
// a toll; "saved the lives of 40 patients" is none.
func TestKillVerbs(t *testing.T) {
	x := extract(t, "kill-verbs")
	for _, v := range []float64{12, 4, 6, 31, 15, 23} {
		if findFigure(x, "killed", v) == nil {
			t.Errorf("want %v killed; figures: %+v", v, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 40 && f.Measure == "killed" {
			t.Errorf("saved lives are no toll: %+v", f)
		}
	}
}

// TestMemberCompounds: "person", "man" or "woman" after a number's hyphen counts the
// members of a body below ten as "member" does ("a seven-person trust", "a six-person
// jury", "a two-man team"); "a three-person race" is a kind of contest, no count.
func TestMemberCompounds(t *testing.T) {
	x := extract(t, "kill-verbs")
	for _, c := range []struct {
		m string
		v float64
	}{{"people", 7}, {"people", 6}, {"men", 2}} {
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
