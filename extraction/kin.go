package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Kin and the other ties a noun states between a possessor and the one it names: "his
// daughter, Shari", "her husband, former President Bill Clinton", "Redstone's
// ex-girlfriend Sydney Holland", "Shari Redstone, his daughter,", "Tyler Korff, the son
// of Shari Redstone" — and, by the same shapes, "his predecessor, Kim Jong Il". The named
// one relates to the possessor by the noun's predicate (spouseOf, childOf …), and the
// possessor to the named one by its converse (parentOf). "Uber's rival Lyft" (rivalOf)
// was tried and dropped: 8 of 14 drawn right, "rival" is as often an adjective ("Tencent's
// rival Wechat payment system") or names a description ("rival, Democratic candidate").

// kinTie is what a noun says: the predicate from the one it names to the possessor, the
// converse from the possessor to the named one ("" for none). Both ends are persons.
type kinTie struct{ pred, converse string }

// kinTies are the nouns of kin (data/names.txt kin-nouns, and the in-laws) and of
// succession.
var kinTies = func() map[string]kinTie {
	m := map[string]kinTie{
		"predecessor": {"", "succeeds"}, "successor": {"succeeds", ""},
	}
	// in-laws, one hyphenated word each: "his son-in-law, Jared Kushner"
	for _, n := range []string{"son", "daughter", "brother", "sister", "father", "mother"} {
		m[n+"-in-law"] = kinTie{"relativeOf", "relativeOf"}
	}
	for n := range kinNouns {
		switch n {
		case "wife", "husband", "widow", "widower":
			m[n] = kinTie{"spouseOf", "spouseOf"}
		case "son", "daughter", "stepson", "stepdaughter":
			m[n] = kinTie{"childOf", "parentOf"}
		case "mother", "father", "stepmother", "stepfather":
			m[n] = kinTie{"parentOf", "childOf"}
		case "brother", "sister":
			m[n] = kinTie{"siblingOf", "siblingOf"}
		case "girlfriend", "boyfriend", "fiance", "fiancee", "fiancée":
			m[n] = kinTie{"partnerOf", "partnerOf"}
		default: // niece, nephew, cousin, grand…
			m[n] = kinTie{"relativeOf", "relativeOf"}
		}
	}
	return m
}()

// kinModifiers may stand between a possessor and a kin noun: "his late wife", "her
// former husband", "Redstone's ex-girlfriend".
var kinModifiers = newTokSet(map[string]bool{"late": true, "former": true, "ex": true, "estranged": true,
	"longtime": true, "younger": true, "older": true, "elder": true, "eldest": true, "youngest": true,
	"oldest": true, "only": true, "new": true, "then": true, "second": true, "first": true,
	"twin": true, "main": true, "chief": true, "closest": true, "biggest": true, "fellow": true})

// wideKin are kin nouns of the wider family that take a named possessor only ("Castile's
// uncle, Clarence Castile"): his/her before them went to the wrong person in 3 of 5
// drawn over the corpus (a niece named in the sentence before, a relative clause's
// name).
var wideKin = newTokSet(map[string]bool{"aunt": true, "uncle": true})

// kinModifierAt reports whether token g may stand between a possessor and a kin noun: a
// word of kinModifiers ("his late wife") or a hyphen ("ex-").
func (rf *relationFinder) kinModifierAt(g int) bool {
	return kinModifiers.has(strings.TrimSuffix(rf.low(g), "-")) || rf.punct(g, '-')
}

// pastKinAge returns where an age right before the kin noun at token v starts ("Lund's
// 25-year-old brother": a number, "-", "year-old"), so that the modifiers and the
// possessor are read before it; else v. Only a named possessor is read past an age
// (kinEnds).
func (rf *relationFinder) pastKinAge(v int) int {
	if v >= 3 && rf.low(v-1) == "year-old" && rf.punct(v-2, '-') && rf.toks[v-3].kind == tNum {
		return v - 3
	}
	return v
}

// kinByPronoun reports whether the kin noun at token v follows his or her (past its
// modifiers).
func (rf *relationFinder) kinByPronoun(v int) bool {
	g := v - 1
	for g > 0 && v-g <= 2 && rf.kinModifierAt(g) {
		g--
	}
	return rf.is(g, wHis, wHer)
}

// kin reads the kin ties of sentence si.
func (rf *relationFinder) kin(si int) {
	s := &rf.sents[si]
	if !rf.kinInSentence(si) {
		return
	}
	for v := s.start; v < s.b; v++ {
		if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord || rf.toks[v].has(fCap) {
			continue
		}
		if rf.is(v, wMarried) && rf.is(v+1, wTo) {
			rf.marriedTo(si, v)
			continue
		}
		w := strings.TrimPrefix(rf.low(v), "ex-")
		if !rf.mayBe(v, w, wcKin) {
			continue
		}
		tie, ok := kinTies[w]
		if !ok {
			continue
		}
		owner, named := rf.kinEnds(si, v)
		if wideKin.has(w) && rf.kinByPronoun(v) {
			continue
		}
		if owner < 0 || named < 0 || owner == named {
			continue
		}
		if rf.ents[owner].typ != kg.Person || rf.ents[named].typ != kg.Person {
			continue
		}
		text := rf.span(max(s.start, rf.pastKinAge(v)-2), min(s.b, v+4))
		if tie.pred != "" {
			rf.addRelation(si, rf.entName(named), tie.pred, rf.entName(owner), text)
		}
		if tie.converse != "" {
			rf.addRelation(si, rf.entName(owner), tie.converse, rf.entName(named), text)
		}
	}
}

// kinEnds returns the possessor and the named one of the kin noun at v, or -1s: "POSS
// NOUN[,] NAME", "NAME, POSS NOUN,", "NAME, [the|a] NOUN of NAME".
func (rf *relationFinder) kinEnds(si, v int) (owner, named int) {
	s := &rf.sents[si]
	w := rf.pastKinAge(v) // "Lund's 25-year-old brother"
	g := w - 1
	for g > s.start && w-g <= 2 && rf.kinModifierAt(g) {
		g--
	}
	if w != v && !rf.owner(g) {
		return -1, -1 // "her 2-year-old daughter": his or her went to the wrong person in 3 of 6 drawn
	}
	if owner = rf.whoseKinOwner(si, g); owner >= 0 {
		return owner, rf.namedAfter(v+1, s.b) // "Dan Lund, whose son Bo"
	}
	owner = rf.possessorAt(g)
	if owner >= 0 {
		if named = rf.namedAfter(v+1, s.b); named >= 0 {
			return owner, named
		}
		// "Shari Redstone, his daughter, said"
		a := g
		if rf.owner(g) {
			a = rf.mentions[rf.entAt[g-1]].a
		}
		closes := v+1 >= s.b || rf.punct(v+1, ',') || rf.toks[v+1].kind == tStop
		if rf.punct(a-1, ',') && closes {
			if n := rf.entityBefore(a-1, s.start); n != "" {
				return owner, rf.entIndex(n)
			}
		}
		if closes && rf.owner(g) {
			if n := rf.kinCopulaSubject(si, a-1); n >= 0 {
				return owner, n // "Ada Lund is Tom Lund's sister", "Ada Lund, who is Tom Lund's cousin,"
			}
		}
		return -1, -1
	}
	if owner, named = rf.listedKinEnds(si, g, v); owner >= 0 {
		return owner, named // "his daughter Mariam and son Hussain", "Ann Lund, brother Bo"
	}
	// "Tyler Korff, the son of Shari Redstone"
	if rf.is(g, wThe, wA) {
		g--
	}
	if rf.is(g, wAnd) {
		g = rf.appositiveComma(si, g) // "Lee Park, a former mayor and the son of Jun Park"
	}
	if !rf.punct(g, ',') || !rf.is(v+1, wOf) {
		return -1, -1
	}
	k := v + 2
	if rf.is(k, wThe) {
		k++
	}
	o := rf.entityOf(k)
	if o < 0 {
		o = rf.describedKinOf(k, s.b) // "the son of evangelist Bo Lund"
	} else if rf.mentions[rf.entAt[k]].a != k || rf.owner(rf.mentions[rf.entAt[k]].b) {
		return -1, -1 // "the son of Redstone's nurse"
	}
	if o < 0 {
		return -1, -1
	}
	if n := rf.entityBefore(g, s.start); n != "" {
		return o, rf.entIndex(n)
	}
	return -1, -1
}

// kinCopulaSubject returns the entity a copula at token c (past one adverb before it)
// says the kin noun after it is: the subject right before it ("Ada Lund is also Tom
// Lund's sister"; allianceCopula) or the name before the comma of a "who is|was" clause
// ("Ada Lund, who is Tom Lund's cousin,"); -1 for none.
func (rf *relationFinder) kinCopulaSubject(si, c int) int {
	s := &rf.sents[si]
	if k := rf.allianceCopula(si, c); k >= 0 {
		return rf.entityOf(k - 1)
	}
	if rf.is(c, wAlso, wNow, wStill) {
		c--
	}
	if rf.is(c, wIs, wWas) && rf.is(c-1, wWho) && rf.punct(c-2, ',') {
		if n := rf.entityBefore(c-2, s.start); n != "" {
			return rf.entIndex(n)
		}
	}
	return -1
}

// appositiveComma returns the comma that opens the appositive whose second conjunct
// starts after the "and" at token g ("Lee Park, a former mayor and the son of Jun
// Park"): the first conjunct is a noun phrase with its article right after the comma and
// no punctuation, relative pronoun or speech verb before the "and", within 12 words;
// else -1.
func (rf *relationFinder) appositiveComma(si, g int) int {
	start := rf.sents[si].start
	for c := g - 1; c > start && g-c <= 12; c-- {
		if rf.punct(c, ',') {
			if rf.is(c+1, wA, wAn, wThe) && c+1 < g-1 {
				return c
			}
			return -1
		}
		if rf.toks[c].kind != tWord && rf.entityOf(c) < 0 || rf.is(c, wWho, wWhich, wThat, wAnd, wOr) || rf.toks[c].feat&lxSpeech != 0 {
			return -1
		}
	}
	return -1
}

// possessorAt returns the entity a possessive at token g stands for: "his", "her" (the
// person the pronoun refers to) or "NAME's"; -1 when none.
func (rf *relationFinder) possessorAt(g int) int {
	if rf.is(g, wHis, wHer) {
		return rf.kinPossessor(g)
	}
	if rf.owner(g) {
		if e := rf.entityOf(g - 1); e >= 0 && !rf.mentions[rf.entAt[g-1]].demonym {
			return e
		}
	}
	return -1
}

// namedAfter returns the person or organization named at token k, after a comma and a
// short description or title ("her husband, former President Bill Clinton"), or -1.
func (rf *relationFinder) namedAfter(k, end int) int {
	if rf.punct(k, ',') {
		k++
		if rf.is(k, wThe) {
			k++ // "his son, the Rev. Bo Lund", "his wife, the former Ada Roe"
		}
	}
	for j := k; j < end && j-k < 4; j++ {
		if e := rf.entityOf(j); e >= 0 {
			if rf.mentions[rf.entAt[j]].a != j || rf.owner(rf.mentions[rf.entAt[j]].b) {
				return -1 // "his son's school"
			}
			return e
		}
		if rf.toks[j].kind != tWord || rf.toks[j].feat&(lxFunc|lxSpeech) != 0 && !rf.is(j, wFormer) {
			return -1
		}
		if rf.toks[j].has(fCap) && rolePredicate(rf.low(j)) == "" && !rf.in(j, kinModifiers) && !rf.titleWordAt(j) {
			return -1
		}
	}
	return -1
}

// kinPossessor resolves "his" or "her" before a kin noun at token g: the person named
// last before it in its sentence, of a gender the pronoun allows ("Rizwan Farook, who
// along with his wife", "Redstone was being manipulated by his daughter"), else the
// person the pronoun refers to across sentences.
func (rf *relationFinder) kinPossessor(g int) int {
	not := byte('F')
	if rf.is(g, wHer) {
		not = 'M'
	}
	start := rf.sents[rf.sentOf(g)].start
	for k := g - 1; k >= start; k-- {
		if rf.quoteOf[k] != 0 {
			continue
		}
		if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Person && rf.ents[e].gender != not && !rf.mentions[rf.entAt[k]].demonym {
			return e
		}
	}
	return rf.entIndex(rf.pronoun(g))
}

// marriedTo reads "X – married to Y", "X, who is married to Y", "X is married to Y" at
// the word "married" at token v: the two are spouses. Not "was married to" (a past
// marriage may have ended) nor a negated one.
func (rf *relationFinder) marriedTo(si, v int) {
	s := &rf.sents[si]
	named := rf.namedAfter(v+2, s.b)
	if named < 0 || rf.ents[named].typ != kg.Person {
		return
	}
	k := v - 1
	if rf.is(k, wIs, wBeen) {
		k--
		if rf.is(k, wHas) {
			k--
		}
		if rf.is(k, wWho) {
			k--
		}
	}
	if rf.punct(k, ',') || rf.punct(k, '-') || rf.tok(k) == "–" || rf.tok(k) == "—" {
		k--
	}
	one := rf.entityOf(k)
	if one < 0 || one == named || rf.ents[one].typ != kg.Person || rf.mentions[rf.entAt[k]].b != k+1 {
		return
	}
	text := rf.span(rf.mentions[rf.entAt[k]].a, min(s.b, v+4))
	rf.addRelation(si, rf.entName(one), "spouseOf", rf.entName(named), text)
	rf.addRelation(si, rf.entName(named), "spouseOf", rf.entName(one), text)
}

// kinInSentence reports whether sentence si may hold a word kin reads: a kin noun (its
// word class), "married", or an "ex-" word ("ex-wife", which carries no class). Exact:
// kin acts at no other token.
func (rf *relationFinder) kinInSentence(si int) bool {
	if rf.sentCls(si)&wcKin != 0 || rf.sentHas(si, wMarried) {
		return true
	}
	return strings.Contains(rf.sentText(si), "ex-")
}

// describedKinOf returns the person a kin noun's "of" names at token k past a short
// description ("Ada Lund, the son of evangelist Bo Lund", "the daughter of former Norland
// President Bo Lund", "the wife of former rival Bo Lund"), or -1: up to three lower-case
// words that are no function word, pronoun, speech verb or adverb in -ly, then a person's
// name across the place and title before it, owning nothing and closed by punctuation, a
// function word or the sentence's end ("the son of longtime Lund campaign manager Ann
// Roe" is Roe's son, not Lund's). The description was the shape kin missed most often in a
// sample of unrelated pairs of persons (rel139).
func (rf *relationFinder) describedKinOf(k, end int) int {
	j := k
	for j < end && j-k < 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.entAt[j] < 0 &&
		rf.toks[j].feat&(lxFunc|lxSpeech|lxPronoun) == 0 && !strings.HasSuffix(rf.low(j), "ly") {
		j++
	}
	m := rf.runOn(j, end)
	if m == nil || m.demonym || rf.ents[m.ent].typ != kg.Person || rf.owner(m.b) || m.a == k {
		return -1
	}
	if m.b < end && rf.toks[m.b].kind == tWord && rf.toks[m.b].feat&lxFunc == 0 {
		return -1
	}
	return m.ent
}

// whoseKinOwner returns the person a "whose" at token g stands for when it opens an aside
// right after a name ("Dan Lund, whose son Bo", "Dan Lund, 70, whose wife, Ada,"), or -1.
// Six such asides over the open corpus named the kin with no tie read (rel139).
func (rf *relationFinder) whoseKinOwner(si, g int) int {
	if !rf.is(g, wWhose) || !rf.punct(g-1, ',') {
		return -1
	}
	if n := rf.entityBefore(g-1, rf.sents[si].start); n != "" {
		return rf.entIndex(n)
	}
	return -1
}

// courtesyTitles are the honorifics any person takes, which name the subject after a
// fronted phrase as often as an aside ("Pressured by his father, Mr. Lund accepted").
var courtesyTitles = newTokSet(map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true,
	"ms": true, "miss": true})

// titleWordAt reports whether the capitalized word at token j belongs to a title or an
// honorific before a name ("his sister, former Prime Minister Ada Roe", "his wife
// Reverend Ada Roe", "Roe's brother, Dr. Bo Roe"): an honorific, a role noun, or a word
// the name's own title span covers; not a courtesy title. Eight kin asides over the open
// corpus named their kin past such a title (rel139).
func (rf *relationFinder) titleWordAt(j int) bool {
	if rf.in(j, courtesyTitles) {
		return false // "Pressured by his father, Mr. Lund accepted": the subject, not an aside
	}
	if rf.toks[j].feat&(lxHonor|lxRole) != 0 {
		return true
	}
	for n := j + 1; n < len(rf.toks) && n-j < 4; n++ {
		if e := rf.entAt[n]; e >= 0 {
			m := &rf.mentions[e]
			return m.a == n && m.ta >= 0 && m.ta <= j
		}
	}
	return false
}
