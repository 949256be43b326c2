package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// apposedOrgTrade reads an organization before a trade in the description after the name
// of person mention mi, as orgTrade reads it before the name ("NASA astronaut Jeff Moss"):
// "Ann Cole, a NASA astronaut who", "Bo Lee, the Harbor Hawks quarterback," (memberOf),
// "Cy Dent, an Acme investor," (investsIn). The description opens with "a", "an" or "the"
// and at most one lower-case modifier ("a former NASA astronaut"); the organization's
// name follows whole (not its possessive: "the EPA's chief" is roles.go's), is no party,
// place or people, and reads firmly as a body's (firmBodyName: "a Church historian",
// "a Hollywood producer" give nothing), and one to three lower-case words end in the trade (orgTradePredicate;
// not a role roles.go reads: "a Google spokesman"); the description ends there (a mark,
// "who", "and", a preposition). Not a trade that names what its holder studies ("a
// Kremlin expert", subjectTrades), nor an occupation orgOccupation (roles.go) reads after
// "a" ("a CDC entomologist": employeeOf).
func (rf *relationFinder) apposedOrgTrade(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || !rf.punct(m.b, ',') {
		return
	}
	s := &rf.sents[m.sent]
	k, ok := rf.descriptionStart(m)
	if !ok || k+3 >= s.b || !rf.is(k, wA, wAn, wThe) {
		return
	}
	j := k + 1
	if rf.lowerModifier(j) && rf.entAt[j] < 0 {
		j++
	}
	oi := rf.entAt[j]
	if oi < 0 || rf.mentions[oi].a != j || rf.mentions[oi].ent < 0 || rf.mentions[oi].demonym {
		return
	}
	om := &rf.mentions[oi]
	o := om.ent
	name := rf.ents[o].name
	if o == m.ent || rf.ents[o].typ != kg.Organization || rf.owner(om.b) || partyNames[name] != "" || partyNames[rf.tok(om.b-1)] != "" {
		return
	}
	if _, place := countryOf[name]; place || ethnic.has(name) || demonymOf[name] != "" || !rf.firmBodyName(om) {
		return // "a Church historian", "a Hollywood producer": a word typed as a body
	}
	end := om.b
	for end < s.b && end < om.b+3 && rf.lowerModifier(end) && rf.entAt[end] < 0 && rf.toks[end].feat&lxSpeech == 0 {
		end++
	}
	if end == om.b || rf.owner(end) {
		return
	}
	if end < s.b && rf.toks[end].kind == tWord && !rf.is(end, wWho, wAnd, wFor, wWith, wAt, wOf, wIn, wOn, wSince) {
		return // "a NASA astronaut said": no apposition
	}
	for a := om.b; a < end; a++ {
		if r := strings.ToLower(rf.span(a, end)); roleNouns[r] && rolePredicate(r) != "" {
			return // "a Google spokesman": roles.go's
		}
	}
	if supporterNouns.has(rf.low(end-1)) || rf.in(end-1, subjectTrades) {
		return // "a longtime Tesla booster": no member; "a Kremlin expert": a subject
	}
	if rf.is(k, wA, wAn) && occupationNoun(rf.low(end-1)) {
		return // "a CDC entomologist": orgOccupation's (roles.go)
	}
	if pred := rf.orgTradePredicate(rf.low(end-1), o); pred != "" {
		rf.addRelation(m.sent, rf.entName(m.ent), pred, rf.entName(o), rf.span(m.a, end))
	}
}

// supporterNouns are the trades of a person who backs a body from outside it.
var supporterNouns = newTokSet(map[string]bool{"booster": true, "fan": true, "supporter": true,
	"critic": true, "admirer": true, "watcher": true, "follower": true})

// firmBodyName reports whether the organization mention om reads as a body's name by
// itself: two words or more ("Hudson Institute"), an acronym in capitals ("CDC"), or a
// name the word lists know ("Apple") — not a lone capitalized word the entities stage
// typed as a body from weak evidence ("Church", "Hollywood").
func (rf *relationFinder) firmBodyName(om *mention) bool {
	name := rf.ents[om.ent].name
	if strings.Contains(name, " ") {
		return true
	}
	if _, ok := orgAlias[name]; ok {
		return true
	}
	return len(name) >= 2 && strings.ToUpper(name) == name && strings.ToLower(name) != name
}
