package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Coreference: who "he", "she", "it", "they" and "the official" are, and who is the
// subject of a verb of saying. The quotes, figures and relations stages all ask.

// reader is what the stages after the entities read: the text, its entities, and which
// words are quoted and by whom. The quotes stage fills quoteOf and quoteSrc as it goes
// (findQuotes); the stages after it only read them.
type reader struct {
	*doc
	*entitySet
	// quoteOf marks tokens inside quotation marks: index+1 into quoteSrc, 0 outside
	quoteOf  []int32
	quoteSrc []string        // speaker of each quote
	regions  map[string]bool // place name → a region rather than a town (regionName)
	inChain  bool            // speakerPronoun is looking back: pronouns there resolve plainly
	polls    int8            // whether the text has a word of a poll: 0 not yet looked, 1 none, 2 some (pollleads.go)
	// stockText: whether the article speaks of shares or stock: 0 not yet looked, 1
	// it does, -1 not (stockArticle, closingprices.go)
	stockText int8
}

// read makes rd the reader of d and its entities, with no quotes marked yet.
func (rd *reader) read(d *doc, es *entitySet) {
	rd.doc, rd.entitySet = d, es
	n := len(d.toks)
	if cap(rd.quoteOf) < n {
		rd.quoteOf = make([]int32, n)
	}
	rd.quoteOf = rd.quoteOf[:n]
	clear(rd.quoteOf)
	rd.quoteSrc = rd.quoteSrc[:0]
	clear(rd.regions)
	rd.polls = 0
	rd.stockText = 0
}

// speakerHeads are the head nouns of descriptions that can speak (data/quotes.txt).
var speakerHeads = newTokSet(wordSet("speaker-heads"))

// speakerNP resolves the words a..b-1 before a speech verb: a named entity, a pronoun,
// or a description ("one neighborhood resident" → "a neighborhood resident").
func (rd *reader) speakerNP(a, b int) string {
	// "Rita Talwar, 52, who has lived in Chino Hills for 30 years, told": the name
	// before the aside
	for k := a + 1; k < b; k++ {
		if rd.punct(k, ',') {
			if p := rd.namedAfterDescription(a, k, b); p != "" {
				return p // "an adviser to President Lee, Dana Ruiz, said": Ruiz
			}
			for j := a; j < k; j++ {
				if e := rd.entityOf(j); e >= 0 && rd.ents[e].typ == kg.Person {
					return rd.entName(e)
				}
			}
			break
		}
	}
	if b-a > 12 {
		a = b - 12
	}
	if p := rd.titledBefore(b, a); p != "" {
		return p // "…," the Republican governor said: the governor named before
	}
	if o := rd.namedBody(a, b); o != "" {
		return o // "the U.N. refugee agency said" after "the U.N. refugee agency, UNHCR,": descriptions.go
	}
	// a named person or organization in the words wins, but not one inside the
	// relative clause of a description ("a donor who backs Trump said" is the donor)
	best := -1
	for k, cut := a, rd.describedWho(a, b); k < cut; k++ {
		if e := rd.entityOf(k); e >= 0 {
			t := rd.ents[e].typ
			if r := rd.roleNamedAfter(k, b); r >= 0 {
				return rd.entName(r) // "Clinton spokesman Brian Fallon said": rolenamed.go
			}
			if t == kg.Person {
				return rd.entName(e)
			}
			if best < 0 && t != kg.Place {
				best = e
			}
		}
	}
	if best >= 0 {
		return rd.entName(best)
	}
	if b-a == 1 && rd.toks[a].feat&lxPronoun != 0 {
		if rd.is(a, wIt, wThey) {
			return rd.theySubject(a)
		}
		return rd.speakerPronoun(a)
	}
	// "the woman, who did not give her name,": the phrase before the aside
	for k := a + 1; k < b; k++ {
		if rd.punct(k, ',') {
			b = k
			break
		}
	}
	if u := rd.unnamedSpeaker(a, b); u != "" {
		return u // "a source close to the matter said"
	}
	d := rd.description(a, b)
	if r := rd.introducedSpeaker(a, b, d); r != "" {
		return r // "the person said" after "A person with direct knowledge of the talks said"
	}
	if d == "" {
		if o := rd.bodyOfKind(a, b); o != "" {
			return o // "…," the foundation said
		}
		return rd.plainIndefinite(a, b) // "a negotiator said"
	}
	return d
}

// namedAfterDescription returns the person named between the comma at c and the next
// comma (or end) when the words a..c-1 before it are a description, not a name: "an
// adviser to President Lee, Dana Ruiz," is Ruiz, and the president named inside the
// description does not speak. "" otherwise.
func (rd *reader) namedAfterDescription(a, c, end int) string {
	if !rd.is(a, wA, wAn, wThe, wOne, wAnother) || c+1 >= end {
		return ""
	}
	mi := rd.entAt[c+1]
	if mi < 0 || rd.mentions[mi].a != c+1 || rd.mentions[mi].ent < 0 {
		return ""
	}
	m := &rd.mentions[mi]
	if rd.ents[m.ent].typ != kg.Person || m.b != end && !rd.punct(m.b, ',') {
		return ""
	}
	return rd.entName(m.ent)
}

// theySubject resolves "it" or "they" at token i, the subject of a verb of saying, to
// an organization or group: the subject of the sentence before when it is one ("RBC
// analysts said … \"We were wrong,\" they said"), else the last one named before the
// quote the pronoun closes (none inside it).
func (rd *reader) theySubject(i int) string {
	ok := func(t kg.EntityType) bool { return t == kg.Organization || t == kg.Group && rd.is(i, wThey) }
	if rd.is(i, wIt) {
		if o, found := rd.itSpeaker(i); found {
			return o // "…," it said: the body the clause before spoke of (itsaid.go)
		}
	}
	if si := rd.sentOf(i); si > 0 && si < len(rd.sents) {
		if rd.theyOfPersons(i) {
			return "" // "Ann Cole and Rob Hill pressed regulators. … they said": theirs, no body's
		}
		if sj := rd.subjectOf(si-1, 1); sj != "" && ok(rd.typeOfName(sj)) {
			return sj
		}
	}
	// the quote this "they said" closes is not yet marked in quoteOf: a body it names
	// ("We call on the Harbor Authority to act," it said) does not say it
	from := i - 1
	if at := rd.quoteOpenedBefore(i); at < i {
		from = at - 1
	}
	for k := from; k >= max(0, i-200); k-- {
		if e := rd.entityOf(k); e >= 0 && ok(rd.ents[e].typ) && rd.quoteOf[k] == 0 && !strings.EqualFold(rd.ents[e].name, "it") {
			if rd.is(i, wIt) && !rd.speakingPosition(k) {
				continue // "…," it said after "a statement to Reuters", "the SWIFT network": no speaker there
			}
			if rd.is(i+1, wWrote, wWrite, wWrites) && rd.publishedIn(k) {
				return "" // "they wrote": the authors, not the journal that printed them
			}
			return rd.entName(e)
		}
	}
	return ""
}

// speakingPosition reports whether the organization named at token k stands where a
// body that speaks stands, so that a later "it said" can take it up: the subject of a
// verb of saying ("the bank said", "the panel, which monitors sanctions, said"), after
// "according to", or the name that opens a clause as its subject ("Nintendo will
// release …", "Earlier, Mitsubishi submitted …"). A body named after a preposition ("a
// statement to Reuters", "the rally at Radford University"), as a modifier ("the SWIFT
// network", "Apple iCloud"), an owner ("Twitter's territory") or an outlet that only
// reports ("RTHK reported") does not.
func (rd *reader) speakingPosition(k int) bool {
	mi := rd.entAt[k]
	if mi < 0 {
		return false
	}
	a, b := rd.mentions[mi].a, rd.mentions[mi].b
	if rd.is(a-1, wThe) {
		a--
	}
	if rd.is(a-1, wTo) && rd.is(a-2, wAccording) {
		return true
	}
	j := b
	if j < len(rd.toks) && rd.toks[j].kind == tOpenQ {
		return true // `The bank "has undertaken …,"`: the subject of the quoted words
	}
	for rd.is(j, wOf) && j+1 < len(rd.toks) && rd.toks[j+1].has(fCap) {
		// "the Panel of Experts said": the rest of a name the mention leaves out
		j += 2
		for j < len(rd.toks) && j < b+8 && rd.toks[j].kind == tWord && rd.toks[j].has(fCap) {
			j++
		}
	}
	if rd.punct(j, '(') { // a ticker or initials: "Xerox Corp (XRX.N) said"
		for j < len(rd.toks) && j < b+6 && !rd.punct(j, ')') {
			j++
		}
		j++
	}
	if rd.punct(j, ',') {
		// an aside: "the panel, which monitors sanctions, said"
		for c := j + 1; c < len(rd.toks) && c < j+25; c++ {
			if rd.toks[c].kind == tStop || rd.toks[c].kind == tOpenQ || rd.toks[c].kind == tCloseQ {
				break
			}
			if rd.punct(c, ',') {
				j = c + 1
				break
			}
		}
	}
	if j < len(rd.toks) && rd.toks[j].kind == tWord && !rd.toks[j].has(fCap) && rd.toks[j].feat&lxSpeech != 0 {
		return !(rd.in(j, reportVerbs) && outletName(rd.ents[rd.mentions[mi].ent].name))
	}
	si := rd.sentOf(a)
	if si >= len(rd.sents) || j < len(rd.toks) && rd.toks[j].feat&lxRole != 0 {
		return false // "European Union president Donald Tusk wrote": the name modifies a role
	}
	if j+1 < len(rd.toks) && rd.toks[j].kind == tWord && !rd.toks[j].has(fCap) && rd.entityOf(j+1) >= 0 && rd.ents[rd.entityOf(j+1)].typ == kg.Person {
		return false // "White supremacist Joseph Franklin was charged": a description of the person
	}
	c := a
	if rd.in(c-1, orgDescriptors) {
		// "rightwing British newspaper the Daily Mail gave …": a description before the
		// name, from the clause's start
		c--
		for c > rd.sents[si].start && a-c < 4 && rd.toks[c-1].kind == tWord && rd.toks[c-1].feat&lxFunc == 0 {
			c--
		}
	}
	if c == rd.sents[si].start || rd.punct(c-1, ',') {
		return rd.clauseBody(a, rd.sents[si].b) != ""
	}
	return false
}

// publishedIn reports whether the name at token k is named as where a text came out
// ("a study published in Lumen", "wrote in the Dunmore Observer", "the journal Lumen"):
// a journal or a paper, which prints what its authors write and says none of it.
func (rd *reader) publishedIn(k int) bool {
	mi := rd.entAt[k]
	if mi < 0 {
		return false
	}
	a := rd.mentions[mi].a
	if rd.is(a-1, wThe) {
		a--
	}
	return rd.is(a-1, wJournal) || rd.is(a-1, wIn) && writtenIn(rd.low(a-2))
}

// speakerAfter reads the speaker after a speech verb (`said X`, `said a 71-year-old
// neighbor who gave his name as Chang`).
func (rd *reader) speakerAfter(a, end int) string {
	limit := min(end, a+25)
	stop := limit
	for k := a; k < limit; k++ {
		if rd.toks[k].kind == tStop || rd.toks[k].kind == tOpenQ || rd.punct(k, ';') {
			stop = k
			break
		}
		if rd.is(k, wName) && rd.is(k+1, wAs) || rd.is(k, wIdentified) && rd.is(k+1, wAs) || rd.is(k, wIdentified) && rd.is(k+1, wOnly) && rd.is(k+2, wAs) {
			j := k + 2
			if rd.is(j, wAs) {
				j++
			}
			if e := rd.entityOf(j); e >= 0 {
				return rd.entName(e)
			}
		}
	}
	if p := rd.titledAfter(a, stop); p != "" {
		return p // said the former president, the president named before
	}
	if u := rd.unnamedSpeaker(a, stop); u != "" {
		return u // said a banker who had worked on the deal
	}
	// the person the phrase names wins over the organization they speak for ("Tainan fire
	// department information officer Lee Po Min")
	np := a
	for np < stop && !rd.punct(np, ',') && !rd.is(np, wWho, wThat, wWhich) {
		np++
	}
	if np < stop {
		if p := rd.namedAfterDescription(a, np, stop); p != "" {
			return p // said a spokesman for Senator Ann Cole, Rob Hill
		}
	}
	for k := a; k < np; k++ {
		if r := rd.roleNamedAfter(k, np); r >= 0 {
			return rd.entName(r) // said Clinton spokesman Brian Fallon: rolenamed.go
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person {
			return rd.entName(e)
		}
	}
	names := rd.describedWho(a, stop) // "said one donor, who gave to Senate candidates": not the Senate
	if np > a && np < stop && rd.punct(np, ',') && rd.isWord(np+1, asideOpeners...) && rd.toks[np-1].kind == tWord && !rd.toks[np-1].has(fCap) && isPersonish(rd.low(np-1)) && !rd.asideNames(np, stop) {
		names = np // "said the official, who spoke to Quill News …": not Quill News
	}
	for k := a; k < names; k++ {
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place {
			return rd.entName(e)
		}
	}
	if a < stop && rd.toks[a].feat&lxPronoun != 0 {
		return rd.speakerPronoun(a)
	}
	// a description up to a comma or "who"
	j := a
	for j < stop && !rd.punct(j, ',') && !rd.is(j, wWho, wThat, wIn, wOn, wAt, wAfter, wBefore, wAdding, wAs) {
		j++
	}
	if d := rd.description(a, j); d != "" {
		return d
	}
	return rd.plainIndefinite(a, j) // said a policeman, who asked not to be named
}

// subjectBefore finds the subject of a speech verb at v: the nearest person named before
// it in the clause, else an organization, a pronoun or a description.
func (rd *reader) subjectBefore(v, start int) string {
	// the words right before the verb; none when the verb is joined to an earlier one
	// ("Clinton warned against demonizing Muslim Americans and called for …": the
	// subject is the clause's)
	a := v
	for a > start && v-a < 8 && !rd.is(v-1, wAnd, wBut) {
		t := &rd.toks[a-1]
		if t.kind != tWord && t.kind != tNum && !(t.kind == tPunct && rd.text[t.s] == '-') {
			break
		}
		if rd.quoteOf[a-1] != 0 {
			break
		}
		a--
	}
	if c := rd.speakerAside(v, start); c >= 0 {
		return rd.subjectBefore(c, start) // "The official, who spoke to Quill News …, said": not Quill News
	}
	if rd.punct(v-1, ',') && v >= 3 {
		// "Okafor's campaign manager, Peter Lindqvist, said": the name alone between commas
		if mi := rd.entAt[v-2]; mi >= 0 && rd.mentions[mi].ent >= 0 && rd.ents[rd.mentions[mi].ent].typ == kg.Person && rd.punct(rd.mentions[mi].a-1, ',') {
			return rd.entName(rd.mentions[mi].ent)
		}
	}
	if rd.is(v-1, wWho) {
		// "another Conservative, Adam Holloway, who says": the name before "who"
		for k := v - 2; k >= start && k >= v-4; k-- {
			if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place {
				return rd.entName(e)
			}
			if !rd.punct(k, ',') {
				break
			}
		}
	}
	if p := rd.titledBefore(v, a); p != "" {
		return p // "…," the Vermont senator said: the senator named before
	}
	if t := rd.theBefore(v, a, 5); t >= 0 {
		if o := rd.namedBody(t, v); o != "" {
			return o // "the U.N. refugee agency said": descriptions.go
		}
	}
	if a < v-1 && rd.is(v-1, wHe, wShe) {
		return rd.speakerPronoun(v - 1) // "But he said:"
	}
	if p := rd.pronounBeforeAux(v, a); p >= 0 {
		return rd.speakerPronoun(p) // "she would say only, "…"": speakeraux.go
	}
	if a < v {
		if v-a == 2 && rd.is(a, wIt) && rd.isWord(a+1, itSaidAdverbs...) {
			return rd.bodySpokenOf(a) // "It also said …": the body the article spoke of
		}
		if v-a == 1 && rd.toks[a].feat&lxPronoun != 0 {
			if rd.is(a, wIt, wThey) {
				if rd.is(a, wIt) {
					if o, ok := rd.itSpeaker(a); ok {
						return o // "Blackstone will pay …, it said": itsaid.go
					}
				}
				if rd.theyOfPersons(a) {
					return "" // "Ann Cole and other leaders … They said": theirs, no body's
				}
				// "it said": the last organization (not the acronym "IT")
				for k := a - 1; k >= max(0, a-200); k-- {
					if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Organization && !strings.EqualFold(rd.ents[e].name, "it") {
						if rd.is(v, wWrote, wWrite, wWrites) && rd.publishedIn(k) {
							return "" // "they wrote": the authors, not the journal (publishedIn)
						}
						return rd.entName(e)
					}
				}
				return ""
			}
			return rd.speakerPronoun(a)
		}
		for k := v - 1; k >= a; k-- {
			if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place && !rd.addressed(k) {
				if p := rd.personOf(rd.mentions[rd.entAt[k]].a); p >= 0 {
					return rd.entName(p) // "Erik Ruiz of the Carvale Institute writes": Ruiz
				}
				return rd.entName(e)
			}
		}
	}
	// "Annan, who was appointed …, said": the sentence's first person; but "He went on to
	// lambaste Clinton's policies, saying …": a participle's subject is the clause's, and
	// a pronoun that opens it comes before any name
	participle := strings.HasSuffix(rd.low(v), "ing")
	for k := start; k < v; k++ {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if participle && rd.is(k, wHe, wShe) && !rd.relativeBetween(k, v) {
			return rd.speakerPronoun(k)
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person && !rd.addressed(k) {
			return rd.entName(e)
		}
	}
	if a < v {
		if desc := rd.description(a, v); desc != "" {
			return rd.resolveDescription(desc, a)
		}
		if o := rd.bodyOfKind(a, v); o != "" {
			return o // "the foundation said" after "the Open Water Foundation, a rights group"
		}
	}
	for k := start; k < v; k++ {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Organization && !rd.addressed(k) {
			return rd.entName(e)
		}
	}
	return ""
}

// speakerAside returns the comma that opens an aside between a described speaker and its
// verb at v ("The official, who spoke to Quill News on condition of anonymity, said", "a
// source, speaking on condition of anonymity, told"), or -1: the aside opens with "who" or
// a participle of asking or speaking, after a lower-case head that can speak. The names
// inside it (the outlet spoken to, the reason given) are not the speaker.
func (rd *reader) speakerAside(v, start int) int {
	if !rd.punct(v-1, ',') {
		return -1
	}
	for c := v - 2; c > start && c > v-40; c-- {
		if rd.quoteOf[c] != 0 || rd.toks[c].kind == tOpenQ || rd.toks[c].kind == tCloseQ || rd.toks[c].kind == tStop {
			return -1
		}
		if !rd.punct(c, ',') {
			continue
		}
		h := c - 1
		if rd.isWord(c+1, asideOpeners...) && rd.toks[h].kind == tWord && !rd.toks[h].has(fCap) && isPersonish(rd.low(h)) && !rd.asideNames(c, v) {
			return c
		}
		return -1
	}
	return -1
}

// asideNames reports whether the aside from token a to b gives the speaker's own name,
// a name (not a place) right after "name", "identified" or "called" ("the woman, who gave
// only her first name, Ann", "who identified himself as Tom"; not "who asked not to be
// named"): then the name inside it is the speaker.
func (rd *reader) asideNames(a, b int) bool {
	for k := a; k < b; k++ {
		if !rd.is(k, wName, wNamed, wIdentified, wIdentifying, wCalled) {
			continue
		}
		for j := k + 1; j < b && j <= k+6; j++ {
			if e := rd.entityOf(j); e >= 0 && rd.ents[e].typ != kg.Place {
				return true
			}
		}
	}
	return false
}

// describedWho returns where the relative clause of a description opens in the words
// a..b-1 of a speaker ("a donor who backs Trump", "another donor, who said …": the
// comma or "who"), when the words before it are a determiner and lower-case words; else
// b. A name inside that clause is someone the speaker is described by, not the speaker.
func (rd *reader) describedWho(a, b int) int {
	if a >= b || !rd.is(a, wA, wAn, wAnother, wOne, wThe) {
		return b
	}
	for k := a + 1; k < b && k <= a+6; k++ {
		if rd.is(k, wWho) || rd.punct(k, ',') && rd.is(k+1, wWho) {
			if k == a+1 || rd.asideNames(k, b) {
				return b // "one man, who gave his name only as Steven,": the clause names him
			}
			return k
		}
		if rd.toks[k].kind != tWord || rd.toks[k].has(fCap) || rd.toks[k].feat&(lxFunc|lxPronoun) != 0 {
			return b
		}
	}
	return b
}

// asideOpeners open the aside of speakerAside.
var asideOpeners = []string{"who", "speaking", "talking", "declining", "requesting", "asking"}

// addressed reports whether the name at token k is the one spoken to, the object of
// "told" ("Ruiz told the Daily Tribune", "told Acme News", "told the Post's Ann Bell"):
// a paper or a person told something is not its speaker.
func (rd *reader) addressed(k int) bool {
	mi := rd.entAt[k]
	if mi < 0 {
		return false
	}
	p := rd.mentions[mi].a - 1
	if rd.is(p, wAposS, wRsquoS) && p > 0 && rd.entAt[p-1] >= 0 {
		p = rd.mentions[rd.entAt[p-1]].a - 1 // the reporter of "the Post's Ann Bell"
	}
	if rd.is(p, wThe) {
		p--
	}
	return rd.is(p, wTold, wTell, wTells, wTelling)
}

// description turns the words a..b-1 into a speaker description: "one neighborhood
// resident" → "a neighborhood resident"; "the official" → the description introduced before.
func (rd *reader) description(a, b int) string {
	for a < b && (rd.punct(a, ',') || rd.toks[a].kind == tDash) {
		a++
	}
	if a >= b {
		return ""
	}
	for b-1 > a && rd.trailingAdverb(b-1) && (b < len(rd.toks) && rd.isSpeech(b) || a > 0 && rd.isSpeech(a-1)) {
		b-- // "a spokesman testily told", "said an opposition spokesman still in Geneva"; not "the lawyers also put"
	}
	head := b - 1
	if rd.toks[head].kind != tWord {
		return ""
	}
	hw := rd.low(head)
	pluralHead := false // "the unions", "monitors": the plural of a head the list holds
	if !isPersonish(hw) {
		if !pluralOfSpeakerHead(hw) {
			return ""
		}
		pluralHead = true
	}
	// the noun phrase that ends in the head: modifiers back to its determiner, not across
	// a conjunction, a verb or another phrase ("an attack senior security officials said")
	st := head
	det := ""
	for st > a && head-st < 6 {
		p := st - 1
		t := &rd.toks[p]
		if t.kind != tWord {
			break
		}
		w := rd.low(p)
		if w == "a" || w == "an" || w == "the" || w == "one" || w == "another" {
			det = w
			break
		}
		if t.feat&(lxFunc|lxSpeech|lxPronoun|lxQual|lxNumWord) != 0 || strings.HasSuffix(w, "ly") ||
			eventNoun(w) != "" && !rd.in(st, compoundHeads) {
			break // "an attack senior security officials said"; but "a fire brigade official"
		}
		st = p
	}
	if hw == "staff" && st == head && rd.is(head-1, wOf) {
		return "" // "the chief of staff told": the chief
	}
	if pluralHead && det != "the" && st != head {
		return "" // "high school students reported", "business services added": a kind of people or an industry, no teller
	}
	if st == head && pluralSpeakerHead(hw) {
		return "" // "the companies", "the two agencies": bodies named elsewhere, which the plural alone does not say
	}
	rest := rd.span(st, b)
	if rest == "" {
		return ""
	}
	// a capital that only starts the sentence is not part of a name ("Authorities said")
	if rd.sentenceInitial(st, rd.sents[rd.sentOf(st)].start) && rd.entAt[st] < 0 && !rd.capSeen.has(rd.tok(st)) && !rd.toks[st].has(fUpper) {
		rest = strings.ToLower(rest[:1]) + rest[1:]
	}
	if pluralHead && det == "the" {
		return rest // "the unions said": not an earlier description's one member
	}
	switch det {
	case "the":
		if p := rd.titledDescription(st-1, b); p != "" {
			return p
		}
		if o := rd.kindDescription(st-1, b); o != "" {
			return o // "the website said": descriptions.go
		}
		if o := rd.namedBody(st-1, b); o != "" {
			return o // "the monitoring group said": descriptions.go
		}
		if o := rd.nationalKind(st-1, b); o != "" {
			return o // "the Japanese company said": definites.go
		}
		r := rd.resolveDescription("the "+rest, st-1)
		if r == rest {
			if o := rd.calledByHead(st, b); o != "" {
				return o // "the coalition said" after "the opposition's Civic Accord coalition"
			}
			if o := rd.spokesBody(st, head); o != "" {
				return o // "the company spokesman said": spokesbodies.go
			}
		}
		return r
	case "a", "an", "one", "another":
		if plural(hw) {
			return rest
		}
		if o := rd.spokesBody(st, head); o != "" {
			return o // "a company spokeswoman said": spokesbodies.go
		}
		return article(rest) + rest
	}
	// no article in the text: the words as they are ("state television", "government officials")
	return rest
}

// trailingAdverb reports whether the word at token k is an adverb between a speaker's
// description and its verb or what follows it: a lower-case word in -ly, or "still",
// "also", "later", "then", "again", "now".
func (rd *reader) trailingAdverb(k int) bool {
	t := &rd.toks[k]
	if t.kind != tWord || t.has(fCap) {
		return false
	}
	w := rd.low(k)
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !isPersonish(w) || rd.is(k, wStill, wAlso, wLater, wThen, wAgain, wNow)
}

// plural reports whether a head noun is plural: "officials", "police", "authorities".
func plural(w string) bool {
	switch w {
	case "police", "media", "military", "staff", "people", "personnel", "press":
		return true
	case "’s":
		return false // a possessive's ending, four bytes long: no plural ("the world’s population")
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3
}

// article is the indefinite article a description takes before s: "an official", "a
// university", and for an initialism the sound of its first letter's name: "a U.S.
// official", "an FBI agent".
func article(s string) string {
	if s == "" {
		return ""
	}
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && (s[1] == '.' || s[1] >= 'A' && s[1] <= 'Z') {
		if strings.IndexByte("AEFHILMNORSX", s[0]) >= 0 {
			return "an "
		}
		return "a "
	}
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "uni") || strings.HasPrefix(l, "eu") || strings.HasPrefix(l, "one") || strings.HasPrefix(l, "use") ||
		strings.HasPrefix(l, "ukr") || strings.HasPrefix(l, "ugand") || strings.HasPrefix(l, "urug") {
		return "a " // "a university", "a European official", "a Ukrainian official"
	}
	switch s[0] | 0x20 {
	case 'a', 'e', 'i', 'o', 'u':
		return "an "
	}
	return "a "
}

// resolveDescription turns "the official" into whom it names: an entity named before
// that the description fits (descriptionEntity: "the administration" after "the Obama
// administration", "the sheriff" after "Sheriff T. Walton", "the company" after "Acme
// Corp"), else the last description with the same head introduced before token at ("a
// senior Turkish official told Reuters"). Both are sought before the quote that closes
// right before at, which is not yet marked in quoteOf: `"He has not spoken to Dana
// Ruiz," the spokeswoman said` is not Ruiz.
func (rd *reader) resolveDescription(desc string, at int) string {
	if !strings.HasPrefix(desc, "the ") {
		return desc
	}
	at = rd.quoteOpenedBefore(at)
	head := lastWord(desc)
	if e := rd.descriptionEntity(desc, at); e != "" {
		return e
	}
	sing := strings.TrimSuffix(head, "s")
	// look back for "a|an|one|two … HEAD(s)" within the article
	for k := at - 1; k >= 0 && k > at-1500; k-- {
		if rd.toks[k].kind != tWord || rd.quoteOf[k] != 0 {
			continue
		}
		w := rd.low(k)
		if w != sing && w != sing+"s" {
			continue
		}
		// walk back to a determiner
		j := k
		for j > 0 && k-j < 5 && (rd.toks[j-1].kind == tWord || rd.toks[j-1].kind == tNum) && !rd.is(j-1, wSaid, wTold, wAnd, wThe) && (rd.toks[j-1].feat&lxFunc == 0 || rd.is(j-1, wA, wAn, wOne, wTwo, wThree, wSeveral, wSome)) {
			j--
			if rd.is(j, wA, wAn, wOne, wTwo, wThree, wSeveral, wSome) {
				break
			}
		}
		if j < k && rd.is(j, wA, wAn, wOne, wTwo, wThree, wSeveral) {
			mid := rd.span(j+1, k)
			if mid == "" {
				continue
			}
			if o := rd.spokesBody(j+1, k); o != "" {
				return o // "a Dravex spokeswoman said … the spokeswoman said": spokesbodies.go
			}
			return article(mid) + mid + " " + sing
		}
	}
	return desc[4:]
}

// isPersonish reports whether w can head a description of a speaker: a role noun or its
// plural ("prosecutors say"), a speaker's head (data/quotes.txt), or the plural in -ies of
// one ("energy companies reported", "according to local utilities").
func isPersonish(w string) bool {
	if roleNouns[w] || len(w) > 4 && strings.HasSuffix(w, "s") && roleNouns[w[:len(w)-1]] {
		return true // "prosecutors say"
	}
	return speakerHeads.has(w) || pluralSpeakerHead(w)
}

// pluralOfSpeakerHead reports whether w is the plural in -s of a speaker's head the list
// holds ("unions", "monitors", "networks"); "services" is an industry's more often than a
// body's ("business services added 10,000 jobs").
func pluralOfSpeakerHead(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "services" && speakerHeads.has(w[:len(w)-1])
}

// pluralSpeakerHead reports whether w is the plural in -ies of a speaker's head that the
// list does not hold itself ("companies", "agencies", "utilities"): a description only
// with a modifier that says which ("energy companies"), never alone ("the companies").
func pluralSpeakerHead(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ies") && !speakerHeads.has(w) && speakerHeads.has(w[:len(w)-3]+"y")
}

// itSubject resolves "it" or "they" at token k of sentence si to an organization, group or
// place: the subject of the sentence's own main clause before it ("France stated … that
// it cannot accept"), else the subject of the sentence before ("NATO member Turkey faces …
// As part of a U.S.-led coalition, it is fighting …").
func (rd *reader) itSubject(si, k, depth int) string {
	s := &rd.sents[si]
	for j := s.start; j < k; j++ {
		e := rd.entityOf(j)
		if e < 0 {
			continue
		}
		m := &rd.mentions[rd.entAt[j]]
		j = m.b - 1
		if rd.ents[e].typ == kg.Person || m.demonym || rd.basedWord(m.b-1) || rd.afterPreposition(m.a, s.start) {
			continue // not "the Oslo-based firm said it": the town only places the firm
		}
		if rd.owner(m.b) && rd.entityOf(m.b+1) >= 0 {
			continue // "Japan's Kiso Data Corp said it": the company, not its country
		}
		return rd.entName(e)
	}
	if si == 0 || depth > 2 {
		return ""
	}
	p := si - 1
	for p > 0 && rd.sents[p].kind != sProse {
		p--
	}
	return rd.subjectOf(p, depth+1)
}

// lowerWordsBetween reports whether tokens a to b-1 are all lower-case words (a verb
// group: "had agreed", "was forced"), with no punctuation or name between; false when
// there are none.
func (rd *reader) lowerWordsBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if rd.toks[k].kind != tWord || rd.toks[k].has(fCap) || rd.entAt[k] >= 0 {
			return false
		}
	}
	return a < b
}

// subjectOf returns the subject of sentence si when it is an entity other than a person:
// the last entity of the noun phrase that opens it ("NATO member Turkey", "Israel's
// foreign ministry"), or what its opening "it" stands for.
func (rd *reader) subjectOf(si, depth int) string {
	s := &rd.sents[si]
	last := ""
	for j := s.start; j < s.b && j < s.start+12; j++ {
		if e := rd.entityOf(j); e >= 0 {
			m := &rd.mentions[rd.entAt[j]]
			if !m.demonym && rd.ents[e].typ != kg.Person {
				last = rd.entName(e)
			} else if rd.ents[e].typ == kg.Person {
				last = ""
			}
			j = m.b - 1
			continue
		}
		if rd.is(j, wIt, wThey) && j == s.start {
			return rd.itSubject(si, j, depth)
		}
		if j == s.start {
			// "As part of a U.S.-led coalition, it is fighting …": what its "it" is
			for k := s.start; k < s.b; k++ {
				if rd.is(k, wIt, wThey) && rd.quoteOf[k] == 0 && rd.punct(k-1, ',') {
					return rd.itSubject(si, k, depth)
				}
			}
		}
		t := &rd.toks[j]
		if rd.is(j, wThe, wA, wAn) || rd.tok(j) == "'s" || rd.tok(j) == "’s" || t.kind == tWord && !t.has(fCap) && t.feat&lxRole != 0 {
			continue // "NATO member Turkey"
		}
		break
	}
	return last
}

// descriptionEntity finds the entity named before token at that "the HEAD" stands for,
// the nearest one within the article's last 1,500 tokens: an organization whose name
// ends in the head ("the administration": "Obama administration"; "the ministry"), a
// person whose title or role word is the head ("the sheriff": "Harvey County Sheriff T.
// Walton"; "the spokesman": "spokesman Adrian Edwards"; "the chief" is no "Deputy Chief
// Mark Bruley", whose office is another), or for a word of businesses
// and bodies ("the company", "the firm", "the group") the last organization. "" when
// none fits or the head is plural.
func (rd *reader) descriptionEntity(desc string, at int) string {
	words := strings.Fields(strings.ToLower(strings.TrimPrefix(desc, "the ")))
	head := words[len(words)-1]
	if plural(head) && head != "police" {
		return ""
	}
	if g, ok := personHeads[head]; ok {
		return rd.nearPerson(g, at)
	}
	anyOrg := len(words) == 1 && (orgDescriptors.has(head) || orgWords.has(head))
	if len(words) == 1 && (head == "company" || head == "firm") {
		if name := rd.salientCompany(at, head); name != "" {
			return name // the story's company: salience.go
		}
	}
	for k := at - 1; k >= 0 && k > at-1500; k-- {
		if rd.entAt[k] < 0 && rd.newReferent(k, head) {
			return "" // "a group of protesters gathered … The group grew": not a name before it
		}
		mi := rd.entAt[k]
		if mi < 0 || rd.quoteOf[k] != 0 {
			continue
		}
		m := &rd.mentions[mi]
		k = m.a
		if m.ent < 0 {
			continue
		}
		e := rd.ents[m.ent]
		switch e.typ {
		case kg.Organization:
			if anyOrg && rd.unitParent(int(m.ent)) >= 0 {
				continue // "Yahoo Japan", a unit: "the company" is its parent, named before it
			}
			if anyOrg && !publicBody(e.name) || strings.ToLower(lastWord(e.name)) == head && qualifiersIn(words, e.name) {
				return e.name
			}
		case kg.Person:
			if roleNouns[head] && len(words) == 1 && (m.role != "" && officeCanon(lastWord(m.role)) == officeCanon(head) && !rd.otherOfficeTitle(m) || rd.roleWordNear(m, head)) {
				return e.name
			}
		}
	}
	return ""
}

// newReferent reports whether token k is the head of an indefinite description that
// brings in something new of the head "the HEAD" refers back to ("Outside, a group of
// protesters gathered … The group grew to about 100"): a nearer antecedent than any
// name before it, so the description stands for no entity named. An indefinite that
// describes a name its sentence gives before it ("Acme, a software company, said", "X
// is a militant group") brings in nothing new, nor does one that only modifies a
// spokesperson ("a company spokesman").
func (rd *reader) newReferent(k int, head string) bool {
	if rd.toks[k].kind != tWord || rd.quoteOf[k] != 0 || rd.low(k) != head {
		return false
	}
	if rd.in(k+1, bodySpokesHeads) {
		return false // "a company spokesman": a spokesman brought in, not a company (spokesbodies.go)
	}
	j := k - 1
	for j >= 0 && k-j <= 4 && rd.toks[j].kind == tWord && !rd.is(j, wA, wAn, wAnother) && rd.toks[j].feat&lxFunc == 0 {
		j-- // "a small militant group": the words between the article and the head
	}
	if j < 0 || !rd.is(j, wA, wAn, wAnother) {
		return false
	}
	for i := rd.sents[rd.sentOf(k)].start; i < j; i++ {
		if e := rd.entityOf(i); e >= 0 && (rd.ents[e].typ == kg.Organization || rd.ents[e].typ == kg.Person) {
			return false
		}
	}
	return true
}

// roleWordNear reports whether the word w stands as a role right before mention m or in
// the appositive after it: "spokesman Adrian Edwards", "Jenes Laerke, spokesman for …".
func (rd *reader) roleWordNear(m *mention, w string) bool {
	for k := m.ta - 1; k >= 0 && k >= m.ta-3 && rd.toks[k].kind == tWord && !rd.toks[k].has(fCap); k-- {
		if rd.low(k) == w {
			return true
		}
	}
	if rd.punct(m.b, ',') {
		for k := m.b + 1; k < len(rd.toks) && k <= m.b+8 && !rd.punct(k, ',') && rd.toks[k].kind != tStop; k++ {
			if rd.low(k) == w {
				return true
			}
		}
	}
	return false
}

// personHeads are the descriptions of a person by sex or age that stand for the person
// just named ("the teenager told NBC" after "Faulkner said"), with the sex they need.
var personHeads = map[string]byte{"woman": 'F', "girl": 'F', "mother": 'F', "daughter": 'F', "wife": 'F',
	"man": 'M', "boy": 'M', "father": 'M', "son": 'M', "husband": 'M', "teenager": 0, "teen": 0, "child": 0}

// nearPerson returns the person named last in the 300 tokens before token at, of the
// sex g when g is not 0 (and only when the article says it), or "".
func (rd *reader) nearPerson(g byte, at int) string {
	for k := at - 1; k >= 0 && k > at-300; k-- {
		if e := rd.entityOf(k); e >= 0 && rd.quoteOf[k] == 0 && rd.ents[e].typ == kg.Person {
			if g == 0 || rd.ents[e].gender == g {
				return rd.entName(e)
			}
			return ""
		}
	}
	return ""
}

// orgWords are the heads of descriptions that stand for the organization named last
// ("the company said", "the school said").
var orgWords = newTokSet(map[string]bool{"company": true, "firm": true, "group": true, "organization": true,
	"organisation": true, "association": true, "school": true, "university": true, "college": true, "institute": true})

// publicBody reports whether an organization's name ends in the head of a public body
// ("Mineral Resources Ministry", "Justice Department"), which "the company" is not.
func publicBody(name string) bool {
	_, ok := lowerOrgHeads[strings.ToLower(lastWord(name))]
	return ok
}

// qualifiersIn reports whether the name holds each word of a description before its
// head ("the sheriff's department" is the Clark County Sheriff's Department, not the
// Fire Department).
func qualifiersIn(words []string, name string) bool {
	n := strings.ToLower(name)
	for _, w := range words[:len(words)-1] {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !strings.Contains(n, w) {
			return false
		}
	}
	return true
}

// relativeBetween reports whether a relative clause opens between tokens a and b ("He
// turned the microphone over to Al Baldasaro, who also skewered the news media,
// saying …": the participle is the relative clause's).
func (d *doc) relativeBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.is(k, wWho, wWhose, wWhich) {
			return true
		}
	}
	return false
}

// nameWithin reports whether tokens a..b-1 open with a name, after determiners and
// descriptive words at most ("…, said David Gray", "…, says student Jeremiah Mandey";
// not "…, said her client resigned", "Clinton, warned against demonizing Muslim
// Americans").
func (rd *reader) nameWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if rd.entityOf(k) >= 0 {
			return true
		}
		if rd.toks[k].kind != tWord || rd.toks[k].feat&(lxFunc|lxPronoun) != 0 && !rd.is(k, wThe, wA, wAn) {
			return false
		}
	}
	return false
}

// personOf returns the person named right before "of (the)" at token a-1, whose
// organization the name at token a is ("Erik Ruiz of the Carvale Institute"), or -1.
func (rd *reader) personOf(a int) int {
	p := a - 1
	if rd.is(p, wThe) {
		p--
	}
	if !rd.is(p, wOf) {
		return -1
	}
	if e := rd.entityOf(p - 1); e >= 0 && rd.ents[e].typ == kg.Person {
		return e
	}
	return -1
}

// itSaidAdverbs may stand between an "it" that speaks and its verb ("It also said").
var itSaidAdverbs = []string{"also", "further", "later", "earlier", "previously", "again"}

// bodyOfKind resolves "the KIND" at a..b-1, the subject of a verb of saying that no
// description reads ("the foundation said", "the council said"), to the last
// organization named before it whose name ends with that kind word
// (descriptionEntity); "" when the words are not "the" and one lower-case word.
func (rd *reader) bodyOfKind(a, b int) string {
	if b-a != 2 || !rd.is(a, wThe) || rd.toks[a+1].kind != tWord || rd.toks[a+1].has(fCap) || rd.toks[a+1].feat&(lxFunc|lxPronoun) != 0 {
		return ""
	}
	kind := rd.low(a + 1)
	si := rd.sentOf(a)
	if si < 0 || si >= len(rd.sents) {
		return ""
	}
	// before the sentence: the quotation it gives is not marked yet ("“… JetBlue …,” the
	// airline says" is American Airlines)
	for k := rd.sents[si].start - 1; k >= 0 && k > a-1500; k-- {
		mi := rd.entAt[k]
		if mi < 0 || rd.quoteOf[k] != 0 {
			continue
		}
		m := &rd.mentions[mi]
		k = m.a
		if m.ent < 0 || rd.ents[m.ent].typ != kg.Organization {
			continue
		}
		if w := strings.ToLower(lastWord(rd.ents[m.ent].name)); w == kind || w == kind+"s" {
			return rd.ents[m.ent].name
		}
	}
	return ""
}

// bodySpokenOf resolves the "it" at token i of "It also said" (an adverb between the
// pronoun and the verb) to the organization that was the subject of one of the five prose
// sentences before (subjectOf), the nearest; "" when none was. A body named only inside a
// clause ("highlighted retailer Westwing"), a product or a place is not what "it" takes up.
func (rd *reader) bodySpokenOf(i int) string {
	si := rd.sentOf(i)
	if si <= 0 || si > len(rd.sents) {
		return ""
	}
	seen := 0
	for p := si - 1; p >= 0 && seen < 5; p-- {
		if rd.sents[p].kind != sProse {
			continue
		}
		seen++
		if o := rd.subjectOf(p, 1); o != "" && rd.typeOfName(o) == kg.Organization && !strings.EqualFold(o, "it") {
			return o
		}
	}
	return ""
}

// otherOfficeTitle reports whether mention m's title or role is another office than its
// last word: "Deputy Chief Ann Cole" is no chief, "vice president" no president
// (otherOffices) before its last word; "Police Chief Tom Vale" is a chief, "U.S.
// Attorney Ann Lee" an attorney.
func (rd *reader) otherOfficeTitle(m *mention) bool {
	for k := m.ta; k < m.a-1; k++ {
		if rd.in(k, otherOffices) {
			return true
		}
	}
	f := strings.Fields(strings.ToLower(m.role))
	return len(f) > 1 && otherOffices.has(f[len(f)-2])
}

// theyOfPersons reports whether the "they" at token i follows a prose sentence whose
// subject is persons joined by "and" (opensWithPersons): the persons speak, no body.
func (rd *reader) theyOfPersons(i int) bool {
	si := rd.sentOf(i)
	return rd.is(i, wThey) && si > 0 && si < len(rd.sents) && rd.sents[si-1].kind == sProse && rd.opensWithPersons(si-1)
}

// opensWithPersons reports whether sentence p's subject is persons joined by "and": a
// person named first after any fronted clause, then "and" ("Ann Cole and Rob Hill
// pressed …", "Senators Ann Cole of Ohio and Rob Hill of Iowa, both Democrats, …",
// "Cole and other state leaders affirmed …"). Not "Ann Cole pressed …" alone.
func (rd *reader) opensWithPersons(p int) bool {
	s := &rd.sents[p]
	k := rd.frontedClauseEnd(s.start, s.b)
	if k < 0 || k >= s.b {
		return false
	}
	for n := 0; n < 3 && k < s.b-1 && rd.entAt[k] < 0 && rd.toks[k].kind == tWord && (rd.toks[k].has(fCap) || rd.toks[k].feat&lxRole != 0); n++ {
		k++ // a title: "Senators Ann Cole", "Governor Ann Cole"
	}
	mi := rd.entAt[k]
	if mi < 0 || rd.mentions[mi].ent < 0 || rd.ents[rd.mentions[mi].ent].typ != kg.Person {
		return false
	}
	j := rd.mentions[mi].b
	if rd.is(j, wOf) && j+1 < len(rd.entAt) && rd.entAt[j+1] >= 0 {
		j = rd.mentions[rd.entAt[j+1]].b // "Ann Cole of Ohio and …"
	}
	return rd.is(j, wAnd)
}
