package extraction

import "strings"

// Exemplar objects of the open reader: "Lena Ortiz has worked with singers like Mara
// Lind and Tom Vance", "Norland courted carriers such as Halden Telecom", "Acme signed
// deals with lenders, including Birch Bank". The verb's object is a plural kind of
// named party and the names after "such as", "like" or "including" are its examples:
// the act reaches each of them (withMembers reads the list). openObject takes a short
// object only before a name or a preposition, so such an object gave nothing.

// exemplarKinds are the plural nouns, naming a kind of person, body or country, whose
// named examples the act reaches. Nouns of things ("products like Windows", "sites
// such as Twitter", "names like X") are left out: the act is on the thing, not on its
// maker or namesake.
var exemplarKinds = newTokSet(map[string]bool{
	"companies": true, "firms": true, "corporations": true, "businesses": true,
	"banks": true, "lenders": true, "insurers": true, "carriers": true, "retailers": true,
	"automakers": true, "carmakers": true, "airlines": true, "manufacturers": true,
	"makers": true, "suppliers": true, "startups": true, "start-ups": true, "giants": true,
	"rivals": true, "competitors": true, "partners": true, "clients": true, "investors": true,
	"funds": true, "brands": true, "networks": true, "broadcasters": true, "publishers": true,
	"studios": true, "labels": true, "teams": true, "clubs": true, "universities": true,
	"groups": true, "organizations": true, "organisations": true, "agencies": true,
	"militias": true, "parties": true, "unions": true, "countries": true, "nations": true,
	"governments": true, "states": true, "allies": true, "neighbors": true, "neighbours": true,
	"candidates": true, "politicians": true, "lawmakers": true, "senators": true,
	"leaders": true, "executives": true, "officials": true, "figures": true,
	"celebrities": true, "stars": true, "artists": true, "singers": true, "musicians": true,
	"rappers": true, "bands": true, "actors": true, "actresses": true, "athletes": true,
	"players": true, "writers": true, "authors": true, "journalists": true, "critics": true,
	"opponents": true, "contenders": true, "challengers": true,
})

// exemplarQuantifiers may open the kind's phrase, before its modifiers: "other
// companies such as", "rival carriers like".
var exemplarQuantifiers = newTokSet(map[string]bool{"other": true, "some": true, "many": true,
	"several": true, "two": true, "three": true, "both": true})

// exemplarObject returns the open predicate and the first token of the first example
// when the words at p (after the verb and its particle) are "[[det] NOUN] [PREP] [det]
// [≤2 modifiers] KIND[,] such as|like|including NAME", KIND one of exemplarKinds and
// PREP one of the open prepositions but "of": "worked with singers like A" → workWith A,
// "courted carriers such as A" → court A, "signed deals with banks like A" →
// signDealWith A (the short object's noun as openObject names it). It returns "", -1
// otherwise.
func (rf *relationFinder) exemplarObject(si, p int, base, part string) (string, int) {
	end := rf.sents[si].b
	k, prep, noun := p, "", ""
	if rf.in(k, openDeterminers) && rf.plainWord(k+1) && rf.in(k+2, openPrepositions) {
		k++ // "signed a deal with companies like": the short object before its preposition
	}
	if rf.plainWord(k) && !rf.in(k, exemplarKinds) && rf.in(k+1, openPrepositions) {
		noun, k = rf.low(k), k+1
	}
	if w := rf.low(k); openPrepositions.has(w) && w != "of" {
		k, prep = k+1, w
	} else if noun != "" {
		return "", -1
	}
	if rf.in(k, openDeterminers) || rf.in(k, exemplarQuantifiers) {
		k++
	}
	for st := k; k < end && k-st <= 2 && !rf.in(k, exemplarKinds); k++ {
		t := &rf.toks[k]
		if t.kind != tWord || rf.quoteOf[k] != 0 || t.feat&(lxFunc|lxSpeech) != 0 && !rf.in(k, exemplarQuantifiers) {
			return "", -1
		}
		if rf.entAt[k] >= 0 && !rf.mentions[rf.entAt[k]].demonym || rf.entAt[k] < 0 && t.has(fCap) {
			return "", -1 // "with Acme executives like": the executives are Acme's
		}
	}
	if k >= end || !rf.in(k, exemplarKinds) || rf.entAt[k] >= 0 {
		return "", -1
	}
	k++
	if rf.punct(k, ',') {
		k++
	}
	switch {
	case rf.is(k, wSuch) && rf.is(k+1, wAs):
		k += 2
	case rf.is(k, wLike, wIncluding):
		k++
	default:
		return "", -1
	}
	if e := rf.openNameAt(k, end); e >= 0 {
		if noun != "" {
			return camel(base, part, noun, prep), e // "signed deals with companies such as A" → signDealsWith
		}
		return camel(base, part, prep), e
	}
	return "", -1
}

// plainWord reports whether token k is a lower-case word of a short object: no name, no
// function word, no adverb in -ly.
func (rf *relationFinder) plainWord(k int) bool {
	if k >= len(rf.toks) {
		return false
	}
	t := &rf.toks[k]
	return t.kind == tWord && !t.has(fCap) && rf.entAt[k] < 0 && t.feat&(lxFunc|lxSpeech) == 0 && !strings.HasSuffix(rf.low(k), "ly") && !rf.in(k, openPrepositions)
}
