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

// apposedParent reads an appositive that names a body's parent or network as the
// modifier of a unit noun, after mention mi: "Lipper Inc, a Thomson Reuters company,",
// "Halden Media, an Ostmark affiliate,". The body of mi is part of the company the
// appositive names (partOf) — or its affiliate, for "affiliate" (affiliateOf). The
// appositive closes at the noun (a comma or the sentence's end), so "Brekke, a Norvik
// company executive" or "Lumo, a Norvik unit that sells …" are no parent's; a place or a
// demonym there ("DJI, a Chinese company") names none.
func (rf *relationFinder) apposedParent(mi int) {
	m := &rf.mentions[mi]
	if !rf.punct(m.b, ',') || !rf.is(m.b+1, wA, wAn) || rf.ents[m.ent].typ != kg.Organization {
		return
	}
	n := rf.namedMentionAt(m.b + 2)
	if n == nil || n.demonym || n.ent == m.ent || rf.ents[n.ent].typ != kg.Organization {
		return
	}
	s := &rf.sents[m.sent]
	j := n.b
	for j < s.b && rf.toks[j].kind == tWord && rf.in(j, affiliateWords) {
		j++
	}
	pred := ""
	switch {
	case rf.is(j, wAffiliate):
		pred = "affiliateOf"
	case rf.is(j, wCompany, wUnit, wSubsidiary, wDivision):
		pred = "partOf"
	default:
		return
	}
	if j+1 < s.b && !rf.punct(j+1, ',') && !rf.punct(j+1, '.') {
		return
	}
	rf.addRelation(m.sent, rf.entName(m.ent), pred, rf.entName(n.ent), rf.span(m.a, j+1))
}
