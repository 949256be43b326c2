package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestInRel76: where bodies and spots lie. A "-based" word the tokenizer splits after an
// initialism ("U.S.-based", "D.C.-based") puts the body after it in the place, as
// "Tokyo-based" does; a spot that is the article's main place lies in the town its
// dateline names when the text names that town again, not in a town named only by the
// dateline (where the reporter sits).
func TestInRel76(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  [][3]string
	}{
		{"initialism based", "Rivals, which include U.S.-based Carrow Systems, followed his lead.",
			[][3]string{{"Carrow Systems", "locatedIn", "United States"}}, nil},
		{"initialism based with a kind", "Tom Reyes of U.K.-based security firm Pellan Labs said the attack was new.",
			[][3]string{{"Pellan Labs", "locatedIn", "United Kingdom"}}, nil},
		{"town and initialism based", "Ann Holt, counsel at the Washington D.C.-based Open Rivers Fund, said so.",
			[][3]string{{"Open Rivers Fund", "locatedIn", "Washington, D.C."}}, nil},
		{"a spaced hyphen is no based word", "The firm sold its stake to the U.S. - based Marlo Group last year.",
			nil, [][3]string{{"Marlo Group", "locatedIn", "United States"}}},
		{"spot of the dateline town", "JAKARTA, Indonesia — A massive explosion rocked downtown Jakarta in front of a popular shopping mall on Thursday and a reporter saw at least one dead body. Gunshots were heard after the midmorning explosion in front of the Veranda shopping mall and a police station.",
			[][3]string{{"Veranda shopping mall", "locatedIn", "Jakarta"}}, nil},
		{"a dateline alone puts no spot in its town", "MOSCOW All 40 people on board a jet flying to southern Russia were killed when it crashed on landing at Volsk airport. The crash killed all 40 people on board.",
			nil, [][3]string{{"Volsk airport", "locatedIn", "Moscow"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !hasRelation(x, w[0], w[1], w[2]) {
					t.Errorf("want %s %s %s; relations: %+v", w[0], w[1], w[2], x.Relations)
				}
			}
			for _, w := range tc.not {
				if hasRelation(x, w[0], w[1], w[2]) {
					t.Errorf("want no %s %s %s", w[0], w[1], w[2])
				}
			}
		})
	}
}

// TestInRel76Based: "ORG, also based in PLACE", "A and B, both based in PLACE" and "ORG,
// which has its headquarters in PLACE" put the bodies in the place; a person's "also
// based in" does not put the body he works for there.
func TestInRel76Based(t *testing.T) {
	tests := []struct {
		body string
		want [][2]string
		not  [][2]string
	}{
		{"The deal gives Corvel Media, also based in Denver, a foothold in travel.", [][2]string{{"Corvel Media", "Denver"}}, nil},
		{"Harlow Ventures and Tresk Labs, both based in Oregon, objected to the rules.", [][2]string{{"Harlow Ventures", "Oregon"}, {"Tresk Labs", "Oregon"}}, nil},
		{"Critics have long attacked Brannick Foods, which has its headquarters in Switzerland, over its labels.", [][2]string{{"Brannick Foods", "Switzerland"}}, nil},
		{"Dana Wells, an analyst at Marden Capital, also based in Boston, said prices fell.", nil, [][2]string{{"Marden Capital", "Boston"}}},
	}
	for _, tc := range tests {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !hasRelation(x, w[0], "locatedIn", w[1]) {
				t.Errorf("%q: want %s locatedIn %s; relations: %+v", tc.body, w[0], w[1], x.Relations)
			}
		}
		for _, w := range tc.not {
			if hasRelation(x, w[0], "locatedIn", w[1]) {
				t.Errorf("%q: want no %s locatedIn %s", tc.body, w[0], w[1])
			}
		}
	}
}
