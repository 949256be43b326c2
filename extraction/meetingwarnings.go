package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Meetings and warnings read by the action verbs (relations.go actionObject).
//
// A meeting's day or manner may stand between "met" and "with": "met Thursday with
// French President Francois Hollande", "met privately with Attorney General Loretta
// Lynch", "will meet individually with President Erdogan". The word is no object and
// the titled person after "with" is whom they met (titledobjects.go reads the title).
//
// A warning's clause is no one warned: "warned that the United States and its allies
// were working on sanctions", "warned he would skip the debate unless Kelly was
// replaced", "warned of riots if Republicans denied him", "warned against demonizing
// Muslims". The one warned comes right after the verb ("warned Obama that", "warned
// Tokyo against meddling"); a clause word before any name puts the names after it in
// the clause, not under the warning — unless the name is a thing's, what was warned
// about.

// meetingManners are the words of manner or time that may stand between a meeting verb
// and "with", besides the days of the week.
var meetingManners = newTokSet(map[string]bool{"privately": true, "briefly": true, "separately": true,
	"secretly": true, "individually": true, "personally": true, "informally": true, "jointly": true,
	"today": true, "yesterday": true, "tomorrow": true, "again": true})

// meetingAsideEnd returns the token of "with" when a day or a word of manner at token k
// stands between a meeting verb and "with" ("met Thursday with", "met privately
// with"), k otherwise.
func (rf *relationFinder) meetingAsideEnd(k int) int {
	if k+1 >= len(rf.toks) || !rf.is(k+1, wWith) {
		return k
	}
	if _, ok := weekdays[rf.low(k)]; ok || rf.in(k, meetingManners) {
		return k + 1
	}
	return k
}

// warnedClauseWords are the words that open a clause of what was warned: a
// conjunction or a subject pronoun ("warned that", "warned he would", "warned of riots
// if").
var warnedClauseWords = newTokSet(map[string]bool{"that": true, "if": true, "unless": true, "as": true,
	"when": true, "because": true, "while": true, "he": true, "she": true, "they": true, "we": true,
	"it": true, "i": true})

// warningClauseAt reports whether the words after a warning verb, from token k, open
// what was warned before any name: a clause word before the first name within eight
// tokens, or "against" or "of" and a verb in -ing ("warned against demonizing
// Muslims"). Such a name is no one warned.
func (rf *relationFinder) warningClauseAt(k, end int) bool {
	if rf.is(k, wAgainst, wOf) && k+1 < end && rf.lowerWordAt(k+1) && strings.HasSuffix(rf.low(k+1), "ing") {
		return true
	}
	for j := k; j < end && j < k+8; j++ {
		if rf.entAt[j] >= 0 {
			return false
		}
		if rf.in(j, warnedClauseWords) && rf.lowerWordAt(j) {
			return !rf.warnedThingAfter(j+1, end)
		}
	}
	return false
}

// warnedThingAfter reports whether the first name within eight tokens from token k is a
// thing's (kg.Other: a law, a product, an event) — what the warning is about ("warned
// that the Brexit vote would …"), which the action reader keeps as its object.
func (rf *relationFinder) warnedThingAfter(k, end int) bool {
	for j := k; j < end && j < k+8; j++ {
		if e := rf.entityOf(j); e >= 0 {
			return rf.ents[e].typ == kg.Other
		}
	}
	return false
}

// metDescribedPersonAt returns the mention of the person met when a place's or a body's
// name and a short lower-case description of the person stand between the meeting verb
// and the name, from token k: "met China's propaganda tsar Liu Yunshan", "will meet EU
// foreign policy chief Frederica Mogherini", "will meet U.N. envoy to Syria Staffan de
// Mistura" (the description may close on "to" and a place). The owner only places the
// description; without this the owner was taken for whom they met, or the name fell past
// the short window strict verbs read. A person's own name first, or a person who owns
// what follows ("… Liu Yunshan's deputy"), is no such object: -1.
func (rf *relationFinder) metDescribedPersonAt(k, end int) int {
	if rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++
	}
	if k >= end || rf.entAt[k] < 0 {
		return -1
	}
	o := &rf.mentions[rf.entAt[k]]
	if o.a != k || !o.demonym && (o.ent < 0 || rf.ents[o.ent].typ == kg.Person) {
		return -1
	}
	j := o.b
	if rf.owner(j) {
		j++
	}
	p := rf.describedPersonAt(j, end)
	if p < 0 && rf.is(j, wEnvoy, wAmbassador) && rf.is(j+1, wTo) {
		if pm := rf.entAt[j+2]; pm >= 0 && rf.mentions[pm].a == j+2 && !rf.mentions[pm].demonym && rf.mentions[pm].ent >= 0 &&
			rf.ents[rf.mentions[pm].ent].typ == kg.Place {
			p = rf.mentions[pm].b // "U.N. envoy to Syria Staffan de Mistura"
			if e := rf.entityOf(p); e < 0 || rf.ents[e].typ != kg.Person || rf.mentions[rf.entAt[p]].a != p {
				p = -1
			}
		}
	}
	if p < 0 {
		return -1
	}
	m := &rf.mentions[rf.entAt[p]]
	if m.b > end || rf.owner(m.b) {
		return -1
	}
	return int(rf.entAt[p])
}

// meetingRoleNouns are the lower-case nouns of a person's role that an appositive name
// may follow after a meeting verb: "met his counterpart, Senator Bob Corker".
var meetingRoleNouns = newTokSet(map[string]bool{"counterpart": true, "critic": true, "president": true,
	"leader": true, "head": true, "commander": true, "chief": true, "figure": true, "mayor": true,
	"minister": true, "envoy": true, "ambassador": true, "premier": true, "governor": true, "senator": true,
	"secretary": true, "chairman": true, "director": true, "adviser": true, "advisor": true, "ally": true,
	"rival": true, "king": true, "queen": true, "speaker": true, "executive": true})

// metAppositivePersonAt returns the mention of the person met when a short description of
// the person's role stands between the meeting verb and the person's name, set off by a
// comma, from token k: "will meet with a frequent critic, House Speaker Paul Ryan", "met
// his counterpart, Senator Bob Corker", "meets China's navy commander, Admiral Wu
// Shengli", "met with the mayor of Flint, Karen Weaver". The description is up to seven
// words with a role noun (meetingRoleNouns) and no person's name; the name after the
// comma closes the appositive (a comma, a stop, or "on", "in", "at", "from", "later",
// "and" after it), so "met the delegation, Obama said" names no one met. -1 otherwise.
// actionVerb reads it before actionObject, and not for a place's meeting ("The Chinese
// president was to meet Iran's most powerful figure, Supreme Leader Ali Khamenei" read
// with China as the subject).
func (rf *relationFinder) metAppositivePersonAt(k, end int) int {
	role := false
	c := -1
	for j := k; j < end && j < k+8; j++ {
		if rf.punct(j, ',') {
			c = j
			break
		}
		if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Person {
			return -1 // "met Lund, a senator": the name itself is the object
		}
		if rf.toks[j].kind != tWord && !rf.owner(j) {
			return -1
		}
		if rf.lowerWordAt(j) && rf.in(j, meetingRoleNouns) {
			role = true
		}
	}
	if c < 0 || !role || c == k {
		return -1
	}
	mi := rf.titledPersonAt(c+1, end)
	if mi < 0 {
		mi = rf.mentionFrom(c+1, end)
	}
	if mi < 0 {
		return -1
	}
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.b > end || rf.owner(m.b) {
		return -1
	}
	if m.b < end && !rf.punct(m.b, ',') && rf.toks[m.b].kind != tStop && !rf.is(m.b, wOn, wIn, wAt, wFrom, wLater, wAnd) {
		return -1
	}
	return mi
}

// placeOnTheWayToMeet reports whether the token before the infinitive "to meet" at
// verb v ends a place's name that only marks where a journey went: a preposition of
// the way, and at most one lower-case word ("northern", "central"), before the place —
// "a long, secret trip to an unnamed area of northern Mexico to meet El Chapo", "the
// day-long trip through central Mexico to meet Guzman". The place is no one who met; a
// headline's "Japan to meet South Korea" has no preposition before the place.
func (rf *relationFinder) placeOnTheWayToMeet(v int) bool {
	if v < 3 || !rf.is(v-1, wTo) || rf.entAt[v-2] < 0 {
		return false
	}
	m := &rf.mentions[rf.entAt[v-2]]
	if m.b != v-1 || m.ent < 0 || rf.ents[m.ent].typ != kg.Place {
		return false
	}
	p := m.a - 1
	if p > 0 && rf.lowerWordAt(p) && rf.toks[p].feat&lxFunc == 0 {
		p--
	}
	return p >= 0 && rf.is(p, wOf, wThrough, wTo, wAcross, wInto, wAround, wIn, wFrom)
}

// ownedPeopleNouns are the lower-case nouns for a body's people that may follow its
// possessive after a meeting verb: "met with Rutgers' hierarchy", "met the company's
// executives" meet the body, where "meet Democrats' demands" or "meets the Grounders'
// commander" meets no one named (relations.go actionObject, strict objects).
var ownedPeopleNouns = newTokSet(map[string]bool{"hierarchy": true, "leadership": true, "leaders": true,
	"officials": true, "executives": true, "representatives": true, "management": true, "board": true,
	"brass": true, "delegation": true, "negotiators": true})
