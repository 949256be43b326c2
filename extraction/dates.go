package extraction

import (
	"strconv"
	"strings"
	"time"

	"github.com/factgraph/kg"
)

// Dates: the day a sentence or a clause speaks of ("Saturday", "yesterday", "last month",
// "Feb. 6", "in 1999", "a year ago", "New Year's Eve"), resolved against the publication
// date.

var weekdays = weekdayTable()

// weekdayKeys, monthKeys: the keys of weekdays and months, for lookup.
var weekdayKeys, monthKeys = keySet(weekdays), keySet(months)

var months = monthTable()

var timeZones = newTokSet(wordSet("time-zones"))

// holidays of a fixed date, resolved to the last one on or before publication.
var fixedHolidays = monthDays("fixed-holidays")

// holidayStarts holds every start (every byte prefix) of a fixedHolidays name: holiday
// reads a phrase only when its first token's lower-case form is one.
var holidayStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range fixedHolidays {
		for i := 1; i <= len(k); i++ {
			m[k[:i]] = true
		}
	}
	return m
}()

// clauseDate is dateInClause remembered for the sentence last asked about: a sentence
// with many figures asks for the same clauses again.
func (ff *figureFinder) clauseDate(si int, c int32) string {
	if ff.datesSent != si+1 {
		ff.datesSent = si + 1
		clear(ff.dates)
	}
	if dt, ok := ff.dates[c]; ok {
		return dt
	}
	dt := ff.dateInClause(si, c)
	ff.dates[c] = dt
	return dt
}

// dateInClause is dateIn limited to one clause of sentence si.
func (rd *reader) dateInClause(si int, c int32) string {
	return rd.dateWithin(si, func(k int) bool { return rd.clauseOf(k) == c })
}

// phraseDate is the date the phrase of the event noun at token k gives its figure at
// token tok: "attacks in Paris in November that killed 130 people" after "a bombing
// that killed 32 people in Brussels last month" in one clause, whose first date is the
// other act's. The phrase ends at a relative pronoun: "the Erskine fire, which broke
// out on Thursday, has claimed two lives" dates the fire's start, not its toll. ""
// when the noun does not come before the figure or its phrase names no date.
func (ff *figureFinder) phraseDate(si, k, tok int) string {
	if k < 0 || k >= tok {
		return ""
	}
	end := tok
	for j := k + 1; j < tok; j++ {
		if ff.is(j, wWhich, wThat, wWho, wWhom) {
			end = j
			break
		}
	}
	return ff.dateWithin(si, func(j int) bool { return j > k && j < end })
}

// followingMonth returns the month "in" names right after the figure at token tok, with
// its unit or noun between (three words at most, no comma: "9.1 percent in December",
// "25 percent in November"), resolved as dateWithin resolves it; or "". A list's
// amounts share a clause, and the clause's first date is its first amount's. Not in a
// sentence of what will be.
func (ff *figureFinder) followingMonth(si, tok int) string {
	s := &ff.sents[si]
	in := -1
	for k := tok + 1; k < s.b && k <= tok+3 && ff.toks[k].kind == tWord; k++ {
		if ff.is(k, wIn) {
			in = k
			break
		}
	}
	if in < 0 || in+1 >= s.b || !ff.toks[in+1].has(fCap) {
		return ""
	}
	if _, ok := lookup(ff.doc, in+1, monthKeys, months); !ok {
		return ""
	}
	for k := s.start; k < tok; k++ {
		if ff.is(k, wWill, wWould, wShall) {
			return "" // "will launch globally for $399 in October": a month ahead, which dateWithin takes for last year's
		}
	}
	return ff.dateWithin(si, func(j int) bool { return j > in && j <= in+4 })
}

// followingLastYear returns last year ("2015" in a 2016 report) when "last year" follows
// the figure at token tok within its own phrase: at most five words after it, no mark
// between ("$12 billion offering last year", "the 1.1 million migrants who arrived last
// year", "compared to 16 percent last year"); or "". Not a comparison's base ("a 1.4
// percent decline from last year", "up 4 percent from the same period last year": the
// figure is this year's) nor "last year's", which names another thing, nor a month's year
// ("in July last year" is 2015-07, dateWithin's).
func (ff *figureFinder) followingLastYear(si, tok int) string {
	if ff.pub.IsZero() {
		return ""
	}
	s := &ff.sents[si]
	for k := tok + 1; k+1 < s.b && k <= tok+6; k++ {
		if ff.toks[k].kind != tWord && ff.toks[k].kind != tNum {
			return ""
		}
		if ff.is(k, wFrom, wOver, wThan, wSince) {
			return "" // "up 4 percent from the same period last year": the base of a comparison
		}
		if _, month := lookup(ff.doc, k, monthKeys, months); month && ff.toks[k].has(fCap) {
			return "" // "in July last year", "in December of last year": dateWithin reads the month's year
		}
		if ff.is(k, wLast) && ff.is(k+1, wYear) {
			if ff.is(k+2, wAposS, wRsquoS, wApos, wRsquo) {
				return ""
			}
			return strconv.Itoa(ff.pub.Year() - 1)
		}
	}
	return ""
}

// datesMeet reports whether two ISO dates, full or partial ("1999", "2016-03"), may name
// the same day: their spans overlap, or lie a day apart. A date that is not one meets
// any other.
func datesMeet(a, b string) bool {
	as, ok1 := kg.ParseDateSpan(a)
	bs, ok2 := kg.ParseDateSpan(b)
	return !ok1 || !ok2 || as.Gap(bs) <= 1
}

// dateIn resolves the first date expression of sentence si against the publication date:
// weekdays, yesterday/today, "last month", "Feb. 6", "in 1999". It returns an ISO 8601 date
// (a year or year-month when that is all the text says), or "".
func (rd *reader) dateIn(si int) string {
	return rd.dateWithin(si, nil)
}

// dateWithin is dateIn over the tokens of sentence si that in accepts (all when nil).
func (rd *reader) dateWithin(si int, in func(k int) bool) string {
	if si < 0 || si >= len(rd.sents) {
		return ""
	}
	s := &rd.sents[si]
	pub := rd.pub
	localTime := false
	for k := s.start; k < s.b; k++ {
		if rd.is(k, wLocal) && rd.is(k+1, wTime) {
			localTime = true
		}
	}
	for k := s.start; k < s.b; k++ {
		if rd.quoteOf[k] != 0 || rd.toks[k].kind != tWord && rd.toks[k].kind != tNum || in != nil && !in(k) {
			continue
		}
		w := rd.low(k)
		if dt := holiday(rd.doc, k); dt != "" {
			return dt
		}
		if wd, ok := lookup(rd.doc, k, weekdayKeys, weekdays); ok && !pub.IsZero() && !anyWeekday(rd.doc, k) {
			if rd.is(k-1, wNext) {
				// "next Thursday": the coming one (not "ahead of Thursday's opening", which
				// may be before another act, past)
				return kg.DateString(pub.AddDate(0, 0, 7-daysSince(pub, wd)))
			}
			back := daysSince(pub, wd)
			if back > 0 && rd.comingWeekday(s.start, k) {
				if back == 1 && pub.Hour() < 6 && (pub.Hour() > 0 || pub.Minute() > 0) {
					return kg.DateString(pub.AddDate(0, 0, -1)) // "will meet Sunday night" posted at 01:55 UTC on Monday: Sunday evening in the Americas, the day itself
				}
				return kg.DateString(pub.AddDate(0, 0, 7-back)) // "is expected to clinch the nomination on Tuesday" in a Monday report
			}
			if back == 0 && rd.is(k-1, wLast) {
				back = 7 // "last Sunday" in a Sunday report is a week before
			}
			if back == 6 && localTime {
				return kg.DateString(pub.AddDate(0, 0, 1))
			}
			return kg.DateString(pub.AddDate(0, 0, -back))
		}
		switch w {
		case "previous":
			if rd.is(k+1, wDay) && rd.is(k-1, wThe) && !pub.IsZero() {
				return kg.DateString(pub.AddDate(0, 0, -1)) // "the previous day"
			}
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
			case rd.is(k+1, wMonth):
				t := pub
				if w == "last" {
					t = time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
				}
				return t.Format("2006-01")
			case rd.is(k+1, wYear) && w == "last":
				return strconv.Itoa(pub.Year() - 1)
			case rd.is(k+1, wYear):
				return strconv.Itoa(pub.Year())
			}
		case "ago":
			if dt := agoDate(rd.doc, k, s.start); dt != "" {
				return dt
			}
		}
		if m, ok := lookup(rd.doc, k, monthKeys, months); ok && rd.toks[k].has(fCap) {
			year, ahead := 0, false // ahead: later in the year than the publication
			if !pub.IsZero() {
				year = pub.Year()
				if m > pub.Month() {
					year, ahead = year-1, true
					if rd.comingMonth(s, k, m, pub) {
						year = pub.Year() // "before Puerto Rico makes July 1 payments" in a June report: this July
					}
				}
			}
			day, named := 0, false // named: the year is written out
			if k+1 < s.b && rd.toks[k+1].kind == tNum {
				if v, err := strconv.Atoi(rd.tok(k + 1)); err == nil && v >= 1 && v <= 31 {
					day = v
					if rd.punct(k+2, ',') && k+3 < s.b {
						if y, err := strconv.Atoi(rd.tok(k + 3)); err == nil && y > 1800 && y < 2200 {
							year, ahead, named = y, false, true
						}
					}
				} else if err == nil && v > 1800 && v < 2200 {
					year, ahead, named = v, false, true
				}
			} else if rd.punct(k+1, ',') && k+2 < s.b && rd.toks[k+2].kind == tNum && !rd.toks[k+2].has(fSuffix) {
				if y, err := strconv.Atoi(rd.tok(k + 2)); err == nil && y > 1800 && y < 2200 {
					year, ahead, named = y, false, true // "in February, 2013"
				}
			}
			if !named && year != 0 {
				if off, ok := rd.relativeYear(k, s.b); ok {
					year, ahead = pub.Year()+off, false // "in February last year", "March of next year", "in November this year"
				}
			}
			if day > 0 && ahead && rd.is(k-1, wBy, wUntil, wTill, wThrough) {
				return "" // "will elect the leader by Sept. 9", "buy it through February 13" in a July or January report: a deadline ahead, the sentence tells what is planned
			}
			if year == 0 || day > 0 && ahead && rd.datesANoun(k, k+2) || rd.sincePhrase(k, s.start) {
				continue // "the Nov. 8 election" in a July report: a day ahead
			}
			if day > 0 {
				return kg.DateString(time.Date(year, m, day, 0, 0, 0, 0, time.UTC))
			}
			return time.Date(year, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
		if rd.toks[k].kind == tNum && !rd.toks[k].has(fSuffix) && rd.yearAt(k) && !rd.sincePhrase(k, s.start) {
			return rd.tok(k)
		}
	}
	return ""
}

// relativeYear reads the year a month named at token k is of from "last year", "this
// year" or "next year" a few words after it, within the sentence that ends at end
// ("February last year", "March of last year", "July 4 of next year", "in November this
// year"): the year's offset from the publication's.
func (rd *reader) relativeYear(k, end int) (int, bool) {
	for j := k + 1; j < end && j <= k+4; j++ {
		if rd.toks[j].kind != tWord && rd.toks[j].kind != tNum && !rd.punct(j, ',') {
			return 0, false
		}
		if rd.is(j+1, wYear) && !rd.is(j+2, wAposS, wRsquoS, wApos, wRsquo) { // not "In February, last year's champion"
			switch {
			case rd.is(j, wLast):
				return -1, true
			case rd.is(j, wThis):
				return 0, true
			case rd.is(j, wNext):
				return 1, true
			}
		}
	}
	return 0, false
}

// comingMonth reports whether month m, named at token k of sentence s later in the year
// than the publication date pub and at most three months after it, is the coming one
// rather than last year's: its sentence tells of what is ahead (comingCues: "Puerto Rico is scheduled
// to make July 1 debt payments", "the camera will ship in May", "the three months ending
// March" in January), and the month is not marked as past ("last July", "since October",
// "in July last year"). A sentence that tells of the past with a bare month ("In April,
// the general was sentenced") keeps last year's, as news leaves the year out of the
// months just gone.
func (rd *reader) comingMonth(s *sentence, k int, m time.Month, pub time.Time) bool {
	if m-pub.Month() > 3 || rd.is(k-1, wLast, wSince) || rd.is(k-1, wIn) && rd.is(k-2, wLast, wSince) {
		return false
	}
	for j := k + 1; j < len(rd.toks) && j <= k+4; j++ {
		if rd.is(j, wLast) && rd.is(j+1, wYear) {
			return false // "in July last year", "on July 4 of last year"
		}
	}
	for j := s.start; j < s.b; j++ {
		if rd.in(j, comingCues) && rd.quoteOf[j] == 0 && !(rd.is(j, wDue) && rd.is(j+1, wTo) && !rd.is(j+2, wBe)) {
			return true // not "due to weaker demand": a cause
		}
	}
	return rd.presentClause(s, k)
}

// presentClause reports whether the clause around the month at token k tells of the
// present or of what is under way toward the month: between the clause's edges (a comma,
// a semicolon, "which", "that", "who", "when" or the sentence's ends) stands "is", "are",
// "owes" or a participle of what starts ("beginning", "starting", "coming", "holding"),
// and nothing of the past ("was", "were", "had", "did", a word in -ed, "ago"): "California,
// which is among six states holding contests on June 7", "It owes another $1.9 billion
// on July 1", "the fiscal year beginning on April 1", "his book, coming in April".
func (rd *reader) presentClause(s *sentence, k int) bool {
	edge := func(j int) bool {
		return rd.punct(j, ',') || rd.punct(j, ';') || rd.punct(j, ':') || rd.is(j, wWhich, wThat, wWho, wWhen)
	}
	present := false
	look := func(j int) bool { // false: a past word
		if rd.toks[j].kind != tWord || rd.toks[j].has(fCap) || rd.quoteOf[j] != 0 {
			return true
		}
		switch w := rd.low(j); {
		case rd.is(j, wWas, wWere, wHad, wDid, wAgo, wLast):
			return false
		case strings.HasSuffix(w, "ed") && len(w) > 4 && !rd.is(j, wScheduled, wPlanned, wExpected, wSlated):
			return false
		case rd.is(j, wIs, wAre, wOwes, wBeginning, wStarting, wComing, wHolding):
			present = true
		}
		return true
	}
	for j := k - 1; j >= s.start && !edge(j); j-- {
		if !look(j) {
			return false
		}
	}
	for j := k + 1; j < s.b && !edge(j); j++ {
		if !look(j) {
			return false
		}
	}
	return present
}

// comingCues are the words of a sentence that tells of what is ahead: a modal of the
// future, a plan, a schedule, a forecast, a period that ends or runs to a month.
var comingCues = newTokSet(map[string]bool{"will": true, "would": true, "could": true, "shall": true,
	"expects": true, "expected": true, "forecast": true, "forecasts": true, "plans": true, "planned": true,
	"scheduled": true, "slated": true, "due": true, "upcoming": true, "ending": true, "through": true,
	"until": true, "ahead": true, "needed": true, "needs": true})

// datesANoun reports whether the day from token a to b (exclusive) stands between
// "the" and the noun it dates, when that noun is no event ("the Nov. 8 presidential
// election", "the June 7 primaries"). dateWithin asks it of a day later in the year
// than the publication, which it would otherwise take for last year's: such a day
// dates a thing scheduled, not what the sentence tells ("seized on the shooting
// deaths … in the Nov. 8 election" in a July report). "the March 22 Brussels
// bombings" dates its act.
func (rd *reader) datesANoun(a, b int) bool {
	if !rd.is(a-1, wThe) {
		return false
	}
	for x := b; x < len(rd.toks) && x < b+4; x++ {
		t := &rd.toks[x]
		if t.kind != tWord || t.feat&lxFunc != 0 {
			return x > b
		}
		if rd.eventAt(x) != "" {
			return false
		}
	}
	return true
}

// comingWeekday reports whether the weekday at token k, in a sentence opening at start,
// dates what its clause says is ahead: a modal of the future or a plan ("will vote on
// Tuesday", "is expected to clinch the nomination on Tuesday", "is scheduled to speak
// Friday") stands before it in its clause with no past verb between ("said on Tuesday it
// will", "was killed on Tuesday"), and no "last" marks it past. Such a day is the coming
// one, not the one gone by.
func (rd *reader) comingWeekday(start, k int) bool {
	if rd.is(k-1, wLast) || rd.is(k-1, wPast) || rd.is(k-2, wLast) {
		return false
	}
	for j := k - 1; j >= start && j >= k-10; j-- {
		t := &rd.toks[j]
		if t.kind == tPunct && (rd.punct(j, ',') || rd.punct(j, ';') || rd.punct(j, ':')) || rd.quoteOf[j] != 0 {
			return false
		}
		if t.kind != tWord {
			continue
		}
		switch {
		case rd.eventAt(j) != "":
			return false // "due to fly home at the time of the explosions Tuesday": the day dates the act
		case rd.is(j, wScheduled, wSlated, wExpected) && rd.is(j-1, wWas, wWere, wHad):
			return false // "temperatures were expected to reach 96 degrees Saturday": said before the day, which may be gone
		case rd.is(j, wExpected) && !rd.is(j-1, wIs, wAre, wBe):
			return false // "organizers expected that 40 people would spend Saturday night": a past verb
		case rd.is(j, wWill, wScheduled, wSlated, wExpected, wPlans, wPlanning):
			return true
		case rd.is(j, wDue, wSet) && rd.is(j+1, wTo) && rd.toks[j+2].kind == tWord && rd.toks[j+2].feat&lxFunc == 0:
			return true // not "due to the border closure on Sunday": a cause
		case t.feat&lxSpeech != 0 || strings.HasSuffix(rd.low(j), "ed") || rd.is(j, wWas, wWere, wDid, wHad):
			return false
		}
	}
	return false
}

// daysSince is how many days before pub the last day wd fell (0 when pub is one): a
// report published on pub means that day by "Sunday".
func daysSince(pub time.Time, wd time.Weekday) int {
	return (int(pub.Weekday()) - int(wd) + 7) % 7
}

// sincePhrase reports whether the date at token k ends a phrase that "since" opens a
// few words before it: "its sharpest decline since the company's public listing in
// 2011", "the worst since the financial crisis of 2008". Such a date tells when the
// comparison starts, not when the sentence's news happened. "since 2009" right before
// the date is yearAt's; a comma or a quote between ends the phrase.
func (d *doc) sincePhrase(k, start int) bool {
	if d.is(k+1, wWhen) {
		return false // "the least since at least 2010 when spending climbed 7.7 percent": that year's own figure
	}
	words := 0
	for j := k - 1; j >= start && words < 9; j-- {
		switch {
		case d.toks[j].kind == tNum && j > start && (d.toks[j-1].feat&lxMonth != 0 || j-1 > start && d.punct(j-1, '.') && d.toks[j-2].feat&lxMonth != 0):
			continue // "since the Sept. 11, 2001, attacks"
		case d.toks[j].kind == tNum:
			return false // "the highest since an 8.5 trillion won profit in 2014": the phrase's own figure
		case d.punct(j, ',') && j > start && d.toks[j-1].kind == tNum && d.toks[j+1].kind == tNum:
			continue
		case d.punct(j, '.') && j > start && d.toks[j-1].kind == tWord && !d.toks[j].has(fSpace):
			continue // the point of "Nov."
		case d.toks[j].kind != tWord:
			return false
		case d.is(j, wSince):
			return j < k-1
		}
		words++
	}
	return false
}

// anyWeekday reports whether the weekday at token k is no particular day: "on a Friday
// evening", "every Sunday"; not "at a Thursday protest", a day's event.
func anyWeekday(d *doc, k int) bool {
	return d.is(k-1, wA) && d.is(k-2, wOn) || d.is(k-1, wEvery) || d.is(k-1, wEach)
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
	if d.is(k-1, wSince, wUntil, wTill, wBy, wBefore, wAfter, wFrom, wTo, wThrough, wThan, wAnd, wOr) || d.punct(k-1, '-') || d.punct(k+1, '-') {
		return false
	}
	if d.in(k+1, timeZones) || d.punct(k-1, '(') && d.punct(k+1, ')') {
		return false // "(2000 GMT)"
	}
	if k+1 < len(d.toks) && (d.toks[k+1].feat&(lxPersonNoun|lxTimeUnit|lxDistUnit) != 0 || d.is(k+1, wPercent, wPercentSign)) {
		return false
	}
	return true
}

// agoDate resolves "a year ago", "two years ago", "just over a month ago" ending at token
// k ("ago") against the publication date: a year for years, a month for months and
// weeks, a day for days.
func agoDate(d *doc, k, start int) string {
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

// holiday reads a holiday of a fixed date at token k ("New Year's Eve").
func holiday(d *doc, k int) string {
	if d.pub.IsZero() || !d.toks[k].has(fCap) {
		return ""
	}
	// every phrase below starts with token k's own lower-case form, which must then
	// start a holiday's name: one look-up spares the four phrases' copies
	if !lowerKeyIn(holidayStarts, strings.ReplaceAll(d.tok(k), "’", "'")) {
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

// continuesPastAct reports whether sentence si, which names no event and no time, goes
// on telling of an act the sentence before dates before the article's event
// (mainDate): it opens with "it", "they" or "the … group/militants" that stands for
// the actor ("Al-Shabab attacked Kenyan peacekeepers … last week. The al-Qaida-linked
// group said it had killed about 100 Kenyans"), and the sentence before tells of
// violence "last week/month/year" or in a month or year before mainDate's. A weekday
// ("missing since Tuesday") is the week of the event itself, and "he"/"she" stand for
// a speaker more often than an actor: neither counts.
func (ff *figureFinder) continuesPastAct(si int, mainDate string) bool {
	if si <= 0 || si == ff.headline || si-1 == ff.headline || ff.sents[si-1].kind != sProse {
		return false
	}
	s := &ff.sents[si]
	actor := ff.is(s.start, wIt, wThey)
	if ff.is(s.start, wThe) {
		for k := s.start + 1; k < s.b && k <= s.start+7; k++ {
			if ff.is(k, wGroup, wOrganization, wMovement) || ff.toks[k].feat&lxGroup != 0 || ff.in(k, perpetratorNouns) {
				actor = true
				break
			}
		}
	}
	if !actor {
		return false
	}
	p := &ff.sents[si-1]
	past := false
	for k := p.start; k < p.b; k++ {
		if ff.is(k, wLast) && ff.is(k+1, wWeek, wMonth, wYear, wWeekend) {
			past = true
		}
	}
	if dt := ff.dateWithin(si-1, nil); len(dt) < len("2006-01-02") && dt != "" && len(mainDate) >= len(dt) && dt < mainDate[:len(dt)] {
		past = true // a month or a year before the event's ("in 2014", "last month", "in March")
	}
	violence := false
	for k := p.start; k < p.b; k++ {
		w := ff.low(k)
		if ff.toks[k].kind == tWord && (violenceCues.has(w) || ff.eventAt(k) != "" || eventNoun(strings.TrimSuffix(w, "ed")) != "") {
			violence = true
		}
	}
	return past && violence
}

// scaleAfterNumber reports whether token i is the capital C or F straight after a number
// ("53 degrees (12 C)", "60 F below zero"): a temperature's scale, which names no one.
func (d *doc) scaleAfterNumber(i int) bool {
	if i == 0 || d.toks[i].e-d.toks[i].s != 1 || d.toks[i-1].kind != tNum {
		return false
	}
	w := d.tok(i)
	return w == "C" || w == "F"
}

// clockZone reports whether the upper-case word at token i is a time zone after a clock
// time ("8 p.m. CDT", "10 am PT", "1800 JST"), which names no one; "PT" elsewhere may
// be Brazil's Workers' Party, "CT" a state.
func (d *doc) clockZone(i int) bool {
	if i == 0 || !d.toks[i].has(fUpper) || !d.in(i, timeZones) {
		return false
	}
	switch d.low(i - 1) {
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "noon", "midnight":
		return true
	}
	return d.toks[i-1].kind == tNum
}
