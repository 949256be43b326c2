package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A named person's stay in a place, read from "was|is|were in PLACE" when the place's
// phrase closes there (placePhraseEnd): "Lind was in Orsova for a summit", "Hale was in
// Lima to meet investors", "Moss, who was in Oslo on Monday," "while Ruiz was in Quito
// last week" → visits. The person's name stands right before the verb ("also", "still"
// or "already" may come between) and is the clause's subject: not the object of a
// preposition ("talks with Lind were in Orsova"). Not "will be in" (a plan), nor a place
// that opens a noun ("was in Norland custody", "was in Oslo hospitals"), nor a place
// whose name another word continues; a people's word is no place. "is" after "when",
// "if", "once", "until", "before" or "after" speaks of a stay to come ("when Hale is in
// Oslo to meet"), and a bare surname that another person of the article also bears may
// name either ("Summitt" with Pat and Tyler Summitt): both give nothing.

// presenceVerbs are the forms of "be" a stay is read after.
var presenceVerbs = newTokSet(map[string]bool{"was": true, "is": true, "were": true})

// presenceAdverbs may stand between the verb and "in": "was also in Lima".
var presenceAdverbs = newTokSet(map[string]bool{"also": true, "still": true, "already": true})

// presenceBlockers are the words before a person's name that make the name no subject of
// the stay: a preposition's object ("with Lind was in").
var presenceBlockers = newTokSet(map[string]bool{"of": true, "with": true, "for": true, "to": true,
	"by": true, "from": true, "at": true, "in": true, "on": true, "against": true, "than": true,
	"about": true, "between": true, "among": true, "like": true, "under": true, "over": true})

// futureClauseOpeners open a clause whose present tense speaks of what is to come.
var futureClauseOpeners = newTokSet(map[string]bool{"when": true, "if": true, "once": true,
	"until": true, "before": true, "after": true, "whenever": true, "unless": true})

// stays reads, in sentence si, the places named people were in.
func (rf *relationFinder) stays(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wIn) || rf.punct(s.b-1, '?') {
		return
	}
	for v := s.start + 1; v < s.b-2; v++ {
		if !rf.in(v, presenceVerbs) || rf.quoteOf[v] != 0 {
			continue
		}
		k := v + 1
		if rf.in(k, presenceAdverbs) {
			k++
		}
		if !rf.is(k, wIn) || !rf.placeAt(k+1) {
			continue
		}
		o := rf.skipThe(k + 1)
		pm := &rf.mentions[rf.entAt[o]]
		if pm.a != o {
			continue
		}
		end, ok := rf.placePhraseEnd(si, pm.b)
		if !ok {
			continue
		}
		mi := rf.entAt[v-1]
		if mi < 0 {
			continue
		}
		m := &rf.mentions[mi]
		if m.b != v || m.demonym || rf.ents[m.ent].typ != kg.Person || rf.in(m.a-1, presenceBlockers) || rf.owner(m.a-1) {
			continue
		}
		if rf.unasserted(si, v) || rf.hedged(si, v) || rf.is(v, wIs) && rf.in(m.a-1, futureClauseOpeners) || rf.sharedBareSurname(int(mi)) {
			continue
		}
		rf.addRelation(si, rf.entName(m.ent), "visits", rf.entName(pm.ent), rf.span(m.a, end))
	}
}

// sharedBareSurname reports whether mention mi is one word that ends the name of another
// person of the article too: "Summitt" where Pat Summitt and Tyler Summitt are both named.
func (rf *relationFinder) sharedBareSurname(mi int) bool {
	m := &rf.mentions[mi]
	if m.b-m.a != 1 {
		return false
	}
	w := strings.ToLower(rf.tok(m.a))
	for e := range rf.ents {
		if e == int(m.ent) || rf.ents[e].dropped || rf.ents[e].typ != kg.Person {
			continue
		}
		n := strings.ToLower(rf.ents[e].name)
		if n != w && strings.HasSuffix(n, " "+w) {
			return true
		}
	}
	return false
}
