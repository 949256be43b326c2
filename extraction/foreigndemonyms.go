package extraction

import "github.com/factgraph/kg"

// Foreign demonyms a sentence holds outside any place's mention: "The Philippine
// military had not received …", "Greek authorities are searching …". The entity stage
// reads such a demonym as a body's first word or as whose source speaks, not as a place
// named (demonymNoPlace), yet the sentence still tells of that country, so a place it
// names is not surely in the article's (sameCountrySentence).

// foreignDemonymAt reports whether token k of the sentence of tokens a..b-1 is a capitalised
// demonym of a country other than the article's that no place's mention covers and
// that opens no name ("Royal Dutch Shell", "Indian Point", "the Syrian Observatory" are names).
func (rf *relationFinder) foreignDemonymAt(k, a, b int) bool {
	t := &rf.toks[k]
	if t.kind != tWord || !t.has(fCap) {
		return false
	}
	if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Place {
		return false // a place's mention: sameCountrySentence reads it
	}
	c, ok := demonymOf[rf.tok(k)]
	if !ok || c == "" || c == rf.mainCountry {
		return false
	}
	if k+1 < b && rf.toks[k+1].has(fCap) {
		return false // a name's word: "Cuban American voters", "TeleSur English"
	}
	if k == a {
		return true
	}
	p := &rf.toks[k-1]
	return !p.has(fCap) || p.feat&lxFunc != 0 // nor closes one ("Royal Dutch"; "The Philippine military" is none)
}

// placeNounBetween reports whether tokens a..b-1 are none, or hold a place noun
// ("Greek island of", "Syrian town"), so a demonym before them describes the place
// after them, not a thing that acts on it ("a Japanese submarine is visiting").
// sameCountrySentence asks it of the article's own demonym only.
func (rf *relationFinder) placeNounBetween(a, b int) bool {
	if a == b {
		return true
	}
	for k := a; k < b; k++ {
		if rf.toks[k].kind == tWord && demonymTownNouns.has(rf.lowerTok(k)) {
			return true
		}
	}
	return false
}
