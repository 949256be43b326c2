package extraction

import (
	"strconv"
	"strings"
	"time"

	"github.com/factgraph/kg"
)

// eventAt returns the type of event the word at token k names, or "": not a word that
// only qualifies a noun after it ("fire officials", "bomb squad").
func (d *doc) eventAt(k int) string {
	ev := eventNoun(d.low(k))
	if ev != "" && compoundHeads[d.low(k+1)] && !d.toks[k+1].has(fCap) {
		return ""
	}
	// the verb "fire": "police fire tear gas", "opened fire on", "came under fire"
	if ev == "fire" && (d.is(k+1, "tear", "at", "on", "rubber", "water", "shots", "warning", "back", "into", "off", "upon", "live") ||
		d.is(k-1, "opened", "open", "opening", "cease", "returned", "return", "under", "exchanged", "to", "police", "troops", "soldiers", "forces")) {
		return ""
	}
	return ev
}

// eventNoun maps a word to the type of event it names, or "".
func eventNoun(w string) string { return eventWords[w] }

// eventWords are the words that name events, by type (data/events.txt).
var eventWords = wordValues("event-words")

var eventRank = wordInts("event-rank")

// sentEvent is the event a sentence names, other than the main event: index+1 into
// Events, 0 for none.
func (d *doc) findEvents() {
	d.out.Events = nil
	d.eventSent = d.eventSent[:0]
	// main event: the highest-ranked event noun of the headline and the first prose sentences
	typ, tr := "", 99
	scan := func(si int) {
		s := &d.sents[si]
		for k := s.start; k < s.b; k++ {
			if d.quoteOf[k] != 0 {
				continue
			}
			if ev := d.eventAt(k); ev != "" && eventRank[ev] < tr && !d.otherEventWord(si, k) {
				typ, tr = ev, eventRank[ev]
			}
		}
	}
	if d.headline >= 0 {
		scan(d.headline)
	}
	prose := 0
	firstProse := -1
	for si := range d.sents {
		if d.sents[si].kind != sProse || si == d.headline {
			continue
		}
		if firstProse < 0 {
			firstProse = si
		}
		scan(si)
		prose++
		if prose >= 2 {
			break
		}
	}
	d.mainPlace, d.mainCountry = "", d.datelineCountry
	// main place: the dateline or the first sentence's places
	for si := range d.sents {
		if d.sents[si].kind != sProse {
			continue
		}
		s := &d.sents[si]
		for k := s.a; k < s.b; k++ {
			e := d.entityOf(k)
			if e < 0 || d.ents[e].typ != kg.Place {
				continue
			}
			name := d.ents[e].name
			m := &d.mentions[d.entAt[k]]
			k = max(k, m.b-1)
			if d.tok(m.b) == "'s" || d.tok(m.b) == "’s" {
				continue // "Israel's foreign ministry said": whose, not where
			}
			if m.demonym {
				if d.mainCountry == "" {
					d.mainCountry = name
				}
				continue
			}
			if _, isCountry := countryNames[name]; isCountry {
				if d.mainCountry == "" {
					d.mainCountry = name
				}
				continue
			}
			if d.mainPlace == "" {
				d.mainPlace = name
			}
		}
		if d.mainPlace != "" || d.mainCountry != "" || si-firstProse >= 2 {
			break
		}
	}
	if d.mainPlace != "" {
		if c, ok := countryOf[d.mainPlace]; ok && c != "" {
			d.mainCountry = c
		}
	}
	if d.mainCountry == "" {
		// the country named most often
		best := 0
		for _, e := range d.ents {
			if e.dropped || e.typ != kg.Place {
				continue
			}
			if _, ok := countryNames[e.name]; ok && e.mentions > best {
				best, d.mainCountry = e.mentions, e.name
			}
		}
	}
	if typ == "" {
		return
	}
	if d.mainCity == "" {
		// no dateline: the city of a sentence that states the event ("struck near Tainan")
		if p := d.eventCity(typ, firstProse); p != "" {
			d.mainPlace = p
			if c := countryOf[p]; c != "" {
				d.mainCountry = c
			}
		}
	}
	place := d.mainPlace
	if place == "" {
		place = d.mainCountry
	}
	date := d.mainDate(typ, firstProse)
	d.out.Events = append(d.out.Events, kg.Event{Type: typ, Place: place, Country: d.mainCountry, Date: date, Main: true})
	d.eventSent = append(d.eventSent, -1)
}

// eventSentences calls fn with the prose sentences near the top of the article that
// state an event of type typ (the first prose sentence always), until fn returns true.
func (d *doc) eventSentences(typ string, firstProse int, fn func(si int) bool) {
	if firstProse < 0 {
		return
	}
	prose := 0
	for si := firstProse; si < len(d.sents) && prose < 12; si++ {
		s := &d.sents[si]
		if s.kind != sProse || si == d.headline {
			continue
		}
		prose++
		states := si == firstProse
		for k := s.start; k < s.b && !states; k++ {
			if d.quoteOf[k] == 0 && d.eventAt(k) == typ && !d.otherEventWord(si, k) {
				states = true
			}
		}
		if states && fn(si) {
			return
		}
	}
}

// mainDate dates the article's event: the first day a sentence stating it names
// ("Saturday", "yesterday", "Feb. 6"), resolved against the publication date; else the
// publication day.
func (d *doc) mainDate(typ string, firstProse int) string {
	date := ""
	d.eventSentences(typ, firstProse, func(si int) bool {
		if dt := d.dateIn(si); len(dt) == len("2006-01-02") {
			date = dt
			return true
		}
		return false
	})
	if date == "" {
		date = kg.DateString(d.pub)
	}
	return date
}

// eventCity finds the city where the event happened: a place that is not a country,
// named after in/near/of/at in a sentence that states the event. Places named in passing
// ("Taiwan lies on the Pacific Ring of Fire") and regions do not count.
func (d *doc) eventCity(typ string, firstProse int) string {
	city := ""
	d.eventSentences(typ, firstProse, func(si int) bool {
		s := &d.sents[si]
		for k := s.start; k < s.b; k++ {
			e := d.entityOf(k)
			if e < 0 || d.ents[e].typ != kg.Place || d.mentions[d.entAt[k]].demonym || d.quoteOf[k] != 0 {
				continue
			}
			name := d.ents[e].name
			m := &d.mentions[d.entAt[k]]
			k = m.b - 1
			if _, isCountry := countryNames[name]; isCountry || d.regionName(name) {
				continue
			}
			p := m.a - 1
			for p > s.start && d.toks[p].kind == tWord && !d.toks[p].has(fCap) && d.toks[p].feat&lxFunc == 0 && m.a-p < 4 {
				p-- // "in central Istanbul", "southeast of the city of Tainan"
			}
			if d.is(p, "the") {
				p--
			}
			if d.is(p, "in", "near", "of", "at", "outside", "hit", "struck", "rocked", "shook") && !d.relativeBefore(si, p) {
				city = name
				return true
			}
		}
		return false
	})
	return city
}

// regionName reports whether a place's name is a region rather than a town: "Pacific Ring
// of Fire", "Philippine Sea Plate", "Southeast Asia", "Middle East".
func (d *doc) regionName(name string) bool {
	if r, ok := d.regions[name]; ok {
		return r
	}
	lw := strings.ToLower(name)
	r := false
	for _, w := range []string{"ring of fire", " plate", " sea", " ocean", "asia", "east", "europe", "africa", "america", "pacific", "atlantic", "gulf", " coast"} {
		if strings.Contains(lw, w) {
			r = true
			break
		}
	}
	if d.regions == nil {
		d.regions = map[string]bool{}
	}
	d.regions[name] = r
	return r
}

// relativeBefore reports whether token k lies in a relative clause of sentence si ("the
// island, which lies in the seismically active Pacific Ring of Fire").
func (d *doc) relativeBefore(si, k int) bool {
	s := &d.sents[si]
	for j := k; j >= s.start && k-j < 8; j-- {
		if d.is(j, "which", "where", "whose") {
			return true
		}
		if d.punct(j, ',') && j < k-1 {
			return false
		}
	}
	return false
}

// otherEventWord reports whether the event noun at k belongs to another event than the
// article's: "a 1999 tremor", "a bombing in Ankara last month".
func (d *doc) otherEventWord(si, k int) bool {
	s := &d.sents[si]
	for j := max(s.start, k-4); j < min(s.b, k+8); j++ {
		if d.toks[j].kind == tNum && !d.toks[j].has(fSuffix) && d.yearAt(j) {
			if v, err := strconv.Atoi(d.tok(j)); err == nil && (d.pub.IsZero() || v != d.pub.Year()) {
				return true
			}
		}
		if d.is(j, "last") && d.is(j+1, "month", "year", "week") {
			return true
		}
		if d.is(j, "previous", "earlier", "similar", "past") {
			return true
		}
	}
	return false
}

// eventOf returns the event a figure at token tok of sentence si belongs to, and the
// date the sentence gives the figure. A figure belongs to the article's main event unless
// its sentence names another time ("in 1999", "last month", "In January") or another event
// ("a similar bombing in Ankara", "a suicide car bombing in the capital Ankara"): then it
// belongs to that event, or, when the sentence names a time but no event, to none.
func (d *doc) eventOf(si, tok int, measure string) (int, string) {
	main := -1
	mainDate, mainPlace := kg.DateString(d.pub), ""
	if len(d.out.Events) > 0 && d.out.Events[0].Main {
		main = 0
		mainDate, mainPlace = d.out.Events[0].Date, d.out.Events[0].Place
	}
	k := d.nearestEventNoun(si, tok)
	// the date of the figure's clause, else of the event's clause ("a massive 1999 tremor
	// that killed about 2,400 people")
	date := d.clauseDate(si, d.clauseOf(tok))
	if date == "" && k >= 0 {
		date = d.clauseDate(si, d.clauseOf(k))
	}
	otherTime := date != "" && mainDate != "" && !datesMeet(date, mainDate)
	if k >= 0 && aftershock(d.low(k)) {
		if otherTime {
			return -1, date
		}
		return main, date
	}
	if k < 0 {
		// no event named: the main event's only if the figure is of the kind events have
		// (a toll, damage, a magnitude) or the sentence tells of its effects, and the
		// sentence dates it no wider than that day ("already this month" is a total)
		if otherTime || len(date) > 0 && len(date) < len("2006-01-02") ||
			!eventMeasure(measure) && !d.impactIn(si) {
			return -1, date
		}
		return main, date
	}
	typ := eventNoun(d.low(k))
	place := d.eventPlace(si, k)
	other := otherTime || d.otherEventWord(si, k) || main >= 0 && kg.FamilyOf(typ) != kg.FamilyOf(d.out.Events[0].Type)
	if !other && main >= 0 && place != "" && place != mainPlace && mainPlace != "" && (d.indefinite(si, k) || !kg.Regional(typ)) {
		// "a suicide car bombing in the capital Ankara" in a report on Istanbul: both
		// towns the word lists know, neither a country
		_, isCountry := countryNames[place]
		_, mainIsCountry := countryNames[mainPlace]
		c1, known1 := countryOf[place]
		_, known2 := countryOf[mainPlace]
		if !isCountry && !mainIsCountry && known1 && known2 && c1 != mainPlace {
			other = true
		}
	}
	if !other {
		return main, date
	}
	country := ""
	if place != "" {
		country = countryOf[place]
	}
	if country == "" {
		country = d.mainCountry
	}
	if place == "" {
		place = country
	}
	for i, e := range d.out.Events {
		if !e.Main && e.Type == typ && e.Date == date && e.Place == place {
			return i, date
		}
	}
	d.out.Events = append(d.out.Events, kg.Event{Type: typ, Place: place, Country: country, Date: date})
	d.eventSent = append(d.eventSent, si)
	return len(d.out.Events) - 1, date
}

func (d *doc) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.punct(k, ',') || d.punct(k, ';') || d.toks[k].kind == tDash {
			return true
		}
	}
	return false
}

func aftershock(w string) bool { return w == "aftershock" || w == "aftershocks" }

// nearestEventNoun returns the event noun of sentence si nearest token tok ("aftershock"
// counts as one, of the main event), or -1. Words inside a quote count only for a figure
// inside that quote.
func (d *doc) nearestEventNoun(si, tok int) int {
	s := &d.sents[si]
	best, bestDist := -1, 1<<30
	for k := s.start; k < s.b; k++ {
		if d.toks[k].kind != tWord || d.quoteOf[k] != 0 && d.quoteOf[k] != d.quoteOf[tok] {
			continue
		}
		w := d.low(k)
		if d.eventAt(k) == "" && !aftershock(w) {
			continue
		}
		if k > tok && d.commaBetween(tok, k) {
			// "9,000 police were deployed in Bali, the site of Indonesia's deadliest
			// attack": an event named after the figure, past a comma, is another matter
			continue
		}
		dist := k - tok
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// eventPlace returns the place an event noun at token k is tied to: "a bombing in
// Ankara", "in the capital Ankara", "in central Taiwan in 1999", "the Ankara bombing", a
// town named after in/near/at in the same clause ("a suicide bomber killed around 10
// people … in Istanbul's historic heart"); or "".
func (d *doc) eventPlace(si, k int) string {
	s := &d.sents[si]
	placeAt := func(j int) string {
		if e := d.entityOf(j); e >= 0 && d.ents[e].typ == kg.Place && !d.mentions[d.entAt[j]].demonym {
			return d.entName(e)
		}
		return ""
	}
	// after the noun: "in [the] [capital|city of] X"
	for j := k + 1; j < s.b && j <= k+8; j++ {
		if d.punct(j, ',') || d.punct(j, ';') || d.is(j, "which", "that", "who", "where", "killed", "killing") {
			break
		}
		if p := placeAt(j); p != "" {
			if d.placePrep(k, d.mentions[d.entAt[j]].a) {
				return p
			}
			j = d.mentions[d.entAt[j]].b - 1
		}
	}
	// a town after in/near/at in the noun's clause
	c := d.clauseOf(k)
	for j := s.start; j < s.b; j++ {
		if d.clauseOf(j) != c || d.quoteOf[j] != 0 {
			continue
		}
		if p := placeAt(j); p != "" {
			a := d.mentions[d.entAt[j]].a
			j = d.mentions[d.entAt[j]].b - 1
			if _, isCountry := countryNames[p]; !isCountry && d.placePrep(s.start-1, a) {
				return p
			}
		}
	}
	// right before the noun: "the Ankara bombing"; a possessive last ("Indonesia's
	// deadliest terror attack")
	poss := ""
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		if p := placeAt(j); p != "" {
			if d.tok(j+1) == "'s" || d.tok(j+1) == "’s" {
				poss = p
				break
			}
			return p
		}
		if d.toks[j].kind != tWord {
			break
		}
	}
	return poss
}

// placePrep reports whether the words before token a (back to token after) end in a
// preposition of place: "in", "in the southern city of", "near", "outside".
func (d *doc) placePrep(after, a int) bool {
	p := a - 1
	for p > after && d.toks[p].kind == tWord && !d.toks[p].has(fCap) && !d.is(p, "in", "near", "at", "of", "on", "outside") && a-p < 5 {
		p--
	}
	return d.is(p, "in", "near", "at", "of", "on", "outside")
}

// indefinite reports whether the event noun at k is introduced by "a", "an" or
// "another": a new event rather than the one the article is about.
func (d *doc) indefinite(si, k int) bool {
	s := &d.sents[si]
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		if d.is(j, "a", "an", "another") {
			return true
		}
		if d.toks[j].kind != tWord || d.is(j, "the", "this", "that", "its", "their") {
			return false
		}
	}
	return false
}

// clauses marks the clause of every token of the article's sentences: 0 for a
// sentence's main clause, and a new number for each relative clause, which runs from its
// pronoun ("which", "who", "whose", "where", a relative "that") to the next comma or the
// sentence's end.
func (d *doc) clauses() {
	n := len(d.toks)
	if cap(d.clause) < n {
		d.clause = make([]int32, n)
	}
	d.clause = d.clause[:n]
	for si := range d.sents {
		s := &d.sents[si]
		cur, next := int32(0), int32(1)
		for k := s.a; k < s.b; k++ {
			if cur != 0 && (d.punct(k, ',') || d.punct(k, ';') || d.toks[k].kind == tDash) {
				cur = 0
			}
			if d.is(k, "which", "who", "whose", "whom", "where") || d.is(k, "that") && d.relativeThat(k, s.start) {
				cur = next
				next++
			}
			d.clause[k] = cur
		}
	}
}

// relativeThat: "that" after a noun opens a relative clause ("a 1999 tremor that killed
// …"); after a verb of saying it opens what was said ("said on Monday that …").
func (d *doc) relativeThat(k, start int) bool {
	for j := k - 1; j >= start && j >= k-4; j-- {
		if d.isSourceVerb(j) || d.isSpeech(j) || d.is(j, "so", "such", "now", "believe", "believed", "think", "know", "fear", "feared", "hope", "expect", "expected", "found", "shows", "showed") {
			return false
		}
	}
	p := k - 1
	return p >= start && (d.toks[p].kind == tWord || d.toks[p].kind == tNum) && d.toks[p].feat&(lxFunc|lxPronoun) == 0
}

func (d *doc) clauseOf(k int) int32 {
	if k < 0 || k >= len(d.clause) {
		return 0
	}
	return d.clause[k]
}

// clauseDate is dateInClause remembered for the sentence last asked about: a sentence
// with many figures asks for the same clauses again.
func (d *doc) clauseDate(si int, c int32) string {
	if d.datesSent != si+1 {
		d.datesSent = si + 1
		clear(d.dates)
	}
	if dt, ok := d.dates[c]; ok {
		return dt
	}
	if d.dates == nil {
		d.dates = map[int32]string{}
	}
	dt := d.dateInClause(si, c)
	d.dates[c] = dt
	return dt
}

// dateInClause is dateIn limited to one clause of sentence si.
func (d *doc) dateInClause(si int, c int32) string {
	return d.dateWithin(si, func(k int) bool { return d.clauseOf(k) == c })
}

// datesMeet reports whether two ISO dates, full or partial ("1999", "2016-03"), may name
// the same day: their spans overlap, or lie a day apart. A date that is not one meets
// any other.
func datesMeet(a, b string) bool {
	as, ok1 := kg.ParseDateSpan(a)
	bs, ok2 := kg.ParseDateSpan(b)
	return !ok1 || !ok2 || as.Gap(bs) <= 1
}

var weekdays = weekdayTable()

var months = monthTable()

// dateIn resolves the first date expression of sentence si against the publication date:
// weekdays, yesterday/today, "last month", "Feb. 6", "in 1999". It returns an ISO 8601 date
// (a year or year-month when that is all the text says), or "".
func (d *doc) dateIn(si int) string {
	return d.dateWithin(si, nil)
}

// dateWithin is dateIn over the tokens of sentence si that in accepts (all when nil).
func (d *doc) dateWithin(si int, in func(k int) bool) string {
	if si < 0 || si >= len(d.sents) {
		return ""
	}
	s := &d.sents[si]
	pub := d.pub
	localTime := false
	for k := s.start; k < s.b; k++ {
		if d.is(k, "local") && d.is(k+1, "time") {
			localTime = true
		}
	}
	for k := s.start; k < s.b; k++ {
		if d.quoteOf[k] != 0 || d.toks[k].kind != tWord && d.toks[k].kind != tNum || in != nil && !in(k) {
			continue
		}
		w := d.low(k)
		if dt := d.holiday(k); dt != "" {
			return dt
		}
		if wd, ok := weekdays[w]; ok && !pub.IsZero() {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			if back == 6 && localTime {
				return kg.DateString(pub.AddDate(0, 0, 1))
			}
			return kg.DateString(pub.AddDate(0, 0, -back))
		}
		switch w {
		case "yesterday":
			if !pub.IsZero() {
				return kg.DateString(pub.AddDate(0, 0, -1))
			}
		case "today", "tonight":
			if !pub.IsZero() {
				return kg.DateString(pub)
			}
		case "last", "this":
			if pub.IsZero() {
				continue
			}
			switch {
			case d.is(k+1, "month"):
				t := pub
				if w == "last" {
					t = time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
				}
				return t.Format("2006-01")
			case d.is(k+1, "year") && w == "last":
				return strconv.Itoa(pub.Year() - 1)
			case d.is(k+1, "year"):
				return strconv.Itoa(pub.Year())
			}
		case "ago":
			if dt := d.agoDate(k, s.start); dt != "" {
				return dt
			}
		}
		if m, ok := months[w]; ok && d.toks[k].has(fCap) {
			year := 0
			if !pub.IsZero() {
				year = pub.Year()
				if m > pub.Month() {
					year--
				}
			}
			day := 0
			if k+1 < s.b && d.toks[k+1].kind == tNum {
				if v, err := strconv.Atoi(d.tok(k + 1)); err == nil && v >= 1 && v <= 31 {
					day = v
					if d.punct(k+2, ',') && k+3 < s.b {
						if y, err := strconv.Atoi(d.tok(k + 3)); err == nil && y > 1800 && y < 2200 {
							year = y
						}
					}
				} else if err == nil && v > 1800 && v < 2200 {
					year = v
				}
			}
			if year == 0 {
				continue
			}
			if day > 0 {
				return kg.DateString(time.Date(year, m, day, 0, 0, 0, 0, time.UTC))
			}
			return time.Date(year, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
		if d.toks[k].kind == tNum && !d.toks[k].has(fSuffix) && d.yearAt(k) {
			return d.tok(k)
		}
	}
	return ""
}

// yearAt reports whether token k is a year that dates its sentence: "in 1999", "a
// massive 1999 tremor", "his 2011 conviction", "in September 1999"; not "since 2009",
// "by 2020" or a count ("1999 people").
func (d *doc) yearAt(k int) bool {
	w := d.tok(k)
	if len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1800 || y > 2200 {
		return false
	}
	if d.is(k-1, "since", "until", "till", "by", "before", "after", "from", "to", "through", "than", "and", "or") || d.punct(k-1, '-') || d.punct(k+1, '-') {
		return false
	}
	if timeZones[d.low(k+1)] || d.punct(k-1, '(') && d.punct(k+1, ')') {
		return false // "(2000 GMT)"
	}
	if k+1 < len(d.toks) && (d.toks[k+1].feat&(lxPersonNoun|lxTimeUnit|lxDistUnit) != 0 || d.is(k+1, "percent", "%")) {
		return false
	}
	return true
}

// agoDate resolves "a year ago", "two years ago", "just over a month ago" ending at token
// k ("ago") against the publication date: a year for years, a month for months and
// weeks, a day for days.
func (d *doc) agoDate(k, start int) string {
	if d.pub.IsZero() || k-2 < start {
		return ""
	}
	unit := d.low(k - 1)
	n := 0
	switch w := d.low(k - 2); {
	case w == "a" || w == "an" || w == "one":
		n = 1
	default:
		if v, ok := numberWords[w]; ok {
			n = int(v)
		} else if v, err := strconv.Atoi(w); err == nil {
			n = v
		}
	}
	if n <= 0 || n > 200 {
		return ""
	}
	switch strings.TrimSuffix(unit, "s") {
	case "year":
		return strconv.Itoa(d.pub.Year() - n)
	case "decade":
		return strconv.Itoa(d.pub.Year() - 10*n)
	case "month":
		return d.pub.AddDate(0, -n, 0).Format("2006-01")
	case "week":
		return d.pub.AddDate(0, 0, -7*n).Format("2006-01")
	case "day":
		return kg.DateString(d.pub.AddDate(0, 0, -n))
	}
	return ""
}

var timeZones = wordSet("time-zones")

// holidays of a fixed date, resolved to the last one on or before publication.
var fixedHolidays = monthDays("fixed-holidays")

// holiday reads a holiday of a fixed date at token k ("New Year's Eve").
func (d *doc) holiday(k int) string {
	if d.pub.IsZero() || !d.toks[k].has(fCap) {
		return ""
	}
	for _, l := range []int{4, 3, 2, 1} {
		if k+l > len(d.toks) {
			continue
		}
		p := strings.ToLower(strings.ReplaceAll(d.span(k, k+l), "’", "'"))
		p = strings.ReplaceAll(p, " 's", "'s")
		if md, ok := fixedHolidays[p]; ok {
			t := time.Date(d.pub.Year(), time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			if t.After(d.pub) {
				t = t.AddDate(-1, 0, 0)
			}
			return kg.DateString(t)
		}
	}
	return ""
}

// eventMeasure reports whether a figure of this measure is one an event has: its toll,
// its damage, its strength.
func eventMeasure(m string) bool {
	if f := strings.Fields(m); len(f) > 1 && kg.IsToll(f[0]) {
		return true // "injured foreigners": a part of a toll
	}
	switch kg.MeasureClass(m) {
	case "killed", "injured", "missing", "rescued", "hospitalized", "arrested", "displaced", "deployed",
		"sheltered", "magnitude", "aftershock magnitude", "depth", "aftershocks", "damage",
		"kidnapped", "defected", "evacuated", "survivors":
		return true
	}
	return strings.HasPrefix(m, "households without") || strings.HasPrefix(m, "buildings ") ||
		strings.HasSuffix(m, " collapsed") || strings.HasSuffix(m, " damaged") || strings.HasSuffix(m, " destroyed")
}

// impactIn reports whether sentence si tells of an event's effects: something damaged,
// affected, destroyed, shut, halted.
func (d *doc) impactIn(si int) bool {
	s := &d.sents[si]
	for k := s.start; k < s.b; k++ {
		switch d.low(k) {
		case "damaged", "damage", "affected", "affecting", "destroyed", "disrupted", "suspended",
			"halted", "collapsed", "shut", "closed", "evacuated", "cut", "toppled", "flooded":
			return true
		}
	}
	return false
}

// weekdayTable reads the days of the week and their numbers.
func weekdayTable() map[string]time.Weekday {
	t := map[string]time.Weekday{}
	for w, n := range wordInts("weekdays") {
		t[w] = time.Weekday(n)
	}
	return t
}

// monthTable reads the months and their numbers.
func monthTable() map[string]time.Month {
	t := map[string]time.Month{}
	for w, n := range wordInts("months") {
		t[w] = time.Month(n)
	}
	return t
}
