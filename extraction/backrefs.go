package extraction

import (
	"slices"
	"strings"
)

// Back references by description (issue 10): "the auto giant", "the ride service
// upstart", "the two nations". A trade word before "giant" or "upstart" fits a business
// whose name says the trade (tradeNames: "the auto giant" for Halvor Motors, "the
// insurance giant" for Ostmark Insurance), whatever the article says of other firms.

// tradeNames maps a trade word to the words of a business name that say it.
var tradeNames = map[string][]string{
	"auto": {"Motor", "Motors", "Automobiles", "Automotive", "Auto"}, "automotive": {"Motor", "Motors", "Automobiles", "Automotive", "Auto"},
	"car": {"Motor", "Motors", "Automobiles", "Auto"}, "carmaking": {"Motor", "Motors", "Automobiles"},
	"banking": {"Bank", "Bancorp", "Banco", "Banca"}, "insurance": {"Insurance", "Assurance"},
	"oil": {"Oil", "Petroleum"}, "energy": {"Energy", "Power", "Oil", "Petroleum"},
	"media": {"Media", "Communications", "Broadcasting"}, "telecom": {"Telecom", "Telecommunications", "Communications"},
	"telecoms": {"Telecom", "Telecommunications", "Communications"}, "chip": {"Semiconductor", "Semiconductors"},
	"pharmaceutical": {"Pharmaceutical", "Pharmaceuticals", "Pharma"}, "drug": {"Pharmaceutical", "Pharmaceuticals", "Pharma"},
	"steel": {"Steel"}, "mining": {"Mining", "Minerals"}, "airline": {"Airlines", "Airways"},
	"retail": {"Stores", "Mart"}, "food": {"Foods", "Food"}, "beverage": {"Beverage", "Beverages"},
	"chemical": {"Chemical", "Chemicals"}, "chemicals": {"Chemical", "Chemicals"},
}

// namesTrade reports whether a business name says a trade of tradeNames (Halvor
// Motors): then "the software giant" is not it, though the article says "software" of
// no business.
func namesTrade(name string) bool {
	for w := range tradeNames {
		if tradeNamed(w, name) {
			return true
		}
	}
	return false
}

// tradeNamed reports whether the trade word w is said by the words of name.
func tradeNamed(w, name string) bool {
	words, ok := tradeNames[w]
	if !ok {
		return false
	}
	n := " " + name + " "
	for _, x := range words {
		if strings.Contains(n, " "+x+" ") {
			return true
		}
	}
	return false
}

// pairKinds maps the plural kind of "the two KINDS" to the kind noun each of the pair
// must fit (definiteKind).
var pairKinds = map[string]string{"nations": "nation", "countries": "country",
	"companies": "company", "firms": "company", "automakers": "automaker", "carmakers": "carmaker",
	"banks": "bank", "lenders": "lender", "airlines": "airline", "retailers": "retailer", "insurers": "insurer"}

// pairDescribed reads tokens a..b-1 as "the two KINDS" ("The two nations have long been
// at odds") and returns the two names it stands for, joined as a nameList in the order the
// article names them: the two of the kind last named before it, in its sentence or the
// three before, both in one sentence. A third of the kind in that sentence, or only one
// within reach, leaves it standing for no pair.
func (rd *reader) pairDescribed(a, b int) string {
	if b-a != 3 || !rd.is(a, wThe) || !rd.is(a+1, wTwo) {
		return ""
	}
	kind, ok := pairKinds[rd.low(a+2)]
	if !ok || rd.is(b, wOf) || rd.owner(b) {
		return "" // "the two companies' shares", "the two countries of the region"
	}
	si := rd.sentOf(a)
	if si >= len(rd.sents) {
		return ""
	}
	var fits []int // entities, most recent first
	fitSent := -1
	for mi := len(rd.mentions) - 1; mi >= 0; mi-- {
		m := &rd.mentions[mi]
		if m.b > a || m.ent < 0 || rd.quoteOf[m.a] != 0 {
			continue
		}
		if m.sent < si-3 || fitSent >= 0 && m.sent < fitSent {
			break
		}
		if slices.Contains(fits, m.ent) || !rd.kindFits(m, kind) {
			continue
		}
		if len(fits) == 0 {
			fitSent = m.sent // the pair is named in one sentence
		}
		fits = append(fits, m.ent)
	}
	if len(fits) != 2 {
		return "" // one, or three in the nearest sentence: which two is not said
	}
	return rd.entName(fits[1]) + nameSep + rd.entName(fits[0])
}

// openingDescription returns the name or pair a description that opens a clause at token
// a, before the verb at v, stands for: "The auto giant took a $400 million stake in",
// "The two companies took stakes in". Only a description of at most five words whose head
// is a kind noun, with a verb after it.
func (rd *reader) openingDescription(a, v int) string {
	if !rd.is(a, wThe) {
		return ""
	}
	for b := a + 2; b <= a+5 && b < v; b++ {
		if rd.toks[b-1].kind != tWord || rd.entAt[b-1] >= 0 || rd.owner(b) {
			return ""
		}
		if p := rd.pairDescribed(a, b); p != "" {
			return p
		}
		if _, ok := definiteKind[rd.low(b-1)]; (ok || isKindNoun(rd.low(b-1))) && rd.toks[b].kind == tWord && !rd.toks[b].has(fCap) && !rd.is(b, wOf) {
			return rd.describedName(a, b, false)
		}
	}
	return ""
}

// betweenDescribed reads the two parties after "between" at token k when a description
// names one or both: "a partnership between the giant and the upstart", "talks between
// the two countries", "a rivalry between Vantro and the upstart". It returns the two
// names (in the text's order) and the token after the second, or "" when either stands
// for no name, they are one, or the phrase goes on ("the two companies' shares").
func (rf *relationFinder) betweenDescribed(k, end int) (a, b string, after int) {
	if p := rf.pairDescribed(k, k+3); p != "" && k+3 <= end && !rf.nounGoesOn(k+3) {
		a, b, _ = strings.Cut(p, nameSep)
		return a, b, k + 3
	}
	a, and := rf.partyAt(k, end)
	if a == "" || !rf.is(and, wAnd) {
		return "", "", 0
	}
	b, after = rf.partyAt(and+1, end)
	if b == "" || a == b || !rf.describedAt(k, end) && !rf.describedAt(and+1, end) || rf.nounGoesOn(after) {
		return "", "", 0
	}
	return a, b, after
}

// partyAt returns the name that a name or a description opening at token k stands for,
// and the token after it; "" when neither opens there.
func (rf *relationFinder) partyAt(k, end int) (string, int) {
	if j := rf.skipThe(k); j < end && rf.entAt[j] >= 0 {
		m := &rf.mentions[rf.entAt[j]]
		if m.a != j || m.ent < 0 || m.demonym {
			return "", 0
		}
		return rf.entName(m.ent), m.b
	}
	if b := rf.descriptionEnd(k, end, 4); b > k+1 {
		return rf.describedName(k, b, false), b
	}
	return "", 0
}

// describedAt reports whether a description, no name, opens at token k.
func (rf *relationFinder) describedAt(k, end int) bool {
	j := rf.skipThe(k)
	return j < end && rf.entAt[j] < 0
}

// nounGoesOn reports whether token k carries the phrase on past a party: a possessive,
// an apostrophe or a lower-case noun ("the two companies' shares", "the giant and the
// upstart officials").
func (rd *reader) nounGoesOn(k int) bool {
	if k >= len(rd.toks) {
		return false
	}
	return rd.owner(k) || rd.tok(k) == "'" || rd.tok(k) == "’" || rd.punct(k, '-') || rd.entAt[k] >= 0
}
