package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Places: where an article is (its datelines, its main place and country), which
// places are regions rather than towns, the place nearest a figure, and the relations
// that say where a place lies (locatedIn, capitalOf, partOf, reports).

// datelinePlace is a place a dateline names: tokens a..b-1 of sentence sent.
type datelinePlace struct {
	sent, a, b int
	name       string
}

// datelineRegions are the parts of a country that a dateline names after the town where
// it would name the country ("BIRSTALL, England", "LAC LA BICHE, Alberta"): the nations
// of the United Kingdom, Canada's provinces and Australia's states. The dateline's
// country is the country they lie in, so that a national title is Britain's or Canada's
// and a report's event carries the same country as the reports datelined elsewhere; the
// region is kept apart (datelineRegion) for the offices that are the region's (a
// province's premier). The United Kingdom's nations and Australia's states are kept out
// of the word lists' places (cities.txt), where "Wales" would win over a person of that
// name ("Jimmy Wales") and "Prince of Wales" would lose its nation; Canada's provinces
// are there too, so that "the Alberta town of X" is two places.
var datelineRegions = map[string]string{
	"England": "United Kingdom", "Scotland": "United Kingdom", "Wales": "United Kingdom",
	"Northern Ireland": "United Kingdom",
	"Alberta":          "Canada", "British Columbia": "Canada", "Manitoba": "Canada", "New Brunswick": "Canada",
	"Newfoundland": "Canada", "Nova Scotia": "Canada", "Ontario": "Canada", "Quebec": "Canada",
	"Saskatchewan":    "Canada",
	"New South Wales": "Australia", "Queensland": "Australia", "South Australia": "Australia",
	"Tasmania": "Australia", "Victoria": "Australia", "Western Australia": "Australia",
}

// provincialRegion reports whether region is one of datelineRegions whose head of
// government is a premier (a Canadian province, an Australian state), not one of the
// United Kingdom's nations.
func provincialRegion(region string) bool {
	c := datelineRegions[region]
	return c != "" && c != "United Kingdom"
}

// findDatelines finds the datelines of the sentences the entities stage reads
// (datelineAt), for it to record their places as mentions.
func findDatelines(d *doc) {
	d.datelines = d.datelines[:0]
	d.mainCity, d.datelineCountry, d.datelineRegion = "", "", ""
	for si := range d.sents {
		s := &d.sents[si]
		if si == d.headline || s.kind == sDebris && !d.creditLike(si) || s.kind == sHeading && !d.creditLike(si) || s.kind == sLinked {
			continue
		}
		datelineAt(d, si)
	}
}

// datelineAt recognises "JAKARTA, Indonesia —", "TAINAN, Taiwan", "ISTANBUL/ANKARA" at
// the start of sentence si, a paragraph's first, and records its places; the sentence
// then starts after it. The country after the comma counts even when what follows shows
// it is no dateline.
func datelineAt(d *doc, si int) {
	s := &d.sents[si]
	if !d.toks[s.a].has(fPara) || !d.toks[s.a].has(fUpper) || d.toks[s.a].kind != tWord {
		return
	}
	i := s.a
	var places []int
	var ends []int
	sep := false // a comma or a slash among the capitals
	for i < s.b && i-s.a < 8 {
		t := &d.toks[i]
		if t.kind == tWord && t.has(fUpper) && !(len(places) > 0 && strings.Count(d.tok(i), ".") > 1) {
			if len(places) > 0 && ends[len(ends)-1] == i && t.has(fSpace) {
				ends[len(ends)-1] = i + 1 // "LOS ANGELES", "SAN JOSE"
			} else {
				places = append(places, i)
				ends = append(ends, i+1)
			}
			i++
			continue
		}
		if d.punct(i, '/') || d.punct(i, ',') {
			i, sep = i+1, true
			continue
		}
		break
	}
	if len(places) == 0 || i >= s.b {
		return
	}
	if len(places) == 1 && !sep && !d.datelineDash(i) && !d.punct(i, '(') {
		// capitals with nothing after them (datelinenames.go)
		if d.capsNameOpener(places[0], ends[0]) {
			return // "BP Plc's Canadian unit", "USA Today reported": a name's first word
		}
		if e := d.townThenInitials(places[0], ends[0]); e < ends[0] {
			ends[0], i = e, e // "SEOUL LG Electronics": the town, then the company
		}
	}
	// "U.N. Secretary-General Ban Ki-moon said", "U.S. President …": an initialism that
	// opens a paragraph is a name, not a dateline, unless a dash or "(Reuters)" follows
	if len(places) == 1 && strings.Count(d.tok(places[0]), ".") >= 2 && !(d.datelineDash(i) || d.punct(i, '(')) {
		return
	}
	if len(places) == 1 && (d.agencyBeforeTitle(places[0], ends[0], i) || d.titleInCapitals(places[0], ends[0], i)) {
		return
	}
	// "JAKARTA, Indonesia" — a capitalised country or region after the comma
	if d.punct(i-1, ',') && d.isNameWord(i) {
		j := i
		for j < s.b && d.isNameWord(j) && j-i < 3 {
			j++
		}
		// "IDOMENI, Greece Greek police", "BOSTON, Mass A dangerous …": the country or
		// state, not the words after it
		for k := j - 1; k > i; k-- {
			if _, ok := countryOf[d.span(i, k)]; ok {
				j = k
				break
			}
		}
		stateName, state := stateAbbrevs[strings.TrimSuffix(d.tok(i), ".")]
		if state {
			j = i + 1
			if d.toks[j].kind == tStop && !d.toks[j].has(fSpace) {
				j++ // "Fla."
			}
		}
		name := d.span(i, j)
		if state {
			name = stateName
		}
		if _, ok := countryOf[name]; ok || state || j < s.b && (d.datelineDash(j) || d.punct(j, '(')) {
			d.datelines = append(d.datelines, datelinePlace{sent: si, a: i, b: j, name: name})
			if si <= 1 && d.datelineCountry == "" {
				if c := datelineRegions[name]; c != "" {
					d.datelineCountry, d.datelineRegion = c, name // "LAC LA BICHE, Alberta": a premier there is the province's
				} else if c, ok := countryOf[name]; ok && c != "" {
					d.datelineCountry = c
				} else if state {
					d.datelineCountry = "United States"
				} else if !ok && !d.toks[j-1].has(fAbbr) {
					d.datelineCountry = name // the place after the town is its country
				}
			}
			i = j
		}
	}
	// "RANCHO MIRAGE, Calif./WASHINGTON": more places after the state
	for d.punct(i, '/') && i+1 < s.b && d.toks[i+1].kind == tWord && d.toks[i+1].has(fUpper) {
		places = append(places, i+1)
		i += 2
		for i < s.b && d.toks[i].kind == tWord && d.toks[i].has(fUpper) && d.toks[i].has(fSpace) {
			i++
		}
		ends = append(ends, i)
	}
	agency := false
	if d.punct(i, '(') { // (Reuters)
		j := i + 1
		for j < s.b && j-i < 5 && !d.punct(j, ')') {
			j++
		}
		if j < s.b {
			i, agency = j+1, true
		}
	}
	if i < s.b && d.datelineDash(i) {
		i++
	}
	// only a real dateline: followed by a capitalised word, or a town and its state
	// that the state's dot ended ("BOSTON, Mass." then "— A cold snap …")
	if i >= s.b && len(d.datelines) > 0 && d.datelines[len(d.datelines)-1].sent == si && stateAbbrevs[strings.TrimSuffix(d.tok(d.datelines[len(d.datelines)-1].a), ".")] != "" {
		i = s.b - 1
	} else if i >= s.b || !(d.toks[i].has(fCap) || d.toks[i].kind == tNum) {
		return
	}
	if !d.datelineHasRegion(si) && !agency && d.commonLabels(places, ends) {
		s.start = i // "BREAKING NEWS –", "UPDATE —": a label before the sentence, no town
		return
	}
	for n, p := range places {
		name := titleCase(d.span(p, ends[n]))
		d.datelines = append(d.datelines, datelinePlace{sent: si, a: p, b: ends[n], name: name})
		if n == 0 && d.mainCity == "" && si <= 1 {
			d.mainCity = name
		}
	}
	s.start = i
}

// datelineHasRegion reports whether sentence si's dateline named a country or a state
// after its town ("NICE, France —").
func (d *doc) datelineHasRegion(si int) bool {
	n := len(d.datelines)
	return n > 0 && d.datelines[n-1].sent == si
}

// commonLabels reports whether every place of a dateline without a country or an
// agency is made of common English words that no gazetteer knows as a place and that
// end in no place's head word: the label of a story ("BREAKING NEWS –", "EXCLUSIVE —"),
// not a town ("SALT LAKE CITY —", "UNITED NATIONS (Reuters) -" stay datelines).
func (d *doc) commonLabels(places, ends []int) bool {
	for n, p := range places {
		if _, ok := countryOf[titleCase(d.span(p, ends[n]))]; ok {
			return false
		}
		if e := lookupLex(d.tok(ends[n] - 1)); ends[n]-p > 1 && e != nil && e.feat&lxPlaceHead != 0 {
			return false // "SALT LAKE CITY", "WANDERING RIVER"
		}
		for i := p; i < ends[n]; i++ {
			if d.toks[i].kind == tWord && !englishWords.has(d.lowerTok(i)) {
				return false
			}
		}
	}
	return true
}

// datelineDash reports whether token i is the dash that ends a dateline: a dash, or a
// hyphen with a space on each side, as wire copy types it ("LOS ANGELES - The winners").
func (d *doc) datelineDash(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	return d.toks[i].kind == tDash || d.punct(i, '-') && d.toks[i].has(fSpace) && i+1 < len(d.toks) && d.toks[i+1].has(fSpace)
}

// articlePlace returns where the article is: the first place its first prose sentences
// name that is not a country (the dateline's, when it has one), and its country — the
// dateline's, the place's, the first the sentences name, or else the one the article
// names most often.
func articlePlace(rd *reader, firstProse int) (place, country string) {
	country = rd.datelineCountry
	for si := range rd.sents {
		if rd.sents[si].kind != sProse {
			continue
		}
		s := &rd.sents[si]
		for k := s.a; k < s.b; k++ {
			e := rd.entityOf(k)
			if e < 0 || rd.ents[e].typ != kg.Place {
				continue
			}
			name := rd.ents[e].name
			m := &rd.mentions[rd.entAt[k]]
			k = max(k, m.b-1)
			if rd.historyFrame(m) {
				continue // "the worst mass shooting in U.S. history": a record's frame, not where
			}
			if rd.tok(m.b) == "'s" || rd.tok(m.b) == "’s" {
				continue // "Israel's foreign ministry said": whose, not where
			}
			if rd.bodyCompoundPlace(m) {
				continue // "a British-based monitoring group said": where the body sits
			}
			if c := rd.demonymCapital(m); c != "" && place == "" {
				place = c // "in the French capital": Paris
				continue
			}
			if rd.countryModifier(m) && rd.demonymNoPlace(m) {
				continue // "U.S. officials said": whose the source is, not where
			}
			if m.demonym {
				if country == "" && !rd.demonymNoPlace(m) {
					country = name // not "German officials said", "nine German tourists"
				}
				continue
			}
			if _, isCountry := countryNames[name]; isCountry {
				if country == "" {
					country = name
				}
				continue
			}
			if place == "" && !compassRegion(name) && !roadName(name) && !detentionPlace(name) && !planets.has(name) {
				place = name // not "the Northeast", "I-94", "the Cook County Jail inmate", "Earth": a region, a road, a jail or a planet is no event's place
			}
		}
		if place != "" || country != "" || si-firstProse >= 2 {
			break
		}
	}
	if place != "" {
		if c := rd.placeCountry(place); c != "" {
			country = c // the word lists' or the text's ("Kalamazoo, Michigan")
		}
	}
	if country == "" {
		// the country named most often
		best := 0
		quiet := rd.sourceDemonyms() // "German officials said …" names no place
		for i, e := range rd.ents {
			if e.dropped || e.typ != kg.Place {
				continue
			}
			if _, ok := countryNames[e.name]; ok && e.mentions-quiet[i] > best {
				best, country = e.mentions-quiet[i], e.name
			}
		}
	}
	return place, country
}

// regionWords are the parts of regions' names (data/places.txt).
var regionWords = wordList("region-words")

// spotHeads end the names of places small enough to lie in one town: streets, squares,
// buildings (not provinces, islands or regions).
var spotHeads = newTokSet(wordSet("spot-heads"))

func titleCase(w string) string {
	if strings.Count(w, ".") >= 2 || orgAlias[w] != "" {
		return w // "U.N.", "U.S.": initialisms stay as they are
	}
	b := []byte(strings.ToLower(w))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-' || c == '/'
	}
	return string(b)
}

// regionName reports whether a place's name is a region rather than a town: "Pacific Ring
// of Fire", "Philippine Sea Plate", "Southeast Asia", "Middle East".
func (rd *reader) regionName(name string) bool {
	if r, ok := rd.regions[name]; ok {
		return r
	}
	lw := strings.ToLower(name)
	r := compassRegion(name) || pluralOfPlaces(name) || roadName(name) // "the Midwest", "the Carolinas", "I-94": no event's town
	for _, w := range regionWords {
		if strings.Contains(lw, w) {
			r = true
			break
		}
	}
	if rd.regions == nil {
		rd.regions = map[string]bool{}
	}
	rd.regions[name] = r
	return r
}

// borderEdge reports whether the place mention m stands before a lower-case "border": "in
// Panaca in southeastern Nevada, near the Utah border" puts nothing in Utah, only near its
// edge, so the place names no figure's place (placeNear).
func (rd *reader) borderEdge(m *mention) bool {
	return m.b < len(rd.toks) && rd.toks[m.b].kind == tWord && !rd.toks[m.b].has(fCap) && rd.is(m.b, wBorder)
}

// describedPersonPlace reports whether the place mention m only describes a person who
// neither gives nor acts on the sentence's figures: a legislator's seat ("Sanders, a U.S.
// senator from Vermont, who had won seven of the last eight contests"), a candidate's
// state office after "for" ("27 percent for Cruz and 14 percent for Ohio Governor
// John Kasich", a national poll) or a former state office ("The former Massachusetts governor
// said … the 1,237 delegates needed"). A sitting official who acts or speaks keeps the
// place ("Florida Governor Rick Scott declared a state of emergency for two counties").
func (rd *reader) describedPersonPlace(m *mention) bool {
	a := m.a
	if a >= 2 && rd.is(a-1, wFrom) && rd.toks[a-2].kind == tWord && (legislativeRole(rd.lowerTok(a-2)) || rd.is(a-2, wDemocrat, wRepublican)) {
		return true // "a U.S. senator from Vermont", "a Democrat from Ohio"
	}
	if !rd.is(a-1, wFor, wFormer) || m.b >= len(rd.toks) || rd.toks[m.b].kind != tWord || rd.toks[m.b].feat&lxRole == 0 || m.ent < 0 {
		return false
	}
	_, country := countryNames[rd.ents[m.ent].name]
	return !country // "for Ohio Governor John Kasich", "the former Massachusetts governor"; not "the former U.S. secretary of state", a national office in a national poll
}

// placePrep reports whether the words before token a (back to token after) end in a
// preposition of place: "in", "in the southern city of", "near", "outside".
func placePrep(d *doc, after, a int) bool {
	p := a - 1
	for p > after && d.toks[p].kind == tWord && !d.toks[p].has(fCap) && !d.is(p, wIn, wNear, wAt, wOf, wOn, wOutside) && a-p < 5 {
		p--
	}
	return d.is(p, wIn, wNear, wAt, wOf, wOn, wOutside)
}

// placeNear returns the most precise place named in the sentence: the town that "in" or
// "at" names right after the figure's words (placeFollowing), else the one nearest to
// token i. A body's base ("a British-based group", "Waterloo, Ontario-based") places no
// figure, nor does a country when one was passed over; "the French capital" is Paris
// (demonymplaces.go).
func (rd *reader) placeNear(si, i int) string {
	s := &rd.sents[si]
	if p := rd.placeFollowing(si, i); p != "" {
		return p
	}
	best, bestDist := "", 1<<30
	bestCountry, modCountry := "", ""
	based := false
	for k := s.start; k < s.b; k++ {
		e := rd.entityOf(k)
		if town := rd.campusTown(e); town != "" {
			if dist := k - i; dist < bestDist && -dist < bestDist {
				best, bestDist = town, max(dist, -dist) // "near the University of Texas at Austin": Austin (campuses.go)
			}
			continue
		}
		if e < 0 || rd.ents[e].typ != kg.Place {
			continue
		}
		if rd.bodyCompoundPlace(&rd.mentions[rd.entAt[k]]) {
			based = true // "London-based Markit": where a body sits, not the figure
			continue
		}
		if a := rd.mentions[rd.entAt[k]].a; a > i && rd.listedExample(i, a) {
			continue // "eleven municipalities in the state, including Ecatepec": one member of what is counted
		}
		name := rd.ents[e].name
		if m := &rd.mentions[rd.entAt[k]]; rd.countryModifier(m) && (rd.demonymNoPlace(m) || rd.countedBefore(m.a)) {
			if modCountry == "" {
				modCountry = name // "10 U.S. sailors were detained by Iran", "U.S. officials said": Iran first
			}
			k = m.b - 1
			continue
		}
		if rd.mentions[rd.entAt[k]].demonym {
			if name = rd.demonymCapital(&rd.mentions[rd.entAt[k]]); name == "" {
				continue
			}
		}
		dist := k - i
		if dist < 0 {
			dist = -dist
		}
		if rd.regionName(name) || roadName(name) || detentionPlace(name) || rd.homePlaceAt(k) || rd.distanceRef(rd.mentions[rd.entAt[k]].a) || planets.has(name) || rd.borderEdge(&rd.mentions[rd.entAt[k]]) || rd.describedPersonPlace(&rd.mentions[rd.entAt[k]]) {
			continue // a region, a road, a jail, a person's home, a distance's landmark, a planet or a border says no town ("Interstate 94", "booked at the Pike County Jail", "20 miles north of Oria", "more massive than Earth", "near the Utah border")
		}
		if _, isCountry := countryNames[name]; isCountry {
			if bestCountry == "" {
				bestCountry = name
			}
			continue
		}
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	if best == "" && !based {
		if c := rd.countryFollowing(si, i); c != "" {
			return c // "64 percent of Indonesian workers …, 86 percent in Vietnam, and 88 percent in Cambodia"
		}
		if bestCountry == "" {
			return modCountry // a country only as a modifier ("U.S. crude rose"): the last resort
		}
		return bestCountry
	}
	return best // a country after a body's base says no more of the figure ("$13 billion acquisition of London-based Markit", "Canada's Progressive")
}

// listedExample reports whether the name at token a stands in a list of names that
// "including" or "such as" opens after the figure at token i: the name is one member of
// what the figure counts ("nine major cities, including New York and San Francisco"),
// not where it is. Only names, commas and "and" may stand between ("five people,
// including two children, in Brussels" keeps Brussels).
func (rd *reader) listedExample(i, a int) bool {
	for j := a - 1; j > i; {
		switch {
		case rd.is(j, wIncluding) || rd.is(j, wAs) && rd.is(j-1, wSuch):
			return true
		case rd.punct(j, ',') || rd.is(j, wAnd):
			j--
		case rd.entAt[j] >= 0:
			j = rd.mentions[rd.entAt[j]].a - 1
		default:
			return false
		}
	}
	return false
}

// countryFollowing returns the country "in" names right after the figure at token i (its
// unit or noun between, three words at most: "88 percent in Cambodia"), or "": in a
// sentence that names no town, a figure's own phrase places it before the sentence's first
// country does. Not a country that modifies a noun ("in U.S. dollar terms").
func (rd *reader) countryFollowing(si, i int) string {
	s := &rd.sents[si]
	for k := i + 1; k < s.b && k <= i+3; k++ {
		if rd.toks[k].kind != tWord || rd.entAt[k] >= 0 {
			return ""
		}
		if rd.is(k, wIn) {
			if e := rd.entityOf(k + 1); e >= 0 && !rd.mentions[rd.entAt[k+1]].demonym && rd.ents[e].typ == kg.Place && !rd.modifiesNoun(rd.mentions[rd.entAt[k+1]].b) {
				if _, ok := countryNames[rd.ents[e].name]; ok {
					return rd.ents[e].name
				}
			}
			return ""
		}
	}
	return ""
}

// modifiesNoun reports whether the token after a name, at b, is a lower-case content word
// the name modifies ("U.S. dollar terms").
func (rd *reader) modifiesNoun(b int) bool {
	return b < len(rd.toks) && rd.toks[b].kind == tWord && !rd.toks[b].has(fCap) && rd.toks[b].feat&lxFunc == 0
}

// placeFollowing returns the town that "in" or "at" names after the figure at token i,
// within its phrase: before a comma, a semicolon, "and", another number or another
// place (the nearer one, more precise: "the island of Oahu in Hawaii"), a bracketed
// conversion passed over ("53 degrees (12 C) in Washington", after "56 degrees in New
// York and"); or "". Only a town: a country, a region, a road or a jail after the
// figure leaves the choice to the nearest town.
func (rd *reader) placeFollowing(si, i int) string {
	s := &rd.sents[si]
	for k := i + 1; k < s.b && k < i+10; k++ {
		if rd.punct(k, '(') {
			for k < s.b && !rd.punct(k, ')') {
				k++
			}
			continue
		}
		if rd.punct(k, ',') || rd.punct(k, ';') || rd.is(k, wAnd, wOr, wBut) || k > i+1 && rd.toks[k].kind == tNum || rd.toks[k].kind == tStop {
			return ""
		}
		if !rd.is(k, wIn, wAt) {
			if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Place {
				return "" // "near the island of Oahu in Hawaii": the nearer place is the more precise
			}
			continue
		}
		e := rd.entityOf(k + 1)
		if e < 0 || rd.ents[e].typ != kg.Place || rd.mentions[rd.entAt[k+1]].demonym {
			return ""
		}
		name := rd.ents[e].name
		if _, isCountry := countryNames[name]; isCountry || rd.regionName(name) || roadName(name) || detentionPlace(name) || rd.homePlaceAt(k+1) {
			return ""
		}
		return name
	}
	return ""
}

// homePlaceAt reports whether the place mention at token k is where a person lives, written
// after the name with the age (hometown's "Dan Moss, 34, of Lakeview, Ohio,"), the town or
// the state of the pair: it says who the person is, not where the sentence's figure is
// ("Dan Moss, 34, of Lakeview, Ohio, admitted smuggling 17 carvings into Canada" counts
// carvings in Canada, not in Ohio).
func (rd *reader) homePlaceAt(k int) bool {
	a := rd.mentions[rd.entAt[k]].a
	if rd.punct(a-1, ',') && a >= 2 {
		if t := rd.entityOf(a - 2); t >= 0 && rd.ents[t].typ == kg.Place {
			a = rd.mentions[rd.entAt[a-2]].a // "of Lakeview, Ohio": the state of the town
		}
	}
	if a < 5 || !rd.is(a-1, wOf, wFrom) || !rd.punct(a-2, ',') || rd.toks[a-3].kind != tNum || !rd.punct(a-4, ',') {
		return false
	}
	p := rd.entityOf(a - 5)
	return p >= 0 && rd.ents[p].typ == kg.Person
}

// mainSpot is where the main event struck at its most precise: a street, square or
// building named in a sentence that states it ("hit part of Istiklal Street"), else the
// main place.
func (rf *relationFinder) mainSpot() string {
	if len(rf.events) > 0 && rf.events[0].Main {
		spot := ""
		first := -1
		for si := range rf.sents {
			if rf.sents[si].kind == sProse && si != rf.headline {
				first = si
				break
			}
		}
		prose := 0
		for si := max(first, 0); si < len(rf.sents) && prose < 12 && first >= 0; si++ {
			if rf.sents[si].kind != sProse || si == rf.headline {
				continue
			}
			prose++
			s := &rf.sents[si]
			states := false
			for k := s.start; k < s.b; k++ {
				if rf.eventAt(k) != "" && !rf.otherEventWord(si, k) {
					states = true
				}
			}
			if !states {
				continue
			}
			for k := s.start; k < s.b && spot == ""; k++ {
				if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Place && spotHeads.hasLower(lastWord(rf.entName(e))) {
					spot = rf.entName(e)
				}
			}
			if spot != "" {
				break
			}
		}
		if spot != "" {
			return spot
		}
	}
	return rf.mainPlaceOrCountry()
}

// mainPlaceOrCountry is the article's main place, else its main country.
func (rf *relationFinder) mainPlaceOrCountry() string {
	if rf.mainPlace != "" {
		return rf.mainPlace
	}
	return rf.mainCountry
}

// attackPlace: the place an attack in sentence si hit: a place the sentence names, else
// the article's main place.
func (rf *relationFinder) attackPlace(si int) string {
	if p := rf.placeBefore(si, rf.sents[si].b); p != "" {
		return p
	}
	return rf.mainPlaceOrCountry()
}

// placeBefore returns the first place sentence si names before token end, by its name
// (not a demonym), or "".
func (rf *relationFinder) placeBefore(si, end int) string {
	for k := rf.sents[si].start; k < end; k++ {
		if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[k]].demonym {
			return rf.entName(e)
		}
	}
	return ""
}

// hazardMonitors are the words of the names of bodies that watch the weather and the
// earth ("National Weather Service", "U.S. Geological Survey"): their reports are of where
// a storm or a quake struck, so the place of the clause they are cited for is what they
// report. Any other source cited for a clause that names a place (a paper, a police
// force, a poll) reports what happened there, not the place.
var hazardMonitors = newTokSet(map[string]bool{"weather": true, "survey": true, "meteorological": true,
	"seismological": true, "geological": true, "geophysical": true, "hurricane": true, "tsunami": true})

// hazardMonitor reports whether the name of source e has a word of a hazard monitor.
func (rf *relationFinder) hazardMonitor(e int) bool {
	for _, w := range strings.Fields(rf.ents[e].name) {
		if hazardMonitors.hasLower(strings.Trim(w, ".,'’")) {
			return true
		}
	}
	return false
}

// reportedPlaces: "…, according to the U.S. Geological Survey" in a sentence that names a
// place: the hazard monitor (hazardMonitors) reports on that place.
func (rf *relationFinder) reportedPlaces() {
	for si := range rf.sents {
		s := &rf.sents[si]
		if s.kind != sProse || si == rf.headline || !rf.sentHas(si, wAccording) {
			continue // no "according to": no source to report the place (the index is exact)
		}
		src := ""
		for k := s.start; k+1 < s.b; k++ {
			if rf.is(k, wAccording) && rf.is(k+1, wTo) {
				for j := k + 2; j < s.b && j < k+10; j++ {
					if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Organization {
						if rf.hazardMonitor(e) {
							src = rf.entName(e)
						}
						break
					}
				}
			}
		}
		if src == "" {
			continue
		}
		// the place where something is reported to be ("has struck southern Taiwan", "was
		// in Kaohsiung"), not a place in the attribution or a subject
		for k := s.start; k < s.b; k++ {
			if rf.is(k, wAccording) && rf.is(k+1, wTo) {
				break
			}
			e := rf.entityOf(k)
			if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].demonym {
				continue
			}
			m := &rf.mentions[rf.entAt[k]]
			k = m.b - 1
			p := m.a - 1
			for p > s.start && m.a-p < 3 && !rf.is(p, wIn, wNear, wOf, wStruck, wHit, wRocked, wShook, wOff) && rf.toks[p].kind == tWord && !rf.toks[p].has(fCap) && rf.toks[p].feat&lxFunc == 0 {
				p-- // "southern"
			}
			if rf.is(p, wIn, wNear, wOf, wStruck, wHit, wRocked, wShook, wOff) {
				rf.addRelation(si, src, "reports", rf.entName(e), rf.span(s.start, min(s.b, s.start+8)))
				break
			}
		}
	}
}

// usStates are the states of the U.S., which follow a town as a country does
// ("Abingdon, Maryland").
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, st := range stateAbbrevs {
		if st != "Washington, D.C." {
			m[st] = true
		}
	}
	return m
}()

// stateList reports whether "X, Y" of two U.S. states, Y's mention ending at token b,
// is a list rather than a town in a state: only a clause's end, a dash or a closing
// bracket after Y leaves the town reading ("born in Virginia, Minnesota.", "WASHINGTON,
// Pennsylvania —"); "in Florida, Michigan, and Tennessee", "Iowa, New Hampshire, the race
// is close" and "Marco Rubio of Florida, Ohio Governor John Kasich" name states side by side.
func (rf *relationFinder) stateList(x, y int, b int) bool {
	if !usStates[rf.entName(x)] || !usStates[rf.entName(y)] {
		return false
	}
	return !(b >= len(rf.toks) || rf.toks[b].kind == tStop || rf.tok(b) == "—" || rf.tok(b) == "–" || rf.punct(b, '-') || rf.punct(b, ')') || rf.punct(b, ';') || rf.tok(b) == "--")
}

// places: "Taipei, Taiwan", "Abingdon, Maryland", "the Wei-guan Golden Dragon Building in the southern city of
// Tainan", "the capital, Taipei".
func (rf *relationFinder) places(si int) {
	s := &rf.sents[si]
	for k := s.a; k < s.b; k++ {
		e := rf.entityOf(k)
		if e < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[k]]
		k = m.b - 1
		if rf.ents[e].typ == kg.Place && !m.demonym {
			// X, Y
			_, xCountry := countryNames[rf.entName(e)]
			if rf.punct(m.b, ',') && !xCountry && !rf.punct(m.a-1, ',') && !planets.has(rf.entName(e)) {
				if e2 := rf.entityOf(m.b + 1); e2 >= 0 && rf.ents[e2].typ == kg.Place && e2 != e {
					m2 := &rf.mentions[rf.entAt[m.b+1]]
					_, isCountry := countryNames[rf.entName(e2)]
					isCountry = isCountry || rf.entName(e2) == rf.datelineCountry || usStates[rf.entName(e2)] || datelineRegions[rf.entName(e2)] != ""
					// "Taipei, Taiwan" but not a list ("Barbados, Bolivia, Ecuador")
					if isCountry && (!(rf.punct(m2.b, ',') && rf.entityOf(m2.b+1) >= 0) && !rf.is(m2.b, wAnd) || rf.townStateBeforeName(e, m2)) && rf.placeAppositive(m2.b, s.b) &&
						!rf.countryModifiesNext(e, m2) && !rf.stateList(e, e2, m2.b) {
						rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(e2), rf.span(m.a, m.b+2))
					}
				}
			}
			// X in [the] [southern] [city|province of] Y
			rf.placedIn(si, e, m, xCountry)
		} else if rf.ents[e].typ == kg.Organization && !m.demonym && rf.in(m.b-1, institutionHeads) {
			rf.placedIn(si, e, m, false) // "Grace Baptist Church in Lakeview", "Mercy Hospital in Dayton"
		} else if rf.namedSite(e, m) && !rf.is(m.b+1, wA, wAn) { // not "in a case"
			rf.placedIn(si, e, m, false) // sitenames.go: "the School of Urban Planning in Lyon", "the Harbor Summit in Velden"
		}
		// "the capital, Taipei" / "the capital Ankara"
		// (a place only, and the word "capital" itself, not the last word of a fund's name:
		// "Sequoia Capital, Andreessen Horowitz")
		if c := rf.capitalWordBefore(m.a); rf.ents[e].typ == kg.Place && c >= 0 && !rf.in(c-1, regionCapitalWords) {
			country := countryOf[rf.entName(e)]
			if country == "" {
				country = rf.mainCountry
			}
			rf.addRelation(si, rf.entName(e), "capitalOf", country, rf.span(max(s.start, m.a-3), m.b))
		}
		rf.countrysPlace(si, e, m)
		rf.stateTownOf(si, e, m)
		rf.demonymTownOf(si, e, m) // demonymtowns.go
		rf.partOfCountry(si, e, m)
		rf.capitalAppositive(si, e, m)
		// "China's Taiwan Affairs Office", "Japan's Nikkei" (an index, marketnames.go): part
		// of the place; "Japan's Sony Corp": a company in it
		if (rf.ents[e].typ == kg.Organization || rf.ents[e].typ == kg.Other && indexNamed(rf.entName(e))) && rf.owner(m.a-1) && !rf.memberBody(e, m) {
			if e2 := rf.entityOf(m.a - 2); e2 >= 0 && rf.ents[e2].typ == kg.Place {
				pred := "partOf"
				if name := rf.entName(e); legalForm(name) || rf.outlet(e) {
					// "Japan's Sony Corp", "New York's Daily News": a company or an outlet
					// based in the place, not a body of its state
					pred = "locatedIn"
				}
				rf.addRelation(si, rf.entName(e), pred, rf.entName(e2), rf.span(m.a-2, m.b))
			}
		}
	}
}

// stateTownNouns are the nouns of "the STATE town of X": a settlement, not a suburb
// ("the Washington suburb of Annandale" lies outside the city, in another state).
var stateTownNouns = newTokSet(map[string]bool{"city": true, "town": true, "village": true, "community": true,
	"county": true, "hamlet": true, "borough": true, "township": true, "capital": true})

// stateTownOf reads "the [southern] STATE [small] town|city|village of X" as X lying in
// the U.S. state ("the Oklahoma town of Freedom", "the central Ohio village of Danville",
// "the West Texas city of El Paso"): demonymBefore reads a country's people word there,
// and nothing read a state's name. Another place before the noun is placeKindOf's.
func (rf *relationFinder) stateTownOf(si, e int, m *mention) {
	s := &rf.sents[si]
	if rf.ents[e].typ != kg.Place || m.demonym || m.a-4 < s.a || !rf.is(m.a-1, wOf) || !rf.in(m.a-2, stateTownNouns) && !rf.in(m.a-2, placeKindNouns) || rf.toks[m.a-2].has(fCap) {
		return
	}
	// the state's last token, past one lower-case adjective ("the Michigan industrial town
	// of"), but not a place's own last word ("the Hama province town of")
	k := m.a - 3
	if rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && !(rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].b == k+1) {
		k--
	}
	if k < s.a || rf.entAt[k] < 0 {
		return
	}
	sm := &rf.mentions[rf.entAt[k]]
	if sm.b != k+1 || sm.ent < 0 || rf.ents[sm.ent].typ != kg.Place {
		return
	}
	state := rf.entName(sm.ent)
	if first, rest, ok := strings.Cut(state, " "); ok && compassWords.hasLower(first) && usStates[rest] {
		state = rest // "the West Texas city of El Paso"
	}
	if rf.entName(e) == state || sm.demonym {
		return
	}
	b := sm.a - 1 // "the", after at most one lower-case word ("the southern Missouri town of")
	if b >= s.a && rf.toks[b].kind == tWord && !rf.toks[b].has(fCap) && !rf.is(b, wThe) {
		b--
	}
	if !rf.is(b, wThe) {
		return
	}
	if !usStates[state] {
		rf.placeKindOf(si, e, m, sm, b)
		return
	}
	if !rf.in(m.a-2, stateTownNouns) {
		return
	}
	rf.addRelation(si, rf.entName(e), "locatedIn", state, rf.span(b, m.b))
	if _, listed := countryOf[rf.entName(e)]; !listed && rf.mainCountry == "United States" {
		rf.addRelation(si, rf.entName(e), "locatedIn", "United States", rf.entName(e)) // what gazetteerPlaces would have said
	}
}

// countrysPlace reads a place written after a country's possessive as lying in that
// country ("Portugal's Azores archipelago", "Fiji's Lau islands"), so that the article's
// own country is not given to it later (gazetteerPlaces); not a country, nor waters
// that lie in no one country ("China's South China Sea").
func (rf *relationFinder) countrysPlace(si, e int, m *mention) {
	if rf.ents[e].typ != kg.Place || m.demonym || m.a < 2 || rf.tok(m.a-1) != "'s" && rf.tok(m.a-1) != "’s" {
		return
	}
	name := rf.entName(e)
	if _, isCountry := countryNames[name]; isCountry || seaHeads.hasLower(lastWord(name)) || sharedRegion(name) {
		return
	}
	if _, people := demonymOf[rf.span(m.a, m.b)]; people || rf.toks[m.b-1].kind == tWord && !rf.toks[m.b-1].has(fCap) &&
		m.b < len(rf.toks) && rf.toks[m.b].kind == tWord && !rf.toks[m.b].has(fCap) {
		return // "Ukraine's Crimean peninsula"; "Ukraine's SBU state security service", a head noun that modifies another
	}
	e2 := rf.entityOf(m.a - 2)
	if e2 < 0 || rf.ents[e2].typ != kg.Place {
		return
	}
	if _, isCountry := countryNames[rf.entName(e2)]; !isCountry {
		return
	}
	if c, known := countryOf[name]; known && c != rf.entName(e2) {
		return // the word lists put it elsewhere
	}
	if usedSite(rf.doc, m.b) { // possbase.go
		return // "Russia's Hemeimeem air base in Syria": the possessive names the base's user
	}
	rf.addRelation(si, name, "locatedIn", rf.entName(e2), rf.span(m.a-2, m.b))
}

// gazetteerPlaces: places whose country the word lists know, when the article names that
// country; streets and buildings in the article's main city; other unlisted places in the
// article's main country.
func (rf *relationFinder) gazetteerPlaces() {
	named := map[string]bool{}
	for _, e := range rf.ents {
		if !e.dropped && e.typ == kg.Place {
			named[e.name] = true
		}
	}
	// located: the places the article puts somewhere; townOnly: the listed town of those it
	// puts in towns only ("the Brooklyn neighborhood of Brownsville"), whose country they share
	located := map[string]bool{}
	townOnly := map[string]string{}
	for _, r := range rf.rels {
		if r.Predicate != "locatedIn" {
			continue
		}
		if !townName(r.Object) || r.Sentence >= 0 && r.Sentence < len(rf.sents) && rf.sents[r.Sentence].kind == sCredit {
			townOnly[r.Subject] = "" // a credit line's town is a reporter's, who may be read as a place
		} else if t, seen := townOnly[r.Subject]; !seen || t != "" && t != r.Object && countryOf[t] != countryOf[r.Object] {
			townOnly[r.Subject] = r.Object
			if seen {
				townOnly[r.Subject] = "" // towns of two countries: neither says
			}
		}
		located[r.Subject] = true
	}
	// whether the article's country is the one it names most, counted once when a place
	// first asks (mostNamedCountry)
	mostNamedMemo := 0
	mostNamed := func() bool {
		if mostNamedMemo == 0 {
			mostNamedMemo = -1
			if rf.mainCountry != "" && rf.mostNamedCountry(rf.mainCountry) {
				mostNamedMemo = 1
			}
		}
		return mostNamedMemo == 1
	}
	for ei, e := range rf.ents {
		if e.dropped || e.typ != kg.Place || e.mentions == 0 {
			continue
		}
		if _, isCountry := countryNames[e.name]; isCountry || planets.has(e.name) || offEarthOrVirtual(e.name) {
			continue // a country, a planet ("back to Earth"), a space station or the Internet: in no country
		}
		si := rf.firstSentence(ei)
		if c, ok := countryOf[e.name]; ok {
			// a dateline region of the word lists ("Ontario") takes the article's country as
			// an unlisted place does (below); a listed town only the country the article names
			if named[c] || datelineRegions[e.name] == c && c == rf.mainCountry && rf.sameCountrySentence(ei, mostNamed) {
				rf.addRelation(si, e.name, "locatedIn", c, e.name)
			}
			continue
		}
		if townCountry[e.name] != "" && !located[e.name] {
			// a town the gazetteer knows lies in its own country (the text's "X, State"
			// says which), never in the article's by guess ("the Indianapolis 500" in a
			// story about India): its country where the article is about that country or
			// a sentence names both (Natural Earth lacks many smaller U.S. namesakes of
			// foreign towns: "the Super Bowl in Santa Clara" is not Cuba's)
			if c := e.country; c != "" && (c == rf.mainCountry || named[c] && rf.countryBesideTown(ei, c)) {
				rf.addRelation(si, e.name, "locatedIn", c, e.name)
			}
			// and in its province or state when the article names that too ("Fresno" in a
			// story that names California), a region the word lists place in the town's
			// country (not Natural Earth's "Westminster" for London)
			if p := townProvince[e.name]; p != "" && p != e.name && named[p] && e.country != "" && (usStates[p] && e.country == "United States" || countryOf[p] == e.country) {
				rf.addRelation(si, e.name, "locatedIn", p, e.name)
			}
			continue
		}
		if t := townOnly[e.name]; t != "" && e.scores[typeIndex(kg.Place)] >= 6 && (named[countryOf[t]] || countryOf[t] == rf.mainCountry) {
			rf.addRelation(si, e.name, "locatedIn", countryOf[t], e.name) // its town's country
		}
		if located[e.name] || pluralOfPlaces(e.name) || compassRegion(e.name) {
			continue // the article says where it is; "the Americas" lie in no one country, "the West" in none the dateline names
		}
		// only a name that is surely a place: a word list's, a place's head word, a
		// dateline, "X, Country", or named twice where one goes ("in X", "near X")
		if e.scores[typeIndex(kg.Place)] < 6 {
			continue
		}
		lw := strings.ToLower(lastWord(e.name))
		if lw == "district" && countryNames[strings.TrimSpace(strings.TrimSuffix(e.name, lastWord(e.name)))] != "" {
			continue // "U.S. District Judge": a country's courts, not a quarter of the town
		}
		if spotHeads.has(lw) || strings.HasPrefix(e.name, "Jalan ") || strings.HasPrefix(e.name, "Plaza ") {
			// streets, squares and buildings lie in the article's town
			if rf.mainPlace != "" && rf.mainPlace != e.name && rf.town(rf.mainPlace) {
				if rf.spotInTown(ei, rf.mainPlace, mostNamed) {
					rf.addRelation(si, e.name, "locatedIn", rf.mainPlace, e.name)
				}
				continue // a spot the article does not put in its town is put nowhere
			}
			if town := rf.mainSpotsTown(e.name); town != "" && rf.spotInTown(ei, town, mostNamed) {
				rf.addRelation(si, e.name, "locatedIn", town, e.name)
				continue
			}
		}
		if first, _, _ := strings.Cut(e.name, " "); seaHeads.has(lw) || watersOf(e.name) || sharedRegion(e.name) || regionCompound(first) {
			continue // "the Pacific Ocean", "the South China Sea", "the Sea of Japan", "the South Caucasus", "the Asia-Pacific region": no one country's
		}
		// another place in the article's country only when a sentence names both, and no
		// other country ("Greek islands, chiefly Lesbos" in a report from Ankara)
		if c := datelineRegions[e.name]; c != "" && c != rf.mainCountry {
			continue // "England" in a report from Las Vegas lies in the United Kingdom
		}
		if c := heldPlaceCountry(e.name); c != "" && c != rf.mainCountry {
			continue // "West Texas", "Ohio town" in a report from Mexico: the place the name holds says another country
		}
		if c := heldTownCountry(e.name); c != "" && c != rf.mainCountry && named[c] {
			// "Idlib province" in a report from Beirut that names Syria: a known
			// place's own country beats the article's
			rf.addRelation(si, e.name, "locatedIn", c, e.name)
			continue
		}
		if rf.mainCountry != "" && rf.sameCountrySentence(ei, mostNamed) {
			rf.addRelation(si, e.name, "locatedIn", rf.mainCountry, e.name)
		}
	}
}

// offEarthOrVirtual reports whether a place's name is one off the earth or on the
// network (a space station, the Internet), which lies in no country.
func offEarthOrVirtual(name string) bool {
	return strings.HasSuffix(name, "Space Station") || mediaWords.has(name)
}

// possessorCountry returns the country of place entity e when it is a possessor whose
// possessive ends just before tokens from..to-1 lead to a place mention at token to
// with at most two lower-case words between ("Vietnam's strategic Cam Ranh Bay"), or "".
func (rf *relationFinder) possessorCountry(e, from, to int) string {
	if to < from || to-from > 2 {
		return ""
	}
	for k := from; k < to; k++ {
		if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) {
			return ""
		}
	}
	n := rf.ents[e].name
	if _, isCountry := countryNames[n]; isCountry {
		return n
	}
	return ""
}

// heldPlaceCountry returns the country of a U.S. state or a country that a place's name
// holds past a compass word before it or a lower-case noun after it ("West Texas", "Ohio
// town", "Southern U.S."), or "" (also for a region of datelineRegions, whose country
// is its own: "Northern Ireland").
func heldPlaceCountry(name string) string {
	ws := strings.Fields(name)
	if len(ws) >= 2 && (compassWords.has(ws[0]) || compassRegion(ws[0])) {
		ws = ws[1:]
	}
	if n := len(ws); n >= 2 && ws[n-1] != "" && ws[n-1][0] >= 'a' && ws[n-1][0] <= 'z' {
		ws = ws[:n-1]
	}
	held := strings.Join(ws, " ")
	if held == name || datelineRegions[name] != "" {
		return "" // "Northern Ireland" is a nation of the United Kingdom, not a part of Ireland
	}
	if usStates[held] {
		return "United States"
	}
	return countryNames[held] // "Southern U.S." → United States
}

// heldTownCountry returns the country the word lists or the gazetteer give the town or
// province a place's name holds before a lower-case part noun ("Idlib province",
// "Aleppo region", "Ghazni province"), or "".
func heldTownCountry(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !countryPartNouns.has(name[i+1:]) {
		return ""
	}
	return listedCountry(name[:i])
}

// countryBesideTown reports whether a sentence that names town entity ei also names
// country c or another place of c ("Recife, where Brazil's health ministry …").
func (rf *relationFinder) countryBesideTown(ei int, c string) bool {
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent != ei {
			continue
		}
		s := &rf.sents[m.sent]
		for k := s.a; k < s.b; k++ {
			if e := rf.entityOf(k); e >= 0 && e != ei && rf.ents[e].typ == kg.Place && (rf.ents[e].name == c || rf.ents[e].country == c) {
				return true
			}
		}
	}
	return false
}

// mainSpotsTown returns, for a spot that is itself the article's main place (the mall or
// the square where the story happened), the town its dateline names when the text names
// that town again ("DIYARBAKIR, Turkey — … in the Baglar district of the southeastern
// city of Diyarbakir"; not a dateline alone, "MOSCOW … to land at Rostov-on-Don
// airport", where the reporter sits); "" for none, and the spot then takes the
// article's country as other places do.
func (rf *relationFinder) mainSpotsTown(spot string) string {
	if rf.mainPlace != spot || rf.mainCity == "" || rf.mainCity == spot || !rf.town(rf.mainCity) {
		return ""
	}
	for _, e := range rf.ents {
		if e.name == rf.mainCity && e.typ == kg.Place && !e.dropped && e.mentions > 1 {
			return e.name
		}
	}
	return ""
}

// sharedRegion reports whether a place's last word is a region the word lists put in no
// one country (cities.txt's seas, ranges and regions: "the South Caucasus", "the northern
// Caspian", "the eastern Mediterranean").
func sharedRegion(name string) bool {
	c, ok := countryOf[lastWord(name)]
	return ok && c == ""
}

// detentionPlace reports whether a place is a jail or a prison (data/names.txt
// feature-heads): where a suspect is held, seldom where the story's event happened ("the
// Pike County Jail inmate charged with the shooting"), so no event's or figure's town.
func detentionPlace(name string) bool {
	switch strings.ToLower(lastWord(name)) {
	case "jail", "prison", "penitentiary":
		return true
	}
	return false
}

// seaHeads end the names of waters that lie in no one country: the article's country is
// never theirs ("the Atlantic Ocean" in a storm report from Washington).
var seaHeads = newTokSet(map[string]bool{"sea": true, "ocean": true, "gulf": true})

// watersOf reports whether a place's name opens with a sea's head and "of" ("the Sea of
// Japan", "the Gulf of Mexico", "the Sea of Okhotsk"): waters that border the country or
// town they are named for and lie in none. A bay ("the Bay of Campeche") may lie in one.
func watersOf(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && strings.HasPrefix(rest, "of ") && seaHeads.has(strings.ToLower(first))
}

// spotInTown reports whether the article puts spot ei, a street, building, bridge or
// port, in town: no other known town or country opens the spot's name ("Hong Kong
// airport" in a report from Los Angeles; a state may: "Rhode Island Avenue"), and a
// sentence that names the spot, or its paragraph, names the town, alone or within a
// longer name ("Dallas Area Rapid Transit"); or the town is the article's, the
// paragraph names no place of another country (nor another state, when the town is a
// state), and no country is named more than the article's or the dateline names the
// article's country ("Dandong Port" in a report on a Virginia governor is not in
// Virginia). A spot that fails is put nowhere: its country would be guessed from the
// same thin evidence. mostNamed says whether the article's country is the one it names
// most.
func (rf *relationFinder) spotInTown(ei int, town string, mostNamed func() bool) bool {
	name := rf.ents[ei].name
	if lw := lastWord(name); len(lw) < len(name) {
		head := strings.TrimSpace(strings.TrimSuffix(name, lw))
		_, isCountry := countryNames[head]
		if head != town && (isCountry || countryOf[head] != "") {
			return false
		}
		if head == town {
			return true
		}
	}
	words := strings.Fields(strings.ToLower(town))
	if strings.Contains(" "+strings.ToLower(name)+" ", " "+strings.Join(words, " ")+" ") {
		return true // "Cape Canaveral Air Force Station"
	}
	mainTown := rf.mainCountry != "" && (mostNamed() || town == rf.mainCity && rf.datelineCountry == rf.mainCountry)
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent != ei {
			continue
		}
		pa, pb := m.sent, m.sent+1
		for pa > 0 && !rf.toks[rf.sents[pa].a].has(fPara) {
			pa--
		}
		for pb < len(rf.sents) && !rf.toks[rf.sents[pb].a].has(fPara) {
			pb++
		}
		other := false
		for si := pa; si < pb; si++ {
			s := &rf.sents[si]
			for k := s.a; k < s.b; k++ {
				if k >= m.a && k < m.b {
					continue
				}
				if k+len(words) <= s.b {
					same := true
					for j, w := range words {
						if rf.low(k+j) != w {
							same = false
							break
						}
					}
					if same {
						return true
					}
				}
				e := rf.entityOf(k)
				if e < 0 || e == ei || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].demonym {
					continue // "embassies, including the French": a people's word, no place of theirs
				}
				n := rf.ents[e].name
				c := n
				if _, isCountry := countryNames[n]; !isCountry {
					c = countryOf[n]
					if usStates[n] {
						c = "United States"
					}
				}
				if c != "" && c != rf.mainCountry || usStates[town] && usStates[n] && n != town {
					other = true
				}
				if si == m.sent && k > m.b && rf.is(k-1, wIn) && n != town && rf.town(n) {
					other = true // "at NRG Stadium on December 13, 2015 in Houston, Texas": the spot's own town
				}
			}
		}
		if mainTown && !other {
			return true
		}
	}
	return false
}

// town reports whether a place's name is a town's, not a region's or a road's ("Aleutian
// Islands", "Canakkale province", "Interstate 94").
func (rd *reader) town(name string) bool {
	if _, isCountry := countryNames[name]; isCountry || rd.regionName(name) || roadName(name) {
		return false
	}
	lw := strings.ToLower(lastWord(name))
	if e := lexicon[lw]; e != nil && e.feat&lxPlaceHead != 0 {
		return lw == "city" || lw == "town" || lw == "village"
	}
	return true
}

// sameCountrySentence reports whether the article's country may be given to entity ei,
// a place the word lists do not know: a sentence names it while telling of the article's
// event, or the country named nearest it is the article's ("left the Greek island of
// Lesbos for Turkey" in a report from Athens; not "Greek islands, chiefly Lesbos" in one
// from Ankara; a place its own phrase once puts in another country takes the article's
// country from no sentence), or names no country at all in an article whose country is sure (its
// dateline's or its event's), is the country the article names most, and does not place it
// elsewhere ("Port Coquitlam, British Columbia"). A sentence that names another country,
// or holds another country's demonym, gives the place no country but the one of its own
// phrase ("seized in the Brussels neighborhood of Molenbeek" in a report from Paris,
// "Syrian opposition media reported … in Idlib province" in one from Beirut).
// mostNamed says whether the article's country is the one it names most.
func (rf *relationFinder) sameCountrySentence(ei int, mostNamed func() bool) bool {
	sure := rf.mainCountry != "" && (rf.datelineCountry != "" || rf.mainCity != "" && countryOf[rf.mainCity] == rf.mainCountry ||
		len(rf.events) > 0 && rf.events[0].Main && rf.events[0].Country == rf.mainCountry) && mostNamed()
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent != ei {
			continue
		}
		s := &rf.sents[m.sent]
		event := false
		if len(rf.events) > 0 && rf.events[0].Main {
			for k := s.start; k < s.b; k++ {
				if ev := rf.eventAt(k); ev != "" && kg.FamilyOf(ev) == kg.FamilyOf(rf.events[0].Type) && !rf.otherEventWord(m.sent, k) {
					event = true
					break
				}
			}
		}
		adjacent, main, other := rf.demonymBefore(m.a, s.a), false, false
		for k := s.a; k < s.b; k++ {
			if rf.foreignDemonymAt(k, s.a, s.b) {
				other = true // "The Philippine military …": a demonym no mention reads still names a country
				continue
			}
			e := rf.entityOf(k)
			if e < 0 || e == ei || rf.ents[e].typ != kg.Place {
				continue
			}
			om := &rf.mentions[rf.entAt[k]]
			k = max(k, om.b-1)
			if rf.tok(om.b) == "'s" || rf.tok(om.b) == "’s" {
				if c := rf.possessorCountry(e, om.b+1, m.a); c != "" {
					adjacent = c // "Vietnam's strategic Cam Ranh Bay": the country the place is
				}
				continue // "Israel's foreign ministry": whose, not where
			}
			n := rf.ents[e].name
			c := n
			if _, isCountry := countryNames[n]; !isCountry {
				c = countryOf[n]
			}
			if n == rf.mainPlace {
				c = rf.mainCountry
			}
			if c == "" {
				continue
			}
			// "the Greek island of Lesbos", "Lesbos, Greece": the country of its own phrase
			// (the article's own demonym only through a place noun: not "a Japanese
			// submarine is visiting Subic" in a report from Tokyo)
			if om.b <= m.a && m.a-om.b < 4 && (!om.demonym || c != rf.mainCountry || rf.placeNounBetween(om.b, m.a)) || om.a == m.b+1 && rf.punct(m.b, ',') {
				adjacent = c
			}
			if c == rf.mainCountry {
				main = true
			} else {
				other = true
			}
		}
		switch {
		case adjacent != "":
			return adjacent == rf.mainCountry // its own phrase places it, here or elsewhere
		case event:
			return true
		case main && !other:
			return true
		case !main && !other && sure && !(rf.punct(m.b, ',') && rf.isNameWord(m.b+1)):
			return true
		}
	}
	return false
}

// demonymBefore returns the country whose demonym stands among the three words before
// token a (not before sentence start sa): "the Swedish city of Malmo", "the Syrian town
// of Madaya", or "". The demonym must describe the place, not open another name.
func (rf *relationFinder) demonymBefore(a, sa int) string {
	for k := a - 1; k >= sa && k >= a-3; k-- {
		if rf.toks[k].kind != tWord {
			break
		}
		if c, ok := demonymOf[rf.tok(k)]; ok && rf.toks[k].has(fCap) && (k+1 == a || !rf.toks[k+1].has(fCap)) {
			return c // not a name's first word ("Fratello's Italian Tavern in North Charleston")
		}
	}
	return ""
}

// mostNamedCountry reports whether no other country is named more often in the article
// than country, counting the mentions of a country and of the places the word lists put
// in it ("Houston", "Texas" for the United States): a report from Beirut about the war in
// Syria names Syria more than Lebanon, and its unlisted towns are not Lebanon's.
func (rf *relationFinder) mostNamedCountry(country string) bool {
	named := map[string]int{}
	for _, e := range rf.ents {
		if e.dropped || e.typ != kg.Place {
			continue
		}
		c := e.name
		if _, isCountry := countryNames[c]; !isCountry {
			c = countryOf[e.name]
			if usStates[e.name] {
				c = "United States"
			}
		}
		if c != "" {
			named[c] += e.mentions
		}
	}
	for c, n := range named {
		if c != country && n > named[country] {
			return false
		}
	}
	return true
}

// shoutedPlace returns the name of the known place that the words a..b-1 of sentence
// si write in capitals in a credit line or after "in" ("Additional reporting by … in
// TOKYO, … in NEW DELHI"), in the word lists' case, or "". Elsewhere capitals are as
// often a company's ("acquired NICE"). A name the lists hold in capitals ("UAE") is
// typed with them.
func (ef *entityFinder) shoutedPlace(si, a, b int) string {
	if k := ef.sents[si].kind; k != sCredit && k != sDebris && !(a > 0 && ef.is(a-1, wIn)) {
		return ""
	}
	for k := a; k < b; k++ {
		if ef.toks[k].kind != tWord || !ef.toks[k].has(fUpper) || ef.toks[k].e-ef.toks[k].s < 3 && b == a+1 {
			return ""
		}
	}
	name := titleCase(ef.span(a, b))
	if name == ef.span(a, b) {
		return ""
	}
	if _, ok := countryOf[name]; !ok {
		return ""
	}
	return name
}

// placeAppositive reports whether the words from token k on leave "X, Y" a place and the
// larger place it lies in: anything but a possessive, or a possessive that describes X
// as a place of Y within four words ("Aleppo, Syria's largest city", "Bergen, Norway's
// second-largest city", "Aden, Yemen's port") rather than open a clause of its own ("in
// time for Rio, Russia's athletics federation has said", "Fallujah, Iraq's prime
// minister was").
func (rf *relationFinder) placeAppositive(k, end int) bool {
	if !rf.is(k, wAposS, wRsquoS) {
		return true
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		w := rf.low(j)
		if placeNouns.has(w) || w == "city" || w == "capital" || w == "hub" || w == "port" || w == "largest" || w == "biggest" || strings.HasSuffix(w, "-largest") || strings.HasSuffix(w, "-biggest") {
			return true
		}
	}
	return false
}

// institutionHeads end the names of bodies that stand in one place, a building or a
// campus: "Grace Baptist Church in Lakeview", "Mercy Hospital in Dayton", "Northfield
// University in Springfield" say where the body is, as "X in Y" does between places; so
// do a court, a country's mission and a lock-up ("U.S. District Court in Dayton", "the
// Ruritanian embassy in Lyon", "Harlan County Jail in Moss"), and a centre, an office, a
// laboratory or an institute ("the National Storm Center in Tarrow", "the Moss County
// Sheriff's Office in Harlan", "Kestrel Propulsion Laboratory in Dunmore").
var institutionHeads = newTokSet(map[string]bool{"church": true, "cathedral": true, "chapel": true, "mosque": true,
	"synagogue": true, "temple": true, "hospital": true, "clinic": true, "school": true, "university": true,
	"college": true, "academy": true, "seminary": true, "museum": true, "court": true, "embassy": true,
	"consulate": true, "jail": true, "prison": true, "center": true, "centre": true, "office": true,
	"laboratory": true, "laboratories": true, "institute": true, "observatory": true})

// placedIn reads "X [air base|refugee camp|crossing] in [the] [southern] [city|province
// of] Y" after the mention m of X (entity e) and says X is in Y; the place noun after a
// place's name is placeNounEnd's.
func (rf *relationFinder) placedIn(si, e int, m *mention, xCountry bool) {
	s := &rf.sents[si]
	j := m.b
	river := false
	if rf.ents[e].typ == kg.Place {
		river = rf.is(j, wRiver)
		j = rf.placeNounEnd(j) // "the Incirlik air base in southern Turkey"
	}
	if !rf.is(j, wIn) {
		return
	}
	j++
	in := j
	for j < s.b && j < in+5 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) {
		j++
	}
	e2 := rf.entityOf(j)
	if e2 < 0 || rf.ents[e2].typ != kg.Place || e2 == e || !rf.placeInPhrase(in, j) ||
		xCountry && !rf.countryInPlace(rf.entName(e2)) || listedElsewhere(rf.entName(e), rf.entName(e2)) {
		return
	}
	if rf.is(m.a-1, wOf) && rf.in(m.a-2, directions) && !rf.is(m.a-2, wOutside, wNear) && rf.town(rf.entName(e2)) && !usStates[rf.entName(e2)] {
		return // "9 miles southeast of Hesston in the town of Newton": the "in" tells where the bearing ends
	}
	if end := rf.mentions[rf.entAt[j]].b; rf.is(end, wSuburb) || rf.is(end, wSuburbs) {
		return // "in the Denver suburb of Centennial": the place is the suburb
	}
	if river && rf.town(rf.entName(e2)) {
		return // "the Tiber river in Rome": a river runs through a town, no town holds it
	}
	rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(e2), rf.span(m.a, j+1))
	// "Mercy Hospital in Dayton, Ohio": the state or country of the town's pair holds X
	// too; not a road ("I-80 in Hercules, California" runs through other states)
	if z, end := rf.pairedState(&rf.mentions[rf.entAt[j]], s.b); z >= 0 && z != e && !xCountry && !roadName(rf.entName(e)) {
		rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(z), rf.span(m.a, end))
	}
}

// pairedState returns the U.S. state or country that follows the place mention m as its
// pair ("Dayton, Ohio", "Taipei, Taiwan") — not a list ("Barbados, Bolivia, Ecuador") nor
// a country that modifies the next word — and the token after it; -1 when none does.
func (rf *relationFinder) pairedState(m *mention, end int) (int, int) {
	if !rf.punct(m.b, ',') || m.ent < 0 {
		return -1, 0
	}
	if _, isCountry := countryNames[rf.entName(m.ent)]; isCountry {
		return -1, 0
	}
	e2 := rf.entityOf(m.b + 1)
	if e2 < 0 || rf.ents[e2].typ != kg.Place || e2 == m.ent || rf.mentions[rf.entAt[m.b+1]].a != m.b+1 {
		return -1, 0
	}
	m2 := &rf.mentions[rf.entAt[m.b+1]]
	_, isCountry := countryNames[rf.entName(e2)]
	isCountry = isCountry || rf.entName(e2) == rf.datelineCountry || usStates[rf.entName(e2)] || datelineRegions[rf.entName(e2)] != ""
	if !isCountry || rf.punct(m2.b, ',') && rf.entityOf(m2.b+1) >= 0 || rf.is(m2.b, wAnd) || !rf.placeAppositive(m2.b, end) || rf.countryModifiesNext(m.ent, m2) {
		return -1, 0
	}
	return e2, m2.b
}

// memberBodyNames are the international bodies written out in full whose initials
// data/names.txt [glued-bodies] lists.
var memberBodyNames = newTokSet(map[string]bool{"European Union": true, "United Nations": true,
	"North Atlantic Treaty Organization": true, "African Union": true, "International Monetary Fund": true})

// memberBody reports whether the organization of mention m is an international body a
// country belongs to ("Britain's EU membership", "Scotland's EU referendum"): the
// possessive names a member, and the body is no part of it.
func (rf *relationFinder) memberBody(e int, m *mention) bool {
	return gluedBodies.has(rf.span(m.a, m.b)) || gluedBodies.has(rf.entName(e)) || memberBodyNames.has(rf.entName(e))
}

// capitalWordBefore returns the token of the word "capital" right before the name at
// token a, or before a comma there ("the capital Ankara", "the capital, Taipei"), unless
// it is a capitalised word of an entity's name ("Sequoia Capital, …"); or -1.
// regionCapitalWords, before "capital", make it a region's, not the country's: "the
// provincial capital Lashkar Gah", "the state capital Columbus", "the regional capital".
var regionCapitalWords = newTokSet(map[string]bool{"provincial": true, "regional": true, "state": true,
	"county": true, "district": true, "departmental": true, "prefectural": true})

func (rf *relationFinder) capitalWordBefore(a int) int {
	k := a - 1
	if rf.punct(k, ',') {
		k--
	}
	if k < 0 || !rf.is(k, wCapital) || rf.toks[k].has(fCap) && rf.entAt[k] >= 0 {
		return -1
	}
	return k
}
