package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Acts stated by a noun rather than a verb: the noun of an act ("lawsuit", "acquisition",
// "visit") gives its verb's predicate when its agent is named by a possessive before it
// or by "by" after it, and its patient by the preposition the noun takes — "Acme's
// lawsuit against Birch" (sues), "Acme's $2 billion offer for Birch" (bidsFor), "the
// acquisition of Birch by Acme" (acquires), "a complaint filed by Acme against Birch"
// (sues), "Hale's trip to Peru" (visits). An act only planned or undone ("Acme's
// proposed acquisition of", "its failed takeover of") gives nothing, save a bid. A
// standing tie (a deal, partnership, contract, alliance, dispute or battle) also takes
// as a party the subject of "has" before it, or of "locked in" before a dispute or a
// battle: "Lyft has a partnership with Birch" (heldAct). A speech act (an interview, a
// statement, a letter, testimony, remarks, a speech, an address) gives spokeTo its
// hearer, and a meeting meets, by the same possessive ("Hale's letter to the board",
// "her meeting with Mori"); "said in a statement to Reuters" is spokenIn's (nominals.go).
// The nouns, their predicates and prepositions are the list [action-nouns] of
// relations.txt.

// actionNoun is one noun of an act: the predicate of its verb and the prepositions that
// open its patient.
type actionNoun struct {
	pred  string
	preps []string
}

// actionNouns are the nouns of acts, by lower-case word.
var actionNouns = func() map[string]actionNoun {
	out := map[string]actionNoun{}
	for _, e := range entries("action-nouns") {
		if len(e) < 3 || !kg.IsPredicate(e[1]) {
			panic("extraction: word list [action-nouns]: " + e[0] + " needs a predicate of the vocabulary and its prepositions")
		}
		out[e[0]] = actionNoun{pred: e[1], preps: strings.Split(e[2], ",")}
	}
	return out
}()

// undoneActs are the modifiers of an act that has not happened, or was called off or
// only alleged: "a proposed merger with", "its failed takeover of".
var undoneActs = newTokSet(map[string]bool{"proposed": true, "planned": true, "possible": true, "potential": true,
	"rumored": true, "rumoured": true, "expected": true, "mooted": true, "would-be": true, "failed": true,
	"abandoned": true, "aborted": true, "scrapped": true, "blocked": true, "collapsed": true,
	"alleged": true, "threatened": true, "rejected": true, "pending": true, "future": true,
	"canceled": true, "cancelled": true, "stalled": true, "thwarted": true, "foiled": true})

// revokingVerbs undo or hold back the act of the noun after them: "revoked his endorsement of",
// "withheld his support for".
var revokingVerbs = []string{"revoked", "revokes", "rescinded", "rescinds", "retracted", "retracts",
	"withdrew", "withdraws", "withdrawn", "dropped", "drops", "abandoned", "abandons", "ended", "ends",
	"withhold", "withholds", "withheld", "withholding", "lifted", "lifts", "lift", "lifting"}

// patientPrep reports whether token k opens the patient of the act noun n: one of its
// prepositions, or "to buy"/"to acquire" after a bid ("an offer to buy Birch"). It returns
// the token where the patient's name starts, or -1.
func (rf *relationFinder) patientPrep(k int, n actionNoun) int {
	if n.pred == "bidsFor" && rf.is(k, wTo) && rf.is(k+1, wBuy, wAcquire, wPurchase) {
		return k + 2
	}
	for _, p := range n.preps {
		if rf.isWord(k, p) {
			return k + 1
		}
	}
	return -1
}

// actPatient returns the names the act's patient phrase at token k holds (NUL-joined
// for a list: "attacks on Paris and Brussels"), or "": a name that starts there, owns
// nothing and qualifies no noun ("the acquisition of Birch's unit", "attacks on Kurdish
// positions" are no acts on Birch or the Kurds), and the token after it.
func (rf *relationFinder) actPatient(k, end int) (string, int) {
	if rf.is(k, wThe) {
		k++
	}
	if k >= end || rf.entAt[k] < 0 {
		return "", k
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.a != k || m.demonym || rf.owner(m.b) || (rf.modifier(m.b) || rf.modifiesNoun(m.b)) && !rf.pastAfterAct(m.b) || rf.pluralAfter(m.b) ||
		rf.punct(m.b, '-') || rf.entAt[m.b] >= 0 || rf.tok(m.b) == "'" || rf.tok(m.b) == "’" || compassPoints.has(rf.entName(m.ent)) {
		return "", k // "London-based", "Sanders' position", "the South by Southwest festival", "Republican Donald Trump"
	}
	return rf.withMembers(int(rf.entAt[k]), end), m.b
}

// plainPasts are the irregular pasts of common verbs that the list [irregular-verbs]
// leaves out (they open no relation of their own there).
var plainPasts = newTokSet(map[string]bool{"came": true, "went": true, "became": true, "got": true, "made": true,
	"held": true, "left": true, "fell": true, "led": true, "met": true, "saw": true, "said": true,
	"told": true, "found": true, "meant": true})

// pastAfterAct reports whether token k, right after an act's patient, is an irregular
// past that is neither a participle nor its verb's base ("Acme's lawsuit against Birch
// went to trial", "the sanctions on Xland took effect"): the act's verb, no noun the
// name qualifies ("attacks on Paris hit", "a bid for Birch cost" stay unread).
func (rf *relationFinder) pastAfterAct(k int) bool {
	w := rf.low(k)
	if plainPasts.has(w) {
		return true
	}
	base := irregularVerbs[w]
	return base != "" && base != w && !participleOnly[w]
}

// actAgent returns the name of the entity that starts at token k as an act's agent, or
// "": a name of a person, a body or a place, not a nationality, one that owns or
// qualifies what follows.
func (rf *relationFinder) actAgent(k, end int) string {
	if rf.is(k, wThe) {
		k++
	}
	if k >= end || rf.entAt[k] < 0 {
		return ""
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.a != k || m.demonym || rf.owner(m.b) || rf.modifier(m.b) || rf.pluralAfter(m.b) {
		return ""
	}
	return rf.entName(m.ent)
}

// addAct records the act pred of each agent on each patient, as objectFits and
// subjectFits allow; a speech is heard by a person or a body and a place neither
// speaks nor meets (spokenTo).
func (rf *relationFinder) addAct(si int, agents, pred, patients, text string) {
	for ob := range nameList(patients).all() {
		if ob == "" || !rf.objectFits(pred, ob) || pred == "spokeTo" && !spokenTo(rf.typeOfName(ob)) {
			continue
		}
		for sj := range nameList(agents).all() {
			if sj != "" && sj != ob && rf.subjectFits(pred, sj) && !((pred == "spokeTo" || pred == "meets") && rf.typeOfName(sj) == kg.Place) {
				rf.addRelation(si, sj, pred, ob, text)
			}
		}
	}
}

// spokenTo reports whether an entity of type t may hear a speech, a statement or a
// letter: a person, a body or a group ("her letter to the board"), not a place ("his
// speech to Mexico" names where he spoke).
func spokenTo(t kg.EntityType) bool {
	return t == kg.Person || t == kg.Organization || t == kg.Group
}

// possessedAct reads "AGENT's [a few modifiers] NOUN PREP PATIENT" after the possessive
// at token g (owner the entity it stands for: possessiveOwner): "Acme's $2 billion offer
// for Birch", "Russia's annexation of Crimea", "its bid for Birch", "Hale's Wednesday
// visit to Lima" (a weekday among the modifiers).
func (rf *relationFinder) possessedAct(si, g, owner int) {
	s := &rf.sents[si]
	if rf.ents[owner].typ == kg.Other {
		return
	}
	k := g + 1
	for ; k < s.b && k-g <= 4; k++ {
		if _, ok := actionNouns[rf.low(k)]; ok && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) {
			break
		}
		if _, day := weekdays[rf.low(k)]; day && rf.toks[k].kind == tWord {
			continue // "Obama's Wednesday visit to Detroit"
		}
		if _, nth := ordinalWords[rf.low(k)]; (nth || rf.is(k, wFirst)) && rf.toks[k].kind == tWord {
			continue // "his third trip to Lima", "her first visit to Oslo"
		}
		if k-g == 4 || !rf.actModifier(k) {
			return // at most three modifiers: "its $6.4 billion acquisition of"
		}
	}
	n, ok := actionNouns[rf.low(k)]
	if !ok || k >= s.b || rf.undone(g+1, k, n.pred) || n.pred != "bidsFor" && rf.isWord(g-1, revokingVerbs...) {
		return // "revoked his endorsement of"
	}
	if (n.pred == "allyOf" || n.pred == "linkedTo") && rf.is(g, wIts) {
		return // "its alliance with", "its ties with": possessiveOwner too often misses the body (nounact28)
	}
	if n.pred == "wins" && rf.is(g, wIts, wTheir) {
		return // "after its 82-68 victory over Duke": the team "its" stands for is too often missed
	}
	if rf.is(k, wInterview, wInterviews) && rf.ents[owner].typ != kg.Person {
		return // "the network's interview with Hale": the outlet asked, Hale spoke
	}
	if n.pred == "bidsFor" && rf.ents[owner].typ == kg.Person {
		return // "his 2010 bid for the Senate": a bid for an office
	}
	p := rf.patientPrep(k+1, n)
	if p < 0 {
		return
	}
	patients, pe := rf.actPatientFor(n.pred, p, s.b)
	if patients == "" || n.pred != "bidsFor" && rf.foreseen(pe) {
		return // "Acme's acquisition of Birch would create": not yet done
	}
	if n.pred == "supports" && rf.is(pe, wTo) {
		return // "his support for Britain to leave": the support is for an act
	}
	from := g // "its bid for Birch"
	if rf.entAt[g-1] >= 0 && !rf.is(g, wHis, wHer, wIts) {
		from = rf.mentions[rf.entAt[g-1]].a
	} else if a := rf.theBefore(g, s.start, 4); a >= 0 && !rf.is(g, wHis, wHer, wIts) {
		from = a // "the company's bid for Birch"
	}
	rf.addAct(si, rf.entName(owner), n.pred, patients, rf.span(from, min(s.b, pe)))
}

// actModifier reports whether token k may stand between a possessive and the noun of
// an act: a lower-case word that is no function word, verb of speech or name ("its
// hostile", "planned"), "new", an amount ("$2 billion", "$2-billion") or a hyphen.
func (rf *relationFinder) actModifier(k int) bool {
	t := &rf.toks[k]
	switch {
	case t.kind == tNum || rf.punct(k, '$') || rf.punct(k, '-') || rf.is(k, wNew):
		return true // "the Council's new sanctions on" ("new" is a function word of the lexicon)
	case t.kind != tWord || rf.entAt[k] >= 0 || t.has(fCap) || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rf.owner(k):
		return false
	}
	return true
}

// undone reports whether a word of a..b puts the act off ("proposed", "failed"); a bid
// is a bid whatever became of it.
func (rf *relationFinder) undone(a, b int, pred string) bool {
	if pred == "bidsFor" {
		return false
	}
	for k := a; k < b; k++ {
		if rf.in(k, undoneActs) {
			return true
		}
	}
	return false
}

// actBy reads the noun of an act at token v (the word w) whose agent "by" names: "the
// acquisition of Birch by Acme", "a complaint filed by Acme against Birch". It reports
// whether w is such a noun and the phrase is there.
func (rf *relationFinder) actBy(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcAction) {
		return false
	}
	n, ok := actionNouns[w]
	if !ok || rf.toks[v].has(fCap) {
		return false
	}
	s := &rf.sents[si]
	if a := v - 1; a > s.start && rf.undone(a, v, n.pred) {
		return false
	}
	if n.pred == "bidsFor" && rf.receivedBid(si, v) { // receivedbids.go
		return true
	}
	// "NOUN PREP PATIENT by AGENT"
	if p := rf.patientPrep(v+1, n); p > 0 {
		patients, pe := rf.actPatientFor(n.pred, p, s.b)
		if patients != "" && !rf.is(pe, wBy) {
			return rf.madeAct(si, v, n, patients, pe)
		}
		if patients == "" {
			return false
		}
		agent := rf.actAgent(pe+1, s.b)
		if agent == "" {
			return false
		}
		if n.pred == "bidsFor" || !rf.foreseen(rf.mentions[rf.entAt[rf.skipThe(pe+1)]].b) {
			rf.addAct(si, agent, n.pred, patients, rf.span(v, min(s.b, pe+4)))
		}
		return true
	}
	// "NOUN [filed|brought|made] by AGENT PREP PATIENT"
	b := v + 1
	if rf.is(b, wFiled, wBrought, wMade, wLaunched, wLodged, wAnnounced, wSubmitted) {
		b++
	}
	if !rf.is(b, wBy) {
		return false
	}
	k := b + 1
	if rf.is(k, wThe) {
		k++
	}
	agent := rf.actAgent(k, s.b)
	if agent == "" {
		return false
	}
	end := rf.mentions[rf.entAt[k]].b
	p := rf.patientPrep(end, n)
	if p < 0 {
		return false
	}
	patients, pe := rf.actPatientFor(n.pred, p, s.b)
	if patients == "" {
		return false
	}
	if n.pred == "bidsFor" || !rf.foreseen(pe) {
		rf.addAct(si, agent, n.pred, patients, rf.span(v, min(s.b, pe)))
	}
	return true
}

// actVerbs are the verbs that make an act of the noun after them, their subject its
// agent: "Acme made an offer to buy Birch", "Acme filed a federal lawsuit against Birch",
// "the FBI opened an investigation into Hale".
var actVerbs = newTokSet(map[string]bool{"made": true, "makes": true, "make": true, "launched": true, "launches": true,
	"filed": true, "files": true, "brought": true, "lodged": true, "opened": true, "opens": true,
	"conducted": true, "mounted": true, "began": true, "begins": true, "started": true, "completed": true,
	"completes": true, "submitted": true, "announced": true, "announces": true, "led": true, "leads": true})

// dealVerbs make an agreement of the noun after them (agreesWith) and nothing else:
// "Acme struck a deal with Birch", "sealed a pact with", "inked an accord with". "Signed"
// and "reached" are left to the open predicates (signDealWith, reachAgreementWith).
var dealVerbs = newTokSet(map[string]bool{"struck": true, "strikes": true, "strike": true, "striking": true,
	"sealed": true, "seals": true, "clinched": true, "clinches": true, "inked": true, "inks": true,
	"cut": true, "cuts": true, "formed": true, "forms": true, "forged": true, "forges": true})

// madeAct reads "SUBJECT VERB a [few modifiers] NOUN PREP PATIENT" for the noun of an act
// at token v whose patient's names (patients) end before token pe: the subject of an
// act verb (actVerbs) before the article is the agent. A visit has its own reading
// (actionVerb: "a visit to"). It reports whether the phrase is there.
func (rf *relationFinder) madeAct(si, v int, n actionNoun, patients string, pe int) bool {
	s := &rf.sents[si]
	if n.pred == "visits" {
		return false
	}
	d := v - 1
	for d > s.start && v-d <= 3 && !rf.is(d, wA, wAn, wThe) && rf.actModifier(d) {
		d--
	}
	if heldActs.has(n.pred) && rf.heldAct(si, v, d, n.pred, patients, pe) {
		return true
	}
	made := rf.in(d-1, actVerbs) || (n.pred == "agreesWith" || n.pred == "allyOf") && rf.in(d-1, dealVerbs)
	if !rf.is(d, wA, wAn, wThe) || d-1 <= s.start || !made || rf.undone(d+1, v, n.pred) || rf.unasserted(si, d-1) {
		return false
	}
	if rf.passive(si, d-1) {
		return false // "a complaint was filed against": the agent is unnamed
	}
	subj := rf.actionSubject(si, d-1)
	if subj == "" {
		return false
	}
	for sj := range nameList(subj).all() {
		if n.pred == "bidsFor" && rf.typeOfName(sj) == kg.Person {
			return true // "launched a bid for the presidency"
		}
	}
	rf.addAct(si, subj, n.pred, patients, rf.span(d-1, min(s.b, pe)))
	return true
}

// offeredPurchase reports whether the verb of buying at token v only completes a bid's
// noun ("an offer to buy Birch", "its bid to acquire Birch", "a proposal to purchase"):
// a bid (bidsFor), no purchase.
func (rf *relationFinder) offeredPurchase(v int) bool {
	return rf.is(v, wBuy, wAcquire, wPurchase) && rf.is(v-1, wTo) &&
		rf.is(v-2, wOffer, wOffers, wBid, wBids, wProposal, wProposals, wAttempt, wAttempts, wEffort, wEfforts, wPlan, wPlans, wApproach)
}

// futureModals are the modals of the future or of possibility that foreseen reads.
var futureModals = []string{"would", "will", "could", "might", "may", "should", "can"}

// foreseen reports whether the noun phrase of an act that ends before token k (across a
// time phrase) is the subject of a modal of the future or of possibility ("the visit to Havana by Obama
// would cap", "an acquisition of Birch by Acme will bring"): an act not yet done.
func (rf *relationFinder) foreseen(k int) bool {
	if q := rf.timePhraseAt(k); q > k {
		k = q // "the acquisition of Birch by Acme on Monday would": clauses.go
	}
	if rf.is(k, wIn, wOn, wAt, wNext, wThis, wLater) {
		for j := k + 1; j < len(rf.toks) && j <= k+3 && rf.toks[j].kind != tPunct; j++ {
			if rf.isWord(j, futureModals...) {
				return true // "a visit by Hale to Lima in late March would"
			}
		}
	}
	return rf.isWord(k, futureModals...)
}

// skipThe returns k, or the token after it when k is "the".
func (rf *relationFinder) skipThe(k int) int {
	if rf.is(k, wThe) {
		return k + 1
	}
	return k
}

// namedActs reads the nouns of acts in sentence si whose agent is a name used as their
// modifier ("U.S. sanctions on Iran", "the EU deal with Ankara"; the possessive form is
// possessedAct's), and the acts between two names ("an accord between
// the EU and Turkey", "a deal between Acme and Birch": the first agrees with the second).
func (rf *relationFinder) namedActs(si int) {
	s := &rf.sents[si]
	if rf.sentCls(si)&wcAction == 0 {
		return // sentindex.go: no action noun
	}
	for v := s.start + 1; v < s.b; v++ {
		if rf.toks[v].kind != tWord || rf.toks[v].has(fCap) || rf.quoteOf[v] != 0 || rf.toks[v].cls&wcAction == 0 {
			continue
		}
		n, ok := actionNouns[rf.low(v)]
		if !ok {
			continue
		}
		if n.pred == "agreesWith" && rf.is(v+1, wBetween) {
			rf.actBetween(si, v, n)
			continue
		}
		if n.pred == "investigates" && rf.facedInquiry(si, v) {
			continue // "Takata faces a Justice Department investigation": facedinquiries.go
		}
		rf.modifiedAct(si, v, n)
	}
}

// modifiedAct reads "NAME [two modifiers] NOUN PREP PATIENT" for the noun of an act at
// token v: "U.S. sanctions on Iran", "U.N. sanctions against Pyongyang", "EU accord with
// Turkey". The name is no nationality, group, party or common word, owns nothing before
// it ("Sanders' Senate backers") and is the whole modifier; an attack ("the Sony attack"
// names its target), a speech or a meeting ("a Reuters interview with X": Reuters asked,
// X spoke; "the Kremlin meeting with": a place), an act undone or foreseen give nothing.
func (rf *relationFinder) modifiedAct(si, v int, n actionNoun) {
	s := &rf.sents[si]
	k := v - 1
	for k > s.start && v-k <= 2 && rf.allianceModifier(k) {
		k--
	}
	e := rf.entityOf(k)
	if e < 0 || n.pred == "attacks" || n.pred == "supports" || n.pred == "spokeTo" || n.pred == "meets" || rf.undone(k+1, v, n.pred) || rf.ents[e].typ == kg.Group || len(rf.ents[e].name) < 2 {
		return // "the Sony attack", "the Paris attacks": a name before an attack is often its target or place; "a poll for the Daily Telegraph put support for X"
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.b != k+1 || m.demonym || rf.ents[e].typ == kg.Other || partyWords.has(rf.span(m.a, m.b)) || allEthnic(rf.span(m.a, m.b)) ||
		strings.ContainsAny(rf.tok(k), "-–") || englishWords.has(lowerASCII(rf.ents[e].name)) || rf.possessedBefore(m.a) {
		return
	}
	p := rf.patientPrep(v+1, n)
	if p < 0 {
		return
	}
	patients, pe := rf.actPatientFor(n.pred, p, s.b)
	if patients == "" || rf.foreseen(pe) {
		return
	}
	rf.addAct(si, rf.entName(e), n.pred, patients, rf.span(m.a, min(s.b, pe)))
}

// actBetween reads "NOUN between A and B" for an agreement at token v: A agrees with
// B ("an accord between the EU and Turkey").
func (rf *relationFinder) actBetween(si, v int, n actionNoun) {
	s := &rf.sents[si]
	if rf.undone(max(s.start, v-2), v, n.pred) {
		return
	}
	if a, b, after := rf.betweenDescribed(v+2, s.b); a != "" {
		if !rf.modifier(after) && !rf.foreseen(after) {
			rf.addAct(si, a, n.pred, b, rf.span(v, after)) // "between the giant and the upstart": backrefs.go
		}
		return
	}
	k := rf.skipThe(v + 2)
	if k >= s.b || rf.entAt[k] < 0 {
		return
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.a != k || m.demonym || !rf.is(m.b, wAnd) {
		return
	}
	j := rf.skipThe(m.b + 1)
	if j >= s.b || rf.entAt[j] < 0 {
		return
	}
	o := &rf.mentions[rf.entAt[j]]
	if o.a != j || o.demonym || rf.owner(o.b) || rf.modifier(o.b) || rf.foreseen(o.b) {
		return
	}
	rf.addAct(si, rf.entName(m.ent), n.pred, rf.entName(o.ent), rf.span(v, o.b))
}

// heldActs are the predicates of the nouns of a standing tie between two parties (a deal,
// a partnership, an alliance, a dispute, a battle, negotiations) that heldAct reads with
// the subject of a verb of having as one party: "Acme has a deal with Birch".
var heldActs = newTokSet(map[string]bool{"agreesWith": true, "allyOf": true, "disputesWith": true, "fights": true,
	"negotiatesWith": true})

// holdVerbs are the verbs whose subject is a party to the tie named after them: "Lyft
// has a partnership with Birch", "Acme had an agreement with Birch". A dispute has its
// own, which add the verbs that settle, resolve or win it (disputeVerbs).
var holdVerbs = newTokSet(map[string]bool{"has": true, "had": true, "have": true})

// disputeVerbs are the verbs whose subject is a party to the dispute named after them:
// "Nokia has a dispute with Birch", "Acme settled a patent dispute with Birch".
var disputeVerbs = newTokSet(map[string]bool{"has": true, "had": true, "have": true, "settled": true, "settles": true,
	"resolved": true, "resolves": true, "won": true, "wins": true})

// disputeStates are the participles before "in" whose subject is a party to the dispute,
// battle or negotiations after "in": "China is locked in territorial disputes with
// Japan", "Japan, which is involved in a separate dispute with China", "Acme is engaged
// in a legal battle with Birch". An agreement or alliance is not read so: a bank
// "involved in the deal with" Birch advised on it.
var disputeStates = newTokSet(map[string]bool{"locked": true, "involved": true, "embroiled": true, "engaged": true,
	"mired": true, "entangled": true})

// heldAct reads the noun of a standing tie at token v (pred one of heldActs; the words
// before it end at token d, the article or the first word that is no modifier) whose
// patients end before token pe: the subject of a verb of holding before the article
// (holdVerbs, disputeVerbs for a dispute), or of a participle of disputeStates before
// "in" for a dispute, battle or negotiations, is a party to it. It reports whether it
// recorded the act.
func (rf *relationFinder) heldAct(si, v, d int, pred, patients string, pe int) bool {
	s := &rf.sents[si]
	k := d
	if rf.is(d, wA, wAn, wThe) {
		k = d - 1
	}
	held := holdVerbs
	if pred == "disputesWith" {
		held = disputeVerbs
	}
	verb := -1
	switch {
	case k > s.start && rf.in(k, held):
		verb = k
	case k-1 > s.start && rf.is(k, wIn) && rf.in(k-1, disputeStates) && pred != "agreesWith" && pred != "allyOf":
		verb = k - 1
	}
	if verb < 0 || rf.undone(k+1, v, pred) || rf.unasserted(si, verb) {
		return false
	}
	subj := rf.actionSubject(si, verb)
	if subj == "" {
		return false
	}
	rf.addAct(si, subj, pred, patients, rf.span(verb, min(s.b, pe)))
	return true
}

// dealAfter reports whether an agreement noun (agreesWith) follows the verb at token v
// across an article and at most three modifiers: "struck a landmark deal".
func (rf *relationFinder) dealAfter(v int) bool {
	if !rf.is(v+1, wA, wAn, wThe) {
		return false
	}
	for k := v + 2; k <= v+5; k++ {
		if n, ok := actionNouns[rf.low(k)]; ok && n.pred == "agreesWith" {
			return true
		}
		if !rf.actModifier(k) {
			return false
		}
	}
	return false
}
