package extraction

import (
	"strconv"

	"github.com/factgraph/kg"
)

// townsAfterAges types as a place a name of weak evidence written after a person's name
// and age with "of", as crime, accident and court reports name people: "Dale Norwick,
// 41, of Brambleton", "Kyle Ashby, 18, of Port Vale, was arrested" (hometowns.go
// `hometown` then makes the person residentOf it). townsBeforeStates does the same when
// a state follows ("of Harwood Heights, Ill."); here nothing need follow. Left alone: a
// name its own words make an organization ("of Acme Corp", "of Fenwick Police": an
// employer, not a home), a name the word lists or the article type firmly (score 6 or
// more: "of Google"), a lone word English writes in lower case ("of Counsel"), "of the
// Army" (no name right after "of"), and ages in other shapes ("a 41-year-old of").
func (ef *entityFinder) townsAfterAges() {
	for mi := range ef.mentions {
		t := &ef.mentions[mi]
		if t.demonym || t.typ == kg.Place || t.score >= 6 || t.a < 5 || !ef.ageBefore(t.a) {
			continue
		}
		last := ef.tok(t.b - 1)
		if orgLastWords.has(last) && !ef.stateAfter(t.b) || otherLastWords.has(last) || ef.toks[t.b-1].feat&(lxOrgHead|lxRole|lxGroup|lxPersonNoun) != 0 {
			continue // "of Acme Corp", "of Fenwick Police"; not "of Painted Post, N.Y."
		}
		if t.b == t.a+1 && (ef.in(t.a, englishWords) || ef.upperAcronym(t.a, t.b)) {
			continue // "of Counsel", "of NASA"
		}
		if t.b < len(ef.toks) && (ef.is(t.b, wAposS, wRsquoS) || ef.toks[t.b].kind == tWord && !ef.toks[t.b].has(fCap) && ef.toks[t.b].feat&(lxFunc|lxSpeech) == 0 && !pastForm(ef.low(t.b))) {
			continue // "of Brambleton's council", "of Brambleton police"
		}
		t.typ, t.score = kg.Place, 6
		if c := datelineRegions[t.name]; c != "" && t.country == "" {
			t.country = c // "of England": no town of the article's country
		}
	}
}

// stateAfter reports whether a U.S. state or a country follows token b after a comma, as
// after a town ("of Painted Post, N.Y.").
func (ef *entityFinder) stateAfter(b int) bool {
	if !ef.punct(b, ',') || b+1 >= len(ef.toks) || ef.entAt[b+1] < 0 {
		return false
	}
	st := &ef.mentions[ef.entAt[b+1]]
	return st.a == b+1 && !st.demonym && (bracketState(st.name) != "" || st.typ == kg.Place && countryOf[st.name] != "")
}

// ageBefore reports whether the tokens before token a read ", AGE, of" after a person's
// name: "Norwick, 41, of" with Norwick a person's mention (by its own words or its age).
func (ef *entityFinder) ageBefore(a int) bool {
	if a < 5 || !ef.ageAfterName(a-4, "of") || ef.entAt[a-5] < 0 {
		return false
	}
	if n, err := strconv.Atoi(ef.tok(a - 3)); err != nil || n < 1 || n > 115 {
		return false
	}
	pi := ef.entAt[a-5]
	p := &ef.mentions[pi]
	return p.b == a-4 && p.typ == kg.Person
}

// pastForm reports whether a lower-case word reads as a verb's past form ("heeded",
// "turned"): what may follow a town that ends the phrase "Bo Lark, 60, of Carmel heeded
// the call".
func pastForm(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ed" && !englishNounsEd.has(w)
}

// englishNounsEd are lower-case words in -ed that are no verb's past form.
var englishNounsEd = newTokSet(map[string]bool{"bred": true, "need": true, "speed": true, "creed": true, "breed": true, "greed": true, "seed": true, "weed": true, "steed": true, "shed": true, "shred": true, "sled": true, "bed": true})

// townEnds reports whether the word at token k, right after the place of "NAME, AGE, of
// PLACE", ends the phrase: a mark, a function word, a verb of saying or a verb's past
// form ("of Iowa City said", "of Odessa could face", "of Carmel heeded", "of Woodbridge
// in Fairfax County"), not a noun the place modifies ("of Lakeview police").
func (d *doc) townEnds(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord {
		attached := k > 0 && d.toks[k-1].e == t.s // "Lakeview-based", not "of Lakeview - were"
		return t.kind != tNum && !(attached && d.punct(k, '-')) && !d.is(k, wAposS, wRsquoS)
	}
	return !t.has(fCap) && (t.feat&(lxFunc|lxSpeech) != 0 || pastForm(d.low(k)))
}

// livesIn reads where the person of mention mi lives from a relative clause right after
// the name: "Ben Moss, who lives in Brambleton," or "Moss, who now resides in the
// Ashfield district" gives Moss residentOf the place (and its state or country after a
// comma: "who lives in Harwood, Illinois"). Only the present ("lives", "resides"): "who
// lived in Oria until 2009" is a past home. The place must be a place mention of its own
// right after "in" [the], and end the phrase (a mark, a function word).
func (rf *relationFinder) livesIn(mi int) {
	m := &rf.mentions[mi]
	k := m.b + 2
	if rf.ents[m.ent].typ != kg.Person || k+2 >= len(rf.toks) || !rf.punct(m.b, ',') || !rf.is(m.b+1, wWho) {
		return
	}
	if rf.is(k, wNow, wStill, wCurrently) {
		k++
	}
	if !rf.is(k, wLives, wResides) || !rf.is(k+1, wIn) {
		return
	}
	p := k + 2
	if p < len(rf.toks) && rf.is(p, wThe) {
		p++
	}
	e := rf.entityOf(p)
	if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[p]].a != p || rf.mentions[rf.entAt[p]].demonym || rf.quoteOf[p] != rf.quoteOf[m.a] {
		return
	}
	pm := &rf.mentions[rf.entAt[p]]
	if pm.b < len(rf.toks) && !(rf.toks[pm.b].kind != tWord && !rf.is(pm.b, wAposS, wRsquoS) && !rf.punct(pm.b, '-') || rf.is(pm.b, wAnd) || !rf.toks[pm.b].has(fCap) && rf.toks[pm.b].feat&lxFunc != 0) {
		return // "who lives in Brambleton County's north", "in Brambleton police custody"
	}
	who := rf.entName(m.ent)
	rf.addRelation(m.sent, who, "residentOf", rf.entName(e), rf.span(m.a, pm.b))
	if z, end := rf.pairedState(pm, rf.sents[m.sent].b); z >= 0 && z != e {
		rf.addRelation(m.sent, who, "residentOf", rf.entName(z), rf.span(m.a, end))
	}
}

// ageMemberOf reads the organization written after a person's name and age with "of":
// "Brad Cole, 45, of the Fenwick Sheriff's Office" or "Jo Ray, 31, of Acme Corp" gives
// memberOf, as "Jo Ray of Acme Corp" does without the age (ties.go `memberOf`): an
// employer, not a home town. Only an organization typed firmly (as memberOf asks).
func (rf *relationFinder) ageMemberOf(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.role != "" || !rf.ageAfterName(m.b, "of") {
		return
	}
	k := m.b + 4
	if rf.is(k, wThe) {
		k++
	}
	if j := rf.bodyKindRun(k, rf.sents[m.sent].b); j > k {
		k = j // "Jo Ray, 31, of ship broker Acme"
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization || rf.ents[e].scores[typeIndex(kg.Organization)] < 3 || rf.mentions[rf.entAt[k]].a != k {
		return
	}
	end := rf.mentions[rf.entAt[k]].b
	if end < len(rf.toks) && rf.toks[end].kind == tWord && rf.toks[end].has(fCap) {
		return // "of the group Millions March NYC": the name runs on past the mention
	}
	if _, st := rf.pairedState(&rf.mentions[rf.entAt[k]], rf.sents[m.sent].b); st > 0 || rf.punct(end, ',') && rf.entityOf(end+1) >= 0 && bracketState(rf.entName(rf.entityOf(end+1))) != "" {
		return // "of Painted Post, N.Y.": a town, whatever its last word
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "memberOf", rf.entName(e), rf.span(m.a, end))
}
