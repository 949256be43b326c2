package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestCumulativeSpanToll: a toll whose clause states a span (beyond cumulative's
// window, or opening the sentence) or that an act brings a series' total to is
// background; a ranking phrase's span or a plural count of acts alone is not.
func TestCumulativeSpanToll(t *testing.T) {
	const lead = "LYON, France — A bomb exploded at a market in Lyon on Monday, killing 12 people, police said. "
	tests := []struct {
		name, sentence string
		v              float64
		background     bool
	}{
		{"span late in the clause", "More than 70 people have now been killed in three bomb attacks so far this year in France.", 70, true},
		{"since late in the clause", "Nine people have died from attacks on markets in the Rhone region since 2012.", 9, true},
		{"past months late in the clause", "Fourteen people have been killed in rail accidents in the region in the past 20 years.", 14, true},
		{"opening span", "Since March, bombings and shootings across the country have killed 45 people.", 45, true},
		{"opening so far", "So far, about 30 people have been killed in the rocket fire on the city, officials said.", 30, true},
		{"brought series", "Monday's bombing was the third such attack in France this year, bringing the death toll to more than 60.", 60, true},
		{"this year in the clause", "Militants have killed 33 people this year in the region.", 33, true},
		{"ranking phrase", "Two car bombs killed 52 people in Marseille on Tuesday, the deadliest attacks in the country this year.", 52, false},
		{"plural acts alone", "Three suicide bombings across Paris killed 52 people on Tuesday, officials said.", 52, false},
		{"a date, not a span", "Police said 52 people were arrested earlier this month on charges of plotting attacks.", 52, false},
		{"days are the event's span", "Police and militants said 52 people were killed in clashes in Grenoble over the last two days.", 52, false},
		{"brought without a series", "Rescuers found more bodies on Tuesday, bringing the death toll to 52.", 52, false},
		{"another count's span", "Police recovered another 15 bodies across the region, bringing the official toll so far to 52.", 15, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Bomb kills 12 in Lyon", lead+tc.sentence))
			f := figureOf(t, x, tc.v)
			if got := f.Scope.Kind == kg.Background; got != tc.background {
				t.Errorf("%v (%s): scope %q, want background %v", tc.v, f.Text, f.Scope, tc.background)
			}
		})
	}
}

// TestNationalityCounts: a nation's count beside another nation's ("killed 28
// Israelis and two Americans", "nine other Germans") keeps its group scope, also when
// the total over time makes it background; a group counted alone is the whole.
func TestNationalityCounts(t *testing.T) {
	const lead = "ISTANBUL — A suicide bomber killed 12 people in Istanbul on Tuesday, police said. "
	tests := []struct {
		name, sentence string
		v              float64
		want           kg.Scope
	}{
		{"coordinated, no larger count", "Officials said the bomb wounded 17 Austrians and a Peruvian in the square.", 17, kg.Scope{Kind: kg.GroupPart, Of: "austrians"}},
		{"other", "Officials said 17 other Austrians were wounded in the blast.", 17, kg.Scope{Kind: kg.GroupPart, Of: "austrians"}},
		{"over time, first", "Since October, attacks have killed 31 Austrians and two Peruvians.", 31, kg.Scope{Kind: kg.Background, Of: "austrians"}},
		{"over time, second", "Since October, attacks have killed 31 Austrians and two Peruvians.", 2, kg.Scope{Kind: kg.Background, Of: "peruvians"}},
		{"alone", "Officials said the bomb wounded 17 Austrians in the square.", 17, kg.Scope{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Bomb kills 12 in Istanbul", lead+tc.sentence))
			f := figureOf(t, x, tc.v)
			if f.Scope.Key() != tc.want.Key() {
				t.Errorf("%v (%s): scope %q, want %q", tc.v, f.Text, f.Scope, tc.want)
			}
		})
	}
}

// TestRecalledGroupPairs: a recalled incident's count of one group beside another's
// ("20 children and six adults") keeps its group in the context, so that it is never
// taken for that incident's whole toll; a lone group's count recalled stays the whole.
func TestRecalledGroupPairs(t *testing.T) {
	const lead = "LYON, France — A bomb exploded at a market in Lyon on Monday, killing 12 people, police said. "
	tests := []struct {
		sentence string
		v        float64
		want     string
	}{
		{"The 2012 shooting at a school in Nantes left 20 children and six adults dead.", 20, "background: children"},
		{"In 2014, seven police officers and three civilians were killed in a raid in Nantes.", 7, "background: police officers"},
		{"In 2014, a gunman killed five police officers in Nantes.", 5, "background"},
	}
	for _, tc := range tests {
		x := mustExtract(t, leadArticle("Bomb kills 12 in Lyon", lead+tc.sentence))
		if f := figureOf(t, x, tc.v); f.Scope.String() != tc.want {
			t.Errorf("%v (%s): scope %q, want %q", tc.v, f.Text, f.Scope, tc.want)
		}
	}
}

// TestRemainingPart: "the remaining two" of a toll counted in parts is the rest of it,
// never the whole.
func TestRemainingPart(t *testing.T) {
	x := mustExtract(t, leadArticle("Helicopter crashes off Norland coast",
		"BERGEN — A helicopter carrying 13 people crashed off the coast of Norland on Friday, police said. After hours of searching, 11 bodies were found and the remaining two people were presumed dead."))
	if f := figureOf(t, x, 2); f.Scope.String() != "group: remaining" {
		t.Errorf("the remaining two: scope %q, want group: remaining", f.Scope)
	}
}

// TestWherePlacePart: a toll in a "where" clause of a place other than the event's
// ("Greenbrier County …, where 15 deaths have been reported") counts that place, a part
// of the larger toll the article gives.
func TestWherePlacePart(t *testing.T) {
	x := mustExtract(t, leadArticle("Floods kill 23 in Norland",
		"KARVO — Floods killed 23 people across Norland on Thursday, officials said. The hardest-hit area was Brenn County in the east of Norland, where 15 deaths have been reported, state officials said."))
	if f := figureOf(t, x, 15); f.Scope.String() != "place: Brenn County" {
		t.Errorf("where 15 deaths: scope %q, want place: Brenn County", f.Scope)
	}
}
