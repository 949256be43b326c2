package kg

import (
	"testing"
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
