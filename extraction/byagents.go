package extraction

import "github.com/factgraph/kg"

// Agents inside a subject: "The shooting of Tom Reed by officer Dan Wall, who is white,
// exposed friction", "Two Americans freed by Norland, a teacher and a soldier, returned",
// "The apartment, rented by Karl Berg, the bomber, yielded a print". The name after "by"
// is the agent of a participle or an action noun inside the subject, not the subject of
// the verb after the aside; the subject is what the phrase describes (asideSubject hops
// back over it as over a relative clause: "Acme Corp, led by chief executive Ann Lee,
// sued" is Acme's suit), or nothing when that is no name.

// byAgentBefore reports whether the name that ends before the comma at token c is the
// agent of "by", across "the" and a lower-case title with a place in it ("by Norland",
// "by Tarnby police officer Dan Wall", "by the Tarn Council"), within a sentence from
// token start.
func (rf *relationFinder) byAgentBefore(c, start int) bool {
	if c-1 <= start || rf.entAt[c-1] < 0 {
		return false
	}
	e := rf.entAt[c-1]
	k := titledStart(&rf.mentions[e], start) - 1
	for n := 0; k > start && n < 4; n++ {
		if p := rf.entAt[k]; p >= 0 && rf.ents[rf.mentions[p].ent].typ == kg.Place {
			k = rf.mentions[p].a - 1 // "by Tarnby police officer Dan Wall"
			continue
		}
		if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.toks[k].feat&lxFunc != 0 {
			break
		}
		k-- // "by police officer Dan Wall"
	}
	if rf.is(k, wThe) {
		k--
	}
	return k >= start && rf.is(k, wBy)
}
