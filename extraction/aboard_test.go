package extraction

import "testing"

// TestAllOnBoard: "killing all 66 people on board" is a toll ("all" between the verb
// and its count); people "on board" are counted as such when nothing else is said of
// them, and the count's own noun or a later predicate wins ("128 passengers and 14 crew
// on board", "all 61 people on board … were killed").
func TestAllOnBoard(t *testing.T) {
	x := mustExtract(t, leadArticle("Ferry sinks off Karvo",
		"KARVO — A ferry sank off Karvo on Tuesday, killing all 41 people on board, the coast guard said. A second boat with 23 people on board was found drifting. A third boat carried 12 passengers and 3 crew on board. All 9 people on board a fishing boat were killed when it capsized."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{41, "killed"}, {23, "on board"}, {12, "passengers"}, {3, "crew"}, {9, "killed"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
}

// TestWholeOfAPartWithItsParticiple: "two of the 14 people killed in the attack were
// police officers" counts 14 killed (the whole's own participle or relative clause says
// what happened to it) and 2 of them a group; the part takes the verb after the whole's
// phrase.
func TestWholeOfAPartWithItsParticiple(t *testing.T) {
	x := mustExtract(t, leadArticle("Gunmen attack cafe in Karvo",
		"KARVO — Gunmen attacked a cafe in Karvo on Friday. Two of the 14 people killed in the attack were police officers. Ten of the 26 people who were wounded when the gunmen opened fire were in critical condition."))
	for _, tt := range []struct {
		value   float64
		measure string
		scope   string
	}{{14, "killed", ""}, {2, "killed", "group: police officers"}, {26, "injured", ""}, {10, "injured", "status: critical condition"}} {
		f := figureOf(t, x, tt.value)
		if f.Measure != tt.measure || f.Scope.String() != tt.scope {
			t.Errorf("%v: %q %q, want %q %q", tt.value, f.Measure, f.Scope.String(), tt.measure, tt.scope)
		}
	}
}

// TestToALocalHospital: people "transported to a local hospital" were injured, with two
// words between "to" and "hospital".
func TestToALocalHospital(t *testing.T) {
	x := mustExtract(t, leadArticle("Bus crash in Karvo",
		"KARVO — A bus overturned near Karvo on Monday. A total of eight people were transported to a local hospital, a fire department spokesman said."))
	if f := figureOf(t, x, 8); f.Measure != "injured" {
		t.Errorf("8: measure %q, want injured", f.Measure)
	}
}

// TestRestatedCountInCommas: "3,000 homes, or about 5,000 people, had been evacuated":
// the count that restates another in commas takes the predicate after them.
func TestRestatedCountInCommas(t *testing.T) {
	x := mustExtract(t, leadArticle("Wildfire forces evacuations near Karvo",
		"KARVO — A wildfire raged near Karvo on Saturday. The city manager said that 3,000 homes, or about 5,000 people, had been evacuated."))
	if f := figureOf(t, x, 5000); f.Measure != "displaced" {
		t.Errorf("5,000 people: measure %q, want displaced", f.Measure)
	}
}

// TestMembersOfABody: "all seven members of the city council" count the council's
// members, and "three of the seven members of the trust" fold with "the seven-member
// trust" into one figure of the trust's size.
func TestMembersOfABody(t *testing.T) {
	x := mustExtract(t, leadArticle("Karvo council votes on mayor",
		"KARVO — The vote by all seven members of the Karvo city council is non-binding. The seven-member trust met on Friday. Ms. Dale and Mr. Brant were three of the seven members of the trust."))
	n := 0
	for _, f := range x.Figures {
		if f.Value == 7 && f.Measure == "trust members" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the trust's size: %d figures of 7 trust members, want 1: %+v", n, x.Figures)
	}
	found := false
	for _, f := range x.Figures {
		found = found || f.Value == 7 && f.Measure == "council members"
	}
	if !found {
		t.Errorf("no 7 council members: %+v", x.Figures)
	}
}
