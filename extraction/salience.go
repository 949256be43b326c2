package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Salience: whom "it" or "they" stands for as the subject of a verb the relations stage
// reads, and which business "the company" is. A pronoun stands only for a name that can
// be it (pronounFits: "it" an organization or a country, "they" a group or an
// organization, never a town), whether coref.go's itSubject found it or this file does.
// When itSubject finds none that fits, the most salient referent is the subject of the
// nearest main clause before the pronoun — its own sentence's, else one of the two prose
// sentences before it, nearest first (recency, then subject position): a name, a
// definite description that stands for one (definites.go, descriptions.go, coref.go),
// or names joined by "and" for "they" ("Illumina … In 2013, it acquired Verinata",
// "Canada and Mexico filed … They urged"). A sentence whose subject is the same pronoun
// hands the search on to the one before it, and up to maxPronounLinks such sentences do
// not count against the window. The nearest subject decides: one of the
// wrong kind, a common noun that stands for no name ("The law granted …, and it banned"),
// or an "it" outranked by a name that fits, named more often and again since
// (salientElsewhere), resolves the pronoun to nothing. "The company" is the business the
// story names most, headline and lead counting double (salientBusiness); as a speaker,
// a figure's source, an object or an owner it is so only after recency has had its say
// (salientCompany: a business in its own sentence, or the subject of the one before).

// maxPronounLinks bounds the chain of sentences opened by the same pronoun that
// pronounReferent walks back over without spending its window of three sentences
// ("Tesla built … . It fought … . It took over … . In October, it introduced").
const maxPronounLinks = 6

// pronounSubject returns whom "it" or "they" at token k of sentence si stands for: the
// name itSubject finds when it fits the pronoun (pronounFits), else the salient referent
// (pronounReferent).
func (rd *reader) pronounSubject(si, k int) string {
	if sj := rd.itSubject(si, k, 0); sj != "" && rd.pronounFits(sj, rd.is(k, wThey)) {
		return sj
	}
	return rd.pronounReferent(si, k)
}

// pronounReferent returns the name the subject pronoun "it" or "they" at token k of
// sentence si stands for (a nameList for "they"), or "".
func (rd *reader) pronounReferent(si, k int) string {
	if si >= len(rd.sents) || rd.quoteOf[k] != 0 {
		return ""
	}
	they := rd.is(k, wThey)
	seen, links := 0, 0
	for p := si; p >= 0 && seen < 3; p-- {
		s := &rd.sents[p]
		if p == rd.headline || s.kind != sProse {
			if s.kind == sHeading {
				return "" // a new section
			}
			continue
		}
		seen++
		end := s.b
		if p == si {
			end = k
		}
		names, pronoun, ok := rd.clauseSubjectAt(p, end)
		switch {
		case pronoun && rd.low(pronoun0(rd, p, end)) == rd.low(k):
			if p != si && links < maxPronounLinks {
				links++
				seen-- // a link of the chain is no sentence of the window
			}
			continue // "It … . It also claimed": the chain goes on before it
		case !ok:
			if p == si {
				continue // the pronoun opens its own sentence: the one before decides
			}
			return ""
		}
		if r := rd.referentFits(names, they, k); r != "" || they || p != si || len(names) != 1 || rd.ents[names[0]].typ != kg.Person {
			return r
		}
		return rd.onlyItBefore(si, k) // "Taylor became the CTO of Facebook after it acquired"
	}
	return ""
}

// onlyItBefore returns the one entity that can be "it" named in sentence si before the
// pronoun at token k, when the sentence's subject is a person: "" when none is, or two.
func (rd *reader) onlyItBefore(si, k int) string {
	found := -1
	for j := rd.sents[si].start; j < k; j++ {
		e := rd.entityOf(j)
		if e < 0 || rd.quoteOf[j] != 0 {
			continue
		}
		m := &rd.mentions[rd.entAt[j]]
		j = m.b - 1
		if m.demonym || !rd.itFits(e) || e == found {
			continue
		}
		if found >= 0 {
			return ""
		}
		found = e
	}
	return rd.entName(found)
}

// pronoun0 returns the token that opens the main clause of sentence p before token
// end (the pronoun clauseSubjectAt found there).
func pronoun0(rd *reader, p, end int) int {
	return rd.frontedClauseEnd(rd.sents[p].start, end)
}

// clauseSubjectAt reads the subject of the main clause of sentence p before token end:
// the entities it names (several when joined by "and"), whether it is a pronoun, and
// whether there is a subject at all before end. A definite description stands for the
// name it resolves to; one that resolves to none leaves names empty with ok true.
func (rd *reader) clauseSubjectAt(p, end int) (names []int, pronoun, ok bool) {
	s := &rd.sents[p]
	k := rd.frontedClauseEnd(s.start, end)
	for k >= 0 && k < end && (rd.punct(k, ',') || rd.is(k, wThough, wHowever, wMeanwhile, wInstead, wNow, wThen, wAlso, wStill)) {
		k++ // "With its … ventures, though, Illumina"
	}
	if k < 0 || k >= end {
		return nil, false, false
	}
	if rd.quoteOf[k] != 0 || rd.toks[k].kind == tOpenQ {
		return nil, false, false
	}
	if rd.is(k, wIt, wThey) {
		return nil, true, true
	}
	for n := 0; k < end && n < 12; n++ {
		if e := rd.entityOf(k); e >= 0 {
			m := &rd.mentions[rd.entAt[k]]
			after := m.b
			if rd.owner(after) {
				k = after + 1 // "Mikhail Fridman's LetterOne investment vehicle"
				continue
			}
			if m.demonym || after < end && rd.entityOf(after) < 0 && rd.toks[after].kind == tWord &&
				(rd.toks[after].has(fCap) || rd.toks[after].feat&lxRole != 0) && rd.ents[e].typ != kg.Person {
				k = after // "NATO member Turkey", "U.S. chipmaker Nvidia"
				continue
			}
			names = append(names, e)
			if rd.is(after, wAnd) && rd.entityOf(after+1) >= 0 {
				k = after + 1 // "Nebraska and Oklahoma"
				continue
			}
			return names, false, true
		}
		if rd.is(k, wThe) && rd.entityOf(k+1) >= 0 {
			k++ // "the Justice Department said"
			continue
		}
		if rd.is(k, wThe) {
			b := k + 1
			for b < end && b <= k+4 && rd.toks[b].kind == tWord && !rd.toks[b].has(fCap) && rd.toks[b].feat&(lxFunc|lxSpeech|lxPronoun) == 0 && !rd.owner(b) {
				b++
			}
			if b == k+1 || b >= end || rd.owner(b) || rd.is(b, wOf) {
				return nil, false, true // "the company's shares", "the head of …": no name
			}
			if b == k+2 && rd.is(k+1, wCompany, wFirm) {
				if e := rd.companySubject(k); e >= 0 {
					return []int{e}, false, true // the article's company, not the last named
				}
				return nil, false, true
			}
			if name := rd.describedName(k, b, false); name != "" {
				if e := rd.entIndex(name); e >= 0 {
					return []int{e}, false, true
				}
			}
			if name := rd.descriptionEntity(rd.span(k, b), k); name != "" {
				if e := rd.entIndex(name); e >= 0 {
					return []int{e}, false, true
				}
			}
			return nil, false, true
		}
		t := &rd.toks[k]
		if t.kind == tWord && !t.has(fCap) && t.feat&lxRole != 0 || t.kind == tWord && t.has(fCap) && rd.sentenceInitial(k, s.start) && t.feat&lxFunc == 0 {
			k++ // "Ride hailing app company Uber", "Russian billionaire …"
			continue
		}
		return nil, false, true
	}
	return nil, false, true
}

// referentFits returns the names of the subject entities ei when they fit the pronoun:
// one organization or country for "it"; for "they", names joined by "and", a group or
// an organization ("the Patriots"; never a place or a person). "" otherwise, or when another name
// that fits is more salient (salientElsewhere).
func (rd *reader) referentFits(ei []int, they bool, k int) string {
	if len(ei) == 0 {
		return ""
	}
	if !they {
		if len(ei) != 1 || !rd.itFits(ei[0]) || rd.salientElsewhere(ei[0], k) {
			return ""
		}
		return rd.entName(ei[0])
	}
	if len(ei) == 1 {
		if t := rd.ents[ei[0]].typ; t == kg.Group || t == kg.Organization {
			return rd.entName(ei[0]) // "Alaska State Troopers said they arrested"
		}
		return ""
	}
	typ := rd.ents[ei[0]].typ
	names := make([]string, 0, len(ei))
	for _, e := range ei {
		if rd.ents[e].typ != typ || typ == kg.Person {
			return "" // "they" for people is kept for speakers (coref.go)
		}
		names = append(names, rd.entName(e))
	}
	return strings.Join(names, nameSep)
}

// pronounFits reports whether the entity named name can be "it" (itFits), or "they"
// (they: a group or an organization; a country is "it", a town neither).
func (rd *reader) pronounFits(name string, they bool) bool {
	e := rd.entIndex(name)
	if e < 0 {
		return false
	}
	if they {
		return rd.ents[e].typ == kg.Group || rd.ents[e].typ == kg.Organization
	}
	return rd.itFits(e)
}

// itFits reports whether entity ei can be "it": an organization, a country, or a name of
// two words or more of no known type (a storm, a product, an organization typed Other).
func (rd *reader) itFits(ei int) bool {
	e := rd.ents[ei]
	switch e.typ {
	case kg.Organization:
		return true // "Amazon Web Services … said it has acquired"
	case kg.Place:
		_, country := countryNames[e.name]
		return country
	case kg.Other:
		return strings.Contains(e.name, " ") // "Tropical Cyclone Winston"; not a capitalised word alone ("Outgoing")
	}
	return false
}

// salientElsewhere reports whether another entity that can be "it" outranks ei: named
// more often in the article before token k and named again between ei's last mention
// and k (the subject chain skipped over a name the text stays with).
func (rd *reader) salientElsewhere(ei, k int) bool {
	last := rd.lastMentionOf(ei, k)
	if last < 0 {
		return false
	}
	count := make(map[int]int)
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent >= 0 && m.b <= k && rd.quoteOf[m.a] == 0 {
			count[m.ent]++
		}
	}
	for mi := last + 1; mi < len(rd.mentions) && rd.mentions[mi].b <= k; mi++ {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.ent == ei || m.demonym || rd.quoteOf[m.a] != 0 || !rd.itFits(m.ent) {
			continue
		}
		if count[m.ent] > count[ei] {
			return true
		}
	}
	return false
}

// salientBusiness returns the business "the company" or "the firm" at token at stands for
// when it is a verb's subject (describedSubject) or the subject of the clause a pronoun
// looks back to (clauseSubjectAt): the most salient
// business named before it — mentions before at, two more for one in the headline or
// the lead — when it leads the next by more than one; else -1. A story's company is
// named most and first; the last one named is often a rival, an analyst's bank or an
// acquisition ("FBR Capital Markets & Co analyst … The company said it had been
// contacted" is the story's chipmaker).
func (rd *reader) salientBusiness(at int) int {
	score := make(map[int]int)
	lead := -1
	for si := range rd.sents {
		if si != rd.headline && rd.sents[si].kind == sProse {
			lead = si
			break
		}
	}
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.b > at || rd.quoteOf[m.a] != 0 || !rd.kindFits(m, "company") || exchangeName(rd.ents[m.ent].name) { // possbase.go
			continue
		}
		e := int(m.ent)
		if p := rd.unitParent(e); p >= 0 {
			e = p // "Yahoo Japan" counts for Yahoo Inc
		}
		score[e]++
		if m.sent == rd.headline || m.sent == lead {
			score[e] += 2
		}
	}
	best, top, next := -1, 0, 0
	for e, n := range score {
		switch {
		case n > top:
			best, top, next = e, n, top
		case n > next:
			next = n
		}
	}
	if top-next <= 1 {
		return -1
	}
	return best
}

// salientCompany returns the business "the company" or "the firm" at token at stands for
// wherever else it stands — a speaker ("the company said"), a figure's source, an object
// ("sued the company"), an owner ("the company's chief executive"). Recency comes first:
// when the description's own sentence names an organization before it, "" (the caller
// keeps the nearest that fits: "Lyft is exploring ideas, says Emily Castor, the company's
// director"); when the main clause of the prose sentence before it has a business for
// its subject, that business ("Burford … The company gets a 70 percent return"). Else
// the most salient business (salientBusiness) when one leads, is no public body
// (commercialName), and no other business is named in the sentence before, nor an
// indefinite "a company" brought in since it was last named; "" otherwise.
func (rd *reader) salientCompany(at int, kind string) string {
	si := rd.sentOf(at)
	if si >= len(rd.sents) {
		return ""
	}
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.sent == si && m.ent >= 0 && m.b <= at && rd.quoteOf[m.a] == 0 && !m.demonym && rd.ents[m.ent].typ != kg.Person && rd.ents[m.ent].typ != kg.Place {
			return "" // the nearest fit decides
		}
	}
	if e := rd.businessSubjectBefore(si); e >= 0 {
		return rd.entName(e)
	}
	e := rd.salientBusiness(at)
	if e < 0 || !commercialName(rd.ents[e].name) || rd.otherBusinessIn(si-1, e) {
		return ""
	}
	if last := rd.lastMentionOf(e, at); last < 0 || rd.newReferentBetween(kind, rd.mentions[last].b, at) {
		return ""
	}
	return rd.entName(e)
}

// commercialName reports whether an organization's name can be a company's: not one
// whose last word is the kind of a public body ("U.S. Supreme Court", "Federal Trade
// Commission"; definiteKind's bodies).
func commercialName(name string) bool {
	k, ok := definiteKind[strings.ToLower(lastWord(name))]
	return !ok || k.sort != sortBody
}

// businessSubjectBefore returns the business that is the one subject of the main clause
// of the prose sentence before sentence si, or -1 (a person, a place, a quote, none).
func (rd *reader) businessSubjectBefore(si int) int {
	for p := si - 1; p >= 0; p-- {
		s := &rd.sents[p]
		if s.kind == sHeading {
			return -1
		}
		if p == rd.headline || s.kind != sProse {
			continue
		}
		names, _, _ := rd.clauseSubjectAt(p, s.b)
		if len(names) != 1 || !commercialName(rd.ents[names[0]].name) {
			return -1
		}
		for mi := range rd.mentions {
			if m := &rd.mentions[mi]; m.ent == names[0] && m.sent == p && rd.kindFits(m, "company") {
				return names[0]
			}
		}
		return -1
	}
	return -1
}

// otherBusinessIn reports whether prose sentence p names a business other than ei
// outside quotes ("… led by Google. The company's fleet" is Google's); not one that only
// says where a person works ("Analyst Tom Wade of Velden Securities", "FBR analyst").
func (rd *reader) otherBusinessIn(p, ei int) bool {
	if p < 0 || p == rd.headline || rd.sents[p].kind != sProse {
		return false
	}
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.sent != p || m.ent < 0 || m.ent == ei || rd.quoteOf[m.a] != 0 || !rd.kindFits(m, "company") {
			continue
		}
		if !rd.titleModifier(m) && !rd.affiliation(m) && !rd.citedSource(m) && !rd.unitOf(m, ei) {
			return true
		}
	}
	return false
}

// unitOf reports whether mention m names a unit of business ei in a place, its name the
// business's first word and a place ("Yahoo Japan" beside Yahoo Inc: makerprefixed.go):
// the story's company is still the one "the company" stands for.
func (rd *reader) unitOf(m *mention, ei int) bool {
	return rd.unitParent(int(m.ent)) == ei
}

// citedSource reports whether mention m is the pollster of analysts' estimates a sentence
// is "according to" ("analysts had expected a loss, according to Harlow Data Services"):
// a body cited for others' expectations is no referent of a later "the company" or "it"
// (otherBusinessIn, itsOrganization). A body cited for a fact is left a referent:
// "canals were destroyed, according to the FAO. It said …" is the FAO's.
func (rd *reader) citedSource(m *mention) bool {
	k := m.a - 1
	if rd.is(k, wThe) {
		k--
	}
	if k < 1 || !rd.is(k, wTo) || !rd.is(k-1, wAccording) {
		return false
	}
	for x := k - 2; x >= rd.sents[m.sent].start; x-- {
		if w := rd.low(x); analystWords.has(w) || w == "analyst" || w == "analysts" {
			return true
		}
	}
	return false
}

// affiliation reports whether mention m follows a person or a role word and "of", "at"
// or "with": the business a person works for.
func (rd *reader) affiliation(m *mention) bool {
	k := m.a - 1
	if k < 1 || !rd.is(k, wOf, wAt, wWith, wFrom) {
		return false
	}
	if e := rd.entityOf(k - 1); e >= 0 {
		return rd.ents[e].typ == kg.Person
	}
	return rd.toks[k-1].kind == tWord && rd.toks[k-1].feat&lxRole != 0
}
