package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTollOfItsOwnClause: a toll in a passing clause that names its own act and place
// ("just weeks after gunmen killed 40 people in Lyon") is that act's, not the sentence's
// main event's; the main event keeps its place and its own tolls.
func TestTollOfItsOwnClause(t *testing.T) {
	tests := []struct {
		name, title, body string
		mainToll          float64
		passing           float64
	}{
		{"after gunmen killed", "Gunman kills six at Tucson mall",
			"A gunman killed six people on Tuesday at a shopping mall in Tucson, Arizona, just weeks after gunmen linked to the same group killed 40 people in Lyon. Police said 11 people were wounded in the Tucson shooting.",
			6, 40},
		{"following the attack that killed", "Gunman kills six at Tucson mall",
			"A gunman killed six people on Tuesday at a shopping mall in Tucson, Arizona, three weeks following the attack by militants that killed 40 people in Lyon. Police said 11 people were wounded in the Tucson shooting.",
			6, 40},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle(tc.title, tc.body))
			main := eventOfFigure(x, "killed", tc.mainToll)
			if main == nil || !main.Main || main.Place != "Tucson" {
				t.Fatalf("the main event's toll %v: want the main event in Tucson, got %+v; events %+v", tc.mainToll, main, x.Events)
			}
			if e := eventOfFigure(x, "killed", tc.passing); e != nil && (e.Main || e.Place != "Lyon") {
				t.Errorf("the passing toll %v: want Lyon's event or none, got %+v", tc.passing, e)
			}
			if e := eventOfFigure(x, "injured", 11); e == nil || !e.Main {
				t.Errorf("the main event's wounded: want the main event, got %+v", e)
			}
		})
	}
}

// TestDistinctFiguresKeepsOtherGroups: two tolls of one value whose groups are of
// different kinds of people are two figures; groups of one kind ("police officers",
// "officer") or one that counts anyone ("citizens") are one.
func TestDistinctFiguresKeepsOtherGroups(t *testing.T) {
	toll := func(sent int, of string) figureCand {
		return figureCand{class: "killed", f: kg.Figure{Measure: "killed", Value: 2, Sentence: sent, Scope: kg.Scope{Kind: kg.GroupPart, Of: of}}}
	}
	none := func(string) bool { return false }
	tests := []struct {
		a, b string
		want int
	}{
		{"karvo police", "black men", 2},
		{"police officers", "islamic state militants", 2},
		{"police officers", "officer", 1},
		{"israelis", "citizens", 1},
		{"dallas officers", "", 1},
	}
	for _, tc := range tests {
		got := distinctFigures([]figureCand{toll(1, tc.a), toll(4, tc.b)}, -1, nil, none)
		if len(got) != tc.want {
			t.Errorf("%q and %q: want %d figures, got %+v", tc.a, tc.b, tc.want, got)
		}
	}
}
