package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Places near a border. An aside after a place that puts it at a border says which
// country or state it lies near: "Kessab, a village near the border with Turkey",
// "Madaya, near the Lebanese border", "Brownsville, a city along the Texas border with
// Mexico" (the neighbour after "with" when there is one): locatedNear(place,
// neighbour). "Near the border" with no neighbour named says nothing.

// borderAsides reads the border asides of sentence si.
func (rf *relationFinder) borderAsides(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wBorder) {
		return // sentindex.go
	}
	for v := s.start + 3; v < s.b; v++ {
		if len(rf.tok(v)) != 6 || !rf.is(v, wBorder) || rf.quoteOf[v] != 0 {
			continue
		}
		near, neighbour := rf.borderNeighbour(v, s.b)
		if neighbour == "" {
			continue
		}
		place, at := rf.placeBeforeAside(near, s.start)
		if place < 0 || rf.entName(place) == neighbour {
			continue
		}
		end := v + 1
		if rf.is(v+1, wWith) {
			end = rf.mentions[rf.entAt[v+2]].b
		}
		rf.addRelation(si, rf.entName(place), "locatedNear", neighbour, rf.span(at, end))
	}
}

// borderNeighbour reads "near|on|along|close to the [NEIGHBOUR] border [with
// NEIGHBOUR]" around the word "border" at token v: the token of "near" (or "on", "along",
// "close") and the neighbour's name (a demonym's country), or "" when the words are not
// these or name no neighbour.
func (rf *relationFinder) borderNeighbour(v, end int) (near int, neighbour string) {
	k := v - 1
	if mi := rf.entAt[v]; mi >= 0 && rf.mentions[mi].b == v+1 && rf.mentions[mi].a < v {
		// "the Texas border" read as one name: the place is the name before "border"
		if n := rf.span(rf.mentions[mi].a, v); knownPlaceName(n) {
			neighbour = n
			k = rf.mentions[mi].a - 1
		}
	} else if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[k]].demonym {
		neighbour = rf.entName(e)
		k = rf.mentions[rf.entAt[k]].a - 1
	} else if c, ok := demonymOf[rf.tok(k)]; ok {
		neighbour = c
		k--
	}
	if !rf.is(k, wThe) {
		return 0, ""
	}
	k--
	switch {
	case rf.is(k, wTo) && rf.is(k-1, wClose):
		k--
	case !rf.is(k, wNear, wOn, wAlong):
		return 0, ""
	}
	if rf.is(v+1, wWith) && v+2 < end {
		if e := rf.entityOf(v + 2); e >= 0 && rf.ents[e].typ == kg.Place && rf.mentions[rf.entAt[v+2]].a == v+2 {
			neighbour = rf.entName(e)
		}
	}
	return k, neighbour
}

// placeBeforeAside returns the place whose name ends right before the aside that opens
// at token near — "PLACE, near", "PLACE, a town near" (a settlement noun, with at most
// one word before it) — and its first token; -1 when there is none. Of a "Town, State"
// pair, the town.
func (rf *relationFinder) placeBeforeAside(near, start int) (int, int) {
	k := near - 1
	if rf.in(k, placeNouns) || rf.in(k, settlementNouns) {
		k--
		if rf.toks[k].kind == tWord && !rf.is(k, wA, wAn) && !rf.toks[k].has(fCap) {
			k-- // "a small town", "a border village"
		}
		if !rf.is(k, wA, wAn) {
			return -1, 0
		}
		k--
	}
	if !rf.punct(k, ',') || k-1 < start {
		return -1, 0
	}
	e := rf.entityOf(k - 1)
	if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k-1]].b != k {
		return -1, 0
	}
	a := rf.mentions[rf.entAt[k-1]].a
	if t := rf.entityOf(a - 2); rf.punct(a-1, ',') && t >= 0 && rf.ents[t].typ == kg.Place {
		return t, rf.mentions[rf.entAt[a-2]].a // "Oxford, North Carolina, near the Virginia border": the town
	}
	return e, a
}

// knownPlaceName reports whether the word lists know name as a country, a U.S. state or
// another place.
func knownPlaceName(n string) bool {
	_, country := countryNames[n]
	_, listed := countryOf[n]
	return country || listed || usStates[n]
}

// Borders named by their two sides. "The Turkey-Syria border", "the U.S.-Mexican
// border", "the Syrian-Lebanese frontier", "the Colorado-Wyoming border": two countries
// or U.S. states, or a country's demonym, joined by a hyphen right before "border" or
// "frontier", share that border: borders(first, second). Other nouns after such a pair
// say nothing of a border ("the U.S.-China talks"), and a side the lists do not know as
// a country or a state ("the EU-UK frontier", "the Hama-Raqqa border") gives up the pair.

// borderPairs reads the two-sided borders of sentence si.
func (rf *relationFinder) borderPairs(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wBorder, wFrontier) {
		return // sentindex.go
	}
	for v := s.start + 1; v < s.b; v++ {
		if n := rf.toks[v].e - rf.toks[v].s; n != 6 && n != 8 || !rf.is(v, wBorder, wFrontier) {
			continue
		}
		a := v - 1
		for a > s.start && rf.toks[a-1].e == rf.toks[a].s && (rf.toks[a-1].kind == tWord || rf.punct(a-1, '-')) {
			a-- // "U.S.-Mexico" may be read as several tokens with no space between them
		}
		x, y, ok := strings.Cut(rf.span(a, v), "-")
		if !ok || strings.Contains(y, "-") {
			continue
		}
		first, second := borderSide(x), borderSide(y)
		if first == "" && a-1 > s.start && rf.toks[a-1].kind == tWord && rf.toks[a-1].has(fCap) {
			first = borderSide(rf.tok(a-1) + " " + x) // "the North Korea-China border"
			a--
		}
		if first == "" || second == "" || first == second {
			continue
		}
		rf.addRelation(si, first, "borders", second, rf.span(a, v+1))
	}
}

// borderSide returns the country or U.S. state that w names on one side of a border:
// the country of a country's name or demonym ("U.S.", "Mexican"), or the state; "" for
// any other word.
func borderSide(w string) string {
	if c, ok := countryNames[w]; ok {
		return c
	}
	if usStates[w] {
		return w
	}
	if c, ok := demonymOf[w]; ok {
		if _, country := countryNames[c]; country {
			return c
		}
	}
	return ""
}
