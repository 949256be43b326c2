package extraction

import "testing"

// TestProgressiveVerbEllipsis: "while NAME is VERBing N" after a count of the same verb
// counts what that count counts, its subject the name, past the name's exchange ticker;
// a clause that goes on after the number is left alone.
func TestProgressiveVerbEllipsis(t *testing.T) {
	x := extractBody(t, "Norvale Motors Co (7311.T) is recalling 520,000 vehicles while Halvorsen Auto Corp (HALV.N) is recalling 310,000.")
	f := findFigure(x, "vehicles", 310000)
	if f == nil || f.Subject != "Halvorsen Auto Corp" {
		t.Errorf("310,000 vehicles for Halvorsen Auto Corp: %+v", x.Figures)
	}
	x = extractBody(t, "Norvale Motors Co is recalling 520,000 vehicles while Halvorsen Auto Corp is recalling 310,000 because of faulty brakes.")
	if f := findFigure(x, "vehicles", 310000); f != nil {
		t.Errorf("the clause goes on: %+v", f)
	}
}

// TestWithPlacePart: "with N in PLACE" after a count is the place's part of it; "with N"
// and no place is no part.
func TestWithPlacePart(t *testing.T) {
	x := extractBody(t, "Norvale Motors employs about 52,000 people worldwide, with about 3,100 in Sweden.")
	f := findFigure(x, "employees", 3100)
	if f == nil || f.Place != "Sweden" {
		t.Errorf("3,100 employees in Sweden: %+v", x.Figures)
	}
	x = extractBody(t, "Norvale Motors employs about 52,000 people worldwide, with 3,100 on short contracts.")
	if f := findFigure(x, "employees", 3100); f != nil {
		t.Errorf("no place follows: %+v", f)
	}
}

// TestRivalStandings: a rival's count told by name after the leader's ("followed by
// NAME at N", "compared with N for NAME") is the rival's, of the same measure; "at N"
// after a name with no "followed by" is no standing.
func TestRivalStandings(t *testing.T) {
	x := extractBody(t, "Ana Pryce and Tom Kessler ran. Pryce has 412 delegates, followed by Kessler at 288, according to the party.")
	if f := findFigure(x, "delegates", 288); f == nil || f.Subject != "Tom Kessler" {
		t.Errorf("288 delegates for Kessler: %+v", x.Figures)
	}
	x = extractBody(t, "Ana Pryce and Tom Kessler ran. Pryce won 412 delegates, compared with 288 for Kessler.")
	if f := findFigure(x, "delegates", 288); f == nil || f.Subject != "Tom Kessler" {
		t.Errorf("288 delegates for Kessler (compared with): %+v", x.Figures)
	}
	x = extractBody(t, "Ana Pryce and Tom Kessler ran. Pryce has 412 delegates, and Kessler arrived at 288 Main Street.")
	if f := findFigure(x, "delegates", 288); f != nil {
		t.Errorf("no standing: %+v", f)
	}
}

// TestAgainstRivalCount: "N NOUN …, against NAME's M" is the rival's count of the same
// noun; a verb of saying between leaves it alone.
func TestAgainstRivalCount(t *testing.T) {
	x := extractBody(t, "The Unity Party won 64 seats in the assembly, against the Labour Party's 58.")
	if f := findFigure(x, "seats", 58); f == nil {
		t.Errorf("58 seats for Labour: %+v", x.Figures)
	}
	x = extractBody(t, "The Unity Party won 64 seats, officials said, against the Labour Party's 58.")
	if f := findFigure(x, "seats", 58); f != nil {
		t.Errorf("a verb of saying between: %+v", f)
	}
}

// TestSuchCountNoun: "N such NOUN" counts the noun after "such", the word that points
// back; "such as" begins a list of examples, no noun of the count.
func TestSuchCountNoun(t *testing.T) {
	x := extractBody(t, "Regulators counted 640 such wells in Norland last year.")
	wantMeasures(t, x, map[float64]string{640: "wells"})
	x = extractBody(t, "Regulators counted 640 such as these in Norland last year.")
	for _, f := range x.Figures {
		if f.Value == 640 && f.Measure == "as" {
			t.Errorf("such as is no noun: %+v", f)
		}
	}
}

// TestQuarterScale: "a quarter million" is 250,000, as "half a million" is 500,000; "a
// quarter" not before a scale is no number ("in a quarter when sales hit a million").
func TestQuarterScale(t *testing.T) {
	x := extractBody(t, "The movement claims about a quarter million supporters across Norland.")
	wantMeasures(t, x, map[float64]string{250000: "supporters"})
	x = extractBody(t, "Profit rose in a quarter when sales hit a million units.")
	for _, f := range x.Figures {
		if f.Value == 250000 || f.Value == 0.25 {
			t.Errorf("no quarter here: %+v", f)
		}
	}
}
