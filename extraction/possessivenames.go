package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Name boundaries at a possessive mark, share classes and prizes (branch names57).
//
//   - A brand whose "'s" is part of its name ("McDonald's", "Trader Joe's", "Moody's";
//     [possessive-brands]) is named with its mark, while the mark still reads as a
//     possessive for what follows ("McDonald's chief executive X"): only the entity's name
//     changes, not its span. Not when the article names a person with the word ("Rob
//     Lowe's"), whom the mark belongs to.
//   - A site named after someone, its owner's name, the mark and a site's name ending in
//     a head of [possessive-site-heads] ("Levi's Stadium", "Prince George's County",
//     "St. Mary's Hospital", "Martha's Vineyard"), is one name; not when the owner is a
//     known country, place or body, a person the article names, two words opening with a
//     given name, or a name already read as a body or a place ("Chicago's Wrigley Field",
//     "Jeff Bezos's Blue Origin").
//   - A share class ("Class A", "Class B shares", "a Class 3 hurricane") is no entity.
//   - A capitalised modifier glued to a country written as initials at a clause's start
//     ("Staunch U.S. ally X", "Senior U.S. officials") is no part of the name.
//   - A prize alone ("an Oscar", "the Grammys", "won a Tony", "two Golden Globes";
//     [award-names]) is Other, not an organization: a plural always, a singular after a
//     determiner, a number or a verb of winning, or before a prize's noun ("Oscar
//     nomination"); a singular that is a given name only when no person of the article
//     has it ("since Oscar died").
var (
	possessiveBrands    = newTokSet(wordSet("possessive-brands"))
	possessiveSiteHeads = newTokSet(wordSet("possessive-site-heads"))
	// the heads of possessiveSiteHeads that name grounds or waters, typed Place
	possessiveSitePlaces = newTokSet(wordSet("possessive-site-places"))
	awardNames           = wordValues("award-names")
	// a saint's or a royal's title before the owner's name ("St. Mary's Hospital", "Prince
	// George's County"); institutions need one ("Ecatepec's University" is the town's)
	possessiveOwnerTitles  = newTokSet(wordSet("possessive-owner-titles"))
	possessiveInstitutions = newTokSet(wordSet("possessive-institutions"))
	awardBefore            = newTokSet(wordSet("award-before"))
	awardAfter             = newTokSet(wordSet("award-after"))
	// countries written as initials ("U.S.", "UK", "EU"), which a clause's capitalised
	// first word is glued to ("Staunch U.S. ally X", "Senior U.S. officials")
	initialCountries = newTokSet(wordSet("initial-countries"))
	regionModifiers  = newTokSet(wordSet("region-modifiers"))
	// last words of a brand's company name after its "'s" that the company lists lack
	// ("Moody's Investors Service", "Moody's Analytics")
	brandUnitWords = newTokSet(wordSet("brand-unit-words"))
	// the heads of possessiveSiteHeads that name a shop or an eatery ("Joe's Crab Shack")
	possessiveShopHeads = newTokSet(wordSet("possessive-shop-heads"))
)

// townOwnsShop reports whether the one-word owner at token o of a shop's name ending at
// token last ("Bern's Steakhouse", "Joe's Crab Shack") may be a word the place lists
// know: a shop's head, and the word names a town only, no country, body or people
// ("Tampa's Steakhouse" stays one name; "Russia's Club", "Google's Cafe" do not).
func (ef *entityFinder) townOwnsShop(o, last int) bool {
	if !ef.in(last, possessiveShopHeads) {
		return false
	}
	w := ef.tok(o)
	if _, ok := countryNames[w]; ok {
		return false
	}
	if c, ok := countryOf[w]; ok && c == w {
		return false
	}
	if _, ok := orgAlias[w]; ok {
		return false
	}
	if _, ok := demonymOf[w]; ok {
		return false
	}
	return !regionNations.has(w)
}

// isMark reports whether token j is a possessive "'s".
func (ef *entityFinder) isMark(j int) bool {
	w := ef.tok(j)
	return w == "'s" || w == "’s"
}

// personHas reports whether a person the article has named so far has the word w in
// his name.
func (ef *entityFinder) personHas(w string) bool {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.typ != kg.Person {
			continue
		}
		for k := m.a; k < m.b; k++ {
			if ef.tok(k) == w {
				return true
			}
		}
	}
	return false
}

// possessiveBrand returns the name with its mark when the name of tokens a..b-1 is a
// brand of [possessive-brands] and a possessive "'s" follows it, else "".
func (ef *entityFinder) possessiveBrand(a, b int) string {
	if b >= len(ef.toks) || !ef.isMark(b) || ef.toks[b].has(fSpace) {
		return ""
	}
	name := ef.span(a, b)
	if !possessiveBrands.has(name) || ef.personHas(ef.tok(b-1)) {
		return ""
	}
	return name + "'s"
}

// possessiveSite reports whether the "'s" at token j, after the name words i..j-1, joins
// them to a site's name that follows and ends, within four words, in a site's head.
func (ef *entityFinder) possessiveSite(i, j, end int) bool {
	if !ef.isMark(j) || ef.toks[j].has(fSpace) || j+1 >= end || !ef.isNameWord(j+1) {
		return false
	}
	last := -1
	for k := j + 1; k < end && k <= j+4 && ef.isNameWord(k) && (k == j+1 || ef.toks[k].has(fSpace)); k++ {
		last = k
	}
	if last < 0 || !ef.in(last, possessiveSiteHeads) || last+1 < end && ef.isMark(last+1) {
		return false
	}
	saint := possessiveOwnerTitles.has(ef.tok(i))
	if j-i > 2 || j-i == 2 && !saint || ef.in(last, possessiveInstitutions) && !saint {
		return false // "Jersey Shore's Atlantic County", "Ecatepec's University": a place's site
	}
	for k := i; k < j; k++ {
		if ef.toks[k].has(fUpper) && len(ef.tok(k)) > 1 {
			return false // "SFA's College of Forestry": an acronym owns its unit
		}
	}
	owner := ef.tok(j - 1)
	town := j-i == 1 && ef.townOwnsShop(j-1, last) // "Bern's Steakhouse"
	if (ef.known(owner) || ef.known(ef.span(i, j))) && !town || ef.toks[j-1].feat&(lxPlaceHead|lxOrgHead) != 0 {
		return false
	}
	if j-1 > i && firstNames[ef.tok(i)] || (ef.surnameBefore(owner) || ef.personHas(owner)) && !ef.founderOfShop(i, j, last) {
		return false
	}
	name := ef.span(i, j)
	for mi := range ef.mentions {
		if m := &ef.mentions[mi]; m.typ != kg.Person && m.name == name {
			return false // "Harvard's Kennedy School" after "Harvard": the owner's own school
		}
	}
	return true
}

// founderOfShop reports whether the person named right before "of" has the one-word
// owner i..j-1 of a shop's name ending at token last for his surname ("Wes Dalton of
// Dalton's Auctions"): the shop is named after him or his family, one name, not the
// person's own thing ("Dalton's house").
func (ef *entityFinder) founderOfShop(i, j, last int) bool {
	return j == i+1 && i >= 2 && ef.in(last, possessiveShopHeads) && ef.is(i-1, wOf) && ef.tok(i-2) == ef.tok(i) && ef.entAt[i-2] >= 0 && ef.mentions[ef.entAt[i-2]].typ == kg.Person
}

// possessiveSiteType returns the type a site named with a possessive takes from its
// head ("Joe's Tavern", "Martha's Vineyard": the name is no person's, whatever its first
// word): a place for grounds and waters ([possessive-site-places]), an organization for
// a house that is run (a tavern, a school); ok is false when tokens a..b-1 are no such
// name.
func (ef *entityFinder) possessiveSiteType(a, b int) (kg.EntityType, bool) {
	if b-a < 3 || !ef.in(b-1, possessiveSiteHeads) {
		return "", false
	}
	for k := a + 1; k < b-1; k++ {
		if ef.isMark(k) {
			if ef.in(b-1, possessiveSitePlaces) {
				return kg.Place, true
			}
			return kg.Organization, true
		}
	}
	return "", false
}

// shareClass reports whether the name of tokens a..b-1 opens with a share or grade class
// ("Class A", "Class 3"): the class is no entity.
func (ef *entityFinder) shareClass(a, b int) bool {
	if b < a+2 || ef.tok(a) != "Class" {
		return false
	}
	w := ef.tok(a + 1)
	return len(w) == 1 && (w[0] >= 'A' && w[0] <= 'E' || w[0] >= '1' && w[0] <= '9')
}

// awardName reports whether the name of tokens a..b-1 is a prize standing alone.
func (ef *entityFinder) awardName(a, b int) bool {
	name := ef.span(a, b)
	kind, ok := awardNames[name]
	if !ok {
		return false
	}
	if kind == "plural" {
		return true
	}
	before := a > 0 && (ef.in(a-1, awardBefore) || ef.toks[a-1].kind == tNum)
	after := b < len(ef.toks) && ef.toks[b].kind == tWord && awardAfter.hasLower(ef.tok(b))
	if !before && !after {
		return false
	}
	for mi := range ef.mentions {
		if n := ef.mentions[mi].name; strings.HasPrefix(n, name+" ") && !otherLastWords.has(n[strings.LastIndexByte(n, ' ')+1:]) {
			return false // "the Pulitzer" after "the Pulitzer Board": the board's short name
		}
	}
	return kind != "given" || !ef.personHas(ef.tok(a))
}

// boundedName adds the mention of the name of tokens a..b-1 when it is a share class
// (none, or the name after it), a brand named with its "'s" or a prize, and reports
// whether it decided.
func (ef *entityFinder) boundedName(si, a, b int, credit bool) (int, bool) {
	if ef.shareClass(a, b) {
		if b > a+2 {
			return ef.classifyAndAdd(si, a+2, b, credit), true
		}
		return -1, true
	}
	if b >= a+3 && ef.shareClass(b-2, b) {
		return ef.classifyAndAdd(si, a, b-2, credit), true // "Quillon Class A": the company
	}
	if ef.gluedModifier(si, a, b) {
		return ef.classifyAndAdd(si, a+1, b, credit), true // "Staunch U.S. ally": the country
	}
	if brand := ef.possessiveBrand(a, b); brand != "" {
		m := ef.addMention(si, a, b, a, brand, kg.Organization, 7)
		if m >= 0 {
			ef.mentions[m].key = nameKey(ef.span(a, b)) // one with "Macy's Inc"
		}
		return m, true
	}
	if ef.awardName(a, b) {
		return ef.addMention(si, a, b, a, ef.span(a, b), kg.Other, 8), true
	}
	return -1, false
}

// gluedModifier reports whether the two-word name of tokens a..b-1 opens its clause
// with a capitalised modifier glued to a country written as initials ("Staunch U.S.",
// "Senior U.S.", "Top U.S."): the country is the name, the modifier no part of it.
// Not a compass or region word ("Southern U.S.", "Greater China" name a region), a
// demonym, a given name, or a name the word lists know whole.
func (ef *entityFinder) gluedModifier(si, a, b int) bool {
	if b != a+2 || !initialCountries.has(ef.tok(a+1)) || !ef.clauseInitial(a, ef.sents[si].start) {
		return false
	}
	w := ef.tok(a)
	if compassWords.has(w) || regionModifiers.has(w) || firstNames[w] || ef.known(w) || ef.known(ef.span(a, b)) || ef.toks[a].has(fUpper) {
		return false
	}
	return ef.toks[a].kind == tWord && !strings.ContainsAny(w, "0123456789")
}

// brandUnit reports whether the "'s" at token j, after a brand of [possessive-brands]
// at tokens i..j-1, goes on with a company's name that follows and ends, within three
// words, in a company's form or an organization's last word ("Moody's Investors
// Service", "Domino's Pizza Inc"): one company, not the brand and a unit cut from it.
// Not before a title, a country or a demonym ("Sainsbury's Chief Executive X",
// "McDonald's French headquarters").
func (ef *entityFinder) brandUnit(i, j, end int) bool {
	if !ef.isMark(j) || ef.toks[j].has(fSpace) || j+1 >= end || !ef.isNameWord(j+1) || !possessiveBrands.has(ef.span(i, j)) {
		return false
	}
	if ef.titleStarts(j+1) || ef.known(ef.tok(j+1)) || ef.personHas(ef.tok(j-1)) {
		return false
	}
	for k := j + 1; k < end && k <= j+3 && ef.isNameWord(k) && (k == j+1 || ef.toks[k].has(fSpace)); k++ {
		w := ef.tok(k)
		if corpSuffix.hasLower(strings.TrimSuffix(w, ".")) || orgLastWords.has(w) || ef.toks[k].feat&lxOrgHead != 0 || brandUnitWords.has(w) {
			return true
		}
	}
	return false
}
