package extraction

import (
	"iter"

	"github.com/factgraph/kg"
)

// mention is one place where the article names an entity.
type mention struct {
	sent     int
	a, b     int // tokens of the name (title words excluded)
	ta       int // first token of the title before the name, or a
	name     string
	typ      kg.EntityType
	score    int    // strength of the type evidence
	role     string // role from a title inside the span ("health minister")
	roleOrg  string // the organization or place before the title ("Tainan City")
	roleOrgM int    // mention index of roleOrg, or -1
	ent      int
	demonym  bool   // a lone demonym ("Turkish") standing for its country
	articled bool   // typed by the article before it ("the Oculus Rift", articlednames.go)
	key      string // the name's matching key when it is not nameKey(name) ("Israeli foreign ministry" ≡ "Israel's foreign ministry")
	country  string // the country the name itself says ("Israel's foreign ministry"), or ""
}

// entity is one person, organization, place or group of the article.
type entity struct {
	// words, dropped, gaz, typ and keyWords first: shortFormOf and splitSharedSurname
	// read them of every other entity of the article for each one (speed152), and
	// together they share a cache line
	words    int
	dropped  bool
	gaz      bool // the name comes from a word list
	typ      kg.EntityType
	keyWords []string // key's words, split once: shortFormOf compares every pair of entities
	name     string
	aliases  []string
	mentions int
	country  string
	key      string
	first    int // token of first mention
	scores   [5]int
	// weakPerson: the part of scores' person score that only the default of a run of
	// capitalised words gave (mentions of score 2 or less, typeByContext), which a
	// body's own evidence outranks (bestType)
	weakPerson int
	// weakOrg: the part of scores' organization score that only the default of a lone
	// capitalised word gave (typeByContext's score 1), which a thing's own head word
	// outranks ("the Zika virus" once, then "Zika" ten times); thing: a mention of it
	// stands before one of thingHeads ("virus", "spacecraft": not "app", which a
	// company's name takes as often)
	weakOrg int
	thing   bool
	// defined: a mention is the subject of a definition as a place ("Ecatepec is a
	// city in …", placedefinitions.go), which outranks a body's default as thing does
	defined bool
	// ownedProduct: a mention of it was typed a product by its owner's possessive and a
	// product's noun ("IBM's Watson supercomputer"; ownedproducts.go), which outranks a
	// lone word's default elsewhere ("Watson said", "No NX this year")
	ownedProduct bool
	gender       byte // 'F', 'M' or 0 for a person, from a given name, an honorific or a role word
	// linked: a mention follows "bin" or "ibn" ("bin Laden said"), the article's own
	// short form of a name built on the link (patronymicLinks)
	linked bool
	// articled: a mention was typed by the article before it ("the Oculus Rift"), whose
	// last word alone the article may use for it later ("the Rift"; articlednames.go)
	articled bool
	// articledScore: the part of scores that such mentions gave; all of it when every
	// mention was typed so (a name that would have been a person's by default alone)
	articledScore int
	// makerProduct: makerProducts retyped the name a known maker's product by its maker
	// alone ("Google Docs"), whose last word alone the article may use for it ("Docs")
	makerProduct bool
}

var typeOrder = [5]kg.EntityType{kg.Person, kg.Organization, kg.Place, kg.Group, kg.Other}

// entitySet is what the entities stage finds: every mention of a name, the mention of
// each token (entAt), and the entities the mentions resolve to. The stages after it
// read it and do not change it.
type entitySet struct {
	mentions []mention
	entAt    []int32 // token → mention index, -1
	ents     []*entity
	byKey    map[string]int // an entity's name key → its index
	// keyOf holds nameKey of each name addToEntity has keyed in this article: a name
	// named again ("Obama", "Obama") is keyed once
	keyOf map[string]string
	// nounAcr holds the upper-case words the article uses as common nouns ("SUVs",
	// "an IPO that"): no names (entities_acronyms.go)
	nounAcr map[string]bool
	// emphEnd maps the first byte of each emphasised run to its end, and outlets holds
	// the emphasised titles the article names as newspapers or magazines
	// (entities_works.go)
	emphEnd map[int32]int32
	outlets map[string]bool
}

// entityFinder is the entities stage at work: the text it reads and the set it fills.
type entityFinder struct {
	*doc
	*entitySet
}

// findEntities is the entities stage. Sentence by sentence it records the places of the
// datelines, the runs of capitalised words (chunk: titles, organizations, places,
// people), the groups ("Kurdish militants") and the organizations named in lower case
// ("Israel's foreign ministry"); in a linked headline, only the names of the word lists.
// Then it resolves the mentions into entities (resolveEntities).
func findEntities(d *doc, es *entitySet) {
	es.mentions = es.mentions[:0]
	// room for a news article's mentions (one per 40 bytes), no more: a huge text
	// grows the slice as it names people, not before (a 50 MB line of common words
	// reserved 200 MB for none)
	if want := min(len(d.text)/40, 1<<12); cap(es.mentions) < want {
		es.mentions = make([]mention, 0, want)
	}
	es.ents = es.ents[:0]
	n := len(d.toks)
	if cap(es.entAt) < n {
		es.entAt = make([]int32, n)
	}
	es.entAt = es.entAt[:n]
	for i := range es.entAt {
		es.entAt[i] = -1
	}
	if es.byKey == nil {
		es.byKey = map[string]int{}
	}
	clear(es.byKey)
	if es.keyOf == nil {
		es.keyOf = map[string]string{}
	}
	clear(es.keyOf)
	ef := &entityFinder{d, es}
	es.nounAcr = nounAcronyms(d)
	ef.emphasisRuns()
	next := 0 // the next dateline place
	for si := range d.sents {
		s := &d.sents[si]
		if si == d.headline || s.kind == sDebris && !d.creditLike(si) {
			continue
		}
		if s.kind == sHeading && !d.creditLike(si) {
			continue
		}
		if s.kind == sLinked {
			ef.gazetteerOnly(si)
			continue
		}
		for ; next < len(d.datelines) && d.datelines[next].sent == si; next++ {
			p := d.datelines[next]
			ef.addMention(si, p.a, p.b, p.a, p.name, kg.Place, 10)
		}
		ef.tweetWriterName(si) // entities_tweets.go
		ef.datelineStation(si) // furniture.go
		ef.chunk(si)
		ef.speakerLineName(si) // speakerlines.go
		ef.findGroups(si)
		if s.kind == sProse {
			ef.lowerOrgs(si)
		}
	}
	ef.townsBeforeStates()
	ef.bodiesAfterOfficerTitles()
	ef.placeTypes()     // placetypes.go
	ef.townsAfterAges() // agetowns.go // agetowns.go
	ef.placesBeforePluralHeads()
	ef.townsBeforeBasedStates()
	ef.gluedTickers()                     // gluedtickers.go
	named := ef.givenNamesBeforeSurname() // sharedsurnames.go
	ef.makerPrefixed()                    // makerprefixed.go
	ef.resolveEntities()
	ef.keepGivenNames(named)
}

// townsBeforeStates types as a place a name of weak evidence that a U.S. state or a
// country follows after a comma ("Key West, Florida had an outbreak", "from Waterflow,
// New Mexico."), as news writes a town: not a name its own words say is a person's.
func (ef *entityFinder) townsBeforeStates() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.demonym || !ef.punct(m.b, ',') || ef.entAt[m.b+1] < 0 {
			continue
		}
		st := &ef.mentions[ef.entAt[m.b+1]]
		if st.a != m.b+1 || st.typ != kg.Place || !usStates[st.name] && countryOf[st.name] == "" || st.demonym {
			continue
		}
		if m.typ == kg.Place {
			// A town already a place: "Quenby, Ohio"; the state outranks the word lists
			// ("Plymouth, Massachusetts" is not Montserrat's capital) unless it is the
			// town's own country ("Tbilisi, Georgia").
			town := ef.span(m.a, m.b)
			_, isCountry := countryNames[town]
			inList := ef.is(st.b, wAnd, wOr) || m.a > 0 && ef.punct(m.a-1, ',') // "Buenos Aires, New York and London"
			if listed := countryOf[town]; m.country == "" && (listed == "" || usStates[st.name] && !isCountry && !inList && listed != st.name) {
				m.country = stateCountry(st.name)
			}
			continue
		}
		if m.score >= 6 {
			continue
		}
		// a lone given name after "in|from|near" is a town too ("grew up in Lawrence,
		// Kansas"): a person is not named by a given name alone before a state
		lone := m.b == m.a+1 && m.a > 0 && ef.is(m.a-1, wIn, wFrom, wNear)
		if m.typ == kg.Group || m.typ == kg.Other || firstNames[ef.tok(m.a)] && !lone || otherLastWords.has(ef.tok(m.b-1)) || orgLastWords.has(ef.tok(m.b-1)) || ef.toks[m.b-1].feat&lxOrgHead != 0 {
			continue
		}
		// what follows the state ends the phrase: a mark, a verb ("Key West, Florida
		// had") or a lower-case word the town modifies or that opens what follows ("the
		// Fresno, California police department", "to Kirkland, Washington later this
		// month": ent177); not "Florida Democrat", "Ohio senator", "South Africa's minister"
		if st.b < len(ef.toks) && ef.toks[st.b].kind == tWord && !ef.is(st.b, wHas, wHad, wIs, wWas, wWill, wAnd, wOn, wIn) && !(m.typ == kg.Organization && ef.townModifierAfter(st.b)) {
			continue
		}
		if m.b == m.a+1 && ef.toks[m.a].has(fUpper) && ef.toks[m.a].e-ef.toks[m.a].s <= 5 {
			continue // an acronym: "NASA, Russia, China and …"
		}
		m.typ, m.score = kg.Place, 6
		if m.country == "" {
			m.country = stateCountry(st.name)
		}
	}
}

// stateCountry returns the country of a town a state or country follows: "United States"
// for a U.S. state, the country itself for a country.
func stateCountry(st string) string {
	if usStates[st] {
		return "United States"
	}
	return countryOf[st]
}

// entities returns the entities of the set as the Extraction gives them, in order of
// first mention.
func (es *entitySet) entities() []kg.Entity {
	out := make([]kg.Entity, 0, len(es.ents))
	for _, e := range es.ents {
		if e.dropped || e.mentions == 0 {
			continue
		}
		al := make([]string, 0, len(e.aliases))
		for _, a := range e.aliases {
			if a != e.name {
				al = append(al, a)
			}
		}
		if len(al) == 0 {
			al = nil
		}
		out = append(out, kg.Entity{Name: e.name, Type: e.typ, Aliases: al, Mentions: e.mentions, Country: e.country})
	}
	return out
}

func typeIndex(t kg.EntityType) int {
	switch t {
	case kg.Person:
		return 0
	case kg.Organization:
		return 1
	case kg.Place:
		return 2
	case kg.Group:
		return 3
	}
	return 4
}

// gazetteerOnly records only the places and organizations of the word lists named in a
// title-case line (a linked headline), where capitalisation says nothing.
func (ef *entityFinder) gazetteerOnly(si int) {
	s := &ef.sents[si]
	for i := s.start; i < s.b; i++ {
		if !ef.isNameWord(i) || ef.entAt[i] >= 0 {
			continue
		}
		w := ef.tok(i)
		if c, ok := demonymOf[w]; ok {
			ef.addDemonym(si, i, w, c)
			continue
		}
		if _, ok := countryOf[w]; ok {
			ef.addMention(si, i, i+1, i, w, kg.Place, 10)
		} else if _, ok := orgAlias[w]; ok {
			ef.addMention(si, i, i+1, i, w, kg.Organization, 10)
		}
	}
}

func (ef *entityFinder) addDemonym(si, a int, w, country string) {
	m := ef.addMention(si, a, a+1, a, country, kg.Place, 6)
	if m >= 0 {
		ef.mentions[m].demonym = true
		ef.mentions[m].name = w
	}
}

func (ef *entityFinder) addMention(si, a, b, ta int, name string, typ kg.EntityType, score int) int {
	if a >= b || name == "" {
		return -1
	}
	for k := a; k < b; k++ {
		if ef.entAt[k] >= 0 {
			return -1
		}
	}
	ef.mentions = append(ef.mentions, mention{sent: si, a: a, b: b, ta: ta, name: name, typ: typ, score: score, ent: -1, roleOrgM: -1})
	idx := int32(len(ef.mentions) - 1)
	for k := a; k < b; k++ {
		ef.entAt[k] = idx
	}
	return int(idx)
}

// entityOf returns the entity index of the mention covering token i, or -1.
func (es *entitySet) entityOf(i int) int {
	if i < 0 || i >= len(es.entAt) || es.entAt[i] < 0 {
		return -1
	}
	return es.mentions[es.entAt[i]].ent
}

// namedMentionAt returns the mention that opens at token k and names an entity, or nil.
func (es *entitySet) namedMentionAt(k int) *mention {
	if k < 0 || k >= len(es.entAt) || es.entAt[k] < 0 {
		return nil
	}
	if m := &es.mentions[es.entAt[k]]; m.a == k && m.ent >= 0 {
		return m
	}
	return nil
}

// namedMentionsIn yields, left to right, each mention that opens in tokens a..b-1 and
// names an entity, once: the words of a name are not visited again.
func (es *entitySet) namedMentionsIn(a, b int) iter.Seq[*mention] {
	return func(yield func(*mention) bool) {
		for k := a; k < b; k++ {
			m := es.namedMentionAt(k)
			if m == nil {
				continue
			}
			if !yield(m) {
				return
			}
			k = m.b - 1
		}
	}
}

// entName returns the name of entity ei.
func (es *entitySet) entName(ei int) string {
	if ei < 0 {
		return ""
	}
	return es.ents[ei].name
}

// entIndex returns the index of the entity named name, or -1.
func (es *entitySet) entIndex(name string) int {
	if name == "" {
		return -1
	}
	for i := range es.ents {
		if !es.ents[i].dropped && es.ents[i].name == name {
			return i
		}
	}
	return -1
}

// typeOfName returns the type of the entity named name, or Other.
func (es *entitySet) typeOfName(name string) kg.EntityType {
	if i := es.entIndex(name); i >= 0 {
		return es.ents[i].typ
	}
	return kg.Other
}

func (es *entitySet) firstSentence(ei int) int {
	for mi := range es.mentions {
		if es.mentions[mi].ent == ei {
			return es.mentions[mi].sent
		}
	}
	return -1
}

// townModifierAfter reports whether the word at token k, right after "Town, State", is a
// lower-case word that no role, party or person noun is ("company", "police", "plant",
// "later", "during"): the town and its state modify it or end before it, as a member's
// state never does ("Smith, Ohio senator", "a Texas Democrat"; ent177). Asked only of a
// name typed an organization by default: a person's name keeps its type ("Mira Olen,
// China expert at").
func (ef *entityFinder) townModifierAfter(k int) bool {
	t := &ef.toks[k]
	return !t.has(fCap) && t.feat&(lxRole|lxPersonNoun|lxSpeech) == 0 && !ef.is(k, wAposS, wRsquoS) && !ef.in(k, partyWords)
}
