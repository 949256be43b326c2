package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Places told around a name rather than right after it: an aside after a town ("Maceio,
// in northeastern Brazil", "Porto Alegre, in Brazil's more prosperous south", "Corona
// del Mar State Beach, located in Newport Beach"), a fronted place of a body
// ("Headquartered in Singapore, Lazada …", "Based in Jakarta, Tokopedia …") and a
// fronted place of a place ("In Florida, Neptune Beach remained open"). Each gives
// locatedIn. The larger place must be a country, a U.S. state or a region, and the
// smaller neither, so that "fighting in Syria, in Aleppo" locates nothing in Aleppo.

// placeAsides reads the three shapes in sentence si.
func (rf *relationFinder) placeAsides(si int) {
	s := &rf.sents[si]
	rf.frontedPlace(si, s.start)
	rf.frontedAgent(si, s.start)
	for k := s.start; k < s.b; k++ {
		if rf.entAt[k] < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[k]]
		k = m.b - 1
		if m.ent < 0 || m.demonym || !rf.punct(m.b, ',') {
			continue
		}
		j := m.b + 1
		located := rf.is(j, wLocated, wSituated)
		if located {
			j++
		}
		if !rf.is(j, wIn) {
			continue
		}
		x := rf.entName(m.ent)
		compass := false
		for c := j + 1; c <= j+4; c++ {
			compass = compass || rf.in(c, compassWords) || compassPart(rf.low(c))
		}
		site := rf.siteNamed(m.ent)
		if !(rf.placeLike(m.ent) || located || site || compass && rf.ents[m.ent].typ != kg.Person) || rf.largePlace(x) || strings.ContainsAny(x, "0123456789") {
			continue // "Maceio, in northeastern Brazil", though the name was not known for a town
		}
		y := rf.largePlaceAt(j+1, s.b, located || site)
		if site && y != "" {
			y = rf.townOfPart(j+1, s.b, y) // "Paisley Park, in the Minneapolis suburb of Chanhassen"
		}
		if y != "" && y != x && !rf.elsewhere(x, y) {
			end := min(s.b, j+4)
			if site {
				end = rf.placeEndAfter(j+1, s.b, y) // the whole aside, up to the place
			}
			rf.addRelation(si, x, "locatedIn", y, rf.span(m.a, end))
		}
	}
}

// frontedPlace reads "Headquartered in Singapore, Lazada" and "In Florida, Neptune
// Beach" at the start of a sentence (token a).
func (rf *relationFinder) frontedPlace(si, a int) {
	s := &rf.sents[si]
	j, body := a, false
	if rf.is(j, wHeadquartered, wBased) {
		j, body = j+1, true
	}
	if !rf.is(j, wIn) || rf.entAt[j+1] < 0 {
		return
	}
	ym := &rf.mentions[rf.entAt[j+1]]
	if ym.ent < 0 || ym.demonym || rf.ents[ym.ent].typ != kg.Place || !rf.punct(ym.b, ',') || rf.entAt[ym.b+1] < 0 {
		return
	}
	xm := &rf.mentions[rf.entAt[ym.b+1]]
	if xm.ent < 0 || xm.demonym || xm.a != ym.b+1 || rf.is(xm.b, wAposS, wRsquoS) || !body && rf.modifier(xm.b) {
		return // "In Florida, Miami police said": the name modifies a noun
	}
	x, y := rf.entName(xm.ent), rf.entName(ym.ent)
	switch {
	case body && rf.ents[xm.ent].typ == kg.Organization:
	case !body && rf.placeLike(xm.ent) && rf.largePlace(y) && !rf.largePlace(x) && !rf.elsewhere(x, y):
	default:
		return
	}
	rf.addRelation(si, x, "locatedIn", y, rf.span(a, min(s.b, xm.b)))
}

// placeHeads end names of places that the word lists may not know: "Neptune Beach",
// "Harbor Park".
var placeHeads = newTokSet(map[string]bool{"beach": true, "park": true, "bay": true, "harbor": true,
	"harbour": true, "port": true, "lake": true, "island": true, "city": true})

// placeLike reports whether entity e is a place, or its name ends in a word for a place
// ("Neptune Beach" typed otherwise).
func (rf *relationFinder) placeLike(e int) bool {
	if rf.ents[e].typ == kg.Place {
		return true
	}
	name := strings.ToLower(rf.entName(e))
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return rf.ents[e].typ != kg.Organization && strings.Contains(name, " ") && (placeHeads.has(last) || featureHeads.has(last))
}

// elsewhere reports whether the word lists put the town x in a country other than y's
// ("In Iraq, Tehran has …": Iran's government, not a town of Iraq).
func (rf *relationFinder) elsewhere(x, y string) bool {
	cx, cy := countryOf[x], countryOf[y]
	if _, country := countryNames[y]; country {
		cy = y
	}
	return cx != "" && cy != "" && cx != cy
}

// largePlace reports whether a place's name is a country, a U.S. state or a region.
func (rf *relationFinder) largePlace(name string) bool {
	_, country := countryNames[name]
	return country || usStates[name] || rf.regionName(name)
}

// largePlaceAt returns the country, U.S. state or region named at token k, after "the",
// lower-case words of direction or kind ("northeastern", "the state of") or before a
// possessive ("Brazil's south"), or ""; any place when anySize ("located in Newport
// Beach").
func (rf *relationFinder) largePlaceAt(k, end int, anySize bool) string {
	for j := k; j < end && j < k+4; j++ {
		if e := rf.entityOf(j); e >= 0 {
			name := rf.entName(e)
			if rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[j]].demonym || !anySize && !rf.largePlace(name) {
				return ""
			}
			b := rf.mentions[rf.entAt[j]].b
			if rf.is(b, wAposS, wRsquoS) && !compassPart(rf.low(b+1)) && !compassPart(rf.low(b+2)) {
				return "" // "in Brazil's capital": no aside of place
			}
			return name
		}
		if rf.toks[j].kind != tWord || rf.toks[j].has(fCap) || rf.toks[j].feat&lxFunc != 0 && !rf.is(j, wThe, wOf) {
			return "" // not "Orlando, in which a U.S. …"
		}
	}
	return ""
}

// compassPart reports whether w names a part of a place by its direction: "south",
// "northeast", "interior".
func compassPart(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ern"), "-")
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "interior", "center", "centre", "central":
		return true
	}
	return false
}

// frontedAgents maps a participle that may open a sentence, before "by" and its agents,
// to the predicate the agents hold over the sentence's subject: "Backed militarily by
// Iran and Russia, Syrian President Bashar al-Assad has …" → supports(Iran, Assad).
var frontedAgents = map[string]string{"backed": "supports", "supported": "supports",
	"funded": "funds", "financed": "funds", "owned": "owns", "controlled": "controls"}

// frontedAgent reads a fronted participle with its agents at the start of sentence si
// (token a) and gives the relation to the first name after the comma that closes it.
func (rf *relationFinder) frontedAgent(si, a int) {
	s := &rf.sents[si]
	pred := frontedAgents[rf.low(a)]
	if pred == "" || rf.toks[a].kind != tWord {
		return
	}
	j := a + 1
	if strings.HasSuffix(rf.low(j), "ly") {
		j++ // "Backed militarily by"
	}
	if !rf.is(j, wBy) || rf.entAt[j+1] < 0 || rf.mentions[rf.entAt[j+1]].a != j+1 {
		return
	}
	agents := rf.withMembers(int(rf.entAt[j+1]), s.b)
	c := rf.mentions[rf.entAt[j+1]].b
	for c < s.b && c < j+20 && !rf.punct(c, ',') {
		c++
	}
	if !rf.punct(c, ',') {
		return
	}
	for k := c + 1; k < s.b && k <= c+4; k++ {
		if rf.entAt[k] < 0 {
			if rf.toks[k].kind != tWord || !rf.toks[k].has(fCap) {
				return // "Backed by X, the plan …": no name opens the clause
			}
			continue
		}
		m := &rf.mentions[rf.entAt[k]]
		if m.ent < 0 || m.demonym || rf.entAt[m.b] < 0 && rf.toks[m.b].kind == tWord && rf.toks[m.b].has(fCap) {
			k = m.b - 1
			continue // "Syrian President Bashar al-Assad", "Karvo President Lena Dahl"
		}
		if rf.is(m.b, wAposS, wRsquoS) || rf.modifier(m.b) {
			return
		}
		subj := rf.entName(m.ent)
		if rf.objectFits(pred, subj) {
			rf.relateEach(si, nameList(agents), pred, subj, rf.span(a, min(s.b, m.b)), nil)
		}
		return
	}
}

// siteNamed reports whether entity e, not a person, has a name of two words or more
// whose last word names a site rather than a town: a road, a canyon, a hospital, a beach
// ("South Kelso Valley Road", "Aliso Canyon", "Western State Hospital", "Thornton
// Beach"). Such a name's aside ", in Y" tells the town or park it lies in, whatever Y's
// size ("Aliso Canyon, in the Porter Ranch section of Los Angeles"), where a town's aside
// counts only when Y is a country, a state or a region.
func (rf *relationFinder) siteNamed(e int) bool {
	name := rf.entName(e)
	sp := strings.LastIndexByte(name, ' ')
	if rf.ents[e].typ == kg.Person || sp < 0 {
		return false
	}
	last := strings.ToLower(name[sp+1:])
	return spotHeads.has(last) || featureHeads.has(last) || siteHeads[last] || placeHeads.has(last) && last != "city"
}

// townOfPart returns, for the place y read from token k of a site's aside, the town a
// settlement noun and "of" name after it ("the Minneapolis suburb of Chanhassen" →
// Chanhassen); y itself otherwise.
func (rf *relationFinder) townOfPart(k, end int, y string) string {
	for j := k; j < end && j < k+4; j++ {
		if rf.entAt[j] < 0 {
			continue
		}
		b := rf.mentions[rf.entAt[j]].b
		if b+2 < end && (rf.in(b, settlementNouns) || rf.isWord(b, "section")) && rf.is(b+1, wOf) {
			if z := rf.entityOf(b + 2); z >= 0 && rf.ents[z].typ == kg.Place && !rf.mentions[rf.entAt[b+2]].demonym {
				return rf.entName(z)
			}
		}
		return y
	}
	return y
}

// placeEndAfter returns the token after the first mention of place y within eight tokens
// of token k, or k+3 when there is none.
func (rf *relationFinder) placeEndAfter(k, end int, y string) int {
	for j := k; j < end && j < k+8; j++ {
		if e := rf.entityOf(j); e >= 0 && rf.entName(e) == y {
			return rf.mentions[rf.entAt[j]].b
		}
	}
	return min(end, k+3)
}
