package extraction

import (
	"strings"

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
	key      string // the name's matching key when it is not nameKey(name) ("Israeli foreign ministry" ≡ "Israel's foreign ministry")
	country  string // the country the name itself says ("Israel's foreign ministry"), or ""
}

// entity is one person, organization, place or group of the article.
type entity struct {
	name     string
	typ      kg.EntityType
	aliases  []string
	mentions int
	country  string
	key      string
	first    int // token of first mention
	scores   [5]int
	words    int
	dropped  bool
	gaz      bool // the name comes from a word list
	gender   byte // 'F', 'M' or 0 for a person, from a given name, an honorific or a role word
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

var typeOrder = [5]kg.EntityType{kg.Person, kg.Organization, kg.Place, kg.Group, kg.Other}

var (
	ethnic        = wordSet("ethnic")
	groupNouns    = wordSet("group-nouns")
	otherPrefixes = wordSet("other-prefixes")
	holidays      = wordSet("holidays")
	// time words that look like names
	notNames      = wordSet("not-names")
	placeNouns    = wordSet("place-nouns")
	placePrefixes = wordSet("place-prefixes")
	nameParticles = wordSet("name-particles")
	corpSuffix    = wordSet("corp-suffixes")
)

// isNameWord reports whether token i can be part of a name.
func (d *doc) isNameWord(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord {
		return false
	}
	if t.has(fCap) {
		if t.feat&(lxMonth|lxDay) != 0 {
			return false
		}
		w := d.tok(i)
		if w == "I" || w == "May" && i+1 < len(d.toks) && d.toks[i+1].kind == tNum {
			return false // "on May 11"
		}
		return true
	}
	// al-Assad, el-Sisi
	w := d.tok(i)
	if len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "ad-")) && isUpperRune(rune(w[3])) {
		return true
	}
	return false
}

// sentenceInitial reports whether token i starts a clause: the sentence's first word, or
// the first word after an opening quote, a colon or a dash.
func (d *doc) sentenceInitial(i, start int) bool {
	if i <= start {
		return true
	}
	p := &d.toks[i-1]
	if p.kind == tOpenQ || p.kind == tDash {
		return true
	}
	if p.kind == tPunct {
		c := d.text[p.s]
		return c == ':' || c == '(' || c == ';' || c == '['
	}
	return false
}

func (d *doc) findEntities() {
	n := len(d.toks)
	if cap(d.entAt) < n {
		d.entAt = make([]int32, n)
	}
	d.entAt = d.entAt[:n]
	for i := range d.entAt {
		d.entAt[i] = -1
	}
	if cap(d.quoteOf) < n {
		d.quoteOf = make([]int32, n)
	}
	d.quoteOf = d.quoteOf[:n]
	clear(d.quoteOf)
	if d.lowerSeen == nil {
		d.lowerSeen = map[string]bool{}
		d.byKey = map[string]int{}
	}
	if d.capSeen == nil {
		d.capSeen = map[string]bool{}
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord || int(t.s) >= d.bodyLen {
			continue
		}
		if !t.has(fCap) {
			d.lowerSeen[d.text[t.s:t.e]] = true
		} else if i > 0 && !t.has(fPara) && d.toks[i-1].kind == tWord {
			d.capSeen[d.text[t.s:t.e]] = true
		}
	}
	for si := range d.sents {
		s := &d.sents[si]
		if si == d.headline || s.kind == sDebris && !d.creditLike(si) {
			continue
		}
		if s.kind == sHeading && !d.creditLike(si) {
			continue
		}
		if s.kind == sLinked {
			d.gazetteerOnly(si)
			continue
		}
		d.dateline(si)
		d.chunk(si)
		d.findGroups(si)
		if s.kind == sProse {
			d.lowerOrgs(si)
		}
	}
	d.resolveEntities()
}

// gazetteerOnly records only the places and organizations of the word lists named in a
// title-case line (a linked headline), where capitalisation says nothing.
func (d *doc) gazetteerOnly(si int) {
	s := &d.sents[si]
	for i := s.start; i < s.b; i++ {
		if !d.isNameWord(i) || d.entAt[i] >= 0 {
			continue
		}
		w := d.tok(i)
		if c, ok := demonymOf[w]; ok {
			d.addDemonym(si, i, w, c)
			continue
		}
		if _, ok := countryOf[w]; ok {
			d.addMention(si, i, i+1, i, w, kg.Place, 10)
		} else if _, ok := orgAlias[w]; ok {
			d.addMention(si, i, i+1, i, w, kg.Organization, 10)
		}
	}
}

// creditLike: a debris line that names people ("Photographer: Ashley Pon/Getty Images").
func (d *doc) creditLike(si int) bool {
	s := &d.sents[si]
	if s.kind == sCredit {
		return true
	}
	txt := d.span(s.a, min(s.b, s.a+3))
	return strings.HasPrefix(txt, "Photographer") || strings.HasPrefix(txt, "Credit") || strings.HasPrefix(txt, "Photo by")
}

// dateline recognises "JAKARTA, Indonesia —", "TAINAN, Taiwan", "ISTANBUL/ANKARA" at the
// start of a paragraph and records its places.
func (d *doc) dateline(si int) {
	s := &d.sents[si]
	if !d.toks[s.a].has(fPara) || !d.toks[s.a].has(fUpper) || d.toks[s.a].kind != tWord {
		return
	}
	i := s.a
	var places []int
	var ends []int
	for i < s.b && i-s.a < 8 {
		t := &d.toks[i]
		if t.kind == tWord && t.has(fUpper) {
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
			i++
			continue
		}
		break
	}
	if len(places) == 0 || i >= s.b {
		return
	}
	// "JAKARTA, Indonesia" — a capitalised country or region after the comma
	if d.punct(i-1, ',') && d.isNameWord(i) {
		j := i
		for j < s.b && d.isNameWord(j) && j-i < 3 {
			j++
		}
		name := d.span(i, j)
		if _, ok := countryOf[name]; ok || j < s.b && (d.toks[j].kind == tDash || d.punct(j, '(')) {
			d.addMention(si, i, j, i, name, kg.Place, 10)
			if si <= 1 && d.datelineCountry == "" {
				if c, ok := countryOf[name]; ok && c != "" {
					d.datelineCountry = c
				} else if !ok && !d.toks[j-1].has(fAbbr) {
					d.datelineCountry = name // the place after the town is its country
				}
			}
			i = j
		}
	}
	if d.punct(i, '(') { // (Reuters)
		j := i + 1
		for j < s.b && j-i < 5 && !d.punct(j, ')') {
			j++
		}
		if j < s.b {
			i = j + 1
		}
	}
	if i < s.b && d.toks[i].kind == tDash {
		i++
	}
	// only a real dateline: followed by a capitalised word
	if i >= s.b || !(d.toks[i].has(fCap) || d.toks[i].kind == tNum) {
		return
	}
	for n, p := range places {
		w := d.span(p, ends[n])
		name := titleCase(w)
		d.addMention(si, p, ends[n], p, name, kg.Place, 10)
		if n == 0 && d.mainCity == "" && si <= 1 {
			d.mainCity = name
		}
	}
	s.start = i
}

func titleCase(w string) string {
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

// chunk finds runs of capitalised words in sentence si and turns each into mentions.
func (d *doc) chunk(si int) {
	s := &d.sents[si]
	credit := s.kind == sCredit || s.kind == sDebris
	i := s.start
	for i < s.b {
		if d.entAt[i] >= 0 || !d.isNameWord(i) {
			i++
			continue
		}
		initial := d.sentenceInitial(i, s.start)
		t := &d.toks[i]
		if t.has(fUpper) && t.e-t.s > 6 && t.feat&lxHonor == 0 {
			i++ // shouted words in prose are not names
			continue
		}
		if initial && i+1 < s.b && d.isNameWord(i+1) && !d.titleStarts(i) && (d.lowerSeen[lowerASCII(d.tok(i))] || descriptorNouns[lowerASCII(d.tok(i))]) && !d.known(d.tok(i)) {
			i++ // "Broadcaster NTV said": the first word is a common noun
			continue
		}
		if initial || (s.kind == sCredit && t.feat&(lxFunc|lxStarter) != 0) {
			if t.feat&(lxFunc|lxStarter|lxNumWord|lxPronoun) != 0 && t.feat&lxHonor == 0 && !d.placeStarts(i) {
				i++
				continue
			}
			if i+1 >= s.b || !d.isNameWord(i+1) {
				w := d.tok(i)
				if d.lowerSeen[lowerASCII(w)] && !d.known(w) {
					i++
					continue
				}
				// a lone capitalised first word is a name only when the article names it
				// elsewhere too, or it speaks ("Reuters reported"); not a plural of people
				// ("Officers had taken …")
				if t.feat&lxPersonNoun != 0 && !d.known(w) {
					i++
					continue
				}
				if !d.known(w) && !firstNames[w] && !d.capSeen[w] && !(i+1 < s.b && (d.isSpeech(i+1) || d.is(i+1, "has", "had", "is", "was", "will", "would"))) {
					i++
					continue
				}
			}
		}
		j := d.extendSpan(i, s.b)
		// "Sarinah shopping mall", "Aceh province": the place noun belongs to the name
		if _, dem := demonymOf[strings.Split(d.tok(i), "-")[0]]; j < s.b && d.toks[j].kind == tWord && !d.toks[j].has(fCap) && !(j == i+1 && dem) {
			if placeNouns[d.low(j)] && d.toks[j-1].feat&lxPlaceHead == 0 {
				j++
			} else if j+1 < s.b && placeNouns[d.low(j+1)] && d.low(j) == "shopping" {
				j += 2
			}
		}
		// "New Year's Eve"
		if j+1 < s.b && (d.tok(j) == "'s" || d.tok(j) == "’s") && d.is(j+1, "eve", "day") {
			j += 2
		}
		if notNames[d.span(i, j)] || notNames[strings.ReplaceAll(d.span(i, j), "’", "'")] || (j == i+2 && ethnic[d.tok(i)] && notNames[d.tok(i+1)]) {
			i = j
			continue
		}
		if j > i+1 && ethnic[d.tok(i)] && notNames[d.span(i+1, j)] {
			i = j
			continue
		}
		d.spanMentions(si, i, j, credit)
		i = j
	}
}

// possessiveInName: words whose "'s" belongs to the name it starts ("Republican People's
// Party", "Today's Zaman"), not to an owner ("Turkey's Foreign Ministry").
var possessiveInName = wordSet("possessive-in-name")

var descriptorNouns = wordSet("descriptor-nouns")

// titleStarts reports whether a title begins at token i ("Health Minister").
func (d *doc) titleStarts(i int) bool {
	for l := maxTitleLen; l >= 1; l-- {
		if i+l <= len(d.toks) {
			if _, ok := titleRole[d.span(i, i+l)]; ok {
				return true
			}
		}
	}
	return false
}

// known reports whether a single word is in a gazetteer.
func (d *doc) known(w string) bool {
	if _, ok := countryOf[w]; ok {
		return true
	}
	if _, ok := orgAlias[w]; ok {
		return true
	}
	if _, ok := demonymOf[w]; ok {
		return true
	}
	return false
}

// extendSpan grows a name from token i: capitalised words, joined by of/for/on/and/the
// where the name so far is an organization's or a title's ("Institute for Policy Analysis of
// Conflict", "United Nations Office on Drugs and Crime", "Secretary of State John Kerry").
func (d *doc) extendSpan(i, end int) int {
	j := i + 1
	connected := false
	for j < end && j-i < 12 {
		if d.isNameWord(j) && d.toks[j].has(fSpace) {
			if d.toks[j].has(fUpper) && d.toks[j].e-d.toks[j].s > 6 && !d.toks[j-1].has(fUpper) {
				break
			}
			j++
			continue
		}
		// Peoples' Democratic Party
		if (d.punct(j, '\'') || d.tok(j) == "’") && !d.toks[j].has(fSpace) && j+1 < end && d.isNameWord(j+1) && strings.HasSuffix(d.tok(j-1), "s") {
			j += 2
			continue
		}
		// Republican People's Party, Today's Zaman
		if (d.tok(j) == "'s" || d.tok(j) == "’s") && j+1 < end && d.isNameWord(j+1) && possessiveInName[d.tok(j-1)] {
			j += 2
			continue
		}
		if d.toks[j].kind == tWord && !d.toks[j].has(fCap) {
			w := d.low(j)
			if nameParticles[w] && j+1 < end && d.isNameWord(j+1) {
				j += 2
				continue
			}
			if (w == "of" || w == "for" || w == "on") && j+1 < end {
				k := j + 1
				if d.is(k, "the") && k+1 < end {
					k++
				}
				if d.isNameWord(k) && !d.toks[k].has(fUpper|fAbbr) {
					if d.headed(i, j) {
						connected = true
						j = k + 1
						continue
					}
				}
				if d.isNameWord(k) && d.headed(i, j) && d.titleAt(i, j) {
					connected = true
					j = k + 1
					continue
				}
			}
			if (w == "and" || w == "&") && connected && j+1 < end && d.isNameWord(j+1) {
				j += 2
				continue
			}
			if w == "in" && j+1 < end && d.isNameWord(j+1) && (d.is(j-1, "embassy", "consulate")) {
				j += 2
				continue
			}
		}
		if d.punct(j, '&') && j+1 < end && d.isNameWord(j+1) {
			j += 2
			continue
		}
		break
	}
	return j
}

// headed reports whether the words a..b-1 contain an organization's or place's head word
// or a title, after which "of" continues the name.
func (d *doc) headed(a, b int) bool {
	for k := a; k < b; k++ {
		f := d.toks[k].feat
		if f&(lxOrgHead|lxPlaceHead|lxRole) != 0 {
			return true
		}
		w := d.tok(k)
		if _, ok := titleRole[w]; ok {
			return true
		}
		switch w {
		case "Republic", "Kingdom", "Bank", "University", "Ministry", "Department", "Secretary", "Minister",
			"Gulf", "Bay", "Sea", "Institute", "Church", "Order", "Museum", "Friends", "Sisters", "Doctors",
			"Organization", "Organisation", "Federation", "Office", "Island", "Isle", "Straits", "Strait", "Ring",
			"Reporters", "Commissioner", "Director", "Secretary-General", "Minister-President":
			return true
		}
	}
	return false
}

func (d *doc) titleAt(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := titleRole[d.tok(k)]; ok {
			return true
		}
	}
	return false
}

// spanMentions splits a capitalised span into title, organization prefix and name, and
// records the mentions.
func (d *doc) spanMentions(si, a, b int, credit bool) {
	// Lone demonym or demonym compound ("Turkish", "Turkish-Syrian").
	if b == a+1 {
		w := d.tok(a)
		if c, ok := demonymOf[w]; ok {
			d.addDemonym(si, a, w, c)
			return
		}
		if strings.Contains(w, "-") {
			parts := strings.Split(w, "-")
			all := len(parts) > 1
			for _, p := range parts {
				if _, ok := demonymOf[p]; !ok {
					all = false
				}
			}
			if all {
				for _, p := range parts {
					d.addDemonym(si, a, p, demonymOf[p])
				}
				return
			}
		}
	}
	if b == a+1 {
		w := d.tok(a)
		base, _, _ := strings.Cut(w, "-")
		if ethnic[base] || ethnic[strings.TrimSuffix(base, "s")] {
			return
		}
	}
	// titles: find the last title run followed by at least one name word
	ta, tb := -1, -1
	for k := a; k < b-1; k++ {
		for l := min(maxTitleLen, b-1-k); l >= 1; l-- {
			if r, ok := titleRole[d.span(k, k+l)]; ok {
				// an honorific (Mr., Mrs.) always names a person: "Mr. Douglas" even
				// where Douglas is also a capital
				if k+l < b && (r == "" && d.toks[k+l-1].has(fAbbr) || !d.orgWords(k+l, b)) {
					ta, tb = k, k+l
				}
				k += l - 1
				break
			}
		}
	}
	if ta >= 0 {
		// the whole run of titles ("Maj. Gen."), and what is before it
		for ta > a {
			found := false
			for l := min(maxTitleLen, ta-a); l >= 1; l-- {
				if _, ok := titleRole[d.span(ta-l, ta)]; ok {
					ta -= l
					found = true
					break
				}
			}
			if !found {
				break
			}
		}
		role := ""
		for k := ta; k < tb; {
			matched := false
			for l := min(maxTitleLen, tb-k); l >= 1; l-- {
				if r, ok := titleRole[d.span(k, k+l)]; ok {
					if r != "" {
						role = r
					}
					k += l
					matched = true
					break
				}
			}
			if !matched {
				k++
			}
		}
		orgM := -1
		orgText := ""
		if ta > a {
			orgText = d.span(a, ta)
			orgM = d.classifyAndAdd(si, a, ta, credit)
		}
		m := d.addMention(si, tb, b, ta, d.span(tb, b), kg.Person, 8)
		if m >= 0 {
			d.mentions[m].role = role
			d.mentions[m].roleOrg = orgText
			d.mentions[m].roleOrgM = orgM
		}
		return
	}
	d.classifyAndAdd(si, a, b, credit)
}

// orgWords reports whether tokens a..b-1 look like an organization rather than a
// person's name (General Motors, Director of National Intelligence).
func (d *doc) orgWords(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 || d.is(k, "of", "for") {
			return true
		}
	}
	name := d.span(a, b)
	if _, ok := countryOf[name]; ok {
		return true
	}
	if _, ok := orgAlias[name]; ok {
		return true
	}
	return false
}

func (d *doc) addDemonym(si, a int, w, country string) {
	m := d.addMention(si, a, a+1, a, country, kg.Place, 6)
	if m >= 0 {
		d.mentions[m].demonym = true
		d.mentions[m].name = w
	}
}

// classifyAndAdd types a name by word lists, head words and context, and records it.
func (d *doc) classifyAndAdd(si, a, b int, credit bool) int {
	name := d.span(a, b)
	name = strings.TrimSuffix(name, ",")
	if strings.HasSuffix(name, ".") && !d.toks[b-1].has(fAbbr) {
		name = name[:len(name)-1]
	}
	if _, ok := countryOf[name]; ok {
		return d.addMention(si, a, b, a, name, kg.Place, 10)
	}
	if b == a+1 {
		if c, ok := demonymOf[name]; ok {
			d.addDemonym(si, a, name, c)
			return int(d.entAt[a])
		}
	}
	// "Pacific Ring of Fire", "Institute for Policy Analysis": the word before "of" is the head
	for k := a + 1; k < b; k++ {
		if d.is(k, "of", "for", "on") {
			f := d.toks[k-1].feat
			if f&lxPlaceHead != 0 {
				return d.addMention(si, a, b, a, name, kg.Place, 6)
			}
			if f&lxOrgHead != 0 || d.headed(k-1, k) {
				return d.addMention(si, a, b, a, name, kg.Organization, 6)
			}
			break
		}
	}
	// "who gave his name as Chang"
	if d.is(a-1, "as") && d.is(a-2, "name") || d.is(a-1, "named") && d.isPersonNoun(a-2) {
		return d.addMention(si, a, b, a, name, kg.Person, 6)
	}
	if _, ok := orgAlias[name]; ok {
		return d.addMention(si, a, b, a, name, kg.Organization, 10)
	}
	if placeNouns[strings.ToLower(lastWord(name))] && b > a+1 {
		return d.addMention(si, a, b, a, name, kg.Place, 7)
	}
	if holidays[name] {
		return d.addMention(si, a, b, a, name, kg.Other, 10)
	}
	first := d.tok(a)
	last := d.toks[b-1]
	words := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tWord {
			words++
		}
	}
	if otherPrefixes[first] && b > a+1 {
		return d.addMention(si, a, b, a, name, kg.Other, 8)
	}
	if placePrefixes[first] && b > a+1 {
		return d.addMention(si, a, b, a, name, kg.Place, 7)
	}
	if last.feat&lxPlaceHead != 0 && b > a+1 {
		return d.addMention(si, a, b, a, name, kg.Place, 7)
	}
	for k := a; k < b; k++ {
		if d.toks[k].feat&lxOrgHead != 0 && b > a+1 {
			return d.addMention(si, a, b, a, name, kg.Organization, 7)
		}
	}
	// a demonym that starts an organization's name ("Syrian National Council") is handled
	// above; a demonym before a name is a nationality: keep the name.
	if _, ok := demonymOf[first]; ok && b > a+1 {
		if !credit {
			return d.classifyAndAdd(si, a+1, b, credit)
		}
	}
	if firstNames[first] && words >= 2 && words <= 4 {
		return d.addMention(si, a, b, a, name, kg.Person, 6)
	}
	if credit && words >= 2 && words <= 4 {
		return d.addMention(si, a, b, a, name, kg.Person, 5)
	}
	// context
	prev := a - 1
	if prev >= d.sents[si].start && d.toks[prev].kind == tWord && !d.toks[prev].has(fCap) {
		p := d.low(prev)
		switch p {
		case "to":
			// "envoy to Borland", "a visit to Istanbul", "fled to Turkey" (not "said to X")
			switch d.low(prev - 1) {
			case "envoy", "ambassador", "trip", "travel", "traveled", "travelled", "visit", "visits", "flew",
				"returned", "moved", "fled", "deployed", "arrived", "went", "came", "back", "route", "routes",
				"journey", "flights", "flight", "refugees", "migrants", "border", "way", "headed", "bound":
				if words <= 2 && !d.upperAcronym(a, b) {
					return d.addMention(si, a, b, a, name, kg.Place, 3)
				}
			}
		case "and", "or":
			// "in Karvo and Lenz": a name joined to a place is a place
			if e := d.entAt[prev-1]; e >= 0 && d.mentions[e].typ == kg.Place && !d.mentions[e].demonym && words <= 2 {
				return d.addMention(si, a, b, a, name, kg.Place, 3)
			}
		case "of":
			// "22 miles southeast of Yujing", "the island of Selvara"
			switch d.low(prev - 1) {
			case "island", "port", "city", "town", "village", "province", "region", "state", "district",
				"capital", "county", "municipality", "suburb", "islands", "archipelago":
				if words <= 3 && !d.upperAcronym(a, b) {
					return d.addMention(si, a, b, a, name, kg.Place, 6)
				}
			}
			switch d.low(prev - 1) {
			case "southeast", "southwest", "northeast", "northwest", "south", "north", "east", "west", "outskirts", "suburbs", "centre", "center":
				if words <= 3 && !d.upperAcronym(a, b) {
					return d.addMention(si, a, b, a, name, kg.Place, 6)
				}
			}
		case "in", "at", "near", "across", "outside", "inside", "into", "around", "southeast", "southwest", "northeast", "northwest", "south", "north", "east", "west":
			if words <= 2 && !d.upperAcronym(a, b) {
				return d.addMention(si, a, b, a, name, kg.Place, 3)
			}
		case "utility", "broadcaster", "chipmaker", "company", "firm", "maker", "carrier", "airline", "agency", "newspaper", "daily", "group", "network", "insurer", "lender", "retailer", "automaker", "giant", "bank", "startup", "rival":
			return d.addMention(si, a, b, a, name, kg.Organization, 5)
		}
	}
	if d.upperAcronym(a, b) {
		return d.addMention(si, a, b, a, name, kg.Organization, 3)
	}
	if words >= 2 && words <= 4 {
		// a run of capitalised words is a person's name unless it holds words the article
		// writes in lower case elsewhere ("Sexual Assault", "Real Scientists") or ends in a
		// numeral or abbreviation ("Title IX", "Complainant No.")
		if d.commonWords(a, b) {
			return d.addMention(si, a, b, a, name, kg.Other, 2)
		}
		return d.addMention(si, a, b, a, name, kg.Person, 2)
	}
	if words == 1 {
		// followed by a speech verb: a person named by surname
		if b < len(d.toks) && d.toks[b].feat&lxSpeech != 0 {
			return d.addMention(si, a, b, a, name, kg.Person, 1)
		}
		return d.addMention(si, a, b, a, name, kg.Organization, 1)
	}
	return d.addMention(si, a, b, a, name, kg.Other, 1)
}

func (d *doc) upperAcronym(a, b int) bool {
	return b == a+1 && d.toks[a].has(fUpper) && d.toks[a].e-d.toks[a].s <= 6
}

func (d *doc) addMention(si, a, b, ta int, name string, typ kg.EntityType, score int) int {
	if a >= b || name == "" {
		return -1
	}
	for k := a; k < b; k++ {
		if d.entAt[k] >= 0 {
			return -1
		}
	}
	d.mentions = append(d.mentions, mention{sent: si, a: a, b: b, ta: ta, name: name, typ: typ, score: score, ent: -1, roleOrgM: -1})
	idx := int32(len(d.mentions) - 1)
	for k := a; k < b; k++ {
		d.entAt[k] = idx
	}
	return int(idx)
}

// findGroups finds collectives named by a demonym or creed and a group noun: "the Syrian
// opposition", "Kurdish militants", "a Kurdish militant group", "German tourists".
func (d *doc) findGroups(si int) {
	s := &d.sents[si]
	for i := s.start; i+1 < s.b; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.has(fCap) {
			continue
		}
		w := d.tok(i)
		_, dem := demonymOf[w]
		if !dem && !ethnic[w] {
			continue
		}
		j := i + 1
		if !groupNouns[d.low(j)] || d.toks[j].has(fCap) {
			continue
		}
		k := j + 1
		if k < s.b && (d.is(k, "group", "groups", "network", "movement", "fighters", "militants")) {
			k++
		}
		// replace the demonym's country mention: the group is the mention here
		if m := d.entAt[i]; m >= 0 && d.mentions[m].demonym {
			d.mentions[m].name = ""
			d.entAt[i] = -1
		}
		if d.entAt[i] >= 0 {
			continue
		}
		d.addMention(si, i, k, i, d.span(i, k), kg.Group, 8)
		i = k - 1
	}
}

// nameKey normalises a name for matching: lower case, no "the", no "al-", no company
// suffix, no dots.
func nameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		w = strings.Trim(w, ".,'’")
		if i == 0 && w == "the" {
			continue
		}
		if i == len(words)-1 && i > 0 && corpSuffix[w] {
			continue
		}
		w = strings.TrimPrefix(w, "al-")
		w = strings.TrimPrefix(w, "el-")
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

// genericOwner gives a name made only of generic words ("Foreign Ministry", "Defense
// Ministry") its owner, so that Taiwan's and China's are two bodies: "Taiwan's Foreign
// Ministry" after "Taiwan's", and "Chinese Foreign Ministry" keyed by China.
func (d *doc) genericOwner(m *mention) {
	ws := strings.Fields(strings.ToLower(m.name))
	if len(ws) < 2 || m.key != "" {
		return
	}
	start := 0
	country := ""
	if c, ok := demonymOf[strings.Fields(m.name)[0]]; ok {
		start, country = 1, c
	}
	for _, w := range ws[start:] {
		if _, head := lowerOrgHeads[w]; !head && !lowerOrgQualifiers[w] {
			return
		}
	}
	if _, head := lowerOrgHeads[ws[len(ws)-1]]; !head {
		return
	}
	if country == "" && m.a >= 2 && (d.tok(m.a-1) == "'s" || d.tok(m.a-1) == "’s") {
		if om := d.entAt[m.a-2]; om >= 0 && d.mentions[om].typ == kg.Place && d.mentions[om].name != "" {
			owner := d.mentions[om].name
			if d.mentions[om].demonym {
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

// resolveEntities groups mentions into entities.
func (d *doc) resolveEntities() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.name == "" {
			continue
		}
		d.genericOwner(m)
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
		key := nameKey(canon)
		if m.key != "" {
			key = m.key
		}
		ei, ok := d.byKey[key]
		if !ok {
			e := &entity{name: canon, key: key, first: m.a, gaz: gaz, words: len(strings.Fields(canon))}
			d.ents = append(d.ents, e)
			ei = len(d.ents) - 1
			d.byKey[key] = ei
		}
		e := d.ents[ei]
		m.ent = ei
		e.mentions++
		if m.country != "" && e.country == "" {
			e.country = m.country
		}
		e.scores[typeIndex(m.typ)] += m.score
		if gaz {
			e.gaz = true
		}
		if !gaz && !m.demonym && len(m.name) > len(e.name) && !e.gaz {
			e.addAlias(e.name)
			e.name = m.name
			e.words = len(strings.Fields(m.name))
		}
		e.addAlias(m.name)
	}
	for _, e := range d.ents {
		e.typ = bestType(e)
	}
	// parenthesised acronyms: "Kurdistan Workers Party (PKK)"
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.b+2 >= len(d.toks) || !d.punct(m.b, '(') || !d.punct(m.b+2, ')') {
			continue
		}
		if am := d.entAt[m.b+1]; am >= 0 && d.mentions[am].ent >= 0 && d.mentions[am].ent != m.ent && d.toks[m.b+1].has(fUpper) {
			d.merge(d.mentions[am].ent, m.ent)
		}
	}
	// short forms: surnames, suffixes, acronyms, company names without suffix
	for ei, e := range d.ents {
		if e.dropped {
			continue
		}
		if t := d.shortFormOf(ei); t >= 0 {
			if d.ents[t].typ == kg.Person && e.words == 1 {
				// "Scalia" after "Antonin Scalia": whatever the surname's own contexts
				// said ("without Scalia"), it names the person
				e.scores = [5]int{}
			}
			d.merge(ei, t)
		}
	}
	d.genders()
	for _, e := range d.ents {
		if e.dropped {
			continue
		}
		e.typ = bestType(e)
		switch e.typ {
		case kg.Place:
			if c, ok := countryOf[e.name]; ok {
				e.country = c
			}
		case kg.Organization:
			if c := orgCountry[e.name]; c != "" {
				e.country = c
			}
		}
	}
}

func bestType(e *entity) kg.EntityType {
	best, bs := 4, -1
	for i, s := range e.scores {
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
func (d *doc) merge(from, into int) {
	if from == into {
		return
	}
	f, t := d.ents[from], d.ents[into]
	if f.dropped || t.dropped {
		return
	}
	f.dropped = true
	t.mentions += f.mentions
	for i := range f.scores {
		t.scores[i] += f.scores[i]
	}
	t.addAlias(f.name)
	for _, a := range f.aliases {
		t.addAlias(a)
	}
	if f.first < t.first {
		t.first = f.first
	}
	for mi := range d.mentions {
		if d.mentions[mi].ent == from {
			d.mentions[mi].ent = into
		}
	}
	d.byKey[f.key] = into
}

// shortFormOf finds the entity that entity ei is a short form of, or -1.
func (d *doc) shortFormOf(ei int) int {
	e := d.ents[ei]
	ew := strings.Fields(e.key)
	best := -1
	for ti, t := range d.ents {
		if ti == ei || t.dropped || t.words <= e.words {
			continue
		}
		tw := strings.Fields(t.key)
		ok := false
		switch {
		case len(ew) == 1 && t.typ == kg.Person && !e.gaz:
			// a surname or given name of a person named in full
			for _, w := range tw {
				if w == ew[0] {
					ok = true
				}
			}
		case len(ew) == 1 && e.typ != kg.Place && len(e.name) >= 2 && isAllUpper(e.name) && acronymOf(t.name) == e.name:
			ok = true
		case !e.gaz && t.typ == kg.Organization && len(tw) == len(ew)+1 && corpSuffix[strings.ToLower(strings.Trim(lastWord(t.name), "."))] && strings.HasPrefix(t.key, e.key+" "):
			ok = true
		case len(ew) >= 2 && strings.HasSuffix(t.key, " "+e.key) && t.typ == e.typ:
			ok = true
		case len(ew) >= 2 && strings.HasPrefix(t.key, e.key+" in ") && t.typ == e.typ:
			ok = true
		case len(ew) == 1 && t.typ == kg.Organization && e.typ == kg.Organization && len(tw) >= 2 && tw[0] == ew[0] && corpSuffix[strings.ToLower(strings.Trim(lastWord(t.name), "."))]:
			ok = true
		}
		if ok && (best < 0 || t.mentions > d.ents[best].mentions) {
			best = ti
		}
	}
	return best
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

// entityOf returns the entity index of the mention covering token i, or -1.
func (d *doc) entityOf(i int) int {
	if i < 0 || i >= len(d.entAt) || d.entAt[i] < 0 {
		return -1
	}
	return d.mentions[d.entAt[i]].ent
}

// entName returns the name of entity ei.
func (d *doc) entName(ei int) string {
	if ei < 0 {
		return ""
	}
	return d.ents[ei].name
}

// partyWords name a political side, not a person: "Republican Texas Senator Ted Cruz".
var partyWords = wordSet("party-words")

var romanNumerals = wordSet("roman-numerals")

// commonWords reports whether the capitalised words a..b-1 read as a title or a phrase
// rather than a person's name: a word the article also writes in lower case (not a given
// name), a function word, a Roman numeral or an abbreviation at the end.
func (d *doc) commonWords(a, b int) bool {
	last := d.tok(b - 1)
	if romanNumerals[last] || d.toks[b-1].has(fAbbr) && d.toks[b-1].feat&lxHonor == 0 && len(last) > 2 {
		return true
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		w := d.tok(k)
		if firstNames[w] {
			continue
		}
		if d.toks[k].feat&lxFunc != 0 || d.lowerSeen[lowerASCII(w)] && len(w) > 3 || partyWords[w] {
			return true
		}
	}
	return false
}

// genderWords before or after a name say whether the person is a woman or a man.
var genderWords = wordGenders("gender-words")

// genders sets each person's gender from the given names, honorifics and role words
// around their mentions.
func (d *doc) genders() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.name == "" {
			continue
		}
		e := d.ents[m.ent]
		if e.gender != 0 {
			continue
		}
		if g := nameGender[strings.Fields(m.name)[0]]; g != 0 {
			e.gender = g
			continue
		}
		for k := m.ta - 1; k >= m.ta-3 && k >= 0; k-- {
			if g := genderWords[d.low(k)]; g != 0 {
				e.gender = g
				break
			}
			if d.toks[k].kind != tWord {
				break
			}
		}
		for k := m.ta; k < m.a; k++ {
			if g := genderWords[d.low(k)]; g != 0 {
				e.gender = g
			}
		}
		if e.gender == 0 && d.punct(m.b, ',') {
			// "Tima Kurdi, the boy's aunt,": the appositive's head, its last word
			for k := m.b + 1; k < len(d.toks) && k <= m.b+6 && d.toks[k].kind == tWord; k++ {
				if g := genderWords[d.low(k)]; g != 0 {
					e.gender = g
				}
			}
		}
	}
	for _, e := range d.ents {
		if e.gender == 0 && !e.dropped {
			if g := nameGender[strings.Fields(e.name + " x")[0]]; g != 0 {
				e.gender = g
			}
		}
	}
}

// placeStarts reports whether a name the word lists know begins with the function word at
// token i: "New York City Mayor Bill de Blasio", "New Delhi", "Saint Martin".
func (d *doc) placeStarts(i int) bool {
	if !d.is(i, "new", "saint", "san", "los", "las", "el", "la", "le", "st.", "united", "south", "north", "east", "west") || !d.isNameWord(i+1) {
		return false
	}
	for l := 2; l <= 3 && i+l <= len(d.toks); l++ {
		n := d.span(i, i+l)
		if _, ok := countryOf[n]; ok {
			return true
		}
		if _, ok := orgAlias[n]; ok {
			return true
		}
	}
	return d.is(i, "new") && d.toks[i+1].has(fCap) // "New Jersey", "New Hampshire"
}
