package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Alliances, rivalries and backing stated by a noun between two names: the name after
// the noun holds its predicate of the possessor, or of the name, before it — "U.S.
// allies including Peru and Chile" (each allyOf the United States), "its main regional
// rival, Chile", "Uber rival Lyft", "rivals like Birch", "its archenemy Chile" (rivalOf),
// "his avid supporter Ruiz", "Hale backer Ann Ruiz" (supports). With no name after it,
// the noun describes the name before the comma that opens it: "Birch, Acme's chief
// rival in Peru". The nouns and their predicates are the list [alliance-nouns] of
// relations.txt; "an ally of X" after a name is ties.go's (allyOf).

// allianceNouns are the nouns of a tie between two names, by lower-case word, with the
// predicate the one named after the noun holds.
var allianceNouns = func() map[string]string {
	out := map[string]string{}
	for _, e := range entries("alliance-nouns") {
		if len(e) < 2 || !kg.IsPredicate(e[1]) {
			panic("extraction: word list [alliance-nouns]: " + e[0] + " needs a predicate of the vocabulary")
		}
		out[e[0]] = e[1]
	}
	return out
}()

// allianceListOpeners may stand between the noun and the names it introduces: "allies
// including Peru", "rivals such as Birch", "rivals like Birch".
var allianceListOpeners = newTokSet(map[string]bool{"including": true, "like": true, "notably": true, "especially": true})

// alliances reads the alliance nouns of sentence si.
func (rf *relationFinder) alliances(si int) {
	s := &rf.sents[si]
	if rf.sentCls(si)&wcAlliance == 0 {
		return // sentindex.go: no alliance noun
	}
	for v := s.start + 1; v < s.b; v++ {
		if rf.toks[v].kind != tWord || rf.toks[v].has(fCap) || rf.quoteOf[v] != 0 {
			continue
		}
		w := rf.low(v)
		if !rf.mayBe(v, w, wcAlliance) {
			continue
		}
		pred := allianceNouns[w]
		if pred == "" {
			continue
		}
		if rf.is(v+1, wOf) {
			rf.copularStance(si, v, pred) // stances.go
			continue
		}
		owner, from := rf.allianceOwner(si, v)
		if owner < 0 {
			continue
		}
		if named, end := rf.allianceNamed(si, v); named != "" {
			rf.addAlliance(si, named, pred, owner, rf.span(from, min(s.b, end)), rf.andIts(from))
		} else if named, end := rf.coordinatedRival(si, v, pred, from); named != "" {
			rf.addAlliance(si, named, pred, owner, rf.span(from, end), false) // rivalpairs.go
		} else if c, described := rf.allianceDescribed(si, from, v); described >= 0 {
			rf.addAlliance(si, rf.entName(described), pred, owner, rf.span(rf.mentions[rf.entAt[c-1]].a, min(s.b, v+1)), false)
		}
	}
}

// allianceOwner returns the entity an alliance noun at token v is of, and the token
// where its phrase starts: a possessive before the noun ("Peru's ally", "its ally";
// possessiveOwner) across three lower-case modifiers at most ("Peru's main regional
// rival", "his avid supporter"; not "its", whose body possessiveOwner often misses), a
// name right before it as its modifier ("U.S. allies", "Uber rival"), or the name before
// "and" right before the noun ("Clinton and rival Sanders"); -1 for none.
func (rf *relationFinder) allianceOwner(si, v int) (int, int) {
	s := &rf.sents[si]
	k := v - 1
	for k > s.start && v-k <= 3 && rf.allianceModifier(k) {
		k--
	}
	if rf.is(k, wIts, wTheir) {
		// "its ally": of 25 read, most went to the wrong body (possessiveOwner); but
		// "Syria and its key backer, Russia": the name the "and" joins it to
		if e := rf.entityOf(k - 2); e >= 0 && rf.is(k-1, wAnd) && !rf.mentions[rf.entAt[k-2]].demonym && rf.mentions[rf.entAt[k-2]].b == k-1 {
			return e, rf.mentions[rf.entAt[k-2]].a
		}
		return -1, 0
	}
	if g := rf.possessiveOwner(k); g >= 0 {
		if rf.is(k, wHis, wHer) {
			return g, k
		}
		if rf.entAt[k-1] < 0 {
			// "the country's competitors": a description that stands for the owner
			if a := rf.theBefore(k, s.start, 4); a >= 0 {
				return g, a
			}
			return g, k - 1
		}
		return g, rf.mentions[rf.entAt[k-1]].a
	}
	if e := rf.entityOf(k); e >= 0 && k == v-1 {
		m := &rf.mentions[rf.entAt[k]]
		if m.b != k+1 || m.demonym || strings.ContainsAny(rf.tok(k), "-–") || rf.punct(m.b-1, '-') || englishWords.has(lowerASCII(rf.ents[e].name)) || rf.ents[e].typ == kg.Other || partyWords.has(rf.span(m.a, m.b)) || allEthnic(rf.span(m.a, m.b)) ||
			rf.possessedBefore(m.a) {
			return -1, 0 // "Democratic rival X", "Chinese rivals like X", "his Senate backer X", "San Francisco-based rival X", "Internet rival X"
		}
		return e, m.a
	}
	if rf.is(k, wAnd) && (k == v-1 || !personalTies.has(rf.low(v))) && !rf.in(v, andlessTies) {
		// a friend or an aide after "and" is seldom the first name's ("Tad Jankowski and
		// family friend Jill Krutick", "James Hamilton and longtime aide Cheryl Mills"); a
		// rival or a partner is ("Lyft and larger rival Uber", "NXP and partner Cohda")
		if e, a := rf.nameBeforeAnd(k); e >= 0 {
			return e, a // "Trump and rival Marco Rubio", "Lyft and larger rival Uber", "Brekke Corp (BRK.N) and rival Lumo": rivalpairs.go
		}
	}
	return -1, 0
}

// possessedBefore reports whether a possessive stands before token a, across two
// lower-case modifiers: "Sanders' lone Senate backer" is his, not the Senate's.
func (rf *relationFinder) possessedBefore(a int) bool {
	for k := a - 1; k >= 0 && a-k <= 3; k-- {
		if rf.owner(k) || rf.tok(k) == "'" || rf.tok(k) == "’" || rf.is(k, wHis, wHer, wIts, wTheir) {
			return true
		}
		if !rf.allianceModifier(k) {
			return false
		}
	}
	return false
}

// allianceModifier reports whether token k may stand between the owner and an
// alliance noun: a lower-case adjective or noun ("main", "regional", "closest",
// "campaign", a hyphened word in -ing before a rival's noun: "ride-hailing competitor"), not a function word, a
// possessive pronoun or a verb ("Apple faced off against rival Microsoft", "Clinton
// crushed rival Sanders", "Racine allies").
func (rf *relationFinder) allianceModifier(k int) bool {
	t := &rf.toks[k]
	if t.kind != tWord || t.has(fCap) || rf.entAt[k] >= 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rf.owner(k) || rf.tok(k) == "'" || rf.tok(k) == "’" {
		return false
	}
	w := rf.low(k)
	if strings.HasSuffix(w, "ing") && strings.IndexByte(w, '-') > 0 && rivalOfNouns.has(rf.low(k+1)) {
		return true // "ride-hailing competitor", "money-losing rival": a hyphened adjective, no verb (not "data-sharing agreement": the pact's name)
	}
	return actionVerbs[w] == "" && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		!rf.is(k, wHis, wHer, wIts, wTheir, wOur, wMy, wYour, wThat, wWhich, wWho)
}

// allianceNamed returns the names (NUL-joined for a list) that follow the alliance noun
// at token v, across a comma, "including", "such as" or "like" and a title ("its ally,
// President Bashar al-Assad"), and the token after them; "" when no name stands there
// for itself (not "rival Birch's offer", "its ally, Peru said").
func (rf *relationFinder) allianceNamed(si, v int) (string, int) {
	s := &rf.sents[si]
	k := v + 1
	comma := rf.punct(k, ',')
	if comma {
		k++
	}
	switch {
	case rf.in(k, allianceListOpeners):
		k++
	case rf.is(k, wSuch) && rf.is(k+1, wAs):
		k += 2
	}
	mi := rf.mentionFrom(rf.skipThe(k), s.b)
	if mi < 0 {
		if comma {
			if n, e := rf.describedApposed(k, s.b); n >= 0 {
				return rf.entName(n), e // "Trump's rival, former Florida governor Jeb Bush,"
			}
		}
		return "", k
	}
	m := &rf.mentions[mi]
	names, pe := rf.actPatient(m.a, s.b)
	if names == "" && comma {
		if n, e := rf.describedApposed(k, s.b); n >= 0 {
			names, pe = rf.entName(n), e // "Johnson's rival, Conservative lawmaker Michael Gove,"
		}
	}
	if names == "" && !comma && !m.demonym && rf.is(m.b, wSent, wSaid, wSays, wHas, wHad, wIs, wWas, wWill, wWould) {
		names, pe = rf.entName(m.ent), m.b // "Ostmark ally Norway sent troops": a subject
	}
	if names == "" || comma && rf.opensClause(pe) {
		return "", k
	}
	if personalTies.has(rf.low(v)) && !strings.HasSuffix(rf.low(v), "s") && nameList(names).several() {
		// one friend, aide or partner is the first name of a list: "Clinton aide Sidney
		// Blumenthal and Colin Powell"
		names, pe = rf.entName(m.ent), m.b
	}
	return names, pe
}

// describedApposed returns the person or body named after a short description that
// opens the apposition at token k after an alliance noun's comma — a party or a demonym
// ("Democratic candidate Hillary Clinton", "Republican Donald Trump"), lower-case words
// and capitalized role words ("fellow Conservative lawmaker", "former Florida Governor")
// at most four in all — and the token after its name, which must close the apposition
// (a comma or the sentence's end: not "its rival, Ostmark Senator Ana Ruiz said"); -1
// for none.
func (rf *relationFinder) describedApposed(k, end int) (int, int) {
	j, n := k, 0
	for ; j < end && n < 4; n++ {
		if mi := rf.entAt[j]; mi >= 0 {
			m := &rf.mentions[mi]
			if m.a != j || !(m.demonym || partyWords.has(rf.span(m.a, m.b))) || n > 1 {
				break
			}
			j = m.b
			continue
		}
		t := &rf.toks[j]
		if t.kind != tWord || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || t.has(fCap) && t.feat&lxRole == 0 || rf.owner(j) {
			break
		}
		j++
	}
	if n == 0 || j >= end || rf.entAt[j] < 0 {
		return -1, 0
	}
	m := &rf.mentions[rf.entAt[j]]
	if m.a != j || m.demonym || m.ent < 0 {
		return -1, 0
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return -1, 0
	}
	if !(m.b >= end || rf.punct(m.b, ',') || rf.toks[m.b].kind == tStop) {
		return -1, 0
	}
	return m.ent, m.b
}

// allianceDescribed returns the comma that opens the description whose phrase starts at
// token from (after an article) and whose alliance noun is at token v ("Birch, Acme's
// chief rival in Peru,", "Lyft, an Uber rival,"), or the copula that states it
// (allianceCopula: "Birch is Acme's chief rival", "Birch is one of Acme's closest
// allies"), and the entity named right before it; -1 for none. The noun must end the description, or a place phrase or a relative
// clause about the name follow it ("Reince Priebus, a Ryan ally who has").
func (rf *relationFinder) allianceDescribed(si, from, v int) (int, int) {
	s := &rf.sents[si]
	c := from - 1
	for n := 0; n < 2 && c > s.start && rf.allianceModifier(c) && rf.entityOf(from) >= 0; n++ {
		c-- // "Lind, an outspoken Kord critic,"
	}
	if rf.is(c, wA, wAn, wThe, wAnother) {
		c--
	}
	one := false
	if rf.is(c, wOf) && rf.is(c-1, wOne) {
		c, one = c-2, true // "Birch is one of Acme's chief rivals"
	}
	if !rf.punct(c, ',') {
		c = rf.allianceCopula(si, c)
	}
	if c < 0 || c-1 < s.start || rf.entAt[c-1] < 0 {
		return max(c, 0), -1
	}
	if strings.HasSuffix(rf.low(v), "s") && !rf.is(v, wNemesis) && !one {
		return c, -1 // "A and B, Hale's first foes": a list, not the one name before the comma
	}
	if !(v+1 >= s.b || rf.punct(v+1, ',') || rf.toks[v+1].kind == tStop || rf.is(v+1, wIn, wOn, wFor, wWho)) {
		return c, -1
	}
	m := &rf.mentions[rf.entAt[c-1]]
	if m.demonym || m.b != c {
		return c, -1
	}
	return c, m.ent
}

// allianceCopula returns the copula at token c, or at c-1 across one adverb of time
// or addition ("also", "now", "still"), that states the description after it of the
// name right before it: "Birch is Acme's chief rival", "Lind was also a Kord ally";
// -1 when the word at c is none. The name must be its clause's subject, not the object
// of a preposition ("a deal with Birch is Acme's main rival's aim").
func (rf *relationFinder) allianceCopula(si, c int) int {
	s := &rf.sents[si]
	if rf.is(c, wAlso, wNow, wStill) {
		c--
	}
	if c-1 < s.start || !rf.is(c, wIs, wWas, wRemains, wRemained, wBecame, wBecomes) || rf.entAt[c-1] < 0 {
		return -1
	}
	m := &rf.mentions[rf.entAt[c-1]]
	if m.b != c || !rf.copulaSubject(m) {
		return -1
	}
	return c
}

// andIts reports whether the name at token a is joined to the noun by "and its|their"
// ("Syria and its key backer, Russia"): the owner is a party, whatever its type.
func (rf *relationFinder) andIts(a int) bool {
	mi := rf.entAt[a]
	return mi >= 0 && rf.is(rf.mentions[mi].b, wAnd) && rf.is(rf.mentions[mi].b+1, wIts, wTheir)
}

// addAlliance records that the named entities hold pred of owner: a rival of a person
// is a person, of a body a body; a supporter, opponent or critic is of a person or a
// body, not a place ("Iowa supporters"), unless "and its" makes the place a party
// (party); a critic of an outlet writes for it ("Times critic").
func (rf *relationFinder) addAlliance(si int, named, pred string, owner int, text string, party bool) {
	ot := rf.ents[owner].typ
	if stancePred(pred) && ot == kg.Place && !party && !isCountry(rf.ents[owner].name) || pred == "criticizes" && rf.outlet(owner) {
		return // "Iowa supporters"; "Times critic Ann Roe" writes for the paper
	}
	for n := range nameList(named).all() {
		nt := rf.typeOfName(n)
		if nt == kg.Other || pred == "rivalOf" && (nt == kg.Person) != (ot == kg.Person) ||
			nt == kg.Place && stancePred(pred) && !isCountry(n) || !tieTypesFit(pred, nt, ot) {
			continue
		}
		rf.addRelation(si, n, pred, rf.entName(owner), text)
	}
}

// stancePred reports whether pred takes a side (supports, opposes, criticizes): its
// holder and its object are people, bodies or countries, not towns or states ("Iowa
// supporters", "Ben Ash of Iowa, a Kord critic").
func stancePred(pred string) bool {
	return pred == "supports" || pred == "opposes" || pred == "criticizes"
}

// isCountry reports whether name is a country's.
func isCountry(name string) bool {
	_, ok := countryNames[name]
	return ok
}

// andlessTies are the personal ties whose holder after "and" is never the first name's:
// "Tad Jankowski and family friend Jill Krutick", "James Hamilton and aide Cheryl Mills".
var andlessTies = allianceNounsOf("friendOf", "aideTo")

// tieTypesFit reports whether a holder of type nt may hold pred of an owner of type ot,
// for the personal ties of the list [alliance-nouns]: a friend or a partner is of one
// kind with the one it is the friend or partner of (two people, two bodies or two
// countries: "Kushner's friend David Schulhof", "NXP and partner Cohda Wireless"); an aide
// is a person, of a person or a body ("Clinton aide Huma Abedin", "a Senate aide").
func tieTypesFit(pred string, nt, ot kg.EntityType) bool {
	switch pred {
	case "friendOf", "partnerOf":
		return (nt == kg.Person) == (ot == kg.Person) && nt != kg.Group && ot != kg.Group
	case "aideTo":
		return nt == kg.Person && (ot == kg.Person || ot == kg.Organization)
	}
	return true
}
