package extraction

import "strings"

// Possessed objects of the open reader: "Velland questioned Quill's motives", "Tom Reed
// derided Ann Vole's plans", "Xland sabotaged Yland's nuclear program". openNameAt refuses
// a name that owns a noun ("bought Velland's unit": the unit is bought, not Velland), and
// rightly so for most verbs; a verb of stance or of harm, though, aims at the owner
// through what it owns (a claim, a plan, a decision, an account): questioning a company's
// motives is questioning the company. ownerVerbs lists those verbs by base; the predicate
// is the verb's, as the open reader makes it, and the object the owner.

// ownerVerbs are the open verbs (bases) whose possessed object stands for its owner.
// Verbs of transfer, ownership, ruling and making are left out on purpose ("bought X's
// unit", "overturned X's conviction", "approved X's request", "released X's album").
var ownerVerbs = newTokSet(map[string]bool{
	"question": true, "dispute": true, "welcome": true, "back": true,
	"applaud": true, "support": true, "defend": true, "undermine": true, "hack": true,
	"deride": true, "rebuff": true, "hail": true, "disrupt": true, "sabotage": true,
	"mock": true, "slam": true, "denounce": true, "blast": true, "ridicule": true,
	"lambast": true, "target": true, "endorse": true, "decry": true, "bash": true,
	"scorn": true, "lampoon": true, "fault": true, "commend": true, "laud": true,
	"champion": true, "contest": true, "spurn": true, "rebut": true, "rebuke": true,
	"defy": true, "resist": true, "bankroll": true, "foil": true, "shun": true, "fund": true,
	"doubt": true, "challenge": true, // actions61: "doubt X's competence", "challenged X's eligibility"
})

// ownerObjectNouns are nouns after the owner that name the owner's person or place, not
// a stance: "targeted Reed's home", "mocked Reed's supporters" tell of another party.
var ownerObjectNouns = newTokSet(map[string]bool{
	"home": true, "house": true, "office": true, "offices": true, "headquarters": true,
	"car": true, "convoy": true, "embassy": true, "consulate": true, "base": true,
	"bases": true, "positions": true, "territory": true, "border": true, "forces": true,
	"troops": true, "soldiers": true, "ships": true, "vessels": true, "aircraft": true,
	"jets": true, "family": true, "supporters": true, "allies": true, "members": true,
	"employees": true, "staff": true, "fans": true, "supporter": true, "ally": true, "critics": true, "rivals": true,
	"opponents": true, "customers": true, "users": true, "citizens": true, "people": true,
})

// possessedObject returns the open predicate and the first token of the owner when the
// object of the verb (base) at p is "[the] NAME's [up to two modifiers] NOUN": the owner
// is a name of its own (no demonym, not inside another name) and the noun neither a
// person, a role nor one of ownerObjectNouns. It returns "", -1 otherwise.
func (rf *relationFinder) possessedObject(si, p int, base, part string) (string, int) {
	if !ownerVerbs.has(base) || part != "" {
		return "", -1
	}
	if k := rf.possessedOwner(si, p, false); k >= 0 {
		return camel(base), k
	}
	return "", -1
}

// possessedOwner returns the first token of the owner when the phrase at p is "[the]
// NAME's [up to two modifiers] NOUN", the owner a name of its own and the noun no person
// or role; the noun is one of premisesNouns when premises is set (phrasalowners.go),
// else none of ownerObjectNouns. It returns -1 otherwise.
func (rf *relationFinder) possessedOwner(si, p int, premises bool) int {
	end := rf.sents[si].b
	k := p
	if rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++
	}
	k = rf.pastOwnerTitle(k, end) // "questioned President Ivo Kral's motives": phrasalowners.go
	m := rf.namedMentionAt(k)
	if k >= end || m == nil || m.demonym || m.b+1 >= end || !rf.owner(m.b) {
		return -1
	}
	if premises {
		if !rf.premisesAfter(m.b, end) {
			return -1 // "raided Reed's accounts"
		}
		return k
	}
	// the owned noun phrase: lower-case words, the last one its head
	h := rf.ownedHead(m.b, end)
	if h < 0 {
		return -1 // "Velland's Quill unit", "Reed's own": no owned noun
	}
	hw := rf.low(h)
	if rf.ownedPerson(m.b, end) || ownerObjectNouns.has(hw) || strings.HasSuffix(hw, "ly") {
		return -1 // "attacked Vole's father", "Reed's home"
	}
	return k
}

// ownedHead returns the head of the noun phrase owned at the possessive mark o (the
// last of up to three lower-case words after it), or -1.
func (rf *relationFinder) ownedHead(o, end int) int {
	h := -1
	for j := o + 1; j < end && j < o+4; j++ {
		t := &rf.toks[j]
		if t.kind != tWord || t.has(fCap) || rf.entAt[j] >= 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
			break
		}
		h = j
	}
	return h
}

// ownedPerson reports whether the possessive mark o owns one person, by kin or role
// ("Owen Pratt's father", "Quill's chief executive"): the act is on that person, not on
// the owner. It serves the controlled verbs too (relations.go: "attacked Pratt's father"
// attacks nobody named). A plural of people is the owner's side and is left to the
// caller ("accused Kiir's soldiers of" accuses Kiir).
func (rf *relationFinder) ownedPerson(o, end int) bool {
	h := rf.ownedHead(o, end)
	if h < 0 {
		return false
	}
	w := rf.low(h)
	return rf.toks[h].feat&lxRole != 0 || kinNouns[w] || kinNouns[strings.TrimSuffix(w, "s")] || roleNouns[w]
}
