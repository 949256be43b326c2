package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Organizations that news names in lower case: "Israel's foreign ministry", "the Indonesian
// armed forces", "Tainan fire department", "the defence ministry", "a U.S.-led coalition".
// Such a name is a head noun of government or public order, the words that qualify it, and
// whose it is: a place or country named before it (by name, possessive or demonym), or,
// for a few heads, a qualifier that only one body of a country can have ("the presidential
// office").

// lowerOrgHeads are the head nouns of lower-case organization names. The value says
// whether the head may stand with a qualifier alone ("the defence ministry"); otherwise the
// name needs its place or country ("Tainan fire department", "Turkish police").
var lowerOrgHeads = lowerOrgHeadTable()

// lowerOrgQualifiers may stand before a head without a place: only one such body serves a
// country or city, so the article's own country is meant.
var lowerOrgQualifiers = newTokSet(wordSet("lower-org-qualifiers"))

// orgStarters are words that may start a sentence without being a name (lxStarter) but
// qualify an organization's head well ("armed forces", "security forces").
var orgStarters = newTokSet(wordSet("org-starters"))

// lowerOrgHeadNeeds: heads that name a body only after the right qualifier ("coast guard",
// "armed forces", "security forces"); without one of these words before them they are
// common nouns.
var lowerOrgHeadNeeds = lowerOrgNeedsTable()

// lowerOwner is whose a lower-case organization is: the mention of a place, demonym or
// "X-led" word before its qualifiers.
type lowerOwner struct {
	name    string // the place's name ("Israel", "Indonesia")
	m       int    // the mention, or -1
	a       int    // first token of the owner's words
	demonym bool
	led     bool // "U.S.-led coalition": the owner's word leads the organization
	country string
	town    bool // the owner is the town before a state ("Fresno, California police"): name is the town's
}

// lowerOrgs records the lower-case organizations of sentence si.
func (ef *entityFinder) lowerOrgs(si int) {
	s := &ef.sents[si]
	for h := s.start; h < s.b; h++ {
		t := &ef.toks[h]
		if t.kind != tWord || t.has(fCap) || ef.entAt[h] >= 0 {
			continue
		}
		hw := ef.low(h)
		if !ef.mayBe(h, hw, wcLowerOrgHead) {
			continue
		}
		bare, ok := lowerOrgHeads[hw]
		if !ok {
			continue
		}
		// the qualifiers before the head: lower-case content words
		ma := h
		for ma > s.start && h-ma < 3 && ef.lowerQualifier(ma-1) {
			ma--
		}
		// "Chinese state news agency Xinhua", "fire department spokesman Lee": a descriptor
		// of the name that follows, not a name
		if h+1 < s.b && ef.isNameWord(h+1) && !ef.is(h+1, wOf) {
			continue
		}
		if ef.is(h+1, wOf, wFor) && ef.isNameWord(h+2) {
			continue // "ministry of Foreign Affairs": a capitalised name follows
		}
		if needs, ok := lowerOrgHeadNeeds[hw]; ok {
			found := false
			for k := ma; k < h; k++ {
				w := ef.low(k)
				for _, n := range needs {
					if w == n {
						found = true
					}
				}
			}
			if ef.ledStart(ma-1) >= 0 {
				found = true
			}
			if !found {
				continue
			}
		}
		if ma == h && ef.personsBody(si, h) {
			continue // "the Obama administration", "the Trump campaign"
		}
		owner := ef.lowerOrgOwner(si, ma)
		switch {
		case owner.name != "" || owner.led:
		case bare && ma < h && allQualifiers(ef.doc, ma, h) && (ef.is(ma-1, wThe) || ef.punct(ma-1, ',') || ma == s.start):
		default:
			continue
		}
		ef.addLowerOrg(si, ma, h+1, owner)
		h = max(h, ma)
	}
}

// lowerQualifier reports whether token k can qualify a lower-case organization's head:
// a lower-case content word ("foreign", "armed", "fire", "state news").
func (ef *entityFinder) lowerQualifier(k int) bool {
	t := &ef.toks[k]
	if t.kind != tWord || t.has(fCap) || ef.entAt[k] >= 0 {
		return false
	}
	if t.feat&(lxFunc|lxSpeech|lxPronoun|lxQual|lxNumWord|lxTimeUnit|lxStarter) != 0 && !ef.in(k, lowerOrgQualifiers) && !ef.in(k, orgStarters) {
		return false
	}
	w := ef.low(k)
	if strings.HasSuffix(w, "ed") && w != "armed" && w != "united" || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false
	}
	if _, head := lowerOrgHeads[w]; head && w != "police" && w != "government" {
		return false
	}
	return true
}

func allQualifiers(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if !d.in(k, lowerOrgQualifiers) {
			return false
		}
	}
	return true
}

// ledStart returns the first token of an "X-led" or "X-backed" compound that ends at
// token k ("U.S.-led", "Saudi-backed"), or -1.
func (ef *entityFinder) ledStart(k int) int {
	if k < 0 || k >= len(ef.toks) || ef.toks[k].kind != tWord {
		return -1
	}
	w := ef.low(k)
	if strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-backed") {
		return k
	}
	if (w == "led" || w == "backed") && !ef.toks[k].has(fSpace) && ef.punct(k-1, '-') && !ef.toks[k-1].has(fSpace) && k >= 2 {
		if m := ef.entAt[k-2]; m >= 0 {
			return ef.mentions[m].a
		}
		return k - 2
	}
	return -1
}

func (ef *entityFinder) lowerOrgOwner(si, ma int) lowerOwner {
	s := &ef.sents[si]
	k := ma - 1
	if st := ef.ledStart(k); st >= 0 {
		return lowerOwner{m: -1, a: st, led: true}
	}
	poss := false
	if k >= s.start && (ef.tok(k) == "'s" || ef.tok(k) == "’s") {
		poss = true
		k--
	}
	if k < s.start || ef.entAt[k] < 0 {
		return lowerOwner{m: -1}
	}
	mi := int(ef.entAt[k])
	m := &ef.mentions[mi]
	if m.b != k+1 || m.name == "" {
		return lowerOwner{m: -1}
	}
	if o := ef.townPoliceOwner(si, mi, poss); o.town {
		return o
	}
	switch {
	case m.demonym && !poss:
		c := demonymOf[m.name]
		return lowerOwner{name: c, m: mi, a: m.a, demonym: true, country: c}
	case m.typ == kg.Place && !m.demonym:
		c := countryOf[m.name]
		if c == "" {
			c = countryNames[m.name]
		}
		return lowerOwner{name: m.name, m: mi, a: m.a, country: c}
	}
	return lowerOwner{m: -1}
}

// townPoliceOwner returns the town as the owner when the place mention mi that owns a
// lower-case body is a U.S. state after "TOWN," ("the Fresno, California police
// department" is Fresno's police: the state only says where the town is). Else a zero
// owner (town false).
func (ef *entityFinder) townPoliceOwner(si, mi int, poss bool) lowerOwner {
	m := &ef.mentions[mi]
	if poss || m.demonym || m.typ != kg.Place || !usStates[m.name] || !ef.punct(m.a-1, ',') || m.a-2 < ef.sents[si].start || ef.entAt[m.a-2] < 0 {
		return lowerOwner{m: -1}
	}
	if ef.is(m.b, wAposS, wRsquoS) {
		return lowerOwner{m: -1} // "Minnesota’s largest police union": the state's own
	}
	ti := int(ef.entAt[m.a-2])
	t := &ef.mentions[ti]
	if t.b != m.a-1 || t.typ == kg.Person || t.name == "" || usStates[t.name] || t.demonym {
		return lowerOwner{m: -1}
	}
	return lowerOwner{name: t.name, m: ti, a: t.a, country: "United States", town: true}
}

// addLowerOrg records the organization whose own words are tokens a..b-1.
func (ef *entityFinder) addLowerOrg(si, a, b int, o lowerOwner) {
	start := a
	rest := ef.span(a, b)
	if o.m >= 0 && o.demonym {
		// "Indonesian armed forces": the demonym is part of the name, not a mention of the country
		ef.mentions[o.m].name = ""
		for k := o.a; k < a; k++ {
			ef.entAt[k] = -1
		}
		start = o.a
	}
	name := rest
	key := ""
	if o.led {
		name = ef.span(o.a, b)
	} else if o.town {
		name = o.name + " " + rest
		key = nameKey(name)
	} else if o.name != "" {
		name = ef.span(o.a, b)
		key = nameKey(o.name + " " + rest)
	}
	m := ef.addMention(si, start, b, start, name, kg.Organization, 7)
	if m >= 0 {
		ef.mentions[m].key = key
		ef.mentions[m].country = o.country
	}
}

// lowerOrgHeadTable reads the head nouns of lower-case organizations: true for those
// that may stand with a qualifier alone.
func lowerOrgHeadTable() map[string]bool {
	t := map[string]bool{}
	for _, w := range wordList("org-heads-owned") {
		t[w] = false
	}
	for _, w := range wordList("org-heads-alone") {
		t[w] = true
	}
	return t
}

// lowerOrgNeedsTable reads the heads that name a body only after certain words.
func lowerOrgNeedsTable() map[string][]string {
	t := map[string][]string{}
	for _, e := range entries("lower-org-head-needs") {
		t[e[0]] = strings.Fields(value(e))
	}
	return t
}

// Organizations named in capitals: what a name's own words and marks say about it — a
// company suffix ("Acme Corp", "China Everbright Limited"), an ampersand ("Harlow &
// Finch"), a ticker after it ("Alphabet Inc (GOOGL.O)"), a last word of businesses and
// newspapers ("Guggenheim Securities", "Baltimore Sun") — and the place an "X-based"
// word names ("New York-based IAC").

// orgLastWords end the names of businesses and newspapers (data/names.txt).
var orgLastWords = newTokSet(wordSet("org-last-words"))

// otherLastWords end the names of events, works and things ("Cold War", "Super Bowl").
var otherLastWords = newTokSet(wordSet("other-last-words"))

// orgByMarks types the capitalised name a..b-1 by its own marks: an ampersand, a company
// suffix, a last word of businesses, or a unit's head after "and" ("Global Research and
// Analysis Team"). ok is false when none is there.
func (d *doc) orgByMarks(a, b int) (score int, ok bool) {
	if b > a+1 && corpSuffix.hasLower(d.tok(b-1)) {
		return 9, true
	}
	for k := a + 1; k < b-1; k++ {
		if d.punct(k, '&') {
			return 8, true
		}
	}
	if b > a+1 && orgLastWords.has(d.tok(b-1)) && !personShaped(d, a, b) {
		return 7, true
	}
	if b > a+3 && unitNameHeads.has(d.tok(b-1)) {
		for k := a + 1; k < b-2; k++ {
			if d.is(k, wAnd) {
				return 7, true // "Global Research and Analysis Team": a unit's name joined by "and" (andnames.go)
			}
		}
	}
	return 0, false
}

// personShaped reports whether the name a..b-1 reads as a person's whatever its last
// word: a given name (a word in capitals and lower case), a middle initial or a second
// given name, a surname ("Lena H. Sun", "Carl Mark Force", not "Baltimore Sun" nor "Air
// Force").
func personShaped(d *doc, a, b int) bool {
	f := strings.Fields(d.span(a, b))
	if len(f) != 3 || len(f[0]) < 2 || !firstNames[f[0]] && (f[0][0] < 'A' || f[0][0] > 'Z' || strings.ToLower(f[0][1:]) != f[0][1:]) {
		return false
	}
	return len(f[1]) == 2 && f[1][1] == '.' && f[1][0] >= 'A' && f[1][0] <= 'Z' || firstNames[f[0]] && firstNames[f[1]]
}

// tickerEnd returns the token after a ticker in brackets that opens at token i ("(GOOGL.O)",
// "[HWT.UL]", "(0700.HK)", "(NYSE: XYZ)"), or -1: a symbol of capitals or digits, a dot
// or a colon, and an exchange's code of one to four capitals. A share class joined to
// the symbol by an underscore ("(VOWG_p.DE)") is the symbol's.
func (d *doc) tickerEnd(i int) int {
	if !d.punct(i, '(') && !d.punct(i, '[') || i+4 >= len(d.toks) {
		return -1
	}
	sym := &d.toks[i+1]
	if !(sym.kind == tNum || sym.kind == tWord && sym.has(fUpper|fCap) && !strings.Contains(d.tok(i+1), "-")) || sym.has(fSpace) {
		return -1
	}
	j := i + 2 // the separator
	if d.tickerShareClass(j) {
		j += 2
	}
	if j+2 >= len(d.toks) {
		return -1
	}
	sep, code := &d.toks[j], &d.toks[j+1]
	if !(sep.kind == tStop && d.text[sep.s] == '.' || d.punct(j, ':')) {
		return -1
	}
	if code.kind != tWord || code.e-code.s > 4 || strings.ToUpper(d.tok(j+1)) != d.tok(j+1) {
		return -1
	}
	if !d.punct(j+2, ')') && !d.punct(j+2, ']') {
		return -1
	}
	return j + 3
}

// tickerShareClass reports whether token j, right after a ticker's symbol, opens its share
// class: an underscore, then one lower-case letter, with no space between ("VOWG_p",
// Volkswagen's preference shares).
func (d *doc) tickerShareClass(j int) bool {
	if j+1 >= len(d.toks) || d.tok(j) != "_" || d.toks[j].has(fSpace) || d.toks[j+1].has(fSpace) {
		return false
	}
	w := d.tok(j + 1)
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// basedPlace returns the token of an "X-based" or "X-headquartered" word in the span
// a..b-1, or -1, and the place's name ("New York" in "New York-based IAC").
func (ef *entityFinder) basedPlace(a, b int) (int, string) {
	for k := a; k < b; k++ {
		w := ef.tok(k)
		for _, suf := range []string{"-based", "-headquartered"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				return k, strings.TrimSuffix(ef.span(a, k+1), suf)
			}
		}
		if suf := compoundSuffix(w); suf != "" {
			return k, ef.span(a, k+1)[:len(ef.span(a, k+1))-len(suf)-1] // "Saudi-backed", "Qaeda-linked"
		}
	}
	return -1, ""
}

// addBased records the place of an "X-based" word at token k of the span a..b-1 and
// the organization after it, if the span names one ("Silicon Valley-based LinkedIn").
// It returns the token after what it recorded.
func (ef *entityFinder) addBased(si, a, k, b int, place string) {
	typ, score := kg.Place, 8
	if c, ok := demonymOf[place]; ok {
		place = c // "Russian-based"
	} else if compoundSuffix(ef.tok(k)) != "" {
		if ethnic.has(place) || partyLabels.has(place) {
			place = "" // "Western-backed", "Shi'ite-led", "Republican-led": a side, no one named
		}
		// "Saudi-backed", "al Qaeda-linked", "Islamic State-linked": whoever backs or is linked
		if _, ok := countryOf[place]; !ok {
			typ, score = kg.Organization, 4
		}
		if ef.is(a-1, wAl) && ef.entAt[a-1] < 0 {
			a, place = a-1, "al "+place
		}
		if o, ok := orgAlias[place]; ok {
			place, typ, score = o, kg.Organization, 8
		}
	}
	if compoundSuffix(ef.tok(k)) != "" || !basedOnThing(place) {
		ef.addMention(si, a, k+1, a, place, typ, score)
	}
	if k+1 < b && ef.toks[k+1].has(fCap) {
		m := ef.classifyAndAdd(si, k+1, b, false)
		if m >= 0 && ef.mentions[m].typ != kg.Place {
			ef.mentions[m].typ, ef.mentions[m].score = kg.Organization, max(ef.mentions[m].score, 6)
		}
	}
}

// basedOnThing reports whether the X of an "X-based" word is a thing something runs on
// rather than a place: a one-word name no word list knows as a place or a town that is
// an English word ("Internet-based", "Cloud-based", "Faith-based") or in capitals ("SMS-based",
// "LED-based", "DNA-based"; not two capitals, a town's or a state's short form: "DC-based").
// "Earth-based" and "Android-based" stay: the first is a place of the lists, the second a
// word no list knows.
func basedOnThing(place string) bool {
	if strings.IndexByte(place, ' ') >= 0 || knownPlaceName(place) || knownTown(place) || planets.has(place) {
		return false
	}
	return englishWords.has(strings.ToLower(place)) || len(place) >= 3 && strings.ToUpper(place) == place
}

// tickerOwner makes the mention that ends at token i, before a ticker, an organization.
func (ef *entityFinder) tickerOwner(i int) {
	if i < 0 || ef.entAt[i] < 0 {
		return
	}
	m := &ef.mentions[ef.entAt[i]]
	if m.typ != kg.Place || m.score < 10 {
		m.typ, m.score = kg.Organization, 10
	}
}

// personBodies are the heads of bodies named after the person who leads them ("the
// Obama administration", "the Clinton campaign").
var personBodies = newTokSet(map[string]bool{"administration": true, "campaign": true})

// personsBody records "Obama administration" at the head h when a person's name ends
// right before it, and reports whether it did: the mention becomes the organization.
func (ef *entityFinder) personsBody(si, h int) bool {
	if !ef.in(h, personBodies) || h == 0 || ef.entAt[h-1] < 0 || partyWords.has(ef.tok(h-1)) {
		return false
	}
	m := &ef.mentions[ef.entAt[h-1]]
	if m.typ != kg.Person && !(m.typ == kg.Organization && m.b-m.a == 1 && m.score <= 1) || m.b != h || m.role != "" {
		return false
	}
	m.name = ef.span(m.a, h+1)
	m.b, m.typ, m.score = h+1, kg.Organization, 7
	ef.entAt[h] = ef.entAt[h-1]
	return true
}
