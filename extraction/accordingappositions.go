package extraction

import "github.com/factgraph/kg"

// accordingApposition reads "according to DESCRIPTION, NAME" where the name closes the
// phrase: "according to the company's operations chief, Mina Sorel.", "according to a
// report published on Monday by the largest bus maker, Brantex Corp, which …". The
// description a..b-1 names no one; a comma at b; a person's or an organization's name
// right after it, which ends the sentence (end, a stop) or opens a relative clause after
// a comma ("…, who is …"). It returns that name, or "": "according to police, Tom Bale,
// 45, was shot" names the victim, not a teller (the name runs on into the clause).
func (ff *figureFinder) accordingApposition(a, b, end int) string {
	if b <= a || b+1 >= end || !ff.punct(b, ',') || ff.namedWithin(a, b) {
		return ""
	}
	mi := ff.entAt[b+1]
	if mi < 0 || ff.mentions[mi].ent < 0 || int(ff.mentions[mi].a) != b+1 {
		return ""
	}
	m := &ff.mentions[mi]
	if t := ff.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return ""
	}
	e := int(m.b)
	if ff.punct(e, '(') { // "Brantex Corp (BRX.N)."
		for e < end && !ff.punct(e, ')') {
			e++
		}
		e++
	}
	if e >= end || ff.toks[e].kind == tStop || ff.punct(e, ',') && ff.is(e+1, wWho, wWhich) {
		return ff.entName(m.ent)
	}
	return ""
}
