package extraction

import "testing"

// TestPassiveAmounts: money that is the subject of a passive verb of moving it ("was
// routed", "had been wired") is the amount transferred, and a report verb between
// "be" and the participle ("is believed to have been stolen") leaves the participle
// its act; "swelled" and "retreated" are verbs of change. Money that "was" something
// is no amount moved, and troops that "were sent" are no money.
func TestPassiveAmounts(t *testing.T) {
	x := extract(t, "passive-amounts")
	if f := findFigure(x, "amount transferred", 9e6); f == nil || f.Qualifier != "about" {
		t.Errorf("want about $9 million transferred; figures: %+v", x.Figures)
	}
	if findFigure(x, "amount transferred", 4e6) == nil {
		t.Errorf("want $4 million transferred; figures: %+v", x.Figures)
	}
	if f := findFigure(x, "amount stolen", 2e6); f == nil || f.Qualifier != "about" {
		t.Errorf("want some $2 million stolen; figures: %+v", x.Figures)
	}
	if findFigure(x, "sales rise", 18) == nil {
		t.Errorf("want sales rise 18 percent; figures: %+v", x.Figures)
	}
	if findFigure(x, "exports fall", 6) == nil {
		t.Errorf("want exports fall 6 percent; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 3e6 && (f.Measure == "amount transferred" || f.Measure == "payment") {
			t.Errorf("no amount moved: %+v", f)
		}
	}
}

// TestDemonstrativeParts: "N of these NOUN" counts the noun as "N of the NOUN" does;
// "of those" with a verb after it is a pronoun, whose measure the count before gives;
// "Games 1 and 2 of these playoffs" names games, no count of playoffs.
func TestDemonstrativeParts(t *testing.T) {
	x := extract(t, "passive-amounts")
	if findFigure(x, "crates", 17) == nil {
		t.Errorf("want 17 crates; figures: %+v", x.Figures)
	}
	if findFigure(x, "crates", 40) == nil {
		t.Errorf("want 40 crates (of those); figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Measure == "playoffs" {
			t.Errorf("a game's label is no count: %+v", f)
		}
	}
}
