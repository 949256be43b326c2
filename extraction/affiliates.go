package extraction

import "github.com/factgraph/kg"

// Broadcast affiliates: "Fox affiliate KDVR", "NBC television affiliate WCAU", "ABC
// affiliate station KSAT". The station carries the
// network's programmes under its own name: affiliateOf(station, network). A station
// that is told something is the outlet told ("told CNN affiliate KSNT": apart.go's
// outletWords).

// affiliateWords are the lower-case words that may stand between a network and
// "affiliate": "NBC television affiliate", "Fox local affiliate".
var affiliateWords = newTokSet(map[string]bool{"television": true, "tv": true, "local": true, "news": true, "broadcast": true})

// affiliate reads the network before "affiliate" and the station name of mention mi
// after it: the network is an organization whose name ends right before "affiliate",
// past the words of affiliateWords and a possessive; "station" may follow "affiliate". Not "al Qaeda's Yemeni affiliate" (no
// station name) nor "IS-affiliated" (no "affiliate" word).
func (rf *relationFinder) affiliate(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Organization {
		return
	}
	st := rf.sents[m.sent].start
	k := m.a - 1
	if rf.is(k, wStation) {
		k--
	}
	if k <= st || !rf.is(k, wAffiliate) || rf.toks[k].has(fCap) {
		return
	}
	j := k - 1
	for j > st && rf.toks[j].kind == tWord && rf.in(j, affiliateWords) {
		j--
	}
	if rf.is(j, wAposS, wRsquoS) {
		j--
	}
	n := rf.entityOf(j)
	if n < 0 || n == m.ent || rf.ents[n].typ != kg.Organization {
		return
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "affiliateOf", rf.entName(n), rf.span(rf.mentions[rf.entAt[j]].a, m.b))
}
