package extraction

import (
	"time"

	"github.com/factgraph/kg"
)

// Earlier values: a report that gives a value as one given before ("the previously
// reported 1.0 percent pace", "initial reports said 35 people had been injured", "the
// toll rose from the toll of 59 reported late Sunday", "was initially put at 7.4")
// tells of an earlier report of what it now counts. Such a value is superseded: it is
// no report of the count now, but an entry of its own in the timeline, dated at the
// time the words give it (AsOf: "late Sunday") or, when they give none, before the
// report. Only the words attached to the value decide: a cue in another clause ("As
// WIRED has previously reported, …", "Bloomberg, which first reported the news, said
// …") or a "that" clause ("first reported that gravity acts normally at 218 microns")
// does not make it an earlier value.

// earlierAdverbs and earlierVerbs: "previously reported", "initially put", "first said".
// "Previously" and "earlier" say only that a value was said before ("Softbank had
// previously said it would invest $10 billion": a pledge restated, not replaced), so
// with them only a verb of reckoning makes the value an earlier count ("the previously
// reported 1.0 percent pace"); "initially", "originally" and "first" say a later value
// followed, whatever the verb.
var (
	earlierAdverbs = map[string]bool{"previously": true, "initially": true, "originally": true, "earlier": true, "first": true}
	earlierVerbs   = map[string]bool{"reported": true, "estimated": true, "put": true, "given": true, "said": true, "announced": true,
		"stated": true, "listed": true, "counted": true, "gave": true}
	reckonVerbs = map[string]bool{"reported": true, "estimated": true, "put": true, "given": true, "listed": true, "counted": true}
	// earlierAdjectives and reportNouns: "initial reports said", "an earlier toll of".
	earlierAdjectives = map[string]bool{"initial": true, "earlier": true, "previous": true, "original": true}
	reportNouns       = map[string]bool{"report": true, "reports": true, "toll": true, "count": true, "figure": true, "figures": true, "tally": true}
	// riseVerbs: the count a toll rose from ("rose to 73 from 59") is its earlier count.
	riseVerbs = map[string]bool{"rose": true, "risen": true, "climbed": true, "jumped": true, "increased": true, "raised": true, "up": true, "rising": true, "climbing": true}
)

// earlierValues marks the figures of one sentence that the sentence gives as values
// reported before, and dates them when it says when.
func (ff *figureFinder) earlierValues(figs []figureCand) {
	for i := range figs {
		c := &figs[i]
		if c.f.Superseded || c.f.Scope.Kind != kg.Whole && !(c.f.Scope.Kind == kg.Background && c.f.Scope.Of == "") {
			continue
		}
		cue := ff.earlierCueBefore(c)
		if cue < 0 {
			cue = ff.earlierListCue(c)
		}
		if cue < 0 {
			cue = ff.earlierTollStart(c)
		}
		if cue < 0 {
			cue = ff.changedFrom(figs, c)
		}
		if cue < 0 {
			continue
		}
		if c.f.Scope.Kind == kg.Background && !kg.IsToll(c.class) {
			continue // "up from 5.8 percent a year earlier": another period, not an earlier report
		}
		c.f.Superseded = true
		c.f.AsOf = ff.asOf(cue, ff.afterFigure(c))
	}
}

// earlierCueBefore returns the first token of the words before a figure that give it
// as reported before ("previously reported", "initially estimated to have risen at",
// "initial reports said", "an earlier toll of"), or -1. The cue must stand in the
// figure's clause, a few words before it, with no other number, comma or "that"
// between.
func (ff *figureFinder) earlierCueBefore(c *figureCand) int {
	si := c.f.Sentence
	if si < 0 || si >= len(ff.sents) {
		return -1
	}
	start, qa := ff.sents[si].start, wordsStart(c)
	for k := qa - 1; k >= start && k >= qa-8; k-- {
		if ff.toks[k].kind == tNum || ff.punct(k, ',') || ff.punct(k, ';') || ff.is(k, wThat, wBut, wLater, wNow, wThen, wWhile) {
			return -1
		}
		if ff.isIn(k, earlierAdverbs) && ff.isIn(k+1, earlierVerbs) {
			if ff.is(k, wFirst) && ff.is(k-1, wThe) {
				return -1 // "the first reported case"
			}
			if ff.is(k, wPreviously, wEarlier) && !ff.isIn(k+1, reckonVerbs) {
				continue
			}
			return k
		}
		if ff.isIn(k, earlierAdjectives) && ff.isIn(k+1, reportNouns) {
			return k
		}
	}
	return -1
}

// earlierListReach is how many words the dash before a list of earlier values may
// stand from the first of them, and its cue from the dash.
const earlierListReach = 8

// earlierListCue returns the token of the adverb when a dash introduces the values an
// earlier report gave: "Authorities earlier had cited higher numbers in both cases —
// 88,000 people evacuated amid a fire of about 25,000 acres". Before the dash, an
// earlier adverb (earlierAdverbs, with "had" beside it or not) and a verb of citing or
// reckoning; between the dash and the value, no semicolon. -1 for none.
func (ff *figureFinder) earlierListCue(c *figureCand) int {
	si := c.f.Sentence
	if si < 0 || si >= len(ff.sents) {
		return -1
	}
	start, qa := ff.sents[si].start, wordsStart(c)
	dash := -1
	for k := qa - 1; k >= start && k >= qa-2*earlierListReach; k-- {
		if ff.punct(k, ';') || ff.toks[k].kind == tStop {
			return -1
		}
		if ff.toks[k].kind == tDash {
			dash = k
			break
		}
	}
	if dash < 0 {
		return -1
	}
	for k := dash - 1; k >= start && k >= dash-earlierListReach; k-- {
		if !ff.isIn(k, reckonVerbs) && !ff.is(k, wCited) {
			continue
		}
		j := k - 1
		if ff.is(j, wHad) {
			j-- // "earlier had cited"; "had earlier cited" has the adverb right before
		}
		if ff.isIn(j, earlierAdverbs) {
			return j
		}
	}
	return -1
}

// wordsStart is the first token of a figure's words: its hedge, or its number for an
// amount, which records none.
func wordsStart(c *figureCand) int {
	if c.qa <= 0 || c.qa > c.tok {
		return c.tok
	}
	return c.qa
}

// earlierTollStart returns the token of "from" when a toll's count is the count its
// sentence says the toll rose from ("climbed to 73 from 59", "rose from the toll of 59
// reported late Sunday"), or -1.
func (ff *figureFinder) earlierTollStart(c *figureCand) int {
	if !kg.IsToll(c.class) {
		return -1
	}
	qa := wordsStart(c)
	k := qa - 1
	for ff.is(k, wThe, wA, wAn, wDeath, wToll, wCount, wOf, wEarlier, wPrevious, wInitial) && k > qa-6 {
		k--
	}
	if !ff.is(k, wFrom) {
		return -1
	}
	s := &ff.sents[c.f.Sentence]
	for j := s.start; j < k; j++ {
		if ff.isIn(j, riseVerbs) {
			return k
		}
	}
	return -1
}

// changedFromReach is how many words may stand between a verb of change and the "from"
// of the value it started from ("has been expanded from", "was cut sharply from").
const changedFromReach = 3

// changedFrom returns the token of "from" when a figure is the value a change started
// from and the new value after "to" is a bare number no figure was read for: "the group
// has been expanded from the original eight underwriters to 25", "cut staff from 120
// people to 80". The old value is replaced: no report of the count now. A change whose
// new value is a figure of its own is sentenceScopes' (background or superseded); a
// "from … to" with no verb of change before it is a range ("from 10 to 20 people").
func (ff *figureFinder) changedFrom(figs []figureCand, c *figureCand) int {
	k := wordsStart(c) - 1
	for k > wordsStart(c)-4 && (ff.is(k, wThe, wA, wAn, wIts, wTheir) || ff.isIn(k, earlierAdjectives)) {
		k--
	}
	if !ff.is(k, wFrom) {
		return -1
	}
	to := ff.toAfter(c)
	if to < 0 || to+1 >= len(ff.toks) || ff.toks[to+1].kind != tNum && ff.toks[to+1].feat&lxNumWord == 0 {
		return -1
	}
	for i := range figs {
		if figs[i].tok > to && figs[i].tok <= to+3 {
			return -1 // "from 12 to 26 dead": the change's two figures (sentenceScopes)
		}
	}
	start := ff.sents[c.f.Sentence].start
	for v := k - 1; v >= start && v >= k-changedFromReach && ff.toks[v].kind == tWord; v-- {
		w := ff.low(v)
		if m := changeVerbs[w]; m == "rise" || m == "fall" || m == "growth" || ff.in(v, revisionVerbs) || ff.in(v, intransitiveMoves) {
			return k
		}
	}
	return -1
}

// toAfter returns the token of the "to" right after a figure's number and at most three
// lower-case words of its noun ("from 120 to 80", "from the original eight underwriters
// to 25"), or -1.
func (ff *figureFinder) toAfter(c *figureCand) int {
	to := ff.afterFigure(c)
	for n := 0; n < 3 && to < ff.sents[c.f.Sentence].b && ff.toks[to].kind == tWord && ff.toks[to].feat&(lxFunc|lxPronoun) == 0 && !ff.toks[to].has(fCap); n++ {
		to++ // "eight underwriters to 25"
	}
	if !ff.is(to, wTo) {
		return -1
	}
	return to
}

// asOf reads when the words of an earlier value (tokens a to b, and a few after) say it
// was given: "late Sunday", "Sunday night", "earlier Monday", "yesterday", resolved
// against the publication date to an ISO 8601 interval
// ("2016-02-28T18:00:00Z/2016-02-29T00:00:00Z"); "" when they say no day.
func (ff *figureFinder) asOf(a, b int) string {
	if ff.pub.IsZero() {
		return ""
	}
	si := ff.sentOf(a)
	end := ff.sents[si].b
	for k := a; k < end && k < b+5; k++ {
		if k >= b && (ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tNum) {
			break
		}
		var day time.Time
		w := ff.low(k)
		if wd, ok := lookup(ff.doc, k, weekdayKeys, weekdays); ok && ff.toks[k].kind == tWord {
			day = ff.pub.AddDate(0, 0, -daysSince(ff.pub, wd))
		} else if w == "yesterday" {
			day = ff.pub.AddDate(0, 0, -1)
		} else {
			continue
		}
		day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		from, to := 0, 24
		switch {
		case ff.is(k-1, wLate) || ff.is(k+1, wNight, wEvening):
			from = 18
		case ff.is(k-1, wEarly) || ff.is(k+1, wMorning):
			to = 12
		case ff.is(k+1, wAfternoon):
			from, to = 12, 18
		}
		return day.Add(time.Duration(from)*time.Hour).Format(time.RFC3339) + "/" + day.Add(time.Duration(to)*time.Hour).Format(time.RFC3339)
	}
	return ""
}
