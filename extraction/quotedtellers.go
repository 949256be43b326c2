package extraction

import (
	"github.com/factgraph/kg"
)

// Quoted tellers: the speaker of a quote whose tail tells a news outlet, when the tail
// describes the speaker in a shape actionSubject cannot read back across — an aside left
// open ("“…,” Ida Lund, an engineer at the Vesper Institute told Reuters"), a comma
// before the verb ("“…,” Norland's Foreign Minister Ida Lund, told Acme TV"), an aside
// with commas of its own ("“…,” Ida Lund, Acme's head of policy, trade and energy, told
// Reuters"), an aside that ends in a place or a body actionSubject takes for the
// subject ("“…,” Ida Lund, pastor of Grace Chapel in Norland, the town where …, told
// Reuters": not the chapel, nor Norland). The quotes stage named the speaker from the same tail; when the tail's
// first person outside a prepositional phrase is that speaker and no other verb of
// speech stands between the quote and "told", the speaker told the outlet (spokeTo,
// named told by toldRelations).

// quotedTeller returns the speaker of the quote that closes before the verb of telling
// at token v of sentence si, as above, or "".
func (rf *relationFinder) quotedTeller(si, v int) string {
	s := &rf.sents[si]
	c := -1 // the closing quotation mark
	for j := v - 1; j >= s.start && j > v-40; j-- {
		if rf.quoteOf[j] != 0 || rf.toks[j].kind == tOpenQ || rf.toks[j].kind == tStop || rf.punct(j, ';') || rf.punct(j, ':') ||
			rf.is(j, wSaid, wSays, wTold, wTells, wAdded, wWhose) {
			return "" // "“…,” said Lund, whose lawyer told Reuters": not the speaker's own telling
		}
		if rf.toks[j].kind == tCloseQ {
			c = j
			break
		}
	}
	if c < 0 {
		return ""
	}
	k := c - 1
	for k > s.start && k >= c-3 && rf.quoteOf[k] == 0 {
		k--
	}
	q := rf.quoteOf[k]
	if q == 0 {
		return ""
	}
	sp := rf.quoteSrc[q-1]
	for j := c + 1; j < v; j++ {
		mi := rf.entAt[j]
		if mi < 0 {
			continue
		}
		m := &rf.mentions[mi]
		if m.ent < 0 || rf.ents[m.ent].typ != kg.Person || m.demonym || rf.afterPreposition(titledStart(m, c+1), c+1) {
			j = max(j, m.b-1)
			continue
		}
		if rf.entName(m.ent) != sp || rf.owner(m.b) {
			return "" // the tail's first person is not the speaker, or owns the teller ("Lund's aide")
		}
		return sp
	}
	return ""
}
