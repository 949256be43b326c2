package extraction

import "github.com/factgraph/kg"

// A lower-case role noun right before a person's name, and the body the person is "at",
// "of" or "from" right after it: "said analyst Ana Reyes at Brindle Capital", "said
// equity strategist Mia Lund of Tarvo Securities" → the role's predicate (analystOf,
// strategistOf), employeeOf for a trade the vocabulary has no office for. The role is one
// to three lower-case words whose last is a role noun (capitalized as a sentence's first
// word: "Analyst Ana Reyes at Brindle Capital said", "Law professor Ana Reyes at Dunmore
// College said": sentenceCapModifier), after a verb of speech, a comma,
// "and" or the sentence's start (not "the chairman's son Ali Reza of Brindle"). Not a
// body whose possessive or a noun after it makes it a site ("at Acme's Dayton plant",
// "at Acme headquarters"), nor a nation's or a legislature's office ("senator Ana Reyes
// at Dunmore College" is where she spoke).

// titledAtBody reads the shape above in prose sentence si.
func (rf *relationFinder) titledAtBody(si int) {
	s := &rf.sents[si]
	for k := s.start + 1; k < s.b; k++ {
		m := rf.namedMentionAt(k)
		if m == nil || rf.ents[m.ent].typ != kg.Person {
			continue
		}
		r := k - 1
		if rf.toks[r].kind != tWord || rf.toks[r].has(fCap) && r != s.start || rf.toks[r].feat&lxRole == 0 {
			continue
		}
		a := r
		for a-1 >= s.start && a > r-2 && rf.toks[a-1].kind == tWord && !rf.toks[a-1].has(fCap) && rf.toks[a-1].feat&(lxFunc|lxSpeech|lxRole) == 0 && rf.entAt[a-1] < 0 {
			a-- // "equity strategist", "chip analyst"
		}
		if a-1 == s.start && a > r-2 && rf.sentenceCapModifier(a-1) {
			a-- // "Law professor Ana Reyes at Dunmore College said"
		}
		if a > s.start && !(rf.isSpeech(a-1) || rf.punct(a-1, ',') || rf.is(a-1, wAnd)) {
			continue
		}
		role := rf.low(r)
		if a < r && kg.IsRole(rf.low(r-1)+" "+role) {
			role = rf.low(r-1) + " " + role // "vice president"
		}
		pred := rolePredicate(role)
		if pred == "" || isNationalRole(role) || legislativeRole(role) {
			continue
		}
		j := m.b
		if !rf.is(j, wAt, wOf, wFrom) {
			continue
		}
		j++
		if rf.is(j, wThe) {
			j++
		}
		if j >= s.b || rf.entAt[j] < 0 {
			continue
		}
		o := &rf.mentions[rf.entAt[j]]
		if o.a != j || o.ent < 0 || o.demonym || rf.ents[o.ent].typ != kg.Organization || rf.owner(o.b) || rf.tok(o.b) == "'" || rf.tok(o.b) == "’" || rf.modifiesNoun(o.b) {
			continue
		}
		rf.addRelation(si, rf.entName(m.ent), pred, rf.entName(o.ent), rf.span(a, o.b))
	}
}

// sentenceCapModifier reports whether token k, a sentence's first word, is a lower-case
// modifier capitalized only for opening it ("Law professor", "Automaking consultant"):
// a common English word that names nothing kg found and is no function word, starter,
// honorific or role.
func (rf *relationFinder) sentenceCapModifier(k int) bool {
	t := &rf.toks[k]
	return t.kind == tWord && t.has(fCap) && rf.entAt[k] < 0 && t.feat&(lxFunc|lxSpeech|lxRole|lxStarter|lxHonor) == 0 && englishWords.has(rf.low(k))
}
