package extraction

// Sentence indexes (speed69): for each sentence, the set of the generated word ids
// (wordids_gen.go) its tokens carry and the union of its tokens' word classes
// (wordclasses.go). A pass that acts only at a token that is one of a few words (or of a
// class) asks sentHas (or sentCls) first and skips a sentence without one, instead of
// testing every token of it: the answer is the same, as the index is exact and the
// pass's own tests come after it.

// sentIDWords is the number of uint64s of one sentence's id set.
const sentIDWords = (len(wordIDWords) + 63) / 64

// indexSentences builds d.sentIDs and d.sentCls over each sentence's tokens [a, b),
// once readText has fixed the sentences (ids and classes are annotate's, and never
// change after).
func indexSentences(d *doc) {
	n := len(d.sents)
	if cap(d.sentIDs) < n*sentIDWords {
		d.sentIDs = make([]uint64, n*sentIDWords)
	} else {
		d.sentIDs = d.sentIDs[:n*sentIDWords]
		clear(d.sentIDs)
	}
	if cap(d.sentClsU) < n {
		d.sentClsU = make([]uint64, n)
	} else {
		d.sentClsU = d.sentClsU[:n]
	}
	for si := range d.sents {
		s := &d.sents[si]
		bits := d.sentIDs[si*sentIDWords : (si+1)*sentIDWords]
		var cls uint64
		for k := max(s.a, 0); k < s.b && k < len(d.toks); k++ {
			t := &d.toks[k]
			cls |= t.cls
			if id := uint(t.id); id != 0 && id < uint(len(wordIDWords)) {
				bits[id/64] |= 1 << (id % 64)
			}
		}
		d.sentClsU[si] = cls
	}
}

// sentHas reports whether a token of sentence si is one of words (by id, as doc.is
// asks); true when the index was not built for si (a doc made without readText).
func (d *doc) sentHas(si int, words ...wordID) bool {
	if uint(si) >= uint(len(d.sentClsU)) || len(d.sentIDs) != len(d.sentClsU)*sentIDWords {
		return true
	}
	bits := d.sentIDs[si*sentIDWords : (si+1)*sentIDWords]
	for _, w := range words {
		if bits[uint(w)/64]&(1<<(uint(w)%64)) != 0 {
			return true
		}
	}
	return false
}

// sentCls returns the union of the word classes of sentence si's tokens; every class
// when the index was not built for si.
func (d *doc) sentCls(si int) uint64 {
	if uint(si) >= uint(len(d.sentClsU)) {
		return ^uint64(0)
	}
	return d.sentClsU[si]
}

// sentText returns the text of sentence si from its first token after a dateline to its
// end, for a byte test that spares a reader its token walk; "" for an empty sentence.
func (d *doc) sentText(si int) string {
	s := &d.sents[si]
	if s.b <= s.start {
		return ""
	}
	return d.text[d.toks[s.start].s:d.toks[s.b-1].e]
}
