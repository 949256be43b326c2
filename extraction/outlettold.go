package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Telling a news outlet in the shapes the verb "told" right before the outlet's name
// does not cover (relations.go reads "told Reuters", "told the AP", apart.go "told
// German daily newspaper Bild"):
//
//   - a verb of saying and "to" before an outlet ("Ida Lund confirmed to Reuters that …",
//     "suggested to the Daily Tribune", "said to Acme News"): spokeTo the outlet, the
//     verb's subject the speaker. The object must be an outlet by name or by a word of an
//     outlet before it (outletreports.go): "complained to the watchdog", "disclosed to
//     Apple" tell no outlet;
//   - a participle after a comma ("Lund, speaking to Reuters by phone, said"): the name
//     before the comma, unless a preposition opens it ("a commander close to Lund,
//     speaking to Reuters");
//   - "told" a country's outlet ("told Norland's Radio North"): the organization after
//     the possessive, as "told" an organization is read;
//   - "told" a person of an outlet ("told Ann Bell on Acme News", "told Ann Bell of the
//     Daily Tribune"): the outlet, the person its host or reporter.
//
// describedByNoun (used by namedHolder, asides.go) lets a verb after "His agent, Ida
// Lund," be Lund's.

// sayingToVerbs are the verbs of saying that take their hearer after "to".
var sayingToVerbs = newTokSet(map[string]bool{"said": true, "says": true, "confirmed": true, "confirms": true,
	"suggested": true, "suggests": true, "explained": true, "explains": true, "noted": true,
	"admitted": true, "admits": true, "revealed": true, "acknowledged": true, "insisted": true,
	"stressed": true, "complained": true, "wrote": true, "writes": true, "conceded": true,
	"disclosed": true, "recounted": true, "recalled": true, "described": true})

// saidToOutlet reads the shapes above at token v (the word w) of sentence si and
// reports whether it read one.
func (rf *relationFinder) saidToOutlet(si, v int, w string) bool {
	s := &rf.sents[si]
	switch {
	case rf.mayBe(v, w, wcOutletVerb) && sayingToVerbs.has(w) && rf.is(v+1, wTo):
		o := rf.newsOutletAt(v+2, s.b)
		if o < 0 {
			return false
		}
		rf.tellOutlet(si, v, rf.actionSubject(si, v), o)
		return true
	case (w == "speaking" || w == "talking") && rf.is(v+1, wTo, wWith) && rf.punct(v-1, ','):
		o := rf.newsOutletAt(v+2, s.b)
		if o < 0 {
			return false
		}
		sj := rf.entityBefore(v-1, s.start)
		if mi := rf.entAt[v-2]; sj != "" && (mi < 0 || rf.afterPreposition(rf.mentions[mi].a, s.start)) {
			sj = "" // "a commander close to Lund, speaking to Reuters": not Lund
		}
		rf.tellOutlet(si, v, sj, o)
		return true
	case w == "told":
		k := v + 1
		if rf.is(k, wThe) {
			k++
		}
		m := rf.namedMentionAt(k)
		if k >= s.b || m == nil {
			return false
		}
		o := -1
		switch typ := rf.ents[m.ent].typ; {
		case typ == kg.Place && rf.owner(m.b):
			// "told Norland's Radio North"
			if e := rf.entityOf(m.b + 1); e >= 0 && rf.mentions[rf.entAt[m.b+1]].a == m.b+1 && rf.ents[e].typ == kg.Organization && !rf.mentions[rf.entAt[m.b+1]].demonym {
				o = e
			}
		case typ == kg.Person && !rf.owner(m.b) && rf.is(m.b, wOn, wOf):
			o = rf.newsOutletAt(m.b+1, s.b) // "told Ann Bell on Acme News"
		}
		if o < 0 {
			return false
		}
		rf.tellOutlet(si, v, rf.actionSubject(si, v), o)
		return true
	}
	return false
}

// newsOutletAt returns the news outlet named from token k ("Reuters", "the Daily Tribune",
// "German daily newspaper Bild"), or -1.
func (rf *relationFinder) newsOutletAt(k, end int) int {
	if n := rf.describedOutletAt(k); n > 0 && n < end {
		return rf.entityOf(n)
	}
	if rf.is(k, wThe) {
		k++
	}
	if k >= end {
		return -1
	}
	m := rf.namedMentionAt(k)
	if m == nil || !rf.outlet(m.ent) {
		return -1
	}
	return m.ent
}

// tellOutlet records that each person or body of subj (a nameList) spoke to
// outlet o, at verb v.
func (rf *relationFinder) tellOutlet(si, v int, subj string, o int) {
	s := &rf.sents[si]
	on := rf.entName(o)
	rf.relateEach(si, nameList(subj), "spokeTo", on, rf.span(v, min(s.b, v+4)), personOrBody)
}

// describedByNoun reports whether tokens a..c-1 are a noun phrase that describes a
// person by a common noun: a determiner or a possessive name opens it, lower-case words
// follow, a noun ends it ("His agent", "the victim's mother", "A half brother", "one of
// the residents"), at most six words, no verb of saying, pronoun or other name among
// them.
func (rf *relationFinder) describedByNoun(a, c int) bool {
	k := a
	switch {
	case rf.is(k, wHis, wHer, wTheir, wIts, wA, wAn, wThe, wOne, wMy, wOur):
		k++
	case rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].a == k:
		b := rf.mentions[rf.entAt[k]].b
		if !rf.owner(b) && !(rf.is(b, wApos, wRsquo) && strings.HasSuffix(rf.tok(b-1), "s")) {
			return false
		}
		k = b + 1
	default:
		return false
	}
	if k >= c || c-k > 6 {
		return false
	}
	for j := k; j < c; j++ {
		t := &rf.toks[j]
		if t.kind != tWord || t.has(fCap) || rf.entAt[j] >= 0 || t.feat&(lxSpeech|lxPronoun) != 0 {
			return false
		}
		if t.feat&lxFunc != 0 && !rf.is(j, wOf, wThe) {
			return false
		}
	}
	return rf.toks[c-1].feat&lxFunc == 0
}
