package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A company's units named with a unit's noun after its possessive, "its" foremost:
// "hurt its Brisk Northern railroad unit", "its Genzyme division", "through its unit
// Brisk Financial Services Corp", "its cyber security unit Lumo Corp", "its finance arm,
// Halvern Capital", "its Western U.S. electric utility Pacific Lumen". The name is part
// of the possessor (partOf, the direction of "a unit of"). possessedName (possessives.go)
// reads "NAME's NAME unit" with nothing between the name and the noun and is not run for
// "its"; these readers are (possessedUnitNoun).

// namedUnitHeads are the nouns after a possessed name that make the name a unit of the
// possessor: "its Brisk Northern railroad unit", "its Kettle Signature private label",
// "its Lumo auto insurer". A kind of company after a name ("railroad", "utility",
// "insurer", "airline") names the possessor's own company of that kind.
// "NAME affiliate" is an affiliate of the name ("Cleveland's ABC affiliate": a station
// of ABC), and "NAME studio" may be a place's ("Sony's Hollywood studio"): neither is here.
var namedUnitHeads = newTokSet(map[string]bool{"unit": true, "subsidiary": true, "division": true, "arm": true,
	"offshoot": true, "business": true, "brand": true, "label": true,
	"utility": true, "railroad": true, "railway": true, "insurer": true, "airline": true,
	"chain": true, "bank": true, "carrier": true})

// unitBeforeNames are the nouns that name the possessor's unit when the name follows them:
// "its unit Lumo Corp", "its finance arm, Halvern Capital", "its broadband business Kettle
// Fiber". A company's bank, insurer, carrier, airline or label before a name is mostly
// the company it buys from ("its insurer, Lumo", "its bank, Brisk"), so those are not
// among them; "utility" and "railroad" are, as a company does not buy from "its
// railroad" by name.
var unitBeforeNames = newTokSet(map[string]bool{"unit": true, "subsidiary": true, "division": true, "arm": true,
	"affiliate": true, "offshoot": true, "business": true, "utility": true, "railroad": true,
	"network": true, "channel": true, "brand": true, "agency": true, // the last four roles65's
	"branch": true, "wing": true}) // a body's: "al Qaeda's Syrian branch, the Nusra Front"

// hiredAgencies are the words before "agency" that make it one a company hires, not its
// own: "its ad agency, Wexley Partners", "Quill's talent agency".
var hiredAgencies = newTokSet(map[string]bool{"ad": true, "advertising": true, "talent": true, "pr": true,
	"public-relations": true, "relations": true, "creative": true, "media": true, "travel": true,
	"staffing": true, "employment": true, "rating": true, "ratings": true, "credit": true,
	"recruiting": true, "recruitment": true, "marketing": true, "modeling": true, "modelling": true,
	"booking": true, "design": true, "digital": true, "branding": true, "casting": true})

// unitNounMods are the lower-case words that may stand right after the possessive and
// before the unit's name or noun, at most three: "its loss-making digital radio business",
// "its own subsidiary", "its cyber security unit". A function word, a verb of speech, a
// word in -ing other than a known modifier, or a quantity stops them.
func (rf *relationFinder) unitNounMod(k int) bool {
	t := rf.toks[k]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxSpeech|lxNumWord) != 0 {
		return false
	}
	return !rf.in(k, notOwned) && !rf.in(k, unitNounStops)
}

// unitNounStops end the modifiers of a unit's noun: a former unit is no unit now, a
// rival's or partner's business is not the possessor's, a plan is no unit yet.
var unitNounStops = newTokSet(map[string]bool{"former": true, "ex": true, "onetime": true, "previous": true,
	"old": true, "planned": true, "proposed": true, "potential": true, "possible": true,
	"rival": true, "partner": true, "customer": true, "client": true, "supplier": true})

// possessedUnitNoun reads, after the possessive at token g of the organization owner,
// "POSS [mods] NAME [a word or two] HEAD" (namedUnitHeads) and "POSS [mods] NOUN [,]
// NAME" (unitBeforeNames): the name, an organization and not the owner, is partOf the
// owner. The name after a comma must close its appositive (a comma, the sentence's end,
// a bracket or a semicolon): "its core business, Lumo said" has Lumo open a clause. The
// name after the noun without a comma must not be followed by a verb ("to revive its
// handset business Brisk released"): a lower-case word in -ed or -s, or a modal — unless
// the possessive opens the sentence or a reported clause ("said its unit Lumo posted"),
// where the unit is the verb's subject.
func (rf *relationFinder) possessedUnitNoun(si, g, owner int) {
	s := &rf.sents[si]
	if rf.ents[owner].typ != kg.Organization {
		return
	}
	oname := rf.entName(owner)
	if rf.is(g, wIts) && rf.opensDescribed(si) && oname != rf.mainOrg() {
		return // "The former state monopoly is in talks with Brisk … its unit Lumo": not Brisk's
	}
	if _, place := countryOf[oname]; place || usStates[oname] || compassPoints.has(oname) {
		return
	}
	from := g
	if g > 0 && rf.entAt[g-1] >= 0 {
		from = rf.mentions[rf.entAt[g-1]].a
	}
	k := g + 1
	for k < s.b && k-g <= 3 && rf.entAt[k] < 0 && rf.unitNounMod(k) {
		k++
	}
	if k >= s.b || rf.toks[k].kind == tWord && rf.in(k, unitNounStops) {
		return
	}
	if k > g+1 && rf.is(k-1, wAgency) {
		for j := g + 1; j < k-1; j++ {
			if rf.in(j, hiredAgencies) {
				return // "its ad agency, Wexley Partners": hired, not owned
			}
		}
	}
	if k > g+1 && rf.in(k-1, unitBeforeNames) {
		if rf.apposedUnit(si, k-1, owner, from) {
			return // "Lumo Corp, Northwind's paint unit, said"
		}
		rf.unitAfterNoun(si, k-1, owner, oname, from) // "its unit Lumo Corp", "its finance arm, Halvern Capital"
		return
	}
	// a place's name may describe the unit: "its Western U.S. electric utility"
	if mi := rf.entAt[k]; mi >= 0 && rf.mentions[mi].a == k && rf.ents[rf.mentions[mi].ent].typ == kg.Place {
		p := rf.mentions[mi].b
		q := p
		for q < s.b && q-p < 3 && rf.entAt[q] < 0 && rf.unitNounMod(q) {
			q++
		}
		if q > p && q < s.b && rf.in(q-1, unitBeforeNames) && !rf.apposedUnit(si, q-1, owner, from) {
			rf.unitAfterNoun(si, q-1, owner, oname, from)
		}
		return
	}
	if mi := rf.entAt[k]; mi >= 0 {
		m := &rf.mentions[mi]
		if m.a != k || m.ent == owner || m.demonym || rf.ents[m.ent].typ != kg.Organization {
			return
		}
		h := m.b
		for h < s.b && h-m.b < 2 && rf.entAt[h] < 0 && rf.unitNounMod(h) && !rf.in(h, namedUnitHeads) {
			h++
		}
		if h >= s.b || rf.toks[h].has(fCap) || !rf.in(h, namedUnitHeads) || rf.is(h+1, wOf) {
			return // "its Lumo unit of …": another's
		}
		if h+1 < s.b && rf.toks[h+1].kind == tWord && !rf.toks[h+1].has(fCap) && namedUnitHeads.has(unitSingular(rf.low(h+1))) {
			return
		}
		if rf.in(h, firmHeads) && !rf.is(g, wIts) && rf.entAt[g-1] >= 0 && !companyOwner(oname) {
			return // "Ostrana's Brenlo railroad": a possessor neither the lexicon knows nor a legal form ends (possessedFirm's rule)
		}
		rf.addRelation(si, rf.entName(m.ent), "partOf", oname, rf.span(from, h+1))
		return
	}
}

// unitAfterNoun reads the name after the unit's noun at token n ("its unit Lumo Corp",
// "its finance arm, Halvern Capital") for possessedUnitNoun.
func (rf *relationFinder) unitAfterNoun(si, n, owner int, oname string, from int) {
	s := &rf.sents[si]
	k := n + 1
	comma := rf.punct(k, ',')
	if comma {
		k++
	}
	if k+1 < s.b && rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++ // "its armed wing, the Qassam Brigades": the article is no part of the name
	}
	if k >= s.b {
		return
	}
	mi := rf.entAt[k]
	if mi < 0 {
		return
	}
	m := &rf.mentions[mi]
	if m.a != k || m.ent == owner || m.demonym || rf.ents[m.ent].typ != kg.Organization {
		return
	}
	if rf.entName(m.ent) == oname || strings.EqualFold(rf.entName(m.ent), oname) {
		return
	}
	after := m.b
	closes := after >= s.b || rf.punct(after, ',') || rf.punct(after, '.') || rf.punct(after, ';') || rf.punct(after, ')') || rf.punct(after, '(')
	if !closes && after < s.b && rf.toks[after].kind == tPunct {
		return // a name cut at its own mark: "arm Strategy&"
	}
	if comma && !closes {
		return // "its core business, Lumo said"
	}
	opens := n > 0 && rf.sentOf(from) == si && (from == s.start || rf.is(from-1, wThat) || rf.toks[from-1].feat&lxSpeech != 0)
	if !comma && !closes && !opens && rf.toks[after].kind == tWord && !rf.toks[after].has(fCap) {
		w := rf.low(after)
		if rf.toks[after].feat&lxSpeech != 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && rf.toks[after].feat&lxFunc == 0 ||
			unitModals.has(w) {
			return // "to revive its handset business Brisk released"
		}
	}
	rf.addRelation(si, rf.entName(m.ent), "partOf", oname, rf.span(from, m.b))
}

// apposedUnits are the unit nouns that, closing an appositive after a company's name,
// make that company the possessor's unit.
var apposedUnits = newTokSet(map[string]bool{"unit": true, "subsidiary": true, "division": true, "arm": true,
	"affiliate": true, "offshoot": true, "branch": true, "wing": true})

// apposedUnit reads "NAME, [the] POSS [mods] NOUN," for possessedUnitNoun: an appositive
// whose possessive phrase opens at token from and whose unit noun (apposedUnits) at token
// n closes it describes the organization named before its comma, which is partOf the
// possessor owner ("Lumo Corp, Northwind's paint unit, said", "Pento Health, the Ostis
// Group's Asian arm,"). It reports whether it read one; not when a name follows the
// comma after the noun ("Birch's unit, Lumo Corp,": unitAfterNoun's) or a verb follows
// the noun ("Northwind's paint unit said").
func (rf *relationFinder) apposedUnit(si, n, owner, from int) bool {
	s := &rf.sents[si]
	if !rf.in(n, apposedUnits) || !(n+1 >= s.b || rf.punct(n+1, ',') || rf.toks[n+1].kind == tStop) {
		return false
	}
	if n+2 < s.b && rf.punct(n+1, ',') && rf.entAt[n+2] >= 0 {
		return false
	}
	a := from
	if rf.is(a-1, wThe) {
		a--
	}
	if a-2 < s.start || !rf.punct(a-1, ',') || rf.entAt[a-2] < 0 {
		return false
	}
	m := &rf.mentions[rf.entAt[a-2]]
	if m.b != a-1 || m.ent < 0 || m.ent == owner || m.demonym || rf.ents[m.ent].typ != kg.Organization {
		return false
	}
	if m.a-1 >= s.start && (rf.punct(m.a-1, ',') || rf.is(m.a-1, wAnd)) {
		return false // "A, B, Northwind's unit,": a list, not an appositive
	}
	rf.addRelation(si, rf.entName(m.ent), "partOf", rf.entName(owner), rf.span(m.a, n+1))
	return true
}

// unitModals open a verb phrase after a name: "its unit Lumo will", "its arm Brisk can".
var unitModals = newTokSet(map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "has": true, "had": true, "is": true, "was": true,
	"said": true, "says": true, "plans": true, "to": true})

// opensDescribed reports whether sentence si opens with a description for its subject
// rather than a name ("The former state telecoms monopoly is …"): "the", "a" or "an",
// lower-case words and a verb among describedVerbs; a time phrase closed by a comma ("A
// year earlier, Sony …") is none.
func (rf *relationFinder) opensDescribed(si int) bool {
	st, b := rf.sents[si].start, rf.sents[si].b
	if !rf.is(st, wThe, wA, wAn) {
		return false
	}
	for k := st + 1; k < b && k < st+8; k++ {
		if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) {
			return false
		}
		if k > st+1 && rf.in(k, describedVerbs) {
			return true
		}
	}
	return false
}

// describedVerbs end a described subject: "The company is", "The group said".
var describedVerbs = newTokSet(map[string]bool{"is": true, "was": true, "has": true, "had": true, "said": true,
	"says": true, "will": true, "would": true, "wants": true, "plans": true, "are": true})
