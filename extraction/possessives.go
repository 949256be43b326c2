package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Possessives that state a relation: a title after a possessor, then the one who holds
// it — "BMW's new Chief Executive Harald Krueger", "his lawyer, Robert Klieger", "its
// vice president of product development Sonny Vleisides", "Halvorsen Systems' chairman
// Tomas Varga" (the holder has the role of the possessor). One organization's name after
// another's possessive ("Volkswagen's Audi" owns) was tried and dropped: of 516 over the
// corpus a drawn 20 were mostly units, programs and products ("the Justice Department's
// Civil Rights Division", "the BBC's Today", "Mitsubishi's Outlander") or no names.

// roleModifiers may stand between a possessor and its title: "its new chief executive".
var roleModifiers = newTokSet(map[string]bool{"new": true, "former": true, "longtime": true, "acting": true,
	"interim": true, "top": true, "senior": true, "then": true, "incoming": true, "outgoing": true,
	"current": true, "own": true, "personal": true, "medical": true})

// possessives reads the possessive ties of sentence si, and the ties of places used as
// modifiers (modifiers.go).
func (rf *relationFinder) possessives(si int) {
	s := &rf.sents[si]
	end := s.b
	if !rf.mayHoldPossessive(si) {
		end = s.start // no possessive to read
	}
	for g := s.start; g < end; g++ {
		if rf.quoteOf[g] != 0 {
			continue
		}
		owner := rf.possessiveOwner(g)
		if owner < 0 {
			continue
		}
		rf.possessedRole(si, g, owner)
		if !rf.is(g, wHis, wHer, wIts) {
			rf.possessedName(si, g, owner)
			rf.possessedMember(si, g, owner)
			rf.possessedUnits(si, g, owner)
			rf.possessedContributors(si, g, owner) // contributors.go
			rf.possessedFirm(si, g, owner)         // possessedfirms.go
			rf.possessedPerson(si, g, owner)       // possessedpersons.go
			rf.possessedWork(si, g, owner)         // creators.go
		}
		if !rf.is(g, wHis, wHer) {
			rf.possessedUnitNoun(si, g, owner) // itsunits.go
		}
		rf.possessedProduct(si, g, owner)
		if !rf.is(g, wHis, wHer, wIts) {
			rf.possessedTitle(si, g, owner) // quotedtitles.go
		}
		rf.possessedAct(si, g, owner) // actionnouns.go
	}
	rf.placeModifiers(si) // modifiers.go
	rf.describedMakers(si)
	rf.apposedProducts(si) // ownedproducts.go
	rf.madeWorks(si)       // creators.go
}

// mayHoldPossessive reports whether sentence si has a token possessiveOwner may read:
// "his", "her", "its" (the word index), or an apostrophe, straight or curly, that every
// "'s", "’s" and lone "'" or "’" holds (a byte test on the sentence's text). A sentence
// without one has no possessive, and possessives skips its tokens.
func (rf *relationFinder) mayHoldPossessive(si int) bool {
	if rf.sentHas(si, wHis, wHer, wIts) {
		return true
	}
	txt := rf.sentText(si)
	return strings.IndexByte(txt, '\'') >= 0 || strings.Contains(txt, "’")
}

// possessiveOwner returns the entity the possessive at token g stands for: "NAME's",
// "NAME'" (a name ending in s), "his"/"her" (the person it refers to), "its" (the
// organization it refers to) or "the KIND's" (the name the description stands for);
// -1 for none.
func (rf *relationFinder) possessiveOwner(g int) int {
	switch {
	case rf.is(g, wHis, wHer):
		return rf.kinPossessor(g)
	case rf.is(g, wIts):
		return rf.entIndex(rf.ownerWord(g+1, g))
	case rf.possessive(g):
		if e := rf.entityOf(g - 1); e >= 0 && !rf.mentions[rf.entAt[g-1]].demonym {
			if !rf.owner(g) && !strings.HasSuffix(rf.tok(g-1), "s") {
				return -1 // a closing quote
			}
			return e
		}
		if rf.owner(g) {
			return rf.entIndex(rf.describedOwner(g)) // "the group's leader": definites.go
		}
	}
	return -1
}

// possessedRole reads "POSSESSOR [new] TITLE [of a few words][,] PERSON": the person
// holds the title's role of the possessor.
func (rf *relationFinder) possessedRole(si, g, owner int) {
	s := &rf.sents[si]
	k := g + 1
	for k < s.b && k-g <= 2 && roleModifiers.has(strings.TrimSuffix(rf.low(k), "-")) {
		k++
	}
	// the longest title of up to four words: a title of the vocabulary ("chief of staff",
	// "Chief Executive"), or lower-case words that end in one ("senior policy adviser")
	pred, end := "", -1
	plain := true
	for j := k; j < s.b && j < k+4; j++ {
		if rf.toks[j].kind != tWord || rf.entAt[j] >= 0 {
			break
		}
		plain = plain && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0
		title := strings.ToLower(rf.span(k, j+1))
		if kg.IsRole(title) || kg.IsRole(strings.ReplaceAll(title, "-", " ")) || plain && rolePredicate(title) != "" {
			pred, end = rolePredicate(title), j+1
		}
	}
	if pred == "" {
		return
	}
	// "vice president of product development Sonny Vleisides"
	if rf.is(end, wOf, wFor) {
		j := end + 1
		for j < s.b && j-end <= 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&lxFunc == 0 {
			j++
		}
		if j == end+1 {
			return // "its head of Asia"
		}
		end = j
	}
	if rf.punct(end, ',') {
		end++
	}
	p := rf.entityOf(end)
	if p < 0 || p == owner || rf.ents[p].typ != kg.Person || rf.mentions[rf.entAt[end]].a != end || rf.owner(rf.mentions[rf.entAt[end]].b) ||
		!strings.Contains(rf.ents[p].name, " ") {
		return // not "its Inspector General", "McAvoy's Professor X": a full name
	}
	if pred == "leaderOf" && rf.ents[owner].typ == kg.Place && rf.factionBefore(g+1, end) {
		return // "Turkey's main opposition leader, X": a faction's leader (factions.go)
	}
	if rf.ents[owner].typ == kg.Place && rf.ents[owner].name == rf.mainCountry && pred == "presidentOf" {
		return // left to roles.go, which knows whose president
	}
	rf.addRelation(si, rf.entName(p), pred, rf.entName(owner), rf.span(g, min(s.b, rf.mentions[rf.entAt[end]].b)))
}

// notOwned are the nouns between a possessor and a name that relate two bodies without
// one owning the other: "Uber's rival Lyft", "Apple's supplier Foxconn".
var notOwned = newTokSet(map[string]bool{"rival": true, "rivals": true, "competitor": true, "partner": true,
	"customer": true, "client": true, "supplier": true, "investor": true, "shareholder": true,
	"backer": true, "ally": true, "owner": true, "parent": true, "buyer": true, "target": true,
	"peer": true, "counterpart": true, "lender": true, "creditor": true, "opponent": true,
	"neighbor": true, "neighbour": true, "former": true, "fellow": true, "largest": true, "biggest": true,
	"foe": true, "enemy": true, "allies": true, "partners": true, "customers": true,
	"clients": true, "suppliers": true, "investors": true, "including": true, "like": true})

// possessedName reads "POSSESSOR's [a word or two] NAME": an organization's unit or
// board ("Alphabet Inc's Google", "Microsoft's Bing") is part of it (possessedUnit), and
// so is a product of a unit's noun ("Halvorsen's Kettle app"); a
// place's place lies in it ("California's Mojave Desert"); a person's party has the
// person as a member ("Rajoy's conservative People's Party", "Temer's PMDB party", "Abe's
// LDP" when the article calls it a party elsewhere: calledParty).
func (rf *relationFinder) possessedName(si, g, owner int) {
	s := &rf.sents[si]
	if rf.ents[owner].typ == kg.Person && rf.personsFirm(si, g, owner) {
		return
	}
	k0 := rf.afterPossessiveTicker(g) // "Alphabet Inc's (GOOGL.O) YouTube"
	k := k0
	for k < s.b && k-k0 <= 1 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&(lxFunc|lxSpeech) == 0 {
		if rf.in(k, notOwned) {
			return
		}
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || e == owner || rf.mentions[rf.entAt[k]].a != k || rf.mentions[rf.entAt[k]].demonym {
		return
	}
	m := &rf.mentions[rf.entAt[k]]
	from := g - 1
	if om := rf.entAt[g-1]; om >= 0 {
		from = rf.mentions[om].a
	} else if a := rf.theBefore(g, s.start, 4); a >= 0 {
		from = a // "the group's Amaq news agency"
	}
	text := rf.span(from, m.b)
	if rf.ents[e].typ == kg.Place && (k > k0 || countryOf[rf.ents[e].name] == rf.ents[e].name || rf.modifiesNoun(m.b) && !rf.placePartNoun(m.b, s.b)) {
		return // "Israel's foe Iran", "Syria's Mediterranean coast"; not "Baghdad's Sadr City district"
	}
	if o := rf.ents[owner].name; strings.HasPrefix(o, "St. ") || strings.HasPrefix(o, "Saint ") {
		return // "St. Jude's Catholic Church": the name's own possessive
	}
	// a product its noun types may stand after modifiers of a product ("Halvorsen's
	// popular Kettle app"): productModifier's
	described := k > k0 && rf.ents[e].typ == kg.Other && rf.in(m.b, productUnitHeads)
	for j := k0; j < k && described; j++ {
		described = rf.productModifier(j)
	}
	if rf.ents[owner].typ == kg.Organization && (k > k0 && !described || rf.modifiesNoun(m.b) && !rf.in(m.b, unitHeads) && !rf.pastAfterAct(m.b)) {
		// "Google's artificially intelligent Go-playing", "Apple's First Amendment rights";
		// an irregular past after the name is its verb, no noun it qualifies ("the
		// Pentagon's Defense Security Cooperation Agency rose", actionnouns.go)
		return
	}
	switch ot, et := rf.ents[owner].typ, rf.ents[e].typ; {
	case ot == kg.Organization && et == kg.Organization && rf.possessedUnit(g, owner, e, m):
		rf.addRelation(si, rf.entName(e), "partOf", rf.entName(owner), text)
	case ot == kg.Organization && et == kg.Other && (k == k0 || described) && rf.entAt[g-1] >= 0 && rf.in(m.b, productUnitHeads) && rf.possessedUnit(g, owner, e, m):
		// a product its noun types ("Halvorsen's Kettle app", entities_products.go)
		// belongs to the body named before the possessive (not "the company's Other
		// Bets business", nor "GM's Let's Drive NYC program"): its maker's product
		rf.addRelation(si, rf.entName(e), "productOf", rf.entName(owner), text)
	case ot == kg.Place && et == kg.Place:
		rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(owner), text)
	case ot == kg.Person && et == kg.Organization && (partyName(rf.entName(e)) || m.b < s.b && rf.is(m.b, wParty) || rf.calledParty(e)):
		rf.addRelation(si, rf.entName(owner), "memberOf", rf.entName(e), text)
	case ot == kg.Person && et == kg.Organization && k == k0 && rf.heldFirm(m):
		rf.addRelation(si, rf.entName(owner), "ownerOf", rf.entName(e), text)
	}
}

// heldFirm reports whether the organization of mention m, named right after a person's
// possessive, reads as a firm the person owns: a name of two words or more that ends in
// a company's legal form or a word of an investor's firm (heldFirmWords), as in
// "investor Dana Whitlock's Whitlock Holdings Inc" or "Ana Ruiz's Ruiz Capital
// Management". A person's other possessed bodies are not owned: a platform ("Trump's
// Twitter"), an office ("Bush's White House"), a party (memberOf above), a court or an
// agency. A fund ("Ana Ruiz's Growth Fund") is its shareholders', the person its
// manager: no owner.
func (rf *relationFinder) heldFirm(m *mention) bool {
	if m.b-m.a < 2 {
		return false // "Musk's SpaceX": one word may be a platform as well as a firm
	}
	last := strings.TrimSuffix(rf.low(m.b-1), ".")
	return corporateSuffixes.has(last) || heldFirmWords.has(last)
}

// heldFirmWords end the names of investors' firms and funds and of companies, which a
// person's possessive before them names the owner of: "Capital", "Management",
// "Partners", "Enterprises", "Technologies".
var heldFirmWords = newTokSet(map[string]bool{"capital": true, "management": true, "partners": true,
	"enterprises": true, "investments": true, "ventures": true, "lp": true,
	"advisors": true, "advisers": true, "technologies": true, "systems": true})

// possessedUnit reports whether the organization e, named by mention m after the
// possessive at token g, reads as a unit of the organization owner: a unit's noun after
// it ("Kudelski's OpenTV unit", "Halvorsen's Kettle app"), a parent named with its legal
// form ("Alphabet Inc's Google"), or a word of an organization's head or a unit's noun in
// a name of two words or more ("NASA's Jet Propulsion Lab", "the FBI's Hostage Rescue
// Team"). Over the 2016 corpus, hash-drawn 20s of the other names read 11
// right ("Microsoft's HoloLens", "Blue Origin's BE-4", "ITV's Peston", "Politico's Hadas
// Gold"), of names typed Other 6 ("Ford's Model T"), so those give nothing; nor does one
// common word ("Apple's Watch"), a place or a compass point typed as a body ("England's
// Batley", "the North's Korean People's Army"), or a ticker ("Apple Inc's APPL.O").
func (rf *relationFinder) possessedUnit(g, owner, e int, m *mention) bool {
	oname := rf.entName(owner)
	if _, place := countryOf[oname]; place || usStates[oname] || compassPoints.has(oname) {
		return false
	}
	if after := rf.text[rf.toks[m.b-1].e:]; len(after) >= 2 && after[0] == '.' && isUpperRune(rune(after[1])) {
		return false // a ticker: "APPL.O"
	}
	if rf.in(m.b, unitHeads) {
		return true
	}
	if m.b == m.a+1 && rf.in(m.a, englishWords) {
		return false // "Apple's Watch", "Dovrel Corp's Kernel sales"
	}
	if corporateSuffixes.has(strings.TrimSuffix(rf.low(g-1), ".")) {
		return true // "Alphabet Inc's Google": a parent named with its legal form
	}
	for k := m.a; k < m.b && m.b > m.a+1; k++ {
		if rf.toks[k].feat&lxOrgHead != 0 || rf.in(k, unitHeads) {
			return true
		}
	}
	return false
}

// corporateSuffixes end a company's legal name; a name after "PARENT Inc's" is mostly
// a subsidiary ("Comcast Corp's NBCUniversal", "FireEye Inc's Mandiant").
var corporateSuffixes = newTokSet(map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true,
	"plc": true, "ag": true, "llc": true, "sa": true, "nv": true, "holdings": true, "group": true})

// compassPoints name a country by its side ("the North's army" in Korean reports).
var compassPoints = newTokSet(map[string]bool{"North": true, "South": true, "East": true, "West": true})

// partyName reports whether name is a political party's: its last word is Party.
func partyName(name string) bool {
	return strings.HasSuffix(name, " Party") || strings.HasSuffix(name, " party")
}

// unitHeads are the nouns after an organization's possessed name that make it a part:
// "Kudelski's OpenTV unit", "Athabasca Oil's Hangingstone project".
var unitHeads = newTokSet(map[string]bool{"unit": true, "division": true, "subsidiary": true, "arm": true,
	"brand": true, "service": true, "app": true, "platform": true, "program": true, "programme": true,
	"project": true, "lab": true, "laboratory": true, "team": true, "business": true, "label": true,
	"channel": true, "website": true, "site": true, "software": true, "system": true, "device": true,
	"fleet": true})

// productUnitHeads are the unit nouns after a possessed name typed Other that make it the
// owner's product: "Facebook's Basics app", "Apple's iCloud service", "P&C's Fashion ID
// website".
var productUnitHeads = newTokSet(map[string]bool{"app": true, "service": true, "platform": true, "website": true,
	"site": true, "software": true, "device": true})

// edNouns are the nouns ending in -ed that follow a name ("WikiLeaks' Twitter feed"):
// after a name, other words in -ed are read as participles ("Blackstone's LocusPoint agreed").
var edNouns = newTokSet(map[string]bool{"feed": true, "speed": true, "seed": true, "need": true, "bed": true,
	"creed": true, "breed": true, "deed": true, "shed": true, "red": true})

// modifiesNoun reports whether the name that ends before token k modifies a common noun
// there ("Syria's Mediterranean coast", "the state news agency"): a lower-case word
// that is no function word, verb of speech or participle.
func (rf *relationFinder) modifiesNoun(k int) bool {
	if k >= len(rf.toks) || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.toks[k].feat&(lxFunc|lxSpeech) != 0 {
		return false
	}
	w := rf.low(k)
	return !participles.has(w) && (!strings.HasSuffix(w, "ed") || edNouns.has(w)) && !strings.HasSuffix(w, "s")
}

// possessedMember reads "PERSON, one of POSSESSOR's [a word or two] ROLES" (the plural
// of a role noun) after the possessive at token g of a name (owner its entity): the
// person has the role of the possessor — "Ann Cole, one of Hale's lawyers, said" is
// lawyerOf Hale — and "PERSON is one of …" likewise.
func (rf *relationFinder) possessedMember(si, g, owner int) {
	s := &rf.sents[si]
	om := rf.entAt[g-1]
	if om < 0 || !rf.owner(g) && rf.tok(g) != "'" && rf.tok(g) != "’" {
		return
	}
	a := rf.mentions[om].a
	if !rf.is(a-1, wOf) || !rf.is(a-2, wOne) {
		return
	}
	k := g + 1
	for k < s.b && k-g <= 3 && pluralRole(rf.low(k)) == "" && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&(lxFunc|lxSpeech) == 0 {
		k++
	}
	role := pluralRole(rf.low(k))
	pred := rolePredicate(role)
	if role == "" || pred == "" || rf.toks[k].has(fCap) || rf.is(k+1, wOf, wIn, wOn, wAt) {
		return // "one of Ohio's three members of the committee": the committee's
	}
	p := a - 3 // the token before "one"
	if rf.punct(p, ',') || rf.is(p, wIs, wWas) {
		p--
	}
	if p == a-3 || rf.entAt[p] < 0 {
		return
	}
	pm := &rf.mentions[rf.entAt[p]]
	if pm.ent == owner || rf.ents[pm.ent].typ != kg.Person || pm.b != p+1 {
		return
	}
	rf.addRelation(si, rf.entName(pm.ent), pred, rf.entName(owner), rf.span(pm.a, k+1))
}

// possessedUnits reads "POSSESSOR's A and B divisions" (a plural of a unit's noun after
// a list of names) after the possessive at token g of an organization's name (owner
// its entity): each name is part of the possessor.
func (rf *relationFinder) possessedUnits(si, g, owner int) {
	s := &rf.sents[si]
	if rf.ents[owner].typ != kg.Organization || rf.entAt[g+1] < 0 {
		return
	}
	mi := int(rf.entAt[g+1])
	if rf.mentions[mi].a != g+1 {
		return
	}
	var units []string
	k := g + 1
	for k < s.b {
		if rf.entAt[k] < 0 || rf.mentions[rf.entAt[k]].a != k {
			return
		}
		m := &rf.mentions[rf.entAt[k]]
		if m.ent == owner || rf.ents[m.ent].typ == kg.Place || m.demonym {
			return
		}
		units = append(units, rf.entName(m.ent))
		k = m.b
		if rf.punct(k, ',') {
			k++
		}
		if rf.is(k, wAnd) {
			k++
		} else if !rf.punct(k-1, ',') {
			break
		}
	}
	if len(units) < 2 || !unitHeads.has(unitSingular(rf.low(k))) {
		return
	}
	from := rf.mentions[rf.entAt[g-1]].a
	for _, u := range units {
		rf.addRelation(si, u, "partOf", rf.entName(owner), rf.span(from, k+1))
	}
}

// unitSingular returns the singular of a unit's plural noun ("divisions", "subsidiaries",
// "businesses"), or "" for a word that is no plural.
func unitSingular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return ""
}

// ownedProductModifiers may stand between a company's possessive and its product's name:
// "its new iPhone 7", "Apple's own iOS".
var ownedProductModifiers = newTokSet(map[string]bool{"new": true, "latest": true, "own": true, "flagship": true})

// describingModifiers are the adjectives of a product's standing or time that may stand
// between its maker's possessive and its name beside ownedProductModifiers: "Sony's
// upcoming PlayStation 4", "Facebook's popular Skyline app", "its redesigned Qube 5".
var describingModifiers = newTokSet(map[string]bool{"popular": true, "upcoming": true, "forthcoming": true,
	"updated": true, "redesigned": true, "revamped": true, "next": true, "original": true,
	"newest": true, "current": true, "cheaper": true, "new-generation": true, "next-generation": true,
	"best-selling": true, "bestselling": true, "top-selling": true, "much-anticipated": true,
	"long-awaited": true, "long-promised": true, "high-end": true, "top-end": true, "low-cost": true,
	"entry-level": true, "mid-range": true})

// productModifier reports whether token k is a modifier that may stand between a
// company's possessive and its product's name (possessedProduct): one of
// ownedProductModifiers or describingModifiers, a compound of what the product runs on
// or is made for ("solar-powered", "cloud-based", "AI-powered": a hyphened word ending in
// -powered or -based), or an adverb in -ly before one ("wildly popular"). A state the
// product is in at someone else's hands ("the FBI's hacked iPhone", "the shooter's
// locked phone") is none of them.
func (rf *relationFinder) productModifier(k int) bool {
	if rf.in(k, ownedProductModifiers) {
		return true // as before: "its own Android", "its new Go90"
	}
	t := rf.toks[k]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxSpeech) != 0 || rf.entAt[k] >= 0 {
		return false
	}
	w := rf.low(k)
	switch {
	case describingModifiers.has(w):
		return true
	case strings.HasSuffix(w, "-powered") || strings.HasSuffix(w, "-based"):
		return true
	case strings.HasSuffix(w, "ly") && k+1 < len(rf.toks) && rf.in(k+1, describingModifiers):
		return true // "wildly popular"
	}
	return false
}

// possessedProduct reads "COMPANY's PRODUCT" and "its PRODUCT" (its = the organization
// the clause is about): a name typed Other right after an organization's possessive, that
// reads as a product by its own shape or by a product's noun after it elsewhere in the
// article (productNamed), is part of the organization, as possessedName makes
// "Halvorsen's Kettle app": "Zelcor's Vexa OS", "its Qube 5s", "the company's Lumen
// tablets". A statute, a holiday or a disease after a possessive ("the Constitution's
// First Amendment", "its Super Bowl", "the CDC's Zika") has no product's shape.
func (rf *relationFinder) possessedProduct(si, g, owner int) {
	s := &rf.sents[si]
	if rf.is(g, wHis, wHer) || g <= s.start {
		return
	}
	if rf.is(g, wIts) {
		owner = rf.nearestBody(s.start, g)
	}
	if owner < 0 || rf.ents[owner].typ != kg.Organization {
		return
	}
	oname := rf.entName(owner)
	if len(oname) < 2 {
		return // a letter cut from a name: "X" of "Space X's"
	}
	if _, place := countryOf[oname]; place || usStates[oname] || compassPoints.has(oname) {
		return
	}
	k := g + 1
	for k < s.b && k-g <= 2 && rf.productModifier(k) {
		k++
	}
	if k >= s.b || rf.entAt[k] < 0 {
		return
	}
	m := &rf.mentions[rf.entAt[k]]
	e := m.ent
	if m.a != k || e < 0 || e == owner || rf.ents[e].typ != kg.Other || !rf.productNamed(e) {
		return
	}
	if !strings.Contains(rf.entName(e), " ") && (flightOperator(oname) || rf.is(g, wIts)) && possessedModelCode(rf.entName(e)) {
		return // a flight's number, "Vestair's MS804"; "its E5 booth" may be a show's (possessedmodels.go)
	}
	if strings.HasPrefix(rf.entName(e), oname+" ") && !rf.is(g, wIts) && rf.entAt[g-1] < 0 {
		return // "the company's Model X" stands for no body named "Model"
	}
	if after := rf.text[rf.toks[m.b-1].e:]; len(after) >= 2 && after[0] == '.' && isUpperRune(rune(after[1])) {
		return // a ticker: "APPL.O"
	}
	from := g
	if om := rf.entAt[g-1]; om >= 0 && !rf.is(g, wIts) {
		from = rf.mentions[om].a
	}
	pred := "productOf"
	if rf.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 {
		pred = "partOf" // "the Party's Office 39", "the department's District 3": a unit, no product
	}
	rf.addRelation(si, rf.entName(e), pred, oname, rf.span(from, m.b))
}

// describedMakers reads "the PRODUCT maker" in sentence si: a name typed Other that
// reads as a product (productNamed) between "the" and "maker" or "manufacturer" is part
// of the company the description stands for (definite: the nearest business the article
// names with that product), as "its PRODUCT" makes it: "the eQube maker said" after
// "Zelcor … its eQube" gives eQube partOf Zelcor.
func (rf *relationFinder) describedMakers(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wMaker, wManufacturer) {
		return // sentindex.go: a description ends on one
	}
	for a := s.start; a+2 < s.b; a++ {
		if !rf.is(a, wThe) || rf.quoteOf[a] != 0 {
			continue
		}
		mi := rf.entAt[a+1]
		if mi < 0 {
			continue
		}
		m := &rf.mentions[mi]
		if m.a != a+1 || m.ent < 0 || m.b >= s.b || !rf.is(m.b, wMaker, wManufacturer) || rf.ents[m.ent].typ != kg.Other || !rf.productNamed(m.ent) {
			continue
		}
		object := rf.reader.clauseStart(a, s.start) < a
		if name := rf.definite(a, m.b+1, object); name != "" && name != rf.entName(m.ent) {
			rf.addRelation(si, rf.entName(m.ent), "productOf", name, rf.span(a, m.b+1))
		}
	}
}

// nearestBody returns the organization named last in tokens from..to-1, the one "its"
// before a product stands for ("the FBI asked Apple to unlock its iPhone"); -1 for none.
// An organization's possessive is passed over ("Apple has used Google's cloud for its
// iCloud"). A place or a person named after it leaves none: "its" then is a place's or
// is unclear.
// A company that speaks is its own product's owner ("Zelcor said it would cut its
// Qube X5"); a source before a description ("the Nikkei reported that the giant would
// cut its ...") is read wrong.
func (rf *relationFinder) nearestBody(from, to int) int {
	for k := to - 1; k >= from; k-- {
		if mi := rf.entAt[k]; mi >= 0 {
			e := rf.mentions[mi].ent
			if e < 0 {
				k = rf.mentions[mi].a
				continue
			}
			if rf.ents[e].typ == kg.Organization && !rf.owner(rf.mentions[mi].b) {
				return e
			}
			if rf.ents[e].typ != kg.Other {
				return -1
			}
			k = rf.mentions[mi].a
		}
	}
	return -1
}

// productNamed reports whether the entity e, typed Other, is named as a product: a
// name spelt with a lower-case initial before a capital ("iPhone", "iOS"), a last word
// with a digit or "OS" ("Galaxy S7", "Falcon 9", "Fire OS"), or a mention anywhere in
// the article followed by a product's noun ("the Android operating system", "Surface
// tablets"; list product-heads).
func (rf *relationFinder) productNamed(e int) bool {
	name := rf.entName(e)
	r := []rune(name)
	if len(r) >= 2 && r[0] >= 'a' && r[0] <= 'z' && isUpperRune(r[1]) {
		return true
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if last := words[len(words)-1]; len(words) > 1 && (last == "OS" || strings.ContainsAny(last, "0123456789")) {
		return true
	}
	if len(words) == 1 && possessedModelCode(name) || modelLetterName(name) {
		return true // "Norvik's KT55", "Kestrel's Model K" (possessedmodels.go)
	}
	if len(words) > 2 && versionWords.has(words[len(words)-1]) && strings.ContainsAny(strings.Join(words[1:len(words)-1], " "), "0123456789") {
		return true // "Windows 10 Anniversary Update"
	}
	for i := range rf.mentions {
		m := &rf.mentions[i]
		if m.ent != e || m.b >= len(rf.toks) || rf.toks[m.b].kind != tWord || rf.toks[m.b].has(fCap) {
			continue
		}
		if w := rf.low(m.b); productHeads.has(w) || w == "operating" && rf.is(m.b+1, wSystem, wSystems) {
			return true
		}
		if ef := (&entityFinder{rf.doc, rf.entitySet}); ef.ownedProductName(m.sent, m.a, m.b, fieldCount(m.name)) {
			return true // "its Autopilot system" (ownedproducts.go)
		}
	}
	return false
}

// personFirmNouns name, after a person's possessive, a company the person founded, owns
// or runs: "Jack Varo's company Brisk Payments", "Pia Torv's space company, Orbis Launch".
var personFirmNouns = newTokSet(map[string]bool{"company": true, "firm": true, "startup": true, "start-up": true})

// personsFirm reads "PERSON's [two words at most] NOUN [,] ORG" (personFirmNouns) for
// possessedName: "Jack Varo's company Brisk Payments", "Lena Dahl's new company, Tarn
// Energy,". Which tie the person has — founder, owner, head — the phrase does not say, so
// the relation is the vocabulary's neutral linkedTo. A former or a rival's company is
// not the person's (notOwned, unitNounStops). The name after a comma must close its
// appositive ("his company, Brisk Payments, said"), not open a clause ("her company,
// Brisk said"). It reports whether the noun stood there.
func (rf *relationFinder) personsFirm(si, g, owner int) bool {
	s := &rf.sents[si]
	n := g + 1
	for n < s.b && n-g <= 3 && rf.toks[n].kind == tWord && !rf.toks[n].has(fCap) && !rf.in(n, personFirmNouns) {
		if w := rf.low(n); notOwned.has(w) || unitNounStops.has(w) || rf.toks[n].feat&lxSpeech != 0 || w == "the" || w == "a" {
			return false
		}
		n++
	}
	if n >= s.b || !rf.inWord(n, personFirmNouns) {
		return false
	}
	k := n + 1
	comma := rf.punct(k, ',')
	if comma {
		k++
	}
	m := rf.namedMentionAt(k)
	if k >= s.b || m == nil || m.ent == owner || m.demonym || rf.ents[m.ent].typ != kg.Organization || partyName(rf.entName(m.ent)) {
		return true
	}
	after := m.b
	closes := after >= s.b || rf.punct(after, ',') || rf.punct(after, '.') || rf.punct(after, ';') || rf.punct(after, '(') || rf.punct(after, ')')
	if comma && !closes {
		return true // "her company, Brisk said"
	}
	from := g - 1
	if om := rf.entAt[g-1]; om >= 0 {
		from = rf.mentions[om].a
	}
	rf.addRelation(si, rf.entName(owner), "linkedTo", rf.entName(m.ent), rf.span(from, m.b))
	return true
}

// placePartNoun reports whether the word at k, after a place's name, is a place noun
// that ends the name's phrase ("Baghdad's Sadr City district", "Kabul's Shash Darak
// neighborhood"): the name still names the place, of the kind the noun says; not
// "region" or "border" ("Turkey's Black Sea region" is no sea in Turkey). A site noun,
// alone or after one lower-case word, does as well: "Houston's Midtown area", "Turkey's
// Incirlik air base", "New York City's Rikers Island jail complex" (placeSiteNouns).
func (rf *relationFinder) placePartNoun(k, end int) bool {
	if k < end && !rf.toks[k].has(fCap) && rf.toks[k].kind == tWord {
		n := k
		if !rf.in(n, placeSiteNouns) && rf.toks[k].feat&(lxFunc|lxSpeech) == 0 || rf.in(k+1, placeSiteNouns) {
			n = k + 1 // "air base", "jail complex"
		}
		if n < end && rf.in(n, placeSiteNouns) && !rf.toks[n].has(fCap) && (n+1 >= end || rf.toks[n+1].kind != tWord || rf.toks[n+1].feat&lxFunc != 0) {
			return !rf.is(n+1, wIn) // not "Russia's Hemeimeem air base in Syria": the owner's site abroad
		}
	}
	return k < end && rf.in(k, placeNouns) && !rf.is(k, wRegion, wBorder) && !rf.toks[k].has(fCap) && (k+1 >= end || rf.toks[k+1].kind != tWord || rf.toks[k+1].feat&lxFunc != 0)
}

// placeSiteNouns are the nouns of a site within a place that end a place's name after the
// possessive of the place it lies in: "Houston's Midtown area", "Turkey's Incirlik air
// base".
var placeSiteNouns = newTokSet(map[string]bool{"area": true, "base": true, "airbase": true,
	"complex": true, "camp": true, "park": true, "suburb": true, "prison": true, "jail": true,
	"port": true})

// afterPossessiveTicker returns the token after the possessive at g and the stock
// ticker in brackets right after it, if any: "Alphabet Inc's (GOOGL.O) YouTube",
// "Novartis AG's (NOVN.S) Sandoz unit" name the possessed body past the ticker.
func (rf *relationFinder) afterPossessiveTicker(g int) int {
	if e := rf.tickerEnd(g + 1); e > 0 {
		return e
	}
	return g + 1
}
