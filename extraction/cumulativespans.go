package extraction

import kg "github.com/factgraph/kg"

// cumulativeSpan reports whether a toll at tok is a total over a span of time that its
// own clause states beyond cumulative's fixed window: a span opening the sentence
// before a comma ("Since October, … have killed 28 Israelis"; "So far, about 20 people
// have been killed"; "Over the last seven months, 28 Israelis … have been killed"), a
// span later in the toll's clause, read up to the clause's end ("More than 80 people
// have now been killed in four suicide attacks so far this year"; "six people have died
// from grizzly attacks in the region since 2010"), "this year" or "in recent years"
// governing the toll's clause ("15 people have been killed this year"), and a toll an
// attack brings a series to ("the fourth such attack this year, bringing the death toll
// to more than 80"). A span inside a ranking phrase ("the deadliest attack this year",
// "the third bombing in the area this year") counts the acts, not the toll, and a
// plural count of acts alone ("three suicide bombings killed 80 people on Wednesday")
// is one day's toll: neither makes the toll cumulative. a and b are the bounds of
// cumulative's window.
func (ff *figureFinder) cumulativeSpan(si, tok, b int) bool {
	s := &ff.sents[si]
	if ff.spanOpener(s.start, tok) || ff.broughtSeries(s.start, tok) {
		return true
	}
	// the toll's clause, from the figure to a comma, a semicolon or a clause opener
	for k := tok + 1; k < s.b && k < tok+24; k++ {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.is(k, wWho, wWhich, wThat, wWhile, wWhen, wWhereas, wAs, wAfter, wBefore, wBecause, wBut, wAlthough, wWhere, wAmid) ||
			ff.is(k, wBringing, wRaising, wPushing, wTaking, wLeaving) {
			return false // another clause, or another count's ("bringing the toll so far to 35")
		}
		w := ff.low(k)
		if w == "the" && (superlative(ff.low(k+1)) || ff.ordinalAt(k+1)) {
			return false // "the deadliest attacks in the capital this year"
		}
		if k < b {
			if ff.is(k, wThis, wIn) && ff.cumulativeSpanAt(k) {
				return true
			}
			continue // cumulative read the rest of its window
		}
		if ff.cumulativeSpanAt(k) {
			return true
		}
	}
	return false
}

// cumulativeSpanAt reports whether a span that makes a count a total over time starts at k:
// "since", "so far", "to date", "this year", "in recent years", "over the past five
// years".
func (ff *figureFinder) cumulativeSpanAt(k int) bool {
	switch ff.low(k) {
	case "since":
		return true
	case "so":
		return ff.is(k+1, wFar)
	case "to":
		return ff.is(k+1, wDate)
	case "this":
		return ff.is(k+1, wYear, wMonth) && !ff.is(k-1, wEarlier, wLater, wEarly, wLate) // "arrested earlier this month" dates the act
	case "in":
		return ff.is(k+1, wRecent) && ff.is(k+2, wYears, wMonths, wWeeks) || ff.is(k+1, wThe) && ff.is(k+2, wPast, wLast) && ff.longSpan(k+3)
	case "over", "during", "within":
		return ff.is(k+1, wThe) && ff.is(k+2, wPast, wLast) && ff.longSpan(k+3)
	}
	return false
}

// longSpan reports whether the words at k name a span of weeks or more ("year",
// "seven months", "half century"): a span of days or hours is an event's own ("killed
// in clashes over the last two days").
func (ff *figureFinder) longSpan(k int) bool {
	for j := k; j < len(ff.toks) && j < k+3; j++ {
		if ff.toks[j].feat&lxTimeUnit != 0 {
			return !ff.is(j, wDay, wDays, wHour, wHours, wMinute, wMinutes, wNight, wNights)
		}
		if ff.toks[j].kind != tNum && !ff.numberStarts(j) && !ff.is(j, wHalf, wFew, wSeveral, wCouple, wOf) {
			return false
		}
	}
	return false
}

// spanOpener reports whether the sentence opens with a span set off by a comma before
// the figure at tok ("Since October,", "So far,", "Over the last seven months,", "In
// recent years,"), whose clause the figure's is.
func (ff *figureFinder) spanOpener(start, tok int) bool {
	if !ff.cumulativeSpanAt(start) {
		return false
	}
	for k := start + 1; k < tok && k < start+9; k++ {
		if ff.punct(k, ',') {
			return ff.clauseOf(tok) == ff.clauseOf(start) || ff.clauseOf(tok) == ff.clauseOf(k+1)
		}
		if ff.punct(k, ';') {
			return false
		}
	}
	return false
}

// broughtSeries reports whether the toll at tok is one an act brings a series' total
// to ("bringing the death toll to more than 80") where the sentence, before it, ranks
// the act in a series over a span ("the fourth such attack in Turkey this year"),
// within the 40 words before the toll.
func (ff *figureFinder) broughtSeries(start, tok int) bool {
	q := tok - 1
	for q > start && q > tok-4 && ff.is(q, wMore, wThan, wAt, wLeast, wAbout, wNearly, wAlmost, wOver, wSome, wAround, wRoughly) {
		q-- // the hedge: "to more than 80"
	}
	if !ff.is(q, wTo) {
		return false
	}
	tok = q + 1
	brought := false
	for k := tok - 2; k >= start && k >= tok-7; k-- {
		if ff.is(k, wToll) {
			for j := k - 1; j >= start && j >= k-4; j-- {
				if ff.is(j, wBringing, wRaising, wPushing, wTaking, wBrought, wRaised, wPushed, wTook) {
					brought = true
				}
			}
			break
		}
	}
	if !brought {
		return false
	}
	ranked, span := false, false
	for k := max(start, tok-40); k < tok; k++ { // a bounded look back: linear on a long sentence
		if ff.is(k, wThe) && ff.ordinalAt(k+1) {
			for j := k + 2; j < tok && j <= k+4; j++ {
				if eventNoun(ff.low(j)) != "" {
					ranked = true
				}
			}
		}
		if ff.cumulativeSpanAt(k) {
			span = true
		}
	}
	return ranked && span
}

// ordinalAt reports whether token k is an ordinal from "second" on ("the fourth such
// attack"): "first" ranks no series.
func (ff *figureFinder) ordinalAt(k int) bool {
	if k < 0 || k >= len(ff.toks) || ff.toks[k].kind != tWord || !ff.mayBe(k, ff.low(k), wcOrdinal) {
		return false
	}
	_, ok := ordinalWords[ff.low(k)]
	return ok
}

// coordinatedGroup reports whether the count at c names a nation's people and another
// nation's count stands beside it ("killed three Israelis and an Iranian", "28
// Israelis and two Americans", "nine Germans along with one Peruvian"), or says its
// group is one of more ("nine other Germans"): a sub-count by nationality, never the
// toll, though no other figure counts the rest.
func (ff *figureFinder) coordinatedGroup(c *figureCand) bool {
	s := &ff.sents[c.f.Sentence]
	k := c.tok + 1
	for k < s.b && k < c.tok+4 && (ff.toks[k].kind == tNum || ff.toks[k].feat&lxScale != 0) {
		k++
	}
	if ff.is(k, wOther) {
		k++
		if _, ok := demonymOf[ff.tok(k)]; ok {
			return true
		}
	}
	if _, ok := demonymOf[ff.tok(k)]; !ok {
		return false
	}
	j := k + 1
	switch {
	case ff.is(j, wAnd):
		j++
	case ff.is(j, wAlong, wTogether) && ff.is(j+1, wWith), ff.is(j, wAs) && ff.is(j+1, wWell) && ff.is(j+2, wAs):
		j += 2
		if ff.is(j, wAs) {
			j++
		}
	default:
		return false
	}
	if !ff.is(j, wA, wAn, wOne) && !ff.numberStarts(j) {
		return false
	}
	for m := j + 1; m < s.b && m <= j+3; m++ {
		if _, ok := demonymOf[ff.tok(m)]; ok {
			return true
		}
	}
	return false
}

// besideGroups marks the figures that count a nation's people beside another nation's
// count in their sentence ("28 Israelis and two Americans"; coordinatedGroup).
func (ff *figureFinder) besideGroups(figs []figureCand) []bool {
	var beside []bool
	for i := range figs {
		f := &figs[i]
		if f.f.Scope.Kind != kg.GroupPart || !f.named {
			continue
		}
		if beside == nil {
			beside = make([]bool, len(figs))
		}
		if ff.coordinatedGroup(f) {
			beside[i] = true
			for j := range figs {
				g := &figs[j]
				if j != i && g.f.Sentence == f.f.Sentence && g.class == f.class && g.f.Scope.Kind == kg.GroupPart && g.named && g.tok > f.tok && g.tok <= f.tok+8 {
					beside[j] = true // the second of the pair
				}
			}
		}
	}
	return beside // nil when no figure counts a group
}
