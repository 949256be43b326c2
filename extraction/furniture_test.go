package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestFurnitureLines: a byline, a station's call sign in brackets after the dateline, a
// copyright line and a call sign with its band name their outlets and writers, and make
// no figure, quote or event; an outlet's or show's name keeps its "!" ("E! News",
// "Yahoo! Finance", "Jeopardy!"), and a sentence that opens "By Friday night" is prose.
func TestFurnitureLines(t *testing.T) {
	x := extract(t, "furniture-lines")
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]kg.EntityType{
		"Dana Whitcombe": kg.Person, "Arlo Finnegan": kg.Person, "Associated Press": kg.Organization,
		"KTRK": kg.Organization, "E! News": kg.Organization, "Yahoo! Finance": kg.Organization,
		"WXQZ-TV": kg.Organization, "Tessel Broadcasting": kg.Organization, "Millbrook": kg.Place,
	} {
		if types[name] != want {
			t.Errorf("%s typed %q, want %q (entities %v)", name, types[name], want, types)
		}
	}
	for _, bad := range []string{"E", "Yahoo", "Millbrook (KTRK)", "By Dana Whitcombe", "Friday"} {
		if _, ok := types[bad]; ok {
			t.Errorf("entity %q should not be read", bad)
		}
	}
	if _, ok := types["Jeopardy!"]; !ok {
		t.Errorf("no entity Jeopardy! in %v", types)
	}
	for _, r := range [][3]string{
		{"Petra Lindqvist", "told", "E! News"},
		{"Petra Lindqvist", "told", "Yahoo! Finance"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	values := map[float64]bool{}
	for _, f := range x.Figures {
		values[f.Value] = true
	}
	for _, v := range []float64{40, 12, 2000} {
		if !values[v] {
			t.Errorf("no figure %v in %+v", v, x.Figures)
		}
	}
	if values[20] || values[3] || values[2016] {
		t.Errorf("a byline's or copyright line's number read as a figure: %+v", x.Figures)
	}
	for _, q := range x.Quotes {
		if q.Text == "We will be back" && q.Speaker != "Petra Lindqvist" {
			t.Errorf("quote %q given to %q", q.Text, q.Speaker)
		}
	}
}

// TestBylineLine: what a byline is and what is prose that opens "By".
func TestBylineLine(t *testing.T) {
	for txt, want := range map[string]bool{
		"By Dana Whitcombe":                         true,
		"By Dana Whitcombe and Arlo Finnegan":       true,
		"By Associated Press May 20 at 1:44 PM":     true,
		"By Dana Whitcombe - 05/16/16 10:39 AM EDT": true,
		"By Dana Whitcombe, Reuters":                true,
		"By Monday, crews had cleared the roads.":   false,
		"By June or July, officials expect rain.":   false,
		"By Whitcombe, the roads were closed.":      false,
		"By Dana Whitcombe's count, 40 roads shut.": false,
	} {
		d := &doc{}
		readText(d, kg.Article{Body: "Roads close\n\n" + txt + "\n\nThe roads were shut on Friday."})
		got := false
		for i := range d.sents {
			if d.sents[i].kind == sCredit {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: byline %v, want %v", txt, got, want)
		}
	}
	for w, want := range map[string]bool{"KTRK-TV": true, "WABC-FM": true, "NBC-TV": false, "KTRKX-TV": false, "K2TR-TV": false, "KTRK-XX": false} {
		if stationCall(w) != want {
			t.Errorf("stationCall(%q) = %v", w, !want)
		}
	}
}
