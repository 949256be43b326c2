package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Articled names: a run of two to four capitalised words that nothing but its form types
// would be a person's name (typeByContext's default), but news sets no article before a
// person's name: "the Oculus Rift arrives", "an Oculus Rift.", "a Model S sedan", "the
// Iron Throne?", "the Kentucky Derby, …". After "the", "a" or "an", a name that heads its
// phrase (punctuation, a function word, an auxiliary, a possessive or a speech verb after
// it) is a thing, or a body when it speaks ("the Orlando Sentinel reported"); a name before
// a product's noun is a product ("the Model S sedan"). A name before any other lower-case
// word modifies it and may be a person's ("the Dahntay Jones situation", "the Woody Allen
// press tour"): left as it was; so is a name a relative clause or an age describes ("the
// Night King, who", "the Night King who").

// nameAuxiliaries are the auxiliaries and copulas that may follow a name heading its
// clause ("the Taj Mahal was", "the Nintendo NX is").
var nameAuxiliaries = newTokSet(map[string]bool{"is": true, "was": true, "are": true, "were": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "does": true, "did": true})

// bodyModifiedNouns are the owned products' nouns (data/names.txt owned-product-nouns)
// that a body's or a person's name modifies as often as a product's does ("the Lenz
// phone", "the Dunmore program", "the Brisk Rovers game" is productServiceHeads'): after
// an articled name they say nothing of it.
var bodyModifiedNouns = newTokSet(map[string]bool{"phone": true, "phones": true, "program": true, "programs": true,
	"system": true, "systems": true, "software": true, "update": true, "updates": true, "feature": true,
	"features": true, "assistant": true, "product": true, "products": true, "drug": true, "fighter": true})

// articledName types the name of tokens a..b-1 in sentence si that typeByContext made a
// person by default, when "the", "a" or "an" stands right before it: Organization when a
// speech verb follows, Place when a compass word opens it ("the South Bronx", "the Western
// Hemisphere"), Other otherwise; ok is false when the name modifies a lower-case noun
// that is no product's, or a person's aside follows it.
func (ef *entityFinder) articledName(si, a, b int) (kg.EntityType, bool) {
	s := &ef.sents[si]
	if a-1 < s.start || !ef.is(a-1, wThe, wA, wAn) || b-a < 2 || b-a > 4 {
		return "", false
	}
	for k := a; k < b; k++ {
		if ef.toks[k].kind != tWord || firstNames[ef.tok(k)] {
			return "", false // "the T.J. Stiles book", "the Interior Sally Jewell": a person's shape
		}
	}
	if ef.toks[b-1].feat&(lxRole|lxHonor) != 0 || ef.in(b-1, officerTitles) {
		return "", false // "the Lyft CTO", "the Michigan Treasurer": a title, a person's
	}
	if ef.personAside(si, b) || ef.is(b, wWho, wWhom, wWhose) || ef.punct(b, ',') && ef.is(b+1, wWho) || ef.stateAfterComma(b) {
		return "", false // "the Night King, who"; "the Round Rock, Texas-based maker"
	}
	place := compassWords.has(ef.tok(a))
	typ := kg.Other
	switch {
	case place:
		typ = kg.Place
	case pluralEnding(ef.lowerTok(b-1)) && ef.toks[b-1].has(fCap) && !ef.toks[b-1].has(fUpper):
		typ = kg.Organization // "the Tampa Bay Rays", "the Gangster Disciples": a team, a band, a gang
	}
	if b >= s.b || ef.toks[b].kind != tWord || ef.possessiveAt(b) {
		return typ, true // "the Iron Throne?", "the Islamic Republic's"
	}
	if ef.toks[b].has(fCap) {
		return "", false
	}
	w := ef.low(b)
	switch {
	case ef.toks[b].feat&lxSpeech != 0 || ef.is(b, wReported):
		return kg.Organization, true // "the Orlando Sentinel reported"
	case productHeads.has(w) || ownedProductNouns.has(w) && !productServiceHeads.has(w) && !bodyModifiedNouns.has(w):
		if place {
			return "", false
		}
		return kg.Other, true // "the Model S sedan", "a Wii U console"
	case ef.is(b, wAnd, wOr) && ef.modifiesAfterPartner(s.b, b+1):
		return "", false // "the Stevie Nicks and Tom Petty duet"
	case ef.toks[b].feat&lxFunc != 0 || ef.in(b, nameAuxiliaries):
		return typ, true // "the Taj Mahal was", "the Oculus Rift and the HTC Vive"
	}
	return "", false
}

// stateAfterComma reports whether a comma and a U.S. state or a country follow the name
// ending before token b ("the Round Rock, Texas-based maker", "the Palo Alto, California,
// company"): the name is a town's, which the place's name after it modifies.
func (ef *entityFinder) stateAfterComma(b int) bool {
	if !ef.punct(b, ',') || b+1 >= len(ef.toks) || !ef.toks[b+1].has(fCap) {
		return false
	}
	w := strings.TrimSuffix(ef.tok(b+1), "-based")
	if usStates[w] || countryOf[w] != "" {
		return true
	}
	return b+2 < len(ef.toks) && usStates[w+" "+strings.TrimSuffix(ef.tok(b+2), "-based")]
}

// modifiesAfterPartner reports whether the capitalised words from token k (the partner
// after "and" or "or") are followed by a lower-case word that no function word, auxiliary
// or speech verb is: a noun both names modify ("the Stevie Nicks and Tom Petty duet").
func (ef *entityFinder) modifiesAfterPartner(end, k int) bool {
	if k >= end || !ef.toks[k].has(fCap) {
		return false // "the Oculus Rift and the HTC Vive": the partner has its own article
	}
	for k < end && ef.toks[k].kind == tWord && ef.toks[k].has(fCap) {
		k++
	}
	if k >= end || ef.toks[k].kind != tWord {
		return false
	}
	return ef.toks[k].feat&(lxFunc|lxSpeech) == 0 && !ef.in(k, nameAuxiliaries) && !ef.possessiveAt(k)
}

// typedByDefaultOnly reports whether entity e is typed by nothing but the defaults of a
// name's form (a lone capitalised word an organization, a run of them a person): a
// one-word name such as "Rift" or "Derby" that the article may use for a thing it named
// in full before ("the Oculus Rift", "the Kentucky Derby"), whose last word it is.
func typedByDefaultOnly(e *entity) bool {
	sc := e.scores
	rest := 0
	for i, v := range sc {
		if i != typeIndex(kg.Organization) && i != typeIndex(kg.Person) {
			rest += v
		}
	}
	return rest == 0 && sc[typeIndex(kg.Organization)] <= e.weakOrg && sc[typeIndex(kg.Person)] <= e.weakPerson && sc != [5]int{}
}

// articledShortForm reports whether entity e, a name typed by nothing but its form, is a
// short form of entity t, a thing or body its article typed ("the Oculus Rift",
// articledName): one word of t's name ("the Rift", "Oculus" when no other entity claims
// it, as a person's name once held both), or t's name after a maker's word ("the Tesla
// Model S" for "the Model S", which merges the other way: e is the articled one).
func (es *entitySet) articledShortForm(e, t *entity) bool {
	ew, tw := e.keyWords, t.keyWords
	if e.gaz || len(tw) <= len(ew) || len(tw) > 4 {
		return false
	}
	if len(ew) == 1 && t.articled && t.typ != kg.Person {
		if tw[len(tw)-1] == ew[0] && e.typ == kg.Organization {
			return true // "NX" for the Nintendo NX, "X-T2" for the Fujifilm X-T2: the thing's own tail
		}
		if !slices.Contains(tw, ew[0]) {
			return false
		}
		// a place's name in a thing's that nothing but its article typed ("Oakland" and "the
		// Oakland Coliseum"): kept together, as when the thing was a person by default
		return typedByDefaultOnly(e) || e.typ == kg.Place && scoreSum(t) == t.articledScore
	}
	return e.articled && e.typ != kg.Person && t.typ == kg.Person && t.scores[typeIndex(kg.Person)] <= t.weakPerson &&
		strings.HasSuffix(t.key, " "+e.key)
}

// scoreSum is the sum of entity e's type scores.
func scoreSum(e *entity) int {
	n := 0
	for _, v := range e.scores {
		n += v
	}
	return n
}

// roleNamedPerson reports whether a lower-case role noun stands right before the name of
// tokens a..b-1 and the name's last word is no word the article writes in lower case nor
// an English word: "spokeswoman Hope Hicks", "analyst Faith Marrin" are people, though
// the article also writes "hope" and "faith" (commonWords); "vice president Global Markets"
// is left to commonWords.
func (ef *entityFinder) roleNamedPerson(si, a, b int) bool {
	p := a - 1
	if p < ef.sents[si].start || ef.toks[p].kind != tWord || ef.toks[p].has(fCap) || ef.toks[p].feat&lxRole == 0 {
		return false
	}
	last := ef.lowerTok(b - 1)
	return ef.toks[b-1].kind == tWord && !ef.lowerSeen.has(last) && !englishWords.has(last) && ef.toks[b-1].feat&(lxOrgHead|lxPlaceHead|lxRole) == 0
}
