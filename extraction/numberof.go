package extraction

import "strings"

// numberOfBefore names a bare count by "the number of" what it counts, earlier in its
// clause: "plans to raise the number of its retail stores in China to 60" (retail
// stores), "put the number of Syrian refugees abroad at 5.8 million", "the number of
// deacons has surged to about 18,000". The count must be what the number was brought
// to or put at ("to", "at", or a verb of level such as "is", "reached"), not where it
// started ("from 113"), and nothing may count between them. What happened to those
// counted, said after them, is the measure ("the number of people killed … to at least
// 900": killed). It returns "" otherwise.
func (ff *figureFinder) numberOfBefore(n *number) string {
	s := &ff.sents[n.si]
	p := n.qa - 1
	if !ff.is(p, "to", "at") && changeVerbs[ff.low(p)] != "level" {
		return ""
	}
	for k := p - 1; k > s.start && p-k <= 16; k-- {
		t := &ff.toks[k]
		if t.kind == tNum || t.kind == tStop || t.kind == tOpenQ || t.kind == tCloseQ || ff.punct(k, ';') || ff.punct(k, ',') || ff.is(k, "from") {
			return ""
		}
		if !ff.is(k, "number", "numbers") || !ff.is(k+1, "of") || !ff.is(k-1, "the", "its", "their", "his", "her", "our") {
			continue
		}
		a := k + 2
		a += skipDeterminer(ff.doc, a)
		for a < p && ff.entityOf(a) >= 0 {
			a++ // "Italian mobile network operators", "VW models": whose, not what
		}
		a, b := nounPhrase(ff.doc, a, p)
		if m, _ := predicateAfter(ff.doc, n.si, b, p); m != "" && !strings.HasPrefix(m, "state:") {
			return m // "the number of people killed in the storm": killed
		}
		m, _ := ff.measureWords(a, b)
		return m
	}
	return ""
}

// pluralRoseTo names a bare count by the plural noun that rose or fell to it, the
// clause's subject right before its verb of change: "suspected cases rose to 4,107"
// (suspected cases), "confirmed infections climbed to 140 on Friday", as numberOfBefore
// names "the number of cases climbed to 140". The count must follow "to" right after the
// verb (a rise or a fall, not a verb of level); "has", "had", "now" or "since" may stand
// between the noun and the verb. The noun must be a lower-case plural (capitalised only
// opening the sentence), not a word of a price or a rate (shares, prices, yields:
// those are read with their units), and up to two lower-case words before it (the first may open the sentence)
// modify it (not a verb after an auxiliary: "had forecast claims rising to 268,000" is
// claims). It returns "" otherwise.
func (ff *figureFinder) pluralRoseTo(n *number) string {
	s := &ff.sents[n.si]
	p := n.qa - 1
	if !ff.is(p, "to") || ff.toks[p-1].kind != tWord {
		return ""
	}
	v := p - 1
	if kind, ok := changeVerbs[ff.low(v)]; !ok || kind == "level" || ff.toks[v].has(fCap) {
		return ""
	}
	j := v - 1
	for steps := 0; j > s.start && steps < 2 && ff.is(j, "has", "have", "had", "now", "since", "further", "also"); steps++ {
		j--
	}
	if !ff.countedSubject(s.start, j) {
		return ""
	}
	a := j
	for a > s.start && j-a < 2 && ff.contentWord(a-1) && (!ff.toks[a-1].has(fCap) || a-1 == s.start) && ff.entityOf(a-1) < 0 && !plural(ff.low(a-1)) &&
		!ff.is(a-2, "has", "have", "had", "to", "will", "would", "could", "may", "might") { // "had forecast claims rising to": a verb
		a--
	}
	m, _ := ff.measureWords(a, j+1)
	return m
}

// countedSubject reports whether token j, the subject before a verb of change, is a
// plural noun of things counted: lower case (or opening the sentence at start), no
// entity's, and none of priceNouns.
func (ff *figureFinder) countedSubject(start, j int) bool {
	if j < start || !ff.contentWord(j) || ff.entityOf(j) >= 0 || ff.toks[j].has(fCap) && j != start {
		return false
	}
	w := ff.low(j)
	return plural(w) && !priceNouns[w] && ff.toks[j].feat&lxPersonNoun == 0
}

// priceNouns are the plural subjects whose level a verb of change moves that are no
// counts: prices, rates and holdings, read with their units elsewhere.
var priceNouns = map[string]bool{"shares": true, "prices": true, "stocks": true, "yields": true,
	"rates": true, "futures": true, "bonds": true, "sales": true, "earnings": true, "profits": true,
	"revenues": true, "costs": true, "temperatures": true, "levels": true, "ratings": true,
	"odds": true, "losses": true, "gains": true, "spreads": true, "premiums": true}
