package extraction

import (
	"github.com/factgraph/kg"
)

// bidReceivers are the verbs whose subject is the target of the bid they take: "United
// Technologies rejected a $90.7 billion offer by Honeywell", "Snapchat had rejected an
// offer from Facebook", "Kuka has only received a takeover offer from Midea" ("agreed to
// a higher offer from" is read by receivedBid from "to").
var bidReceivers = newTokSet(map[string]bool{"rejected": true, "rejects": true, "reject": true,
	"rebuffed": true, "rebuffs": true, "spurned": true, "spurns": true, "accepted": true, "accepts": true,
	"accept": true, "received": true, "receives": true, "receive": true, "weighing": true, "considering": true})

// receivedBid reads an offer or a bid (the noun at v) named with its bidder by "by" or
// "from" and no target after it, which the subject of a verb of receiving before it is
// the target of: "Starwood agreed to a higher $13.6 billion offer from Marriott"
// (Marriott bidsFor Starwood). The bidder is an organization right after the
// preposition, past lower-case words, a place's possessive and a nationality ("by rival
// aerospace supplier Honeywell", "from China's Anbang", "from Chinese bidder Midea"); the
// target is the verb's subject, else the company the sentence opens with
// (leadingCompany). "An offer by the company to repurchase cars", "a bid by Anbang for
// Starwood" (actBy) and "a proposal that trumped a bid by Anbang" are not read. It
// reports whether it added a bid.
func (rf *relationFinder) receivedBid(si, v int) bool {
	s := &rf.sents[si]
	if !rf.is(v+1, wBy, wFrom) {
		return false
	}
	// the verb before the noun, past its article and modifiers ("a higher $13.6 billion")
	d := v - 1
	for d > s.start && v-d <= 7 && !rf.is(d, wA, wAn, wThe, wIts) {
		if rf.toks[d].kind == tWord && rf.toks[d].has(fCap) || rf.entAt[d] >= 0 || rf.punct(d, ',') {
			return false
		}
		d--
	}
	if !rf.is(d, wA, wAn, wThe, wIts) {
		return false
	}
	verb := d - 1
	if !(rf.in(verb, bidReceivers) || rf.is(verb, wTo) && rf.is(verb-1, wAgreed, wAgrees, wAgree)) {
		return false
	}
	if rf.is(verb, wTo) {
		verb--
	}
	// the bidder
	k := v + 2
	for k < s.b && k <= v+7 {
		if rf.entAt[k] < 0 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) {
			k++
			continue
		}
		p := rf.entityOf(k)
		if p < 0 || rf.ents[p].typ != kg.Place {
			break
		}
		m := &rf.mentions[rf.entAt[k]]
		if rf.owner(m.b) {
			k = m.b + 1 // "from China's Anbang"
		} else if m.demonym {
			k = m.b // "from Chinese bidder Midea"
		} else {
			break
		}
	}
	b := rf.entityOf(k)
	if b < 0 || rf.ents[b].typ != kg.Organization || rf.mentions[rf.entAt[k]].a != k {
		return false
	}
	if e := rf.mentions[rf.entAt[k]].b; rf.owner(e) || rf.is(e, wFor, wTo) {
		return false // "an offer from Acme's fund", "a bid by Anbang for Starwood": actBy
	}
	target := rf.actionSubject(si, verb)
	if target == "" || nameList(target).several() || rf.typeOfName(target) != kg.Organization {
		target = rf.leadingCompany(si, d+1) // past the "to" of "decided to accept"
	}
	if target == "" || target == rf.entName(b) || rf.unasserted(si, verb) {
		return false
	}
	rf.addRelation(si, rf.entName(b), "bidsFor", target, rf.span(d, min(s.b, k+4)))
	return true
}
