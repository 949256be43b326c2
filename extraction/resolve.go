package extraction

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factgraph/kg"
	"golang.org/x/text/unicode/norm"
)

// Resolution: the mentions of one article grouped into entities — by name key, by the
// word lists' canonical names, by parenthesised acronyms and short forms ("Scalia" after
// "Antonin Scalia", "USGS", "Acme" for "Acme Corp") — each typed by the evidence of its
// mentions, with its gender and country.

// corpSuffix are company suffixes, ignored when names are matched.
var corpSuffix = newTokSet(wordSet("corp-suffixes"))

// genderWords before or after a name say whether the person is a woman or a man.
var genderWords = wordGenders("gender-words")

// genderWordSet holds the words of genderWords, for genderWord's bit test.
var genderWordSet = keySet(genderWords)

// genderWord returns genderWords[d.low(k)].
func (d *doc) genderWord(k int) byte {
	g, _ := lookup(d, k, genderWordSet, genderWords)
	return g
}

// nameKey normalises a name for matching: lower case, no "the", no "al-", no company
// suffixes ("Goldman Sachs Group Inc" → "goldman sachs", "Wells Fargo & Co" → "wells
// fargo"), no site's ending ("amazon.com" → "amazon"), no dots.
func nameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	var arr [8]string
	words, ascii := asciiLowerFields(name, arr[:0])
	if !ascii {
		words = strings.Fields(strings.ToLower(foldMarks(name)))
	}
	trim := func(w string) string {
		if ascii {
			return trimKeyPunct(w)
		}
		return strings.Trim(w, ".,'’")
	}
	end := len(words)
	for end > 1 && corpSuffix.has(trim(words[end-1])) {
		end--
	}
	if end < len(words) && end > 1 && words[end-1] == "&" {
		end-- // the "&" of "& Co"
	}
	for i, w := range words[:end] {
		w = trim(w)
		if i == 0 && w == "the" {
			continue
		}
		w = strings.TrimPrefix(w, "al-")
		w = strings.TrimPrefix(w, "el-")
		if strings.IndexByte(w, '.') > 0 {
			w = siteName(w) // "Amazon.com" and "Amazon" are one company
		}
		w = strings.ReplaceAll(w, ".", "")
		w = strings.ReplaceAll(w, "’", "'")
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// foldMarks drops the accents of a name's letters ("Nestlé" → "Nestle", "São Paulo" →
// "Sao Paulo"), so that an article that writes a name both ways names one entity.
func foldMarks(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// asciiLowerFields is strings.Fields(strings.ToLower(s)) for an ASCII s, appended to
// words; it reports false (and nothing) when s has a byte past ASCII, whose lower case and
// spaces are Unicode's.
func asciiLowerFields(s string, words []string) ([]string, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if upper {
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		s = unsafe.String(unsafe.SliceData(b), len(b))
	}
	start := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words, true
}

// trimKeyPunct is strings.Trim(w, ".,'’") for an ASCII w.
func trimKeyPunct(w string) string {
	a, b := 0, len(w)
	for a < b && (w[a] == '.' || w[a] == ',' || w[a] == '\'') {
		a++
	}
	for b > a && (w[b-1] == '.' || w[b-1] == ',' || w[b-1] == '\'') {
		b--
	}
	return w[a:b]
}

// genericOwner gives a name made only of generic words ("Foreign Ministry", "Defense
// Ministry") its owner, so that Taiwan's and China's are two bodies: "Taiwan's Foreign
// Ministry" after "Taiwan's", and "Chinese Foreign Ministry" keyed by China.
func (ef *entityFinder) genericOwner(m *mention) {
	if m.key != "" || !lastFieldOrgHead(m.name) {
		return // the name must end in a body's head ("Ministry"): asked before it is split
	}
	ws := strings.Fields(strings.ToLower(m.name))
	if len(ws) < 2 {
		return
	}
	start := 0
	country := ""
	if c, ok := demonymOf[firstField(m.name)]; ok {
		start, country = 1, c
	}
	for _, w := range ws[start:] {
		if _, head := lowerOrgHeads[w]; !head && !lowerOrgQualifiers.has(w) {
			return
		}
	}
	if _, head := lowerOrgHeads[ws[len(ws)-1]]; !head {
		return
	}
	if country == "" && m.a >= 2 && (ef.tok(m.a-1) == "'s" || ef.tok(m.a-1) == "’s") {
		if om := ef.entAt[m.a-2]; om >= 0 && ef.mentions[om].typ == kg.Place && ef.mentions[om].name != "" {
			owner := ef.mentions[om].name
			if ef.mentions[om].demonym {
				owner = demonymOf[owner]
			}
			country = owner
			m.name = owner + "'s " + m.name
		}
	}
	if country != "" {
		m.key = nameKey(country + " " + strings.Join(ws[start:], " "))
		m.country = country
	}
}

// lastFieldOrgHead reports whether the last word of name (strings.Fields's last) in
// lower case is a head of lowerOrgHeads ("Foreign Ministry"), without splitting or
// copying the name: genericOwner's test of the head, asked first.
func lastFieldOrgHead(name string) bool {
	name = strings.TrimRightFunc(name, unicode.IsSpace)
	last := name
	if i := strings.LastIndexFunc(name, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(name[i:])
		last = name[i+size:]
	}
	var buf [40]byte
	if len(last) <= len(buf) {
		if low, _, ok := lowerInto(&buf, last); ok {
			_, head := lowerOrgHeads[string(low)]
			return head
		}
	}
	_, head := lowerOrgHeads[strings.ToLower(last)]
	return head
}

// fieldCount returns fieldCount(s) without making the fields: the number of
// runs of runes that are not white space (unicode.IsSpace, as Fields reads them).
func fieldCount(s string) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		c := s[i]
		space := false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// resolveEntities groups mentions into entities: by name key (addToEntity), types the
// weak names a list places beside a town (townsInPlaceLists), then merges parenthesised
// acronyms and short forms (mergeShortForms); then each entity's gender,
// its type by the evidence of all its mentions, and its country.
func (ef *entityFinder) resolveEntities() {
	ef.epithetsBeforeNames()
	for mi := range ef.mentions {
		if ef.mentions[mi].name != "" {
			ef.addToEntity(mi)
		}
	}
	for _, e := range ef.ents {
		if firmNamedForTown(e) {
			e.scores[typeIndex(kg.Place)] = 0 // "the San Miguel deal" after San Miguel Corp: the firm, not the gazetteer's town
		}
		e.typ = bestType(e)
	}
	ef.townsInPlaceLists()
	ef.mergeShortForms()
	ef.genders()
	for ei, e := range ef.ents {
		if e.dropped {
			continue
		}
		e.typ = bestType(e)
		switch e.typ {
		case kg.Place:
			// The text's own "Plymouth, Massachusetts" outranks the word lists'
			// Plymouth (Montserrat's); a region the lists know ("Europe") is in no
			// country whatever a list of places around it says.
			if c, ok := countryOf[e.name]; ok && (e.country == "" || c == "") {
				e.country = c
				if usStates[e.name] && ef.stateByContext(ei) {
					e.country = "United States" // "tickets sold in California and Georgia": the state, not the nation
				}
			} else if c := townCountry[e.name]; c != "" && e.country == "" {
				e.country = c // "Fresno": the gazetteer's town, where the text named no state
			}
		case kg.Organization:
			if c := orgCountry[e.name]; c != "" {
				e.country = c
			}
			if commonWordOrg(e) && !ef.bodyByContext(ei) {
				e.dropped = true
			}
		}
	}
}

// commonWordOrg reports whether entity e is a common English word named once and typed
// a body by nothing but the default of a lone capitalised word: "Cool story", "Read or
// Share this story", "the Devil", "Maximum sustained winds", a word cut from a longer name
// ("Hand of the King"). A body the word lists know, or one its context types ("the
// company Square said", "Pulse nightclub"), has more than the default's score.
func commonWordOrg(e *entity) bool {
	sc := e.scores
	o := typeIndex(kg.Organization)
	return e.mentions == 1 && e.words == 1 && !e.gaz && sc[o] > 0 && sc[o] <= e.weakOrg &&
		sc[o]+sc[typeIndex(kg.Person)]+sc[typeIndex(kg.Place)]+sc[typeIndex(kg.Group)]+sc[typeIndex(kg.Other)] == sc[o] &&
		englishWords.has(lowerASCII(e.name)) && orgAlias[e.name] == "" && !bodyWord(e.name)
}

// bodyByContext reports whether the one mention of entity ei stands where a body's name
// goes: in a list beside another body ("rivals like TalkTalk, Sky and Vodafone"), before
// a possessive and a name ("Alphabet's Google"), or before a word that ends bodies' names
// or an outlet's noun, or is a party word ("a Time magazine photographer", "the Sun
// tabloid", "a Conservative lawmaker").
func (ef *entityFinder) bodyByContext(ei int) bool {
	if partyWords.has(ef.ents[ei].name) {
		return true
	}
	// the entity's one mention (commonWordOrg): the one at its first token
	mi := ef.entAt[ef.ents[ei].first]
	if mi < 0 || ef.mentions[mi].ent != ei {
		return false
	}
	m := &ef.mentions[mi]
	if m.b+1 < len(ef.toks) && ef.is(m.b, wAposS, wRsquoS) && ef.toks[m.b+1].has(fCap) {
		return true
	}
	if m.b < len(ef.toks) && ef.toks[m.b].kind == tWord && !ef.toks[m.b].has(fCap) && (ef.toks[m.b].feat&lxOrgHead != 0 || ef.is(m.b, wMagazine, wNewspaper, wTabloid, wWebsite, wChannel)) {
		return true
	}
	return ef.listedBody(m.a-2, m.a-1) || ef.listedBody(m.b+1, m.b) || ef.describedBefore(m.a)
}

// describedBefore reports whether the name at token a follows what describes a body:
// a plain noun ("the messaging app Kettle", "rival Square"), a person's word and "for"
// or "at" ("a lead developer for Signal"), or "the" before a plural ("the Bears").
func (ef *entityFinder) describedBefore(a int) bool {
	if a < 1 {
		return false
	}
	p := &ef.toks[a-1]
	if p.kind == tWord && !p.has(fCap) && p.feat&(lxFunc|lxPronoun|lxStarter|lxNumWord) == 0 && !p.has(fAbbr) && !ef.clauseInitial(a, ef.sents[ef.sentOf(a)].start) {
		w := ef.low(a - 1)
		return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	}
	if a >= 2 && ef.is(a-1, wFor, wAt) && ef.toks[a-2].feat&lxPersonNoun != 0 {
		return true
	}
	w := ef.tok(a)
	return ef.is(a-1, wThe) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// listedBody reports whether token k names a body and token sep between it and a name
// is a comma, "and" or "or": the two are members of one list.
func (ef *entityFinder) listedBody(k, sep int) bool {
	if k < 0 || k >= len(ef.toks) || sep < 0 || sep >= len(ef.toks) || !(ef.punct(sep, ',') || ef.is(sep, wAnd, wOr)) {
		return false
	}
	mi := ef.entAt[k]
	if mi < 0 {
		return false
	}
	ei := ef.mentions[mi].ent
	return ei >= 0 && !ef.ents[ei].dropped && ef.ents[ei].typ == kg.Organization && !commonWordOrg(ef.ents[ei])
}

// bodyWord reports whether the word w alone may name a body: a chamber ("the House
// Budget Committee" is part of the House) or a word that ends bodies' names ("Assembly",
// "Parliament", "Police").
func bodyWord(w string) bool {
	if committeeChambers.has(w) {
		return true
	}
	l, ok := lexicon[lowerASCII(w)]
	return ok && l.feat&lxOrgHead != 0
}

// nameKeyOf returns nameKey(name), computed once an article for each name (keyOf):
// the names of an article repeat, and nameKey lowers, splits and joins each time.
func (es *entitySet) nameKeyOf(name string) string {
	if k, ok := es.keyOf[name]; ok {
		return k
	}
	k := nameKey(name)
	es.keyOf[name] = k
	return k
}

// addToEntity adds mention mi to the entity of its name key, a new one for a new key.
// The word lists' canonical names ("U.S." → "United States", "AP" → "Associated Press",
// a demonym's country) are keys; a longer name the lists do not know becomes the
// entity's name.
func (ef *entityFinder) addToEntity(mi int) {
	m := &ef.mentions[mi]
	ef.genericOwner(m)
	canon := m.name
	gaz := false
	if m.demonym {
		canon = demonymOf[m.name]
		gaz = true
	} else if c, ok := countryNames[canon]; ok {
		canon, gaz = c, true
	} else if o, ok := orgAlias[canon]; ok {
		canon, gaz = o, true
	} else if _, ok := countryOf[canon]; ok && m.typ == kg.Place {
		gaz = true
	}
	var key string
	if m.key != "" {
		key = m.key
	} else if siteOfPlaceOrPerson(canon) {
		key = lowerASCII(canon) // "Alabama.com", a news site, is not the state
	} else {
		key = ef.nameKeyOf(canon)
		if _, named := ef.byKey[key]; !named {
			if site := acronymSite(canon); site != "" {
				key = site // "KKK.com" before "the KKK": the site, then the body that runs it
			}
		}
	}
	ei, ok := ef.byKey[key]
	if !ok {
		e := &entity{name: canon, key: key, keyWords: strings.Fields(key), first: m.a, gaz: gaz, words: fieldCount(canon)}
		ef.ents = append(ef.ents, e)
		ei = len(ef.ents) - 1
		ef.byKey[key] = ei
	}
	e := ef.ents[ei]
	m.ent = ei
	e.mentions++
	if m.country != "" && e.country == "" {
		e.country = m.country
	}
	e.scores[typeIndex(m.typ)] += m.score
	if m.typ == kg.Person && m.score <= 2 {
		e.weakPerson += m.score
	}
	if m.typ == kg.Organization && m.score <= 1 {
		e.weakOrg += m.score
	}
	if m.typ == kg.Other && m.b < len(ef.toks) && ef.toks[m.b].kind == tWord && !ef.toks[m.b].has(fCap) && ef.in(m.b, thingHeads) {
		e.thing = true
	}
	if m.typ == kg.Place && m.score == definedPlaceScore && ef.definedAsPlace(m.sent, m.a, m.b) {
		e.defined = true
	}
	if m.typ == kg.Other && ef.ownedProductMention(m) {
		e.ownedProduct = true
	}
	if gaz {
		e.gaz = true
	}
	if m.articled {
		e.articled = true
		e.articledScore += m.score
	}
	if !gaz && !m.demonym && len(m.name) > len(e.name) && !e.gaz && !siteOf(m.name, e.name) {
		e.addAlias(e.name)
		e.name = m.name
		e.words = fieldCount(m.name)
	}
	e.addAlias(m.name)
}

// mergeShortForms merges an acronym in brackets after a name into the name's entity
// ("Kurdistan Workers Party (PKK)"), then each entity that is a short form of another
// (shortFormOf: a surname, an acronym, a company without its suffix).
func (ef *entityFinder) mergeShortForms() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent < 0 || m.b+2 >= len(ef.toks) || !ef.punct(m.b, '(') || !ef.punct(m.b+2, ')') || ef.sents[m.sent].start > m.b {
			continue // (a dateline's "HOUSTON (KTRK) --" names the station, no short form)
		}
		if am := ef.entAt[m.b+1]; am >= 0 && ef.mentions[am].ent >= 0 && ef.mentions[am].ent != m.ent && ef.toks[m.b+1].has(fUpper) {
			ef.merge(ef.mentions[am].ent, m.ent)
		}
	}
	ef.makerProducts()        // "Vantor PX90D" beside "Vantor" (makerproducts.go)
	ev := ef.titleEvidences() // surnames.go
	ef.surnamedBodies()       // "Dana White" typed a body, then "White added that he" (surnamedbodies.go)
	for mi := range ef.mentions {
		if m := &ef.mentions[mi]; m.ent >= 0 && m.a > 0 && ef.in(m.a-1, patronymicLinks) {
			ef.ents[m.ent].linked = true
		}
	}
	for ei, e := range ef.ents {
		if e.dropped {
			continue
		}
		if e.words == 1 && e.typ == kg.Place && ef.townBeforeState(ei) {
			continue // "grew up in Lawrence, Kansas": a town, not Lawrence Hale's given name
		}
		if t := ef.shortFormOf(ei, ev); t >= 0 {
			if tw := ef.ents[t].keyWords; len(tw) == 2 && shortFeatureHeads[tw[1]] && ef.datelineTown(e.name) {
				continue // "TAMPA —" then "Tampa Bay": the town the report is filed from, not the bay
			}
			if ef.ents[t].typ == kg.Person && e.words == 1 {
				// "Scalia" after "Antonin Scalia": whatever the surname's own contexts
				// said ("without Scalia"), it names the person
				e.scores = [5]int{}
				ef.splitSharedSurname(ei, t, ev) // surnames.go
				continue
			}
			if tt := ef.ents[t]; tt.typ == kg.Other && e.words == 1 && tt.keyWords[len(tt.keyWords)-1] == e.keyWords[0] && makerProductTail([]string{e.name}) && e.scores[typeIndex(kg.Organization)] <= e.weakOrg {
				e.scores, e.weakPerson, e.weakOrg = [5]int{}, 0, 0 // "the PX90D" takes the Vantor PX90D's type, not a lone word's default (makerproducts.go)
			}
			if tt := ef.ents[t]; tt.makerProduct && e.words == 1 {
				e.scores, e.weakPerson, e.weakOrg = [5]int{}, 0, 0 // "Docs" takes the Google Docs' type, not a lone word's default (makerproducts.go)
			}
			if ef.ents[t].articled && e.words == 1 && ef.articledShortForm(e, ef.ents[t]) {
				e.scores, e.weakPerson, e.weakOrg = [5]int{}, 0, 0 // "the Rift" takes the Oculus Rift's type, not its own default
			}
			ef.merge(ei, t)
		} else if t := ef.theHeadBody(ei); t >= 0 {
			ef.merge(ei, t) // "the Bureau" for the Bureau of Reclamation named before it
		}
	}
}

// townBeforeState reports whether every mention of entity ei is a name a U.S. state or a
// country follows after a comma ("Lawrence, Kansas", "Keller, Texas"), as news writes a
// town: such a one-word name is no short form of a person or a firm named in full.
func (ef *entityFinder) townBeforeState(ei int) bool {
	seen := false
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent != ei {
			continue
		}
		if m.demonym || !ef.punct(m.b, ',') || ef.entAt[m.b+1] < 0 {
			return false
		}
		st := &ef.mentions[ef.entAt[m.b+1]]
		if st.a != m.b+1 || st.typ != kg.Place || st.demonym || !usStates[st.name] && countryOf[st.name] == "" || ef.is(st.b, wAposS, wRsquoS) {
			return false // not "the Brotherhood, Egypt's largest party": an appositive
		}
		seen = true
	}
	return seen
}

// firmNamedForTown reports whether entity e is a company named after a town of the
// gazetteer whose short form the article also uses ("San Miguel Corp", then "a deal with
// San Miguel"): the name's own suffix types it, however often the town's name stands alone.
func firmNamedForTown(e *entity) bool {
	if knownTown(e.name) || e.scores[typeIndex(kg.Organization)] < 5 || !corpSuffixed(e.name) {
		return false
	}
	for _, a := range e.aliases {
		if knownTown(a) {
			return true
		}
	}
	return false
}

// otherLeads reports whether scores sc give Other more than a person, a place or a group
// ("Android" a product beside a default's body, not the place a stray mention made it).
func otherLeads(sc [5]int) bool {
	t := sc[typeIndex(kg.Other)]
	return t > sc[typeIndex(kg.Person)] && t > sc[typeIndex(kg.Place)] && t > sc[typeIndex(kg.Group)]
}

func bestType(e *entity) kg.EntityType {
	best, bs := 4, -1
	sc := e.scores
	if p := typeIndex(kg.Person); sc[p] > 0 && sc[p] <= e.weakPerson && sc[typeIndex(kg.Organization)] >= 5 {
		// a person only by default ("Airbus Helicopters said", "Dalian Wanda's"), a body
		// by its own evidence once ("Airbus Helicopters, a subsidiary of"): the body's
		sc[p] = 0
	}
	if o, p := typeIndex(kg.Organization), typeIndex(kg.Person); sc[o] > 0 && sc[o] <= e.weakOrg && sc[p] > e.weakPerson {
		// a body only by default ("Trump has won", "Trump's adviser"), a person by own
		// evidence once ("Mr. Trump", "Trump said he"): the person's, and its default
		// mentions with it
		sc[p] += sc[o]
		sc[o] = 0
	}
	if o := typeIndex(kg.Organization); sc[o] > 0 && sc[o] <= e.weakOrg && e.thing {
		// a body only by default ("Zika is not known to be fatal"), a thing by
		// its own evidence once ("the Zika virus"): the thing's
		sc[o] = 0
	}
	if o := typeIndex(kg.Organization); sc[o] > 0 && sc[o] <= e.weakOrg && e.defined {
		// a body only by default ("illuminates Ecatepec"), a place by a definition once
		// ("Ecatepec is a city in …"): the place's (placedefinitions.go)
		sc[o] = 0
	}
	if o := typeIndex(kg.Organization); sc[o] > 0 && sc[o] <= e.weakOrg && e.ownedProduct && otherLeads(sc) {
		// a body only by default ("Watson is taking"), its owner's product by its own
		// evidence once ("IBM's Watson supercomputer"): the product's (ownedproducts.go)
		sc[o] = 0
	}
	for i, s := range sc {
		if s > bs {
			best, bs = i, s
		}
	}
	return typeOrder[best]
}

func (e *entity) addAlias(a string) {
	if a == "" {
		return
	}
	for _, x := range e.aliases {
		if x == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// merge folds entity from into entity into.
func (es *entitySet) merge(from, into int) {
	if from == into {
		return
	}
	f, t := es.ents[from], es.ents[into]
	if f.dropped || t.dropped {
		return
	}
	f.dropped = true
	t.mentions += f.mentions
	for i := range f.scores {
		t.scores[i] += f.scores[i]
	}
	t.weakPerson += f.weakPerson
	t.weakOrg += f.weakOrg
	t.thing = t.thing || f.thing
	t.defined = t.defined || f.defined
	t.articled = t.articled || f.articled
	t.articledScore += f.articledScore
	t.addAlias(f.name)
	for _, a := range f.aliases {
		t.addAlias(a)
	}
	if f.first < t.first {
		t.first = f.first
	}
	for mi := range es.mentions {
		if es.mentions[mi].ent == from {
			es.mentions[mi].ent = into
		}
	}
	es.byKey[f.key] = into
}

// shortFormOf finds the entity that entity ei is a short form of, or -1. A surname
// whose titles say something (ev, surnames.go) is the person they fit.
func (es *entitySet) shortFormOf(ei int, ev []titleEvidence) int {
	e := es.ents[ei]
	ew := e.keyWords
	best := -1
	titled := len(ev[ei].roles) > 0 || ev[ei].sex != 0
	var people []int // the people named in full whose names hold a titled surname
	placed := -1     // an organization whose name is a place's and this one word ("U.S. Army")
	articled := -1   // a thing typed by its article whose name holds this name (articledShortForm)
	initials := -1   // a body whose initials this name is ("GE" for General Electric Co): before a longer name that opens with it ("GE Capital")
	// suffixedName(e), asked at the first case that reads it and kept (the loop changes
	// no entity): few candidates reach those cases, and the name and every alias are read
	suffixed := byte(0) // 0 not asked yet, 1 no, 2 yes
	eSuffixed := func() bool {
		if suffixed == 0 {
			suffixed = 1
			if suffixedName(e) {
				suffixed = 2
			}
		}
		return suffixed == 2
	}
	oneWord := len(ew) == 1
	acronym := oneWord && isAllUpper(e.name)
	for ti, t := range es.ents {
		if ti == ei || t.dropped || t.words <= e.words {
			continue
		}
		tw := t.keyWords
		if oneWord && !wordMayShorten(ew[0], e.name, acronym, t) {
			continue // no case below, nor articled or placed, can take t
		}
		ok := false
		switch {
		case len(ew) == 1 && t.typ == kg.Person && (!e.gaz || e.typ == kg.Organization && t.first < e.first && len(tw) >= 2 && tw[len(tw)-1] == ew[0] && personWords(t.name)) && !(e.typ == kg.Organization && eSuffixed()):
			// (a known organization's one-word name is the surname of a person the
			// article named in full before it: "Michael Bloomberg … Bloomberg said")
			// a surname or given name of a person named in full
			for i, w := range tw {
				if w == ew[0] && (i == 0 || e.linked || !patronymicLinks.has(tw[i-1])) {
					ok = true
				}
			}
			if ok && bodyOrLeaderApart(e, t) {
				ok = false // "Etsy" beside "Etsy Wholesale", "Obama" beside "Gitmo Obama" (firmsbeforetrades.go)
			}
			if ok && titled {
				people = append(people, ti)
				continue
			}
		case len(ew) == 1 && t.typ == kg.Group && e.typ != kg.Place && !e.gaz && len(tw) >= 2 && tw[0] == ew[0]:
			ok = true // "Latino" for "Latino Americans" (a people named by a demonym's plural)
		case len(ew) == 1 && e.typ != kg.Place && len(e.name) >= 2 && isAllUpper(e.name) && initialsName(e.name, t):
			ok = true // "USGS" for the U.S. Geological Survey, "GE" for General Electric Co
			if initials < 0 || t.mentions > es.ents[initials].mentions {
				initials = ti
			}
		case !e.gaz && t.typ == kg.Organization && len(tw) == len(ew)+1 && keyOpens(t.key, e.key, " ") && corpSuffixed(t.name) && !eSuffixed():
			ok = true // "Kestrel" for Kestrel Media Corp; not "Time Inc" for Time Warner Inc, a company named in full
		case len(ew) >= 2 && keyCloses(t.key, e.key) && t.typ == e.typ && !regionOf(t, e):
			ok = true
		case len(ew) >= 2 && keyOpens(t.key, e.key, " in ") && t.typ == e.typ:
			ok = true
		case len(ew) == 1 && t.typ == kg.Other && !e.gaz && len(tw) >= 2 && tw[len(tw)-1] == ew[0] && (modelTail(e.name) || makerProductTail([]string{e.name})):
			ok = true // "S7" for the Galaxy S7, "A320" for the Airbus A320 (entities_products.go), "PX90D" for the Vantor PX90D (makerproducts.go)
		case len(ew) == 1 && t.makerProduct && t.typ == kg.Other && e.typ != kg.Person && !e.gaz && len(tw) == 2 && tw[1] == ew[0]:
			ok = true // "Docs" for Google Docs, "Messenger" for Facebook Messenger (makerproducts.go knownMakerProduct)
		case len(ew) == 1 && t.typ == kg.Other && e.typ != kg.Place && !e.gaz && len(tw) >= 2 && (tw[0] == ew[0] || tw[len(tw)-1] == ew[0]) && hyphenedCode(strings.Fields(t.name)[0]):
			ok = true // "P-47" and "the Thunderbolt" for the P-47 Thunderbolt, a hyphened code opening its name (modelcodes.go)
		case len(ew) == 1 && t.typ == kg.Other && e.typ == kg.Other && len(tw) >= 2 && tw[0] == ew[0] && indexNamed(e.name) && indexNamed(t.name):
			ok = true // "the Dow" for the Dow Jones, "the S&P" for the S&P 500 (marketnames.go)
		case len(ew) == 1 && t.typ == kg.Other && e.typ != kg.Person && e.typ != kg.Place && !e.gaz && diseaseShortForm(ew[0], tw):
			ok = true // "Alzheimer" for Alzheimer's disease, "Guillain-Barre" for Guillain-Barre syndrome
		case t.typ == kg.Organization && ofFormOf(ew, tw) && !es.fieldBodyElsewhere(ei, ti):
			ok = true // "Justice Department" for the U.S. Department of Justice (ofheads.go)
		case teamShortForm(t, e):
			ok = true // "the Broncos" for the Denver Broncos (entities_regions.go)
		case len(ew) == 1 && t.typ == kg.Organization && e.typ != kg.Place && !e.gaz && len(tw) >= 2 && tw[0] == ew[0] && companyWords(t.name) && !eSuffixed() && !es.parentOfUnits(ei, ti):
			ok = true // "Honda" for "Honda Motor Co", "AMC" for "AMC Entertainment"; not "Sony Corp" for its "Sony Network Entertainment" unit
		case len(ew) == 1 && t.typ == kg.Organization && (e.typ == kg.Organization || e.typ == kg.Person) && !e.gaz && len(tw) >= 3 && tw[0] == ew[0] && t.first < e.first && corpSuffixed(t.name) && !publicBodyWords(t.name) && !eSuffixed() && !es.parentOfUnits(ei, ti) && !es.otherSuffixedFirm(ei, ti):
			ok = true // "Didi" after "Didi Chuxing Technology Co", "Chipotle" after "Chipotle Mexican Grill Inc": a firm named in full with its suffix first, then by its first word (fullfirmfirst74)
		case t.typ == kg.Other && e.typ != kg.Place && !e.gaz && shipShortForm(e.name, t.name):
			ok = true // "the Ann Vole", "Vole" for the USS Ann Vole (nametypes.go shipName)
		case len(ew) == 1 && t.typ == kg.Organization && t.gaz && e.typ != kg.Place && !e.gaz && knownOrgWord(e.name, t.name):
			ok = true // "Goldman" for Goldman Sachs, "Klan" for the Ku Klux Klan (word lists)
		case len(ew) == 1 && t.typ == kg.Place && e.typ != kg.Person && !e.gaz && len(tw) == 2 && tw[0] == ew[0] && shortFeatureHeads[tw[1]] && !compassWords.has(e.name):
			ok = true // "Guantánamo" for Guantánamo Bay, "Jeju" for Jeju Island, "Swat" for the Swat Valley
		case len(ew) == 1 && t.typ == kg.Organization && e.typ != kg.Place && !e.gaz && len(tw) >= 2 && tw[len(tw)-1] == ew[0] && t.first < e.first && shortNameHeads.has(ew[0]):
			ok = true // "the Journal" for the Wall Street Journal named before it, "the Committee" for the DNC
		}
		if ok && (best < 0 || t.mentions > es.ents[best].mentions) {
			best = ti
		}
		if !ok && articled < 0 && es.articledShortForm(e, t) {
			articled = ti // "the Rift" for the Oculus Rift (articlednames.go), when nothing else claims it
		}
		if len(ew) == 1 && t.typ == kg.Organization && (e.typ == kg.Organization || e.typ == kg.Person) && !e.gaz && len(tw) >= 2 && tw[len(tw)-1] == ew[0] && placeLed(t.name) {
			placed = ti // "the Army" for the U.S. Army: the body the name heads, not "Army Times" (a lone capitalised word may be typed a person yet)
		}
	}
	if placed >= 0 && len(people) == 0 {
		return placed
	}
	if initials >= 0 && len(people) == 0 {
		return initials
	}
	if len(people) > 0 {
		return personOfSurname(ev, es.ents, ei, people)
	}
	if best < 0 {
		return articled
	}
	return best
}

// keyOpens reports strings.HasPrefix(key, k+sep), and keyCloses
// strings.HasSuffix(key, " "+k), without the concatenation: shortFormOf asks them of
// every pair of an article's entities (speed152).
func keyOpens(key, k, sep string) bool {
	return len(key) >= len(k)+len(sep) && key[:len(k)] == k && key[len(k):len(k)+len(sep)] == sep
}

func keyCloses(key, k string) bool {
	n := len(key) - len(k)
	return n >= 1 && key[n-1] == ' ' && key[n:] == k
}

// wordMayShorten reports whether the one-word name of key w (its name, an acronym when
// all upper case) may be a short form of entity t by some case of shortFormOf: each case
// for a one-word name, and articledShortForm and placeLed's test after them, needs w as
// one of t's key words (or the start of its first: "alzheimer" of "alzheimer's disease"),
// the name inside the name of t, an organization or a thing (teamShortForm,
// shipShortForm, knownOrgWord), or an acronym
// (initialsName). Any other t is skipped before the cases' tests (speed152): each
// article's entities are compared pairwise.
func wordMayShorten(w, name string, acronym bool, t *entity) bool {
	tw := t.keyWords
	if acronym || len(tw) > 0 && strings.HasPrefix(tw[0], w) {
		return true
	}
	for _, x := range tw {
		if x == w {
			return true
		}
	}
	// the cases that read the names take only an organization or a thing
	return (t.typ == kg.Organization || t.typ == kg.Other) && strings.Contains(t.name, name)
}

// datelineTown reports whether a dateline of the article names the place name.
func (ef *entityFinder) datelineTown(name string) bool {
	for _, p := range ef.datelines {
		if p.name == name {
			return true
		}
	}
	return false
}

// shortFeatureHeads are the heads of a natural feature's two-word name whose first word alone
// names it too ("Guantánamo Bay", "Jeju Island", "Swat Valley"); not a county's, a city's
// or a beach's, whose first word is often another place ("Dallas County", "Miami Beach").
var shortFeatureHeads = map[string]bool{"bay": true, "island": true, "islands": true, "peninsula": true, "valley": true}

// patronymicLinks join a person's given name to their father's in an Arabic name
// ("Mohammed bin Salman", "Abdullah ibn Saud"): the word after
// one is the father's name, so a one-word name that matches only there is the father
// ("King Salman"), never a short form of the son, unless the article writes it after
// the link too ("bin Laden said": the family name). A family name after "al-" is a
// surname ("Assad" for Bashar al-Assad) and stays one. ("bint", a daughter's link, is
// not here: the name finder does not join names across it.)
var patronymicLinks = newTokSet(map[string]bool{"bin": true, "ibn": true})

// regionOf reports whether place t names a part of place e ("South Los Angeles" of Los
// Angeles, "Upstate New York" of New York), a place of the word lists: a place of its
// own, not e named in full ("South Damen Avenue" is Damen Avenue).
func regionOf(t, e *entity) bool {
	first, rest, _ := strings.Cut(t.name, " ")
	_, known := countryOf[e.name]
	return known && t.typ == kg.Place && compassWords.has(first) && rest == e.name
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isAllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// initialsName reports whether acronym is the initials of entity t's name, or, for a
// company, of its name without the suffix ("GE" of General Electric Co).
func initialsName(acronym string, t *entity) bool {
	if acronym != "" && (strings.IndexByte(t.name, acronym[0]) < 0 || strings.IndexByte(t.name, acronym[len(acronym)-1]) < 0) {
		return false // acronymOf writes only letters of t.name's own bytes: one byte missing, no match (asked first, a cheap test)
	}
	if acronymOf(t.name) == acronym {
		return true
	}
	return t.typ == kg.Organization && corpSuffixed(t.name) && acronymOf(strings.TrimSpace(strings.TrimSuffix(t.name, lastWord(t.name)))) == acronym
}

// acronymOf returns the initials of a multi-word name ("U.S. Geological Survey" → "USGS").
func acronymOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "on" || lw == "&" {
			continue
		}
		if strings.Contains(w, ".") && len(w) <= 5 {
			for _, r := range w {
				if r >= 'A' && r <= 'Z' {
					b.WriteRune(r)
				}
			}
			continue
		}
		for _, r := range w {
			if isUpperRune(r) {
				b.WriteRune(r)
			}
			break
		}
	}
	return b.String()
}

// headEnders are the prepositions an appositive's head noun comes before: a kin word
// after one names someone else ("who along with his wife", "the son of the late widow").
var headEnders = []string{"of", "with", "along", "to", "for", "from", "by"}

// genders sets each person's gender from the given names, honorifics and role words
// around their mentions.
func (ef *entityFinder) genders() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent < 0 || m.name == "" {
			continue
		}
		e := ef.ents[m.ent]
		if e.gender != 0 {
			continue
		}
		if g := nameGender[firstField(m.name)]; g != 0 {
			e.gender = g
			continue
		}
		for k := m.ta - 1; k >= m.ta-3 && k >= 0; k-- {
			if g := ef.genderWord(k); g != 0 {
				e.gender = g
				break
			}
			if ef.toks[k].kind != tWord {
				break
			}
		}
		for k := m.ta; k < m.a; k++ {
			if g := ef.genderWord(k); g != 0 {
				e.gender = g
			}
		}
		if e.gender == 0 && ef.punct(m.b, ',') {
			// "Tima Kurdi, the boy's aunt,": the appositive's head, its last word before a
			// preposition ("Ali Farsi, who along with his wife," is no woman)
			for k, end := m.b+1, m.b+6; k < len(ef.toks) && k <= end; k++ {
				if k == m.b+2 && ef.is(k-1, wA, wAn) && ef.toks[k].kind == tNum && ef.punct(k+1, '-') && ef.low(k+2) == "year-old" {
					k, end = k+2, end+2 // "Jo Cox, a 41-year-old mother of two,": the age one word
					continue
				}
				if ef.toks[k].kind != tWord || ef.isWord(k, headEnders...) {
					break
				}
				if g := ef.genderWord(k); g != 0 {
					e.gender = g
				}
			}
		}
	}
	for _, e := range ef.ents {
		if e.gender == 0 && !e.dropped {
			first := firstField(e.name)
			if first == "" {
				first = "x" // strings.Fields(e.name + " x")[0]
			}
			if g := nameGender[first]; g != 0 {
				e.gender = g
			}
		}
	}
}

// shipShortForm reports whether name e is the ship t without its navy's prefix ("Ann
// Vole" of "USS Ann Vole") or the last word of it ("Vole").
func shipShortForm(e, t string) bool {
	prefix, rest, ok := strings.Cut(t, " ")
	if !ok || !shipPrefixes.has(prefix) {
		return false
	}
	return e == rest || !strings.Contains(e, " ") && e == lastWord(rest)
}

// knownOrgWord reports whether the one-word name w is the first or the last word of
// name, an organization of the word lists (data/organizations.txt) named in two words or
// more: "Goldman" for Goldman Sachs, "Wells" for Wells Fargo, "Enquirer" for the National
// Enquirer, as news shortens a firm or a group once it has named it in full. A common
// English word ("House" of the White House, "State", "International") or a demonym
// ("Syrian" of the Free Syrian Army) names something else as often: no short form.
func knownOrgWord(w, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || w != f[0] && w != f[len(f)-1] || englishWords.hasLower(w) {
		return false
	}
	_, people := demonymOf[w]
	return !people
}

// corpSuffixed reports whether name ends in a company's suffix ("Sony Corp", "Hess Corp.").
func corpSuffixed(name string) bool {
	return corpSuffix.hasLower(strings.Trim(lastWord(name), "."))
}

// suffixedName reports whether entity e is named once with a company's suffix ("Sony
// Corp", "Hess Corp."): a company named in full, no short form of a longer name that
// begins with its first word, which is its unit's ("Sony Network Entertainment").
func suffixedName(e *entity) bool {
	if corpSuffixed(e.name) {
		return true
	}
	for _, a := range e.aliases {
		if corpSuffixed(a) {
			return true
		}
	}
	return false
}

// parentOfUnits reports whether the one-word name of entity ei opens the names of two
// bodies that part at their second word, ti and another ("Sony" beside "Sony Network
// Entertainment" and "Sony Computer Entertainment Inc."): it is then their parent's
// name, the short form of neither. The other is a company by its words or its suffix
// (not "Labour MPs" beside the "Labour Party"), ti is no parent's name with a suffix
// ("Raytheon Company"), and a longer form of ti's own name is no second body ("Goldman
// Sachs Asset Management" beside "Goldman Sachs").
func (es *entitySet) parentOfUnits(ei, ti int) bool {
	w := es.ents[ei].keyWords[0]
	tw := es.ents[ti].keyWords
	if fieldCount(es.ents[ti].name) == 2 && corpSuffixed(es.ents[ti].name) {
		return false // "Raytheon Company" is the parent's own full name
	}
	for ui, u := range es.ents {
		if ui == ei || ui == ti || u.dropped || u.typ != kg.Organization || len(u.keyWords) < 2 || u.keyWords[0] != w {
			continue
		}
		if u.keyWords[1] != tw[1] && (companyWords(u.name) || suffixedName(u)) {
			return true
		}
	}
	return false
}

// companyWords reports whether every word of a company's name after its first is a
// company suffix or a word of businesses' names ("Honda Motor Co", "AMC Entertainment
// Holdings", "Sky News"), and none a public body's ("Cleveland Police Department"), so
// that the first word alone names it.
func companyWords(name string) bool {
	f := strings.Fields(name)
	for _, w := range f[1:] {
		lw := strings.ToLower(strings.Trim(w, "."))
		if _, public := lowerOrgHeads[lw]; public {
			return false // "Cleveland Police Department" is not "Cleveland"
		}
		if !corpSuffix.has(lw) && !orgLastWords.has(w) && (lexicon[lw] == nil || lexicon[lw].feat&lxOrgHead == 0) {
			return false
		}
	}
	return true
}

// otherSuffixedFirm reports whether the article names in full, with a company's suffix,
// another firm than ti whose name opens with entity ei's one word ("Caesars Entertainment
// Operating Company Inc" and "Caesars Entertainment Corp."): the bare word may be either.
func (es *entitySet) otherSuffixedFirm(ei, ti int) bool {
	w := es.ents[ei].keyWords[0]
	for ui, u := range es.ents {
		if ui != ei && ui != ti && !u.dropped && u.typ == kg.Organization && len(u.keyWords) >= 2 && u.keyWords[0] == w && suffixedName(u) {
			return true
		}
	}
	return false
}

// publicBodyWords reports whether a word of name after its first is a public body's
// head ("Cleveland Police Department"): such a name is no firm's, whatever its suffix;
// nor is a name with a firm's closing word inside it ("Toyota Motor Corp Nissan Motor
// Co", two names run together).
func publicBodyWords(name string) bool {
	f := strings.Fields(name)
	for i, w := range f[1:] {
		lw := strings.ToLower(strings.Trim(w, "."))
		if _, public := lowerOrgHeads[lw]; public {
			return true
		}
		if i+2 < len(f) && (lw == "corp" || lw == "co" || lw == "inc" || lw == "ltd") {
			return true
		}
	}
	return false
}

// personWords reports whether name reads as a person's full name: a given name first
// and every word capitalised ("Michael Bloomberg", not "Tom Frieden on Twitter").
func personWords(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || !firstNames[ws[0]] {
		return false
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// siteOfPlaceOrPerson reports whether name is a site's address whose bare name is a place
// the gazetteer knows or a given name ("Alabama.com", "Cleveland.com"): such a site is a
// firm of its own, and addToEntity keys it with its ending so that it never joins the
// place or the person of the same name. Other sites join their bare name ("Amazon.com"
// and "Amazon", nameKey).
func siteOfPlaceOrPerson(name string) bool {
	bare, ok := siteBare(name)
	if !ok {
		return false
	}
	_, place := countryOf[bare]
	_, country := countryNames[bare]
	return place || country || firstNames[bare]
}

// acronymSite returns the key of a site whose bare name is an acronym in capitals
// ("KKK.com", "NFL.com", "JD.com Inc."): the site word in lower case, "" for other names.
// A story that opens with such an address names the site; the bare acronym after it names
// the body that runs the site ("the NFL's passing leader"), so the two stay apart, while
// the site's full name ("JD.com Inc.") joins it. Introduced by the bare name first
// ("WIRED", then "WIRED.com"), the address is the outlet's alias as any site is.
func acronymSite(name string) string {
	site, _, _ := strings.Cut(name, " ")
	if bare, ok := siteBare(site); !ok || len(bare) < 2 || !allCaps(bare) {
		return ""
	}
	return lowerASCII(site)
}

// siteOf reports whether site is the address of the name the story already gave its
// entity ("WIRED.com" after "WIRED"): the outlet keeps the name it was introduced by, and
// the address becomes an alias (addToEntity). A story that opens with the address keeps
// it as the name ("Amazon.com", then "Amazon").
func siteOf(site, name string) bool {
	bare, ok := siteBare(site)
	return ok && strings.EqualFold(bare, name)
}

// firstField returns the first of s's fields as strings.Fields splits them (around
// unicode.IsSpace), without building the others; "" when s has none.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// placeLed reports whether an organization's name is a country's name and one word more
// ("U.S. Army", "U.S. Treasury"): the word alone names it too. (Not a demonym's:
// "American Airlines", "American Express".)
func placeLed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return false
	}
	lead := name[:i]
	if _, ok := countryNames[lead]; ok {
		return true
	}
	c, ok := countryOf[lead]
	return ok && c == lead
}

// shortNameHeads are the last words of newspapers' and bodies' names that news uses
// alone, capitalised, for the paper or the body it named in full before ("the Journal
// reported", "the Post said", "after the Committee suspended", "the Fund said"), in key
// form.
var shortNameHeads = newTokSet(map[string]bool{"journal": true, "post": true, "times": true,
	"tribune": true, "herald": true, "globe": true, "telegraph": true, "guardian": true,
	"chronicle": true, "inquirer": true, "gazette": true, "examiner": true, "observer": true,
	"enquirer": true, "bulletin": true, "courier": true, "dispatch": true,
	"committee": true, "legislature": true, "commission": true, "council": true, "agency": true, "fund": true,
	"bank": true, "ministry": true, "board": true, "authority": true, "institute": true,
	"foundation": true, "association": true, "federation": true, "bureau": true})

// stateByContext reports whether the place entity ei, whose name is a U.S. state's and a
// nation's ("Georgia"), is the state where the article names it: beside another U.S.
// state in a list ("sold in California and Georgia", "Georgia, Alabama and Tennessee") or
// after a U.S. town and a comma ("Atlanta, Georgia").
func (ef *entityFinder) stateByContext(ei int) bool {
	usPlace := func(mi int) bool {
		if mi < 0 || ef.mentions[mi].ent == ei || ef.mentions[mi].typ != kg.Place {
			return false
		}
		n := ef.mentions[mi].name
		_, nation := countryNames[n]
		return usStates[n] && !nation || townCountry[n] == "United States"
	}
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent != ei {
			continue
		}
		if m.a >= 2 && (ef.punct(m.a-1, ',') || ef.is(m.a-1, wAnd, wOr)) && usPlace(int(ef.entAt[m.a-2])) {
			return true
		}
		if m.b+1 < len(ef.toks) && (ef.punct(m.b, ',') || ef.is(m.b, wAnd, wOr)) && usPlace(int(ef.entAt[m.b+1])) && usStates[ef.mentions[ef.entAt[m.b+1]].name] {
			return true
		}
	}
	return ef.stateAmongUSPlaces(ei, usPlace)
}

// stateAmongUSPlaces reports whether the article that names entity ei, a U.S. state's
// and a nation's name ("Georgia"), names another U.S. state or a U.S. town (usPlace),
// other than Washington and New York, where the nation's envoys go too, and names no
// town of the nation ("Tbilisi") nor the Caucasus: an American report's Georgia is the
// state ("snow from Ohio to Georgia", "executed in Jackson, Georgia's prison").
func (ef *entityFinder) stateAmongUSPlaces(ei int, usPlace func(int) bool) bool {
	nation, us := ef.ents[ei].name, false
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent == ei || m.typ != kg.Place {
			continue
		}
		if countryOf[m.name] == nation && m.name != nation || townCountry[m.name] == nation || m.name == "Caucasus" {
			return false
		}
		us = us || m.name != "Washington" && m.name != "New York" && usPlace(mi)
	}
	return us
}
