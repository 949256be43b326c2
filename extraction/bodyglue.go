package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// glue58: a country's or body's name glued before a descriptor and a name ("U.S.
// Olympian Dana Ruiz", "said U.N. Syria envoy Paul Dorn", "the Italian Transport
// Minister Ada Moss"): the country or body is its own entity, the descriptor or the
// title no part of any name.

var (
	ministerPortfolios = newTokSet(wordSet("minister-portfolios"))
	gluedDescriptors   = newTokSet(wordSet("glued-descriptors"))
	gluedBodies        = newTokSet(wordSet("glued-bodies"))
)

// portfolioBefore returns the first of the portfolio words (data/names.txt
// [minister-portfolios]) that stand before the title "Minister" at token ta, no further
// back than a and at most three ("Transport Minister", "Public Security Minister"; two
// joined by "and": "Trade and Industry Minister"), or ta
// when there are none: they are the title's, never a body whose minister the person is.
func portfolioBefore(d *doc, a, ta int) int {
	if t := d.tok(ta); t != "Minister" && t != "Ministers" {
		return ta
	}
	k := ta
	for k > a && ta-k < 3 && ministerPortfolios.has(d.tok(k-1)) {
		k--
	}
	if k < ta && k-2 >= a && d.is(k-1, wAnd) && ministerPortfolios.has(d.tok(k-2)) {
		k -= 2 // "Trade and Industry Minister": both fields are the portfolio's
	}
	return k
}

// bodyInitials reports whether the word is an international body's or a country's
// initials ("U.N.", "EU", "NATO", "U.S."; data/names.txt [glued-bodies],
// [initial-countries]).
func bodyInitials(w string) bool {
	if len(w) < 2 || !allCaps(strings.ReplaceAll(w, ".", "")) {
		return false
	}
	return gluedBodies.has(w) || initialCountries.has(w)
}

// bodyPlace returns where a country's name starts in the words a..e-1 when they are a
// body's or a country's initials and then the country's name only ("U.N. Syria", "EU
// Turkey", "U.S. Mexico"), or -1: two names glued, never one ("U.N. Syria" is no
// person). Not a name known whole ("U.S. Virgin Islands").
func (ef *entityFinder) bodyPlace(a, e int) int {
	if e-a < 2 || !bodyInitials(ef.tok(a)) {
		return -1
	}
	if _, ok := countryNames[ef.span(a+1, e)]; !ok {
		return -1
	}
	whole := ef.span(a, e)
	if _, ok := countryOf[whole]; ok {
		return -1
	}
	if _, ok := orgAlias[whole]; ok {
		return -1
	}
	return a + 1
}

// bodyPlaceSpan returns where the country starts in a span that is only a body's
// initials and a country's name, or a (spanMentions splits the span there).
func (ef *entityFinder) bodyPlaceSpan(a, b int) int {
	if k := ef.bodyPlace(a, b); k > a {
		return k
	}
	return a
}

// gluedDescriptor returns the token of a descriptor noun (data/names.txt
// [glued-descriptors]) in the span a..b-1 that stands between a country, a body, a
// title modifier or nothing and a name ("U.S. Olympian Dana Ruiz", "Former Olympian
// Dana Ruiz"), or -1.
func (ef *entityFinder) gluedDescriptor(a, b int) int {
	for d := a; d < b-1; d++ {
		if !gluedDescriptors.has(ef.tok(d)) {
			continue
		}
		if d == a {
			return d
		}
		before := ef.span(a, d)
		if _, ok := countryNames[before]; ok {
			return d
		}
		if _, ok := demonymOf[before]; ok {
			return d
		}
		if _, ok := orgAlias[before]; ok {
			return d
		}
		if d == a+1 && titleModifiers.has(ef.tok(a)) {
			return d
		}
		return -1
	}
	return -1
}

// descriptorMentions records the span a..b-1 with a glued descriptor at d: the words
// before it as their own name (a country, a body; not a title modifier), the words after
// it as a person, whose title token is the descriptor.
func (ef *entityFinder) descriptorMentions(si, a, b, d int, credit bool) {
	if d > a && !(d == a+1 && titleModifiers.has(ef.tok(a))) {
		ef.spanMentions(si, a, d, credit)
	}
	ef.addMention(si, d+1, b, d, ef.span(d+1, b), kg.Person, 8)
}

// gluedNationality: "U.S. Olympian Dana Ruiz", "Polish Olympian Jan Kowal" — the country
// before the descriptor is the person's nationality (citizenOf).
func (rf *relationFinder) gluedNationality(mi int) {
	m := &rf.mentions[mi]
	if m.ent < 0 || rf.ents[m.ent].typ != kg.Person || m.ta < 1 || m.ta >= m.a || !gluedDescriptors.has(rf.tok(m.ta)) {
		return
	}
	s := &rf.sents[m.sent]
	if m.ta-1 < s.start {
		return
	}
	p := rf.entityOf(m.ta - 1)
	if p < 0 || rf.ents[p].typ != kg.Place {
		return
	}
	country, ok := countryNames[rf.entName(p)]
	if !ok || country != rf.entName(p) {
		return
	}
	a := rf.mentions[int(rf.entAt[m.ta-1])].a
	rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", country, rf.span(a, m.b))
}

// gluedBody returns the organization whose initials stand glued before the country
// mentioned at token k ("U.N. Syria envoy X": the United Nations), or -1: a role after
// the pair is the body's, the country only the post's subject.
func (rf *relationFinder) gluedBody(k int) int {
	p := rf.entityOf(k)
	if p < 0 || rf.ents[p].typ != kg.Place {
		return -1
	}
	if _, ok := countryNames[rf.entName(p)]; !ok {
		return -1
	}
	a := rf.mentions[int(rf.entAt[k])].a
	if a < 1 || rf.mentions[int(rf.entAt[k])].b != k+1 || !bodyInitials(rf.tok(a-1)) {
		return -1
	}
	o := rf.entityOf(a - 1)
	if o < 0 || rf.ents[o].typ != kg.Organization {
		return -1
	}
	return o
}
