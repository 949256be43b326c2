package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Where the article's event happened: the town a sentence stating it names (eventCity),
// else the country such a sentence places it in when the dateline is elsewhere
// (eventCountry). findEvents asks them.

// eventCity finds the city where the event happened: a place that is not a country,
// named after in/near/of/at in a sentence that states the event, or after a verb of
// moving and "into" when the word lists know the town and the event is no weather
// ("advanced into Palmyra … in a major assault": not the dateline's BEIRUT). Places named in passing
// ("Taiwan lies on the Pacific Ring of Fire") and regions do not count. outside is the
// town the lead places the event "outside" ("a wildfire raged outside Santa Barbara"):
// near it, not in it, so it counts only against a dateline elsewhere (findEvents).
func (rd *reader) eventCity(typ string, firstProse int) (city, outside string) {
	rd.eventSentences(typ, firstProse, func(si int) bool {
		s := &rd.sents[si]
		for k := s.start; k < s.b; k++ {
			e := rd.entityOf(k)
			if e < 0 || rd.ents[e].typ != kg.Place || rd.mentions[rd.entAt[k]].demonym || rd.quoteOf[k] != 0 {
				continue
			}
			name := rd.ents[e].name
			m := &rd.mentions[rd.entAt[k]]
			k = m.b - 1
			if _, isCountry := countryNames[name]; isCountry || rd.regionName(name) || roadName(name) || detentionPlace(name) {
				continue
			}
			p := m.a - 1
			if (rd.is(p, wAposS) || rd.tok(p) == "’s") && rd.entityOf(p-1) >= 0 {
				p = rd.mentions[rd.entAt[p-1]].a - 1 // "in a rebel-held area of Syria's Aleppo"
			}
			for p > s.start && rd.toks[p].kind == tWord && !rd.toks[p].has(fCap) && rd.toks[p].feat&lxFunc == 0 && !rd.is(p, wOutside) && m.a-p < 4 {
				p-- // "in central Istanbul", "southeast of the city of Tainan"; not past "outside"
			}
			if rd.is(p, wThe) {
				p--
			}
			if rd.is(p, wOf) && (rd.is(p-1, wNorth, wSouth, wEast, wWest, wNortheast, wNorthwest, wSoutheast, wSouthwest) || rd.toks[p-1].feat&lxDistUnit != 0) {
				continue // "45 miles northeast of Bakersfield": a bearing, not the place
			}
			if rd.is(p, wOf) && rd.is(p-1, wBorder, wBorders, wLine) || rd.awayFromEvent(s.b, s.start, typ) || rd.streetNamed(m.b, s.b) {
				continue // "near the border of Leicester and Oxford just miles from the shooting site", "the corner of Wells and Watch streets": elsewhere, or no town
			}
			if rd.is(p, wOf) && rd.punct(p-1, ',') {
				continue // "James Brown, 34, of Aurora, Illinois": where someone lives
			}
			if rd.placeInPassing(si, m.a, typ) {
				continue // "clashes … following a suicide bombing that killed 37 in Ankara"
			}
			if rd.is(p, wInto) && (!strings.HasSuffix(rd.low(p-1), "ed") || countryOf[name] == "" || kg.FamilyOf(typ) == kg.NatureFamily) {
				continue // "tunnels into New York"; a storm "headed into the New York area" strikes a region
			}
			if rd.is(p, wOutside) && si == firstProse && outside == "" && !rd.relativeBefore(si, p) {
				outside = name // "raged outside Santa Barbara": near it, not in it
				continue
			}
			if rd.is(p, wIn, wInto, wNear, wOf, wAt, wHit, wStruck, wRocked, wShook) && !rd.relativeBefore(si, p) {
				city = name
				return true
			}
		}
		return false
	})
	return city, outside
}

// eventCountry returns the country a sentence stating the event of type typ places it
// in ("air strikes hit a hospital in a rebel-held area of Syria's Aleppo", "killed in
// Syria"), outside quotes: a country's name after a preposition of place or as the
// owner of a place ("Syria's Aleppo", not "Israel's foreign ministry"), when the
// dateline's country home is not so placed before it (by name, or by its people's: "in a
// Lebanese village"); or "".
func (rd *reader) eventCountry(typ string, firstProse int, home string) string {
	country := ""
	rd.eventSentences(typ, firstProse, func(si int) bool {
		start := rd.sents[si].start
		return rd.eachPlace(si, func(e int, m *mention) bool {
			if _, ok := countryNames[rd.ents[e].name]; !ok {
				return false
			}
			if !rd.ownsPlace(m) && !placePrep(rd.doc, start, m.a) {
				return false // "Turkish artillery shelling killed …": whose, not where
			}
			if rd.historyFrame(m) {
				return false // "the worst mass shooting in U.S. history": a record's frame, not where
			}
			if rd.ents[e].name == home {
				return true // "in a Lebanese village": the dateline's own country
			}
			if !m.demonym {
				country = rd.ents[e].name
				return true
			}
			return false
		})
	})
	return country
}

// placeCountry returns the country of a place: the one the text gives it ("Kalamazoo,
// Michigan" is in the United States), else the word lists', else that of the town a
// spot is named after ("Brussels Airport"), else "".
func (rd *reader) placeCountry(place string) string {
	for _, e := range rd.ents {
		if e.name == place && e.typ == kg.Place && !e.dropped && e.country != "" {
			return e.country
		}
	}
	if c := countryOf[place]; c != "" {
		return c
	}
	return rd.spotTownCountry(place) // "Brussels Airport": spottowns.go
}

// strikeVerb reports whether the word at k is a verb of striking whose object is where
// an act took place: "bombings also hit Baghdad", "a blast rocked Kabul".
func strikeVerb(d *doc, k int) bool {
	return d.toks[k].kind == tWord && d.is(k, wHit, wHits, wStruck, wStrikes, wRocked, wRocks, wShook, wShakes, wTargeted, wTargets)
}

// generalNames are the more general words reports use for an act of violence of a
// type: a bombing is also "the blasts" and "the attack", a shooting "the attack". The
// lead's second sentence that calls it so tells of the same act ("Four suicide bombers
// killed six … The attack at 4 a.m. targeted the village of Qaa"); further down, "the
// attack" is as often another (the Paris attacks in a report of Brussels' suspects).
// The cross-report layer joins the types the same way (kg.MoreSpecific).
var generalNames = map[string][]string{
	"bombing":     {"explosion", "attack"},
	"airstrike":   {"explosion", "attack"},
	"shooting":    {"attack"},
	vehicleAttack: {"attack"},
}

// namesAct reports whether the event word at token k names the article's act of type
// typ: by its type, or in the lead's second sentence by "the" and one of typ's
// generalNames.
func (rd *reader) namesAct(k int, typ string, second bool) bool {
	w := rd.eventAt(k)
	return w == typ || second && rd.is(k-1, wThe) && generalName(w, typ)
}

// generalName reports whether an event word of type word is one of typ's generalNames.
func generalName(word, typ string) bool {
	for _, g := range generalNames[typ] {
		if word == g {
			return true
		}
	}
	return false
}

// eventNoun maps a word to the type of event it names, or "".
func eventNoun(w string) string { return eventWords[w] }

// townCountry returns the country of the town p where the article's event happened:
// the one the text or the word lists give it (placeCountry), else the country the first
// prose sentence names as the owner of a place ("in Jableh and Tartous on Syria's
// Mediterranean coast" from BEIRUT) or after the town and a comma ("in Urgench,
// Uzbekistan"), else "".
func (rd *reader) townCountry(p string, firstProse int) string {
	if c := rd.placeCountry(p); c != "" || firstProse < 0 {
		return c
	}
	country, where, wheres := "", "", 0
	start := rd.sents[firstProse].start
	rd.eachPlace(firstProse, func(e int, m *mention) bool {
		if _, ok := countryNames[rd.ents[e].name]; !ok || m.demonym {
			return false
		}
		afterTown := rd.punct(m.a-1, ',') && rd.entityOf(m.a-2) >= 0 && rd.ents[rd.entityOf(m.a-2)].name == p
		if rd.ownsPlace(m) || afterTown {
			country = rd.ents[e].name
			return true
		}
		if m.a > start && rd.is(m.a-1, wIn) && rd.ents[e].name != where {
			where, wheres = rd.ents[e].name, wheres+1
		}
		return false
	})
	if country == "" && wheres == 1 {
		country = where // "made an emergency landing in Uzbekistan" for a town the lists lack
	}
	return country
}

// eachPlace calls f with each place named outside quotes in sentence si, in order,
// until f returns true; it reports whether f did.
func (rd *reader) eachPlace(si int, f func(e int, m *mention) bool) bool {
	s := &rd.sents[si]
	for k := s.start; k < s.b; k++ {
		e := rd.entityOf(k)
		if e < 0 || rd.ents[e].typ != kg.Place || rd.quoteOf[k] != 0 {
			continue
		}
		m := &rd.mentions[rd.entAt[k]]
		k = m.b - 1
		if f(e, m) {
			return true
		}
	}
	return false
}

// historyFrame reports whether the place mention m names only whose history a record
// is measured against: "the worst mass shooting in U.S. history", "the most watched
// program in US history". Such a country is no place the article tells of (articlePlace)
// nor one it places the act in (eventCountry). A town's history is another matter: "the
// second-biggest storm in New York City history" was a storm in New York City, so
// eventCity still takes it.
func (d *doc) historyFrame(m *mention) bool {
	x := m.b
	if d.is(x, wAposS) || d.tok(x) == "’s" {
		x++
	}
	return d.is(x, wHistory)
}

// ownsPlace reports whether the place mention m is the owner of the place after it
// ("Syria's Aleppo", not "Israel's foreign ministry").
func (rd *reader) ownsPlace(m *mention) bool {
	if !rd.is(m.b, wAposS) && rd.tok(m.b) != "’s" {
		return false
	}
	next := rd.entityOf(m.b + 1)
	return next >= 0 && rd.ents[next].typ == kg.Place
}

// actInRegion reports whether the first prose sentence places an act that strikes a
// spot (a crash, a shooting; not a storm) in a region after "in" or "off" just after an
// event word ("crashed in the North Sea"; not "militancy in West Africa"): then a
// dateline's town is where the reporter is, not where the act was.
func (rd *reader) actInRegion(typ string, firstProse int) bool {
	if firstProse < 0 || kg.Regional(typ) {
		return false
	}
	return rd.eachPlace(firstProse, func(e int, m *mention) bool {
		name := rd.ents[e].name
		_, isCountry := countryNames[name]
		p := m.a - 1
		if rd.is(p, wThe) {
			p--
		}
		return !isCountry && rd.regionName(name) && rd.is(p, wIn, wOff) && rd.eventNear(p) && !rd.placeInPassing(firstProse, m.a, typ)
	})
}

// eventNear reports whether one of the three words before token p names an event.
func (rd *reader) eventNear(p int) bool {
	for x := p - 1; x >= 0 && x >= p-3; x-- {
		if rd.eventAt(x) != "" {
			return true
		}
	}
	return false
}

// awayFromEvent reports whether the sentence from token b to end says that what it tells
// lies some way from the event of type typ: "near the border of Leicester and Oxford
// just miles from the shooting site, police swarmed around a home", "a town 20 miles away
// from the crash".
func (rd *reader) awayFromEvent(end, b int, typ string) bool {
	for x := b + 1; x < end; x++ {
		if !rd.is(x, wFrom) || !(rd.toks[x-1].feat&lxDistUnit != 0 || rd.is(x-1, wAway)) {
			continue
		}
		for y := x + 1; y < end && y <= x+3; y++ {
			if rd.eventAt(y) == typ {
				return true
			}
		}
	}
	return false
}

// streetNamed reports whether the place name ending before token b is a street's, told
// by a lower-case head after it, alone or after a second name ("Wells and Watch
// streets"): a spot in a town, not the town.
func (rd *reader) streetNamed(b, end int) bool {
	if rd.is(b, wAnd) && b+1 < end && rd.toks[b+1].has(fCap) {
		b += 2
	}
	return b < end && !rd.toks[b].has(fCap) && (rd.in(b, spotHeads) || spotHeads.has(strings.TrimSuffix(rd.low(b), "s")))
}
