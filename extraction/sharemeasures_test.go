package extraction

import (
	"strings"
	"testing"
)

// TestShareMeasures: shares and stock are read as their price, a share in the singular
// as a part ("a market share of 16 percent", "earnings per share"), and a percentage
// followed by "higher" or "lower" as how far its subject moved, even with a level after
// it ("closed 1.1 percent lower at $103.03").
func TestShareMeasures(t *testing.T) {
	x := mustExtract(t, leadArticle("Harbor Line shares slump on weak forecast",
		"KARVO — Harbor Line stock was set to open 4 percent lower on Wednesday after the company cut its forecast. Rival Pelgar shares closed 1.1 percent lower at $103.03. Pelgar, which has a market share of 16 percent, declined to comment. Pelgar shares were 1.8 percent higher in premarket trading. Earnings per share slid to $1.24."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{4, "share price fall"}, {1.1, "share price fall"}, {103.03, "share price"}, {16, "market share"}, {1.8, "share price rise"}, {1.24, "earnings per share"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
}

// TestMoveRestatedInMoney: a move in percent restated in money after ", or" is the same
// move ("fallen by around 42 percent, or $3 billion"); a level after it with "to" is the
// level reached ("fell 5 percent, or 40 cents, to $7.60").
func TestMoveRestatedInMoney(t *testing.T) {
	x := mustExtract(t, leadArticle("Pelgar shares slide",
		"KARVO — Pelgar's market value has fallen by around 42 percent, or $3 billion, since the recall. Harbor Line shares fell 5 percent, or 40 cents, to $7.60."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{3e9, "market value fall"}, {0.4, "share price fall"}, {7.6, "share price"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
}

// TestMoreLikelyIsNoRise: "46 percent more likely" compares, it tells of no rise.
func TestMoreLikelyIsNoRise(t *testing.T) {
	x := mustExtract(t, leadArticle("Study finds coding classes help",
		"KARVO — Students who took the class were 46 percent more likely to study computing, a Karvo University study found."))
	for _, f := range x.Figures {
		if f.Value == 46 && strings.HasSuffix(f.Measure, " rise") {
			t.Errorf("46 percent more likely: measure %q, want no rise", f.Measure)
		}
	}
}

// TestPercentOfPeopleParticiple: "80 percent of people infected with the virus have no
// symptoms" is a share of the people infected; "54 percent of people lived in cities"
// keeps "people" (lived is the clause's verb).
func TestPercentOfPeopleParticiple(t *testing.T) {
	x := mustExtract(t, leadArticle("Fever spreads in Norland",
		"KARVO — About 80 percent of people infected with the virus have no symptoms, the health ministry said. In 2014, 54 percent of people lived in cities, the statistics office said."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{80, "people infected"}, {54, "people"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
}
