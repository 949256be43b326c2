package extraction

import "github.com/factgraph/kg"

// An investigation a name faces or is under, its investigator named before the noun or
// by "by" after it: "Takata faces an ongoing Justice Department criminal investigation",
// "Volkswagen faces a criminal investigation by the Department of Justice", "Acme is
// under investigation by the Norland Trade Commission" → investigates(investigator, the
// subject). The subject is the verb's (actionSubject: "faces", or "is|was|remains under"
// with its auxiliaries); at most four words stand between the verb (or an article after
// it) and the noun, lower-case modifiers and one name, the investigator. A verb that is
// not asserted ("could face an investigation") gives nothing, nor a noun owned ("faces
// its largest corruption investigation": whose is unsaid).

// facedInquiry reads the shape above for the noun of an investigation at token v
// (investigates in [action-nouns]) in sentence si; it reports whether it recorded one.
func (rf *relationFinder) facedInquiry(si, v int) bool {
	s := &rf.sents[si]
	agent, k := "", v-1
	for k > s.start && v-k <= 5 && !rf.is(k, wA, wAn, wUnder) && !rf.isWord(k, "faces", "faced", "face", "facing") {
		if rf.entAt[k] >= 0 {
			m := &rf.mentions[rf.entAt[k]]
			if agent != "" || m.ent < 0 || m.demonym || rf.ents[m.ent].typ == kg.Other || rf.owner(m.b-1) {
				return false
			}
			agent, k = rf.entName(m.ent), m.a-1
			continue
		}
		if !rf.actModifier(k) || rf.in(k, undoneActs) {
			return false
		}
		k--
	}
	under := rf.is(k, wUnder)
	if rf.is(k, wA, wAn) {
		k--
	}
	if !under && !rf.isWord(k, "faces", "faced", "face", "facing") || k <= s.start || rf.unasserted(si, k) {
		return false
	}
	end := v + 1
	if agent == "" && rf.is(v+1, wBy) {
		if agent = rf.actAgent(v+2, s.b); agent != "" {
			end = rf.mentions[rf.entAt[rf.skipThe(v+2)]].b // "under investigation by the Norland Trade Commission"
		}
	}
	if agent == "" {
		return false
	}
	subj := rf.actionSubject(si, k)
	if subj == "" || rf.typeOfName(subj) == kg.Place {
		return false // "The derailment near Alma, Wisconsin, is under investigation": a place hosts what is investigated
	}
	rf.addAct(si, agent, "investigates", subj, rf.span(k, min(s.b, end)))
	return true
}
