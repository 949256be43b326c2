package extraction

import "github.com/factgraph/kg"

// Role-named speakers: in "Clinton spokesman Brian Fallon", "Trump campaign manager
// Corey Lewandowski" or "Kelley Blue Book senior analyst Karl Brauer" the first name
// only says whose spokesman, adviser or analyst the person is: the phrase's head, and
// the speaker of its verb, is the person named after the role noun. The speaker
// readers that take the first person of a phrase (speakerNP, speakerAfter,
// openingPerson) ask roleNamedAfter first.

// roleNamedAfter returns the person named right after the role that follows the
// mention at token k ("Clinton spokesman Brian Fallon": at "Clinton", Fallon), before
// token end: an optional possessive, one to four lower-case words of which the last is
// a role noun ("spokesman", "senior analyst", "campaign manager"), then a person's name.
// -1 when the words after the mention are no such role and name.
func (rd *reader) roleNamedAfter(k, end int) int {
	mi := rd.entAt[k]
	if mi < 0 || rd.mentions[mi].ent < 0 {
		return -1
	}
	j := rd.mentions[mi].b
	if rd.is(j, wAposS, wRsquoS) {
		j++
	}
	w := j
	for w < end && w < j+4 && rd.toks[w].kind == tWord && !rd.toks[w].has(fCap) && rd.entAt[w] < 0 {
		w++
	}
	if w == j || w >= end || rd.toks[w-1].feat&lxRole == 0 && !rd.is(w-1, wAide) { // "aide" only here: "a top aide of NAME" names no organization
		return -1
	}
	ni := rd.entAt[w]
	if ni < 0 || rd.mentions[ni].a != w || rd.mentions[ni].b > end {
		return -1
	}
	if e := rd.mentions[ni].ent; e >= 0 && rd.ents[e].typ == kg.Person {
		if r := rd.roleNamedAfter(w, end); r >= 0 {
			return r // "House leader Ann Cole aide Rob Hill": the aide, not the leader
		}
		return e
	}
	return -1
}
