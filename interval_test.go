package kg

import (
	"testing"
	"time"
)

func TestIntervalOverlaps(t *testing.T) {
	tests := []struct {
		name    string
		a, b    Interval
		overlap bool
		above   bool // a above b
	}{
		{"at least 25 vs exact 14", QualifiedInterval(25, AtLeast), QualifiedInterval(14, Exact), false, true},
		{"at least 25 vs exact 30", QualifiedInterval(25, AtLeast), QualifiedInterval(30, Exact), true, false},
		{"more than 500 vs exact 500", QualifiedInterval(500, MoreThan), QualifiedInterval(500, Exact), false, true},
		{"nearly 650 vs exact 600", QualifiedInterval(650, Nearly), QualifiedInterval(600, Exact), true, false},
		{"nearly 650 vs exact 651", QualifiedInterval(650, Nearly), QualifiedInterval(651, Exact), false, false},
		{"about 20 vs exact 22", QualifiedInterval(20, About), QualifiedInterval(22, Exact), true, false},
		{"about 20 vs exact 23", QualifiedInterval(20, About), QualifiedInterval(23, Exact), false, false},
		{"fewer than 10 vs exact 10", QualifiedInterval(10, FewerThan), QualifiedInterval(10, Exact), false, false},
		{"up to 10 vs exact 10", QualifiedInterval(10, UpTo), QualifiedInterval(10, Exact), true, false},
		{"exact 5 vs exact 5", QualifiedInterval(5, Exact), QualifiedInterval(5, Exact), true, false},
		{"exact 26 vs at least 12", QualifiedInterval(26, Exact), QualifiedInterval(12, AtLeast), true, false},
		{"exact 3 vs at least 2", QualifiedInterval(3, Exact), QualifiedInterval(2, AtLeast), true, false},
		{"more than 120 vs about 103", QualifiedInterval(120, MoreThan), QualifiedInterval(103, About), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Overlaps(tt.b); got != tt.overlap {
				t.Errorf("Overlaps = %v, want %v", got, tt.overlap)
			}
			if got := tt.b.Overlaps(tt.a); got != tt.overlap {
				t.Errorf("Overlaps (reversed) = %v, want %v", got, tt.overlap)
			}
			if got := tt.a.Above(tt.b); got != tt.above {
				t.Errorf("Above = %v, want %v", got, tt.above)
			}
		})
	}
}

func TestArticleIDNormalises(t *testing.T) {
	a := ArticleID("Quake kills 12", "At least 12 people were killed,\n\n“officials” said — on Saturday.")
	b := ArticleID("quake  kills 12", "At least 12 people were killed, \"officials\" said - on Saturday.")
	if a != b {
		t.Errorf("same text, different IDs: %s %s", a, b)
	}
	if c := ArticleID("Quake kills 13", "At least 12 people were killed."); c == a {
		t.Error("different headlines share an ID")
	}
}

func TestJudgeIsSymmetric(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2016, 2, 6, h, 0, 0, 0, time.UTC) }
	reports := []Report{
		{Article: "a", Published: at(3), Source: "officials", Measure: "killed", Value: 2, Qualifier: AtLeast},
		{Article: "b", Published: at(15), Source: "police", Measure: "killed", Value: 12, Qualifier: AtLeast},
		{Article: "c", Published: at(15), Source: "state TV", Measure: "killed", Value: 1},
		{Article: "c", Published: at(15), Source: "a monitor", Measure: "killed", Value: 25, Qualifier: AtLeast},
		{Article: "d", Published: at(20), Source: "ministry", Measure: "killed", Value: 12},
		{Article: "e", Published: at(20), Measure: "magnitude", Value: 6.4},
		{Article: "f", Published: at(21), Measure: "magnitude", Value: 6.1},
	}
	for _, a := range reports {
		for _, b := range reports {
			if a == b || a.Measure != b.Measure {
				continue
			}
			v1, why1 := Judge(a, b)
			v2, why2 := Judge(b, a)
			if v1 != v2 || why1 != why2 {
				t.Errorf("Judge(%s %v, %s %v) = %q %q; reversed %q %q", a.Article, a.Value, b.Article, b.Value, v1, why1, v2, why2)
			}
		}
	}
	if v, _ := Judge(reports[1], reports[2]); v != Conflict {
		t.Errorf("at least 12 and 1 at the same time: %q, want conflict", v)
	}
	if v, _ := Judge(reports[0], reports[1]); v == Conflict {
		t.Errorf("at least 2 then at least 12: %q, want no conflict", v)
	}
	exact2 := reports[0]
	exact2.Qualifier = Exact
	if v, _ := Judge(reports[1], exact2); v != Update {
		t.Errorf("2 then at least 12: %q, want update", v)
	}
	if v, _ := Judge(reports[5], reports[6]); v != Conflict {
		t.Errorf("magnitudes 6.4 and 6.1: %q, want conflict", v)
	}
}
