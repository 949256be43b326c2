package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Market and product names cut at their number or typed by their form. A stock index is
// named by a family word and the number of its members ("the S&P 500", "FTSE 100",
// "Nikkei 225", "CSI 300", "Stoxx Europe 600"): the number belongs to the name, which is
// a thing (Other: the golds type the Nasdaq Composite so, and an index typed a person or
// an organization is counted wrong). A family word alone names the index where an index's
// noun follows it ("the Nikkei stock index", "the Dow Jones industrial average", "FTSE
// futures"), a market's verb ("the Nikkei fell", "the Dow gained") or a place's
// possessive ("Japan's Nikkei", "Hong Kong's Hang Seng"); elsewhere the same word may
// name a company (the Nikkei newspaper, S&P the rating firm, Nasdaq the exchange), which
// keeps its type. A crude oil's grade is named before "crude" ("Brent crude", "Bakken
// crude"): a thing, unless a place ("U.S. crude", "North Dakota crude"). A model whose
// code the maker's name runs into takes its number before a vehicle's noun ("the Lexus
// LC 500 coupe"). The lists are data/names.txt's index-families and
// numbered-product-heads.
//
// Also here: "May" alone is the month unless the article names a person May ("Theresa
// May", "Mrs. May"); an engine's layout ("a V8", "the V12") is no name.

var (
	indexFamilies       = newTokSet(wordSet("index-families"))
	indexOnlyFamilies   = newTokSet(wordSet("index-only-families"))
	numberedProductHead = newTokSet(wordSet("numbered-product-heads"))
)

// indexMoveVerbs are the verbs a market index is the subject of ("the Nikkei fell").
var indexMoveVerbs = newTokSet(map[string]bool{"rose": true, "fell": true, "gained": true, "lost": true, "dropped": true,
	"slipped": true, "climbed": true, "added": true, "eased": true, "shed": true, "ended": true, "closed": true,
	"edged": true, "jumped": true, "tumbled": true, "slumped": true, "advanced": true, "declined": true,
	"rallied": true, "surged": true, "plunged": true, "sank": true, "dipped": true, "finished": true,
	"rises": true, "falls": true, "gains": true, "slides": true, "slid": true, "retreated": true, "rebounded": true,
	"opened": true, "hit": true, "touched": true, "extended": true, "recovered": true, "soared": true})

// indexHeadNouns are the lower-case nouns after a family word that make it an index's
// name ("the Nikkei average", "FTSE futures", "the Kospi index").
var indexHeadNouns = newTokSet(map[string]bool{"index": true, "indexes": true, "indices": true, "average": true,
	"futures": true, "benchmark": true, "composite": true})

// indexFamilyAt reports whether the name words a..b-1 are an index family's: the whole
// name ("Nikkei", "Dow Jones", "Hang Seng") or a family word glued to the number of the
// index ("CSI300").
func (ef *entityFinder) indexFamilyAt(a, b int) bool {
	name := ef.span(a, b)
	if indexFamilies.has(name) {
		return true
	}
	if b != a+1 {
		return false
	}
	w := ef.tok(a)
	k := len(w)
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	return k < len(w) && k > 0 && len(w)-k <= 4 && w[k] != '0' && indexFamilies.has(w[:k])
}

// indexNumberEnd returns the end of an index's name that runs from a past the number at
// token j ("the S&P 500", "FTSE 100", "Stoxx Europe 600"), or j: the name so far ends in
// an index family's word (or "Europe"/"Asia" after one), the number has one to four
// digits after a space, no leading zero and no year, and no percent, point or unit, nor
// a hyphen or decimal run on, follows it ("the Nikkei 2 percent", "the Dow 300 points").
func (ef *entityFinder) indexNumberEnd(si, a, j int) int {
	s := &ef.sents[si]
	if j >= s.b || j <= a {
		return j
	}
	last := ef.tok(j - 1)
	if !indexFamilies.has(last) && !indexFamilies.has(ef.span(a, j)) && !((last == "Europe" || last == "Asia") && j-2 >= a && indexFamilies.has(ef.tok(j-2))) {
		return j
	}
	t, n := &ef.toks[j], ef.tok(j)
	if t.kind != tNum || !t.has(fSpace) || len(n) > 4 || !allDigits(n) || n[0] == '0' || len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
		return j
	}
	if j+1 < s.b {
		next := &ef.toks[j+1]
		if !next.has(fSpace) && !(next.kind == tPunct || next.kind == tStop) && !ef.possessiveAt(j+1) {
			return j // "the Dow 300-point drop"
		}
		if !next.has(fSpace) && next.kind == tPunct && strings.Contains("%-/", ef.tok(j+1)) {
			return j
		}
		if next.kind == tWord && (ef.is(j+1, wPercent, wPct, wPoint, wPoints, wPer, wOf, wTo) || next.feat&(lxScale|lxTimeUnit|lxDistUnit) != 0) {
			return j
		}
	}
	return j + 1
}

// productNumberEnd returns the end of a model's name that runs from a past the number at
// token j to before a lower-case vehicle's or device's noun ("the Lexus LC 500 coupe",
// "a Vantor GX 9 sedan"), or j: the name ends in a code of capitals the word lists do not
// know ("LC"), or is a name no list knows; the number has one to four digits after a
// space and is no year.
func (ef *entityFinder) productNumberEnd(si, a, j int) int {
	s := &ef.sents[si]
	if j+1 >= s.b || j <= a || si == ef.doc.headline {
		return j
	}
	t, n := &ef.toks[j], ef.tok(j)
	if t.kind != tNum || !t.has(fSpace) || len(n) > 4 || !allDigits(n) || n[0] == '0' || len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
		return j
	}
	next := &ef.toks[j+1]
	if next.kind != tWord || next.has(fCap) || !next.has(fSpace) || !ef.in(j+1, numberedProductHead) {
		return j
	}
	if j-a < 2 || ef.known(ef.span(a, j)) || ef.known(ef.tok(a)) && j-a < 2 {
		return j // "Boeing 737 jets": the maker's name stays the maker's
	}
	code := ef.tok(j - 1)
	if !ef.toks[j-1].has(fUpper) || len(code) > 3 || ef.known(code) {
		return j
	}
	return j + 1
}

// marketName reports whether the name of tokens a..b-1 (name its text) is an index's or
// a benchmark's, a thing: an index family's word with its number ("S&P 500", "CSI300"),
// or a family word with an index's noun, a market's verb or a place's possessive about
// it; a crude's grade before "crude" ("Brent crude").
func (ef *entityFinder) marketName(si, a, b int) bool {
	if ef.toks[b-1].kind == tNum && b-a >= 2 && ef.indexNumberEnd(si, a, b-1) == b {
		return true // "S&P 500", "Stoxx Europe 600"
	}
	end := ef.sents[si].b
	lower := func(k int) bool { return k < end && ef.toks[k].kind == tWord && !ef.toks[k].has(fCap) }
	name := ef.span(a, b)
	if !ef.indexFamilyAt(a, b) {
		// a crude's grade: "Brent crude", "Bakken crude", not "U.S. crude"
		return lower(b) && ef.is(b, wCrude) && !knownPlaceName(name) && !ef.known(name) && !firstNames[ef.tok(a)]
	}
	if b == a+1 && ef.tok(a) != name || indexOnlyFamilies.has(name) {
		return true // "CSI300", "DAX", "Hang Seng"
	}
	if lower(b) {
		k := b
		if ef.is(k, wStock, wShare, wBenchmark, wIndustrial, wBlueChip, wCrude) && lower(k+1) {
			k++
		}
		if ef.in(k, indexHeadNouns) || ef.is(b, wCrude) {
			return true // "the Nikkei average", "the Kospi stock index", "Brent crude"
		}
		if ef.in(b, indexMoveVerbs) {
			return true // "the Nikkei fell"
		}
		if ef.is(b, wWas, wIs, wWere, wEnded, wClosed, wFinished) && ef.is(b+1, wUp, wDown, wFlat, wHigher, wLower, wLittle, wSteady, wUnchanged) {
			return true // "the Nikkei was up"
		}
	}
	if lower(b) && (ef.in(b, indexOutletNouns) || ef.toks[b].feat&lxSpeech != 0) {
		return false // "the Nikkei business daily", "Nikkei reported": the newspaper
	}
	if ef.indexElsewhere(a, b) {
		return true // "The Dow and …" where "the Dow fell" or "the Dow Jones industrial average" is read
	}
	if a >= 2 && ef.possessiveAt(a-1) && !lower(b) {
		// "Germany's DAX", "Japan's Nikkei", not "Japan's Nikkei newspaper"
		return knownPlaceName(ef.tok(a-2)) || ef.entAt[a-2] >= 0 && ef.mentions[ef.entAt[a-2]].typ == kg.Place
	}
	return false
}

// monthAlone reports whether "May" at token i is the month where no person May is named
// in the article: alone (no name word after it), or after a determiner or a possessive
// ("The May U.S. jobs data"). A person is named May when a given name, an honorific or
// a capitalised title word stands right before one of its "May"s ("Theresa May", "Mrs.
// May", "Prime Minister May").
func (ef *entityFinder) monthAlone(si, i int) bool {
	if ef.tok(i) != "May" {
		return false
	}
	s := &ef.sents[si]
	if i+1 < s.b && ef.isNameWord(i+1) && !ef.is(i-1, wThe, wA, wAn, wIts, wHis, wHer, wTheir, wOur, wThis, wThat, wLast, wNext, wFor, wIn) {
		return false
	}
	for k := 1; k < len(ef.toks); k++ {
		if ef.toks[k].kind != tWord || ef.tok(k) != "May" {
			continue
		}
		p := &ef.toks[k-1]
		if p.kind == tWord && p.has(fCap) && (firstNames[ef.tok(k-1)] || p.feat&lxHonor != 0 || ef.titleEndsAt(k)) {
			return false
		}
		if p.kind == tStop && k >= 2 && ef.toks[k-2].feat&lxHonor != 0 {
			return false // "Mrs. May" split at the stop
		}
	}
	return true
}

// engineLayout reports whether the word at token i is an engine's layout and cylinder
// count ("a V8", "its V12", "the W16"): no name.
func (ef *entityFinder) engineLayout(i int) bool {
	switch ef.tok(i) {
	case "V6", "V8", "V10", "V12", "V16", "W12", "W16":
		return true
	}
	return false
}

// titleEndsAt reports whether a title of one to three words ends right before token k
// ("Prime Minister May", "Home Secretary May").
func (ef *entityFinder) titleEndsAt(k int) bool {
	for l := 1; l <= 3 && k-l >= 0; l++ {
		if _, ok := titleRole[ef.span(k-l, k)]; ok {
			return true
		}
	}
	return false
}

// indexNamed reports whether an entity's name is a market index's: a family word opens
// or makes it ("Nikkei", "S&P 500", "Stoxx Europe 600", "CSI300"), so that a place's
// possessive over it ("Japan's Nikkei") says where its market is, as over a body.
func indexNamed(name string) bool {
	if indexFamilies.has(name) {
		return true
	}
	first, _, _ := strings.Cut(name, " ")
	if indexFamilies.has(first) {
		return true
	}
	k := len(first)
	for k > 0 && first[k-1] >= '0' && first[k-1] <= '9' {
		k--
	}
	return k > 0 && k < len(first) && indexFamilies.has(first[:k])
}

// indexOutletNouns after a family word make it a newspaper's or a firm's name ("the Nikkei
// business daily", "an S&P report").
var indexOutletNouns = newTokSet(map[string]bool{"business": true, "daily": true, "newspaper": true, "report": true,
	"reports": true, "survey": true, "analyst": true, "analysts": true, "ratings": true, "rating": true})

// indexElsewhere reports whether the family word of the name a..b-1 names an index
// elsewhere in the article: followed there, past at most two capitalised words ("Dow
// Jones"), by an index's number, an index's noun or a market's verb. An article names
// one thing by the word, so that "The Dow and the Nasdaq were down" is the index that
// "the Dow Jones industrial average fell" names.
func (ef *entityFinder) indexElsewhere(a, b int) bool {
	w := ef.tok(a)
	for k := 0; k < len(ef.toks); k++ {
		if k == a || ef.toks[k].kind != tWord || ef.tok(k) != w {
			continue
		}
		n := k + 1
		for n < len(ef.toks) && n <= k+2 && ef.toks[n].kind == tWord && ef.toks[n].has(fCap) && !ef.toks[n].has(fUpper) {
			n++
		}
		if n >= len(ef.toks) {
			continue
		}
		t := &ef.toks[n]
		if t.kind == tNum && t.has(fSpace) && allDigits(ef.tok(n)) && len(ef.tok(n)) <= 4 && ef.tok(n)[0] != '0' && !ef.is(n+1, wPercent, wPoints, wPoint) {
			return true
		}
		if t.kind != tWord || t.has(fCap) {
			continue
		}
		h := n
		if ef.is(h, wStock, wShare, wBenchmark, wIndustrial, wBlueChip) {
			h++
		}
		if ef.in(h, indexHeadNouns) || ef.in(n, indexMoveVerbs) {
			return true
		}
	}
	return false
}

// addedPercent reports whether "added" at token k is a market's gain, not a speaker's
// word: a number of percent or points follows it, past at most two words that qualify
// it ("the index added 0.7 percent", "added about 0.5 percent", "added 14.83 points").
func (d *doc) addedPercent(k int) bool {
	n := k + 1
	for n < len(d.toks) && n <= k+2 && d.is(n, wAbout, wNearly, wAlmost, wSome, wRoughly, wAround, wMore, wThan, wAnother, wOver) {
		n++
	}
	return n+1 < len(d.toks) && d.toks[n].kind == tNum && (d.is(n+1, wPercent, wPoints, wPoint, wPct) || d.tok(n+1) == "%")
}
