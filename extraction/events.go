package extraction

import (
	"strconv"
	"time"

	"github.com/factgraph/kg"
)

// eventNoun maps a word to the type of event it names, or "".
func eventNoun(w string) string {
	switch w {
	case "earthquake", "earthquakes", "quake", "quakes", "temblor", "tremor":
		return "earthquake"
	case "tsunami":
		return "tsunami"
	case "bombing", "bombings", "bomber", "bombers", "car-bombing":
		return "bombing"
	case "explosion", "explosions", "blast", "blasts":
		return "explosion"
	case "shooting", "shootings", "gunman", "gunmen", "shootout":
		return "shooting"
	case "attack", "attacks", "assault", "massacre":
		return "attack"
	case "fire", "blaze", "wildfire", "wildfires", "inferno":
		return "fire"
	case "flood", "floods", "flooding":
		return "flood"
	case "storm", "typhoon", "hurricane", "cyclone", "tornado", "tornadoes", "blizzard":
		return "storm"
	case "crash", "crashed", "derailment", "derailed", "collision":
		return "crash"
	case "landslide", "landslides", "mudslide", "avalanche":
		return "landslide"
	case "defection", "defections", "defected":
		return "defection"
	case "protest", "protests", "demonstration", "demonstrations", "riot", "riots":
		return "protest"
	case "airstrike", "airstrikes", "air-strike", "shelling":
		return "airstrike"
	case "clashes", "fighting":
		return "clash"
	case "stampede":
		return "stampede"
	case "outbreak", "epidemic":
		return "outbreak"
	}
	return ""
}

var eventRank = map[string]int{"earthquake": 1, "tsunami": 2, "storm": 3, "flood": 4, "landslide": 5, "fire": 6,
	"crash": 7, "bombing": 8, "shooting": 9, "airstrike": 10, "attack": 11, "explosion": 12, "stampede": 13,
	"outbreak": 14, "clash": 15, "protest": 16, "defection": 17}

// sentEvent is the event a sentence names, other than the main event: index+1 into
// Events, 0 for none.
func (d *doc) findEvents() {
	d.out.Events = nil
	// main event: the highest-ranked event noun of the headline and the first prose sentences
	typ, tr := "", 99
	scan := func(si int) {
		s := &d.sents[si]
		for k := s.start; k < s.b; k++ {
			if d.quoteOf[k] != 0 {
				continue
			}
			if ev := eventNoun(d.low(k)); ev != "" && eventRank[ev] < tr && !d.otherEventWord(si, k) {
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
	d.mainPlace, d.mainCountry = "", ""
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
			if d.mentions[d.entAt[k]].demonym {
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
		if c, ok := countryOf[d.mainPlace]; ok {
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
	place := d.mainPlace
	if place == "" {
		place = d.mainCountry
	}
	date := ""
	if firstProse >= 0 {
		date = d.dateIn(firstProse)
	}
	if date == "" {
		date = kg.DateString(d.pub)
	}
	d.out.Events = append(d.out.Events, kg.Event{Type: typ, Place: place, Country: d.mainCountry, Date: date, Main: true})
}

// otherEventWord reports whether the event noun at k belongs to another event than the
// article's: "a 1999 tremor", "a bombing in Ankara last month".
func (d *doc) otherEventWord(si, k int) bool {
	s := &d.sents[si]
	for j := max(s.start, k-4); j < min(s.b, k+8); j++ {
		if d.toks[j].kind == tNum && !d.toks[j].has(fSuffix) {
			if v, err := strconv.Atoi(d.tok(j)); err == nil && v >= 1900 && v <= 2100 && (d.pub.IsZero() || v != d.pub.Year()) {
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

// eventOfSentence returns the event a figure of sentence si belongs to: another event the
// sentence names, else the main event, else -1.
func (d *doc) eventOfSentence(si int, measure string) int {
	s := &d.sents[si]
	for k := s.start; k < s.b; k++ {
		ev := eventNoun(d.low(k))
		if ev == "" || d.quoteOf[k] != 0 || !d.otherEventWord(si, k) {
			continue
		}
		date := d.dateIn(si)
		place := d.placeNear(si, k)
		country := ""
		if place != "" {
			country = countryOf[place]
		}
		if country == "" {
			country = d.mainCountry
		}
		for i, e := range d.out.Events {
			if e.Type == ev && e.Date == date && e.Place == place {
				return i
			}
		}
		d.out.Events = append(d.out.Events, kg.Event{Type: ev, Place: place, Country: country, Date: date})
		return len(d.out.Events) - 1
	}
	if len(d.out.Events) > 0 && d.out.Events[0].Main {
		return 0
	}
	return -1
}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

var months = map[string]time.Month{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12}

// dateIn resolves the first date expression of sentence si against the publication date:
// weekdays, yesterday/today, "last month", "Feb. 6", "in 1999". It returns an ISO 8601 date
// (a year or year-month when that is all the text says), or "".
func (d *doc) dateIn(si int) string {
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
		if d.quoteOf[k] != 0 || d.toks[k].kind != tWord && d.toks[k].kind != tNum {
			continue
		}
		w := d.low(k)
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
				return time.Date(year, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			}
			return time.Date(year, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
		if d.toks[k].kind == tNum && (d.is(k-1, "in", "since") || d.toks[k-1].feat&lxMonth != 0) && !d.toks[k].has(fSuffix) {
			if y, err := strconv.Atoi(d.tok(k)); err == nil && y > 1800 && y < 2200 {
				return strconv.Itoa(y)
			}
		}
	}
	return ""
}
