package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Open relations, in the manner of open information extraction (ReVerb): a verb kg.Actions
// has no predicate for, between two named entities of one clause, gives a predicate made
// from the phrase by a fixed rule — the verb's base form, then its particle, the head noun
// of a short object and the preposition that leads to the second name, in camelCase:
// "Halvorsen dropped its legal case against Kestrel" → dropCaseAgainst, "Mara Lind was
// introduced by Tom Wade" → Tom Wade introduce Mara Lind, "Lund had spoken to Velland" →
// spokeTo (the controlled predicate for speaking to). The verb is found without a tagger:
// a word in -ed that data/english-words.txt knows, with a base form it also knows, or that
// data/open-verbs.txt lists (SCOWL's verbs the first list lacks: "unveiled", "granted"), an
// irregular past (data/verbs.txt), a word in -s right after its subject, or a word in -ing
// after a form of "be" or a preposition of time or means (openIngBase). kg.IsOpenPredicate
// marks such predicates; kg.Opposites never applies to them.

// irregularVerbs maps irregular past forms to their base ("spoken" → speak).
var irregularVerbs = wordValues("irregular-verbs")

// participleOnly are the irregular forms that are only participles ("taken", "spoken").
var participleOnly = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range entries("irregular-verbs") {
		if len(e) > 2 && e[2] == "participle" {
			m[e[0]] = true
		}
	}
	return m
}()

// openEdVerbs maps the past forms in -ed that data/english-words.txt does not read as
// verbs to their base ("unveiled" → unveil, "granted" → grant): data/open-verbs.txt,
// which scripts/openverbs derives from SCOWL's verbs. It serves the verbs of the open
// reader alone; english-words.txt, which also tells a sentence's first word from a
// name, stays as it is.
var openEdVerbs = wordValues("open-verbs-ed")

// notOpenVerbs are the base forms that carry no relation of their own ("said", "included").
var notOpenVerbs = newTokSet(wordSet("open-verbs-not"))

// openParticles may follow the verb as part of it: "took over", "set up", "backed off".
var openParticles = newTokSet(map[string]bool{"up": true, "out": true, "off": true, "down": true,
	"over": true, "back": true, "away": true})

// openPrepositions lead from the verb (or its short object) to the second name: "spoke
// to", "a case against", "served under". Prepositions of time ("after", "since") and of
// manner ("as", "like") are left out, and "around", which as often means "about" ("spent
// around C$100") or a tour ("flying around Britain") as a place.
var openPrepositions = newTokSet(map[string]bool{"to": true, "with": true, "against": true, "on": true,
	"for": true, "from": true, "into": true, "about": true, "toward": true, "towards": true,
	"at": true, "in": true, "over": true, "onto": true, "across": true, "through": true,
	"under": true, "behind": true, "alongside": true, "among": true, "between": true, "of": true,
	"near": true, "outside": true, "inside": true, "within": true, "throughout": true, "beyond": true})

// openDeterminers may open the short object between the verb and its preposition.
var openDeterminers = newTokSet(map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true,
	"her": true, "their": true, "new": true})

// openRelations reads the open relations of sentence si: for each verb kg.Actions does not
// cover, its subject (actionSubject: a name, a pronoun or description resolved, a relative
// clause's antecedent) and the name its phrase leads to, active ("Wade sued over Kestrel",
// "Velland imposed limits on Halvorsen"), or the agent of a passive in "by" ("Mara Lind was
// introduced by Tom Wade" → Tom Wade introduce Mara Lind).
func (rf *relationFinder) openRelations(si int) {
	s := &rf.sents[si]
	if rf.punct(s.b-1, '?') || rf.punct(s.start, '[') {
		return // a question, an aside in brackets: nothing stated
	}
	rf.open = true
	defer func() { rf.open = false }()
	for v := s.start + 1; v < s.b; v++ {
		t := &rf.toks[v]
		if t.kind != tWord || t.has(fCap) || rf.quoteOf[v] != 0 || rf.entAt[v] >= 0 || t.feat&(lxFunc|lxSpeech) != 0 && phrasalBase(rf.low(v), rf.low(v+1)) == "" {
			continue
		}
		w := coVerb(rf.low(v)) // "co-hosted" reads as "hosted"
		base, gerund := rf.openVerbBase(si, v, w), false
		if b := phrasalBase(w, rf.low(v+1)); b != "" {
			if rf.is(v-1, wIt, wThey) {
				continue // "the way it went after Quill": a pronoun the reader may send to the wrong party
			}
			base = b // "called out Quill", "went after Quill": phrasalowners.go
		}
		if base == "" && rf.is(v+1, wBy) {
			if b := asideParticiples[w]; b != "" && rf.appositiveParticiple(si, v, v+1) >= 0 {
				base = b // "Corvex, a hedge fund run by Keith Meister": describedparticiples.go
			}
		}
		if base == "" {
			base, gerund = rf.openIngBase(v, w)
		}
		if base == "" && rf.appearanceAt(v, w) {
			base = "appear" // "appeared on Harbor Lights": appearances.go
		}
		if base == "" {
			continue
		}
		if pred, _, _ := rf.actionVerb(si, v, w); pred != "" && !(pred == "sues" && rf.suitAgainst(v) > 0) && !(pred == "kills" && rf.is(v, wShot, wShoots)) || rf.allegianceAhead(v) {
			continue // a verb of the controlled vocabulary keeps its predicate; allegiance.go reads an oath
			// (a suit filed or brought keeps its open phrase too, "fileLawsuitAgainst", as before suitAgainst;
			// "shot dead", "fatally shot" keep "shoot" beside kills)
		}
		if rf.unasserted(si, v) || rf.hedged(si, v) {
			continue
		}
		p := v + 1
		part := ""
		if rf.in(p, openParticles) {
			part, p = rf.low(p), p+1 // "knocked out Sonny Liston" → knockOut
		}
		by := p
		if q := rf.agentGapAt(p); q > p && rf.is(q, wBy) && rf.passive(si, v) {
			by = q // "was founded in 1994 by Uta Moss": clauses.go
		}
		if rf.is(by, wBy) && (strings.HasSuffix(w, "ed") || irregularVerbs[w] != "" || asideParticiples[w] != "") {
			if !englishWords.has(w) && irregularVerbs[w] == "" && (rf.embedded(si, v) || rf.asideAgent(by+1, s.b) < 0) {
				continue // a participle known by its agent alone: only a plain agent, outside a condition
			}
			rf.openPassive(si, v, founded(rf.low(v), camel(base, part)), by)
			continue
		}
		if rf.passive(si, v) || irregularVerbs[w] != "" && rf.is(v-1, wWas, wWere, wBeen, wBe, wBeing, wIs, wAre) {
			continue // "was charged with", "has been sent back": a passive without its agent
		}
		if rf.mayBe(v, w, wcParticipleOnly) && participleOnly[w] && !rf.perfect(si, v) {
			continue // "18 Turks taken in Baghdad": a participle after its noun
		}
		if pw := rf.low(v - 1); rf.toks[v-1].kind == tWord && !rf.toks[v-1].has(fCap) && rf.entAt[v-1] < 0 && strings.HasSuffix(pw, "s") &&
			rf.toks[v-1].feat&(lxFunc|lxPronoun) == 0 && !betweenSubjectAndVerb.has(pw) && !strings.HasSuffix(pw, "ly") && rf.stateAgentCountry(v-1, s.start) == "" {
			continue // "cars sold in the United States": a participle after its noun; not "Norlandic warplanes bombed" (statesubjects.go)
		}
		if sj, ob, r := rf.objectGap(si, v, p); sj != "" {
			rf.addOpenRelation(si, sj, founded(rf.low(v), camel(base, part)), ob, rf.span(r, p)) // "Corvid, which Brandt founded in 1999,": gaps.go
			continue
		}
		pred, ok := rf.openObject(si, p, base, part)
		if ok < 0 {
			pred, ok = rf.possessedObject(si, p, base, part) // "questioned Quill's motives": possessedobjects.go
		}
		if ok < 0 {
			pred, ok = rf.phrasalOwner(si, p, base, part) // "took aim at Quill's plan", "raided Quill's offices": phrasalowners.go
		}
		if ok < 0 {
			pred, ok = rf.exemplarObject(si, p, base, part) // "worked with singers like Mara Lind": exemplarobjects.go
		}
		if ok < 0 {
			continue
		}
		pred = founded(rf.low(v), pred)
		if strings.HasSuffix(w, "ing") && (rf.isWord(v+1, w) || rf.infinitiveSubject(ok) || rf.is(rf.backOverAuxiliaries(s.start, v), wThey)) {
			continue // "was working working with", "pushing for NATO to expand": no object of the verb; "they were reviewing": often a pair
		}
		if rf.subjectInPhrase(si, v) || rf.embedded(si, v) || rf.lateSubjectPronoun(si, v) || rf.afterPassiveAnd(si, v) {
			continue
		}
		var subj string
		if gerund {
			subj = rf.gerundSubject(si, v-1) // "Lind spoke briefly before praising Vireo": infinitives.go
		} else {
			subj = rf.actionSubject(si, v)
		}
		if subj == "" {
			continue
		}
		m := &rf.mentions[rf.entAt[ok]]
		objs := rf.entName(int(m.ent))
		if !rf.is(ok-1, wBetween) && !rf.is(ok-2, wBetween) {
			objs = rf.withMembers(int(rf.entAt[ok]), s.b) // "thanked A and B": objects.go; "between A and B" is one relation's two ends
		}
		for name := range nameList(objs).all() {
			for sj := range nameList(subj).all() {
				rf.addOpenRelation(si, sj, pred, name, rf.span(v, min(s.b, m.b)))
			}
		}
		if pred == "raiseFrom" {
			for sj := range nameList(subj).all() {
				rf.raisedFrom(si, sj, ok, rf.span(v, min(s.b, m.b))) // investors.go
			}
		}
	}
}

// subjectInPhrase reports whether the names right before the verb at v (across
// auxiliaries and adverbs, and a list joined by commas and "and") stand inside a phrase of
// their own rather than as its subject: after a preposition, "including" or a verb in -ing
// or -ed ("the championships in Poland and Ukraine used", "groups representing Apple and
// Google sent", "a suit brought by Velland also challenged").
func (rf *relationFinder) subjectInPhrase(si, v int) bool {
	start := rf.sents[si].start
	g := rf.backOverAuxiliaries(start, v)
	if rf.is(g, wWhich, wWho) && rf.punct(g-1, ',') {
		g -= 2 // "Animal Care and Control in Brooklyn, which contacted"
	}
	if g < start || rf.entAt[g] < 0 {
		return false
	}
	a := rf.mentions[rf.entAt[g]].a
	for {
		p := a - 1
		if rf.is(p, wAnd) || rf.punct(p, ',') {
			p--
			if rf.is(p, wAnd) {
				p--
			}
			if p >= start && rf.entAt[p] >= 0 {
				a = rf.mentions[rf.entAt[p]].a
				continue
			}
		}
		break
	}
	p := a - 1
	if rf.is(p, wThe) {
		p--
	}
	if p < start || rf.toks[p].kind != tWord || rf.toks[p].has(fCap) {
		return false
	}
	w := rf.low(p)
	if openPrepositions.has(w) || rf.is(p, wBy, wIncluding, wLike, wAs, wNear) {
		return true
	}
	return (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !rf.in(p-1, openDeterminers) // not "the ruling Progress Party"
}

// perfect reports whether "has", "have" or "had" stands before the participle at v,
// across adverbs and "not": "had spoken", "has also taken".
func (rf *relationFinder) perfect(si, v int) bool {
	start := rf.sents[si].start
	for g := v - 1; g >= start && g >= v-3; g-- {
		if rf.is(g, wHas, wHave, wHad, wHaving) {
			return true
		}
		if !(rf.is(g, wNot, wAlso, wAlready, wSince, wJust, wNever, wRecently) || strings.HasSuffix(rf.low(g), "ly")) {
			return false
		}
	}
	return false
}

// lateSubjectPronoun reports whether the subject of the verb at v is "he" or "she" inside
// the sentence rather than at its start ("Johnson thinks Clinton is saying what she did
// when she campaigned against Obama"): the nearest person of that gender is too often the
// wrong one there. A pronoun that opens the sentence ("She moved to Belgium", "And he
// thanked Obama") is kept.
func (rf *relationFinder) lateSubjectPronoun(si, v int) bool {
	start := rf.sents[si].start
	g := rf.backOverAuxiliaries(start, v)
	if !rf.is(g, wHe, wShe) {
		return false
	}
	return !(g == start || g == start+1 && rf.is(start, wAnd, wBut, wThen, wLater))
}

// afterPassiveAnd reports whether the verb at v follows "and" after a passive of the same
// clause, so shares its passive: "McLean was arrested in Camden, and booked into the Knox
// County Jail" was booked.
func (rf *relationFinder) afterPassiveAnd(si, v int) bool {
	start := rf.sents[si].start
	if !rf.is(v-1, wAnd) {
		return false
	}
	for g := v - 2; g > start && g >= v-14; g-- {
		if rf.is(g, wWas, wWere, wBeen, wIs, wAre) && (strings.HasSuffix(rf.low(g+1), "ed") || irregularVerbs[rf.low(g+1)] != "") {
			return true
		}
	}
	return false
}

// embedded reports whether the verb at v stands in a condition or in a claim its sentence
// denies: "if Jamie kills Randall", "denied that Lewandowski touched Fields" — back to
// the clause's comma or the sentence's start.
func (rf *relationFinder) embedded(si, v int) bool {
	start := rf.sents[si].start
	for g := v - 1; g >= start && g >= v-15; g-- {
		if rf.punct(g, ',') || rf.punct(g, ';') {
			return false
		}
		if rf.is(g, wIf, wUnless, wWhether) || rf.is(g, wThat) && rf.is(g-1, wDenied, wDenies, wDeny, wDenying, wRejected, wDisputed, wDoubt, wDoubted) {
			return true
		}
	}
	return false
}

// openVerbBase returns the base form of the verb at v (the word w), or "" when w is no
// verb kg can tell: "dropped" → drop, "introduced" → introduce, "spoken" → speak, "uses" →
// use after its subject ("Halvorsen uses"), never a plural noun ("carry out attacks").
func (rf *relationFinder) openVerbBase(si, v int, w string) string {
	base := rf.finiteVerbBase(si, v, w)
	if base == "" && rf.mayBe(v, w, wcOpenEd) {
		base = openEdVerbs[w] // "unveiled", "pledged"; "granted" ("Grant" is a name too)
	}
	if base == "" || notOpenVerbs.has(base) {
		return ""
	}
	if _, controlled := kg.Actions[base+"s"]; controlled {
		return "" // "killed" is kills' (casualties.go, the action verbs), not an open "kill"
	}
	return base
}

// finiteVerbBase returns the base form of the verb at v (the word w) by the tests
// openVerbBase uses, the action verbs of kg.Actions and the open-verbs-not list kept:
// "describes" → describe, "killed" → kill; "" when w is no verb kg can tell.
func (rf *relationFinder) finiteVerbBase(si, v int, w string) string {
	base := ""
	if rf.mayBe(v, w, wcIrregular) {
		base = irregularVerbs[w]
	}
	switch {
	case base != "":
	case rf.presentStance(si, v, w) != "":
		base = rf.presentStance(si, v, w) // "Mara Lind slams Tom Vance": presentstances.go
	case (len(w) >= 5 || len(w) == 4 && w[1] != 'e') && strings.HasSuffix(w, "ed") && englishWords.has(w): // "used", not "feed"
		base = edBase(w)
	case len(w) >= 6 && strings.HasSuffix(w, "ed") && rf.passiveWithAgent(si, v):
		base = unlistedEdBase(w) // "was subpoenaed by": verbforms.go
	case len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		rf.toks[v].feat&(lxRole|lxPersonNoun|lxGroup) == 0 && rf.verbAfterSubject(si, v) && englishWords.has(w):
		// (the role, person and group nouns and a word after no subject, which the test
		// below would clear, are let go before the word list's look-ups)
		base = sBase(w)
		if base != "" && (!rf.in(v+1, openDeterminers) && !rf.entityStartsAt(v+1) && !rf.relativeVerbAt(si, v) && !rf.personVerbAt(si, v) ||
			rf.entAt[v-1] >= 0 && !rf.in(v+1, openDeterminers) && !rf.personVerbAt(si, v)) {
			base = "" // "Apple employees live in", "U.S. interests in Asia", "California firms Cylance": nouns
		}
	}
	return base
}

// relativeVerbAt reports whether the word in -s at v opens the verb phrase of a relative
// clause after a name and a comma ("Kestrel, which provides police service to Falcon
// Heights", "Tom Wade, who works for Against All Odds", "who also serves on"), before a
// preposition or a short object, where a noun would stand before a verb ("which members
// voted"): the relative pronoun makes the word in -s its verb.
func (rf *relationFinder) relativeVerbAt(si, v int) bool {
	g := rf.backOverAuxiliaries(rf.sents[si].start, v)
	if !rf.is(g, wWhich, wWho) || !rf.punct(g-1, ',') || rf.entityOf(g-2) < 0 || v+1 >= rf.sents[si].b {
		return false
	}
	if rf.in(v+1, openPrepositions) {
		return true
	}
	// a short object of plain words before a preposition: "provides police service to"
	k := v + 1
	for k < rf.sents[si].b && k-v <= 3 && rf.plainWord(k) && !strings.HasSuffix(rf.low(k), "ed") && !strings.HasSuffix(rf.low(k), "ly") && !rf.in(k, openPrepositions) {
		k++
	}
	return k > v+1 && k-v <= 3 && rf.in(k, openPrepositions) && !rf.is(k, wOf)
}

// infinitiveSubject reports whether the name at token k follows "for" and stands before
// "to" and a verb in lower case: the subject of an infinitive ("pushing for NATO to
// expand", "nearing a deal for Turkey to take back"), not the object of the verb before.
func (rf *relationFinder) infinitiveSubject(k int) bool {
	if !rf.is(k-1, wFor) && !(rf.is(k-1, wThe) && rf.is(k-2, wFor)) {
		return false
	}
	b := rf.mentions[rf.entAt[k]].b
	return rf.is(b, wTo) && b+1 < len(rf.toks) && rf.toks[b+1].kind == tWord && !rf.toks[b+1].has(fCap)
}

// openGerundPrepositions may open a gerund the open reader takes, whose subject is its
// clause's ("Lind spoke briefly before praising Vireo", "Acme answered by hiring Lund"):
// the acts of time and of means. Not "of", "for" and "in" (an accusation, a reason, an
// aim: "accused of hacking", "praised for backing", "interest in buying").
var openGerundPrepositions = newTokSet(map[string]bool{"before": true, "after": true, "while": true,
	"since": true, "by": true})

// openIngBase returns the base form of the word w in -ing at token v when it is a verb the
// open reader takes — a progressive after a form of "be" ("Acme is courting Vireo", "has
// been advising Lund"; apart.go's progressive) or a gerund after a preposition of
// openGerundPrepositions ("before praising Vireo") — and whether it is that gerund; "" for
// any other word in -ing, and for a verb kg.Actions or the open-verbs-not list keeps
// (progressiveAction and gerundAction read the action verbs).
func (rf *relationFinder) openIngBase(v int, w string) (string, bool) {
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || strings.Contains(w, "-") {
		return "", false
	}
	gerund := rf.in(v-1, openGerundPrepositions) && !rf.in(v-2, gerundDenials)
	if !gerund && !rf.progressive(v) {
		return "", false
	}
	base := ingBase(w)
	if _, controlled := kg.Actions[base+"s"]; base == "" || notOpenVerbs.has(base) || controlled || kg.Actions[sForm(base)] != "" {
		return "", false
	}
	return base, gerund
}

// sForm returns the third-person form of the base form b as kg.Actions spells it:
// "push" → pushes, "deny" → denies, "court" → courts.
func sForm(b string) string {
	switch {
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		return b + "es"
	}
	return b + "s"
}

// ingBase returns the base form of a word in -ing that data/english-words.txt knows:
// "planning" → plan, "making" → make, "visiting" → visit, "selling" → sell,
// "investigating" → investigate; "" when no base is a word ("during").
func ingBase(w string) string {
	stem := w[:len(w)-3]
	n := len(stem)
	if n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("lsfz", rune(stem[n-1])) && englishWords.has(stem[:n-1]) {
		return stem[:n-1] // "planning"
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if n >= 2 && !vowel(stem[n-1]) && !strings.ContainsRune("wxy", rune(stem[n-1])) && vowel(stem[n-2]) && (n < 3 || !vowel(stem[n-3])) && englishWords.has(stem+"e") {
		return stem + "e" // "making", "using"
	}
	if n >= 3 && englishWords.has(stem) {
		return stem
	}
	if englishWords.has(stem + "e") {
		return stem + "e" // "investigating", "leaving"
	}
	return ""
}

// edBase returns the base form of a word in -ed that data/english-words.txt knows:
// "carried" → carry, "dropped" → drop, "introduced" → introduce, "called" → call; "" when
// no base is a word ("hundred").
func edBase(w string) string {
	n := len(w)
	if strings.HasSuffix(w, "ied") && englishWords.has(w[:n-3]+"y") {
		return w[:n-3] + "y"
	}
	s1, s2 := w[:n-1], w[:n-2]
	if l := len(s2); l >= 3 && s2[l-1] == s2[l-2] && !strings.ContainsRune("lsz", rune(s2[l-1])) && englishWords.has(s2[:l-1]) {
		return s2[:l-1] // "dropped", "banned"
	}
	if strings.HasSuffix(s1, "e") && englishWords.has(s1) {
		return s1
	}
	if englishWords.has(s2) {
		return s2
	}
	return ""
}

// sBase returns the base form of a word in -s: "sues" → sue, "pushes" → push, "carries" →
// carry; "" when none is a word.
func sBase(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies") && englishWords.has(w[:n-3]+"y"):
		return w[:n-3] + "y"
	case englishWords.has(w[:n-1]):
		return w[:n-1]
	case strings.HasSuffix(w, "es") && englishWords.has(w[:n-2]):
		return w[:n-2]
	}
	return ""
}

// hedged reports whether the verb at v stands under a modal of condition or under a plan
// or an attempt, or in the future ("would buy", "could have sued", "will beat", "plans to
// meet", "failed to stop"): not an act the article states.
func (rf *relationFinder) hedged(si, v int) bool {
	start := rf.sents[si].start
	for g := v - 1; g >= start && g >= v-4; g-- {
		switch {
		case rf.is(g, wWould, wCould, wMight, wMay, wShould, wMust, wWill, wIf, wWhether, wUnless):
			return true
		case rf.is(g, wTo) && rf.is(g-1, wPlans, wPlanned, wPlan, wAims, wAimed, wSeeks, wSought, wTried, wTrying, wFailed, wFails, wThreatened, wVowed, wPromised, wWants, wGoing, wAble, wLikely, wSet):
			return true
		case rf.is(g, wNot, wNever, wTo) || rf.in(g, betweenSubjectAndVerb) || strings.HasSuffix(rf.low(g), "ly") && rf.toks[g].kind == tWord:
			continue
		}
		return false
	}
	return false
}

// openObject reads the phrase after the verb (from token p, past its particle) up to the
// name it leads to: the name itself ("used a pro-government Supreme Court"), a preposition
// and the name ("spoken to Zapatero"), or a short object and a preposition ("dropped its
// legal case against Apple"). It returns the predicate and the name's first token (-1
// for none).
func (rf *relationFinder) openObject(si, p int, base, part string) (string, int) {
	end := rf.sents[si].b
	if q := rf.timePhraseAt(p); q > p && q < end && rf.is(q, wWith) {
		p = q // "huddled on Tuesday with X"
	}
	if e := rf.openNameAt(p, end); e >= 0 {
		return camel(base, part), e
	}
	if w := rf.low(p); (openPrepositions.has(w) || w == "before" && appearanceVerbs.has(base)) && (w != "of" || part != "") && p+1 < end {
		if e := rf.openNameAt(p+1, end); e >= 0 {
			if base == "speak" && part == "" && (w == "to" || w == "with") {
				return "spokeTo", e
			}
			return camel(base, part, w), e
		}
		if w != "of" && w != "for" && w != "about" && (w != "to" || rf.in(p+1, openDeterminers)) {
			return rf.secondPreposition(si, p+1, end, base, part) // not "agreed to allow access to", "called for a ban on"
		}
		return "", -1
	}
	if q := rf.amountEnd(p, end); q > p {
		// "paid $1.5 million to Acme", "raised $60 million from Birch": the amount
		// is no object of its own, the name after the preposition is
		if rf.is(q, wStake, wShares) {
			q++
		}
		if n := rf.countedNoun(p, q, end); n > q {
			if w := rf.low(n); amountPrepositions.has(w) && n+1 < end {
				if e := rf.openNameAt(n+1, end); e >= 0 {
					return camel(base, part, rf.low(n-1), w), e // "leased 20 aircraft to": appearances.go
				}
			}
			return "", -1
		}
		if rf.is(p, wA, wAn) && rf.moneyAt(p+1) == q && q < end && rf.plainWord(q) {
			// "signed a $2 billion deal with Boeing", "paid a $5 million fine to": a sum
			// of money (agentgaps.go moneyAt) qualifies a short object's noun, which
			// names the predicate as "signed a deal with" does; not a year ("a 1997
			// agreement with", a count)
			k := q
			for k < end && k-q < 2 && rf.plainWord(k) && !rf.ingVerb(k) {
				k++
			}
			if w := rf.low(k); openPrepositions.has(w) && w != "of" && k+1 < end && !rf.plainWord(k) {
				if e := rf.openNameAt(k+1, end); e >= 0 {
					return camel(base, part, rf.low(k-1), w), e
				}
			}
			return "", -1
		}
		q = rf.amountNoun(q, end) // "paid $2 million in back taxes to"
		if w := rf.low(q); amountPrepositions.has(w) && q+1 < end {
			if e := rf.openNameAt(q+1, end); e >= 0 {
				return camel(base, part, w), e
			}
		}
		return "", -1
	}
	k := p
	if rf.in(k, openDeterminers) {
		k++
	}
	st := k
	for k < end && k-st < 3 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.entAt[k] < 0 &&
		rf.toks[k].feat&(lxFunc|lxSpeech) == 0 && !strings.HasSuffix(rf.low(k), "ly") && !rf.in(k, openPrepositions) {
		if rf.ingVerb(k) {
			return "", -1 // "obtained a court order requiring Apple": another verb's object
		}
		k++
	}
	if k == st {
		return "", -1
	}
	if e := rf.openNameAt(k, end); e >= 0 && k > p {
		return camel(base, part), e // "used a pro-government Supreme Court"
	}
	if rf.toks[k-1].feat&(lxRole|lxPersonNoun) != 0 {
		return "", -1 // "introduced the senator from Texas": the object is a person
	}
	if w := rf.low(k); openPrepositions.has(w) && w != "of" && k+1 < end {
		if e := rf.openNameAt(k+1, end); e >= 0 {
			return camel(base, part, rf.low(k-1), w), e // "dropped its legal case against"
		}
	}
	return "", -1
}

// ingVerb reports whether the word in -ing at k, inside the short object after the
// verb, is a verb with an object of its own rather than an adjective or a noun: before a
// name or a determiner, and not after one ("a court order requiring Apple", "admitted
// killing J.T. White"; not "the ruling Conservative Party", "expanded testing to Austin",
// "a close working relationship", "dirt-spitting").
func (rf *relationFinder) ingVerb(k int) bool {
	w := rf.low(k)
	if !strings.HasSuffix(w, "ing") || strings.Contains(w, "-") || rf.in(k-1, openDeterminers) {
		return false
	}
	return rf.in(k+1, openDeterminers) || rf.entityStartsAt(k+1) || rf.titledPersonAt(k+1, len(rf.toks)) >= 0
}

// openNameAt returns the first token of the name at token k (after "the"), when the name stands as a
// noun phrase of its own: not a demonym, not a modifier of a noun after it ("a Boeing
// deal"), not an owner ("Apple's shares"), not the first part of a compound ("the
// U.N.-led talks") and not the subject of a clause of its own ("warned Velland would").
func (rf *relationFinder) openNameAt(k, end int) int {
	if rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++ // "the Washington Post"; "The Washington Post" may open its own mention
	}
	if mi := rf.titledPersonAt(k, end); mi >= 0 && rf.mentions[mi].a > k {
		return rf.openNameAt(rf.mentions[mi].a, end) // "thanked Iranian Foreign Minister Javad Zarif": titledobjects.go
	}
	m := rf.namedMentionAt(k)
	if k >= end || m == nil || m.demonym {
		return -1
	}
	b := m.b
	if rf.punct(b, '(') {
		for b < end && !rf.punct(b, ')') {
			b++
		}
		b++ // "removed Viacom (VIAB.O) CEO Philippe Dauman": what follows the ticker counts
	}
	if p := rf.titledPersonAfter(b, end); p >= 0 && rf.ents[m.ent].typ != kg.Person {
		return rf.openNameAt(p, end) // "sent a letter to Federal Reserve Chair Janet Yellen", "pressed New Jersey Gov. Chris Christie"
	}
	if b < end && rf.frequencyAt(b) {
		return k // "shot Corey Jones three times", "called Lind twice": how often, not a noun the name modifies
	}
	if b < end {
		nt := &rf.toks[b]
		switch {
		case rf.owner(b) || rf.punct(b, '\'') || rf.tok(b) == "’" || rf.punct(b, '-') || strings.HasPrefix(rf.tok(b), "-") || nt.kind == tNum && !rf.scoreAt(b):
			return -1 // "the Vikings' defense", "the U.N.-led talks", "Tier 1"
		case nt.kind == tWord && !nt.has(fCap) && nt.feat&lxFunc == 0 && !strings.HasSuffix(rf.low(b), "ly") && !rf.memberNounAfter(m, b, end) && !rf.in(b, openPrepositions):
			return -1 // "a Boeing deal", "Velland imposed"; not "shelled the YPG inside Syria"
		case rf.is(b, wCould, wWould, wWill, wMay, wMight, wMust, wShould, wCan, wIs, wWas, wHas, wHad, wAre, wWere):
			return -1
		}
	}
	return k
}

// entityStartsAt reports whether a name opens at token k (after "the").
func (rf *relationFinder) entityStartsAt(k int) bool {
	if rf.is(k, wThe) {
		k++
	}
	return k < len(rf.entAt) && rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].a == k
}

// openPassive reads "Mara Lind was introduced by Tom Wade", "she was introduced by", "Kestrel,
// which was founded by Tom Wade" and the reduced relative "Kestrel, founded by Tom Wade":
// the agent after "by" (token by) does pred to the patient the passive's subject, a
// pronoun or the clause's antecedent names.
func (rf *relationFinder) openPassive(si, v int, pred string, by int) {
	s := &rf.sents[si]
	e := rf.openAgent(by+1, s.b)
	if e < 0 {
		return
	}
	obj := ""
	if pv := rf.sharedPassive(si, v); pv >= 0 {
		v = pv // "Acme, which was founded by Moss and financed by Lee": the first passive's patient
	}
	switch {
	case rf.passive(si, v):
		g := v - 1
		for g > s.start && rf.in(g, betweenSubjectAndVerb) {
			g--
		}
		switch {
		case rf.entityOf(g) >= 0:
			if !rf.afterPreposition(rf.mentions[rf.entAt[g]].a, s.start) && !rf.mentions[rf.entAt[g]].demonym {
				obj = rf.entName(rf.entityOf(g))
			}
		case rf.is(g, wHe, wShe):
			obj = rf.pronoun(g)
		case rf.is(g, wIt, wThey):
			obj = rf.pronounSubject(si, g) // salience.go
		default:
			obj = rf.relativePatient(si, g) // "Kestrel, which was founded by"
		}
	case rf.punct(v-1, ','):
		obj = rf.entityBefore(v-1, s.start) // "Kestrel, founded by"
	default:
		if c := rf.describedParticiple(si, v); c >= 0 {
			obj = rf.entityBefore(c, s.start) // "Kestrel, a start-up founded by": describedparticiples.go
		}
	}
	if obj == "" || nameList(obj).several() {
		return
	}
	rf.addOpenRelation(si, rf.entName(e), pred, obj, rf.span(v, min(s.b, by+4)))
}

// sharedPassive returns the passive verb whose patient the participle at v shares
// across "and" ("was founded by Moss and financed by Lee": founded), or -1: the
// participle follows "and", and a passive of the same clause, with no comma or other
// "and" between, stands no more than 14 tokens before it.
func (rf *relationFinder) sharedPassive(si, v int) int {
	start := rf.sents[si].start
	if !rf.is(v-1, wAnd) {
		return -1
	}
	for g := v - 2; g > start && g >= v-14; g-- {
		if rf.punct(g, ',') || rf.punct(g, ';') || rf.is(g, wAnd) || rf.toks[g].kind == tOpenQ || rf.toks[g].kind == tCloseQ {
			return -1
		}
		if rf.is(g, wBy) && g > start && rf.passive(si, g-1) {
			return g - 1
		}
	}
	return -1
}

// openAgent is passiveAgent, but a person named after an organization and a title
// ("by former Velland Bank chair Tom Wade") is the agent, not the organization.
func (rf *relationFinder) openAgent(k, end int) int {
	e := rf.passiveAgent(k, end)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return e
	}
	j := k
	for j < end && j-k < 4 && rf.entityOf(j) != e {
		j++
	}
	if j >= end || rf.entityOf(j) != e {
		return e
	}
	if p := rf.titledPersonAfter(rf.mentions[rf.entAt[j]].b, end); p >= 0 {
		return int(rf.mentions[rf.entAt[p]].ent)
	}
	if p := rf.headAfterOrganization(rf.mentions[rf.entAt[j]].b, end); p >= 0 {
		return int(rf.mentions[rf.entAt[p]].ent)
	}
	return e
}

// headAfterOrganization returns the first token of the name that heads a noun phrase
// an organization's name only qualifies, one or two lower-case nouns between them
// ("by Quill veteran Tom Reed", "by Velland unit Birch Pay"), or -1. Token b ends the
// organization's name; the head is a person or an organization named in full there.
func (rf *relationFinder) headAfterOrganization(b, end int) int {
	j := b
	for j < end && j-b < 2 && rf.toks[j].kind == tWord && rf.entAt[j] < 0 && !rf.toks[j].has(fCap) &&
		rf.toks[j].feat&(lxFunc|lxSpeech) == 0 && !strings.HasSuffix(rf.low(j), "ly") {
		j++
	}
	if j == b || j >= end || rf.entAt[j] < 0 {
		return -1
	}
	if m := &rf.mentions[rf.entAt[j]]; m.a == j && m.ent >= 0 && !m.demonym &&
		(rf.ents[m.ent].typ == kg.Person || rf.ents[m.ent].typ == kg.Organization) {
		return j
	}
	return -1
}

// titledPersonAfter returns the first token of a person named after a title of up to three
// words at token b, which ends an organization's name ("Velland Bank chair Tom Wade",
// "Federal Reserve Chair Janet Yellen"), or -1: the organization only qualifies the title.
func (rf *relationFinder) titledPersonAfter(b, end int) int {
	j := b
	for j < end && j-b < 3 && rf.toks[j].kind == tWord && rf.entAt[j] < 0 && rf.toks[j].feat&(lxFunc|lxSpeech) == 0 {
		j++
	}
	if j == b || j >= end || rf.entAt[j] < 0 || rf.toks[j-1].feat&(lxRole|lxHonor) == 0 {
		return -1
	}
	if m := &rf.mentions[rf.entAt[j]]; m.a == j && m.ent >= 0 && rf.ents[m.ent].typ == kg.Person {
		return j
	}
	return -1
}

// camel joins the words of a predicate in camelCase, letters only: ("drop", "case",
// "against") → dropCaseAgainst.
func camel(words ...string) string {
	var b strings.Builder
	for _, w := range words {
		up := b.Len() > 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c < 'a' || c > 'z' {
				continue
			}
			if up {
				c -= 'a' - 'A'
				up = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// amountPrepositions lead from an amount after the verb to the name it went to or came
// from ("paid $1.5 million to", "raised $60 million from"); "in", "on" and "at" are left
// out: after an amount they mostly give its time or place ("rose 5 percent in March").
var amountPrepositions = newTokSet(map[string]bool{"to": true, "from": true, "into": true, "for": true,
	"with": true, "against": true})

// amountEnd returns the token after an amount of money, a count or a percentage that
// opens at token k ("$1.5 million", "more than 20 percent", "a 20 percent stake" up to
// "stake"), or k when none opens there: the words of moneyWords, "a", numbers, scale
// words and "percent", with at least one number.
func (rf *relationFinder) amountEnd(k, end int) int {
	j, num := k, false
	for j < end && j < k+8 {
		w := rf.low(j)
		switch {
		case rf.toks[j].kind == tNum:
			num = true
		case rf.in(j, moneyWordSet) && w != "to" && w != "up", w == "a", w == "percent", w == "%", rf.in(j, scaleWordKeys), rf.in(j, currencyTokSet):
		default:
			if num {
				return j
			}
			return k
		}
		j++
	}
	return k
}

// amountNoun returns the token after the phrase in "in" or "as" that says what an amount
// ending before token q is ("paid $2 million in back taxes to", "raised $60 million in new
// funding from", "paid $5,000 as compensation to"): one to three lower-case words, no
// name, function word (save "new") or word in -ed among them ("$18 million in bitcoins sent from" is
// no payment from), before a preposition of amountPrepositions. It returns q when there
// is none.
func (rf *relationFinder) amountNoun(q, end int) int {
	if !rf.is(q, wIn, wAs) {
		return q
	}
	k := q + 1
	for k < end && k-q <= 3 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.entAt[k] < 0 && (rf.toks[k].feat&(lxFunc|lxSpeech|lxPronoun) == 0 || rf.is(k, wNew)) {
		if w := rf.low(k); amountPrepositions.has(w) || openPrepositions.has(w) || strings.HasSuffix(w, "ed") {
			break
		}
		k++
	}
	if k == q+1 || !rf.in(k, amountPrepositions) {
		return q
	}
	return k
}

// frequencyAt reports whether a phrase of how often opens at token k: "twice", "three
// times", "3 times", "multiple times", "several times", and its end is no noun the
// count qualifies ("three times a day" still counts).
func (rf *relationFinder) frequencyAt(k int) bool {
	if rf.is(k, wTwice) {
		return true
	}
	if rf.toks[k].kind != tNum && !(rf.toks[k].kind == tWord && (rf.toks[k].feat&lxNumWord != 0 || rf.is(k, wMultiple, wSeveral, wMany))) {
		return false
	}
	return k+1 < len(rf.toks) && rf.is(k+1, wTimes)
}

// secondPreposition reads the name behind a second preposition, after the first one's
// short noun phrase (from token k): "spoke at a news conference with Mara Lind" →
// speakWith, "moved to the area from Ashmoor" → moveFrom. The phrase is a determiner and
// one to three plain words; its head is no person ("spoke to the senator from Texas")
// and no trip ("spoke on a three-day journey to Peru": trips.go reads those),
// and the second preposition is not "of" ("met at the home of Lind": the home's owner)
// or "between" (one end of a pair). The first is not "for" or "about" ("called for a ban on
// Muslims", "spoke about a planned trip to Kenya": an aim or a topic whose noun the name
// qualifies), nor "to"
// without a determiner (an infinitive, "agreed to allow access to").
func (rf *relationFinder) secondPreposition(si, k, end int, base, part string) (string, int) {
	if v := rf.backOverAuxiliaries(rf.sents[si].start, k-2); rf.is(v, wThey, wIt) {
		return "", -1 // "as they moved from frontline countries to Germany": the pronoun's antecedent too often wrong this far
	}
	if rf.in(k, openDeterminers) {
		k++
	}
	st := k
	for k < end && k-st < 3 && rf.plainWord(k) && rf.toks[k].feat&lxPronoun == 0 && !rf.ingVerb(k) {
		k++
	}
	if k == st || k+1 >= end || rf.toks[k-1].feat&(lxRole|lxPersonNoun) != 0 || tripNouns[rf.low(k-1)] != "" {
		return "", -1
	}
	if w := rf.low(k); openPrepositions.has(w) && w != "of" && w != "between" {
		if e := rf.openNameAt(k+1, end); e >= 0 {
			return camel(base, part, w), e
		}
	}
	return "", -1
}

// personVerbAt reports whether the word in -s at v, right after a person's name, is that
// person's verb before a preposition and a name ("Mara Lind works with Kestrel Labs",
// "Lind lives in Ashmoor"): a person's name seldom qualifies a plural noun as a place's or
// an organization's does ("U.S. interests in Asia", "Apple shares in Tokyo").
func (rf *relationFinder) personVerbAt(si, v int) bool {
	e := rf.entityOf(v - 1)
	if e < 0 || rf.ents[e].typ != kg.Person || rf.mentions[rf.entAt[v-1]].demonym || !rf.in(v+1, openPrepositions) || rf.is(v+1, wOf) {
		return false
	}
	if a := rf.mentions[rf.entAt[v-1]].a; a > 0 && (rf.toks[a-1].kind == tNum || rf.in(a-1, openDeterminers)) {
		return false // "125 Halvern Sprite cars in Denver": a name that qualifies a counted noun
	}
	if w := rf.low(v); strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ions") {
		return false // "Trump supporters in Iowa", "Sanders loyalists at", "Clinton donations to"
	}
	return v+2 < rf.sents[si].b && rf.openNameAt(v+2, rf.sents[si].b) >= 0
}
