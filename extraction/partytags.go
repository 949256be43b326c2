package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Party-and-state tags: the relations a U.S. politician's tag states. "Sen. Vera Holt,
// R-Wyo., said" makes Holt a member of the Republican Party and a senator of Wyoming;
// "Rep. Tom Hale (D-N.Y.)" a member of the Democratic Party and a representative of New
// York. The entity stage made the tag's state a place mention of its own
// (entities_tags.go); this stage reads what the tag says of the name before it.

// tagParties are the parties a tag's letter names; an independent ("I-Vt.") belongs to
// none.
var tagParties = map[byte]string{'R': "Republican Party", 'D': "Democratic Party"}

// partyTag reads the tag right after person mention mi, after a comma or inside
// brackets ("Paul Okoro, D-Ill.", "Ana Reyes (R-Fla.)"): the person is memberOf the
// tag's party and holds their seat for the tag's state when a title tells which (tagSeat).
func (rf *relationFinder) partyTag(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || !rf.punct(m.b, ',') && !rf.punct(m.b, '(') {
		return
	}
	k := m.b + 1
	w := rf.tok(k)
	if len(w) < 3 || w[1] != '-' || rf.toks[k].kind != tWord {
		return
	}
	state := rf.entityOf(k)
	if state < 0 || rf.ents[state].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k {
		return // not a tag the entity stage read ("Coca-Cola", "X-ray")
	}
	end := rf.mentions[rf.entAt[k]].b
	name, text := rf.entName(m.ent), rf.span(m.a, end)
	if party := tagParties[w[0]]; party != "" {
		rf.addRelation(m.sent, name, "memberOf", party, text)
	}
	if seat := rf.tagSeat(m.ent); seat != "" {
		rf.addRelation(m.sent, name, seat, rf.entName(state), text)
	}
}

// stateTagAfter reports whether a party-and-state tag follows mention m ("Sen. Vera
// Holt, R-Wyo."): the tag names the state the seat is held for, and partyTag reads it.
func (rf *relationFinder) stateTagAfter(m *mention) bool {
	if !rf.punct(m.b, ',') && !rf.punct(m.b, '(') {
		return false
	}
	k := m.b + 1
	w := rf.tok(k)
	if len(w) < 3 || w[1] != '-' || rf.toks[k].kind != tWord {
		return false
	}
	state := rf.entityOf(k)
	return state >= 0 && rf.ents[state].typ == kg.Place
}

// tagAsideEnd returns the token after a party-and-state tag set off between person
// mention m and a description of them ("Rep. Tom Hale, R-Ohio, chairman of the House
// Rules Committee", "Sen. Vera Holt (R-Wyo.), a member of …"): the tag closed by a comma,
// or by its bracket and a comma, so that the description readers step over it as over an
// age (ageAside); -1 when no tag follows m or no comma closes it.
func (rf *relationFinder) tagAsideEnd(m *mention) int {
	if !rf.stateTagAfter(m) {
		return -1
	}
	end := rf.mentions[rf.entAt[m.b+1]].b
	if rf.tok(end) == "." {
		end++ // "R-Tenn.": the abbreviation's stop is a token of its own
	}
	if rf.punct(m.b, '(') {
		if !rf.punct(end, ')') {
			return -1
		}
		end++
	}
	if !rf.punct(end, ',') {
		return -1
	}
	return end + 1
}

// tagSeat is the predicate of the seat a tagged person holds for the tag's state, from
// the titles of their mentions: a senator's for a senator or a Senate office ("Sen. Vera
// Holt", "Senate Majority Leader Dan Ruark"), a representative's for a House member
// ("Rep.", "Congresswoman", "House Minority Leader", "Speaker"), a governor's for a
// governor; "" when no title tells the chamber ("Judiciary Committee Chairman Ken Osler
// (R-Iowa)" sits in the Senate, "Majority Leader" leads either).
func (rf *relationFinder) tagSeat(ei int) string {
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent != ei || m.role == "" {
			continue
		}
		switch {
		case strings.HasSuffix(m.role, "senator") || strings.Contains(m.roleOrg, "Senate"):
			return "senatorOf"
		case strings.HasSuffix(m.role, "governor"):
			return "governorOf"
		case m.role == "representative" || strings.HasPrefix(m.role, "congress") || m.role == "speaker" || strings.Contains(m.roleOrg, "House"):
			return "representativeOf"
		}
	}
	return ""
}
