package extraction

import (
	"fmt"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// figureKey names a figure by what the tests of figrecall64 check: its measure, value,
// unit and whether it is background.
func figureKey(f kg.Figure) string {
	s := fmt.Sprintf("%s %v", f.Measure, f.Value)
	if f.Unit != "" {
		s += " " + f.Unit
	}
	if f.Scope.Kind == kg.Background {
		s += " (background)"
	}
	return s
}

func figureKeys(t *testing.T, title, body string) map[string]bool {
	t.Helper()
	a := kg.Article{Title: title, Body: body, Published: time.Date(2016, 6, 21, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	keys := map[string]bool{}
	for _, f := range x.Figures {
		keys[figureKey(f)] = true
	}
	return keys
}

// TestChangeToldInOrder: "grew from 113 in 2014 to 180" gives both counts, the first
// where the change started (background); a range ("ranged in age from 25 to 45") and a
// shared unit ("from 5 to 15 percent") give no bare count.
func TestChangeToldInOrder(t *testing.T) {
	for body, want := range map[string][]string{
		"The number of hate groups grew from 113 in 2014 to 180 in 2015.": {"hate groups 113 (background)", "hate groups 180"},
		"The death toll rose from about 20 on Monday to about 35.":        {"killed 35"},
		"Reported burglaries climbed from 1,200 to 1,500.":                {"burglaries 1200 (background)", "burglaries 1500"},
	} {
		keys := figureKeys(t, "Report on the count", body)
		for _, w := range want {
			if !keys[w] {
				t.Errorf("%q: figures %v, want %q", body, keys, w)
			}
		}
	}
	for _, body := range []string{
		"The victims ranged in age from 25 to 45.",
		"The city hopes to see daily trips increase from 5 to 15 percent by 2020.",
	} {
		for k := range figureKeys(t, "Report on the count", body) {
			if k == "victims 25" || k == "daily trips 5" || k == "daily trips 5 (background)" {
				t.Errorf("%q: figure %q, want none", body, k)
			}
		}
	}
}

// TestMoveAfterMove: a percent move after "after surging" whose clause names no subject
// takes the measure of the move before it, with its own change, and is no estimate.
func TestMoveAfterMove(t *testing.T) {
	keys := figureKeys(t, "Job gains seen accelerating",
		"Average hourly earnings are forecast increasing 0.2 percent after surging 0.5 percent in January.")
	if !keys["rise 0.5 percent"] {
		t.Errorf("figures %v, want \"rise 0.5 percent\"", keys)
	}
}

// TestRuinedBuildings: buildings a ruin verb takes as its object are left in its state,
// and a count after "the evacuation of" is displaced.
func TestRuinedBuildings(t *testing.T) {
	for body, want := range map[string]string{
		"The fire has blackened some 48,000 acres, destroyed at least 150 homes, and left two people dead.": "homes destroyed 150",
		"In Bastrop County, flooding damaged nearly 300 homes, it added.":                                   "homes damaged 300",
		"The fire destroyed 44 homes and damaged two dozen structures.":                                     "homes destroyed 44",
		"The blaze prompted the evacuation of about 70 homes.":                                              "displaced 70",
		"The fire prompted the evacuation of 88,000 people from the city.":                                  "displaced 88000",
	} {
		keys := figureKeys(t, "Wildfire spreads in California", body)
		if !keys[want] {
			t.Errorf("%q: figures %v, want %q", body, keys, want)
		}
	}
}
