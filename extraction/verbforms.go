package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Verb forms of the action predicates that stand away from a finite verb with its subject
// before it: a passive participle in an aside after the name it describes ("Kestrel Labs,
// acquired by Harbor Power in 2014, …": Harbor Power acquires Kestrel Labs), and "called
// on X to …", where the one called on is urged (urges).

// appositiveParticiple returns the comma that opens an aside made of the passive
// participle at v and its agent ("Kestrel Labs, acquired by Harbor Power", "Nora Beck,
// 45, detained by police in May"), when a name ends before the comma; objStart is the
// token after the participle, where "by" or a time phrase and "by" stand. It returns -1
// for any other shape: a finite verb ("Kestrel sold its unit, and acquired Birch"), no
// agent, no name before the comma.
func (rf *relationFinder) appositiveParticiple(si, v, objStart int) int {
	w := rf.low(v)
	if !strings.HasSuffix(w, "ed") && !participles.has(w) && asideParticiples[w] == "" {
		return -1
	}
	q := objStart
	if t := rf.agentGapAt(q); t > q {
		q = t // "acquired in 2014 by": clauses.go; "held in captivity by": agentgaps.go
	}
	if !rf.is(q, wBy) {
		return -1
	}
	start := rf.sents[si].start
	c := v - 1
	for c > start && rf.toks[c].kind == tWord && strings.HasSuffix(rf.low(c), "ly") && !rf.toks[c].has(fCap) {
		c-- // "Volvo, wholly owned by"
	}
	if c <= start || !rf.punct(c, ',') || rf.entityBefore(c, start) == "" {
		return rf.describedParticiple(si, v) // "Dorn Freight, a carrier founded by": describedparticiples.go
	}
	return c
}

// calledUpon reads "called on Velland to …", "calls upon Acme and Birch to …" at the
// verb v: the predicate urges and the first token of the one called on, when names (or
// "him", "her", "them") fill everything between "on" and the "to" of an infinitive; ""
// otherwise ("called on the family", "called on members of the board to": the names do
// not stand alone).
func (rf *relationFinder) calledUpon(v int) (string, int) {
	k := v + 2
	if rf.is(v-1, wTo) && rf.entityOf(v-2) >= 0 && rf.motionVerbBefore(rf.mentions[rf.entAt[v-2]].a, rf.sents[rf.sentOf(v)].start) < 0 {
		return "", k // "gave $5 million to Acme to call on Birch": the name is another verb's
	}
	end := min(len(rf.toks), k+16)
	j := k
	named := false
	for j < end && !rf.is(j, wTo) {
		switch {
		case rf.entAt[j] >= 0:
			m := &rf.mentions[rf.entAt[j]]
			if m.a != j || m.demonym {
				return "", k
			}
			named = true
			j = m.b
			continue
		case rf.is(j, wHim, wHer, wThem) && j == k:
			named = true
		case rf.is(j, wThe, wAnd) || rf.punct(j, ','):
		default:
			return "", k
		}
		j++
	}
	if !named || !rf.is(j, wTo) || !rf.infinitiveAt(j+1) {
		return "", k
	}
	return "urges", k
}

// asideAgent is passiveAgent for the agent of an aside's participle (token k is the
// one after "by"), stricter about the name it takes: a party word or an organization
// before a title gives way to the titled person ("appointed by Republican President Tom
// Wade": Wade), and a name that modifies the noun after it, an owner or the first part
// of a compound is no agent ("backed by Chinese Internet heavyweights Acme and Birch":
// the heavyweights, named later; "by Wade's tone"; "by the Republican-led Senate").
func (rf *relationFinder) asideAgent(k, end int) int {
	e := rf.passiveAgent(k, end)
	if e < 0 {
		return -1
	}
	j := k
	for j < end && j-k < 6 && rf.entityOf(j) != e {
		j++
	}
	if j >= end || rf.entityOf(j) != e {
		return -1 // an agent named away from the phrase ("by General Mills' rival Kellogg")
	}
	b := rf.mentions[rf.entAt[j]].b
	if rf.mentions[rf.entAt[j]].demonym && rf.stateForcesAt(b, end) {
		return e // "backed by Russian air strikes": agentgaps.go
	}
	if p := rf.titledPersonAfter(b, end); p >= 0 {
		return int(rf.mentions[rf.entAt[p]].ent)
	}
	if b < end && (rf.toks[b].kind == tWord && !rf.toks[b].has(fCap) && rf.toks[b].feat&lxFunc == 0 && !strings.HasSuffix(rf.low(b), "ly") ||
		rf.owner(b) || rf.punct(b, '\'') || rf.tok(b) == "’" || rf.punct(b, '-') || strings.HasPrefix(rf.tok(b), "-") || compoundSuffix(rf.tok(b-1)) != "") {
		return -1 // "by Church leaders", "by Mr. Wade's tone", "by the Republican-led Senate"
	}
	return e
}

// reciprocalActs are the predicates that two subjects joined by "and" do to each other
// when no object follows: "Acme and Ohio have battled in court", "Hale and Ruiz met on
// Friday".
var reciprocalActs = newTokSet(map[string]bool{"meets": true, "fights": true})

// reciprocal reports whether the verb of predicate pred, with the subjects subj (a
// nameList) and its object due at objStart, states an act of two names on each
// other: exactly two subjects, and after the verb "each other", "one another" (for any
// act: "Dean and Gephardt attacked each other"), or, for reciprocalActs only, a
// preposition or adverb of time, place or manner, or the clause's end — no object of its
// own ("Acme and Birch met the press" is no meeting of the two).
func (rf *relationFinder) reciprocal(pred, subj string, objStart int) bool {
	if rf.is(objStart, wEach) && rf.is(objStart+1, wOther) || rf.is(objStart, wOne) && rf.is(objStart+1, wAnother) {
		return nameList(subj).count() == 2 // "Dean and Gephardt attacked each other": any act, both ways
	}
	if !reciprocalActs.has(pred) || nameList(subj).count() != 2 {
		return false
	}
	if objStart >= len(rf.toks) || rf.toks[objStart].kind == tStop || rf.punct(objStart, ',') || rf.punct(objStart, ';') {
		return true
	}
	if rf.is(objStart, wEach) && rf.is(objStart+1, wOther) || rf.is(objStart, wOne) && rf.is(objStart+1, wAnother) {
		return true
	}
	if pred == "fights" {
		// two who fight "for" or "in" a place may fight side by side: only a dispute
		// between them ("battled over the law", "battled in federal court")
		k := objStart + 1
		for k < objStart+3 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && !rf.is(k, wCourt) {
			k++
		}
		return rf.is(objStart, wOver) || rf.is(objStart, wIn) && rf.is(k, wCourt)
	}
	return rf.is(objStart, wIn, wOn, wAt, wFor, wOver, wDuring, wLast, wThis, wEarlier, wTo, wAfter, wSince, wPrivately, wBriefly, wAgain, wTwice, wRepeatedly)
}

// disputeOnly reports whether the verb at v ("battled") states a fight only between
// two subjects or with the name after "against" or "with": "battled to the narrowest of
// wins in Iowa" fights no Iowa.
func (rf *relationFinder) disputeOnly(v int) bool {
	return rf.is(v, wBattled) && !rf.is(v+1, wAgainst, wWith)
}

// sideNotFoe reports whether the words after a verb of fighting at objStart say whom or
// what the fighter fights for, beside or where, not whom they fight: "fought for
// Velland", "fighting alongside Ostmark's army", "fighting on behalf of Brisk", "fought
// in support of the rebels", "fought in Velland", "fighting to keep the plant open". Such
// a fight has no foe in its sentence.
func (rf *relationFinder) sideNotFoe(objStart int) bool {
	switch {
	case rf.is(objStart, wFor, wAlongside, wBeside, wTo, wIn):
		return !(rf.is(objStart, wIn) && rf.is(objStart+1, wCourt, wFederal, wState))
	case rf.is(objStart, wOn) && (rf.is(objStart+1, wBehalf) || rf.is(objStart+1, wThe) && rf.is(objStart+2, wSide)):
		return true
	}
	return false
}

// fightSide reads a fight without a foe (sideNotFoe) as an open relation to the name
// right after its preposition: where ("Hezbollah fought in Aleppo" → fightIn, a place
// only), beside whom ("fought alongside Syrian government forces" → fightAlongside) or
// for whom ("fought for Islamic State" → fightFor, a body, group or country, not a
// person one campaigns for). The name must follow the preposition (across "the") and
// stand alone, not modify a noun ("fought in the Iowa caucuses").
func (rf *relationFinder) fightSide(si, v int, subj string, objStart int) {
	s := &rf.sents[si]
	prep := rf.low(objStart)
	if !rf.is(objStart, wIn, wAlongside, wBeside, wFor) || objStart+1 >= s.b {
		return
	}
	k := rf.openNameAt(objStart+1, s.b)
	if k < 0 {
		return
	}
	m := &rf.mentions[rf.entAt[k]]
	t := rf.ents[m.ent].typ
	switch {
	case prep == "in" && t != kg.Place, prep == "for" && t == kg.Person:
		return
	}
	obj := rf.entName(int(m.ent))
	var fits func(kg.EntityType) bool // any side fights for or against
	if prep == "in" {
		fits = notPlace // a place is where one fights, not who
	}
	rf.relateEachOpen(si, nameList(subj), camel("fight", prep), obj, rf.span(v, min(s.b, m.b)), fits)
}

// countryActs reports whether the place named by mention m, right after a passive's
// "by", is the agent itself: a country (data/countries.txt), not a demonym, that stands
// as a noun phrase of its own — not before a noun it modifies ("by U.S. chip maker
// Veltrax") or an owner's "'s" ("by Peru's navy"), where passiveAgent reads on.
func (rf *relationFinder) countryActs(m *mention, end int) bool {
	if m.demonym || m.ent < 0 || rf.ents[m.ent].typ != kg.Place {
		return false
	}
	if _, ok := countryNames[rf.ents[m.ent].name]; !ok {
		return false
	}
	b := m.b
	if b >= end {
		return true
	}
	t := &rf.toks[b]
	return !rf.owner(b) && !(t.kind == tWord && (t.has(fCap) || t.feat&lxFunc == 0 && !strings.HasSuffix(rf.low(b), "ly"))) && !rf.punct(b, '-')
}

// passiveWithAgent reports whether the word in -ed at v is a passive participle whose
// agent follows: "by" right after it, or after a time phrase ("was toppled in 2011 by"),
// and before it an auxiliary of the passive ("was subpoenaed by") or the comma of an
// aside after a name ("Lund, subpoenaed by"). Such a word is a verb whatever the word
// list knows of it.
func (rf *relationFinder) passiveWithAgent(si, v int) bool {
	q := v + 1
	if t := rf.agentGapAt(q); t > q {
		q = t
	}
	if !rf.is(q, wBy) {
		return false
	}
	return rf.passive(si, v) || rf.appositiveParticiple(si, v, v+1) >= 0
}

// unlistedEdBase returns the base form of a past participle in -ed that
// data/english-words.txt does not list, by the spelling rules of English: its base
// when the list knows it (edBase), else "-ied" → "-y" ("stymied"), a doubled last
// consonant undone ("flogged", not "dissed"), the silent e put back after the endings
// that need it ("toppled", "seized", "humiliated", "ridiculed", "polluted", "undermined",
// "unnerved", "intrigued"), and the bare stem otherwise ("subpoenaed", "targeted", "escorted").
func unlistedEdBase(w string) string {
	if b := edBase(w); b != "" {
		return b
	}
	n := len(w)
	if strings.HasSuffix(w, "ied") {
		return w[:n-3] + "y"
	}
	s := w[:n-2]
	l := len(s)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last, prev := s[l-1], s[l-2]
	switch {
	case last == prev && !strings.ContainsRune("lsz", rune(last)):
		return s[:l-1] // "flogged"
	case last == 'l' && prev == 'l' && englishWords.has(s[:l-1]):
		return s[:l-1] // "fuelled"
	case last == 'u' || last == 'v' || last == 'z' || last == 'c',
		(last == 't' && prev == 'a' || last == 'l' && prev == 'u') && s[l-3] != 'e' && s[l-3] != 'o',
		last == 't' && prev == 'u' && !vowel(s[l-3]),
		last == 'l' && !vowel(prev) && prev != 'l' && prev != 'r' && prev != 'w',
		(last == 'n' || last == 'r') && (prev == 'i' || prev == 'u') && !vowel(s[l-3]),
		last == 's' && strings.ContainsRune("plnr", rune(prev)),
		last == 'g' && strings.ContainsRune("dnr", rune(prev)):
		return s + "e" // "intrigued", "unnerved", "seized", "humiliated", "ridiculed", "polluted", "toppled", "undermined", "collapsed"
	}
	return s
}
