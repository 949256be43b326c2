package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// ageAfterName reports whether the tokens from b, right after a person's name, read ",
// AGE, PREP" with PREP one of preps and a word after it: "Dan Moss, 34, of …" (hometown,
// ageMemberOf, townsAfterAges).
func (d *doc) ageAfterName(b int, preps ...string) bool {
	return b >= 0 && b+4 < len(d.toks) && d.punct(b, ',') && d.toks[b+1].kind == tNum && d.punct(b+2, ',') && d.isWord(b+3, preps...)
}

// hometown reads where the person of mention mi lives from the age and place written
// after the name: "Dan Moss, 34, of Lakeview, Ohio," or "Dan Moss, 34, from Lakeview"
// gives Moss residentOf Lakeview. The place must be a place mention of its own (not a
// nationality adjective), right after "of" or "from", and end there or at a comma, a
// full stop, "and", "who" or "was"/"is", so that "Moss, 34, of the town's council" or
// "Moss, 34, of Lakeview High School" gives nothing.
func (rf *relationFinder) hometown(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || !rf.ageAfterName(m.b, "of", "from") {
		return
	}
	p := rf.entityOf(m.b + 4)
	if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[m.b+4]].a != m.b+4 || rf.mentions[rf.entAt[m.b+4]].demonym {
		return
	}
	end := rf.mentions[rf.entAt[m.b+4]].b
	if end < len(rf.toks) && !(rf.punct(end, ',') || rf.toks[end].kind == tStop || rf.is(end, wAnd, wWho, wWas, wIs) || rf.townEnds(end)) {
		return
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(m.a, end))
}

// hometownOf reads where the person of mention mi lives from a place written right after
// the name with "of" and no age, set off by commas or not: "Bo Lark of Castrel Heights
// said", "Ann Vole of Dunmore, Ohio, was charged", "Cy Dent, of Oria, who", "Lark of
// Vetland and Dent of Oria" give residentOf (hometown reads the shape with the age). The
// place must be a place mention of its own right after "of" (not "of the Vetland Times",
// not a nationality adjective, not an organization: "Vole of Quill Corp" is memberOf,
// roles.go), and end at a comma, a full stop, "and", "who", "was"/"is" or a speech verb
// ("said", "told"), so that "Lark of Dunmore County Schools" gives nothing. A pair a
// title already ties ("Senator Lark of Vetland" is senatorOf) is left to that title.
func (rf *relationFinder) hometownOf(mi int) {
	m := &rf.mentions[mi]
	k := m.b + 1
	if rf.punct(m.b, ',') {
		k++ // "Ann Vole, of Dunmore, said"
	}
	if rf.ents[m.ent].typ != kg.Person || k >= len(rf.toks) || !rf.is(k-1, wOf) || rf.entAt[k] < 0 ||
		m.a > 0 && rf.is(m.a-1, wThe) || rf.shoutedName(m) {
		return // "the Great Wall of China", "FMR PRES of Mexico": no person's name
	}
	pm := &rf.mentions[rf.entAt[k]]
	p := rf.entityOf(k)
	if p < 0 || rf.ents[p].typ != kg.Place || pm.a != k || pm.demonym || rf.quoteOf[k] != rf.quoteOf[m.a] {
		return
	}
	end := pm.b
	if end < len(rf.toks) && !(rf.punct(end, ',') || rf.toks[end].kind == tStop || rf.is(end, wAnd, wWho, wWas, wIs) ||
		rf.toks[end].kind == tWord && !rf.toks[end].has(fCap) && rf.toks[end].feat&lxSpeech != 0) {
		return
	}
	subj, obj := rf.entName(m.ent), rf.entName(p)
	for _, r := range rf.rels {
		if r.Subject == subj && r.Object == obj {
			return // "Senator Lark of Vetland": senatorOf already
		}
	}
	rf.addRelation(m.sent, subj, "residentOf", obj, rf.span(m.a, end))
}

// homeIn reads "his|her [own|family] home in [the] PLACE" in sentence si: the person the
// pronoun stands for (pronouns.go `pronoun`) lives there → residentOf(person, PLACE), and
// in the state or country of "Town, State" too. Not inside a quotation, not a place that
// modifies a plain word after it ("his home in the Atlantic coastal town of Y": the town
// is the place).
func (rf *relationFinder) homeIn(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wHome) {
		return // sentindex.go
	}
	for k := s.start + 1; k+2 < s.b; k++ {
		if len(rf.tok(k)) != 4 || !rf.is(k, wHome) || !rf.is(k+1, wIn) || rf.quoteOf[k] != 0 {
			continue
		}
		j := k - 1
		if rf.is(j, wOwn, wFamily) {
			j--
		}
		if j < s.start || !rf.is(j, wHis, wHer) {
			continue
		}
		p := k + 2
		if rf.is(p, wThe) {
			p++
		}
		e := rf.entityOf(p)
		if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[p]].a != p || rf.mentions[rf.entAt[p]].demonym {
			continue
		}
		m := &rf.mentions[rf.entAt[p]]
		if rf.is(m.b, wAposS, wRsquoS) || m.b < s.b && rf.toks[m.b].kind == tWord && !rf.toks[m.b].has(fCap) && rf.toks[m.b].feat&lxFunc == 0 {
			continue // "his home in the Atlantic coastal town of …": the place modifies a noun
		}
		who := rf.pronoun(j)
		if who == "" {
			continue
		}
		rf.addRelation(si, who, "residentOf", rf.entName(e), rf.span(j, m.b))
		if z, end := rf.pairedState(m, s.b); z >= 0 && z != e {
			rf.addRelation(si, who, "residentOf", rf.entName(z), rf.span(j, end))
		}
	}
}

// shoutedName reports whether a word of mention m is three letters or more written in
// capitals whole, and no Roman numeral ("FMR PRES", not "James Brown III" or "Joshua D.
// Brown"): an abbreviation typed as a name, not a person's.
func (rf *relationFinder) shoutedName(m *mention) bool {
	for k := m.a; k < m.b; k++ {
		w := rf.tok(k)
		if len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w &&
			strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && strings.Trim(w, "IVXLCDM") != "" {
			return true
		}
	}
	return false
}
