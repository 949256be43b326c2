package extraction

import (
	"strconv"
	"strings"
	"time"
)

// lookbackSpans are the units of a span said before a conjunction that looks back
// ("eight months after"), in days; lookbackSuperlatives the words that compare the event
// with an earlier one ("the deadliest since").
var (
	lookbackSpans        = wordNumbers("lookback-spans")
	lookbackSuperlatives = newTokSet(wordSet("lookback-superlatives"))
)

// lookBack reports whether the passing clause opened by the conjunction at token j of
// sentence si tells of another, earlier incident than the article's, dated mainDate: an
// ordinal comparison ("the deadliest attack since gunmen killed 130 people in Paris") or
// a span of weeks, months or years before "after", "since" or "following" ("just eight
// months after gunmen killed …", "an eight-month state of emergency begun after …"). It
// owns this one judgement, which the lead's naming the place ("leadPlace") does not
// overrule. When a span dates the earlier incident, date is the main date less the span
// (a month, or a year for a span of years); else "".
func (ff *figureFinder) lookBack(si, j int, mainDate string) (back bool, date string) {
	if !ff.is(j, wAfter, wSince, wFollowing) {
		return false, ""
	}
	s := &ff.sents[si]
	if ff.is(j, wSince) {
		for k := j - 1; k >= s.start && k >= j-6; k-- {
			if ff.punct(k, ',') || ff.punct(k, ';') {
				break
			}
			if ff.in(k, lookbackSuperlatives) {
				return true, ""
			}
		}
	}
	for k := j - 1; k >= s.start && k >= j-6; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') {
			break
		}
		if n, days := ff.spanAt(k); days > 0 {
			return true, before(mainDate, n*days)
		}
	}
	return false, ""
}

// spanAt reads a span of time ending at token k: "eight months", "a year", "eight-month";
// it returns the count and the days of its unit, or 0 days.
func (ff *figureFinder) spanAt(k int) (n, days float64) {
	w := ff.low(k)
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		if d, ok := lookbackSpans[w[i+1:]]; ok {
			if v, ok := ff.numberWord(k, w[:i]); ok {
				return v, d
			}
		}
		return 0, 0
	}
	d, ok := lookbackSpans[w]
	if !ok || k == 0 {
		return 0, 0
	}
	if ff.is(k-1, wA, wAn) {
		return 1, d
	}
	if ff.toks[k-1].kind == tNum {
		if v, err := strconv.ParseFloat(ff.tok(k-1), 64); err == nil {
			return v, d
		}
	}
	if v, ok := ff.numberWord(k-1, ff.low(k-1)); ok {
		return v, d
	}
	return 0, 0
}

// before returns the month (or, for a span of a year or more, the year) that lies the
// given days before the day date; "" when date is no full day.
func before(date string, days float64) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	t = t.AddDate(0, 0, -int(days))
	if days >= 365 {
		return t.Format("2006")
	}
	return t.Format("2006-01")
}
