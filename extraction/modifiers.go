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
// "Mendes, a Boston resident," (residentOf, nativeOf). A place before a trade says where
// the person lives and works: "a Dayton firefighter, Ann Cole", "Austin podcasters Lee
// Moss and Kim Ray" (residentOf). "A Tennessee woman" is left alone. A party's word
// before a person, their title or their race says which party they belong to:
// "Republican presidential front-runner Donald Trump", "Democrat Hillary Clinton"
// (memberOf). An organization before a trade that roles.go does not read says the person
// belongs to it: "NBA player Tom Reed", "Aerosmith guitarist Joe Perry" (memberOf),
// "Apple investor Carl Ward" (investsIn).

// bodyKinds are the kinds of business or body a place may modify before a name: the
// organization descriptors (data/names.txt organization-descriptors), the kinds a
// description may name (kindNouns) and a few trades ("Brazilian steelmaker X", "Greek
// shipowner X", "Norwegian shipper X": the name is read only when it is an organization's),
// and a fund ("Singapore sovereign wealth fund X", "Abu Dhabi sovereign fund X").
var bodyKinds = func() map[string]bool {
	m := map[string]bool{"chipmaker": true, "carmaker": true, "broadcaster": true, "utility": true,
		"miner": true, "refiner": true, "exchange": true, "developer": true, "builder": true,
		"producer": true, "publisher": true, "agency": true, "airline": true, "bank": true,
		"marketplace": true, "station": true, "player": true, "drugmaker": true, "steelmaker": true,
		"planemaker": true, "toymaker": true, "watchmaker": true, "shipbuilder": true, "shipper": true,
		"shipowner": true, "charity": true, "nonprofit": true, "fund": true,
		"weekly": true, "mapmaker": true} // "German weekly Der Spiegel", "Dutch mapmaker TomTom"
	for w := range orgDescriptors.m {
		m[w] = true
	}
	for w := range kindNouns {
		m[w] = true
	}
	return m
}()

// tradeKinds are words that name a firm by its place in a market or a deal, read only
// where bodyKinds are read before a name or a plural kind's list: "Greek tanker owner X",
// "French peer X", "Chinese bidder X", "South Korean parent X", "Brazilian subsidiary X",
// "German discounters A and B". The name is read only when it is an organization's, so
// "Greek owner Nikos Pappas" (a person) is left alone; kept apart from bodyKinds because
// personNoun reads those as no person's ("a London-based owner, Ann Cole").
var tradeKinds = newTokSet(map[string]bool{"owner": true, "operator": true, "peer": true, "rival": true,
	"bidder": true, "parent": true, "subsidiary": true, "business": true, "brand": true,
	"studio": true, "telecom": true, "discounter": true, "contractor": true, "specialist": true,
	"carrier": true})

// bodyKind reports whether lower-case word w names the kind of a body before its name:
// bodyKinds or tradeKinds.
func bodyKind(w string) bool { return bodyKinds[w] || tradeKinds.has(w) }

// listCues introduce the members of a plural kind: "firms such as", "banks including".
var listCues = map[string]int{"such": 2, "including": 1, "like": 1}

// placeModifiers reads the places that modify a body's kind in sentence si.
func (rf *relationFinder) placeModifiers(si int) {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		m := rf.namedMentionAt(k)
		if rf.quoteOf[k] != 0 || m == nil {
			continue
		}
		if rf.ents[m.ent].typ == kg.Person {
			rf.personsPlace(si, int(rf.entAt[k]))
			rf.basedPerson(si, m)
			rf.describedBasedPerson(si, m) // basedpeople.go
			rf.apposedTrade(si, m)         // apposedtrades.go
			continue
		}
		rf.apposedTown(si, m) // apposedtowns.go
		if rf.ents[m.ent].typ != kg.Organization {
			continue
		}
		if p := rf.placeOfKind(k, s.start); p >= 0 && !strings.Contains(rf.ents[m.ent].name, rf.ents[p].name+"-") { // not a name that holds the compound ("Geneva-based agency")
			a := rf.placeStart(k, s.start)
			rf.addRelation(si, rf.entName(m.ent), "locatedIn", rf.entName(p), rf.span(a, m.b))
			// "Cupertino, California-based Apple": the town before the state too
			if pm := rf.entAt[a]; pm >= 0 && (rf.basedWord(rf.mentions[pm].b-1) || rf.splitBased(rf.mentions[pm].b+1)) {
				if t := rf.townBeforeState(a-1, p, s.start); t >= 0 && t != m.ent {
					rf.addRelation(si, rf.entName(m.ent), "locatedIn", rf.entName(t), rf.span(rf.mentions[rf.entAt[a-2]].a, m.b))
				}
			}
		}
		rf.apposedPlace(si, m) // apposedplaces.go
	}
	for k := s.start; k < s.b; k++ {
		if rf.quoteOf[k] == 0 && rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].b == k+1 {
			rf.listedBodies(si, k)
		}
	}
	rf.basedDescriptions(si) // baseddescriptions.go
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
	based, pk := rf.basedWord(j-1), j-1 // pk: the place's last token
	if j < a && rf.splitBased(j) {
		based, pk = true, j-2 // "U.S.-based AT&T", "the U.S.-based security firm iSight Partners"
		j++
	}
	if j < a && bodyKind(rf.low(a-1)) || based {
		if p := rf.entityOf(pk); p >= 0 && rf.ents[p].typ == kg.Place && rf.mentions[rf.entAt[pk]].b == pk+1 {
			if rf.owner(pk+1) || !rf.placeNamed(pk) || rf.runHas(j, a, "language") {
				return -1 // "Germany's automaker X" is places.go's; "English language broadcaster"
			}
			if !based && lowerCompound(rf.tok(pk)) {
				return -1 // "India-focussed outsourcing firm X": a market, not a place
			}
			if based && !rf.knownPlace(p) {
				return -1 // "Android-based Priv"
			}
			if based && rf.verbAfterKind(j, a) {
				return -1 // "the Lusk-based firm acquired Pellmark": the name is the verb's object
			}
			return p
		}
	}
	return -1
}

// splitBased reports whether token j is the "based" or "headquartered" of a place's
// "-based" word that the tokenizer split after an initialism's period ("U.S.-based",
// "D.C.-based": "U.S.", "-", "based"), the hyphen touching both.
func (rf *relationFinder) splitBased(j int) bool {
	if j < 2 || !rf.is(j, wBased, wHeadquartered) || !rf.punct(j-1, '-') {
		return false
	}
	return rf.toks[j-1].s == rf.toks[j-2].e && rf.toks[j].s == rf.toks[j-1].e
}

// verbAfterKind reports whether one of the words j+1..a-1 of a "PLACE-based" run is a
// past tense right after a kind noun: "the Lusk-based firm acquired Pellmark" is a clause,
// and Pellmark is its object, not the firm ("the Lusk-based privately held firm Acme" is
// no clause: "held" follows no kind).
func (rf *relationFinder) verbAfterKind(j, a int) bool {
	for k := j + 1; k < a; k++ {
		w := rf.low(k)
		if irregularVerbs[w] == "" && !(len(w) >= 5 && strings.HasSuffix(w, "ed") && englishWords.has(w)) {
			continue
		}
		if _, ok := definiteKind[rf.low(k-1)]; ok || bodyKind(rf.low(k-1)) {
			return true
		}
	}
	return false
}

// placeNamed reports whether the place mention that ends at token k is the whole name
// there: not "York-based" after "New"; a sentence's opening "The" or "Both" is no part of
// it ("The Britain-based Syrian Observatory", "Both Japanese makers").
func (rf *relationFinder) placeNamed(k int) bool {
	a := rf.mentions[rf.entAt[k]].a
	start := rf.sents[rf.sentOf(k)].start
	return a == start || !rf.toks[a-1].has(fCap) || rf.toks[a-1].kind != tWord || a-1 == start && rf.is(a-1, wThe, wA, wAn, wBoth)
}

// knownPlace reports whether the word lists know place p, or the article names it as a
// place more than once, or its one mention is a name of two words or more that scored
// as surely a place (the bar gazetteerPlaces puts a place in the article's country by):
// "Tokyo-based", "Battle Creek-based", not "Android-based" (one word, which the "-based"
// alone may have made a place).
func (rf *relationFinder) knownPlace(p int) bool {
	_, ok := countryOf[rf.ents[p].name]
	return ok || usStates[rf.ents[p].name] || rf.ents[p].country != "" || rf.ents[p].mentions > 1 ||
		strings.Contains(rf.ents[p].name, " ") && rf.ents[p].scores[typeIndex(kg.Place)] >= 6
}

// runHas reports whether one of the tokens a..b-1 is word w.
func (rf *relationFinder) runHas(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if rf.isWord(k, w) {
			return true
		}
	}
	return false
}

// placeStart returns the first token of the place before the kind of the name at a.
func (rf *relationFinder) placeStart(a, start int) int {
	j := rf.kindRun(a-1, start)
	if j < a && rf.splitBased(j) {
		j-- // "U.S.-based": the place ends before the hyphen
	}
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
func (d *doc) basedWord(k int) bool {
	if t := d.tok(k); len(t) < 7 || t[len(t)-1] != 'd' {
		return false // cheap test first: every token of every sentence is asked
	}
	w := d.low(k)
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "–based") || strings.HasSuffix(w, "-headquartered")
}

// listedBodies reads "PLACE [words] KINDs such as|including|like NAME, NAME and NAME",
// or the list set beside the kind after a comma ("both Japanese manufacturers, A and B")
// or right after it ("German carmakers A, B and C"),
// for the place that ends at token k: each organization of the list lies in the place.
// A list beside the kind names two bodies or more, the last after "and" or "or", all
// organizations; not after "unlike" or "than".
func (rf *relationFinder) listedBodies(si, k int) {
	s := &rf.sents[si]
	p := rf.entityOf(k)
	if p < 0 || rf.ents[p].typ != kg.Place || rf.owner(k+1) {
		return
	}
	j := k + 1
	for j < s.b && j-k <= 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0 && !rf.is(j, wIncluding) {
		j++ // the kind's words end before the list's cue ("firms including A, B and C")
	}
	plural := rf.low(j - 1)
	if j == k+1 || !rf.placeNamed(k) || rf.runHas(k+1, j, "language") || !strings.HasSuffix(plural, "s") || !bodyKind(strings.TrimSuffix(plural, "s")) && !bodyKind(strings.TrimSuffix(plural, "ies")+"y") {
		return
	}
	if rf.punct(j, ',') && rf.is(j+1, wIncluding) {
		j++ // "U.S. tech companies, including A and B": the list set off by a comma
	}
	n, ok := listCues[rf.low(j)]
	apposed := !ok && rf.punct(j, ',')
	if !ok && !apposed && rf.entityOf(j) >= 0 && rf.mentions[rf.entAt[j]].a == j {
		apposed, n = true, -1 // "German carmakers A and B": the list follows the kind at once
	}
	if apposed {
		n++ // "both Japanese manufacturers, A and B": the list stands beside the kind
		if a := rf.mentions[rf.entAt[k]].a; rf.is(a-1, wUnlike, wThan, wOther, wRival) || rf.is(a-2, wUnlike, wThan) {
			return // "Unlike U.S. firms, A and B": bodies set against the kind
		}
	} else if !ok || n == 2 && !rf.is(j+1, wAs) {
		return
	}
	var bodies [][2]int // each organization of the list and the end of its name
	closed := false     // the list's last name came after "and" or "or"
	for i := j + n; i < s.b; {
		the := !apposed && rf.is(i, wThe) && rf.entityOf(i) < 0
		if the {
			i++ // "networks including ITV, the BBC and Sky News"
		}
		e := rf.entityOf(i)
		if e < 0 || rf.mentions[rf.entAt[i]].a != i {
			break
		}
		b := rf.mentions[rf.entAt[i]].b
		if rf.owner(b) && rf.toks[b+1].kind == tWord && !rf.toks[b+1].has(fCap) {
			break // "automakers including A and B's local partner C": B owns the member
		}
		if the && !closed && !rf.punct(b, ',') && !rf.is(b, wAnd, wOr) {
			break // "contractors including A, the Justice Department said": the clause's subject
		}
		if rf.ents[e].typ == kg.Organization {
			bodies = append(bodies, [2]int{e, b})
		} else if apposed {
			return // an apposed list is of the kind's bodies only
		}
		if closed {
			break
		}
		if t := rf.tickerEnd(b); t >= 0 {
			b = t // "such as Usiminas (USIM5.SA) and CSN": the list goes on after the ticker
		}
		switch {
		case rf.punct(b, ',') && rf.is(b+1, wAnd, wOr):
			i, closed = b+2, true
		case rf.is(b, wAnd, wOr):
			i, closed = b+1, true
		case rf.punct(b, ','):
			i = b + 1
		default:
			i = s.b
		}
	}
	if apposed && (len(bodies) < 2 || !closed) {
		return // "U.S. firms, Apple said": one name after the comma is the clause's subject
	}
	for _, o := range bodies {
		rf.addRelation(si, rf.entName(o[0]), "locatedIn", rf.entName(p), rf.span(rf.mentions[rf.entAt[k]].a, o[1]))
	}
}

// tieNouns are the nouns that tie a person to a place, and their predicates.
var tieNouns = map[string]string{"resident": "residentOf", "native": "nativeOf"}

// personsPlace reads the place of the person mention mi: "PLACE resident|native NAME",
// "NAME, a [words] resident|native of PLACE", "NAME, a PLACE resident|native[,.]", and the
// same descriptions after "is" or "was" ("NAME is a PLACE native who").
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
	if p, a := rf.placeOfTrade(m); p >= 0 {
		var others [][2]int
		rf.listedPersons(m, func(e, b int) { others = append(others, [2]int{e, b}) })
		if strings.HasSuffix(rf.low(m.ta-1), "s") && len(others) == 0 {
			return // "Taipei administers Itu Aba": a verb, or a plural before one name
		}
		rf.addRelation(si, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(a, m.b))
		if strings.HasSuffix(rf.low(m.ta-1), "s") {
			for _, o := range others {
				rf.addRelation(si, rf.entName(o[0]), "residentOf", rf.entName(p), rf.span(a, o[1]))
			}
		}
		return
	}
	if !rf.punct(m.b, ',') && !rf.is(m.b, wIs, wWas) || !rf.is(m.b+1, wA, wAn) {
		return // "NAME, a Chicago native", "NAME is a Chicago native who"
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
		case rf.is(k+1, wOf):
			end = rf.nameEnd(k+2) + 1
			p = place(end - 1)
		case k+1 >= s.b || rf.punct(k+1, ',') || rf.toks[k+1].kind == tStop || rf.is(k+1, wAnd, wWho):
			p = place(k - 1)
		}
		if p >= 0 {
			rf.addRelation(si, rf.entName(m.ent), pred, rf.entName(p), rf.span(m.a, end))
		}
		return
	}
}

// basedPerson reads the place a "-based" word gives a person (mention m) where they
// work: "Tokyo-based game industry analyst Serkan Ito" before the name, "Jun Sato, a
// Singapore-based economist at Acme," after it (residentOf, as for "Dayton firefighter
// X"). The place is one placeOfKind accepts (named whole, known to the word lists or
// named twice); the last of the words between is a person's (personNoun); after the
// name, one to four lower-case words follow it and then the description ends or goes on with "at", "for", "with", "of" or "who".
func (rf *relationFinder) basedPerson(si int, m *mention) {
	s := &rf.sents[si]
	if j := rf.kindRun(m.ta-1, s.start); j < m.ta && (rf.basedWord(j-1) || rf.splitBased(j)) {
		if p := rf.placeOfKind(m.ta, s.start); p >= 0 && personNoun(rf.low(m.ta-1)) {
			rf.addRelation(si, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(rf.placeStart(m.ta, s.start), m.b))
		}
		return
	}
	k, ok := rf.descriptionStart(m)
	if !ok || !rf.is(k, wA, wAn, wThe) || rf.entAt[k+1] < 0 || rf.mentions[rf.entAt[k+1]].a != k+1 {
		return
	}
	pk := rf.mentions[rf.entAt[k+1]].b - 1 // the place's last token, "Singapore-based"
	p := rf.entityOf(pk)
	if p < 0 || rf.ents[p].typ != kg.Place || !rf.basedWord(pk) || !rf.knownPlace(p) {
		return
	}
	e := pk + 1
	for e < s.b && e-pk <= 4 && rf.toks[e].kind == tWord && !rf.toks[e].has(fCap) && rf.toks[e].feat&(lxFunc|lxSpeech) == 0 {
		e++
	}
	if e == pk+1 || !personNoun(rf.low(e-1)) || e < s.b && !rf.punct(e, ',') && rf.toks[e].kind != tStop && !rf.is(e, wAt, wFor, wWith, wOf, wWho, wAnd) {
		return // "a London-based company": the description names a body
	}
	rf.addRelation(si, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(m.a, e))
}

// personNoun reports whether lower-case word w names a person by their role, trade or
// kind: "analyst", "demographer", "consultant", not "retailer" or "consultancy" (the
// name after such a word is a body's, whatever its type).
func personNoun(w string) bool {
	if bodyKinds[w] { // (the organization descriptors among them)
		return false
	}
	return roleNouns[w] || tradeNoun(w) || occupationNoun(w) || townPersonNouns.has(w) || originNouns.has(w)
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
var publicBodyHeads = newTokSet(map[string]bool{"department": true, "ministry": true, "city": true, "council": true,
	"police": true, "senate": true, "house": true, "assembly": true, "legislature": true, "army": true,
	"navy": true, "air": true, "marine": true, "coast": true, "national": true, "supreme": true,
	"court": true, "centers": true, "agency": true, "board": true, "commission": true, "parliament": true,
	"government": true, "bureau": true, "attorney": true, "state": true, "highway": true, "sheriff": true,
	"treasury": true, "congress": true, "embassy": true, "consulate": true, "fire": true,
	"district": true, "public": true})

// publicBodyHeadsNext are the words that must follow a head word that is also a common
// adjective or noun: "City Council", "Air Force", "Coast Guard", "State Department".
var publicBodyHeadsNext = map[string][]string{"city": {"council", "hall"}, "air": {"force"},
	"marine": {"corps"}, "coast": {"guard"}, "national": {"guard", "assembly", "police"},
	"supreme": {"court"}, "state": {"department", "police", "legislature", "senate", "assembly", "board", "attorney"},
	"fire":    {"department"},
	"highway": {"patrol"}, "house": {"of"}, "district": {"attorney"}, "public": {"defender"}}

// placeBody reads a body of a place's government named with the place first (mention
// mi): partOf(body, place). The place is a country, a U.S. state or a town the word lists
// know, or a place the article names; the body's next word is one of publicBodyHeads.
func (rf *relationFinder) placeBody(mi int) {
	m := &rf.mentions[mi]
	name := rf.entName(m.ent)
	if (rf.ents[m.ent].typ == kg.Organization || rf.ents[m.ent].typ == kg.Other && indexNamed(name)) && (m.b-m.a == 1 || m.b-m.a <= 4 && rf.owner(m.a)) {
		// a body, or an index ("Tokyo's benchmark Nikkei", marketnames.go); the mention
		// may hold the place's possessive ("Syria's army": "'s army")
		if a := rf.ownerBefore(m.a, m.b, name); a >= 0 {
			if place := rf.nationalBodyPlace(a, m.b); place != "" {
				rf.addRelation(m.sent, name, "partOf", place, rf.span(a, m.b))
			}
			return
		}
	}
	if rf.ents[m.ent].typ != kg.Organization || m.b-m.a < 2 || strings.ContainsAny(name, "0123456789") || corpSuffix.hasLower(rf.tok(m.b-1)) {
		return // not "U.S. Navy P-8A", "U.S. Department of Commerce and ZTE Corp"
	}
	for p := m.a + 1; p < m.b && p <= m.a+3; p++ {
		h := rf.low(p)
		if !publicBodyHeads.has(h) || !rf.toks[p].has(fCap) {
			continue
		}
		if next, ok := publicBodyHeadsNext[h]; ok && (p+1 >= m.b || !slices.Contains(next, rf.low(p+1))) {
			continue
		}
		if place := rf.knownPlaceName(rf.span(m.a, p)); place != "" && place != name || rf.countySpan(m.a, p) {
			if place == "" {
				place = rf.span(m.a, p) // "Hoke County Sheriff's Office" (namedplaces.go)
			}
			rf.addRelation(m.sent, name, "partOf", place, rf.span(m.a, m.b))
			return
		}
		break
	}
	if place := rf.nationalBodyPlace(m.a, m.b); place != "" && place != name {
		rf.addRelation(m.sent, name, "partOf", place, rf.span(m.a, m.b))
	}
}

// ownerBefore returns the first token of a place's mention that ends right before token
// a (or before its possessive) and with tokens a..b-1 spells name: a lower-case body the
// entities stage named with its country, whose mention is the head alone ("U.S.
// military", orgs.go) or the head after the possessive ("Syria's army", "South Korea's
// defense ministry"); or -1.
func (rf *relationFinder) ownerBefore(a, b int, name string) int {
	p := a - 1
	if !rf.owner(a) && p > 0 && rf.owner(p) {
		p--
	}
	if p < 0 || rf.entAt[p] < 0 {
		return -1
	}
	o := &rf.mentions[rf.entAt[p]]
	if o.b != p+1 || o.ent < 0 || rf.ents[o.ent].typ != kg.Place || rf.span(o.a, b) != name {
		return -1
	}
	return o.a
}

// nationalBodyHeads are the last words of a country's or a state's body named with the
// country (or its people's adjective) first and the body's portfolio between: "U.S.
// Justice Department", "Chinese Foreign Ministry", "U.S. Federal Reserve", "U.S. Secret
// Service" (data/relations.txt [national-body-heads]). A value names the word that must
// come before the head ("Bank" only in "Central Bank"); "=" marks a head that must
// follow the place alone ("British Army", not "Irish Republican Army").
var nationalBodyHeads = wordValues("national-body-heads")

// nationalBodyPlaceWords are the people's adjectives that name no one country's
// government before a body: "American Farm Bureau" is a private one, "Korean" is of two
// countries.
var nationalBodyPlaceWords = newTokSet(map[string]bool{"American": true, "Korean": true})

// nationalBodyPlace returns the country or U.S. state whose body the organization named
// by tokens a..b-1 is, when the name opens with the country, its adjective or the state
// and ends (or stops before "of") in a head of nationalBodyHeads, every word between
// capitalized: "U.S. Federal Bureau of Investigation" → United States, "Russian Defence
// Ministry" → Russia, "California Public Utilities Commission" → California; or "".
func (rf *relationFinder) nationalBodyPlace(a, b int) string {
	head := b - 1
	for k := a + 1; k < b; k++ {
		if rf.is(k, wOf) {
			head = k - 1
			break
		}
	}
	for n := min(3, head-a); n >= 1; n-- {
		c := a + n // the body's first word after the place
		if !rf.toks[head].has(fCap) && c < head && rf.owner(c) {
			c++ // a lower-case body after the place's possessive: "Russia's military", "Chicago's police"
		}
		place := rf.bodyCountry(rf.span(a, a+n))
		if usStates[place] && rf.is(head, wMilitary, wArmy) {
			place = "" // "Washington's military": the nation's, not the state's
		}
		if place == "" && head == c && rf.is(head, wPolice) && !rf.toks[head].has(fCap) {
			place = rf.policeTown(a, a+n) // "Baltimore police", "Jakarta police"
		}
		if place == "" {
			continue
		}
		before, ok := nationalBodyHeads[rf.tok(head)]
		if !ok || head < c {
			return ""
		}
		if before == "~" {
			// a lower-case body with its portfolio between: "Brazilian health ministry",
			// "Iraqi security forces"
			if head == c || head-c > 2 || !rf.portfolioWords(c, head) {
				return ""
			}
			return place
		}
		switch {
		case before == "=" && head != c:
			return ""
		case before != "" && before != "=" && (head == c || rf.tok(head-1) != before):
			return ""
		}
		if rf.is(c, wAffairs, wWar) {
			return "" // the place is the body's topic: "Taiwan Affairs Office", "Vietnam War Air Force"
		}
		for k := c; k < head; k++ {
			if t := &rf.toks[k]; t.kind != tWord || !t.has(fCap) && !rf.is(k, wAnd, wAmpersand) {
				return ""
			}
			if _, country := countryNames[rf.tok(k)]; country || usStates[place] && rf.is(k, wFederal) {
				return "" // a nation's body in a state: "New Jersey U.S. District Court", "New York Federal Reserve"
			}
		}
		return place
	}
	return ""
}

// forcePortfolios are the lower-case words between a country and "forces" that make
// them its state's: "Iraqi security forces", "Turkish armed forces", not "Syrian rebel
// forces" or "Kurdish-led forces".
var forcePortfolios = newTokSet(map[string]bool{"security": true, "armed": true, "special": true,
	"government": true, "military": true, "defense": true, "defence": true, "naval": true,
	"border": true, "ground": true})

// agencyPortfolios are the lower-case words between a country and "agency" that make it
// its state's: "North Korea's official news agency", "South Korea's spy agency".
var agencyPortfolios = newTokSet(map[string]bool{"news": true, "official": true, "state": true,
	"spy": true, "intelligence": true, "space": true})

// portfolioWords reports whether tokens a..b-1 are lower-case words that name the
// portfolio of the lower-case body head at b: a minister's ("health ministry", "foreign
// ministry") before "ministry", a state's force ("security forces") before "forces", a
// state's agency ("news agency") before "agency".
func (rf *relationFinder) portfolioWords(a, b int) bool {
	for k := a; k < b; k++ {
		t := &rf.toks[k]
		if t.kind != tWord || t.has(fCap) {
			return false
		}
		w := rf.tok(k)
		switch rf.low(b) {
		case "ministry":
			if !ministerPortfolios.has(strings.ToUpper(w[:1]) + w[1:]) {
				return false
			}
		case "forces":
			if !rf.in(k, forcePortfolios) {
				return false
			}
		case "agency":
			if !rf.in(k, agencyPortfolios) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// policeTown returns the town or county tokens a..b-1 name before a lower-case
// "police" (token b): a place the article names or a town the word lists know, not a
// country's region or a people ("Baltimore police", "Jakarta police"); or "".
func (rf *relationFinder) policeTown(a, b int) string {
	for k := a; k < b; k++ {
		if t := &rf.toks[k]; t.kind != tWord || !t.has(fCap) {
			return ""
		}
	}
	name := rf.span(a, b)
	if _, people := demonymOf[name]; people {
		return ""
	}
	if townName(name) || rf.countySpan(a, b) {
		return name
	}
	for _, e := range rf.ents {
		if !e.dropped && e.name == name && e.typ == kg.Place && e.country != "" && e.country != name {
			return name
		}
	}
	return ""
}

// bodyCountry returns the country a country's name or its people's adjective names, or
// a U.S. state named so; or "".
func (rf *relationFinder) bodyCountry(name string) string {
	if c, ok := countryNames[name]; ok {
		return c
	}
	if usStates[name] {
		return name
	}
	if c, ok := demonymOf[name]; ok && !strings.HasSuffix(name, "s") && !nationalBodyPlaceWords.has(name) {
		return c
	}
	return ""
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
			if e.typ == kg.Place && !featureHeads.has(last) && last != "district" { // not "Capitol Police"
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

// partyNames are the parties a party's word names (data/names.txt party-names), and
// raceNouns the nouns of a person in a race for an office (race-nouns).
var (
	partyNames = wordValues("party-names")
	raceNouns  = newTokSet(wordSet("race-nouns"))
)

// partyMember reads a party's word before a person's name, their title or the words of
// their race or office (mention mi): "Democrat Hillary Clinton", "Republican Sen. John
// Thune", "Republican presidential front-runner Donald Trump", "Labour leader Jeremy
// Corbyn", and after a plural each name of the list that follows ("Republican
// presidential candidates Ted Cruz and Marco Rubio"). A race noun may close before a
// comma, then the title and the place or body it is held in ("Another Republican
// candidate, U.S. Senator X of Florida"). The person is memberOf the party.
// The word is the party's only when it stands alone: not "Liberal Democrats", "Social
// Democratic"; before a judge's title it is a leaning ("Liberal Justice Elena Kagan"), and
// before a minister's the ministry's ("Labour Minister").
func (rf *relationFinder) partyMember(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person {
		return
	}
	s := &rf.sents[m.sent]
	end := m.ta
	if m.ta < m.a && m.ta > s.start && rf.entAt[m.ta-1] >= 0 {
		// "Another Republican candidate, U.S. Senator X": past the place or body the
		// title is held in
		if om := &rf.mentions[rf.entAt[m.ta-1]]; om.b == m.ta && om.a > s.start+1 && rf.punct(om.a-1, ',') && rf.in(om.a-2, raceNouns) {
			end = om.a
		}
	}
	if end > s.start+1 && rf.punct(end-1, ',') && rf.in(end-2, raceNouns) {
		end-- // "the Democratic front-runner, Hillary Clinton"
	}
	a := end
	for a > s.start && end-a < 4 && rf.toks[a-1].kind == tWord && !rf.toks[a-1].has(fCap) && rf.toks[a-1].feat&(lxFunc|lxSpeech) == 0 && rf.entAt[a-1] < 0 {
		a--
	}
	head := rf.low(end - 1)
	plural := false
	if a < end {
		one := strings.TrimSuffix(head, "s")
		plural = one != head
		if !raceNouns.has(head) && !roleNouns[head] && !raceNouns.has(one) && !roleNouns[one] {
			return // "the Democratic presidential primary between Hillary Clinton"
		}
	}
	p := a - 1
	if a == end && m.ta < m.a && a-1 > s.start && rf.placeEndsAt(a) {
		// "Democratic Texas Gov. Ben Lund": the state is whose office, the word before it
		// the side
		if q := rf.mentions[rf.entAt[a-1]].a - 1; q >= s.start {
			p = q
		}
	}
	party := partyNames[rf.tok(p)]
	if p < s.start || party == "" || !rf.toks[p].has(fCap) {
		return
	}
	if mj := rf.entAt[p]; mj >= 0 && (rf.mentions[mj].a != p || rf.mentions[mj].b != p+1) {
		return // "Republican National Committee chairman"
	}
	if p > s.start && rf.toks[p-1].kind == tWord && rf.toks[p-1].has(fCap) && rf.toks[p-1].feat&lxFunc == 0 && !rf.placeEndsAt(p) {
		return // "Liberal Democrats leader", "Christian Democrat"; not "Ohio Republican Mark Rhee"
	}
	if strings.Contains(m.role, "justice") || strings.Contains(m.role, "judge") || a == end && m.ta < m.a && (strings.Contains(m.role, "minister") || strings.Contains(m.role, "secretary")) {
		return // "Liberal Justice Elena Kagan": a judge's leaning; "Labour Minister": the ministry's
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "memberOf", party, rf.span(p, m.b))
	if a == end && m.ta == m.a {
		plural = strings.HasSuffix(rf.tok(p), "s") // "Democrats Hillary Clinton and Bernie Sanders"
	}
	if !plural {
		return
	}
	rf.listedPersons(m, func(e, b int) { rf.addRelation(m.sent, rf.entName(e), "memberOf", party, rf.span(p, b)) })
}

// placeEndsAt reports whether a place's mention ends just before token p: the state
// before a party's word ("Ohio Republican Mark Rhee") says where the person is from,
// and the word is the party's.
func (rf *relationFinder) placeEndsAt(p int) bool {
	mj := rf.entAt[p-1]
	return mj >= 0 && rf.mentions[mj].b == p && rf.ents[rf.mentions[mj].ent].typ == kg.Place
}

// listedPersons calls add with each person named after mention m in a list ("A, B and
// C"), and the end of their name.
func (rf *relationFinder) listedPersons(m *mention, add func(e, b int)) {
	s := &rf.sents[m.sent]
	for k := m.b; k < s.b; {
		switch {
		case rf.punct(k, ',') && rf.is(k+1, wAnd):
			k += 2
		case rf.punct(k, ',') || rf.is(k, wAnd):
			k++
		default:
			return
		}
		e := rf.entityOf(k)
		if e < 0 || rf.mentions[rf.entAt[k]].a != k || rf.ents[e].typ != kg.Person {
			return
		}
		b := rf.mentions[rf.entAt[k]].b
		add(e, b)
		k = b
	}
}

// tradeNoun reports whether lower-case word w names a person by the work they do, so that
// a place before it says where they live and work: a trade of occupationNoun ("artist",
// "meteorologist") or an agent noun in "-er", "-or" or "-man" and their plurals
// ("developer", "firefighter", "podcasters", "businessman"), not one who carries out an
// attack ("shooter", "gunman": the attack's place) and not a role of the vocabulary,
// which roles.go reads ("lawyer", "reporter").
func tradeNoun(w string) bool {
	if perpetratorNouns.has(w) || agentNouns.has(w) || rolePredicate(w) != "" || rolePredicate(strings.TrimSuffix(w, "s")) != "" || len(w) < 6 ||
		strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return false // and not a name's lower-case part ("Abd ar-Rahman")
	}
	if occupationNoun(w) || occupationNoun(strings.TrimSuffix(w, "s")) {
		return true
	}
	for _, suf := range []string{"er", "ers", "or", "ors", "man", "men"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// townPersonNouns are nouns of a person, besides trades, before which a town or a state
// says where the person lives: "Oregon activist X", "New York billionaire X", "a
// Colorado woman, X" (data/names.txt resident-nouns); not a visitor's ("tourist").
var townPersonNouns = newTokSet(wordSet("resident-nouns"))

// placeOfTrade returns the place that modifies a trade before the name of person
// mention m, and the place's first token: "Dayton firefighter Ann Cole", "a Dayton
// firefighter, Ann Cole", "Austin podcasters Lee Moss and Kim Ray", "a Fresno,
// California, developer, Bo Diaz"; -1 for none. The place is a town or a state the word
// lists know, written whole ("New York", not "York"); not a country ("U.S. player X" is
// a nationality) nor a party's word. A comma before the name needs "a" or "an" before the
// place ("Iowa caucus-goers, Clinton" is no such phrase) and a name with no title.
func (rf *relationFinder) placeOfTrade(m *mention) (int, int) {
	s := &rf.sents[m.sent]
	h := m.ta - 1
	comma := rf.punct(h, ',')
	if comma {
		h--
	}
	if h <= s.start || rf.toks[h].kind != tWord || rf.toks[h].has(fCap) || !tradeNoun(rf.low(h)) && !rf.in(h, townPersonNouns) || comma && (m.ta != m.a || plural(rf.low(h))) {
		return -1, -1
	}
	k := h - 1
	if rf.punct(k, ',') && rf.entityOf(k-1) >= 0 && rf.punct(rf.mentions[rf.entAt[k-1]].a-1, ',') {
		k = rf.mentions[rf.entAt[k-1]].a - 2 // "a Fresno, California, developer": the town
	}
	p := rf.entityOf(k)
	if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[k]].b != k+1 || rf.mentions[rf.entAt[k]].demonym ||
		!rf.placeNamed(k) && !rf.is(rf.mentions[rf.entAt[k]].a-1, wA, wAn, wThe) || rf.owner(k+1) || partyNames[rf.ents[p].name] != "" {
		return -1, -1 // but "A Dayton firefighter" opening a sentence names the town whole
	}
	name := rf.ents[p].name
	if _, country := countryNames[name]; country || countryOf[name] == name || countryOf[name] == "" && !usStates[name] && rf.ents[p].country == "" {
		return -1, -1
	}
	a := rf.mentions[rf.entAt[k]].a
	if comma && !rf.is(a-1, wA, wAn) {
		return -1, -1
	}
	return p, a
}

// deedNouns are agent nouns of a deed, a prize or a product, which tie a person to no
// body: "Oscar winner X", "JavaScript creator X", "Facebook customer X".
var deedNouns = newTokSet(wordSet("deed-nouns"))

// playerPositions are a team player's positions that no trade noun's ending gives
// ("pitcher", "linebacker" end in -er): after a team's name they make the player its
// member ("Harbor Hawks quarterback Jo Vance", "Rivertown Owls guard Ty Ross").
var playerPositions = newTokSet(map[string]bool{"quarterback": true, "cornerback": true, "fullback": true,
	"halfback": true, "guard": true, "forward": true, "center": true, "centre": true, "safety": true,
	"goalkeeper": true, "goalie": true, "shortstop": true, "superstar": true})

// orgTrade reads an organization before a trade that roles.go does not read, then the
// person's name (mention mi): "NASA astronaut Jeff Moss", "Greenleaf frontman Jo Hart",
// "retired NBA player Tom Reed" and "Harbor Hawks quarterback Jo Vance" (memberOf,
// playerPositions), "Apple investor Carl Ward" (investsIn), and
// a trade the role vocabulary holds but roles.txt does not ("NSA contractor X",
// contractorOf). A role noun of roles.txt is preRoles'; a party's word is partyMember's.
func (rf *relationFinder) orgTrade(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.role != "" {
		return
	}
	s := &rf.sents[m.sent]
	end := m.ta
	a := end
	for a > s.start && end-a < 4 && rf.toks[a-1].kind == tWord && !rf.toks[a-1].has(fCap) && rf.toks[a-1].feat&(lxFunc|lxSpeech) == 0 && rf.entAt[a-1] < 0 {
		a--
	}
	if a == end || a == s.start {
		return
	}
	for k := a; k < end; k++ {
		if r := strings.ToLower(rf.span(k, end)); roleNouns[r] && rolePredicate(r) != "" {
			return // "Google spokesman X": preRoles'
		}
	}
	o := rf.entityOf(a - 1)
	if o < 0 || o == m.ent || rf.ents[o].typ != kg.Organization || rf.mentions[rf.entAt[a-1]].b != a || partyNames[rf.ents[o].name] != "" || partyNames[rf.tok(a-1)] != "" {
		return
	}
	om := &rf.mentions[rf.entAt[a-1]]
	if oa := om.a; rf.owner(a) || rf.toks[oa].kind != tWord {
		return
	} else if oa == s.start || rf.toks[oa-1].kind == tWord && (rf.toks[oa-1].has(fCap) || rf.is(oa-1, wOf) && rf.toks[oa-2].has(fCap)) {
		if !rf.openingBodyTrade(m.sent, s.start, a, end, om) {
			return // "Billionaire investor X", "Mass killer X": a capital that opens the sentence; "National Review columnist X", "World of Tanks developer X": a name cut short (not "the suspension of Harbor Hawks quarterback X")
		}
	}
	if _, place := countryOf[rf.ents[o].name]; place || ethnic.has(rf.ents[o].name) || demonymOf[rf.ents[o].name] != "" {
		return // "Kissimmee real estate broker X", "Serb ultranationalist X": a place or a people
	}
	if om.a > s.start && rf.toks[om.a-1].kind == tWord && capAfterHyphen(rf.tok(om.a-1)) {
		return // "then-White House intern X": the body's name cut at the hyphen ("House")
	}
	if rf.is(end-1, wAgent) && end-2 >= a && rf.is(end-2, wFree) {
		return // "NFL free agent X": no one's yet
	}
	if pred := rf.orgTradePredicate(rf.low(end-1), o); pred != "" {
		rf.addRelation(m.sent, rf.entName(m.ent), pred, rf.entName(o), rf.span(rf.mentions[rf.entAt[a-1]].a, m.b))
	}
}

// orgTradePredicate returns the predicate a trade (lower-case head) after organization o
// gives the person it describes (orgTrade, apposedOrgTrade), or "".
func (rf *relationFinder) orgTradePredicate(head string, o int) string {
	if deedNouns.has(head) {
		return "" // "Oscar winner X", "Bitcoin creator X": a prize or a product, not a body
	}
	switch {
	case kg.IsRole(head):
		return kg.RolePredicate(head)
	case head == "investor":
		return "investsIn"
	case head == "host" || head == "co-host" || head == "cohost":
		if !broadcaster(rf.ents[o].name) {
			return "" // "Serial host Sarah Koenig", "Daily Show host Jon Stewart": a show's, not its employer's
		}
		return "employeeOf" // "MSNBC host Steve Kornacki" (roles65): a network's presenter
	case tradeNoun(head) && !plural(head), playerPositions.has(head):
		return "memberOf"
	case bodyServiceTrades.has(head):
		return "employeeOf" // "FBI agent X", "NASA astronaut X" (rel149)
	}
	return ""
}

// bodyServiceTrades are trades held in the service of the body named before them that
// tradeNoun's endings miss: "FBI agent X", "NASA astronaut X", "White House intern X"
// (employeeOf). orgTrade leaves "free agent" aside.
var bodyServiceTrades = newTokSet(map[string]bool{"agent": true, "astronaut": true, "intern": true})

// broadcaster reports whether the organization named name reads as a network or a
// station that employs its hosts: the lexicon knows it ("MSNBC", "Fox News") or its last
// word is a broadcaster's ("Vexa TV", "Brellin Radio"). A show typed as a body ("Daily
// Show", "Serial") is neither.
func broadcaster(name string) bool {
	if _, ok := orgAlias[name]; ok {
		return true
	}
	switch strings.ToLower(lastWord(name)) {
	case "tv", "television", "news", "radio", "network", "channel", "broadcasting":
		return true
	}
	return false
}
