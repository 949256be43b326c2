package extraction

import (
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestTokSetsAgree checks that d.in and d.inWord, which read a token's id and a set's
// bitset, answer as the set's map does, for every token set and every token of invented
// text (capitals, curly apostrophes, accents, numbers, punctuation, a long word).
func TestTokSetsAgree(t *testing.T) {
	body := "The Analysts’ view: Acme’s chief was based in Paris, said SAID and Said that U.N. staff " +
		"won't go, co-founder Ana Núñez's 5-year-old plan isn't 50% a.m. — so-called \"news\", " +
		"was arrested, headquartered; Democrats and Republicans, Inc. Ltd. Corp. 3rd & $5. " +
		"Pneumonoultramicroscopicsilicovolcanoconiosisxyzxyz came, and Über's café left Monday."
	d := &doc{}
	readText(d, kg.Article{Body: body, Published: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)})
	if len(allTokSets) < 50 {
		t.Fatalf("only %d token sets", len(allTokSets))
	}
	hits := 0
	for _, s := range allTokSets {
		for i := -1; i <= len(d.toks); i++ {
			if got, want := d.in(i, s), s.m[d.low(i)]; got != want {
				t.Errorf("token %d %q: in %v, map %v", i, d.tok(i), got, want)
			} else if got {
				hits++
			}
			if got, want := d.inWord(i, s), d.isIn(i, s.m); got != want {
				t.Errorf("token %d %q: inWord %v, isIn %v", i, d.tok(i), got, want)
			}
		}
	}
	if hits < 20 {
		t.Errorf("only %d hits", hits)
	}
	for w, id := range wordIDOf {
		if wordIDWord(id) != w {
			t.Errorf("wordIDWord(%d) = %q, want %q", id, wordIDWord(id), w)
		}
	}
}

// TestTokSetHasFilter checks that the length and first/last byte filter of has never
// turns away a word of the set: each set's words and their neighbours one byte longer or
// shorter, a sample of other sets' words, "" and a long string answer as the map does.
func TestTokSetHasFilter(t *testing.T) {
	variants := func(w string) []string {
		return []string{w, w + "s", "x" + w, w[:max(0, len(w)-1)], strings.ToUpper(w)}
	}
	shared := []string{"", "a", "x", "Über", "café", strings.Repeat("long", 20)}
	for _, s := range allTokSets {
		n := 0
		for w := range s.m {
			if n++; n > 20 {
				break
			}
			shared = append(shared, variants(w)...)
		}
	}
	for _, s := range allTokSets {
		probes := shared
		for w := range s.m {
			probes = append(probes, variants(w)...)
		}
		for _, w := range probes {
			if got, want := s.has(w), s.m[w]; got != want {
				t.Fatalf("has(%q) = %v, map %v", w, got, want)
			}
		}
	}
}
