package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// possessedPerson reads "ORGANIZATION's FULL NAME" after the possessive at token g
// (owner the possessor's entity): a person named by a full name right after a body's
// possessive works for it — "CNN's Jake Tapper", "NASA's Brian Muirhead", "Johns
// Hopkins University's Kathryn Edin", "CBS News' Charlie D'Agata" (employeeOf); a party's
// possessive before one names a member ("the Quill Party's Ana Ruiz", memberOf). A
// person's title between them is possessedRole's ("CNN's chief correspondent X"). Not
// read: "its" or "the company's" (whose is unclear), a place or compass point typed as a
// body ("the North's Kim Jong Un" is a country's, citizenship being another reader's), a
// name of one word ("UFC's Silva": a surname may be anyone's), a possessor that is the
// person's own name's part, and a possessive in a quotation. A person the article already
// ties to the body (a founder, a chief) keeps that tie alone. A body that is not
// employerShaped (named once, no body's head: "Harbinor") still counts when a verb of
// speech follows the person's name ("Harbinor's Dana Morrell said", "… first reported")
// or comes before the body's ("said Harbinor's Dana Morrell", "told Harbinor's Ed Ross",
// "according to …": possessedSpeaker): a product or a show does not speak.
func (rf *relationFinder) possessedPerson(si, g, owner int) {
	s := &rf.sents[si]
	k := g + 1
	om := rf.entAt[g-1]
	if om < 0 || k >= s.b || rf.ents[owner].typ != kg.Organization || rf.mentions[om].demonym {
		return
	}
	if !rf.owner(g) && rf.tok(g) != "'" && rf.tok(g) != "’" {
		return
	}
	mi := rf.entAt[k]
	if mi < 0 || rf.mentions[mi].a != k || rf.mentions[mi].ta < k {
		return
	}
	m := &rf.mentions[mi]
	p := m.ent
	if p < 0 || p == owner || rf.ents[p].typ != kg.Person || m.b-m.a < 2 || !strings.Contains(rf.entName(p), " ") {
		return
	}
	if !rf.givenNameShaped(m) {
		return // "Facebook's Oculus Rift", "Omaha's Henry Doorly Zoo": no person's name
	}
	if rf.listedWithThings(si, rf.mentions[om].a, m.b) {
		return // "Volkswagen, Nissan Motor Co and Daimler AG's Mercedes Benz", "Facebook's Oculus Rift or Microsoft's Hololens"
	}
	oname := rf.entName(owner)
	if len(oname) < 2 || !rf.employerShaped(owner, int(om)) && !rf.possessedSpeaker(si, rf.mentions[om].a, m.b) {
		return // a body named once by a name of no head speaks for it only with a verb of speech: "Harbinor's Dana Morrell said"
	}
	if _, place := countryOf[oname]; place || usStates[oname] || compassPoints.has(oname) {
		return
	}
	if strings.HasPrefix(oname, "St. ") || strings.HasPrefix(oname, "Saint ") {
		return
	}
	pname := rf.entName(p)
	for _, r := range rf.rels {
		if r.Subject == pname && r.Object == oname {
			return // "Apple co-founder Steve Jobs … Apple's Steve Jobs": the tie known
		}
	}
	pred := "employeeOf"
	if partyName(oname) || rf.calledParty(owner) {
		pred = "memberOf"
	}
	rf.addRelation(si, pname, pred, oname, rf.span(rf.mentions[om].a, m.b))
}

// facilityWords end the names of places and works the entities may type as persons after
// a possessive ("Omaha's Henry Doorly Zoo", "Stanford University's Frost Amphitheater").
var facilityWords = newTokSet(map[string]bool{"zoo": true, "museum": true, "park": true, "hall": true,
	"center": true, "centre": true, "stadium": true, "arena": true, "theater": true, "theatre": true,
	"amphitheater": true, "amphitheatre": true, "monastery": true, "beach": true, "internet": true,
	"library": true, "gallery": true, "garden": true, "gardens": true, "shack": true, "precinct": true})

// givenNameShaped reports whether the person's mention m reads as a person's full name
// after a possessive: two or three capitalised words (an initial may stand between,
// "Ylan Q. Mui"), the first a given name the lexicon knows or no common word, none with
// a digit or a capital inside ("Tivoli XDi"), none a
// body's or a place's head ("Henry Doorly Zoo") nor a unit's noun. The entity types
// products and places as persons often enough there ("Google's Project Fi",
// "Hyundai's Santa Fe CRDi") that a name not opening with a given name gives nothing.
func (rf *relationFinder) givenNameShaped(m *mention) bool {
	if m.b-m.a < 2 || m.b-m.a > 4 {
		return false
	}
	first := rf.tok(m.a)
	if !firstNames[first] && englishWords.hasLower(first) {
		return false // "Google's Project Fi", "Amazon's Mechanical Turk"
	}
	if _, place := countryOf[rf.entName(m.ent)]; place || rf.modifiesNoun(m.b) || rf.is(m.b, wCampus, wHeadquarters, wOffices, wCampuses, wFacilities, wPlants) {
		return false // "University of Michigan's Ann Arbor campus", "Facebook's Oculus Rift headset"
	}
	if facilityWords.hasLower(rf.tok(m.b - 1)) {
		return false // "Omaha's Henry Doorly Zoo"
	}
	for k := m.a; k < m.b; k++ {
		w := rf.tok(k)
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if rf.toks[k].kind != tWord || !rf.toks[k].has(fCap) || rf.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 ||
			corporateSuffixes.has(lw) || unitHeads.has(lw) || strings.ContainsAny(w, "0123456789&") {
			return false
		}
		if rf.toks[k].has(fUpper) && len(strings.TrimSuffix(w, ".")) > 1 {
			return false // "Pokemon GO"
		}
		if r := []rune(w); len(r) > 1 && strings.ToLower(string(r[1:])) != string(r[1:]) && !strings.ContainsAny(w, "-'’") {
			return false // "Tivoli XDi", "DS4 CrossBack": a product's spelling ("McCain", "DeVos" aside: given names open the name)
		}
	}
	return true
}

// employerShaped reports whether the organization owner, whose possessive is mention om,
// reads as a body one works for: the lexicon knows it, it ends in a legal form or holds
// a body's head word ("Johns Hopkins University", "ABC News"), it is one word written in
// capitals ("KCEN", "WIRED"), or it is named again in the article and is not made of
// common words only. A film or a book typed as a body
// ("Inside Out's Pete Docter", "Extinction's Jack Reynor") has none of these.
func (rf *relationFinder) employerShaped(owner, om int) bool {
	oname := rf.entName(owner)
	if companyOwner(oname) {
		return true
	}
	m := &rf.mentions[om]
	if m.b == m.a+1 && rf.toks[m.a].has(fUpper) && len(rf.tok(m.a)) >= 3 {
		return true // "KCEN's Nikki Laurenzo", "WIRED's Kim Zetter": a name in capitals is no common word
	}
	for k := m.a; k < m.b; k++ {
		if rf.toks[k].feat&lxOrgHead != 0 {
			return true
		}
	}
	common := true
	for _, w := range strings.Fields(oname) {
		common = common && englishWords.hasLower(w)
	}
	return !common && rf.ents[owner].mentions >= 2
}

// calledParty reports whether the article calls the organization e a party by the noun
// after one of its mentions: "the Syrian Kurdish PYD party" makes "PYD's Saleh Muslim" a
// member, not an employee.
func (rf *relationFinder) calledParty(e int) bool {
	name := rf.entName(e)
	for i := range rf.mentions {
		m := &rf.mentions[i]
		if m.ent < 0 || !rf.is(m.b, wParty) {
			continue
		}
		if n := rf.entName(m.ent); m.ent == e || strings.HasSuffix(n, " "+name) {
			return true // "the Syrian Kurdish PYD party", read as its own name
		}
	}
	return false
}

// listedWithThings reports whether the phrase "ORG's NAME" at tokens [a, b) stands in a
// list next to names that are no person's, in one of two shapes where a list is sure: a
// list of three or more bodies or products, "Volkswagen, Nissan Motor Co and Daimler
// AG's Mercedes Benz", or a parallel possessive after "and"/"or", "Facebook's Oculus
// Rift or Microsoft's Hololens". The members of a list are things of one kind, so the
// name typed a person there is a product or a brand. One body before "and" ("Reddy and
// Dragon Systems' Jim Baker", a person typed as a body upstream) or after it ("ESPN's
// Baxter Holmes and The Associated Press") is no such list; journalists listed by their
// networks ("CNN's Jake Tapper and NBC's Chuck Todd") are persons on both sides.
func (rf *relationFinder) listedWithThings(si, a, b int) bool {
	s := &rf.sents[si]
	thing := func(k int) bool {
		mi := rf.entAt[k]
		return mi >= 0 && rf.mentions[mi].ent >= 0 && rf.ents[rf.mentions[mi].ent].typ != kg.Person && !rf.mentions[mi].demonym
	}
	// "X, Y and ORG's NAME": two things before, the nearer after a comma
	if j := a - 1; j > s.start && rf.is(j, wAnd, wOr) {
		if rf.punct(j-1, ',') {
			j--
		}
		if mi := rf.entAt[j-1]; mi >= 0 && rf.mentions[mi].b == j && thing(j-1) {
			if p := rf.mentions[mi].a - 1; rf.punct(p, ',') && p > s.start && rf.entAt[p-1] >= 0 && rf.mentions[rf.entAt[p-1]].b == p && thing(p-1) {
				return true
			}
		}
	}
	// "ORG's NAME or ORG2's X"
	if j := b; j+1 < s.b && rf.is(j, wAnd, wOr) {
		if mi := rf.entAt[j+1]; mi >= 0 && rf.mentions[mi].a == j+1 && rf.owner(rf.mentions[mi].b) {
			k := rf.mentions[mi].b + 1
			if k < s.b && rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].a == k && thing(k) {
				return true
			}
		}
	}
	return false
}

// possessedSpeaker reports whether the phrase "BODY's NAME" at tokens [a, b) of sentence
// si is one who speaks or is spoken to: a verb of speech right after it, or after one or
// two of "first", "later", "also", "has", "had", "have" ("Harbinor's Ed Ross first
// reported", "… has reported"), or right before it when the phrase ends there or at
// "that" ("said Harbinor's Ed Ross.", "told Harbinor's Ed Ross that", "according to
// Harbinor's Ed Ross,"); not a clause the name opens ("said Harbinor's Ed Ross played").
func (rf *relationFinder) possessedSpeaker(si, a, b int) bool {
	s := &rf.sents[si]
	for k := b; k < s.b && k <= b+2; k++ {
		if rf.isSpeech(k) {
			return true
		}
		if !rf.is(k, wFirst, wLater, wAlso, wHas, wHad, wHave) {
			break
		}
	}
	if b < s.b && rf.toks[b].kind == tWord && !rf.is(b, wThat) {
		return false // "she said Harbinor's Ed Ross played well": the name opens the clause said
	}
	return a > s.start && rf.isSpeech(a-1) || a-1 > s.start && rf.is(a-2, wAccording) && rf.is(a-1, wTo)
}
