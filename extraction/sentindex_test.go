package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestSentIndexAgrees checks the sentence index (sentindex.go) against a scan of each
// sentence's tokens: sentHas for every generated word id, sentCls as the union of the
// tokens' classes; and that a doc without the index answers true (every class).
func TestSentIndexAgrees(t *testing.T) {
	var w work
	d := &w.doc
	readText(d, kg.Article{Title: "Board Seats and Hometowns", Body: "Acme Corp, based in Oslo, said on Monday it was an ally of Birch. " +
		"The Daily Tribune reported that Ann Lee, a student at Vale High, sits on the board.\n\n" +
		"HE CLAIMED the waters; his hometown is Bend. Gunmen attacked the factory in Lyon, police said. " +
		"The rival of Acme's unit was linked to 1990s deals worth $5 million."})
	if len(d.sents) < 4 {
		t.Fatalf("%d sentences", len(d.sents))
	}
	for si, s := range d.sents {
		var cls uint64
		has := map[wordID]bool{}
		for k := s.a; k < s.b; k++ {
			cls |= d.toks[k].cls
			has[d.toks[k].id] = true
		}
		if got := d.sentCls(si); got != cls {
			t.Errorf("sentence %d: sentCls %x, want %x", si, got, cls)
		}
		for id := wordID(1); int(id) < len(wordIDWords); id++ {
			if d.sentHas(si, id) != has[id] {
				t.Errorf("sentence %d: sentHas(%q) = %v", si, wordIDWords[id], !has[id])
			}
			if !d.sentHas(si, id, wSaid) && (has[id] || has[wSaid]) {
				t.Errorf("sentence %d: sentHas(%q, said) false", si, wordIDWords[id])
			}
		}
	}
	if !d.sentHas(len(d.sents), wSaid) || d.sentCls(-1) != ^uint64(0) {
		t.Error("a sentence past the index: want true, every class")
	}
	var bare doc
	bare.sents = []sentence{{a: 0, b: 0}}
	if !bare.sentHas(0, wSaid) || bare.sentCls(0) != ^uint64(0) {
		t.Error("a doc without the index: want true, every class")
	}
}
