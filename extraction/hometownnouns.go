package extraction

import "github.com/factgraph/kg"

// hometownNoun reads a hometown named by the noun "hometown" (or "home town") under a
// possessive in sentence si: "in his hometown of Yorkville, Illinois", "Arpaio's hometown
// of Fountain Hills", "after Saddam's home town Tikrit", "In Plains, his hometown, he …".
// The possessor ("his"/"her" as kin.go's kinPossessor resolves it, or "NAME's") comes
// from there: nativeOf(person, town), and of the state or country of "Town, State" as
// homeIn reads a home's; a company's hometown is its seat ("Alibaba's hometown of
// Hangzhou": locatedIn). nativeOf, not residentOf: a hometown is where one grew up, and
// news names it so for people who live elsewhere ("Duffy lives in London and started the
// series while visiting his hometown of Galway"); "Dan Moss, 34, of Lakeview" (hometowns.go)
// is where one lives. A home state, county, province or city is read as a home town:
// "Kasich's home state of Ohio", "Marin's home county of Hale"; after "his" or "her"
// only a home town is read, the possessor of a home state being too often misread.
// Not inside a quotation ("my hometown" is the speaker's), not a description's ("the
// boxer's hometown": no name), not a country, not a town that modifies a noun after it
// ("his hometown of Kent police").
func (rf *relationFinder) hometownNoun(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wHometown, wHome) {
		return // sentindex.go
	}
	for k := s.start + 1; k < s.b; k++ {
		end := 0
		switch {
		case rf.is(k, wHometown):
			end = k + 1
		case rf.is(k, wHome) && k+1 < s.b && rf.in(k+1, homeUnitNouns):
			end = k + 2 // "home town", "his home state of Ohio"
		default:
			continue
		}
		if rf.quoteOf[k] != 0 {
			continue
		}
		who, a := -1, k-1
		if rf.is(k-1, wHis, wHer) && end-k == 2 && !rf.is(k+1, wTown) {
			continue // "his home state of Ohio": in a campaign story "his" is too often another candidate's
		}
		if rf.is(k-1, wHis, wHer) {
			who = rf.kinPossessor(k - 1)
		} else if k >= 2 && rf.owner(k-1) && rf.entAt[k-2] >= 0 && !rf.mentions[rf.entAt[k-2]].demonym {
			who, a = rf.entityOf(k-2), rf.mentions[rf.entAt[k-2]].a
		}
		if who < 0 || rf.ents[who].typ != kg.Person && rf.ents[who].typ != kg.Organization {
			continue
		}
		// the town after the noun: "hometown of X", "hometown, X", "home town X"
		p := end
		if rf.is(p, wOf) || rf.punct(p, ',') {
			p++
		}
		pm := rf.townAt(p, s.b)
		if pm == nil && a > s.start+1 && rf.punct(a-1, ',') && (end >= s.b || rf.punct(end, ',') || rf.toks[end].kind == tStop) {
			// "In Fountain Hills, Arpaio's hometown, Trump …": the town before the aside
			if t := rf.entAt[a-2]; t >= 0 && rf.mentions[t].b == a-1 {
				pm = rf.townAt(rf.mentions[t].a, s.b)
			}
		}
		if pm == nil || pm.ent == who {
			continue
		}
		pred := "nativeOf"
		if rf.ents[who].typ == kg.Organization {
			pred = "locatedIn"
		}
		from, to := min(a, pm.a), max(end, pm.b)
		rf.addRelation(si, rf.entName(who), pred, rf.entName(pm.ent), rf.span(from, to))
		if z, zend := rf.pairedState(pm, s.b); z >= 0 && z != who && z != pm.ent {
			rf.addRelation(si, rf.entName(who), pred, rf.entName(z), rf.span(from, max(to, zend)))
		}
	}
}

// homeUnitNouns are the nouns after "home" that name a hometown or the unit around it.
var homeUnitNouns = newTokSet(map[string]bool{"town": true, "state": true, "county": true, "province": true,
	"city": true, "village": true, "island": true})

// townAt returns the mention of a town (a place, no country, no demonym) that opens at
// token p and stands for itself (no possessive, no plain noun after it), or nil.
func (rf *relationFinder) townAt(p, end int) *mention {
	if p >= end || rf.entAt[p] < 0 {
		return nil
	}
	pm := &rf.mentions[rf.entAt[p]]
	if pm.a != p || pm.ent < 0 || rf.ents[pm.ent].typ != kg.Place || pm.demonym {
		return nil
	}
	if _, country := countryNames[rf.entName(pm.ent)]; country {
		return nil
	}
	if rf.owner(pm.b) || rf.modifier(pm.b) {
		return nil
	}
	return pm
}
