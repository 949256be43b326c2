package extraction

import "strings"

// Whether a dateline places the main event: a report filed from a town tells of an act
// there only when it names the town beside the dateline or tells the act as news.

// leadTellsAct reports whether the headline or the first prose sentence tells of an
// act as news happening: it gives a toll, calls it fatal or deadly, or names a day.
func (rd *reader) leadTellsAct(firstProse int) bool {
	for _, si := range []int{rd.headline, firstProse} {
		if si >= 0 && (rd.tollIn(si) || rd.fatalIn(si) || rd.dateIn(si) != "") {
			return true
		}
	}
	return false
}

// namedBesideDateline reports whether a sentence of news (prose or the headline, not a
// credit such as "Reporting by … in Detroit") names the town outside a dateline.
func (rd *reader) namedBesideDateline(town string) bool {
	inDateline := func(si int, x int) bool {
		for _, dl := range rd.datelines {
			if dl.sent == si && x >= dl.a && x < dl.b {
				return true
			}
		}
		return false
	}
	for si := range rd.sents {
		s := &rd.sents[si]
		if s.kind != sProse && si != rd.headline {
			continue
		}
		for x := s.a; x < s.b; x++ {
			t := &rd.toks[x]
			if t.kind == tWord && strings.HasPrefix(rd.text[t.s:], town) && !inDateline(si, x) {
				return true
			}
		}
	}
	return false
}
