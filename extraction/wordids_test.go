package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestWordIDsAgree: doc.is by word id answers as the comparison of the token's lower-case
// form with the id's word (doc.isWord) does, for every token of invented sentences
// (capitals, curly apostrophes, non-ASCII words, words longer than 40 bytes) and every id.
func TestWordIDsAgree(t *testing.T) {
	body := "The Analysts’ view: Acme’s chief said SAID and Said that U.N. staff won't go, " +
		"co-founder Ana Núñez's 5-year-old plan isn't 50% a.m. — so-called \"news\". " +
		"Pneumonoultramicroscopicsilicovolcanoconiosisxyzxyz came, and Über's café."
	d := &doc{}
	readText(d, kg.Article{Body: body, Published: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)})
	hits := 0
	for i := -1; i <= len(d.toks); i++ {
		for id := 1; id < len(wordIDWords); id++ {
			got, want := d.is(i, wordID(id)), d.isWord(i, wordIDWords[id])
			if got != want {
				t.Errorf("token %d %q, word %q: is %v, isWord %v", i, d.tok(i), wordIDWords[id], got, want)
			}
			if got {
				hits++
			}
		}
	}
	if hits < 10 {
		t.Errorf("only %d hits: the sentences should name many asked-about words", hits)
	}
	for id, w := range wordIDWords {
		if id > 0 && wordIDOf[w] != wordID(id) {
			t.Errorf("wordIDOf[%q] = %d, want %d", w, wordIDOf[w], id)
		}
	}
}
