package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Tags that look like names and are not: a U.S. politician's party-and-state tag
// ("Sen. Jane Doe, R-Wis.", "(D-N.Y.)", "D-Oregon"), whose state is a place and whose letter names a
// party, never an organization "R-Wis"; a state or country written before a party word
// ("a Texas Republican", "U.S. Republican candidates"), two names and not one; and
// the quote codes of market reports (".N225", "JPY=", "CLc1", "LCOc1"), which are a
// wire's symbols for an index, a currency pair or a futures contract, not names.

// partyStateTag records the state of a party-and-state tag at token i ("R-Wis", or
// "D-N" "." "Y." for "D-N.Y.") as a place, and returns the token after the tag, or i
// when no tag starts there. The tag's party letter names no entity of its own here: the
// party is the person's, which the name before the tag carries.
func (ef *entityFinder) partyStateTag(si, i int) int {
	w := ef.tok(i)
	if len(w) < 3 || w[1] != '-' || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') {
		return i
	}
	abbr, end := w[2:], i+1
	// "D-N.Y.": the tokens "D-N", ".", "Y." make the abbreviation "N.Y"
	if len(abbr) == 1 && end+1 < len(ef.toks) && ef.toks[end].kind == tStop && !ef.toks[end].has(fSpace) && !ef.toks[end+1].has(fSpace) {
		abbr += "." + strings.TrimSuffix(ef.tok(end+1), ".")
		end += 2
	}
	state, ok := stateAbbrevs[abbr]
	if !ok && len(abbr) > 1 {
		state, ok = stateAbbrevs[abbr[:1]+strings.ToLower(abbr[1:])] // "I-VT"
	}
	if !ok && usStates[abbr] {
		state, ok = abbr, true // the state's whole name: "D-Oregon", "R-Kentucky"
	}
	if !ok || strings.Contains(state, ",") {
		return i
	}
	ef.addMention(si, i, end, i, state, kg.Place, 8)
	return end
}

// roleLabel reports whether the span a..b-1 of two or three capitalised words is a
// job's label rather than a name: it ends in a role noun that heads no place or body
// ("State"), opens with no given name, every word is a common English word or a role
// noun, and it stands after a comma, an article, "former" or "senior" and before "at",
// "of", "for" or a comma ("Reeve, Principal Architect at X", "a former Senior
// Engineering Manager at X").
func (ef *entityFinder) roleLabel(a, b int) bool {
	if b-a < 2 || b-a > 3 || ef.toks[b-1].feat&lxRole == 0 || firstNames[ef.tok(a)] || b >= len(ef.toks) {
		return false
	}
	if !ef.is(b, wAt, wOf, wFor) && !ef.punct(b, ',') {
		return false
	}
	if ef.toks[b-1].feat&(lxPlaceHead|lxOrgHead) != 0 {
		return false // "the Islamic State, which"
	}
	for k := a; k < b; k++ {
		t := &ef.toks[k]
		if t.kind != tWord || ef.known(ef.tok(k)) || t.has(fUpper) || !englishWords.has(ef.lowerTok(k)) && t.feat&lxRole == 0 {
			return false // "Tess King": a name, not a job
		}
	}
	return ef.punct(a-1, ',') || ef.is(a-1, wA, wAn, wThe, wFormer, wSenior)
}

// placeBeforeParty returns where the party word starts in a span a..b-1 that is a known
// place and a party word ("Texas Republican", "New York Democrats", "U.S. Republican"),
// or a: the place and the party are two names.
func (ef *entityFinder) placeBeforeParty(a, b int) int {
	if b-a < 2 {
		return a
	}
	if !partyWords.has(ef.tok(b - 1)) {
		return ef.placePartyBeforeName(a, b)
	}
	if _, ok := countryOf[ef.span(a, b-1)]; !ok {
		return a
	}
	return b - 1
}

// placePartyBeforeName returns where the party word starts in a span a..b-1 that is a
// known place, a party's label and a person's name ("Ohio Republican Mark Rhee", "New
// York Democrat Ann Tolle"), or a: the state, the party and the person are three names,
// and the party's word before the name is sideBeforeName's to split. The place is the
// longest known place that ends before a party label the name follows.
func (ef *entityFinder) placePartyBeforeName(a, b int) int {
	for k := a + 1; k < b-2 && k <= a+3; k++ {
		if !partyLabels.has(ef.tok(k)) {
			continue
		}
		if _, ok := countryOf[ef.span(a, k)]; !ok {
			return a
		}
		if ef.sideBeforeName(k, b) == k {
			return a
		}
		return k
	}
	return a
}

// placeBeforeAcronym returns where the acronym starts in a span a..b-1 that is a known
// place and an organization's acronym the word lists know ("Denver ABC affiliate", "Texas
// FBI agents"), or a: the place says where the body's office or station is, and the two
// are two names; not a name the lists know whole.
func (ef *entityFinder) placeBeforeAcronym(a, b int) int {
	if b-a < 2 || !ef.toks[b-1].has(fUpper) {
		return a
	}
	if _, ok := orgAlias[ef.tok(b-1)]; !ok {
		return a
	}
	if _, ok := countryOf[ef.span(a, b-1)]; !ok {
		return a
	}
	if _, ok := orgAlias[ef.span(a, b)]; ok {
		return a
	}
	return b - 1
}

// quoteCode reports whether the word at token i is a wire's quote code rather than a
// name: a word glued to an "=" after it ("JPY=", "XAU="), or to one before it after such
// a word (the "D4" of "GBP=D4"), a word glued to a full stop
// that follows a space (".N225", ".SSEC"), or a futures contract's code of capitals,
// a lower-case "c" and a digit ("CLc1", "LCOc1").
func (d *doc) quoteCode(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord {
		return false
	}
	if i+1 < len(d.toks) && d.punct(i+1, '=') && !d.toks[i+1].has(fSpace) && t.has(fUpper) {
		return true
	}
	if i > 1 && !t.has(fSpace) && d.punct(i-1, '=') && !d.toks[i-1].has(fSpace) && d.toks[i-2].kind == tWord && d.toks[i-2].has(fUpper) {
		return true // the source suffix of a code: the "D4" of "GBP=D4", the "RR" of "US10YT=RR"
	}
	if i > 0 && !t.has(fSpace) && d.toks[i-1].kind == tStop && d.toks[i-1].has(fSpace) && d.toks[i-1].e-d.toks[i-1].s == 1 && t.e-t.s >= 3 && strings.ToUpper(d.tok(i)) == d.tok(i) {
		return true
	}
	return futuresCode(d.tok(i))
}

// codeAfter cuts the span i..*j-1 before the first quote code inside it and reports
// whether it did: the name before a code is an instrument's ("Brent LCOc1").
func (ef *entityFinder) codeAfter(i int, j *int) bool {
	for k := i + 1; k < *j; k++ {
		if ef.quoteCode(k) {
			*j = k
			return true
		}
	}
	return false
}

// instrumentName types as a thing the name at token i that a quote code follows, when
// only its form typed it ("Brent", "Gold", "Aussie": a commodity, a currency); an index
// or an exchange the word lists know keeps its type ("Nikkei", "Wall Street").
func (ef *entityFinder) instrumentName(i int) {
	if mi := ef.entAt[i]; mi >= 0 {
		if m := &ef.mentions[mi]; m.score <= 2 && m.typ != kg.Place {
			m.typ, m.score = kg.Other, 3
		}
	}
}

// codeMention claims the quote code at token i with a mention of no name: it makes no
// entity, and the stages after this one read past it as past a name ("crude futures
// CLc1 at $28" measures crude futures, not "crude futures clc1").
func (ef *entityFinder) codeMention(si, i int) {
	if m := ef.addMention(si, i, i+1, i, ef.tok(i), kg.Other, 1); m >= 0 {
		ef.mentions[m].name = ""
	}
}

// futuresCode reports whether w is a continuous futures contract's code: one to four
// capitals, "c" and one digit ("CLc1", "LCOc1", "ESc1").
func futuresCode(w string) bool {
	n := len(w)
	if n < 3 || n > 6 || w[n-1] < '0' || w[n-1] > '9' || w[n-2] != 'c' {
		return false
	}
	for k := 0; k < n-2; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// dayName reports whether a run of capitalised words a..b-1 ending in "Day" names a
// day ("Memorial Day", "Earth Day", "Valentine's Day") rather than a person whose
// surname is Day ("Jason Day", "Rosie Day"): its first word is no given name nor other
// proper name of the word lists.
func (ef *entityFinder) dayName(a, b int) bool {
	return b-a >= 2 && ef.tok(b-1) == "Day" && !firstNames[ef.tok(a)] && !properNames[ef.tok(a)] && !personShaped(ef.doc, a, b)
}
