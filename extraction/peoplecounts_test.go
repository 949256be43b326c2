package extraction

import "testing"

// TestPeopleWithNoPredicate: a sizeable count of "people" is a figure even when nothing
// tracked is said of it ("where 12 million people lack clean water", "the 1.4 million
// people behind bars"); a denominator ("per 100,000 people", "nine out of 10 people"),
// a fraction's base ("a quarter of a million people"), people who are sources ("30
// people familiar with the plan") and a small count are none. "The lives of" counts the
// killed, as "massacre" and "slaughter" do; a part "of them" takes its own predicate, not
// the whole's bare count.
func TestPeopleWithNoPredicate(t *testing.T) {
	x := mustExtract(t, leadArticle("Drought grips Norland",
		"KARVO — A drought gripped Norland on Monday, in a region where 12 million people lack clean water. The agency said the 1.4 million people behind bars in Norland faced shortages. The death rate rose to 41 per 250,000 people. Nine out of 70 people agreed. The war has displaced a quarter of a million people. Some 35 people familiar with the plan said it would fail. More than 180 people from Karvo joined the militia, and at least 23 of them have died. An earlier flood claimed the lives of 61 people. Gunmen massacred 47 villagers in the north. The hearing drew more than 30 women from Karvo. Some 90 men and women were held."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{12000000, "people"}, {1400000, "people"}, {180, "people"}, {23, "killed"}, {61, "killed"}, {47, "killed"}, {30, "women"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 250000, 70, 1000000, 35, 90:
			t.Errorf("%v: read as %q (%q), want no figure", f.Value, f.Measure, f.Text)
		}
	}
}
