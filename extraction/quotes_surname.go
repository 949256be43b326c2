package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// surnameSpeaker reads the one capitalised word k before the verb of saying v (`,"
// Holland said`, `," June said`, `," London says`) as the surname of the nearest person
// named before it ("Tim Holland", "Carl June", "Matt London"), when the word is no
// person's mention of its own: a surname that is also a place, a month or a common
// word is taken for one of those, and the speaker is lost. It looks back at most 3,000
// tokens, outside quotations, and returns "" when no person there ends with that word.
func (rd *reader) surnameSpeaker(k, v int) string {
	if v != k+1 || rd.toks[k].kind != tWord || !rd.toks[k].has(fCap) || rd.toks[k].feat&(lxFunc|lxPronoun) != 0 {
		return ""
	}
	if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person {
		return ""
	}
	w := rd.tok(k)
	for j := k - 1; j >= 0 && j > k-3000; j-- {
		if rd.quoteOf[j] != 0 {
			continue
		}
		e := rd.entityOf(j)
		if e < 0 || rd.ents[e].typ != kg.Person {
			continue
		}
		if n := rd.entName(e); strings.HasSuffix(n, " "+w) {
			return n
		}
	}
	return ""
}
