package extraction

import (
	"strings"

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
	topic := -2
	for i := range figs {
		c := &figs[i]
		if c.f.Event >= 0 || bareMeasure(c.f.Measure) {
			continue
		}
		if c.subj >= 0 {
			if e := ff.entityOf(c.subj); e >= 0 {
				c.f.Subject = ff.subjectName(e)
				continue
			}
		}
		if e := ff.clauseOwner(c); e >= 0 {
			c.f.Subject = ff.subjectName(e) // "Cruz has 465 delegates", "Kurnos raised his target to $915"
			continue
		}
		if e, found := ff.clauseBacked(c); found {
			if e >= 0 {
				c.f.Subject = ff.subjectName(e) // "31 percent would support Trump"
			}
			continue
		}
		if topic == -2 {
			topic = ff.articleTopic()
		}
		if topic >= 0 {
			c.f.Subject = ff.subjectName(topic)
		}
	}
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
		if e < 0 || ff.mentions[ff.entAt[k]].demonym || ff.ents[e].typ != kg.Person && ff.ents[e].typ != kg.Organization {
			continue
		}
		m := &ff.mentions[ff.entAt[k]]
		if ff.isSpeech(m.b) || ff.isSourceVerb(m.b) || ff.is(m.a-1, "to") && ff.is(m.a-2, "according") || ff.is(m.b, "'s", "’s") {
			return -1
		}
		// the subject of the verb after it: "Cruz has 465 delegates", "Kurnos raised"
		v := ff.low(m.b)
		if _, change := changeVerbs[v]; change || amountVerbs[v] != "" || ff.is(m.b, "has", "have", "had", "won", "holds", "held", "got", "wins") {
			return e
		}
		return -1
	}
	return -1
}

// supportVerbs say whom a share of people backs ("31 percent would support Trump").
var supportVerbs = map[string]bool{"support": true, "supported": true, "supporting": true, "supports": true,
	"back": true, "backed": true, "backing": true, "favor": true, "favored": true, "favour": true,
	"favoured": true, "prefer": true, "preferred": true, "vote": true, "voted": true, "voting": true}

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
		if ff.toks[k].kind == tNum || ff.punct(k, ';') || ff.toks[k].kind == tOpenQ || ff.is(k, "that", "who", "which") {
			break // the next figure's clause, a relative clause ("5 percent of voters in neighborhoods that backed Obama")
		}
		if !supportVerbs[ff.low(k)] {
			continue
		}
		j := k + 1
		if ff.is(j, "for") {
			j++
		}
		if x := ff.entityOf(j); x >= 0 && (ff.ents[x].typ == kg.Person || ff.ents[x].typ == kg.Organization) {
			return x, true
		}
		if ff.is(j, "him", "her") {
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
	for k < end && (ff.is(k, "percent", "%", "pct", "per") || ff.is(k, "cent")) {
		k++
	}
	if ff.is(k, "of") && k+1 < end && ff.toks[k+1].kind == tWord && !ff.toks[k+1].has(fCap) && ff.entityOf(k+1) < 0 &&
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
	for e, ent := range ff.ents {
		if ent.dropped || ent.mentions == 0 {
			continue
		}
		named := false
		for _, n := range append([]string{ent.name}, ent.aliases...) {
			w := strings.Join(strings.FieldsFunc(strings.ToLower(n), notNameRune), " ")
			if len(w) >= 2 && strings.Contains(head, " "+w+" ") {
				named = true
				break
			}
		}
		if sc := topicScore(ent); named && sc > bestScore {
			best, bestScore = e, sc
		}
	}
	return best
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
		if e.typ != kg.Person && len(a) >= 3 && len(a) < len(name) && strings.HasPrefix(name, a+" ") {
			name = a
		}
		// "U.S. Powerball" is Powerball when the article also names it so: a country
		// before a name says where, not what
		if first, rest, ok := strings.Cut(name, " "); ok && rest == a && (countryOf[first] != "" || demonymOf[first] != "" || first == "U.S." || first == "UK") {
			name = a
		}
	}
	return name
}
