package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Elliptic counts: a number the sentence leaves without its noun because a count just
// before in the same sentence named it ("Norland took in 40,000 refugees, while
// Ostby hosted 12,000", "three deaths, two in Ohio and one in Indiana", "900
// damaged homes, including 300 in Ohio"). The bare number counts what
// the earlier count counts, and takes its measure; the earlier figure is the noun the
// sentence gives, never the number alone. A place after it ("in Indiana") makes it a
// place's part of the whole (placeParts, placeOrWhole).

// ellipticLinks are the words that join a bare count to the count before it: a list
// ("and", "or", a comma), a part of it ("including"), or a contrast ("while",
// "whereas", "but").
var ellipticLinks = newTokSet(map[string]bool{
	"and": true, "or": true, "including": true, "while": true, "whereas": true, "but": true,
})

// ellipticSibling returns the count before n in its sentence when n is that count's
// elliptic sibling, or nil. n must be a bare count (no unit) in one of two
// shapes: a link word or comma, the number and a place ("…, and one in Indiana",
// "including 300 in Ohio"), or a link word or comma, a name and its verb,
// and the number ending its clause ("while Ostby hosted 12,000", "and Labour
// had 24"). A bare number after a comma with neither is an age ("Jerry Shelton, 35"),
// a list of codes ("08, 27, 34") or a score, never a count. The count before must
// name what it counts by a noun, not by a verb phrase, and lie within 25 words; a
// count inside a phrase of the one before it ("30 million paying users in 59
// markets") gives way to that one.
func (ff *figureFinder) ellipticSibling(n *number, before []figureCand) *figureCand {
	if n.unit != "" || len(before) == 0 {
		return nil
	}
	j := len(before) - 1
	if j > 0 {
		q := before[j].qa - 1
		if ff.is(q, wThe) {
			q-- // "358 delegates at stake in the five states …, including 99 in Florida"
		}
		if ff.is(q, wIn, wAcross, wFrom, wOf, wAt) && before[j-1].f.Unit == "" {
			j-- // "about 30 million paying users in 59 markets while Apple Music has some 13 million"
		}
	}
	last := before[j]
	if _, commodity := commodityUnits[last.f.Unit]; last.f.Unit != "" && !commodity || last.verb || last.f.Measure == "" || n.qa-last.tok > 25 || last.tok >= n.qa {
		return nil
	}
	p := n.qa - 1
	if p <= last.tok {
		return nil
	}
	linked := ff.punct(p, ',') || ff.in(p, ellipticLinks) && ff.toks[p].kind == tWord
	switch {
	case ff.earlierOfPair(n, &last):
	case ff.comparedCount(n):
	case linked && ff.placeFollows(n.next) != "":
	case ff.anotherOfSibling(n, p):
	case !linked && ff.clauseEnds(n.si, n.next) && ff.namedSubjectVerb(p, last.tok):
	case ff.reachedOfPair(n, &last):
	case !linked && ff.gappedSubject(n, last.tok) >= 0:
	case linked && ff.parallelPhrase(n, p):
	case ff.rivalCount(n, &last):
	case ff.is(p, wWith) && ff.placeFollows(n.next) != "":
		// "employs 104,000 people worldwide, with about 6,850 in Finland": the place's part
	case ff.standingAfterLeader(n, last.tok):
	default:
		return nil
	}
	return &last
}

// rivalCount reports whether the bare count n is the rival's in a comparison of two
// holders, "N [NOUN] to NAME's M": "Clinton has 2,165 delegates to Sanders' 1,357", "won
// 230 seats to the Republicans' 201" — the possessor's name right after "to", "to" right
// after the count before and at most two words of its noun; or "N [NOUN] to M for
// NAME": "1,712 delegates to 1,004 for Sanders". The possessor is the count's
// subject (subjects.go: a count after a name's possessive is that name's).
func (ff *figureFinder) rivalCount(n *number, last *figureCand) bool {
	p := n.qa - 1
	if ff.comparedBefore(n.qa) && ff.otherSubjectAfter(n) && ff.ents[ff.entityOf(n.next+1)].typ == kg.Person {
		return true // "1,047 delegates …, compared with 153 for Kasich": the rival's (subjects.go, rivalShare)
	}
	if ff.is(p, wTo) && ff.is(n.next, wFor) && ff.entityOf(n.next+1) >= 0 && p > last.tok && p-last.tok <= 3 &&
		(p == last.tok+1 || ff.lowerWordsBetween(last.tok+1, p)) {
		return true // "1,712 delegates to 1,004 for Sanders": the rival's is "for" him (subjects.go, rivalShare)
	}
	if p <= 0 || !ff.possessive(p) || ff.entityOf(p-1) < 0 {
		return false
	}
	m := &ff.mentions[ff.entAt[p-1]]
	a := int(m.a)
	if ff.is(a-1, wThe) {
		a--
	}
	if ff.is(a-1, wAgainst) && ff.punct(a-2, ',') && a-2 > last.tok && a-2-last.tok <= 8 {
		return ff.againstClause(last.tok, a-2) // "67 seats in the lower house, against Labor's 71"
	}
	if !ff.is(a-1, wTo) || a-1 <= last.tok || a-1-last.tok > 3 {
		return false
	}
	if a-1 > last.tok+1 && !ff.lowerWordsBetween(last.tok+1, a-1) {
		return false // "2,165 delegates to": only the count's own lower-case noun between
	}
	return true
}

// againstClause reports whether the words between the count before at last and the
// comma at c are that count's own phrase: no number, no other comma, no verb of saying.
func (ff *figureFinder) againstClause(last, c int) bool {
	for k := last + 1; k < c; k++ {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.isSpeech(k) || ff.toks[k].kind == tNum && k > last+1 {
			return false
		}
	}
	return true
}

// standingAfterLeader reports whether the bare count n is a rival's standing told by
// name after the leader's count at last: "Trump has 459 delegates, followed by Cruz at
// 360, Rubio at 152, and Kasich at 54". A person's name stands right before "at" and n,
// "followed by" stands before that name (after the leader's count, or a rival's before
// it: "and Kasich at 54"), and the clause ends after n.
// The rival is the count's subject (subjects.go, rivalShare).
func (ff *figureFinder) standingAfterLeader(n *number, last int) bool {
	p := n.qa - 1
	if !ff.is(p, wAt) || ff.yearCount(n) || !ff.clauseEnds(n.si, n.next) {
		return false
	}
	e := ff.entityOf(p - 1)
	if e < 0 || ff.ents[e].typ != kg.Person || ff.mentions[ff.entAt[p-1]].b != p {
		return false
	}
	for k := ff.mentions[ff.entAt[p-1]].a - 1; k > ff.sents[n.si].start; k-- {
		if ff.is(k, wBy) && ff.is(k-1, wFollowed) {
			return true
		}
		if ff.punct(k, ';') || ff.isSpeech(k) {
			return false
		}
	}
	return false
}

// comparedCount reports whether the bare count n is the value its sentence compares
// the count before with: "held 14 meetings this year, compared with nine last year",
// "made 320 arrests in 2015, compared to about 290 in 2014". The number ends its noun
// phrase (a function word, a time or punctuation follows), and no "for" and a name
// follow it ("compared with 565 for Cruz" is another candidate's count).
func (ff *figureFinder) comparedCount(n *number) bool {
	return ff.comparedBefore(n.qa) && !ff.contentWord(n.next) && !ff.otherSubjectAfter(n)
}

// earlierOfPair reports whether the bare count n is the value a change started from,
// given after the value it reached: "would fall to six from 30", "rose to 12 from
// nine", "charged nine people this year, up from three last year". The count before
// must be the one reached: right before "from" after "to" ("to six from 30"), or
// before a comma and "up from"/"down from" in its clause. "from 30 to 40" (a range
// or a change told in order) is not this shape.
func (ff *figureFinder) earlierOfPair(n *number, last *figureCand) bool {
	p := n.qa - 1
	if !ff.is(p, wFrom) || ff.is(n.next, wTo) || ff.punct(n.next, '-') {
		return false
	}
	if ff.is(p-1, wUp, wDown) && ff.punct(p-2, ',') {
		for k := last.tok + 1; k < p-2; k++ {
			if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tNum {
				return false // "…, up from" says what the clause before it reached
			}
		}
		return last.tok < p-2
	}
	return ff.is(last.qa-1, wTo) && ff.afterFigure(last) == p
}

// ellipticFigure builds the figure of the elliptic count n, measured as its sibling
// is: one list, so its sibling's event and date, and the place named after it ("one in
// Indiana"), else the sibling's place. It opens no event of its own: a part of a toll
// given for another place is still a part of the toll its sibling counts.
func (ff *figureFinder) ellipticFigure(n *number, sibling *figureCand, measure string) reading {
	end := min(max(n.next, n.i+1), ff.sents[n.si].b)
	subj := ff.gappedSubject(n, sibling.tok)
	f := kg.Figure{Measure: measure, Value: n.v, Qualifier: n.qual, Event: sibling.f.Event, Date: sibling.f.Date,
		Sentence: n.si, Text: ff.span(n.qa, end), Place: sibling.f.Place}
	if _, commodity := commodityUnits[sibling.f.Unit]; commodity {
		f.Unit = sibling.f.Unit // "pumps 500,000 barrels a day and will pump another 200,000": bpd too
	}
	if place := ff.placeFollows(n.next); place != "" {
		f.Place = place
	} else if subj >= 0 {
		f.Place = ff.gappedPlace(subj, sibling)
	}
	if subj < 0 && ff.clauseEnds(n.si, n.next) {
		subj = ff.verbSubjectName(n.qa-1, sibling.tok) // "while Nissan Motor Co (7201.T) is recalling 400,000"
	}
	if ff.reachedOfPair(n, sibling) {
		f.Date = "" // "from 500 employees to about 4,000": the value reached is not the one started from
	}
	if ff.is(n.next, wIn) && yearNumber(ff.tok(n.next+1)) {
		f.Date = ff.tok(n.next + 1) // "and 60 in 2015": its own year
	}
	return reading{figs: []figureCand{{f: f, tok: n.tok, qa: n.qa, class: kg.MeasureClass(measure), subj: subj, actor: -1}}, next: end}
}

// placeFollows returns the place named after "in", "at" or "across" at k ("in
// Indiana", "in the United States"), or "". A people's word ("in Spanish") names a
// language, no place.
func (ff *figureFinder) placeFollows(k int) string {
	if !ff.is(k, wIn, wAt, wAcross) {
		return ""
	}
	p := k + 1
	if ff.is(p, wThe) {
		p++
	}
	e := ff.entityOf(p)
	if e < 0 || ff.ents[e].typ != kg.Place || demonymOf[ff.tok(p)] != "" {
		// "one in Spanish": a language named by its people's word, not a place
		return ""
	}
	return ff.entName(e)
}

// clauseEnds reports whether the clause ends at token k of sentence si: the sentence ends, or a comma,
// semicolon, dash or closing bracket follows.
func (ff *figureFinder) clauseEnds(si, k int) bool {
	if k >= ff.sents[si].b || ff.toks[k].kind == tStop {
		return true
	}
	return ff.punct(k, ',') || ff.punct(k, ';') || ff.punct(k, ')') || ff.tok(k) == "—" || ff.tok(k) == "--"
}

// namedSubjectVerb reports whether the words before a count, ending at p, are a verb
// of one or two words ("hosted", "gained", "has won", "had") whose subject is a name
// that follows a link word or comma after the count at token last ("while Ostby
// hosted 12,000", "and Labour had 24").
func (ff *figureFinder) namedSubjectVerb(p, last int) bool {
	return ff.verbSubjectName(p, last) >= 0
}

// verbSubjectName returns the last token of the name namedSubjectVerb finds, or -1.
func (ff *figureFinder) verbSubjectName(p, last int) int {
	t := &ff.toks[p]
	possess := ff.is(p, wHas, wHad, wHave)
	if !possess && (t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxPronoun|lxQual|lxSpeech) != 0 || ff.isSpeech(p) || strings.HasPrefix(ff.tok(p), "'") || strings.HasPrefix(ff.tok(p), "’")) {
		return -1
	}
	k := p - 1
	if ff.is(k, wHas, wHad, wHave) {
		k-- // "and Cruz has won 300"
	} else if ff.progressiveAux(k, p) {
		k-- // "while Fiat Chrysler is recalling 4.3 million"
	}
	k = ff.tickersEnd(k, last)
	if k <= last || ff.entityOf(k) < 0 {
		return -1
	}
	name := k
	for k > last && ff.entityOf(k) >= 0 {
		k--
	}
	if k > last && (ff.punct(k, ',') || ff.in(k, ellipticLinks)) {
		return name
	}
	return -1
}

// tickersEnd returns the token before the exchange tickers in brackets that end at k
// ("Nissan Motor Co (7201.T) is recalling", "NV (FCHA.MI)(FCAU.N)": the name's last
// token), or k when no ticker ends there. It never steps back to last.
func (ff *figureFinder) tickersEnd(k, last int) int {
	for ff.punct(k, ')') {
		o := k - 1
		for o > last && k-o <= 5 && !ff.punct(o, '(') {
			o--
		}
		if o <= last+1 || !ff.punct(o, '(') || o+1 >= k || !exchangeTicker(ff.text[ff.toks[o+1].s:ff.toks[k-1].e]) {
			return k
		}
		k = o - 1
	}
	return k
}

// progressiveAux reports whether token k is the auxiliary of a verb in -ing at p: "is
// recalling", "was adding", "are hiring", "will be", never a verb of its own.
func (ff *figureFinder) progressiveAux(k, p int) bool {
	if !ff.is(k, wIs, wAre, wWas, wWere) {
		return false
	}
	return strings.HasSuffix(ff.low(p), "ing") && len(ff.low(p)) > 5
}

// anotherOfSibling reports whether the bare count n, after "another" at p, adds to the
// count before it in a list: "500,000 barrels a day within weeks and another 200,000
// within a year", "…, another 3,000 by the end of the month". The number ends its noun
// phrase (a function word, a time or punctuation follows).
func (ff *figureFinder) anotherOfSibling(n *number, p int) bool {
	if !ff.is(p, wAnother, wFurther) || ff.is(p, wFurther) && !ff.is(p-1, wA) {
		return false
	}
	if ff.is(p, wFurther) {
		p--
	}
	if ff.contentWord(n.next) {
		return false
	}
	for k := p - 1; k >= p-3 && k >= ff.sents[n.si].start; k-- {
		if ff.punct(k, ',') || ff.in(k, ellipticLinks) && ff.toks[k].kind == tWord {
			return true // "and another 200,000", "and will pump another 200,000"
		}
		if ff.toks[k].kind != tWord || ff.toks[k].has(fCap) {
			return false
		}
	}
	return false
}

// Parallel clauses: a second count that leaves out the noun, or the noun and the verb,
// the first one gave. Three shapes own it here: the gapped clause, a name and the bare
// number with no verb between ("Tellis took in 1.2 million refugees and Dunmore 0.9
// million"); a bare number and a phrase of its own after a link word ("300 customers on
// one side and 200 on the other", "hired 40 engineers in 2014 and 60 in 2015"); and the
// value a change reached after the count it started from ("from four rate hikes to
// maybe two"). A year is never such a count ("in 2014 and 2015").

// gappedSubject returns the last token of the name that is the subject of the bare
// count n in a gapped clause, or -1: a link word (or a comma and one) after the count
// at token last, a name, the number right after the name, and the clause ending there
// or going on with a phrase of its own ("and Dunmore 0.9 million last year").
func (ff *figureFinder) gappedSubject(n *number, last int) int {
	p := n.qa - 1
	if p <= last || ff.entityOf(p) < 0 || ff.yearCount(n) || !ff.clauseEnds(n.si, n.next) && !ff.ownPhrase(n.next) {
		return -1
	}
	if k := ff.gapLink(p); k <= last {
		return -1
	}
	return p
}

// gapLink returns the link word before the name ending at token p when that name can
// be a gapped clause's subject (a person, body, group or place: "and Dunmore", "while
// the Greens"), or -1.
func (ff *figureFinder) gapLink(p int) int {
	e := ff.entityOf(p)
	if e < 0 || ff.ents[e].typ == kg.Other {
		return -1
	}
	k := p
	for k >= 0 && ff.entityOf(k) >= 0 {
		k--
	}
	if ff.is(k, wThe) {
		k--
	}
	if k < 0 || !ff.in(k, ellipticLinks) || ff.toks[k].kind != tWord || ff.is(k, wIncluding) {
		return -1
	}
	return k
}

// gappedPlace returns the place of a gapped clause's count whose subject ends at token
// subj: the subject itself when a place ("and Sweden 900,000"), else its sibling's
// place unless that place was its sibling's own subject ("Germany took in …").
func (ff *figureFinder) gappedPlace(subj int, sibling *figureCand) string {
	if e := ff.entityOf(subj); ff.ents[e].typ == kg.Place {
		return ff.entName(e)
	}
	if sibling.subj >= 0 {
		if e := ff.entityOf(sibling.subj); e >= 0 && ff.entName(e) == sibling.f.Place {
			return ""
		}
	}
	return sibling.f.Place
}

// gappedNumber reports whether the number at token i, after the name ending at p, is
// the count of a gapped clause rather than the end of a name ("and Dunmore 0.9
// million." after "took in 1.2 million refugees", not "Boeing 737"): the name follows
// a link word, a number stands before that link in the sentence, and the number ends
// its clause or a phrase of its own follows.
func (ff *figureFinder) gappedNumber(si, p, i int) bool {
	k := ff.gapLink(p)
	if k < 1 || ff.toks[i].kind != tNum || yearNumber(ff.tok(i)) || ff.toks[k-1].kind == tNum {
		return false // "for Windows 8 and Windows 10": a list of names with numbers
	}
	next := i + 1
	for next < ff.sents[si].b && ff.toks[next].feat&lxScale != 0 {
		next++
	}
	if !ff.clauseEnds(si, next) && !ff.ownPhrase(next) {
		return false
	}
	for j := k - 1; j >= ff.sents[si].start; j-- {
		if ff.toks[j].kind == tNum {
			return true
		}
	}
	return false
}

// parallelPhrase reports whether the bare count n, after the link word at p, stands
// alone before a phrase of its own, as the count before stood with its noun: "and 200
// on the other", "and 60 in 2015", "and 10 in other cars", "and 12 more on Tuesday". A comma alone is no link here
// ("Hart, 41, in Ohio" is an age), nor is "and" after a number ("between 9 and 17").
func (ff *figureFinder) parallelPhrase(n *number, p int) bool {
	k := n.next
	if ff.is(k, wMore) && !ff.is(k+1, wThan) {
		k++ // "and 12 more on Tuesday": the count adds to the one before
	}
	if !ff.in(p, ellipticLinks) || ff.toks[p].kind != tWord || ff.yearCount(n) || !ff.ownPhrase(k) {
		return false
	}
	return ff.toks[p-1].kind != tNum || yearNumber(ff.tok(p-1))
}

// ownPhrase reports whether a phrase of the count's own begins at token k: a
// preposition of time, place or side ("on the other", "in 2015", "at the station",
// "during the week"), or "last"/"this" and a time. Not "from" ("30 Egyptians and 15
// from France" counts people, not Egyptians) nor a relative clause ("in which").
func (ff *figureFinder) ownPhrase(k int) bool {
	if ff.is(k, wLast, wThis) {
		return ff.toks[k+1].feat&lxTimeUnit != 0 || ff.is(k+1, wYear, wWeek, wMonth, wSeason, wQuarter)
	}
	return ff.is(k, wIn, wOn, wAt, wDuring, wAcross, wAmong, wOver) && !ff.punct(k+1, ',') && !ff.is(k+1, wWhich, wWhom)
}

// yearCount reports whether the bare number n is a year ("2015") or a clock time
// ("0300"), never a count here.
func (ff *figureFinder) yearCount(n *number) bool {
	w := ff.tok(n.tok)
	return n.tok == n.qa && yearNumber(w) || len(w) > 1 && w[0] == '0' && w[1] != '.'
}

// reachedOfPair reports whether the bare count n is the value a change reached after
// the count it started from: "cut its forecast from four rate hikes to maybe two",
// "grew from 500 employees to about 4,000". The count before follows "from" and its
// noun (up to three lower-case words) runs to "to"; one hedge word may stand after
// "to" ("maybe", "perhaps"). A range ("to 4,000-5,000") is not this shape.
func (ff *figureFinder) reachedOfPair(n *number, last *figureCand) bool {
	p := n.qa - 1
	if ff.is(p, wMaybe, wPerhaps, wPossibly, wJust, wOnly) {
		p--
	}
	if !ff.is(p, wTo) || !ff.is(last.qa-1, wFrom) || ff.punct(n.next, '-') || ff.yearCount(n) {
		return false
	}
	k := ff.afterFigure(last)
	if p-k < 1 || p-k > 3 {
		return false
	}
	for ; k < p; k++ {
		if ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.toks[k].feat&lxFunc != 0 {
			return false
		}
	}
	return true
}

// reachedFigure reports whether the count c is the value a change reached after a
// count of its sentence among before ("grew from 500 employees to about 4,000 since
// 2009"): the value now, not a tally since then.
func (ff *figureFinder) reachedFigure(before []figureCand, c *figureCand) bool {
	if c.f.Unit != "" || len(before) == 0 {
		return false
	}
	last := &before[len(before)-1]
	if last.f.Sentence != c.f.Sentence || last.f.Unit != "" {
		return false
	}
	n := number{si: c.f.Sentence, tok: c.tok, qa: c.qa, next: ff.afterFigure(c)}
	return ff.reachedOfPair(&n, last)
}

// rivalAhead names a bare count n by the noun of the rival's count after it: "Clinton
// has 2,165 to Sanders' 1,357 delegates" (delegates) — "to", a name and its possessive,
// a number and a lower-case plural noun. It returns "" otherwise.
func (ff *figureFinder) rivalAhead(n *number) string {
	k := n.next
	if !ff.is(k, wTo) {
		return ""
	}
	k++
	if ff.is(k, wThe) {
		k++
	}
	if ff.entityOf(k) < 0 {
		return ""
	}
	k = int(ff.mentions[ff.entAt[k]].b)
	if !ff.possessive(k) || k+2 >= ff.sents[n.si].b || ff.toks[k+1].kind != tNum {
		return ""
	}
	w := k + 2
	if ff.toks[w].kind != tWord || ff.toks[w].has(fCap) || !plural(ff.low(w)) {
		return ""
	}
	m, _ := ff.measureWords(w, w+1)
	return m
}
