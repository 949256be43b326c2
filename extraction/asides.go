package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Asides: the person or organization a description set off by commas belongs to, when
// a verb's subject or a role stands inside or after it. "House Speaker Ann Merrow, a
// Republican who has often criticized Wade, …": who criticized is Merrow; "Mark Ellison,
// a Kansan who heads the Budget Reform Caucus, the largest grouping in the House, had
// also criticized Wade": who criticized is Ellison, not the caucus the relative clause
// names.

// describedHead returns the entity that the appositive holding relative pronoun j
// ("who", "which") describes: ", a Republican who …" after a person's name, ", a
// company which …" after an organization's. The appositive opens with an article right
// after the comma and runs to j without other punctuation. "who" belongs to a person
// only, "which" to anything else; "" when there is no such appositive.
func (rf *relationFinder) describedHead(j, start int) string {
	c := j - 1
	for c > start && j-c < 10 && rf.toks[c].kind == tWord && !rf.is(c, wAnd, wOr, wSaid, wSays) {
		c--
	}
	if c <= start || !rf.punct(c, ',') || c == j-1 || !rf.is(c+1, wA, wAn, wThe) {
		return ""
	}
	name := rf.entityBefore(c, start)
	if name == "" {
		return ""
	}
	if person := rf.typeOfName(name) == kg.Person; person != rf.is(j, wWho) {
		return ""
	}
	return name
}

// asideSubject returns the entity before the aside that ends at comma g ("Ghalioun, the
// head of the SNC, spoke"), stepping back over an aside that only continues a relative
// clause: in "Ellison, a Kansan who heads the caucus, the largest grouping in the House,
// had criticized" the caucus is named inside the relative clause, so the subject is the
// entity before the comma that opens it. "" when none.
func (rf *relationFinder) asideSubject(g, start int) string {
	c := -1
	for j := g - 1; j > start && j > g-25; j-- {
		if rf.punct(j, ',') {
			c = j
			break
		}
	}
	if names := rf.includedSubjects(c, g, start); names != "" {
		return names // "Four banks, including Acme and Birch, worked with": clauses.go
	}
	if p := rf.namedHolder(c, g, start); p != "" {
		return p // "The head of Acme, Ida Lund, criticized": Lund
	}
	for hops := 0; c > start && hops < 3; hops++ {
		name := rf.entityBefore(c, start)
		agent := name != "" && rf.byAgentBefore(c, start) // "freed by Norland, …": the agent of a phrase (byagents.go)
		if h := rf.headOfDescribed(c, start); name != "" && h != "" && !agent {
			return h // "Ekberg, president of the Vesper Foundation, which funds it, told"
		}
		if name == "" || rf.clauseOf(c-1) == 0 && !agent {
			return rf.memberBefore(c-1, name)
		}
		// the entity ends a relative clause: the subject is what the clause describes
		prev := -1
		for j := c - 1; j > start && j > c-25; j-- {
			if rf.punct(j, ',') {
				prev = j
				break
			}
		}
		if prev < 0 {
			return ""
		}
		if r := rf.relativePronounIn(prev, c); r >= 0 {
			if h := rf.describedHead(r, start); h != "" {
				return h
			}
			return rf.memberBefore(prev-1, rf.entityBefore(prev, start))
		}
		c = prev
	}
	return ""
}

// memberBefore returns the person named right before "of" when the name ending at token
// j is the body after it ("Ida Lund of Vesper Energy, a gas firm based in Tulsa, said":
// Lund, whom the firm after "of" only places), else name.
func (rf *relationFinder) memberBefore(j int, name string) string {
	if name == "" {
		return ""
	}
	if p := rf.memberOfBody(j); p != "" {
		return p
	}
	return name
}

// memberOfBody returns the person in "PERSON of [the] BODY" or "PERSON in PLACE" when the body's
// or place's name ends at token j, or "".
func (rf *relationFinder) memberOfBody(j int) string {
	if j < 0 || rf.entAt[j] < 0 {
		return ""
	}
	m := &rf.mentions[rf.entAt[j]]
	if m.ent >= 0 && rf.ents[m.ent].typ == kg.Place && m.a >= 2 && rf.is(m.a-1, wIn) && rf.entAt[m.a-2] >= 0 {
		if p := &rf.mentions[rf.entAt[m.a-2]]; p.ent >= 0 && p.b == m.a-1 && rf.ents[p.ent].typ == kg.Person {
			return rf.entName(p.ent) // "Judge Tom Wade in Tacoma, Washington, on Monday rejected": Wade, not the town
		}
		return rf.memberOfBody(m.a - 2) // "Ida Lund of Vesper University in Oslo, who …, said": Lund (possessedobjects.go)
	}
	a := m.a
	if a >= 3 && rf.is(a-1, wThe) {
		a-- // "Ida Lund of the Vesper Foundation told Reuters"
	}
	if m.ent < 0 || rf.ents[m.ent].typ == kg.Person || a < 2 || !rf.is(a-1, wOf) || rf.entAt[a-2] < 0 {
		return ""
	}
	if p := &rf.mentions[rf.entAt[a-2]]; p.ent >= 0 && p.b == a-1 && rf.ents[p.ent].typ == kg.Person {
		return rf.entName(p.ent)
	}
	return ""
}

// namedHolder returns the person whose name alone fills the aside between commas c
// and g when the words before it are a role and the body or place it is held in ("The
// head of Acme, Ida Lund, criticized Birch", "the U.N. special envoy for Velland,
// Staffan Orrin, called on") or a noun phrase that describes a person ("His agent, Ida
// Lund, told", describedByNoun): the aside names who holds the role, so the verb after
// it is that person's, never the body's. "" otherwise.
func (rf *relationFinder) namedHolder(c, g, start int) string {
	if c <= start || g-1 <= c {
		return ""
	}
	mi := rf.entAt[g-1]
	if mi < 0 {
		return ""
	}
	m := &rf.mentions[mi]
	if m.b != g || m.ta != c+1 && m.a != c+1 || m.ent < 0 || rf.ents[m.ent].typ != kg.Person {
		return ""
	}
	a := c
	for a > start && c-a < 12 && !rf.punct(a-1, ',') && !rf.punct(a-1, ';') && rf.toks[a-1].kind != tCloseQ && !rf.is(a-1, wAnd, wSaid, wSays) {
		a--
	}
	role, _, rb := firstRole(rf.doc, a, c)
	if (role == "" || rb >= c || !rf.is(rb, wOf, wFor, wAt, wIn, wTo)) && !rf.describedByNoun(a, c) && !rf.describingPhrase(a, c) {
		return "" // "His agent, Ida Lund, told": outlettold.go
	}
	return rf.entName(m.ent)
}

// describingPhrase reports whether tokens a..c-1, before the comma that opens a person's
// name set off by commas, are a noun phrase that describes the person, longer or richer
// than describedByNoun's: a determiner, a possessive or "one" opens it (after "But" or
// "And"), it ends in a lower-case noun, and no verb of saying, pronoun or relative word
// stands in it: "A Turkmen rebel commander, Zakariyya Karsli, told", "The Philippines
// central bank's deputy governor, Nestor Espenilla, told", "Iran's OPEC envoy, Mehdi
// Asali, told", "But one of them, Patrick Cousins, told". Not "In Oslo, Lund, …" (a
// preposition opens it) nor "Acme, Lund, …" (a name ends it).
func (rf *relationFinder) describingPhrase(a, c int) bool {
	if rf.is(a, wBut, wAnd) {
		a++
	}
	if c-a < 2 || c-a > 10 {
		return false
	}
	opened := rf.is(a, wA, wAn, wThe, wHis, wHer, wTheir, wIts, wOne, wMy, wOur)
	if !opened {
		mi := rf.entAt[a]
		if mi < 0 || rf.mentions[mi].a != a || !rf.owner(rf.mentions[mi].b) {
			return false // "Iran's OPEC envoy": a possessive name opens it
		}
	}
	last := c - 1
	if rf.is(a, wOne) && rf.is(a+1, wOf) && c-a == 3 && rf.is(last, wThem, wUs) {
		return true // "one of them"
	}
	if rf.toks[last].kind != tWord || rf.toks[last].has(fCap) || rf.entAt[last] >= 0 || rf.toks[last].feat&(lxFunc|lxSpeech|lxPronoun) != 0 || strings.HasSuffix(rf.low(last), "ly") || strings.HasSuffix(rf.low(last), "ing") {
		return false
	}
	for k := a; k < c; k++ {
		if rf.toks[k].feat&(lxSpeech|lxPronoun) != 0 && !rf.is(k, wHis, wHer, wTheir, wIts, wMy, wOur) || rf.is(k, wWho, wWhich, wThat, wSaid, wSays, wTold) {
			return false
		}
		if rf.toks[k].kind != tWord && !rf.owner(k) && !rf.punct(k, '-') {
			return false
		}
	}
	return true
}

// headOfDescribed returns the person whose appositive ends with the name before comma
// c when a relative clause on that name opens at c: in "Maren Ekberg, president of the
// Vesper Foundation, which funds the survey, told Reuters" the clause is the
// foundation's, the foundation sits after the appositive's "of", and who told is
// Ekberg. "" unless the name follows a preposition and a person's name and comma open
// the phrase that holds it.
func (rf *relationFinder) headOfDescribed(c, start int) string {
	if !rf.is(c+1, wWhich, wWho) {
		return ""
	}
	mi := rf.entAt[c-1]
	if mi < 0 || !rf.afterPreposition(rf.mentions[mi].a, start) {
		return ""
	}
	prev := -1
	for j := rf.mentions[mi].a - 1; j > start && j > c-15; j-- {
		if rf.punct(j, ',') {
			prev = j
			break
		}
		if rf.toks[j].kind != tWord && !rf.punct(j, '.') && !rf.punct(j, '-') || rf.is(j, wWho, wWhich, wThat, wAnd, wSaid, wSays) {
			return ""
		}
	}
	if prev < 0 {
		return ""
	}
	if h := rf.entityBefore(prev, start); h != "" && rf.typeOfName(h) == kg.Person {
		return h
	}
	return ""
}

// relativePronounIn returns the token of the first "who" or "which" between tokens a and
// b, or -1.
func (rf *relationFinder) relativePronounIn(a, b int) int {
	for k := a + 1; k < b; k++ {
		if rf.is(k, wWho, wWhich) {
			return k
		}
	}
	return -1
}

// legislativeRole reports whether a role is a seat in a legislature, held for the state
// or district its holder is "from".
func legislativeRole(role string) bool {
	for _, w := range []string{"senator", "representative", "congressman", "congresswoman", "lawmaker", "councilman", "councilwoman"} {
		if strings.HasSuffix(role, w) {
			return true
		}
	}
	return false
}

// constituency returns the place an appositive after mention m says its person is
// "from": "Representative Dale Harmon, a freshman from Utah who asked", "Jane Porter, a
// U.S. senator from Ohio". The appositive opens with an article after the comma and ends
// at the next comma, relative pronoun or verb of saying; "" when it names no such place.
func (rf *relationFinder) constituency(m *mention) string {
	s := &rf.sents[m.sent]
	if st := rf.stateAfterName(m); st != "" {
		return st
	}
	if !rf.punct(m.b, ',') || !rf.is(m.b+1, wA, wAn, wThe) {
		return ""
	}
	for k := m.b + 2; k < s.b && k < m.b+14; k++ {
		if rf.punct(k, ',') || rf.toks[k].kind == tStop || rf.is(k, wWho, wWhich, wSaid, wSays, wTold) {
			return ""
		}
		if !rf.is(k, wFrom) {
			continue
		}
		if e := rf.entityOf(k + 1); e >= 0 && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[k+1]].demonym {
			return rf.entName(e)
		}
		return ""
	}
	return ""
}

// headingVerbs name the role a relative clause gives its person: "X, who heads the
// caucus", "X, a Kansan who chairs the committee".
var headingVerbs = map[string]string{
	"heads": "head", "headed": "head", "chairs": "chair", "chaired": "chair",
	"runs": "head", "founded": "founder", "co-founded": "co-founder", "cofounded": "co-founder",
	"leads": "leader", "directs": "director", "coaches": "coach",
}

// relativeRole: the role a relative clause right after a person's name, or after the
// appositive that follows it, gives them: "Mark Ellison, a Kansan who heads the Budget
// Reform Caucus" is headOf the caucus, "Ida Moss, who works for Harbor Power" employeeOf
// it. The organization is the entity right after the verb, or after the "for" or "at" of
// works/worked ("the" aside).
func (rf *relationFinder) relativeRole(mi int) {
	m := &rf.mentions[mi]
	e := rf.ents[m.ent]
	if e.typ != kg.Person || !rf.punct(m.b, ',') {
		return
	}
	s := &rf.sents[m.sent]
	j := m.b + 1
	if !rf.is(j, wWho) {
		for j < s.b && j < m.b+10 && rf.toks[j].kind == tWord && !rf.is(j, wWho) {
			j++
		}
		if !rf.is(j, wWho) || rf.describedHead(j, s.start) != e.name {
			return
		}
	}
	v := j + 1
	for v < s.b && v < j+4 && rf.is(v, wNow, wAlso, wCurrently, wStill, wOnce) {
		v++
	}
	if rf.representedClient(mi, m.b+1, v) {
		return // appositivetrades.go: "attorney X, who also represents Y"
	}
	if rf.is(v, wIs, wWas) {
		rf.copularRole(mi, v+1)
		return
	}
	if rf.is(v, wHas, wHad) && rf.is(v+1, wWorked) {
		v++ // "who has worked for Quill Bank"
	}
	pred, o := "", v+1
	if role := headingVerbs[rf.low(v)]; role != "" {
		pred = rolePredicate(role)
	} else if rf.is(v, wWorks, wWorked) && rf.is(v+1, wFor, wAt) {
		pred, o = "employeeOf", v+2 // "who works for Harbor Power", "who worked at Quill Bank"
	} else {
		return
	}
	if rf.is(o, wThe, wA, wAn) {
		o++
	}
	o = rf.afterOrgKind(o, s.b) // "who co-founded network security firm Check Point"
	e2 := rf.entityOf(o)
	if e2 < 0 || e2 == m.ent || rf.ents[e2].typ != kg.Organization && rf.ents[e2].typ != kg.Group {
		return
	}
	if rf.possessive(rf.mentions[rf.entAt[o]].b) {
		// not "who heads Twitter's Vine" (nor "Norvale Motors' battery business"); but "who heads Norvale's gaming division," works
		// for Norvale (subunits.go)
		end := o
		for end < s.b && end < o+12 && !rf.punct(end, ',') && rf.toks[end].kind != tStop {
			end++
		}
		if own := rf.unitOwnerEmployer(o, end); own != "" && unitHeadPredicates[pred] && own != e.name {
			rf.addRelation(m.sent, e.name, "employeeOf", own, rf.span(m.a, end))
		}
		return
	}
	if b := rf.mentions[rf.entAt[o]].b; !rf.toks[b].has(fCap) && (orgKindNoun(rf.low(b)) || rf.in(b, orgUnitNouns)) {
		return // not "who heads the ICRC office there": a unit of the organization
	}
	rf.addRelation(m.sent, e.name, pred, rf.entName(e2), rf.span(m.a, rf.mentions[rf.entAt[o]].b))
}

// afterOrgKind returns the token after the lower-case words from k that name the kind of
// organization a name follows ("network security firm Check Point", "the now-shuttered
// design studio Berg", "software maker Quenta Labs"): at most four words, the last an
// organization's kind noun, right before a name; else k.
func (rf *relationFinder) afterOrgKind(k, end int) int {
	for j := k; j < end && j < k+4; j++ {
		t := &rf.toks[j]
		if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxSpeech) != 0 {
			return k
		}
		if orgKindNoun(rf.low(j)) && rf.entityOf(j+1) >= 0 && rf.mentions[rf.entAt[j+1]].a == j+1 {
			return j + 1
		}
	}
	return k
}

// orgKindNoun reports whether lower-case w names a kind of organization: a kind noun a
// definite description resolves to a business or a body (definiteKind), the last word
// of organizations' names (lexicon), or a maker ("software maker").
func orgKindNoun(w string) bool {
	if k, ok := definiteKind[w]; ok && k.sort >= sortBusiness && k.sort <= sortCalled {
		return true
	}
	if lx := lexicon[w]; lx != nil && lx.feat&lxOrgHead != 0 {
		return true
	}
	return strings.HasSuffix(w, "maker") || w == "studio" || w == "charity" || w == "nonprofit"
}

// orgUnitNouns name a part of an organization after its name ("the ICRC office", "the
// House Armed Services subcommittee"): whoever heads it does not head the organization.
var orgUnitNouns = newTokSet(map[string]bool{
	"office": true, "unit": true, "subcommittee": true, "desk": true, "branch": true,
	"chapter": true, "program": true, "programme": true, "project": true, "lab": true,
	"campaign": true, "staff": true, "operations": true, "business": true, "practice": true,
})

// copularRole: a relative clause after the name of mention mi that says what its person
// is or was, from token k after "is"/"was" ("Karl Ibsen, who is also chief executive of
// Norvane Energy", "who was the chairwoman of Pellard Bank"), read as an appositive
// (appositiveRole) when a role noun comes within three words of its start with no
// function word before it, that is not "vice"/"deputy" before a role or a role word
// before a trade ("chief scientist"), and when the clause names a body or says "of the":
// not "who is the son of the president of Tarsen Mining", "who is also a founder of a
// hedge fund", and not "who was appointed …", which appositivePhrase reads.
func (rf *relationFinder) copularRole(mi, k int) {
	s := &rf.sents[rf.mentions[mi].sent]
	for k < s.b && rf.is(k, wAlso, wNow, wCurrently, wStill, wPreviously, wFormerly, wOnce) {
		k++
	}
	if rf.is(k, wAppointed, wNamed, wElected, wMade, wBecame) {
		return
	}
	end := k
	for end < s.b && end-k < 18 && !rf.punct(end, ',') && rf.toks[end].kind != tStop && !rf.is(end, wWho, wSaid, wSays, wTold, wBased) {
		if rf.is(end, wDuring, wBack, wUntil, wSince, wBefore, wAfter, wWhen, wWhile, wBetween) {
			break // "who was RNC chairman back in the George H.W. Bush administration"
		}
		if rf.is(end, wAnd) && !rf.toks[end+1].has(fCap) {
			if r, _, _ := firstRole(rf.doc, end+1, min(end+4, s.b)); r == "" {
				break // "who is now a lawmaker and spent 20 years in jail as a member of"
			}
		}
		end++
	}
	for k < end && rf.is(k, wThe, wA, wAn) {
		k++
	}
	_, ra, rb := firstRole(rf.doc, k, end)
	if ra < 0 || ra > k+3 {
		return
	}
	for i := k; i < ra; i++ {
		if rf.toks[i].feat&lxFunc != 0 && !rf.owner(i) {
			return
		}
	}
	if rf.is(ra-1, wVice, wDeputy, wAssistant, wAssociate) {
		return // "who is vice chair of Viacom's board" is no chair
	}
	if rb < end && rf.toks[rb].kind == tWord && !rf.toks[rb].has(fCap) && rf.toks[rb].feat&lxFunc == 0 {
		return // "who is chief scientist with …": the role word modifies a trade
	}
	if !rf.namesOther(mi, k, end) && !(rf.is(rb, wOf, wAt, wFor, wWith) && rf.is(rb+1, wThe)) {
		return // not "who is also a founder of a hedge fund": no body named
	}
	rf.appositiveRole(mi, k, end)
}

// namesOther reports whether tokens k..end-1 hold an entity other than mention mi's.
func (rf *relationFinder) namesOther(mi, k, end int) bool {
	for i := k; i < end; i++ {
		if e := rf.entityOf(i); e >= 0 && e != rf.mentions[mi].ent {
			return true
		}
	}
	return false
}

// clauseOpener reports whether the word at k opens a clause or a prepositional phrase,
// not a noun phrase, so that what follows a name's comma is no appositive: "Trump,
// including for having questioned a judge's motives", "Smith, after meeting the
// governor", and a subject pronoun, a clause of its own after a name addressed ("if we
// nominate Donald, we end up electing Hillary as president").
func (rf *relationFinder) clauseOpener(k int) bool {
	t := &rf.toks[k]
	if t.kind == tWord && rf.tok(k) == "I" {
		return true
	}
	if t.kind != tWord || t.has(fCap) {
		return false
	}
	if rf.is(k, wWe, wYou, wHe, wShe, wThey, wIt) {
		return true
	}
	if strings.HasSuffix(rf.low(k), "ing") {
		// a participle that takes a clause or a phrase ("including for", "deeming the
		// Vermont senator", "noting drily that"), not an adjective before its noun
		// ("managing director", "founding partner", "leading voice")
		n := &rf.toks[k+1]
		return n.kind != tWord || n.feat&lxFunc != 0 || strings.HasSuffix(rf.low(k+1), "ly")
	}
	return rf.is(k, wFor, wWith, wBy, wFrom, wAs, wIn, wOn, wAt, wTo, wInto, wOver, wUnder, wAbout,
		wDuring, wWithout, wDespite, wAmid, wLike, wUnlike, wAfter, wBefore, wSince, wUntil, wBecause,
		wAlthough, wThough, wWhile, wWhen, wIf, wThan, wBut, wAnd, wOr)
}

// addressee reports whether the name at token k is whom the sentence's speaker talks to,
// not whom they work for: "co-founder Piet Vos told Reuters", "said in an interview with
// CNN", "spoke to the AP", "said in a statement (an email, an interview) to The Post".
func (rf *relationFinder) addressee(k int) bool {
	p := k - 1
	if rf.is(p, wThe) {
		p--
	}
	switch {
	case rf.is(p, wTold):
		return true
	case rf.is(p, wTo):
		return rf.is(p-1, wSpoke, wSpeaking, wTalking, wTalked, wSaid, wTold, wStatement, wEmail, wInterview) // "said in a statement to The Post"
	case rf.is(p, wWith):
		return rf.is(p-1, wInterview, wInterviews, wConversation)
	}
	return false
}

// stanceNouns are the nouns of an appositive that say where its person stands on
// someone: "Peter King, a past critic of Trump" criticizes Trump.
var stanceNouns = map[string]string{
	"critic": "criticizes", "critics": "criticizes", "supporter": "supports", "supporters": "supports",
	"backer": "supports", "backers": "supports", "opponent": "opposes", "opponents": "opposes",
}

// stanceOf: "New York Representative Peter King, a past critic of Trump", "Ann Lee, a
// longtime supporter of the mayor's plan": the appositive's noun at token v and the
// entity right after its "of" (a title between aside), for the name before the comma
// that opens the appositive.
func (rf *relationFinder) stanceOf(si, v int) {
	pred := stanceNouns[rf.low(v)]
	s := &rf.sents[si]
	if pred == "" || !rf.is(v+1, wOf) {
		return
	}
	o := v + 2
	for o < s.b && o < v+6 && rf.entityOf(o) < 0 && rf.toks[o].kind == tWord && !rf.toks[o].has(fCap) {
		o++ // "a critic of the wealthy businessman" names no one; "of President X" does
	}
	if rf.entityOf(o) < 0 && o < s.b && rf.toks[o].has(fCap) && rf.toks[o].feat&lxRole != 0 {
		o++
	}
	obj := rf.entityOf(o)
	if obj < 0 || rf.mentions[rf.entAt[o]].demonym {
		return
	}
	if after := rf.mentions[rf.entAt[o]].b; rf.owner(after) || strings.HasSuffix(rf.low(after), "ing") {
		return // not "a supporter of Britain's membership", "of Britain staying in the EU"
	}
	c := v - 1
	for c > s.start && v-c < 5 && rf.toks[c].kind == tWord && !rf.is(c, wAnd, wOr) {
		c--
	}
	if !rf.punct(c, ',') || !rf.is(c+1, wA, wAn, wThe, wOne, wAnother) {
		return
	}
	subj := rf.entityBefore(c, s.start)
	if subj == "" || subj == rf.entName(obj) {
		return
	}
	rf.addRelation(si, subj, pred, rf.entName(obj), rf.span(c-1, rf.mentions[rf.entAt[o]].b))
}

// ownerPlace: "Brazil's national oil company Petrobras", "BAE Systems, Europe's largest
// weapons maker": an organization a place's possessive describes belongs to that place
// (partOf, as "China's Taiwan Affairs Office" does) when the description says it is the
// state's, and is in it otherwise (describedPlaceTie). The description between is lower
// case words, at most four; mention mi is the organization.
func (rf *relationFinder) ownerPlace(mi int) {
	m := &rf.mentions[mi]
	if m.ent < 0 || rf.ents[m.ent].typ != kg.Organization {
		return
	}
	s := &rf.sents[m.sent]
	place := func(k int) int { // the place whose possessive ends at token k ("'s")
		if !rf.is(k, wAposS) && rf.tok(k) != "’s" {
			return -1
		}
		if e := rf.entityOf(k - 1); e >= 0 && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[k-1]].demonym {
			return e
		}
		return -1
	}
	lowerRun := func(a, b int) bool {
		for k := a; k < b; k++ {
			if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.toks[k].feat&(lxFunc|lxSpeech) != 0 {
				return false
			}
		}
		return b > a
	}
	// before the name: "Brazil's national oil company Petrobras" (the plain possessive
	// right before the name is places.go's)
	for k := m.a - 2; k >= s.start && m.a-k <= 5; k-- {
		if p := place(k); p >= 0 && lowerRun(k+1, m.a) {
			rf.addRelation(m.sent, rf.entName(m.ent), rf.describedPlaceTie(k+1, m.a, rf.entName(m.ent)), rf.entName(p), rf.span(k-1, m.b))
			break
		}
	}
	// an appositive after it: "BAE Systems, Europe's largest weapons maker", past a
	// ticker or an acronym in parentheses ("Nokia (NOKIA.HE), Finland's biggest company")
	if c := rf.pastParenthesis(m.b); c < s.b && rf.punct(c, ',') && c+2 < s.b {
		if p := rf.entityOf(c + 1); p >= 0 && rf.ents[p].typ == kg.Place && place(rf.mentions[rf.entAt[c+1]].b) >= 0 {
			k := rf.mentions[rf.entAt[c+1]].b
			end := k + 1
			for end < s.b && end-k <= 5 && rf.toks[end].kind == tWord && !rf.toks[end].has(fCap) && rf.toks[end].feat&(lxFunc|lxSpeech) == 0 {
				end++
			}
			if end > k+1 && (end >= s.b || rf.punct(end, ',') || rf.toks[end].kind == tStop || rf.is(end, wWhich, wThat, wSaid, wSays)) {
				rf.addRelation(m.sent, rf.entName(m.ent), rf.describedPlaceTie(k+1, end, rf.entName(m.ent)), rf.entName(p), rf.span(m.a, end))
			}
		}
	}
}

// timePhraseBefore returns the token before a time phrase that ends at token g and
// stands between a subject and its verb ("Sanders on Wednesday met", "Sands earlier
// this week met", "X on Monday night criticized"), or g when none ends there.
func (rf *relationFinder) timePhraseBefore(g, start int) int {
	j := g
	if rf.is(j, wNight, wMorning, wAfternoon, wEvening) {
		if _, ok := weekdays[rf.low(j-1)]; ok {
			j--
		}
	}
	if _, ok := weekdays[rf.low(j)]; ok && j-1 > start && rf.is(j-1, wOn) {
		return j - 2
	}
	if rf.is(j, wWeek, wMonth, wYear, wWeekend) && rf.is(j-1, wLast, wThis) && j-1 > start {
		j -= 2
		if rf.is(j, wEarlier, wLater) && j > start {
			j--
		}
		return j
	}
	return g
}

// describedPersonAt returns the token of a person's name after a short lower-case
// description that starts at token k ("met civil rights leader Al Sharpton", "met rapper
// Killer Mike"), or -1: the words are no function words, adverbs or punctuation.
func (rf *relationFinder) describedPersonAt(k, end int) int {
	j := k
	for j < end && j-k < 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.entAt[j] < 0 &&
		rf.toks[j].feat&(lxFunc|lxSpeech) == 0 && !strings.HasSuffix(rf.low(j), "ly") {
		j++
	}
	if j == k || j >= end {
		return -1
	}
	if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Person && rf.mentions[rf.entAt[j]].a == j {
		return j
	}
	return -1
}

// placeDescribedBodyAt returns the token of an organization's name after a place and a
// short lower-case description that start at token k ("acquired U.S. chip maker Veltrax",
// "agreed to acquire San Francisco self-driving car startup Cruise Automation"), or -1:
// the place's name (not a demonym, which describedPersonAt's callers read as a word)
// opens the phrase, one to four words as describedPersonAt reads them follow it, and
// the organization's name starts right after them, owning nothing.
func (rf *relationFinder) placeDescribedBodyAt(k, end int) int {
	if rf.is(k, wThe) {
		k++
	}
	if k >= end {
		return -1
	}
	pm := rf.entAt[k]
	if pm < 0 || rf.mentions[pm].a != k || rf.mentions[pm].demonym || rf.mentions[pm].ent < 0 || rf.ents[rf.mentions[pm].ent].typ != kg.Place {
		return -1
	}
	j := rf.mentions[pm].b
	st := j
	for j < end && j-st < 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.entAt[j] < 0 &&
		rf.toks[j].feat&(lxFunc|lxSpeech) == 0 && !strings.HasSuffix(rf.low(j), "ly") {
		j++
	}
	if j == st || j >= end || strings.HasSuffix(rf.low(j-1), "s") {
		return -1 // "bought U.S. bonds", "sued Texas officials Acme named": no plural head
	}
	if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Organization && rf.mentions[rf.entAt[j]].a == j && !rf.owner(rf.mentions[rf.entAt[j]].b) {
		return j
	}
	return -1
}

// stateAfterName returns the U.S. state the words right after a legislator's name give
// as their seat: a state alone in brackets ("Sen. Ana Pruitt (Vt.)", "(Texas)"), "of" or
// "from" a state ("Senator Vera Holt of Wyoming"), a state before the party word ("Sen.
// Tom Hale, an Oregon Democrat", "a South Dakota Republican") or after it ("Senator Ken
// Osler, Republican of Iowa"). Only a state: a town there is a state legislator's
// district or home ("Sen. Lee Marsh, a Provo Republican"), which the reader cannot tell
// apart. "" when none is given.
func (rf *relationFinder) stateAfterName(m *mention) string {
	k := m.b
	switch {
	case rf.punct(k, '('):
		for j := k + 1; j < k+5 && j < len(rf.toks); j++ {
			if rf.punct(j, ')') {
				return bracketState(rf.span(k+1, j))
			}
		}
	case rf.is(k, wOf, wFrom):
		return rf.usStateAt(k + 1)
	case rf.punct(k, ',') && rf.is(k+1, wA, wAn):
		if st := rf.usStateAt(k + 2); st != "" && rf.is(rf.mentions[rf.entAt[k+2]].b, wRepublican, wDemocrat) {
			return st
		}
	case rf.punct(k, ',') && rf.is(k+1, wRepublican, wDemocrat) && rf.is(k+2, wOf, wFrom):
		return rf.usStateAt(k + 3)
	}
	return ""
}

// usStateAt returns the U.S. state whose mention starts at token k, or "".
func (rf *relationFinder) usStateAt(k int) string {
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k || rf.mentions[rf.entAt[k]].demonym || !usStates[rf.entName(e)] {
		return ""
	}
	return rf.entName(e)
}

// bracketState returns the U.S. state a bracket holds alone, by name or abbreviation
// ("Texas", "Tex.", "N.H."), or "".
func bracketState(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if usStates[s] {
		return s
	}
	if st := stateAbbrevs[s]; usStates[st] {
		return st
	}
	return ""
}

// stateWords in a body's description make it the state's: "Brazil's national oil
// company", "China's state-run news agency", "Britain's spy agency".
var stateWords = newTokSet(map[string]bool{"national": true, "state": true, "state-run": true, "state-owned": true,
	"state-controlled": true, "state-backed": true, "government": true, "government-run": true, "federal": true,
	"public": true, "sovereign": true, "central": true, "official": true, "agency": true, "ministry": true,
	"department": true, "police": true, "army": true, "military": true, "navy": true, "court": true,
	"parliament": true, "council": true, "regulator": true, "watchdog": true, "authority": true, "commission": true,
	"intelligence": true, "spy": true, "armed": true, "forces": true, "force": true, "legislature": true,
	"bureau": true, "guards": true, "guard": true, "corps": true, "command": true, "directorate": true,
	"service": true, "services": true, "committee": true, "office": true, "defense": true, "defence": true})

// describedPlaceTie names the tie of a body to the place whose possessive describes it
// by the lower-case words a..b-1 and its name: partOf when a word says it is the
// state's ("Brazil's national oil company Petrobras", "Britain's spy agency GCHQ",
// "Iran's elite Revolutionary Guards Corps"), locatedIn for a firm
// or a party ("China's biggest e-commerce firm Alibaba", "Europe's largest weapons
// maker").
func (rf *relationFinder) describedPlaceTie(a, b int, name string) string {
	for k := a; k < b; k++ {
		if rf.in(k, stateWords) {
			return "partOf"
		}
	}
	for _, w := range strings.Fields(name) {
		if stateWords.hasLower(w) {
			return "partOf" // "Iran's elite Revolutionary Guards Corps", "Pakistan's powerful Inter-Services Intelligence"
		}
	}
	return "locatedIn"
}
