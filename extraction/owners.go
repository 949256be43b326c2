package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Owners: a company's parent, as an appositive says it — "Lumo Inc, a unit of Northwind
// Corp", "Pento Ltd, a wholly owned subsidiary of Harlow Bank", "Brisk Co, owned by
// Veltra", "Brisk Co, which is owned by Veltra", the other way round "Veltra, the owner
// of Brisk Co" — and "Veltra-owned Brisk" (compoundTies). Each gives partOf(company, parent). A company's name before a noun of such a tie
// ("Northwind unit Lumo", "Lumo parent Northwind", "Northwind supplier Pento") ties it
// to the company named right after the noun (unitCompounds).

// unitNouns are the heads of an appositive that names a company's parent after "of".
var unitNouns = newTokSet(map[string]bool{"unit": true, "subsidiary": true, "division": true, "arm": true,
	"affiliate": true, "offshoot": true})

// ownerNouns are the heads of an appositive that names, after "of", a company the name
// before the comma owns: "Starwood, the owner of the Sheraton", "Norsk Data, the parent
// company of Tellus Labs" — the unit appositive turned round.
var ownerNouns = newTokSet(map[string]bool{"owner": true, "parent": true})

// partWords are the words that may stand between the comma or the copula and "part of":
// ", now part of", ", which is part of", "is now a part of"; not "as part of" or "in part".
var partWords = newTokSet(map[string]bool{"now": true, "already": true, "which": true, "that": true, "is": true,
	"are": true, "also": true, "itself": true, "still": true, "a": true, "has": true, "become": true, "became": true})

// unitCopulas are the present copulas after a company's name that open a unit's noun:
// "Google is part of Alphabet Inc", "Lumo is a wholly owned subsidiary of Northwind".
var unitCopulas = newTokSet(map[string]bool{"is": true, "are": true, "remains": true, "became": true})

// unitCopulaWords are the words that may follow the copula before the unit's noun.
var unitCopulaWords = newTokSet(map[string]bool{"now": true, "also": true, "still": true, "a": true, "an": true,
	"the": true, "wholly": true, "owned": true, "majority": true, "indirect": true})

// unitHead reports whether token head is the noun of a unit that names its parent after
// the word at head+1: a noun of unitNouns, "part" ("now part of Alphabet Inc") or "joint
// venture" ("a joint venture of A and B", "a joint venture between A and B").
func (rf *relationFinder) unitHead(head int) bool {
	if rf.is(head+1, wBetween) {
		return rf.is(head, wVenture) && rf.is(head-1, wJoint)
	}
	return rf.in(head, unitNouns) || rf.is(head, wPart) || rf.is(head, wVenture) && rf.is(head-1, wJoint)
}

// unitCopula reports whether the lower-case words from token c+1 to the unit's noun at
// token head open with a present copula after a name that ends at token c: "Google is
// now part of", "Lumo is a wholly owned subsidiary of"; not "is not part of".
func (rf *relationFinder) unitCopula(c, head int) bool {
	if c+1 >= head || !rf.in(c+1, unitCopulas) || rf.entAt[c] < 0 || rf.mentions[rf.entAt[c]].b != c+1 {
		return false
	}
	for j := c + 2; j < head; j++ {
		if !rf.in(j, unitCopulaWords) && !(rf.is(head, wVenture) && j == head-1) {
			return false
		}
	}
	return true
}

// pastParentKind returns the token of the company's name after the lower-case words of
// its kind at token k, at most two ("now part of holding company Alphabet Inc", "a unit
// of media conglomerate Veltra"), or k when no company's name opens right after them or
// the last of them is plural.
func (rf *relationFinder) pastParentKind(k, end int) int {
	j := rf.parentKindWords(k, end)
	if j == k || j >= end || plural(rf.low(j-1)) {
		return k // not "owned by brothers Cameron and Tyler": a plural describes no one company
	}
	if e := rf.entityOf(j); e >= 0 && rf.mentions[rf.entAt[j]].a == j && rf.ents[e].typ == kg.Organization {
		return j
	}
	return k
}

// parentKindWords returns the token after the lower-case words of a parent's kind that
// start at token k, four at most, two of them joined by "and" ("state investor",
// "advertising and communications group"); k when none stands there.
func (rf *relationFinder) parentKindWords(k, end int) int {
	kindWord := func(j int) bool {
		t := &rf.toks[j]
		return t.kind == tWord && rf.entAt[j] < 0 && !t.has(fCap) && t.feat&lxFunc == 0
	}
	j := k
	for j < end && j-k < 4 && (kindWord(j) || j > k && rf.is(j, wAnd) && j+1 < end && kindWord(j+1)) {
		j++
	}
	if rf.is(j-1, wAnd) {
		j--
	}
	return j
}

// ownerOpeners are the words that may stand between the comma and a noun of ownerNouns:
// "the owner of", "a majority owner of", "its parent".
var ownerOpeners = newTokSet(map[string]bool{"the": true, "a": true, "an": true, "its": true, "majority": true, "sole": true})

// ownerHead reports whether token head ends a noun of ownerNouns: "owner", "parent",
// "parent company".
func (rf *relationFinder) ownerHead(head int) bool {
	return rf.in(head, ownerNouns) || rf.is(head, wCompany, wFirm, wGroup) && rf.is(head-1, wParent)
}

// ownedBy reads the owner ties of sentence si at token v, the word "of" after a unit noun
// or an owner noun, or the word "by" after "owned".
func (rf *relationFinder) ownedBy(si, v int) {
	s := &rf.sents[si]
	head := v - 1
	owns := rf.is(v, wOf) && rf.ownerHead(head)
	if !(rf.is(v, wOf, wBetween) && rf.unitHead(head)) && !(rf.is(v, wBy) && rf.is(head, wOwned)) && !owns {
		return
	}
	// back over the appositive's lower-case words to its comma: ", a wholly owned
	// subsidiary of", ", which is owned by", ", a company owned by", ", now part of"
	c := head - 1
	for c > s.start && head-c <= 5 && rf.toks[c].kind == tWord && (!rf.toks[c].has(fCap) || rf.acronymNoun(c)) && !rf.punct(c, ',') {
		c--
	}
	unitEnd := c // the token after the unit's name
	if !rf.punct(c, ',') {
		if !rf.unitCopula(c, head) || rf.is(v, wBy) {
			return // "Brisk is owned by Veltra" is passives.go's (owns)
		}
		unitEnd = c + 1
	}
	for j := c + 1; j < head; j++ {
		if rf.is(j, wOf) {
			return // "Pokemon Co, a third of which is owned by Nintendo": a stake
		}
		if rf.is(head, wPart) && unitEnd == c && !rf.in(j, partWords) {
			return // "Acme, as part of the Birch Initiative": a purpose, not a parent
		}
		if owns && !rf.in(j, ownerOpeners) && !(j == head-1 && rf.is(j, wParent)) {
			return // "Velland, a former owner of …", "a major owner of": no parent now or a stake; "from the owner of": another clause's
		}
	}
	k := v + 1
	if rf.is(k, wThe) && (rf.entAt[k] < 0 || rf.mentions[rf.entAt[k]].a != k) {
		k++ // not the "The" of "owned by The Onion"
	}
	k = rf.pastParentKind(rf.pastParentPlace(k), s.b)
	owner := rf.entityOf(k)
	if owner >= 0 && rf.mentions[rf.entAt[k]].a == k {
		if j := rf.ownerPastPossessor(int(rf.entAt[k]), s.b); j >= 0 {
			k, owner = j, rf.entityOf(j) // "owned by Jack Dorsey's company Square": describedowners.go
		}
	}
	if owner < 0 || rf.mentions[rf.entAt[k]].a != k || rf.is(rf.mentions[rf.entAt[k]].b, wAposS, wRsquoS) {
		return // not "owned by Jack Dorsey's shares"
	}
	if rf.ents[owner].typ == kg.Organization {
		// "owned by Veltra rival Norsk Data", "a unit of Veltra affiliate Brisk Co": the
		// first company only qualifies the noun whose name follows (openrelations.go)
		if h := rf.headAfterOrganization(rf.mentions[rf.entAt[k]].b, s.b); h >= 0 {
			if rf.is(rf.mentions[rf.entAt[h]].b, wAposS, wRsquoS) {
				return
			}
			k, owner = h, rf.entityOf(h)
		} else if rf.is(v, wBy) && rf.modifiesAfter(rf.mentions[rf.entAt[k]].b, s.b) {
			return // "owned by Veltra shareholders": no company of its own ("part of the Havas network" is Havas)
		}
	}
	unit := rf.entityOf(unitEnd - 1)
	if unit < 0 || unit == owner || rf.ents[unit].typ == kg.Person || rf.ents[unit].typ == kg.Place || rf.ents[unit].typ == kg.Group {
		return
	}
	if ot := rf.ents[owner].typ; ot != kg.Organization && !(ot == kg.Person && rf.is(v, wBy)) {
		return // a unit of a company; owned by a company or a person
	}
	text := rf.span(rf.mentions[rf.entAt[unitEnd-1]].a, rf.mentions[rf.entAt[k]].b)
	if owns {
		rf.ownerAppositive(si, unit, int(rf.entAt[k]), text)
		return
	}
	rf.addRelation(si, rf.entName(unit), "partOf", rf.entName(owner), text)
	// "jointly owned by Lockheed Martin Corp and Boeing Co"
	if j := rf.mentions[rf.entAt[k]].b; rf.is(j, wAnd) {
		if o2 := rf.entityOf(j + 1); o2 >= 0 && o2 != unit && rf.mentions[rf.entAt[j+1]].a == j+1 && rf.ents[o2].typ == rf.ents[owner].typ {
			rf.addRelation(si, rf.entName(unit), "partOf", rf.entName(o2), text)
		}
	}
}

// ownerAppositive reads "Kestrel Group, the owner of Harbor Hotels Inc" in sentence si:
// the company named after "of" (mention mi) and any company joined to it by "and" are
// part of the one before the comma (entity parent), both organizations,
// unless the name after "of" modifies a noun ("a majority owner of Velland voting
// shares" holds shares).
func (rf *relationFinder) ownerAppositive(si, parent, mi int, text string) {
	s := &rf.sents[si]
	named := rf.mentions[mi].ent
	if rf.ents[named].typ != kg.Organization || rf.ents[parent].typ != kg.Organization {
		return
	}
	b := rf.mentions[mi].b
	if rf.modifiesAfter(b, s.b) {
		return
	}
	rf.addRelation(si, rf.entName(named), "partOf", rf.entName(parent), text)
	// "Tribune Publishing, owner of the Chicago Tribune and Los Angeles Times"
	if rf.is(b, wAnd) {
		if o2 := rf.entityOf(b + 1); o2 >= 0 && o2 != parent && rf.mentions[rf.entAt[b+1]].a == b+1 && rf.ents[o2].typ == kg.Organization && !rf.modifiesAfter(rf.mentions[rf.entAt[b+1]].b, s.b) {
			rf.addRelation(si, rf.entName(o2), "partOf", rf.entName(parent), text)
		}
	}
}

// pastParentPlace returns the token after the place that opens a parent's name at token
// k, as its home rather than the parent ("a subsidiary of Japan's Sun Corp", "a division
// of San Diego-based Sempra Energy"), and the words of kind after a demonym ("a unit of
// French group Vivendi"); else k.
func (rf *relationFinder) pastParentPlace(k int) int {
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Place {
		return k
	}
	m := &rf.mentions[rf.entAt[k]]
	switch {
	case rf.is(m.b, wAposS, wRsquoS):
		return m.b + 1
	case m.demonym || strings.HasSuffix(rf.low(m.b-1), "-based") || m.b < len(rf.toks) && rf.toks[m.b].kind == tWord && !rf.toks[m.b].has(fCap):
		// "French group Vivendi", "Chinese e-commerce company Alibaba", "French advertising
		// and communications group Havas SA", "Singapore state investor Temasek Holdings"
		if j := rf.parentKindWords(m.b, len(rf.toks)); j > m.b || m.demonym || strings.HasSuffix(rf.low(m.b-1), "-based") {
			if e := rf.entityOf(j); e >= 0 && rf.mentions[rf.entAt[j]].a == j && (m.demonym || rf.ents[e].typ == kg.Organization) {
				return j
			}
		}
	}
	return k
}

// unitCompound is a noun of [unit-compound-nouns]: the predicate it gives and whether
// the company named after it holds it (else the one before it does).
type unitCompound struct {
	pred  string
	named bool
}

// unitCompoundNouns are the nouns of data/relations.txt [unit-compound-nouns].
var unitCompoundNouns = func() map[string]unitCompound {
	out := map[string]unitCompound{}
	for _, e := range entries("unit-compound-nouns") {
		if len(e) < 3 || !kg.IsPredicate(e[1]) || e[2] != "named" && e[2] != "modifier" {
			panic("extraction: word list [unit-compound-nouns]: " + e[0] + " needs a predicate and named|modifier")
		}
		out[e[0]] = unitCompound{e[1], e[2] == "named"}
	}
	return out
}()

// unitCompounds reads the ties of sentence si stated by a company's name used as the
// modifier of a noun of unitCompoundNouns before another company's name: "Alphabet Inc
// (GOOGL.O) unit Google", "Google's parent Alphabet", "Apple supplier Foxconn". Both
// must be organizations the entities stage named; a demonym, a word of English or a
// name owned by a possessive before the noun names no company ("French supplier Valeo",
// "Auto supplier Bosch", "his Senate unit").
func (rf *relationFinder) unitCompounds(si int) {
	s := &rf.sents[si]
	if rf.sentCls(si)&wcUnitCompound == 0 {
		return // sentindex.go: no unit noun (a token whose text is not its lower-case form has a capital, and the nouns have none)
	}
	for v := s.start + 1; v+1 < s.b; v++ {
		if rf.toks[v].kind != tWord || rf.toks[v].has(fCap) || rf.quoteOf[v] != 0 {
			continue
		}
		if !rf.mayBe(v, rf.tok(v), wcUnitCompound) {
			continue
		}
		tie, ok := unitCompoundNouns[rf.tok(v)] // lower-case already: no fCap, and the nouns have no capitals
		if !ok {
			continue
		}
		n := rf.compoundNamed(si, v)
		named := rf.entityOf(n)
		if named < 0 || rf.mentions[rf.entAt[n]].a != n || rf.ents[named].typ != kg.Organization || rf.mentions[rf.entAt[n]].demonym {
			if !tie.named && tie.pred == "partOf" {
				rf.parentBefore(si, v)
			}
			continue
		}
		mod := rf.modifierCompany(si, v)
		if mod < 0 || mod == named {
			continue
		}
		ma := rf.mentions[rf.entAt[rf.modifierEnd(si, v)-1]].a
		if rf.is(ma-1, wFormer, wEx, wOnetime, wOneTime, wPrevious) {
			continue // "Former Showboat owner Caesars Corp": a tie that has ended
		}
		if tie.pred == "partOf" && rf.unitNamedShort(ma, n, tie.named) {
			continue
		}
		text := rf.span(ma, rf.mentions[rf.entAt[n]].b)
		if tie.named {
			rf.addRelation(si, rf.entName(named), tie.pred, rf.entName(mod), text)
		} else {
			rf.addRelation(si, rf.entName(mod), tie.pred, rf.entName(named), text)
		}
	}
}

// parentBefore reads the parent of a unit compound at token v of sentence si named before
// the possessive rather than after the noun: an appositive, "Brisk Holdings, Lumen's
// parent company, said", or a copula, "Brisk Holdings is Lumen's parent company". The
// possessed company is part of the one named before; the appositive must close with a
// comma or the sentence, not go on with "and" or "or" into a list ("Apple, Google's
// parent, and Microsoft").
func (rf *relationFinder) parentBefore(si, v int) {
	s := &rf.sents[si]
	if !rf.is(v-1, wAposS, wRsquoS) {
		return
	}
	e := v + 1
	if rf.is(v, wParent) && rf.is(e, wCompany, wFirm, wGroup) {
		e++
	}
	mod := rf.modifierCompany(si, v)
	if mod < 0 {
		return
	}
	ma := rf.mentions[rf.entAt[rf.modifierEnd(si, v)-1]].a
	var at int
	switch {
	case rf.punct(ma-1, ',') && (e >= s.b-1 || rf.punct(e, ',') && !rf.is(e+1, wAnd, wOr)):
		at = ma - 2
	case rf.is(ma-1, wIs, wWas) && (e >= s.b-1 || rf.punct(e, ',') || rf.punct(e, '.')):
		at = ma - 2
	default:
		return
	}
	if at < s.start {
		return
	}
	parent := rf.entityOf(at)
	if parent < 0 || parent == mod || rf.mentions[rf.entAt[at]].b != at+1 || rf.ents[parent].typ != kg.Organization || rf.mentions[rf.entAt[at]].demonym {
		return
	}
	rf.addRelation(si, rf.entName(mod), "partOf", rf.entName(parent), rf.span(rf.mentions[rf.entAt[at]].a, e))
}

// unitNamedShort reports whether the parent in a unit compound (the modifier's mention
// opening at token ma when named holds the tie, else the name opening at token n) is a
// short name the entities stage read as a longer name of one of its units: "Disney"
// taken for "Disney Channel" in "ESPN's parent company Disney". The unit cannot be the
// parent; the tie is left out rather than given to it.
func (rf *relationFinder) unitNamedShort(ma, n int, named bool) bool {
	at := n
	if named {
		at = ma
	}
	m := &rf.mentions[rf.entAt[at]]
	name := rf.entName(m.ent)
	short := rf.span(m.a, m.b)
	if name == short || !strings.HasPrefix(name, short+" ") {
		return false
	}
	words := strings.Fields(name)
	return unitHeads.hasLower(words[len(words)-1])
}

// compoundNamed returns the token that opens the name after the noun of unitCompoundNouns
// at token v of sentence si: the next one, or past the kind word of "parent company",
// "parent firm" or "parent group" ("Lumo's parent company Brisk Holdings"), and past a
// comma when a possessive owns the parent or owner ("Lumo's parent company, Brisk
// Holdings, said", "the chain's owner, Brisk Holdings"),
// an appositive naming it.
func (rf *relationFinder) compoundNamed(si, v int) int {
	n := v + 1
	if rf.is(v, wParent) && rf.is(n, wCompany, wFirm, wGroup) {
		n++
	}
	if rf.is(v, wParent, wOwner) && rf.is(v-1, wAposS, wRsquoS) && n+1 < rf.sents[si].b && rf.punct(n, ',') {
		n++
	}
	if n >= rf.sents[si].b {
		return v + 1
	}
	return n
}

// modifierEnd returns the token after the name that modifies the noun at token v: right
// before it, before a possessive ("Google's parent"), or before a ticker in brackets
// ("Alphabet Inc (GOOGL.O) unit").
func (rf *relationFinder) modifierEnd(si, v int) int {
	k := v
	if rf.is(k-1, wAposS, wRsquoS) {
		k--
	}
	if k-5 >= rf.sents[si].start && rf.tickerEnd(k-5) == k {
		k -= 5
	}
	return k
}

// modifierCompany returns the organization whose name modifies the noun at token v
// (modifierEnd), or -1: not a demonym, a party's word, a word of English ("Internet
// rival"), a hyphenated compound ("SoftBank-backed"), nor a name a possessive owns.
func (rf *relationFinder) modifierCompany(si, v int) int {
	k := rf.modifierEnd(si, v) - 1
	if k < rf.sents[si].start {
		return -1
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return -1
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.b != k+1 || m.demonym || strings.ContainsAny(rf.tok(k), "-–") || englishWords.has(lowerASCII(rf.ents[e].name)) ||
		partyWords.has(rf.span(m.a, m.b)) || rf.possessedBefore(m.a) || rf.openingCapital(si, m) {
		return -1
	}
	return e
}

// openingCapital reports whether mention m of sentence si is one word, named nowhere
// else in the article, with no lower-case word before it in its sentence: its capital
// may be only the sentence's ("FRANKFURT Auto supplier Bosch").
func (rf *relationFinder) openingCapital(si int, m *mention) bool {
	if m.b-m.a != 1 || rf.ents[m.ent].mentions > 1 {
		return false
	}
	for k := rf.sents[si].start; k < m.a; k++ {
		if rf.toks[k].kind == tWord && !rf.toks[k].has(fCap|fUpper) {
			return false
		}
	}
	return true
}

// acronymNoun reports whether token k is an upper-case word of two to five letters that
// names no entity, inside an appositive's description: "Straight Talk, an MVNO owned by
// TracFone" — a kind, not a name that could own or be owned.
func (rf *relationFinder) acronymNoun(k int) bool {
	w := rf.tok(k)
	return rf.toks[k].has(fUpper) && rf.entAt[k] < 0 && len(w) >= 2 && len(w) <= 5 && rf.toks[k].kind == tWord
}
