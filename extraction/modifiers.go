package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Names used as modifiers of the noun that holds the relation. A place or its people's
// word before a kind of business or body, then the body's name, says where the body is:
// "German automaker Volkswagen", "Chinese smartphone maker Xiaomi", "Tokyo-based
// Nintendo", "California-based mobile carpooling start-up Scoop Technologies" — and, for
// a plural kind before "such as" or "including", where each body of the list is: "U.S.
// tech firms such as Facebook, Google and Amazon". Each gives locatedIn(body, place).
// A place before "resident" or "native" says where a person lives or comes from:
// "Flint resident Janet Moore", "Carla Mendes, a 52-year-old native of Portugal",
// "Mendes, a Boston resident," (residentOf, nativeOf). "A Tennessee woman" is left
// alone.

// bodyKinds are the kinds of business or body a place may modify before a name: the
// organization descriptors (data/names.txt organization-descriptors), the kinds a
// description may name (kindNouns) and a few trades.
var bodyKinds = func() map[string]bool {
	m := map[string]bool{"chipmaker": true, "carmaker": true, "broadcaster": true, "utility": true,
		"miner": true, "refiner": true, "exchange": true, "developer": true, "builder": true,
		"producer": true, "publisher": true, "agency": true, "airline": true, "bank": true}
	for w := range orgDescriptors {
		m[w] = true
	}
	for w := range kindNouns {
		m[w] = true
	}
	return m
}()

// listCues introduce the members of a plural kind: "firms such as", "banks including".
var listCues = map[string]int{"such": 2, "including": 1, "like": 1}

// placeModifiers reads the places that modify a body's kind in sentence si.
func (rf *relationFinder) placeModifiers(si int) {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		if rf.quoteOf[k] != 0 || rf.entAt[k] < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[k]]
		if m.a != k || m.ent < 0 {
			continue
		}
		if rf.ents[m.ent].typ == kg.Person {
			rf.personsPlace(si, int(rf.entAt[k]))
			continue
		}
		if rf.ents[m.ent].typ != kg.Organization {
			continue
		}
		if p := rf.placeOfKind(k, s.start); p >= 0 {
			rf.addRelation(si, rf.entName(m.ent), "locatedIn", rf.entName(p), rf.span(rf.placeStart(k, s.start), m.b))
		}
	}
	for k := s.start; k < s.b; k++ {
		if rf.quoteOf[k] == 0 && rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].b == k+1 {
			rf.listedBodies(si, k)
		}
	}
}

// kindRun returns the first token of the run of lower-case words that ends at token k
// (at most four), or k+1 when token k is no such word.
func (rf *relationFinder) kindRun(k, start int) int {
	j := k
	for j >= start && k-j < 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0 {
		j--
	}
	return j + 1
}

// placeOfKind returns the place that modifies the kind before the name at token a:
// "PLACE [words] KIND NAME" or "PLACE-based [words] NAME"; -1 for none.
func (rf *relationFinder) placeOfKind(a, start int) int {
	j := rf.kindRun(a-1, start)
	if j < a && bodyKinds[rf.low(a-1)] || rf.basedWord(j-1) {
		if p := rf.entityOf(j - 1); p >= 0 && rf.ents[p].typ == kg.Place && rf.mentions[rf.entAt[j-1]].b == j {
			if rf.owner(j) || !rf.placeNamed(j-1) || rf.runHas(j, a, "language") {
				return -1 // "Germany's automaker X" is places.go's; "English language broadcaster"
			}
			if !rf.basedWord(j-1) && lowerCompound(rf.tok(j-1)) {
				return -1 // "India-focussed outsourcing firm X": a market, not a place
			}
			if rf.basedWord(j-1) && !rf.knownPlace(p) {
				return -1 // "Android-based Priv"
			}
			return p
		}
	}
	return -1
}

// placeNamed reports whether the place mention that ends at token k is the whole name
// there: not "York-based" after "New".
func (rf *relationFinder) placeNamed(k int) bool {
	a := rf.mentions[rf.entAt[k]].a
	return a == rf.sents[rf.sentOf(k)].start || !rf.toks[a-1].has(fCap) || rf.toks[a-1].kind != tWord
}

// knownPlace reports whether the word lists know place p, or the article names it as a
// place more than once: "Tokyo-based", not "Android-based".
func (rf *relationFinder) knownPlace(p int) bool {
	_, ok := countryOf[rf.ents[p].name]
	return ok || usStates[rf.ents[p].name] || rf.ents[p].country != "" || rf.ents[p].mentions > 1
}

// runHas reports whether one of the tokens a..b-1 is word w.
func (rf *relationFinder) runHas(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if rf.is(k, w) {
			return true
		}
	}
	return false
}

// placeStart returns the first token of the place before the kind of the name at a.
func (rf *relationFinder) placeStart(a, start int) int {
	j := rf.kindRun(a-1, start)
	if mi := rf.entAt[j-1]; mi >= 0 {
		return rf.mentions[mi].a
	}
	return j - 1
}

// lowerCompound reports whether the word w is a compound whose last part is lower-case
// ("India-focussed", "Brooklyn-born"), not a name's own parts ("Guinea-Bissau").
func lowerCompound(w string) bool {
	i := strings.LastIndexAny(w, "-–")
	if i < 0 || i == len(w)-1 {
		return false
	}
	r := w[i+1:]
	if w[i] != '-' {
		r = w[i+len("–"):]
	}
	return r != "" && r[0] >= 'a' && r[0] <= 'z'
}

// basedWord reports whether token k is a place's "-based" or "-headquartered" word.
func (rf *relationFinder) basedWord(k int) bool {
	w := rf.low(k)
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "–based") || strings.HasSuffix(w, "-headquartered")
}

// listedBodies reads "PLACE [words] KINDs such as|including|like NAME, NAME and NAME"
// for the place that ends at token k: each organization of the list lies in the place.
func (rf *relationFinder) listedBodies(si, k int) {
	s := &rf.sents[si]
	p := rf.entityOf(k)
	if p < 0 || rf.ents[p].typ != kg.Place || rf.owner(k+1) {
		return
	}
	j := k + 1
	for j < s.b && j-k <= 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0 {
		j++
	}
	plural := rf.low(j - 1)
	if j == k+1 || !rf.placeNamed(k) || rf.runHas(k+1, j, "language") || !strings.HasSuffix(plural, "s") || !bodyKinds[strings.TrimSuffix(plural, "s")] && !bodyKinds[strings.TrimSuffix(plural, "ies")+"y"] {
		return
	}
	n, ok := listCues[rf.low(j)]
	if !ok || n == 2 && !rf.is(j+1, "as") {
		return
	}
	for i := j + n; i < s.b; {
		e := rf.entityOf(i)
		if e < 0 || rf.mentions[rf.entAt[i]].a != i {
			return
		}
		b := rf.mentions[rf.entAt[i]].b
		if rf.ents[e].typ == kg.Organization {
			rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(p), rf.span(rf.mentions[rf.entAt[k]].a, b))
		}
		switch {
		case rf.punct(b, ',') && rf.is(b+1, "and", "or"):
			i = b + 2
		case rf.punct(b, ',') || rf.is(b, "and", "or"):
			i = b + 1
		default:
			return
		}
	}
}

// tieNouns are the nouns that tie a person to a place, and their predicates.
var tieNouns = map[string]string{"resident": "residentOf", "native": "nativeOf"}

// personsPlace reads the place of the person mention mi: "PLACE resident|native NAME",
// "NAME, a [words] resident|native of PLACE", "NAME, a PLACE resident|native[,.]".
func (rf *relationFinder) personsPlace(si, mi int) {
	s := &rf.sents[si]
	m := &rf.mentions[mi]
	place := func(k int) int { // the place whose mention ends at token k
		if p := rf.entityOf(k); p >= 0 && rf.ents[p].typ == kg.Place && !rf.mentions[rf.entAt[k]].demonym &&
			rf.mentions[rf.entAt[k]].b == k+1 && rf.placeNamed(k) && !rf.owner(k+1) {
			return p
		}
		return -1
	}
	if pred := tieNouns[rf.low(m.ta-1)]; pred != "" && m.ta-1 > s.start {
		if p := place(m.ta - 2); p >= 0 {
			rf.addRelation(si, rf.entName(m.ent), pred, rf.entName(p), rf.span(rf.mentions[rf.entAt[m.ta-2]].a, m.b))
		}
		return
	}
	if !rf.punct(m.b, ',') || !rf.is(m.b+1, "a", "an") {
		return
	}
	for k := m.b + 2; k < s.b && k <= m.b+8; k++ {
		pred := tieNouns[rf.low(k)]
		if pred == "" {
			if rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&(lxFunc|lxSpeech) == 0 || rf.entAt[k] >= 0 ||
				rf.toks[k].kind == tNum || rf.punct(k, '-') {
				continue // "a 49-year-old", "a lifelong Boston"
			}
			return
		}
		p, end := -1, k+1
		switch {
		case rf.is(k+1, "of"):
			end = rf.nameEnd(k+2) + 1
			p = place(end - 1)
		case k+1 >= s.b || rf.punct(k+1, ',') || rf.toks[k+1].kind == tStop || rf.is(k+1, "and", "who"):
			p = place(k - 1)
		}
		if p >= 0 {
			rf.addRelation(si, rf.entName(m.ent), pred, rf.entName(p), rf.span(m.a, end))
		}
		return
	}
}

// nameEnd returns the last token of the name that starts at token k, or -1.
func (rf *relationFinder) nameEnd(k int) int {
	if k >= len(rf.toks) || rf.entAt[k] < 0 || rf.mentions[rf.entAt[k]].a != k {
		return -1
	}
	return rf.mentions[rf.entAt[k]].b - 1
}

// publicBodyHeads are the first words after a place in the name of a body of its
// government or public service: "U.S. Department of Defense", "Raleigh City Council",
// "Texas Department of Criminal Justice", "Fresno Police Department".
var publicBodyHeads = map[string]bool{"department": true, "ministry": true, "city": true, "council": true,
	"police": true, "senate": true, "house": true, "assembly": true, "legislature": true, "army": true,
	"navy": true, "air": true, "marine": true, "coast": true, "national": true, "supreme": true,
	"court": true, "centers": true, "agency": true, "board": true, "commission": true, "parliament": true,
	"government": true, "bureau": true, "attorney": true, "state": true, "highway": true, "sheriff": true,
	"treasury": true, "congress": true, "embassy": true, "consulate": true, "fire": true}

// publicBodyHeadsNext are the words that must follow a head word that is also a common
// adjective or noun: "City Council", "Air Force", "Coast Guard", "State Department".
var publicBodyHeadsNext = map[string][]string{"city": {"council", "hall"}, "air": {"force"},
	"marine": {"corps"}, "coast": {"guard"}, "national": {"guard", "assembly", "police"},
	"supreme": {"court"}, "state": {"department", "police", "legislature", "senate", "assembly", "board", "attorney"},
	"fire":    {"department"},
	"highway": {"patrol"}, "house": {"of"}}

// placeBody reads a body of a place's government named with the place first (mention
// mi): partOf(body, place). The place is a country, a U.S. state or a town the word lists
// know, or a place the article names; the body's next word is one of publicBodyHeads.
func (rf *relationFinder) placeBody(mi int) {
	m := &rf.mentions[mi]
	name := rf.entName(m.ent)
	if rf.ents[m.ent].typ != kg.Organization || m.b-m.a < 2 || strings.ContainsAny(name, "0123456789") || corpSuffix[strings.ToLower(rf.tok(m.b-1))] {
		return // not "U.S. Navy P-8A", "U.S. Department of Commerce and ZTE Corp"
	}
	for p := m.a + 1; p < m.b && p <= m.a+3; p++ {
		h := rf.low(p)
		if !publicBodyHeads[h] || !rf.toks[p].has(fCap) {
			continue
		}
		if next, ok := publicBodyHeadsNext[h]; ok && (p+1 >= m.b || !slices.Contains(next, rf.low(p+1))) {
			continue
		}
		if place := rf.knownPlaceName(rf.span(m.a, p)); place != "" && place != name {
			rf.addRelation(m.sent, name, "partOf", place, rf.span(m.a, m.b))
		}
		return
	}
}

// knownPlaceName returns the common name of a place named so: a country ("U.S." →
// United States), a U.S. state, a town of the word lists or a place of the article; or "".
func (rf *relationFinder) knownPlaceName(name string) string {
	if c, ok := countryNames[name]; ok {
		return c
	}
	if usStates[name] {
		return name
	}
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	for _, e := range rf.ents {
		if !e.dropped && e.name == name {
			if e.typ == kg.Place && !featureHeads[last] && last != "district" { // not "Capitol Police"
				return name
			}
			return ""
		}
	}
	if _, ok := countryOf[name]; ok {
		return name
	}
	return ""
}
