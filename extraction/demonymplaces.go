package extraction

import (
	"strings"
	"sync"

	"github.com/biter777/countries"
	"github.com/factgraph/kg"
)

// Demonyms that name who speaks or who was hit, not where. "German officials said the
// attack killed 14", "Syrian state media reported", "according to Turkish authorities":
// the demonym says whose the report is; "nine German tourists were killed", "four
// American citizens": whose the victims are. Neither places the act, its figures or the
// article (articlePlace, passingClause). A place written as the first half of a compound
// that ties a body to it ("a British-based monitoring group", "Saudi-led", "U.S.-backed")
// says where the body sits or who backs it: no figure's or event's place either
// (placeNear, articlePlace, eventPlace). A demonym that modifies the act or the place
// ("a Syrian air strike", "the French capital", "off the Libyan coast") stays as before.

// sourceNouns head a phrase that reports: with a demonym before them it names a
// source, not a place.
var sourceNouns = newTokSet(map[string]bool{
	"official": true, "officials": true, "authorities": true, "authority": true, "ministry": true,
	"media": true, "tv": true, "television": true, "broadcaster": true, "agency": true,
	"newspaper": true, "newspapers": true, "press": true, "daily": true, "outlet": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "diplomat": true, "diplomats": true,
	"source": true, "sources": true, "investigators": true, "prosecutors": true, "monitor": true,
	"group": true, "observers": true, "counterparts": true, "government": true,
})

// visitorNouns head a counted group of a country's people abroad: "three German
// tourists", "American citizens".
var visitorNouns = newTokSet(map[string]bool{
	"tourist": true, "tourists": true, "citizen": true, "citizens": true, "national": true,
	"nationals": true, "visitor": true, "visitors": true, "traveler": true, "travelers": true,
	"traveller": true, "travellers": true, "holidaymakers": true, "passengers": true,
	"expatriates": true, "expats": true, "hostages": true, "pilgrims": true, "climbers": true,
	"backpackers": true, "students": true, "journalists": true, "volunteers": true,
	// a person or people by nationality or descent ("a pair of Puerto Rican men")
	"man": true, "men": true, "woman": true, "women": true, "boy": true, "boys": true,
	"girl": true, "girls": true, "immigrant": true, "immigrants": true, "descent": true,
	"heritage": true, "origin": true, "voters": true,
})

// demonymNoPlace reports whether the demonym mention m names a source or a counted group
// of its people rather than where something happened: the head of its phrase (the
// demonym, then up to three lower-case words) is a source noun, or a noun right before a
// verb of saying, or after "according to"; or the phrase counts the country's people
// abroad (visitorNouns).
func (rd *reader) demonymNoPlace(m *mention) bool {
	if !m.demonym && !rd.countryModifier(m) {
		return false // a demonym, or a country's initials as one ("U.S. officials", countrymodifiers.go)
	}
	if w := rd.tok(m.b - 1); m.b-m.a == 1 && strings.HasSuffix(w, "s") && demonymOf[strings.TrimSuffix(w, "s")] != "" && rd.countedBefore(m.a) {
		return true // "three Germans", "two other Americans": people, counted
	}
	head := -1
	for k := m.b; k < len(rd.toks) && k < m.b+3; k++ {
		t := &rd.toks[k]
		if t.kind != tWord || t.has(fCap) && !t.has(fUpper) || t.feat&(lxFunc|lxSpeech) != 0 || rd.entAt[k] >= 0 {
			break
		}
		head = k
		if rd.in(k, visitorNouns) {
			return true // "a pair of Puerto Rican men weeks before": its people, whatever follows
		}
	}
	if head < 0 {
		return false
	}
	h := strings.ToLower(rd.tok(head))
	if sourceNouns.has(h) {
		return true // (a visitor noun returned in the loop)
	}
	if head+1 < len(rd.toks) && rd.toks[head+1].kind == tWord && !rd.toks[head+1].has(fCap) && rd.toks[head+1].feat&lxSpeech != 0 && strings.HasSuffix(h, "s") {
		return true // "Belgian police said", "German prosecutors say"
	}
	p := m.a - 1
	if rd.is(p, wThe) {
		p--
	}
	return rd.is(p, wTo) && rd.is(p-1, wAccording)
}

// bodyCompoundPlace reports whether the place mention m ends in a compound that ties a
// body to the place: "British-based", "London-headquartered", "Saudi-led", "U.S.-backed".
func (rd *reader) bodyCompoundPlace(m *mention) bool {
	if rd.punct(m.b, ',') && m.b+1 < len(rd.toks) && rd.entAt[m.b+1] >= 0 {
		n := &rd.mentions[rd.entAt[m.b+1]]
		if n.typ == kg.Place && n.a > m.b && rd.bodyCompoundPlace(n) {
			return true // "Overland Park, Kansas-based Sprint": the town of the base
		}
	}
	w := rd.tok(m.b - 1)
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[i+1:]) {
	case "based", "headquartered":
		return true
	case "led", "backed", "funded", "sponsored":
		return compoundSuffix(w) != "" // a backer, not a place; not "co-led"
	}
	return false
}

// noEventPlace reports whether the place mention m never places a figure or an event:
// a demonym naming a source or its people, or a body's compound.
func (rd *reader) noEventPlace(m *mention) bool {
	return rd.demonymNoPlace(m) || rd.bodyCompoundPlace(m)
}

// sourceDemonyms returns, by entity, the mentions to discount when the article's
// country is the one it names most: all of a country's when every mention of it never
// places an event (noEventPlace: "German officials said …" and nothing else names
// Germany); none when one does.
func (rd *reader) sourceDemonyms() map[int]int {
	var quiet, all map[int]int
	for i := range rd.mentions {
		m := &rd.mentions[i]
		if m.ent < 0 || m.typ != kg.Place {
			continue
		}
		if all == nil {
			all, quiet = map[int]int{}, map[int]int{}
		}
		all[m.ent]++
		if rd.noEventPlace(m) && !rd.countryModifier(m) { // "U.S. officials" still counts for the article's country
			quiet[m.ent]++
		}
	}
	for e, n := range quiet {
		if n < all[e] {
			delete(quiet, e)
		} else if e < len(rd.ents) {
			quiet[e] = rd.ents[e].mentions
		}
	}
	return quiet
}

// countedBefore reports whether a count ends right before token a: "three", "14",
// "dozens of", "two other".
func (rd *reader) countedBefore(a int) bool {
	p := a - 1
	if rd.is(p, wOther, wMore) {
		p--
	}
	if rd.is(p, wOf) && rd.is(p-1, wDozens, wHundreds, wThousands) {
		return true
	}
	if p < 0 {
		return false
	}
	t := &rd.toks[p]
	return t.kind == tNum && !strings.HasPrefix(rd.tok(p), "$") || t.kind == tWord && (t.feat&lxNumWord != 0 || rd.is(p, wSeveral, wMany)) && !rd.is(p, wOne)
}

var (
	capitalsOnce sync.Once
	capitalCity  map[string]string // country (kg's name) → its capital
)

// capitalOf returns the capital of a country, as github.com/biter777/countries gives it
// and when the word lists place that town in the country; or "".
func capitalOf(country string) string {
	capitalsOnce.Do(func() {
		capitalCity = map[string]string{}
		for _, c := range countries.All() {
			name := c.String()
			if i := strings.Index(name, " ("); i > 0 {
				name = name[:i]
			}
			cap := c.Capital().String()
			if k, ok := countryNames[name]; ok && cap != "" && cap != "None" && cap != "Unknown" && countryOf[cap] == k {
				capitalCity[k] = cap
			}
		}
	})
	return capitalCity[country]
}

// demonymCapital returns the town "the DEMONYM capital" names: the place named right
// after it ("the Afghan capital, Kabul", "the Nepali capital of Kathmandu"), else the
// country's capital ("in the Belgian capital" is Brussels); or "". The demonym's
// mention m then places the act in that town.
func (rd *reader) demonymCapital(m *mention) string {
	if !m.demonym || !rd.is(m.b, wCapital) || !rd.is(m.a-1, wThe) {
		return ""
	}
	n := m.b + 1
	if rd.punct(n, ',') || rd.is(n, wOf) {
		n++
	}
	if n < len(rd.toks) && rd.entAt[n] >= 0 {
		if o := &rd.mentions[rd.entAt[n]]; o.a == n && o.typ == kg.Place && !o.demonym && o.ent >= 0 && o.ent < len(rd.ents) {
			return rd.ents[o.ent].name // "the Afghan capital, Kabul"
		}
		return "" // "the Syrian capital Damascus's …" read by others
	}
	c := demonymOf[rd.tok(m.a)]
	if m.b-m.a > 1 {
		c = demonymOf[rd.span(m.a, m.b)]
	}
	return capitalOf(c)
}
