package extraction

import (
	"strings"
	"unsafe"

	"github.com/factgraph/kg"
)

// Subjects: what a figure of no event is about, named the way other reports name it,
// so that the store can hold the reports of one subject's figures together (a
// lottery's jackpot, a company's market value, a government's funding request). A
// figure's own words may name its owner ("LinkedIn's shares", "the Powerball jackpot",
// "profit at BNSF": the entity amountOf found); else it is about the article's topic:
// the entity its headline names that the article names most (a report whose headline
// names nothing is about nothing the store can track).

// subjects gives each figure of no event of figs its subject.
func (ff *figureFinder) subjects(figs []figureCand) {
	topic := -2            // not yet looked for
	var named []figureCand // the figures given a subject so far, for "the jackpot" (definiteOwner)
	for i := range figs {
		c := &figs[i]
		if c.f.Event >= 0 || bareMeasure(c.f.Measure) {
			continue
		}
		if ff.threshold(c) {
			continue // "the 1,237 delegates needed to win the nomination": no one's count
		}
		if topic == -2 {
			topic = ff.strongTopic()
		}
		ff.subjectOf(c, topic, named)
		if c.f.Subject != "" {
			named = append(named, *c)
		}
	}
	for i := range figs {
		if c := &figs[i]; c.f.Subject != "" && ff.basedOnly(c.f.Sentence, c.f.Subject) {
			c.f.Subject = "" // "the Silicon Valley-based startup is attaching …": the startup's, not the valley's
		}
	}
}

// basedOnly reports whether the place name is named in sentence si only where a body is
// based ("the San Francisco-based startup", "The Redwood City, California-based
// company's shares"): the body speaks or counts, never the place of its seat.
func (ff *figureFinder) basedOnly(si int, name string) bool {
	s := &ff.sents[si]
	found := false
	for k := s.start; k < s.b; k++ {
		mi := ff.entAt[k]
		if mi < 0 || ff.mentions[mi].a != k || ff.mentions[mi].ent < 0 || ff.entName(ff.mentions[mi].ent) != name {
			continue
		}
		if ff.ents[ff.mentions[mi].ent].typ != kg.Place || !ff.bodyCompoundPlace(&ff.mentions[mi]) {
			return false
		}
		found = true
	}
	return found
}

// threshold reports whether figure c is what something needs, not what anyone has:
// "the 1,237 delegates needed to win the nomination", "the five votes needed for a
// win", "the required 1,237 delegates", "the 1,237 delegates he needs". Filed under the candidate its sentence names, it
// would read as the candidate's count.
func (ff *figureFinder) threshold(c *figureCand) bool {
	s := &ff.sents[c.f.Sentence]
	if ff.is(c.tok-1, wRequired, wNeeded) {
		return true
	}
	for k := c.tok + 1; k < s.b && k <= c.tok+4; k++ {
		if ff.is(k, wNeeded, wRequired) || ff.is(k, wNeeds, wNeed) && ff.is(k-1, wHe, wShe, wIt, wThey, wWe) {
			return true // "the 1,237 delegates he needs to clinch the nomination"
		}
		if ff.toks[k].kind != tWord && ff.toks[k].kind != tNum || ff.is(k, wThat, wWho, wWhich, wAnd, wOr, wOf, wTo) {
			return false // "27 EU counterparts that he needed", "319 of the 1,237 delegates needed"
		}
	}
	return false
}

// subjectOf gives figure c of no event its subject, if its words or (for a figure that
// counts no casualties) its clause name one, else the article's strong topic (or -1) when its sentence names it, else the
// subject of an earlier figure that a definite noun of its sentence refers to.
func (ff *figureFinder) subjectOf(c *figureCand, topic int, named []figureCand) {
	if ff.placeCountOpensClause(c) {
		return // "when 12 states were voting", "11 states have concluded investigations" (countedstates.go)
	}
	if e := ff.rivalShare(c); e >= 0 {
		c.f.Subject = ff.subjectName(e) // "Trump led with 38 percent to 27 percent for Cruz": Cruz's
		return
	}
	if e := ff.pairedRival(c, named); e >= 0 {
		c.f.Subject = ff.subjectName(e) // "Clinton with an edge over Trump, 46 percent to 35 percent": Trump's (pollpairs.go)
		return
	}
	if e := ff.amountOwner(c); e >= 0 {
		c.f.Subject = ff.subjectName(e) // "veto Kestrel's $10 billion bid": Kestrel's (amountowners.go)
		return
	}
	if e, found := ff.sizeOwner(c); found {
		if e >= 0 {
			c.f.Subject = ff.subjectName(e) // "the 28-nation European Union", "Wire, a 50-person start-up"
		}
		return
	}
	if c.subj >= 0 {
		if e := ff.entityOf(c.subj); e >= 0 {
			c.f.Subject = ff.subjectName(e)
			return
		}
	}
	if p := c.qa - 1; p > 0 && ff.possessive(p) && c.f.Unit == "" &&
		!(c.tok+1 < len(ff.toks) && ff.toks[c.tok+1].has(fCap)) { // not "Standard & Poor's 500 Index": a name
		if e := ff.entityOf(p - 1); e >= 0 && !ff.mentions[ff.entAt[p-1]].demonym && ff.ents[e].typ != kg.Place {
			c.f.Subject = ff.subjectName(e) // "Clinton has 2,165 to Sanders' 1,357 delegates": Sanders's
			return
		}
	}
	if casualtyClass(kg.MeasureClass(c.f.Measure)) {
		// a toll of no event is about its event, which the sentence does not settle:
		// never the article's topic or the clause's subject ("Apple must unlock the
		// phone of Farook, who killed 14 people": not Apple's dead; "FBI agents
		// questioned a member of the mosque attended by the man who shot 49 people"),
		// only the killer named as the killing's subject
		if e := ff.clauseSubject(c); e >= 0 && ff.killerOf(c, e) {
			c.f.Subject = ff.subjectName(e) // "the group said it had killed about 100 soldiers"
		}
		return
	}
	if c.level {
		return // "the yen was at 118.47 per dollar": the yen's, no entity's
	}
	if topic >= 0 && ff.purposeNames(c, topic) {
		c.f.Subject = ff.subjectName(topic) // "asking Congress for $1.8 billion to fight the Zika virus"
		return
	}
	if e := ff.clauseOwner(c); e >= 0 {
		c.f.Subject = ff.subjectName(e) // "Cruz has 465 delegates", "Kurnos raised his target to $915"
		return
	}
	if e, found := ff.clauseBacked(c); found {
		if e >= 0 {
			c.f.Subject = ff.subjectName(e) // "31 percent would support Trump"
		}
		return
	}
	if e := ff.clauseSubject(c); e >= 0 {
		c.f.Subject = ff.subjectName(e) // "Supercell, which made close to $1 billion", "Nokia dominated 40 percent"
		return
	}
	if topic >= 0 && (ff.topicInClause(c, topic) || ff.ents[topic].typ == kg.Organization && ff.companyWord(c.f.Sentence)) {
		c.f.Subject = ff.subjectName(topic) // "the record $1.6 billion jackpot" in a report on Powerball
		return
	}
	c.f.Subject = ff.definiteOwner(c, named) // "The jackpot is worth $930 million" after "the Powerball jackpot"
}

// definiteOwner returns the subject of the latest earlier figure of named whose
// measure's head noun opens figure c's sentence with "the" ("The jackpot is worth $930
// million" after the Powerball jackpot's $1.5 billion; "The request would also give
// $250 million" after Zika's $1.8 billion funding request), or "". A noun the sentence
// opens with is what it is about; one further in may be another's ("Pfizer said its
// tax rate would drop after the deal"). Only a singular noun refers back so: "the
// cases", "the people" may be any.
func (ff *figureFinder) definiteOwner(c *figureCand, named []figureCand) string {
	s := &ff.sents[c.f.Sentence]
	if !ff.is(s.start, wThe) || s.start+1 >= s.b || ff.is(s.start+2, wOf) {
		return ""
	}
	noun := ff.low(s.start + 1)
	for j := len(named) - 1; j >= 0; j-- {
		p := &named[j]
		if p.f.Sentence >= c.f.Sentence {
			continue
		}
		f := strings.Fields(p.f.Measure)
		if len(f) == 0 {
			continue
		}
		if head := strings.ToLower(f[len(f)-1]); head == noun && !plural(head) && !bareMeasure(head) && len(head) >= 3 {
			return p.f.Subject
		}
	}
	return ""
}

// purposeNames reports whether an amount of money is for the article's topic, named in
// the purpose that follows it: "$1.8 billion to respond to the Zika virus", "$1.8
// billion to help get ready to fight the Zika virus", "$26 billion for LinkedIn". What
// the money is asked or paid for is what other reports file it under, whoever asks.
func (ff *figureFinder) purposeNames(c *figureCand, topic int) bool {
	if c.f.Unit != "USD" {
		return false
	}
	s := &ff.sents[c.f.Sentence]
	k := c.tok + 1
	for k < s.b && k < c.tok+4 && !ff.is(k, wTo, wFor) {
		if ff.toks[k].kind != tWord && ff.toks[k].kind != tNum {
			return false
		}
		k++
	}
	if !ff.is(k, wTo, wFor) {
		return false
	}
	for j := k + 1; j < s.b && j < k+10; j++ {
		if ff.toks[j].kind != tWord || ff.is(j, wAnd, wOr, wBut, wWhich, wThat, wWhile) {
			return false // the purpose ends at a clause's end
		}
		if ff.is(j, wWithin, wFrom, wOf, wIn, wOn, wWith, wBy, wAt) {
			return false // the topic is where or whose, not what for: "to support their interests within the U.N."
		}
		if ff.entityOf(j) == topic {
			m := &ff.mentions[ff.entAt[j]]
			return !ff.is(m.b, wAposS, wRsquoS) // "to cover Tamir's treatment", "to Ali's $3.5 million": the topic owns the purpose
		}
	}
	return false
}

// namedIn reports whether entity e is named in sentence si: a figure whose sentence
// does not name the topic may count something else.
func (rd *reader) namedIn(e, si int) bool {
	s := &rd.sents[si]
	for i := s.a; i < s.b; i++ {
		if rd.entityOf(i) == e {
			return true
		}
	}
	return false
}

// topicInClause reports whether figure c's sentence names entity e, the article's
// topic, before the figure (or, for a person, has a "he" or "she" there that stands
// for them), or after it in the figure's own clause: up to the next comma, semicolon,
// colon, dash, "while" or "whereas" (past the comma that closes an opening phrase the
// figure is in: "After losses in five contests, Acme ..."), or as the source of a
// closing ", Acme said". A name only in a phrase after the figure's clause is not its
// owner: in a report on Acme, "the market grew 9 percent, led by Acme" and "Zed sold
// 40 cars while Acme sold 12" give the 9 percent and the 40 cars no subject.
func (ff *figureFinder) topicInClause(c *figureCand, e int) bool {
	s := &ff.sents[c.f.Sentence]
	for k := s.a; k < c.tok; k++ {
		if ff.entityOf(k) == e {
			return true
		}
		if ff.ents[e].typ == kg.Person && ff.is(k, wHe, wShe) && ff.pronoun(k) == ff.ents[e].name && ff.pronounOwns(k, c.tok) {
			return true // "During her career, she would win three Emmy Awards" in a report on her
		}
	}
	fronted := ff.is(s.start, wIn, wAt, wAs, wAfter, wBefore, wDuring, wDespite, wWith, wSince, wFor, wWhen, wIf, wAlthough)
	clause := true
	for k := c.tok; k < s.b; k++ {
		if ff.punct(k, ',') && fronted {
			fronted = false // the comma that closes the opening phrase: the main clause follows
			continue
		}
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.punct(k, ':') || ff.toks[k].kind == tDash || ff.is(k, wWhile, wWhereas) {
			clause = false
			fronted = false
		}
		if clause && ff.laterClauseWord(c, k, e) {
			clause = false // "Lamar led with five wins but was shut out as Swift nabbed album of the year": not Swift's wins
		}
		if ff.entityOf(k) != e {
			continue
		}
		if clause {
			return true
		}
		m := &ff.mentions[ff.entAt[k]]
		if m.a == k && (ff.punct(k-1, ',') || strings.HasSuffix(ff.low(k-1), "-based")) && (ff.isSpeech(m.b) || ff.isSourceVerb(m.b)) {
			return true // "Sales rose 0.7 percent to 8.5 billion euros, Acme said", "…, Ohio-based Acme said"
		}
		if ff.is(m.b, wAposS, wRsquoS) {
			return true // "the unit's profit was $7.8 billion, below that of Acme's chip division": a possessive claims the sentence's figures
		}
		if j := k - skipDeterminer(ff.doc, k-1); ff.is(j-1, wTo) && ff.is(j-2, wAccording) {
			return true // "The jackpot is worth $313 million in cash, according to the Acme Lottery website"
		}
	}
	return false
}

// laterClauseWord reports whether token k, after a figure, opens another clause than
// the figure's: a subordinator ("as", "if", "when", "because", "after", "but") or a
// relative word ("who", "which", "that", "where"). The topic named in that clause is
// what that clause is about, not what the figure counts ("16 million Britons who voted
// to stay in the EU", "… five wins … as Taylor Swift nabbed album of the year"); an
// object relative on the counted noun whose subject is the topic is the topic's ("the 22
// emails that Clinton sent", "the four options that Apple had suggested"), and so is
// the subject of a subordinate clause when the main clause names no one before the
// figure ("operating income more than doubled to 24 billion yen as Sony cut spending")
// and a teller named with a comma (topicInClause).
func (ff *figureFinder) laterClauseWord(c *figureCand, k, e int) bool {
	if ff.toks[k].kind != tWord || !ff.is(k, wAs, wIf, wWhen, wBecause, wAfter, wBefore, wSince, wBut, wWho, wWhose, wWhich, wThat, wWhere, wUntil, wUnless, wAlthough, wThough) {
		return false
	}
	if ff.is(k, wAs) && !ff.is(k+1, wHe, wShe, wIt, wThey, wWe) && (ff.entityOf(k+1) < 0 || ff.entityOf(k+1) == e && !ff.toks[k+1].has(fCap)) {
		return false // "as much as", "software as a service": no clause
	}
	j := k + 1 + skipDeterminer(ff.doc, k+1)
	if ff.entityOf(j) != e {
		return true
	}
	if ff.is(k, wThat, wWhich) {
		return false // "the 22 emails that Clinton sent"
	}
	if ff.is(k, wWho, wWhose, wWhere, wBut) {
		return true
	}
	for i := ff.sents[c.f.Sentence].start; i < c.tok; i++ {
		if ff.entAt[i] >= 0 {
			return true // "Lamar led with five wins … as Taylor Swift nabbed": the main clause names its own
		}
	}
	return false // "But operating income more than doubled to 24 billion yen as Sony cut spending": the topic's own clause
}

// pronounOwns reports whether the "he" or "she" at token k is the subject of the
// clause of the figure at token fig: no speech verb, "where", "which", "who" or "that"
// "when", or name of a person or an organization comes between them ("She won three
// Emmy Awards"; not "He said the 28-nation bloc …", "He cited a dinner where guests
// will pay $33,400").
func (ff *figureFinder) pronounOwns(k, fig int) bool {
	for j := k + 1; j < fig; j++ {
		if ff.isSpeech(j) || ff.isSourceVerb(j) || ff.is(j, wWhere, wWhen, wWhich, wWho, wThat) {
			return false
		}
		if e := ff.entityOf(j); e >= 0 && (ff.ents[e].typ == kg.Person || ff.ents[e].typ == kg.Organization) {
			return false // another actor: "if he wins, when Acme plans a $125 million campaign"
		}
	}
	return true
}

// memberNouns count the members of what a compound adjective's noun names ("the
// 28-nation bloc", "a six-person jury").
var memberNouns = map[string]bool{"nation": true, "country": true, "member": true, "person": true, "seat": true, "state": true}

// sizeOwner reads a count in a compound adjective after "the", "a" or "an" ("quit the
// 28-nation bloc", "a six-person jury"): the size of the noun it describes, not a
// figure of the clause's subject ("Britons vote on whether to quit the 28-nation bloc"
// is no count of Britons'). found is true with the entity the noun is ("the 28-nation
// European Union", "Wire, a 50-person start-up"), or -1; false for other figures.
func (ff *figureFinder) sizeOwner(c *figureCand) (e int, found bool) {
	k := c.tok
	if k < 1 || k+2 >= len(ff.toks) || !ff.is(k-1, wThe, wA, wAn) || ff.low(k+1) != "-" || !memberNouns[ff.low(k+2)] {
		return -1, false
	}
	if e := ff.entityOf(k + 3); e >= 0 && ff.mentions[ff.entAt[k+3]].a == k+3 && !ff.mentions[ff.entAt[k+3]].demonym && ff.subjectType(e) {
		return e, true // "the 193-member U.N. General Assembly"
	}
	if !ff.is(k-1, wThe) && k >= 3 && ff.punct(k-2, ',') {
		if e := ff.entityOf(k - 3); e >= 0 && ff.mentions[ff.entAt[k-3]].b == k-2 && ff.subjectType(e) {
			return e, true // "The Wassenaar Arrangement, a 41-country agreement"
		}
	}
	return -1, true
}

// companyWord reports whether sentence si refers to a company without naming it ("price
// target on the stock", "the company's shares"): in a report about a company, that
// company.
func (ff *figureFinder) companyWord(si int) bool {
	s := &ff.sents[si]
	for i := s.start + 1; i < s.b; i++ {
		if ff.is(i-1, wThe) && ff.is(i, wStock, wCompany, wShares, wFirm) {
			return true
		}
	}
	return false
}

// strongTopic returns the article's topic (articleTopic) when the article is plainly
// about it: a thing or an organization its headline names and its text names at least
// three times; or -1. A person or a place the headline names is where or who, not what
// a figure counts, and a name the text gives once is no topic ("Maybe" in a headline).
func (ff *figureFinder) strongTopic() int {
	t := ff.articleTopic()
	if t < 0 || ff.ents[t].mentions < 3 || ff.ents[t].typ == kg.Place || ff.ents[t].typ == kg.Group {
		return -1
	}
	return t
}

// clauseSubject returns the entity that the clause of a figure of no event is about:
// the antecedent of the relative clause it is in ("Supercell, which made close to $1
// billion"), else the entity that opens its clause, after the last comma, semicolon or
// "that" before it or at the sentence's start ("Nokia dominated around 40 percent";
// "Swift, the linchpin of the system, is used by about 11,000 banks"), or what an
// opening "it" or "the company" stands for; or -1. A figure whose clause opens with no
// entity ("hackers tried to steal nearly $1 billion") has no subject: the article's topic
// is not the subject of every figure it reports.
func (ff *figureFinder) clauseSubject(c *figureCand) int {
	s := &ff.sents[c.f.Sentence]
	if e := ff.possessedPhrase(c); e >= 0 {
		return e // "who ended Tarsk's run of eight straight wins" (relsubjects.go)
	}
	for k := c.tok - 1; k >= s.start && k >= c.tok-40; k-- {
		switch {
		case ff.toks[k].kind == tOpenQ || ff.toks[k].kind == tCloseQ:
			return -1
		case ff.is(k, wWhich, wWho, wWhose) || ff.is(k, wThat) && ff.clauseOf(k+1) != 0:
			if ff.clauseOf(k+1) == 0 || ff.clauseOf(k+1) != ff.clauseOf(c.tok) {
				continue // a relative clause the figure is not in ("Moritz, the chairman of Sequoia who owns …, lost $56 million")
			}
			j := k - 1
			if j < s.start {
				return -1 // "Who …" opening its sentence: no antecedent in it
			}
			if ff.punct(j, ',') || ff.toks[j].kind == tDash { // "Aliso Canyon—which has 115 wells"
				j--
			}
			if e := ff.entityOf(j); e >= 0 && ff.mentions[ff.entAt[j]].b == j+1 && ff.subjectType(e) {
				if a, found := ff.relAntecedent(k, j, e); found {
					return a // "offices in Belmora, which employ", "a senator from Velm who" (relsubjects.go)
				}
				return e
			}
			// an owner's noun phrase: "Finland's economic malaise that has pushed unemployment"
			for o := j; o > j-4 && o > s.start; o-- {
				if ff.is(o, wAposS, wRsquoS) {
					if e := ff.entityOf(o - 1); e >= 0 && ff.subjectType(e) {
						return e
					}
					break
				}
				if ff.toks[o].kind != tWord {
					break
				}
			}
			return -1
		case ff.isSpeech(k) || ff.isSourceVerb(k):
			if ff.is(k+1, wThat) {
				k++
			}
			return ff.clauseOpener(k+1, c.tok, false) // what was said: "X said the army had shelled three villages"
		case ff.is(k, wThat) && ff.saidBefore(k) || ff.punct(k, ';') || ff.punct(k, ':') || ff.toks[k].kind == tDash:
			return ff.clauseOpener(k+1, c.tok, false)
		case ff.punct(k, ','):
			if e := ff.clauseOpener(k+1, c.tok, false); e >= 0 {
				return e
			}
			if ff.is(k+1, wWhile, wWhereas, wBut, wAlthough, wThough) {
				// a clause of its own after the comma: "Clinton leads by 200 delegates,
				// while Trump leads Cruz by around 100 delegates" is Trump's
				if e := ff.clauseOpener(k+2, c.tok, false); e >= 0 {
					return e
				}
			}
		}
	}
	if c.tok-s.start > 40 {
		return -1
	}
	if e, ok := ff.frontedOwner(c); ok {
		return e
	}
	return ff.clauseOpener(s.start, c.tok, true)
}

// frontedOwner reads a figure in a phrase that opens its sentence before the clause's
// subject ("With four conservative justices and four liberals, the court is split";
// "Despite 300 store closures, Acme expects"): the figure is what that subject has or
// went through, found true with the entity that opens the clause after the phrase's
// comma (or -1). found is false for a figure in no such phrase.
func (ff *figureFinder) frontedOwner(c *figureCand) (e int, found bool) {
	s := &ff.sents[c.f.Sentence]
	if !ff.is(s.start, wWith, wDespite, wHaving) {
		return -1, false
	}
	owned := false // a possessive, then a verb before the figure: "Despite his network losing 7 million subscribers, Skipper …" is the network's
	for k := s.start + 1; k < c.tok; k++ {
		w := ff.low(k)
		if ff.is(k, wHis, wHer, wIts, wTheir, wAposS, wRsquoS) {
			owned = true
		} else if owned && ff.toks[k].kind == tWord && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && len(w) > 4 {
			return -1, true
		}
	}
	for k := c.tok + 1; k < s.b && k < c.tok+25; k++ {
		if ff.is(k, wIn, wOf, wAt) {
			if e := ff.entityOf(k + 1 + skipDeterminer(ff.doc, k+1)); e >= 0 && ff.ents[e].typ == kg.Organization {
				return -1, true // "With 150 seats in the House of Representatives, the coalition": the House's
			}
		}
		if ff.toks[k].kind == tOpenQ || ff.toks[k].kind == tCloseQ || ff.punct(k, ';') || ff.toks[k].kind == tDash {
			return -1, false
		}
		if ff.punct(k, ',') {
			return ff.clauseOpener(k+1, s.b, false), true
		}
		if w := ff.low(k); ff.toks[k].kind == tWord && strings.HasSuffix(w, "ed") && len(w) > 4 {
			return -1, true // "With 21% of votes counted, Trump leads": a share of what is done, no one's
		}
	}
	return -1, false
}

// saidBefore: the "that" at token k opens what someone said ("said on Monday that").
func (ff *figureFinder) saidBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if ff.isSpeech(j) || ff.isSourceVerb(j) {
			return true
		}
	}
	return false
}

// clauseOpener returns the entity whose name opens the clause at token a, before token
// end, when it is the clause's subject: not a name that qualifies a noun after it ("A
// Tennessee woman", "the Nokia veterans"); or what an opening "it" or "the company"
// stands for; or -1.
func (ff *figureFinder) clauseOpener(a, end int, apposition bool) int {
	if ff.is(a, wEach, wSome, wMany, wMost, wAll, wNone) && ff.is(a+1, wOf) {
		a += 2 // "Each of Apple's eight board members"
	}
	indefinite := ff.is(a, wA, wAn)
	if ff.is(a, wThe, wA, wAn) {
		a++
	}
	if a >= end {
		return -1
	}
	if indefinite && ff.indefiniteModifier(a) {
		return -1 // "A U.S. appeals court overturned a $120 million verdict" (relsubjects.go)
	}
	if ff.is(a, wIt) || ff.is(a-1, wThe) && ff.toks[a].kind == tWord && !ff.toks[a].has(fCap) && ff.entityOf(a) < 0 {
		if e, ok := ff.definiteOpener(a); ok {
			return e
		}
	}
	a = ff.skipDescription(a, end) // "Chinese telecom equipment maker ZTE Corp will set up a $180 million fund"
	e := ff.entityOf(a)
	if e < 0 {
		if e = ff.shortNamed(a); e >= 0 && a+1 < end && ff.is(a+1, wShares, wStock) {
			return e // "Acme shares rose 2 percent": Acme Corp's
		}
		return -1
	}
	if ff.mentions[ff.entAt[a]].a != a || ff.mentions[ff.entAt[a]].demonym || !ff.subjectType(e) {
		return -1
	}
	b := ff.mentions[ff.entAt[a]].b
	if b >= end || ff.isSpeech(b) || ff.isSourceVerb(b) || !apposition && (ff.punct(b, ',') || ff.is(b, wAnd, wOr)) {
		return -1 // the source ("The Weather Service said 22 inches fell"), a place after a place ("Kansas City, Missouri"), an item of a list
	}
	if ff.ents[e].typ == kg.Other && b+1 < end && ff.toks[b].kind == tWord && !ff.toks[b].has(fCap) && ff.in(b, productMakerNouns) {
		return -1 // "the iPhone maker will donate proceeds from 27 apps": its maker's, not the phone's
	}
	if ff.ents[e].typ == kg.Place && ff.is(b, wAposS, wRsquoS) && b+1 < end {
		// a place's own body or person opens the clause: "Norland's Vexon Corp agreed to
		// pay $40 million" is Vexon's, not Norland's ("Norland's economy grew" stays)
		if o := ff.entityOf(b + 1); o >= 0 && ff.mentions[ff.entAt[b+1]].a == b+1 && (ff.ents[o].typ == kg.Organization || ff.ents[o].typ == kg.Person) {
			return ff.clauseOpener(b+1, end, apposition)
		}
		// or describes the name before its comma: "Tencent, China's largest social
		// network, closed up …" is Tencent's
		if ff.punct(a-1, ',') && a-2 >= 0 {
			if o := ff.entityOf(a - 2); o >= 0 && ff.mentions[ff.entAt[a-2]].b == a-1 && (ff.ents[o].typ == kg.Organization || ff.ents[o].typ == kg.Person) {
				return o
			}
		}
	}
	if t := &ff.toks[b]; t.kind == tWord && !t.has(fCap) && t.feat&lxRole != 0 && b+1 < end {
		// the employer before a role and its holder, the figure in an aside on the holder:
		// "Barclays analyst Brian Johnson, with a $165 price target, …" is the analyst's (not
		// "Acme analyst Ann Lee forecasts proceeds of $30 billion")
		if p := ff.entityOf(b + 1); p >= 0 && ff.ents[p].typ == kg.Person && ff.mentions[ff.entAt[b+1]].a == b+1 && ff.punct(ff.mentions[ff.entAt[b+1]].b, ',') {
			return ff.clauseOpener(b+1, end, apposition)
		}
	}
	if t := &ff.toks[b]; t.kind == tNum || t.kind == tWord && (t.has(fCap) && !ff.is(b, wAposS, wRsquoS) ||
		t.feat&(lxPersonNoun|lxRole|lxGroup|lxOrgHead|lxPlaceHead) != 0) {
		return -1 // "A Tennessee woman", "Nokia veterans"
	}
	return e
}

// definiteOpener returns what an opening "it", "the company" (the headline's company, else
// the nearest one named before), "the court" (the nearest organization named so) or "the
// country" (the nearest place named before that is one) stands for, found true; found
// false when the word at token a is no such reference.
func (ff *figureFinder) definiteOpener(a int) (e int, found bool) {
	w := ff.low(a)
	// "the company" and a few more stand for any organization; another head only for one
	// whose name ends in it ("the court": the Supreme Court). "The startup" after "talking
	// to SpaceX" is seldom SpaceX: the nearest organization is too loose a guess for it.
	isOrg := ff.is(a, wCompany, wFirm, wGroup, wBank, wAgency) ||
		ff.toks[a].feat&lxOrgHead != 0 && !orgDescriptors.has(w) && !orgWords.has(w)
	if w != "it" && !isOrg && placeWords[w] == "" {
		return -1, false
	}
	if ff.isSpeech(a+1) || ff.isSourceVerb(a+1) {
		return -1, true // "It said the group took 400 hostages"
	}
	name := ""
	switch {
	case w == "it":
		name = ff.itSubject(ff.sentOf(a), a, 0)
	case placeWords[w] != "":
		for j := a + 2; ff.is(a+1, wAposS, wRsquoS) && j < len(ff.toks) && j <= a+4 && ff.toks[j].kind == tWord; j++ {
			if ff.toks[j].feat&lxRole != 0 {
				return -1, true // "Kabore, the nation's former prime minister, won": a person described
			}
		}
		return ff.placeDescription(w, a), true
	case w == "company" || w == "firm":
		// the company is the article's own, when its headline names one
		if t := ff.articleTopic(); t >= 0 && ff.ents[t].typ == kg.Organization {
			return t, true
		}
		fallthrough
	default:
		name = ff.descriptionEntity("the "+w, a)
	}
	for e, ent := range ff.ents {
		if name != "" && !ent.dropped && ent.name == name && ff.subjectType(e) {
			return e, true
		}
	}
	return -1, true
}

// placeWords: the nouns by which a report refers back to a place it named, and which
// kind of place each stands for.
var placeWords = map[string]string{"country": "country", "nation": "country", "city": "town", "town": "town"}

// placeDescription returns the place "the country" or "the city" (word w, at token a)
// refers back to: the nearest place named before it (not by a demonym: "Norwegian" says
// whose, not which country), outside quotes, that is a country
// (for "the country", "the nation") or a town (for "the city", "the town"); or -1.
// "Belmora is a small country on the coast. The country's technology sector employs
// 7,000 programmers."
func (ff *figureFinder) placeDescription(w string, a int) int {
	kind := placeWords[w]
	for k := a - 1; k >= 0 && k > a-1500; k-- {
		mi := ff.entAt[k]
		if mi < 0 || ff.quoteOf[k] != 0 {
			continue
		}
		m := &ff.mentions[mi]
		k = m.a
		if m.ent < 0 || m.demonym || ff.ents[m.ent].dropped || ff.ents[m.ent].typ != kg.Place {
			continue
		}
		name := ff.ents[m.ent].name
		_, country := countryNames[name]
		if kind == "country" && country || kind == "town" && !country && !usStates[name] && ff.town(name) {
			return m.ent
		}
	}
	return -1
}

// skipDescription returns where the name a description opening the clause at token a
// describes begins: a run of up to six lowercase words or demonyms ending in an
// organization's descriptor or a role ("Chinese telecom equipment maker ZTE Corp",
// "online retailer Acme"), or a itself.
func (ff *figureFinder) skipDescription(a, end int) int {
	for k := a; k < end && k < a+7; k++ {
		if mi := ff.entAt[k]; mi >= 0 {
			m := &ff.mentions[mi]
			if m.a == k && (m.demonym || k == a && ff.placeBeforeDescription(k, m.b, end)) {
				k = m.b - 1
				continue
			}
			if k > a && m.a == k && (ff.in(k-1, orgDescriptors) || ff.toks[k-1].feat&lxRole != 0) && !ff.toks[k-1].has(fCap) {
				return k
			}
			return a
		}
		if ff.toks[k].kind != tWord || ff.toks[k].has(fCap) && k > a || ff.toks[k].feat&(lxFunc|lxSpeech) != 0 {
			return a
		}
	}
	return a
}

// placeBeforeDescription reports whether the place named at tokens a..b-1 opens a
// description of a name as its first modifier, as a demonym would: "U.S. data analytics
// firm Qlik Technologies agreed to sell itself for about $3 billion", "U.S. chipmaker
// Intel Corp sold $915 million of bonds" are Qlik's and Intel's, not the United States'.
// A lowercase word must follow the place; skipDescription still needs the descriptor and
// the name after it. fig150 (8 of the open corpus's 650 figures with a place subject).
func (ff *figureFinder) placeBeforeDescription(a, b, end int) bool {
	e := ff.entityOf(a)
	return e >= 0 && ff.ents[e].typ == kg.Place && b < end && ff.toks[b].kind == tWord && !ff.toks[b].has(fCap)
}

// shortNamed returns the organization whose name is the word at token a and a company
// suffix ("Acme" for "Acme Corp"), or -1.
func (ff *figureFinder) shortNamed(a int) int {
	w := ff.tok(a)
	if ff.toks[a].kind != tWord || !ff.toks[a].has(fCap) {
		return -1
	}
	for e, ent := range ff.ents {
		if rest, ok := strings.CutPrefix(ent.name, w+" "); ok && !ent.dropped && ent.typ == kg.Organization && corpSuffix.hasLower(rest) {
			return e
		}
	}
	return -1
}

// subjectType: people, organizations, groups and things can own a figure; a place too
// ("Finland, whose technology sector shed 15,000 jobs").
func (ff *figureFinder) subjectType(e int) bool {
	return !ff.ents[e].dropped
}

// clauseOwner returns the person or organization whose quantity a figure of no event
// is in its own clause: the one named nearest before it since the last comma, that is
// not the speaker of the sentence ("X said", "according to X"); or -1.
func (ff *figureFinder) clauseOwner(c *figureCand) int {
	s := &ff.sents[c.f.Sentence]
	for k := c.tok - 1; k >= s.start && k > c.tok-12; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tOpenQ || ff.toks[k].kind == tCloseQ || ff.isSpeech(k) || ff.isSourceVerb(k) {
			return -1
		}
		e := ff.entityOf(k)
		if e < 0 || ff.mentions[ff.entAt[k]].demonym || ff.ents[e].typ != kg.Person && ff.ents[e].typ != kg.Organization && !(ff.ents[e].typ == kg.Other && indexNamed(ff.ents[e].name)) {
			continue // a person, a body, or an index ("Japan's Nikkei lost", marketnames.go)
		}
		m := &ff.mentions[ff.entAt[k]]
		// "analysts at Brightline raised their target": the verb's subject is the people
		// the name employs, not the body
		if ff.isSpeech(m.b) || ff.isSourceVerb(m.b) || ff.is(m.a-1, wTo) && ff.is(m.a-2, wAccording) || ff.is(m.b, wAposS, wRsquoS) ||
			ff.is(m.a-1, wAt) && m.a >= 2 && (ff.toks[m.a-2].feat&lxRole != 0 || pluralRole(ff.low(m.a-2)) != "") {
			return -1
		}
		// the subject of the verb after it: "Cruz has 465 delegates", "Kurnos raised"
		v := ff.low(m.b)
		if _, change := changeVerbs[v]; change || amountVerbs[v] != "" || ff.is(m.b, wHas, wHave, wHad, wWon, wHolds, wHeld, wGot, wWins) {
			return e
		}
		return -1
	}
	return -1
}

// supportVerbs say whom a share of people backs ("31 percent would support Trump").
var supportVerbs = newTokSet(map[string]bool{"support": true, "supported": true, "supporting": true, "supports": true,
	"back": true, "backed": true, "backing": true, "favor": true, "favored": true, "favour": true,
	"favoured": true, "prefer": true, "preferred": true, "vote": true, "voted": true, "voting": true})

// clauseBacked reads a share of people in its own clause: whom the clause says they
// back ("41 percent said they would support Clinton and 31 percent would support
// Trump"; "About 12 percent of likely voters said they would support him"), found
// true with that entity; or a share of a population the clause names no one of ("about
// 30 percent of patients treated with the drug"), found true with -1: such a share is
// not the article's topic's. found is false for other figures.
func (ff *figureFinder) clauseBacked(c *figureCand) (e int, found bool) {
	s := &ff.sents[c.f.Sentence]
	if c.f.Unit != "percent" {
		return -1, false
	}
	end := min(s.b, c.tok+20)
	for k := c.tok + 1; k < end; k++ {
		if ff.toks[k].kind == tNum || ff.punct(k, ';') || ff.toks[k].kind == tOpenQ || ff.is(k, wThat, wWho, wWhich) {
			break // the next figure's clause, a relative clause ("5 percent of voters in neighborhoods that backed Obama")
		}
		if !ff.in(k, supportVerbs) {
			continue
		}
		j := k + 1
		if ff.is(j, wFor) {
			j++
		}
		if x := ff.entityOf(j); x >= 0 && (ff.ents[x].typ == kg.Person || ff.ents[x].typ == kg.Organization) {
			return x, true
		}
		if ff.is(j, wHim, wHer) {
			if n := ff.pronoun(j); n != "" {
				for x, ent := range ff.ents {
					if !ent.dropped && ent.name == n {
						return x, true
					}
				}
			}
		}
		break
	}
	// "30 percent of patients": a share of people, not of a named one
	k := c.tok + 1
	for k < end && (ff.is(k, wPercent, wPercentSign, wPct, wPer) || ff.is(k, wCent)) {
		k++
	}
	if ff.is(k, wOf) && k+1 < end && ff.toks[k+1].kind == tWord && !ff.toks[k+1].has(fCap) && ff.entityOf(k+1) < 0 &&
		(ff.toks[k+1].feat&lxPersonNoun != 0 || plural(ff.low(k+1)) && strings.HasSuffix(ff.low(k+1), "ers")) {
		return -1, true // people, or agents: "voters", "users", "customers"
	}
	return -1, false
}

// bareMeasure reports whether a measure is only a unit: what no rule could name.
func bareMeasure(m string) bool { return m == "money" || m == "percent" }

// articleTopic returns the entity the article is about, or -1: of the entities its
// headline names, the one it names most (an organization or a thing before a group, a
// person or a place).
func (ff *figureFinder) articleTopic() int {
	if ff.headline < 0 {
		return -1
	}
	s := &ff.sents[ff.headline]
	head := " " + strings.Join(strings.FieldsFunc(strings.ToLower(ff.span(s.a, s.b)), notNameRune), " ") + " "
	best, bestScore := -1, 0
	var buf []byte
	inHead := func(n string) bool {
		var ok bool
		if buf, ok = asciiTopicForm(buf[:0], n); ok {
			// " w ", w as below: read in place (the buffer is not kept)
			return len(buf) >= 4 && strings.Contains(head, unsafe.String(&buf[0], len(buf)))
		}
		w := strings.Join(strings.FieldsFunc(strings.ToLower(n), notNameRune), " ")
		if i := strings.LastIndexByte(w, ' '); i > 0 && corpSuffix.has(w[i+1:]) {
			w = w[:i] // "Orvane" in a headline is "Orvane Oyj"
		}
		return len(w) >= 2 && strings.Contains(head, " "+w+" ")
	}
	for e, ent := range ff.ents {
		if ent.dropped || ent.mentions == 0 {
			continue
		}
		named := inHead(ent.name)
		for _, n := range ent.aliases {
			if named {
				break
			}
			named = inHead(n)
		}
		if sc := topicScore(ent); named && sc > bestScore {
			best, bestScore = e, sc
		}
	}
	return best
}

// asciiTopicForm appends to buf, for an ASCII name n, " w " where w is what articleTopic
// makes of n: its words (notNameRune) lower-cased and joined by one space, without a last
// word corpSuffix holds; ok is false for a name with a byte past ASCII (the caller lowers
// it the Unicode way).
func asciiTopicForm(buf []byte, n string) (out []byte, ok bool) {
	buf = append(buf, ' ')
	last := -1 // where the last word starts in buf
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c >= 0x80 {
			return buf, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if notNameRune(rune(c)) {
			continue
		}
		if i == 0 || notNameRune(rune(n[i-1])) {
			if len(buf) > 1 {
				buf = append(buf, ' ')
			}
			last = len(buf)
		}
		buf = append(buf, c)
	}
	if last > 1 && corpSuffix.has(unsafe.String(&buf[last], len(buf)-last)) {
		buf = buf[:last-1] // "Orvane" in a headline is "Orvane Oyj"
	}
	return append(buf, ' '), true
}

// notNameRune splits a name into its words.
func notNameRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r > 0x7f || r == '&' || r == '-')
}

// topicScore ranks an entity as a topic: by how often the article names it, things
// and organizations before groups, people and places.
func topicScore(e *entity) int {
	rank := 1
	switch e.typ {
	case kg.Organization, kg.Other:
		rank = 4
	case kg.Group:
		rank = 3
	case kg.Person:
		rank = 2
	}
	return (e.mentions+1)*4 + rank
}

// subjectName names entity ei as a subject: by the shorter name it goes by when that
// begins its full name ("LinkedIn" for "LinkedIn Corp", "Zika" for "Zika virus"; a
// person by the full name), and without a country before it when the article also
// names it without ("U.S. Powerball").
func (ff *figureFinder) subjectName(ei int) string {
	e := ff.ents[ei]
	name := e.name
	for _, a := range e.aliases {
		if x := lookupLex(a); x != nil && x.feat&(lxFunc|lxStarter) != 0 {
			continue // "The", "This": no name
		}
		if e.typ != kg.Person && len(a) >= 3 && len(a) < len(name) && strings.HasPrefix(name, a+" ") && !(e.typ == kg.Other && indexNamed(e.name)) {
			name = a
		}
		// "U.S. Powerball" is Powerball when the article also names it so: a country
		// before a name says where, not what
		if first, rest, ok := strings.Cut(name, " "); ok && rest == a && (countryOf[first] != "" || demonymOf[first] != "" || first == "U.S." || first == "UK") {
			name = a
		}
	}
	// the same when the article names the rest as an entity of its own
	if first, rest, ok := strings.Cut(name, " "); ok && e.typ != kg.Person && countryNames[first] != "" {
		for _, o := range ff.ents {
			if !o.dropped && o.name == rest && o.typ == e.typ {
				return rest
			}
		}
	}
	return name
}

// killVerbs are the verbs whose subject is a toll's killer. Not verbMeasure's list: its
// passive "injured" and bare "kill" ("encourages players to kill one another") name no
// killer before them.
var killVerbs = newTokSet(map[string]bool{"killed": true, "killing": true, "kills": true, "shot": true, "shooting": true,
	"murdered": true, "murdering": true, "massacred": true, "stabbed": true, "stabbing": true, "wounded": true, "wounding": true})

// killerOf reports whether entity e is the killer of casualty figure c: a verb of
// killing stands within four words before the figure ("killed at least seven", "wounded
// another nine") and e's last mention before it is at most twenty words back, with no
// relative pronoun between but a "who" right after e ("Islamic State killed more than
// 125", "Farook and his wife, Tashfeen Malik, shot and killed 14", "is suspected of having
// killed two of his nephews", "an iPhone used by Farook, who along with his wife killed
// 14": Farook, not Apple, the article's topic).
func (ff *figureFinder) killerOf(c *figureCand, e int) bool {
	s := &ff.sents[c.f.Sentence]
	end := -1
	for k := s.start; k < c.tok; k++ {
		if ff.entityOf(k) == e {
			end = ff.mentions[ff.entAt[k]].b
		}
	}
	if end < 0 || c.tok-end > 20 {
		return false
	}
	verb := false
	for k := end; k < c.tok; k++ {
		if ff.is(k, wWho, wWhich) && (k == end || k == end+1 && ff.punct(end, ',')) {
			continue // "Farook, who along with his wife killed 14", "Boko Haram, which is believed to have killed 15,000": e is the killer
		}
		if ff.punct(k, ';') || ff.toks[k].kind == tStop || ff.is(k, wWho, wWhich, wWhose, wWhere, wWhen) || ff.is(k, wThat) && !ff.is(k-1, wSaid, wSays) {
			return false
		}
		if ff.in(k, killVerbs) && c.tok-k <= 4 {
			verb = true
		}
	}
	return verb
}

// rivalShare returns the person a share or count of votes, delegates or poll support is
// "for" when it follows an earlier one of its sentence as a rival's ("Trump led with 38
// percent to 27 percent for Cruz and 14 percent for Kasich", "1,712 delegates to 1,004
// for Sanders"), or the person named right before "at", "on" or "with" and the share
// ("ahead of Cruz at 30.3% and Rubio on 13.2%"), or -1. The clause's subject is the leader's, never the rival's.
func (ff *figureFinder) rivalShare(c *figureCand) int {
	m := c.f.Measure
	if !strings.Contains(m, "poll") && !strings.Contains(m, "delegates") && !strings.Contains(m, "vote") {
		return -1
	}
	p := c.tok - 1
	if c.qa > 0 && c.qa < c.tok {
		p = c.qa - 1 // its hedge's first word
	}
	if ff.is(p, wAt, wOn, wWith) && p-1 > 0 {
		// a standing told name by name: "ahead of Cruz at 30.3% and Rubio on 13.2%";
		// "with" only in a list of standings, after a share of its own ("Cruz drawing
		// 10.5 percent, Ben Carson with 9.7 percent"), not the object's ("Clinton beat
		// Sanders with two votes to one", "a lead over Sanders with 300 delegates")
		if e := ff.entityOf(p - 1); e >= 0 && ff.ents[e].typ == kg.Person && ff.mentions[ff.entAt[p-1]].b == p &&
			(!ff.is(p, wWith) || ff.numberBetween(ff.sents[c.f.Sentence].start, ff.mentions[ff.entAt[p-1]].a)) {
			return e
		}
	}
	if !ff.is(p, wTo, wAnd) && !ff.punct(p, ',') && !(ff.is(p, wWith) && ff.is(p-1, wCompared)) {
		return -1
	}
	k := c.tok + 1
	if ff.is(k, wPercent, wDelegates, wVotes) || ff.punct(k, '%') {
		k++
	}
	if !ff.is(k, wFor) {
		return -1
	}
	// the rival, past a title and its place ("for Ohio Governor John Kasich", "for
	// retired neurosurgeon Ben Carson")
	for j := k + 1; j < len(ff.toks) && j <= k+5 && ff.toks[j].kind == tWord && !ff.is(j, wA, wAn, wThe); j++ {
		if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Person {
			return e
		}
	}
	return -1
}
