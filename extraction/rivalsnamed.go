package extraction

import "github.com/factgraph/kg"

// leadingCompany returns the company whose rivals a sentence lists by example at v
// ("rivals such as", "competitors like": rivalsListed, verbphrases.go), or whose stake,
// investment, merger, bid or supply a noun at v names when the clause's
// subject is not found ("Visa said on Friday it currently has a 1 percent stake in
// Square", "Yahoo launched an auction after it shelved plans to spin off its stake in
// Alibaba": activeAction); or "". It is the sentence's first name, an organization
// standing as its subject ("German video service Maxdome is trying to fend off rivals
// such as Netflix", "Datadog raised $94.5 million to take on competitors like New
// Relic", "Slack, with competitors like Hipchat"), with no other organization or person
// named between it and v. The clause's subject (clauseSubject) reads too far for a list
// of examples: "Long the leader in India, the South Korean giant had been losing ground
// to local rivals such as Micromax" is no rivalry of India's; "between Apple Inc, at the
// high end, and Chinese rivals like Huawei" none of Apple's; "sells capacity to rivals
// like TalkTalk" names a seller's customers; "squeezed by Apple and by Chinese rivals
// such as Huawei" names two of another's.
func (rf *relationFinder) leadingCompany(si, v int) string {
	s := &rf.sents[si]
	if rf.is(v-1, wTo) {
		return "" // "sells capacity wholesale to rivals like TalkTalk"
	}
	var first *mention
	for m := range rf.namedMentionsIn(s.start, v) {
		t := rf.ents[m.ent].typ
		if first == nil {
			if t == kg.Place {
				continue // a dateline or a seat: "SAN FRANCISCO New York-based company Datadog"
			}
			if t != kg.Organization || rf.owner(m.b) || rf.quoteOf[m.a] != 0 {
				return ""
			}
			first = m
			continue
		}
		if t == kg.Organization || t == kg.Person {
			return ""
		}
	}
	if first == nil || rf.is(first.a-1, wBy) && (rf.is(v-1, wBy) || rf.is(v-2, wBy) || rf.is(v-3, wBy)) {
		return "" // "squeezed by Apple and by Chinese rivals such as Huawei": both another's
	}
	return rf.entName(first.ent)
}
