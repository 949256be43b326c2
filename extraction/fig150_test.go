package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// fig150Values lists the values of the figures whose measure is m.
func fig150Values(x *kg.Extraction, m string) []float64 {
	var vs []float64
	for _, f := range x.Figures {
		if f.Measure == m {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// TestHalfAndHyphenedDozens: half a dozen written without "a" between ("a half dozen",
// "half-dozen") is 6, not the lone "dozen"'s 12; "a couple dozen" about 24; a hyphened
// "three-dozen" is 36 as "three dozen" is. A lone "dozen" stays 12.
func TestHalfAndHyphenedDozens(t *testing.T) {
	x := extractBody(t, "A half dozen ferries were cancelled on Monday. More than three-dozen pilots joined the strike.\n\n"+
		"About a half-dozen tugboats stayed in port, while a couple dozen anglers waited on the quay.")
	for m, want := range map[string]float64{"ferries": 6, "pilots": 36, "tugboats": 6, "anglers": 24} {
		if f := findFigure(x, m, want); f == nil {
			t.Errorf("no %s figure of %v: %v", m, want, fig150Values(x, m))
		}
	}
	x = extractBody(t, "A dozen ferries were cancelled on Monday.")
	if f := findFigure(x, "ferries", 12); f == nil {
		t.Errorf("no ferries figure of 12: %v", fig150Values(x, "ferries"))
	}
}

// TestNumberedStates: "states" right after a number is the plural noun it counts, also
// before a verb ("Nine states sued …") and after "U.S."; after a label's number
// ("Section 4 states that …") it is the verb of saying, and "two states away" a distance.
func TestNumberedStates(t *testing.T) {
	x := extractBody(t, "Nine states sued the transport agency on Thursday over the new toll rules.")
	if f := findFigure(x, "states", 9); f == nil {
		t.Errorf("no states figure of 9: %+v", x.Figures)
	}
	x = extractBody(t, "Section 4 states clearly that the toll applies to trucks. Two states away, a bridge was closed.")
	for _, f := range x.Figures {
		if f.Value == 4 || f.Value == 2 {
			t.Errorf("unwanted figure %q %v", f.Measure, f.Value)
		}
	}
}

// TestEmployedBareCount: a count with no noun right after a verb of employing is of
// employees ("says it employs 52,000."); a bare count after another verb is not.
func TestEmployedBareCount(t *testing.T) {
	x := extractBody(t, "The Marbury Health network, which says it employs 52,000, opened a clinic.")
	if f := findFigure(x, "employees", 52000); f == nil {
		t.Errorf("no employees figure of 52,000: %+v", x.Figures)
	}
	x = extractBody(t, "The Marbury Health network, which says it serves 52,000, opened a clinic.")
	if f := findFigure(x, "employees", 52000); f != nil {
		t.Errorf("unwanted employees figure: %+v", *f)
	}
}

// TestPlaceBeforeDescription: a country opening the description of a company before its
// name ("U.S. software firm Dalrow Systems Inc agreed …") describes the company, whose
// figure it is; a country that opens its own clause ("Brazil coffee exports rose 12 percent") stays.
func TestPlaceBeforeDescription(t *testing.T) {
	x := extractBody(t, "U.S. software firm Dalrow Systems Inc agreed to sell itself to Kestrel Partners for about $2 billion.")
	found := false
	for _, f := range x.Figures {
		if f.Value == 2e9 {
			found = true
			if f.Subject != "Dalrow Systems Inc" && f.Subject != "Dalrow Systems" && f.Subject != "Dalrow" {
				t.Errorf("subject of $2 billion = %q, want Dalrow Systems", f.Subject)
			}
		}
	}
	if !found {
		t.Errorf("no $2 billion figure: %+v", x.Figures)
	}
	x = extractBody(t, "Brazil coffee exports rose 12 percent in April.")
	for _, f := range x.Figures {
		if f.Value == 12 && f.Subject != "Brazil" {
			t.Errorf("subject of 12 percent = %q, want Brazil", f.Subject)
		}
	}
}

// TestPlaceCountOpensClause: a count of places that opens its own clause ("when 12
// states were voting") has no subject taken from the clause before it (Pell Draven won
// no states); the count is still read.
func TestPlaceCountOpensClause(t *testing.T) {
	x := extractBody(t, "Pell Draven won the primary in Ohio on Tuesday, when 12 states were voting.")
	f := findFigure(x, "states", 12)
	if f == nil {
		t.Fatalf("no states figure of 12: %+v", x.Figures)
	}
	if f.Subject != "" {
		t.Errorf("subject of 12 states = %q, want none", f.Subject)
	}
}
