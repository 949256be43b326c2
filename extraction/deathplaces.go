package extraction

import "github.com/factgraph/kg"

// Where a named person was killed or died, told by a noun of the act: "the 2009 killing
// of Ann Vole in Orsova" (killedIn), "the police shooting of 37-year-old Cy Dent in
// Lusk, Ohio" (shotIn), "the death of student Ida Roe in Tarvik" (dieIn, as the open
// reader's "died in"). passiveplaces.go reads the verb ("was killed in Orsova"); the noun
// and its "of" were left to no reader. The words between "of" and the name are a short
// description (lower-case words, numbers, a people's word, a title: "British student"),
// the name is a person's and "in" follows it at once; the place is a name of its own
// that no word continues into a noun ("in Lusk police custody") or a possessive. Only
// the person right before "in": "the deaths of Moss and Cy Dent in Lusk" gives Dent's.

// deathPlaceNouns are the nouns of a killing or a death, with the open predicate of
// their place.
var deathPlaceNouns = map[string]string{"killing": "killedIn", "killings": "killedIn",
	"murder": "killedIn", "murders": "killedIn", "slaying": "killedIn", "assassination": "killedIn",
	"shooting": "shotIn", "stabbing": "stabbedIn", "death": "dieIn", "deaths": "dieIn"}

// deathPlaces reads, in sentence si, the places of the killings and deaths its nouns name.
func (rf *relationFinder) deathPlaces(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wOf) || !rf.sentHas(si, wIn) {
		return
	}
	for n := s.start; n < s.b-4; n++ {
		pred, ok := deathPlaceNouns[rf.low(n)]
		if !ok || !rf.is(n+1, wOf) || rf.toks[n].kind != tWord || rf.toks[n].has(fCap) {
			continue
		}
		rf.personInPlace(si, n, n+2, pred, false)
	}
}

// personInPlace adds pred(person, place) for the deed of the word at token n when, from
// token k, a short description, then a person's name, then "in" and a place follow:
// "the killing of [British student] Ann Vole in Orsova", "killed [suspect] Cy Dent in
// Lusk". The description holds no mark but "-", no "and"/"or" and no pronoun; strict
// (after a verb) also no function word ("arrested with Cy Dent in Lusk" names a
// companion). The place is a name of its own that no word continues into a noun ("in
// Lusk police custody") nor a possessive.
func (rf *relationFinder) personInPlace(si, n, k int, pred string, strict bool) {
	s := &rf.sents[si]
	mi, from := int32(-1), k
	for ; k < s.b && k <= from+6; k++ {
		if e := rf.entAt[k]; e >= 0 && !rf.mentions[e].demonym {
			mi = e
			break
		}
		t := &rf.toks[k]
		if t.kind == tPunct && !rf.punct(k, '-') || t.kind == tWord && (rf.is(k, wAnd, wOr) || t.feat&lxPronoun != 0 || strict && t.feat&lxFunc != 0) {
			break
		}
	}
	if mi < 0 {
		return
	}
	m := &rf.mentions[mi]
	if m.a != k || rf.ents[m.ent].typ != kg.Person || !rf.is(m.b, wIn) || !rf.placeAt(m.b+1) {
		return
	}
	o := rf.skipThe(m.b + 1)
	pm := &rf.mentions[rf.entAt[o]]
	if pm.a != o || rf.owner(pm.b) {
		return
	}
	end := pm.b
	if rf.punct(end, ',') && rf.entityOf(end+1) >= 0 && rf.placeAt(end+1) {
		end = rf.mentions[rf.entAt[end+1]].b // "in Lusk, Ohio"
	}
	if end < s.b && rf.toks[end].kind == tWord && !rf.in(end, placeBounds) && !rf.is(end, wWhich, wWho) {
		return // "in Lusk police custody", "in Orsova Ann Vole …"
	}
	rf.open = true
	rf.addRelation(si, rf.entName(m.ent), pred, rf.entName(pm.ent), rf.span(n, end))
	rf.open = false
}
