package extraction

import "github.com/factgraph/kg"

// This file reads the figures of a clause that "the latter" or "the former" opens after
// a comma: "bombings … in the town of Suruc and in the capital Ankara, the latter killing
// more than 100 people". The count is the last (or the one before last) place's, not
// the event the sentence's event noun names first.

// latterPlace returns the place "the latter" or "the former" stands for when it opens the
// clause of the count at token tok (within four words before it, after a comma): the
// last place the sentence names before the comma, or the one before it; and ok. ok is
// false when no such clause holds the count.
func (ff *figureFinder) latterPlace(si, tok int) (string, bool) {
	s := &ff.sents[si]
	k := -1
	for j := tok - 1; j > s.start+1 && j >= tok-4; j-- {
		if ff.is(j, wLatter, wFormer) && ff.is(j-1, wThe) && ff.punct(j-2, ',') {
			k = j
			break
		}
	}
	if k < 0 {
		return "", false
	}
	var places []string
	for j := s.start; j < k-2; j++ {
		e := ff.entityOf(j)
		if e < 0 || ff.ents[e].typ != kg.Place || ff.mentions[ff.entAt[j]].demonym {
			continue
		}
		j = int(ff.mentions[ff.entAt[j]].b) - 1
		n := ff.entName(e)
		if len(places) == 0 || places[len(places)-1] != n {
			places = append(places, n)
		}
	}
	if ff.is(k, wLatter) && len(places) > 0 {
		return places[len(places)-1], true
	}
	if ff.is(k, wFormer) && len(places) > 1 {
		return places[len(places)-2], true
	}
	return "", true
}
