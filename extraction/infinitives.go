package extraction

import "strings"

// Infinitive complements: the base form of an action verb after "to" and a verb that
// governs it ("Acme vowed to fight Velland", "Tom Wade is expected to succeed Ann Cole",
// "Lund decided to join Birch Partners") states the act of the word list's third-person
// form (fights, succeeds, joins), the governing verb's subject its subject and the name
// right after the infinitive its object. Only when a verb governs "to": after a noun
// ("Wade's proposal to ban", "a nominee to replace Cole") the noun's owner is not the
// actor, and after a name ("traveled to Velland to join", "pushed Lund to accept") the
// name is a place or someone asked to act. A refusal, a failure, a request, a hope or a
// negation states no act ("declined to back", "failed to win", "did not want to join").

// infinitiveGoverning are the verbs in the present that may govern an infinitive of an
// act: "plans to fight", "has to join". A word in -ed and an irregular past need no list.
var infinitiveGoverning = newTokSet(wordSet("infinitive-governing"))

// infinitiveStances are the predicates of a stance, which an aim already states: to vow
// to back someone backs him, to plan to fight a rival fights it.
var infinitiveStances = newTokSet(map[string]bool{"supports": true, "opposes": true, "criticizes": true,
	"fights": true, "condemns": true, "praises": true, "urges": true, "accuses": true, "warns": true})

// infinitiveActs are the governing verbs that state the act of any infinitive ("decided to
// join", "voted to back", "rallied to support"); other predicates than a stance's need one.
var infinitiveActs = newTokSet(wordSet("infinitive-acts"))

// infinitiveDenials are the governing words that state no act of the infinitive.
var infinitiveDenials = newTokSet(wordSet("infinitive-denials"))

// infinitiveAction reads the base form w at token v after "to" in sentence si as an act
// of the word list, with the subject of the verb before "to" and the name right after w
// (and those listed with it). It reports whether w is such an infinitive: a base form of
// the list that main's verbs do not read themselves.
func (rf *relationFinder) infinitiveAction(si, v int, w string) bool {
	if !rf.is(v-1, wTo) || actionVerbs[w] != "" || len(w) < 3 {
		return false
	}
	pred := ""
	for _, f := range []string{w + "s", w + "es", strings.TrimSuffix(w, "y") + "ies"} {
		if p := actionVerbs[f]; p != "" {
			pred = p
			break
		}
	}
	if pred == "" {
		return false
	}
	gov := v - 2
	if !rf.governsInfinitive(gov) || rf.in(gov, infinitiveDenials) || rf.unasserted(si, gov) || actionVerbs[rf.low(gov)] != "" {
		return true // "threatened to attack": threatens, main's own verb
	}
	if !infinitiveStances.has(pred) && !rf.in(gov, infinitiveActs) {
		return true // "needs to win Iowa", "plans to join": an aim, not the act
	}
	s := &rf.sents[si]
	mi := rf.actObjectAt(v, s.b)
	if mi < 0 {
		return true // "to fight a court order", "to back Apple's lawyers", "to join U.S. forces"
	}
	subj := rf.actionSubject(si, gov)
	if subj == "" {
		return true
	}
	for ob := range nameList(rf.withMembers(mi, s.b)).all() {
		if !rf.objectFits(pred, ob) {
			continue
		}
		for sj := range nameList(subj).all() {
			if rf.subjectFits(pred, sj) {
				rf.addRelation(si, sj, pred, ob, rf.span(gov, min(s.b, rf.mentions[mi].b)))
			}
		}
	}
	return true
}

// governsInfinitive reports whether token k, right before "to", is a verb that may govern
// an infinitive: a lower-case word in -ed of five letters or more or an irregular past
// ("vowed", "decided", "is expected", "chose"), or a present form of the list ("plans",
// "wants", "has"); never a name, a noun or a word of a name.
func (rf *relationFinder) governsInfinitive(k int) bool {
	if k < 0 || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.entAt[k] >= 0 || rf.quoteOf[k] != 0 {
		return false
	}
	w := rf.low(k)
	return infinitiveGoverning.has(w) || irregularVerbs[w] != "" || len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// gerundPrepositions may open a gerund whose subject is its clause's: "Lund quit before
// joining Acme", "Wade was accused of attacking Velland", "Acme won praise for backing
// Lund". Not "without" (the act did not happen).
var gerundPrepositions = newTokSet(map[string]bool{"before": true, "after": true, "by": true, "for": true,
	"of": true, "in": true, "while": true, "since": true})

// gerundCharges are the prepositions of a gerund that tell a charge or a reason rather
// than an act the subject did: "accused of", "charged in", "sought for", "responsible
// for" (kills reads only the acts of time and means: "after killing", "by shooting").
var gerundCharges = newTokSet(map[string]bool{"for": true, "of": true, "in": true})

// gerundDenials are the words right before the preposition of a gerund that state the act
// did not happen: "cleared of attacking", "innocent of", "refrained from".
var gerundDenials = newTokSet(map[string]bool{"cleared": true, "acquitted": true, "innocent": true, "absolved": true,
	"clear": true, "short": true, "instead": true, "incapable": true})

// gerundAction reads the gerund w at token v of an action verb of the list after a
// preposition of gerundPrepositions ("before joining Acme", "of attacking Velland"): the
// one name that is the subject of the clause before the preposition acts on the name right
// after the gerund. It reports whether it read a relation.
func (rf *relationFinder) gerundAction(si, v int, w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 || !rf.in(v-1, gerundPrepositions) || rf.in(v-2, gerundDenials) || rf.toks[v].has(fCap) {
		return false
	}
	pred := ""
	forms := []string{stem + "s", stem + "es"}
	if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
		forms = append(forms, stem[:n-1]+"s") // "banning"
	}
	if strings.HasSuffix(stem, "y") {
		forms = append(forms, stem[:len(stem)-1]+"ies") // "denying"
	}
	for _, f := range forms {
		if p := actionVerbs[f]; p != "" {
			pred = p
			break
		}
	}
	if pred == "" || pred == "kills" && rf.in(v-1, gerundCharges) {
		return false // "accused of killing Hall", "responsible for killing Hall": a charge, or someone else's act
	}
	s := &rf.sents[si]
	mi := rf.actObjectAt(v, s.b)
	if mi < 0 {
		return false
	}
	subj := rf.gerundSubject(si, v-1)
	if subj == "" {
		return false
	}
	added := false
	for ob := range nameList(rf.withMembers(mi, s.b)).all() {
		if ob != subj && rf.objectFits(pred, ob) && rf.subjectFits(pred, subj) {
			rf.addRelation(si, subj, pred, ob, rf.span(v-1, min(s.b, rf.mentions[mi].b)))
			added = true
		}
	}
	return added
}

// gerundSubject returns the subject of the clause that the preposition at token p closes:
// the one name between the clause's start (the sentence's, a comma, a semicolon or a
// relative pronoun) and p that neither owns a noun nor follows a preposition, when a verb
// follows it (across auxiliaries, adverbs and a time phrase) — "Lund quit the board
// before", "Wade was accused of", "Lund on Monday joined Acme in" — or, in a relative
// clause with no such name, the name the clause describes ("Moss, who worked on Lund's
// campaign before"). Two names ("Wade thanked Lund for") or none give "": whose act it is
// stays unsaid.
func (rf *relationFinder) gerundSubject(si, p int) string {
	start := rf.sents[si].start
	a := p
	for a > start && p-a < 15 && !rf.punct(a-1, ',') && !rf.punct(a-1, ';') && rf.toks[a-1].kind != tCloseQ && rf.toks[a-1].kind != tOpenQ && !rf.is(a-1, wThat, wWhich, wWho, wAnd, wBut) {
		a--
	}
	found := -1
	for k := a; k < p; k++ {
		if rf.entAt[k] < 0 || rf.quoteOf[k] != 0 {
			continue
		}
		mi := int(rf.entAt[k])
		m := &rf.mentions[mi]
		k = m.b - 1
		if rf.owner(m.b) || rf.afterPreposition(m.a, a) {
			continue // "worked on Lund's campaign", "a job with Acme"
		}
		if found >= 0 || m.ent < 0 || m.demonym {
			return ""
		}
		found = mi
	}
	if found < 0 {
		if rf.is(a-1, wWho, wWhich) && rf.punct(a-2, ',') {
			return rf.entityBefore(a-2, start) // "Moss, who worked on Lund's campaign before joining"
		}
		return ""
	}
	m := &rf.mentions[found]
	g := m.b
	for g < p && (rf.in(g, betweenSubjectAndVerb) || rf.toks[g].kind == tWord && strings.HasSuffix(rf.low(g), "ly") && !rf.toks[g].has(fCap)) {
		g++
	}
	if t := rf.timePhraseAt(g); t > g {
		g = t // "Lund on Monday joined"
	}
	if g >= p || rf.toks[g].kind != tWord || rf.toks[g].has(fCap) || rf.negatedBefore(g, a) {
		return ""
	}
	w := rf.low(g)
	if !(strings.HasSuffix(w, "ed") || irregularVerbs[w] != "" || actionVerbs[w] != "" || strings.HasSuffix(w, "s") && rf.verbAfterSubject(si, g)) {
		return ""
	}
	return rf.entName(m.ent)
}

// actObjectAt returns the mention of the name an infinitive's or a gerund's act at token v
// is done to, right after it (past one "the"), or -1 when there is none or the name only
// modifies what follows it: a nationality, an owner ("Apple's lawyers"), a name before a
// noun ("U.S. forces").
func (rf *relationFinder) actObjectAt(v, end int) int {
	o := v + 1
	if rf.is(o, wThe) && rf.entityOf(o) < 0 {
		o++
	}
	mi := rf.mentionFrom(o, end)
	if mi < 0 || rf.mentions[mi].demonym || rf.owner(rf.mentions[mi].b) || rf.nounAfterName(rf.mentions[mi].b) {
		return -1
	}
	return mi
}
