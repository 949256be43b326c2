package extraction

import "github.com/factgraph/kg"

// Ties a name's description gives without a role of the vocabulary (branch roles61):
// a member's trade before the group it works with ("Abu Majd, an activist with the
// Tadmur Coordination Committee" is memberOf the committee; occupationAt reads the
// employees' trades), and a lawyer's client named by a relative clause ("attorney Ruth
// Olmsted, who also represents Castell Bank" is attorneyOf the bank: the person's own
// title or description says the trade, the clause whom it serves).

// memberTrades are the nouns of a person who works for a cause or a group without being
// its employee: "an activist with", "a volunteer for", "an organizer with".
var memberTrades = newTokSet(map[string]bool{"activist": true, "volunteer": true, "organizer": true, "organiser": true, "campaigner": true})

// memberTrade returns the predicate of trade noun w before preposition prep in an
// appositive ("an activist with the X Committee": memberOf), or "". "at" places an
// activist at an event or a school more often than in a group.
func memberTrade(w, prep string) string {
	if memberTrades.has(w) && prep != "at" {
		return "memberOf"
	}
	return ""
}

// lawyerWords are the trades whose holder "represents" a client: the predicate of the
// tie, by the word the article uses.
var lawyerWords = map[string]string{"lawyer": "lawyerOf", "attorney": "attorneyOf", "counsel": "lawyerOf", "solicitor": "lawyerOf", "barrister": "lawyerOf"}

// representedClient: a relative clause "who (also) represents|represented|is
// representing Y" after the name of person mention mi, from token v (the verb), gives the
// person's client when the person is a lawyer by the title before the name ("attorney
// Ruth Olmsted", "Delaney's lawyer Ruth Olmsted") or by the description between the name
// and "who" (from token d, "a lawyer who represented"): the person is lawyerOf or
// attorneyOf Y, a person or an organization named right after the verb (not "represents
// Vermont in the Senate": a lawmaker's place, and no lawyer). Reports whether it read the
// clause.
func (rf *relationFinder) representedClient(mi, d, v int) bool {
	m := &rf.mentions[mi]
	s := &rf.sents[m.sent]
	o := v + 1
	switch {
	case rf.is(v, wRepresents, wRepresented):
	case rf.is(v, wIs, wWas, wHas, wHad) && rf.is(v+1, wRepresenting, wRepresented):
		o = v + 2
	default:
		return false
	}
	pred := ""
	for i := max(m.ta-1, s.start); i < m.a && pred == ""; i++ {
		pred = lawyerWords[rf.low(i)] // "attorney Ruth Olmsted", "Lawyer Dan Ruiz"
	}
	for i := d; i < v && pred == ""; i++ {
		pred = lawyerWords[rf.low(i)] // "Ruiz, a lawyer who represented"
	}
	if pred == "" {
		return false
	}
	if rf.is(o, wThe) {
		o++
	}
	c := rf.entityOf(o)
	if c < 0 || c == m.ent || rf.mentions[rf.entAt[o]].a != o || rf.ents[c].typ != kg.Person && rf.ents[c].typ != kg.Organization {
		return false
	}
	if b := rf.mentions[rf.entAt[o]].b; rf.owner(b) || b < s.b && rf.toks[b].kind == tWord && !rf.toks[b].has(fCap) && rf.toks[b].feat&lxFunc == 0 {
		return false // "represents Shaver's widow", "represented Lyft drivers": the client is another
	}
	rf.addRelation(m.sent, rf.ents[m.ent].name, pred, rf.entName(c), rf.span(m.a, rf.mentions[rf.entAt[o]].b))
	return true
}
