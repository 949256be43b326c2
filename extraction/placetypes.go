package extraction

import "github.com/factgraph/kg"

// Types from the common noun around a name (placeTypes, after the names of a sentence
// are found): a name that only its form typed (a lone word made an organization, two
// words a person) takes the type the noun beside it gives.
//
//   - a lower-case place noun after it, with the modifier some need: "the Tabqa air
//     base", "the Ain Dara refugee camp", "the Orontes river", "the Bekaa valley", "the
//     Bab al-Salam border crossing", "the Kona airport": a place. "base" and "camp" need
//     their modifier ("the Clinton camp", "the Republican base" are people's);
//   - "the river" before it: "the river Yamuna", a place;
//   - "between A and B" where the other side is a place ("between Azaz and Kilis"): a
//     place, unless the word is the surname of a person the article names ("between
//     Turkey and Assad");
//   - its last word "Exchange", "Bourse" or "Boerse" ("the Toronto Stock Exchange",
//     "Deutsche Boerse"): a body, the market's operator;
//   - a word of the name-adjective table before a lower-case word ("Molotov
//     cocktails", "the Olympic fencer", "a Caesarean section"): no name at all.

// placeNounHeads are the lower-case nouns after a name that make it a place; true when
// the noun needs one of placeNounModifiers before it.
var placeNounHeads = map[string]bool{
	"river": false, "valley": false, "crossing": false, "airport": false, "airfield": false,
	"airbase": false, "base": true, "camp": true, "camps": true, "station": true, "terminal": true,
}

// placeNounModifiers stand between a name and a place noun ("the Tabqa air base", "the
// Zaatari refugee camp", "the Kerem Shalom border crossing").
var placeNounModifiers = newTokSet(map[string]bool{
	"air": true, "military": true, "naval": true, "army": true, "airforce": true,
	"refugee": true, "refugees": true, "migrant": true, "migrants": true, "displacement": true,
	"displaced": true, "detention": true, "prison": true, "transit": true, "border": true,
	"river": true, "bus": true, "train": true, "railway": true, "rail": true, "metro": true, "subway": true,
	"police": true,
})

// regionNations are the datelineRegions (places.go) kept out of the word lists' places
// whose name is no person's: alone, only their form would type them, and they are
// places ("Scotland could not apply"); the name readers know them too, so that a
// sentence may open with one ("Scotland voted to remain"). "Wales" and "Victoria" are
// people's names too.
var regionNations = newTokSet(map[string]bool{"Scotland": true, "England": true, "Northern Ireland": true,
	"New South Wales": true, "Queensland": true, "Tasmania": true, "South Australia": true, "Western Australia": true})

// exchangeLastWords end the names of markets' operators.
var exchangeLastWords = newTokSet(map[string]bool{"Exchange": true, "Bourse": true, "Boerse": true})

// nameAdjectives are capitalised words that before a lower-case noun make a common
// noun or an adjective, no name ("Molotov cocktails", "an Olympic fencer", "a Caesarean
// section", "a Sisyphean task", "an Orwellian law"). No surname is listed ("the Heimlich
// maneuver", but "Heimlich said"), and the word after must not be a verb of saying or a
// function word.
var nameAdjectives = newTokSet(map[string]bool{
	"Olympic": true, "Paralympic": true, "Molotov": true, "Caesarean": true, "Cesarean": true,
	"Sisyphean": true, "Herculean": true, "Orwellian": true, "Kafkaesque": true, "Freudian": true,
	"Newtonian": true, "Gaussian": true, "Darwinian": true, "Machiavellian": true, "Dickensian": true,
	"Shakespearean": true, "Keynesian": true, "Promethean": true, "Pyrrhic": true, "Socratic": true,
})

func (ef *entityFinder) placeTypes() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.name == "" || m.demonym {
			continue
		}
		if m.b == m.a+1 && nameAdjectives.has(ef.tok(m.a)) && m.score <= 5 && ef.lowerWordAt(m.b) && ef.toks[m.b].feat&(lxFunc|lxSpeech) == 0 {
			m.name = "" // "Molotov cocktails": no entity
			continue
		}
		introduces := m.b < len(ef.toks) && ef.in(m.b, placeNouns) && ef.span(m.a, m.b) == m.name && ef.nounIntroducesPlace(m.a, m.b, len(ef.toks)) // not "the Red Banner-held town of …"
		if introduces && m.b == m.a+1 && regionAdjective(ef.tok(m.a)) && m.score <= 5 {
			m.name = "" // "the Sicilian province of Enna": an adjective, no entity
			continue
		}
		if introduces && m.typ != kg.Place && m.score <= 5 {
			m.typ, m.score = kg.Place, 6 // "the Jersey Shore town of Barnegat": a region's name
			continue
		}
		if m.b > m.a+1 && exchangeLastWords.has(ef.tok(m.b-1)) && m.typ != kg.Organization && m.typ != kg.Place && m.score <= 5 {
			m.typ, m.score = kg.Organization, 6
			continue
		}
		if m.typ == kg.Place || m.score > 5 || m.b-m.a > 3 || ef.upperAcronym(m.a, m.b) {
			continue
		}
		if regionNations.has(m.name) {
			m.typ, m.score = kg.Place, 6 // "Scotland could not apply", "off northern Scotland"
			continue
		}
		if ef.placeNounAfter(m.b) || m.a >= 2 && ef.is(m.a-1, wRiver) && ef.is(m.a-2, wThe) && !ef.toks[m.a-1].has(fCap) {
			m.typ, m.score = kg.Place, 6
		}
	}
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.name == "" || m.demonym || m.typ == kg.Place || m.score > 3 || m.b-m.a > 2 || ef.upperAcronym(m.a, m.b) {
			continue
		}
		if ef.betweenPlace(m) && !ef.personNamedBy(m) {
			m.typ, m.score = kg.Place, 4
		}
	}
}

// lowerWordAt tells whether token k is a lower-case word.
func (d *doc) lowerWordAt(k int) bool {
	return k < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].has(fCap)
}

// placeNounAfter reports whether a place noun starts at token k, after a name: a noun
// of placeNounHeads, with a modifier before it when it needs one.
func (d *doc) placeNounAfter(k int) bool {
	return d.placeNounEnd(k) > k
}

// placeNounEnd returns the token after the place noun that starts at token k (after a
// name, placeNounAfter), or k when none does.
func (d *doc) placeNounEnd(k int) int {
	if !d.lowerWordAt(k) {
		return k
	}
	w := d.low(k)
	if placeNounModifiers.has(w) && d.lowerWordAt(k+1) {
		if _, ok := placeNounHeads[d.low(k+1)]; ok && d.nounEnds(k+2) {
			return k + 2
		}
	}
	if needs, ok := placeNounHeads[w]; ok && !needs && d.nounEnds(k+1) {
		return k + 1
	}
	return k
}

// nounEnds tells whether the noun before token k ends its phrase: no lower-case noun
// it would modify follows ("the Tabqa airport road" is a road's, "the Danube river
// cruise" a cruise's) — a function word, a mark, a capitalised word or the end.
func (d *doc) nounEnds(k int) bool {
	return !d.lowerWordAt(k) || d.toks[k].feat&lxFunc != 0
}

// betweenPlace reports whether mention m is one side of "between A and B" whose other
// side is a place, not a demonym.
func (ef *entityFinder) betweenPlace(m *mention) bool {
	if m.a >= 1 && ef.is(m.a-1, wBetween) && ef.is(m.b, wAnd) {
		return ef.placeMentionAt(m.b+1, true)
	}
	if m.a >= 3 && ef.is(m.a-1, wAnd) {
		p := ef.entAt[m.a-2]
		if p < 0 {
			return false
		}
		o := &ef.mentions[p]
		return o.b == m.a-1 && o.a >= 1 && ef.is(o.a-1, wBetween) && o.typ == kg.Place && !o.demonym && o.name != ""
	}
	return false
}

// placeMentionAt tells whether a place mention, no demonym, starts at token k.
func (ef *entityFinder) placeMentionAt(k int, start bool) bool {
	if k >= len(ef.toks) || ef.entAt[k] < 0 {
		return false
	}
	o := &ef.mentions[ef.entAt[k]]
	return (!start || o.a == k) && o.typ == kg.Place && !o.demonym && o.name != ""
}

// personNamedBy tells whether the last word of mention m ends the name of a person
// the article names elsewhere ("Bashar al-Assad" … "between Turkey and Assad").
func (ef *entityFinder) personNamedBy(m *mention) bool {
	last := ef.tok(m.b - 1)
	for oi := range ef.mentions {
		o := &ef.mentions[oi]
		if o != m && o.typ == kg.Person && o.name != "" && ef.tok(o.b-1) == last {
			return true
		}
	}
	return false
}
