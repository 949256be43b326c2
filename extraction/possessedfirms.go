package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Firms named by a company's possessive: "Alphabet's Google", "Facebook's WhatsApp",
// "Deutsche Post's DHL". possessedName (possessives.go) reads a possessed body as a unit
// only by a unit's noun, a parent's legal form or a body's head word in a longer name;
// a company's bare name after another company's possessive was left alone, because
// over the corpus that shape also holds a person's possessive typed as a body ("Moore's
// Law"), names the finder cut at their own mark ("Angie's List", "Levi's Stadium"),
// programs and columns ("Jezebel's Kitchenette") and a public body's offices.
// possessedFirm reads it when both sides read as companies.

// ownerBeforeName reports whether the lone capitalised word at token i, opening a
// sentence, is a name by its possessive before another name: "Toyota's Lexus brand
// sold …", "Alphabet's Google said …". A common English word, a month or a day is no
// name there ("Today's Google", "Women's March") unless the name after it is a body the
// lexicon knows ("Alphabet's Google").
func (ef *entityFinder) ownerBeforeName(i, b int) bool {
	if i+2 >= b || !ef.owner(i+1) || !ef.toks[i+2].has(fCap) || !ef.isNameWord(i+2) || ef.toks[i+2].feat&(lxFunc|lxRole|lxHonor|lxPronoun) != 0 {
		return false
	}
	w := ef.tok(i)
	if ef.toks[i].feat&(lxMonth|lxDay|lxFunc|lxPronoun|lxPersonNoun) != 0 || ethnic.has(w) || strings.ContainsAny(w, "-.") {
		return false
	}
	if _, dem := demonymOf[w]; dem {
		return false
	}
	if englishWords.has(ef.lowerTok(i + 2)) {
		return false // "Parkinson's Disease", "Moody's Investors Service": a name of its own
	}
	if englishWords.has(lowerASCII(w)) {
		_, known := orgAlias[ef.tok(i+2)]
		return known
	}
	return true
}

// possessedFirm reads "COMPANY's FIRM" after the possessive at token g (owner the
// possessor's entity): the organization named right after it is part of the company
// (the unit partOf its parent, as possessedName gives "Alphabet Inc's Google"). Both
// must read as companies: the possessor known to the lexicon or ending in a legal form,
// neither a public body by its last word ("the EU's European Commission",
// "Pentagon's …" are left to possessedName's head words), the possessed not a single
// common word ("Levi's Stadium", "Moore's Law") nor a person's given name typed as a
// body ("CNN's Dana Bash"), and not a modifier of a noun other than a unit's ("Apple's
// Siri voice assistant" names the product's kind, left to possessedProduct's readers).
func (rf *relationFinder) possessedFirm(si, g, owner int) {
	s := &rf.sents[si]
	k := rf.afterPossessiveTicker(g) // possessives.go: "Yahoo's (YHOO.O) Tumblr"
	om := rf.entAt[g-1]
	if om < 0 || k >= s.b || !rf.owner(g) || rf.ents[owner].typ != kg.Organization {
		return
	}
	mi := rf.entAt[k]
	if mi < 0 || rf.mentions[mi].a != k || rf.mentions[mi].demonym {
		return
	}
	m := &rf.mentions[mi]
	e := m.ent
	if e < 0 || e == owner || rf.ents[e].typ != kg.Organization {
		return
	}
	oname, ename := rf.entName(owner), rf.entName(e)
	if len(oname) < 2 || !commercialName(oname) || !commercialName(ename) || !companyOwner(oname) && !rf.listedFirm(owner, m) {
		return
	}
	if _, place := countryOf[oname]; place || usStates[oname] || compassPoints.has(oname) || firstNames[oname] {
		return
	}
	if strings.HasPrefix(oname, "St. ") || strings.HasPrefix(oname, "Saint ") {
		return
	}
	if len(ename) < 2 || m.b == m.a+1 && (rf.in(m.a, englishWords) || firstNames[ename]) || m.b > m.a+1 && (firstNames[rf.tok(m.a)] || rf.personShaped(m)) {
		return // "Vizio's M series", "Levi's Stadium", "De La Soul's Dave", "CNN's Dana Bash"
	}
	if _, known := orgAlias[oname]; !known && !strings.Contains(oname, " ") && englishWords.hasLower(oname) {
		if _, unit := orgAlias[ename]; !unit {
			return // "Smuggler's Bounty": a common word's possessive, unless before a known body
		}
	}
	if rf.punct(m.b, '/') || rf.personSurname(oname) {
		return // "LinkedIn's EV/FCF ratio"; "Trump's Casino" after "Donald Trump"
	}
	if _, place := countryOf[ename]; place || usStates[ename] {
		return
	}
	if after := rf.text[rf.toks[m.b-1].e:]; len(after) >= 2 && after[0] == '.' && isUpperRune(rune(after[1])) {
		return // a ticker: "APPL.O"
	}
	if rf.modifiesNoun(m.b) && !rf.in(m.b, unitHeads) && !rf.in(m.b, firmHeads) {
		return
	}
	if rf.owner(m.b) {
		return // "Google's YouTube's …": a chain of possessives
	}
	rf.addRelation(si, ename, "partOf", oname, rf.span(rf.mentions[om].a, m.b))
}

// companyOwner reports whether the organization named oname reads as a
// company that can own another: the lexicon knows it or it ends in a legal form. A name
// the article merely repeats is not enough: a site's column ("Jezebel's Kitchenette"), a
// band's member ("De La Soul's Dave"), a film title ("Bill & Ted's Excellent
// Adventure") and a person's name typed as a body ("Bergmann's Rule") are as often
// named twice (reader41).
func companyOwner(oname string) bool {
	if _, ok := orgAlias[oname]; ok {
		return true
	}
	return legalForm(oname)
}

// listedFirm reports whether the article shows the organization owner, named before a
// possessive and then the mention m, as a listed company: a stock ticker in brackets
// after one of its mentions ("Volkswagen (VOWG_p.DE)"), or after m, where a wire story
// puts the parent's ("Volkswagen's Audi (VOWG_p.DE)"), or one of its names in a legal
// form ("Alphabet Inc" before "Alphabet's Google"). The lexicon knows few firms by name;
// a ticker or a legal form sets a company apart from a site's column or a person's
// name typed as a body, which companyOwner guards against.
func (rf *relationFinder) listedFirm(owner int, m *mention) bool {
	if rf.tickerEnd(m.b) > 0 || legalForm(rf.ents[owner].name) {
		return true
	}
	for _, a := range rf.ents[owner].aliases {
		if legalForm(a) {
			return true
		}
	}
	for mi := range rf.mentions {
		if o := &rf.mentions[mi]; o.ent == owner && rf.tickerEnd(o.b) > 0 {
			return true
		}
	}
	return false
}

// legalForm reports whether a name ends in a company's legal form: "Inc", "Corp.", "AG".
func legalForm(name string) bool {
	return corporateSuffixes.hasLower(strings.TrimSuffix(lastWord(name), "."))
}

// firmHeads are the nouns after a possessed company's name, besides unitHeads, that
// name it as a firm of its own: "Berkshire's BNSF railroad", "Lufthansa's Eurowings
// airline".
var firmHeads = newTokSet(map[string]bool{"railroad": true, "railway": true, "airline": true, "carrier": true,
	"bank": true, "chain": true, "imprint": true,
	"network": true, "retailer": true, "insurer": true, "startup": true, "subsidiaries": true})

// personShaped reports whether the name of mention m, two words typed as a body, reads
// as a person's ("CNN's Dana Bash", "Vanity Fair's Nancy Sales"): two capitalised
// words, neither a body's head, a legal form, an acronym or a word with a digit, the
// first a given name or no common word.
func (rf *relationFinder) personShaped(m *mention) bool {
	if m.b-m.a != 2 {
		return false
	}
	for k := m.a; k < m.b; k++ {
		w := rf.tok(k)
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if rf.toks[k].kind != tWord || !rf.toks[k].has(fCap) || rf.toks[k].has(fUpper) || rf.toks[k].feat&lxOrgHead != 0 ||
			corporateSuffixes.has(lw) || heldFirmWords.has(lw) || unitHeads.has(lw) || strings.ContainsAny(w, "0123456789-.&") {
			return false
		}
		if k == m.a && englishWords.has(lw) && !firstNames[w] {
			return false // "Pilot Sport", "Fight Club": a title of common words
		}
	}
	return true
}

// personSurname reports whether the one-word name is the last word of a person the
// article names: "Trump's Casino" after "Donald Trump" is the person's possessive.
func (rf *relationFinder) personSurname(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for i := range rf.ents {
		if rf.ents[i].typ == kg.Person && strings.HasSuffix(rf.ents[i].name, " "+name) {
			return true
		}
	}
	return false
}

// parentOwners states the parent company's side of a unit's partOf: "Google, a unit of
// Alphabet Inc", "Alphabet Inc's Google", "Facebook, WhatsApp's parent company" make
// Alphabet Inc owns Google, as "Alphabet Inc owns Google" does. Only between companies:
// the parent a company by the lexicon or its legal form (companyOwner) and neither a body
// by its last word ("NASA's Johnson Space Center", "the Senate Judiciary Committee" are
// parts of a body, owned by no one). A parent with no legal form in its name owns only
// in an article about shares ("the U.N.'s Working Group" is no firm's unit).
func (rf *relationFinder) parentOwners() {
	n := len(rf.rels)
	for i := 0; i < n; i++ {
		r := rf.rels[i]
		if r.Predicate != "partOf" || rf.typeOfName(r.Subject) != kg.Organization || rf.typeOfName(r.Object) != kg.Organization {
			continue
		}
		if !commercialName(r.Subject) || !commercialName(r.Object) || !companyOwner(r.Object) || publicBody(r.Object) || bodyName(r.Object) || bodyName(r.Subject) {
			continue
		}
		if !legalForm(r.Object) && !rf.stockArticle() {
			continue // "the U.N.'s Working Group", "Al Qaeda's Nusra Front": a known body's part, no firm's
		}
		rf.addRelation(r.Sentence, r.Object, "owns", r.Subject, r.Text)
	}
}
