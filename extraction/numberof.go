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
