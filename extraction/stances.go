package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Stances stated by a copula: "Reid is a close ally of Obama", "Lind is now a vocal
// critic of candidate Kord", "Ostmark has long been a patron of the Tarn Front",
// "Berg, who was an early backer of Kord, …". The subject of the copula holds the
// predicate of the alliance noun ([alliance-nouns]: allyOf, rivalOf, supports, opposes,
// criticizes) of the one named after "of". The appositive "NAME, a critic of NAME" is
// asides.go's and ties.go's; this reads only the clause whose verb is the copula. An
// adjective of stance reads the same way (stanceAdjectives): "Lind has been highly
// critical of Kord", "Ostmark is opposed to Velland", "the party remained loyal to Kord".

// stanceCopulas are the verbs that make their subject the alliance noun after them.
var stanceCopulas = newTokSet(map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true,
	"became": true, "becomes": true, "become": true, "remains": true, "remained": true, "remain": true})

// stanceAdverbs may stand around the copula: "is now a", "has long been a".
var stanceAdverbs = newTokSet(map[string]bool{"now": true, "also": true, "long": true, "still": true, "once": true,
	"always": true, "since": true, "already": true})

// copularStance reads the alliance noun at token v, followed by "of", as the complement
// of a copula whose subject is a named entity (or a pronoun actionSubject resolves).
func (rf *relationFinder) copularStance(si, v int, pred string) {
	s := &rf.sents[si]
	obj, end := rf.stanceObject(si, v, "of")
	if obj < 0 {
		return
	}
	k := v - 1
	for n := 0; n < 3 && k > s.start && rf.allianceModifier(k); n++ {
		k-- // "a close", "a longtime vocal"
	}
	switch {
	case rf.is(k, wA, wAn, wAnother):
		k--
	case rf.is(k, wThe) && rf.is(k-1, wOf) && rf.is(k-2, wOne):
		k -= 3 // "is one of the fiercest critics of"
	default:
		return
	}
	rf.addStance(si, rf.stanceCopulaAt(si, k), pred, obj, end)
}

// stanceCopulaAt returns the copula that ends at token k, across the adverbs before it
// ("is now", "has long been": the token of "has" for "been"), or -1 when no copula
// stands there.
func (rf *relationFinder) stanceCopulaAt(si, k int) int {
	s := &rf.sents[si]
	for k > s.start && rf.in(k, stanceAdverbs) {
		k--
	}
	if k <= s.start || !rf.is(k, wIs, wWas, wAre, wWere, wBeen, wBecame, wBecomes, wBecome, wRemains, wRemained, wRemain) || !rf.in(k, stanceCopulas) {
		return -1
	}
	if rf.is(k, wBecome, wRemain) && !rf.is(k-1, wHas, wHave, wHad, wTo, wWill, wWould) {
		return -1
	}
	if rf.is(k, wBeen) {
		for k-1 > s.start && rf.in(k-1, stanceAdverbs) {
			k-- // "has long been"
		}
		if !rf.is(k-1, wHas, wHave, wHad) {
			return -1
		}
		k--
	}
	return k
}

// addStance records that the subject of the copula at token k (none when k < 0) holds
// pred of the entity obj, whose name ends before token end.
func (rf *relationFinder) addStance(si, k int, pred string, obj, end int) {
	s := &rf.sents[si]
	if k < 0 {
		return
	}
	subj := rf.actionSubject(si, k)
	if subj == "" {
		return
	}
	ot := rf.ents[obj].typ
	from := max(s.start, k-1)
	if mi := rf.entAt[from]; mi >= 0 {
		from = rf.mentions[mi].a // "Harry Reid is a close ally of"
	}
	fits := func(t kg.EntityType) bool {
		return t != kg.Other && !(pred == "rivalOf" && (t == kg.Person) != (ot == kg.Person)) // a rival of a person is a person
	}
	rf.relateEach(si, nameList(subj), pred, rf.entName(obj), rf.span(from, min(s.b, end)), fits)
}

// stanceObject returns the entity named after the preposition prep ("of", "to") that
// follows the alliance noun or stance adjective at token v — across "the" and a
// lower-case title ("of candidate Kord", "of the Tarn Front") — and the token after its
// name; -1 when none stands there for itself (a demonym, a possessor: "a critic of
// Kord's plan", a clause: "of Britain staying").
func (rf *relationFinder) stanceObject(si, v int, prep string) (int, int) {
	s := &rf.sents[si]
	if !rf.isWord(v+1, prep) {
		return -1, 0
	}
	o := v + 2
	for o < s.b && o < v+5 && rf.entityOf(o) < 0 && (rf.is(o, wThe) || rf.allianceModifier(o)) {
		o++
	}
	if rf.entityOf(o) < 0 && o < s.b && rf.toks[o].has(fCap) && rf.toks[o].feat&lxRole != 0 {
		o++ // "of President Kord"
	}
	if mi := rf.mentionFrom(o, s.b); rf.entityOf(o) < 0 && mi >= 0 {
		o = rf.mentions[mi].a // "of Prime Minister Jan Kord": the title's words (objects.go)
	}
	if e := rf.entityOf(o); e >= 0 && rf.mentions[rf.entAt[o]].demonym {
		o = rf.mentions[rf.entAt[o]].b // "of Syrian President Assad"
		for n := 0; n < 2 && o < s.b && rf.entityOf(o) < 0 && rf.toks[o].feat&lxRole != 0; n++ {
			o++
		}
	}
	e := rf.entityOf(o)
	if e < 0 || rf.mentions[rf.entAt[o]].demonym {
		return -1, 0
	}
	after := rf.mentions[rf.entAt[o]].b
	if rf.owner(after) || rf.tok(after) == "'" || rf.tok(after) == "’" || strings.HasSuffix(rf.low(after), "ing") || rf.nounAfterName(after) {
		return -1, 0 // "a critic of Kord's plan", "of Britain staying", "of Acme shares"
	}
	return e, after
}

// stanceAdjectives are the adjectives of a stance toward the one named after their
// preposition, with the predicate their copula's subject holds of it: "critical of"
// (not "critical to", which says what matters), "supportive of", "opposed to",
// "hostile to", "loyal to".
var stanceAdjectives = map[string]struct{ prep, pred string }{
	"critical":   {"of", "criticizes"},
	"supportive": {"of", "supports"},
	"opposed":    {"to", "opposes"},
	"hostile":    {"to", "opposes"},
	"loyal":      {"to", "supports"},
}

// degreeWords may stand between a copula and its adjective besides adverbs in -ly:
// "is very critical of", "has been more supportive of".
var degreeWords = newTokSet(map[string]bool{"very": true, "so": true, "too": true, "more": true, "most": true,
	"less": true, "quite": true, "fairly": true, "equally": true})

// adjectiveStance reads the adjective of a stance at token v (the word w) after a copula
// — across at most two adverbs of degree ("has been highly critical of Kord", "is
// staunchly opposed to Velland") — whose subject is a named entity or a pronoun
// actionSubject resolves. The one named may own what the stance is toward ("critical
// of Kord's policies": possessedOwner). A negated or hedged copula ("is not opposed to",
// "would be critical of") states no stance. It reports whether it read the phrase.
func (rf *relationFinder) adjectiveStance(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcStanceAdjective) {
		return false
	}
	a, ok := stanceAdjectives[w]
	if !ok || !rf.isWord(v+1, a.prep) {
		return false
	}
	obj, end := rf.stanceObject(si, v, a.prep)
	if k := rf.possessedOwner(si, v+2, false); obj < 0 && k >= 0 {
		obj, end = rf.entityOf(k), rf.mentions[rf.entAt[k]].b // "critical of Kord's plan": possessedobjects.go
	}
	if obj < 0 {
		return false
	}
	s := &rf.sents[si]
	k := v - 1
	for n := 0; n < 2 && k > s.start && (rf.in(k, degreeWords) || strings.HasSuffix(rf.low(k), "ly") && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap)); n++ {
		k--
	}
	c := rf.stanceCopulaAt(si, k)
	if c < 0 {
		return false // "Republicans opposed to Trump": a participle after its noun, relations.go's
	}
	if rf.unasserted(si, c) || rf.hedged(si, c) || rf.unasserted(si, k+1) {
		return true
	}
	rf.addStance(si, c, a.pred, obj, end)
	return true
}
