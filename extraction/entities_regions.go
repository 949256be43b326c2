package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Kinds of names that news writes without a word that says what they are: a region named
// by its compass point ("the Northeast", "the Mid-Atlantic"), an interstate by its number
// ("I-75"), a team by its town and a plural ("Carolina Panthers"), a pact or pipeline by
// the noun after it ("the Keystone XL oil pipeline"), streets and counties by a plural
// head after them ("Wells and Watch streets"), and towns by the places listed beside them
// ("including Auburn, Worcester, Millbury").

// stateParts are the last words of the two-word U.S. states ("Carolina", "Dakota",
// "Jersey"): "the Carolinas" are both states, "Carolina Panthers" a team of them.
var stateParts = func() map[string]bool {
	m := map[string]bool{}
	for st := range usStates {
		if _, last, ok := strings.Cut(st, " "); ok && !strings.Contains(last, " ") {
			m[last] = true
		}
	}
	return m
}()

// compassRegion reports whether w names a region by a compass point alone: "North",
// "Northeast", or "Mid" before a point or an ocean ("Midwest", "Mid-Atlantic",
// "Mideast"); not the adjectives ("Northern") nor the other words of compassWords
// ("Central", "Upstate").
func compassRegion(w string) bool {
	switch w {
	case "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest":
		return true
	}
	rest, ok := strings.CutPrefix(w, "Mid")
	if !ok || rest == "" {
		return false
	}
	rest = strings.TrimPrefix(rest, "-")
	switch strings.ToLower(rest) {
	case "west", "east", "south", "north", "atlantic", "pacific":
		return true
	}
	return false
}

// regionAfterThe reports whether the one-word name at token a is a region named by its
// compass point after "the" ("in the Northeast", "the West says"), or after such a
// region and "and" ("the Mid-Atlantic and Northeast"). Kanye West and Mr. West have no
// "the".
func (ef *entityFinder) regionAfterThe(a, b int) bool {
	if b != a+1 || !compassRegion(ef.tok(a)) || ef.possessiveAt(b) {
		return false // "the North's military": in a Korean story the North is the state, left as it was
	}
	next := b
	if ef.is(b, wAnd, wOr) && compassRegion(ef.tok(b+1)) {
		next = b + 2 // "the East and West rosters"
	}
	if pluralNoun(ef.doc, next) || ef.is(b, wBy) && compassRegion(ef.tok(b+1)) {
		return false // a modifier ("the East and West rosters": conferences), a name ("South by Southwest")
	}
	if ef.is(a-1, wThe) {
		return true
	}
	return ef.is(a-1, wAnd, wOr) && compassRegion(ef.tok(a-2)) && ef.is(a-3, wThe)
}

// interstate reports whether the name of tokens a..b-1 is a U.S. interstate by its
// number: "I-75", or "Interstate" with or before its number ("Interstate 75").
func (ef *entityFinder) interstate(a, b int) bool {
	w := ef.tok(a)
	if b == a+1 {
		if n, ok := strings.CutPrefix(w, "I-"); ok && n != "" && allDigits(n) {
			return true
		}
	}
	if w != "Interstate" {
		return false
	}
	if b == a+2 {
		return allDigits(ef.tok(a + 1))
	}
	return b == a+1 && b < len(ef.toks) && ef.toks[b].kind == tNum
}

// roadName reports whether name is a highway's: an interstate ("I-94", "Interstate
// 94"), a numbered road ("U.S. Route 83", numberedRoads), or a name whose head is a
// turnpike, an expressway, a parkway or a freeway. A road runs through many towns and
// says in none where a thing happened: it is no event's town (regionName).
func roadName(name string) bool {
	if n, ok := strings.CutPrefix(name, "I-"); ok && allDigits(n) || name == "Interstate" || strings.HasPrefix(name, "Interstate ") {
		return true
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 && allDigits(name[i+1:]) {
		j := strings.LastIndexByte(name[:i], ' ')
		if numberedRoads.has(name[j+1 : i]) {
			return true
		}
	}
	switch strings.ToLower(lastWord(name)) {
	case "turnpike", "expressway", "parkway", "freeway", "highway":
		return true
	}
	return false
}

// pluralPlaceHeads end the plural names of places ("Florida Keys", "Miami Gardens",
// "Rocky Mountains"): a known place before one is no team (data/names.txt).
var pluralPlaceHeads = newTokSet(wordSet("plural-place-heads"))

// teamName reports whether the name of tokens a..b-1 is a team's or a club's: a known
// place (or the last word of a two-word state: "Carolina") and one or two capitalised
// words, the last a plural ("Denver Broncos", "Carolina Panthers", "New York Rangers",
// "Toronto Blue Jays"); not a plural of a place's head ("Colorado Springs", "Florida
// Keys"), an event's ("Atlanta Olympics"), nor a people ("New Yorkers", peoplePlural).
func (ef *entityFinder) teamName(a, b int) bool {
	last := ef.tok(b - 1)
	if b-a < 2 || len(last) < 4 || !strings.HasSuffix(last, "s") || ef.toks[b-1].has(fUpper) || ef.toks[b-1].kind != tWord {
		return false
	}
	switch last[len(last)-2] {
	case 's', 'u', 'i', '\'':
		return false // "Congress", "Campus", "Memphis"
	}
	for i := 1; i < len(last); i++ {
		if last[i] < 'a' || last[i] > 'z' {
			return false // "Java APIs", "Portland Trail Blazers-Los Angeles Clippers"
		}
	}
	low := strings.ToLower(last)
	if pluralPlaceHeads.has(low) || featureHeads.has(low) || surnameHeads.has(low) || otherLastWords.has(last) || ef.toks[b-1].feat&lxPlaceHead != 0 {
		return false
	}
	if _, known := countryOf[ef.span(a, b)]; known || firstNames[ef.tok(a)] || ef.lowerSeen.has(lowerASCII(last)) {
		return false // a place's own name, a person's ("Orlando Collins"), a common noun ("Iowa Caucuses" beside "the caucuses")
	}
	if one := last[:len(last)-1]; firstNames[one] || properNames[one] {
		return false // a surname made of a given name ("Virginia Williams")
	}
	for k := b - 2; k >= a && k >= b-3; k-- {
		if !ef.toks[k].has(fCap) || ef.toks[k].kind != tWord {
			return false
		}
		place := ef.span(a, k+1)
		if _, country := countryNames[place]; country {
			return false // a country's: "U.S. Marines", "Panama Papers", "North Korea Sanctions"
		}
		_, known := countryOf[place]
		if known || usStates[place] || k == a && stateParts[place] || ef.gazetteerTeam(a, k, b) {
			return true
		}
	}
	return false
}

// gazetteerTeam reports whether the words a..k of a team's name are a town only the
// gazetteer knows (townCountry) and the team's plural follows it alone after "the": "the
// Oakland Raiders". Such towns are given names and surnames too ("Tyler Hicks", "Eugene
// Tooms"), which no "the" leads, and a town's event is no team ("the Salem Witch Trials").
func (ef *entityFinder) gazetteerTeam(a, k, b int) bool {
	return k == b-2 && ef.is(a-1, wThe) && knownTown(ef.span(a, k+1))
}

// pactNoun reports whether a lower-case noun of a pact or a pipeline follows the name
// ending at token b-1, maybe after one modifier ("the Keystone XL oil pipeline", "the
// Trans-Pacific Partnership trade pact", "a Pacific Rim trade deal"): the name is the
// pact's or the pipeline's. A deal or an agreement alone is one its parties made ("the
// Dell deal", "the EU-Turkey agreement"), so those count only after "trade".
func (ef *entityFinder) pactNoun(si, b int) bool {
	s := &ef.sents[si]
	if ef.possessiveAt(b) {
		return false // "PetroChina's pipeline monopoly": its owner
	}
	for k := b; k < s.b && k < b+2; k++ {
		if ef.toks[k].kind != tWord || ef.toks[k].has(fCap) {
			return false
		}
		switch ef.low(k) {
		case "pipeline", "pact", "treaty", "accord":
			return true
		case "deal", "agreement":
			return k > b && ef.is(k-1, wTrade)
		}
	}
	return false
}

// pluralPlaceNoun reports whether token k is a lower-case plural of a place's head that
// the names before it share ("Wells and Watch streets", "Rockland and Westchester
// counties", "the Natuna islands"), or a word for a group of islands ("the Spratly
// archipelago", "the Lau atoll").
func (ef *entityFinder) pluralPlaceNoun(k int) bool {
	if k >= len(ef.toks) || ef.toks[k].kind != tWord || ef.toks[k].has(fCap) {
		return false
	}
	switch ef.low(k) {
	case "streets", "avenues", "roads", "boulevards", "highways", "counties", "islands", "provinces", "parishes", "townships",
		"archipelago", "atoll", "atolls", "islets", "isles":
		return true
	}
	return false
}

// placesBeforePluralHeads types as places the names before a plural of a place's head
// and the names joined to them ("at Cook and Main streets", "in Escambia, Santa Rosa
// and Okaloosa counties"): a name its own words type firmly (score 6 or more) is left
// as it is.
func (ef *entityFinder) placesBeforePluralHeads() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.demonym || m.name == "" || !ef.pluralPlaceNoun(m.b) || m.b == m.a+1 && lowerTail(ef.tok(m.a)) {
			continue // not "artificial Chinese-built islands"
		}
		for cur := mi; cur >= 0; {
			c := &ef.mentions[cur]
			if c.score < 6 && !c.demonym {
				c.typ, c.score = kg.Place, 6
			}
			cur = ef.listNeighbour(c.a)
		}
	}
}

// lowerTail reports whether the hyphenated word w ends in a lower-case part, as a
// compound adjective does ("Chinese-built", "state-run"), not a name ("Charente-Maritime").
func lowerTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k >= 0 && k+1 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z'
}

// listNeighbour returns the mention before token a in a list of names (joined by a
// comma, "and", "or" or ", and"), or -1.
func (ef *entityFinder) listNeighbour(a int) int {
	k := a - 1
	if ef.is(k, wAnd, wOr) {
		k--
	}
	if ef.punct(k, ',') {
		k--
	} else if k == a-1 {
		return -1
	}
	if k < 0 || ef.entAt[k] < 0 {
		return -1
	}
	p := int(ef.entAt[k])
	if ef.mentions[p].b != k+1 || ef.mentions[p].sent != ef.mentions[ef.entAt[a]].sent {
		return -1
	}
	if !ef.is(a-1, wAnd, wOr) && ef.afterAnd(ef.mentions[p].a) {
		return -1 // "China and India, Uber is": the list ended at India
	}
	return p
}

// afterAnd reports whether the name at token a follows "and" or "or" (maybe after a
// comma): the last of a list.
func (ef *entityFinder) afterAnd(a int) bool {
	return ef.is(a-1, wAnd, wOr) || ef.punct(a-1, ',') && ef.is(a-2, wAnd, wOr)
}

// teamShortForm reports whether entity e is team t named without its town ("the
// Broncos" for the Denver Broncos, "the Blue Jays" for the Toronto Blue Jays).
func teamShortForm(t, e *entity) bool {
	if t.typ != kg.Organization || e.scores[typeIndex(kg.Place)] >= 6 || e.gaz || !strings.HasSuffix(t.name, " "+e.name) || !strings.HasSuffix(e.name, "s") {
		return false
	}
	town := strings.TrimSuffix(t.name, " "+e.name)
	_, known := countryOf[town]
	return known || usStates[town] || stateParts[town] || knownTown(town)
}

// townsInPlaceLists types as places the entities of weak evidence (no mention scored
// above 2) typed an organization or a thing by their form alone (a lone unknown word)
// that a list of names puts next to a place ("from police including Auburn, Worcester,
// Millbury, and State Police units", where Auburn is a town elsewhere in the article):
// the place (one a word list, a head word, a dateline or "X, State" types firmly) before
// or after it in the list, and the weak names between; not a name the article repeats
// more than three times with nothing to say it is a place. A list is joined
// by "and" or "or" somewhere (commas alone also join a clause's opening to its subject:
// "In Lenz, Brisk said"); a brand's word ("SpaceX", "PostNL") and a place used as a
// modifier ("Norway's Statoil and UK bank Barclays") take no part. It runs on entities,
// once their mentions are typed, so that a town the article places once carries its
// type along the list.
func (ef *entityFinder) townsInPlaceLists() {
	weak := make([]bool, len(ef.ents))
	firm := make([]bool, len(ef.ents)) // a place by a word list, a head word, a dateline, "X, State"
	for i := range weak {
		weak[i] = true
	}
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent >= 0 && (m.score > 2 || m.demonym || firstNames[ef.tok(m.a)]) {
			weak[m.ent] = false
		}
		if m.ent >= 0 && m.typ == kg.Place && m.score >= 6 {
			firm[m.ent] = true
		}
	}
	place := func(mi int) bool {
		m := &ef.mentions[mi]
		e := m.ent
		if e < 0 || !firm[e] || m.demonym || ef.ents[e].typ != kg.Place || ef.possessiveAt(m.b) {
			return false
		}
		// not a modifier: "UK bank Barclays", "U.S.-based AT&T"
		if m.b >= len(ef.toks) {
			return true
		}
		if ef.toks[m.b].s == ef.toks[m.b-1].e && !ef.punct(m.b, ',') && !ef.punct(m.b, '.') {
			return false
		}
		return ef.toks[m.b].kind != tWord || ef.toks[m.b].feat&lxFunc != 0
	}
	candidate := func(mi int) bool {
		m := &ef.mentions[mi]
		if m.ent < 0 || !weak[m.ent] || ef.ents[m.ent].mentions > 3 || m.b != m.a+1 || ef.toks[m.a].kind != tWord || ef.toks[m.a].has(fUpper) || ef.possessiveAt(m.b) {
			return false
		}
		w := ef.tok(m.a)
		for i := 1; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' {
				return false // "SpaceX", "PostNL"
			}
		}
		t := ef.ents[m.ent].typ
		return t == kg.Organization || t == kg.Other
	}
	// a member typed firmly as something else ("firms such as Samsung, LG and Xiaomi
	// Inc") says the list is not of places
	other := func(mi int) bool {
		m := &ef.mentions[mi]
		modifier := m.b < len(ef.toks) && ef.toks[m.b].kind == tWord && ef.toks[m.b].feat&lxFunc == 0 && !ef.is(m.b, wAnd, wOr)
		return m.ent >= 0 && !weak[m.ent] && ef.ents[m.ent].typ != kg.Place && !modifier
	}
	for mi := range ef.mentions {
		if !place(mi) || !ef.joinedList(mi) || ef.listHas(mi, other) {
			continue
		}
		// along the list both ways, through the weak names and the places
		step := func(cur int) bool {
			switch {
			case candidate(cur):
				ef.toPlace(cur)
				return true
			case ef.mentions[cur].ent >= 0 && ef.ents[ef.mentions[cur].ent].typ == kg.Place:
				return true
			}
			return false
		}
		for cur := ef.listNeighbour(ef.mentions[mi].a); cur >= 0 && step(cur); cur = ef.listNeighbour(ef.mentions[cur].a) {
		}
		for cur := ef.listNext(mi); cur >= 0 && step(cur); cur = ef.listNext(cur) {
		}
	}
}

// listHas reports whether a member of the list of mention mi satisfies f.
func (ef *entityFinder) listHas(mi int, f func(int) bool) bool {
	for cur := ef.listNeighbour(ef.mentions[mi].a); cur >= 0; cur = ef.listNeighbour(ef.mentions[cur].a) {
		if f(cur) {
			return true
		}
	}
	for cur := ef.listNext(mi); cur >= 0; cur = ef.listNext(cur) {
		if f(cur) {
			return true
		}
	}
	return false
}

// joinedList reports whether mention mi stands in a list of names that "and" or "or"
// joins somewhere.
func (ef *entityFinder) joinedList(mi int) bool {
	andAfter := func(m int) bool {
		b := ef.mentions[m].b
		return ef.is(b, wAnd, wOr) || ef.punct(b, ',') && ef.is(b+1, wAnd, wOr)
	}
	for cur := ef.listNeighbour(ef.mentions[mi].a); cur >= 0; cur = ef.listNeighbour(ef.mentions[cur].a) {
		if andAfter(cur) {
			return true
		}
	}
	for cur := mi; cur >= 0; cur = ef.listNext(cur) {
		if ef.listNext(cur) >= 0 && andAfter(cur) {
			return true
		}
	}
	return false
}

// listNext returns the mention after mention mi in a list of names, or -1.
func (ef *entityFinder) listNext(mi int) int {
	b := ef.mentions[mi].b
	if b >= len(ef.toks) {
		return -1
	}
	k := b
	if ef.punct(k, ',') {
		k++
	}
	if ef.is(k, wAnd, wOr) {
		k++
	}
	if k == b || k >= len(ef.toks) || ef.entAt[k] < 0 || k == b+1 && ef.punct(b, ',') && ef.afterAnd(ef.mentions[mi].a) {
		return -1 // "China and India, Uber is": the list ended at India
	}
	n := int(ef.entAt[k])
	if ef.mentions[n].a != k || ef.mentions[n].sent != ef.mentions[mi].sent {
		return -1
	}
	return n
}

// toPlace makes mention mi, and so its entity, a place by a list.
func (ef *entityFinder) toPlace(mi int) {
	m := &ef.mentions[mi]
	e := ef.ents[m.ent]
	e.scores[typeIndex(m.typ)] -= m.score
	m.typ, m.score = kg.Place, 3
	for i, s := range e.scores {
		if i != typeIndex(kg.Place) && s >= m.score {
			m.score = s + 1 // the list outranks the defaults of the entity's other mentions
		}
	}
	e.scores[typeIndex(kg.Place)] += m.score
	e.typ = bestType(e)
}
