package extraction

import "strings"

// Commodities: an amount counted in a commodity's unit ("4.2 million barrels", "10.2
// million bpd", "1.8 million tonnes", "2 ounces") measures what its own clause says the
// barrels or tonnes are of — output, exports, stocks, capacity — not the unit itself. A
// count read with such a unit (counts.go) is measured here; with nothing in its clause to
// say what it measures it is no figure.

var (
	commodityUnits      = wordValues("commodity-units")
	commodityNouns      = newTokSet(wordSet("commodity-nouns"))
	commodityVerbs      = wordValues("commodity-verbs")
	commodityModifiers  = newTokSet(wordSet("commodity-modifiers"))
	commodityFacilities = newTokSet(wordSet("commodity-facilities"))
)

// commodityUnit reads a commodity's unit after number n: its name ("barrels", "bpd",
// "tonnes") and the token after its words, or "" when none follows. "barrels per day",
// "barrels a day" and "barrels per day (bpd)" are bpd; "metric tons" are tonnes. A unit
// in the singular ("a 600-ton aircraft", "a ton of cocaine") is left to the count.
func (ff *figureFinder) commodityUnit(n *number) (string, int) {
	k := n.next
	metric := ff.is(k, wMetric) && ff.is(k+1, wTons, wTonnes)
	if metric {
		k++
	}
	if k >= len(ff.toks) || ff.toks[k].kind != tWord {
		return "", 0
	}
	u, ok := commodityUnits[ff.low(k)]
	if !ok {
		return "", 0
	}
	if metric {
		u = "tonnes"
	}
	k++
	if u == "barrels" && ff.is(k, wPer, wA) && ff.is(k+1, wDay) {
		u, k = "bpd", k+2
	}
	if u == "bpd" && ff.punct(k, '(') && ff.is(k+1, wBpd) && ff.punct(k+2, ')') {
		k += 3 // "113,000 barrels per day (bpd)"
	}
	return u, k
}

// commodityMeasure names what an amount in a commodity's unit (unit, as commodityUnit
// read it) measures, from the token k after the unit's words: a facility right after the
// unit is sized by it ("a 330,000 bpd refinery": refinery capacity); a measure noun after
// "of" ("403 billion barrels of reserves"); else the nearest measure noun or verb before
// it in its own clause ("crude stocks fell by 4.2 million barrels": crude stocks fall;
// "Iran exported 2.5 million barrels per day": exports); else what it is of ("96,000 tons
// of methane"); else the measure of an amount in such a unit before it in the sentence
// ("exported 2.5 million bpd, but sanctions cut that to 1.1 million bpd"). It returns ""
// when nothing says.
func (ff *figureFinder) commodityMeasure(n *number, unit string, k int, before []figureCand) string {
	s := &ff.sents[n.si]
	if ff.inWord(k, commodityFacilities) && k < s.b {
		w := ff.low(k)
		if b, ok := strings.CutSuffix(w, "ies"); ok {
			w = b + "y"
		}
		return strings.TrimSuffix(w, "s") + " capacity"
	}
	of := ""
	if ff.is(k, wA, wPer) && ff.is(k+1, wDay, wYear, wMonth, wWeek) {
		k += 2 // "1.2 million tonnes a year of capacity"
	} else if ff.is(k, wAnnually, wDaily) {
		k++
	}
	if ff.is(k, wOf) {
		a := k + 1
		if ff.is(a, wThe, wA, wAn) {
			a++
		}
		if a < s.b && ff.toks[a].kind == tWord && ff.toks[a].feat&(lxFunc|lxPronoun) == 0 {
			if a2, b2 := nounPhrase(ff.doc, a, s.b); b2 > a2 {
				of = strings.ToLower(ff.span(a2, b2))
				if commodityNouns.has(lastWord(of)) {
					return of // "403 billion barrels of reserves"
				}
			}
		}
	}
	if m := ff.commodityAfter(k); m != "" {
		return m // "add another 100 billion barrels to total reserves"
	}
	if m, bare := ff.commodityClause(n); m != "" {
		if bare && of != "" {
			return of + " " + m // "produced 10.2 million bpd of crude": crude production
		}
		return m
	}
	if of != "" {
		return of
	}
	for j := len(before) - 1; j >= 0; j-- {
		if before[j].f.Sentence != n.si {
			break
		}
		if _, ok := commodityUnits[before[j].f.Unit]; ok && before[j].f.Measure != "" {
			m := before[j].f.Measure
			if ff.is(n.qa-1, wTo, wAt, wFrom) {
				for _, d := range []string{" rise", " fall", " growth", " surplus"} {
					m = strings.TrimSuffix(m, d) // "cut that to 1.1 million bpd": a level, not the change
				}
			}
			return m
		}
	}
	if l := ff.lastCommodity; l.Unit == unit && l.Measure != "" && n.si > l.Sentence && n.si-l.Sentence <= 2 {
		return l.Measure // "As of late 2013, the U.S. had 586 metric tons of highly enriched uranium. That's a drop from the 741 metric tons the U.S. had in 1996."
	}
	return ""
}

// commodityClause reads, walking back from number n within its own clause, the nearest
// measure noun (with the words before it that say which: "crude stocks", "total
// production capacity") or verb whose object the amount is ("exported", "pumping"). A
// noun that is what something exceeds is passed ("supply still exceeding demand by 1.5
// million bpd": supply). A change verb before the amount, right before it or before its
// "by", makes the measure the change ("stocks fell by 4.2 million barrels": stocks fall).
// bare is true when the measure is a verb's or a noun without words that say which, for
// what the amount is of to say it ("imported 5 million tonnes of iron ore": iron ore
// imports).
// The clause ends at a semicolon, a colon, a bracket, a dash, "but", "while", "than", and
// a comma, unless a relative pronoun or a participle follows it ("cocoa output, which
// reached a record 1.8 million tonnes"; "oil output has surprised …, rising from as low
// as 6 million bpd").
func (ff *figureFinder) commodityClause(n *number) (string, bool) {
	s := &ff.sents[n.si]
	change := ""
	v := n.qa - 1
	if ff.is(v, wBy) {
		v--
	}
	if d, ok := changeVerbs[ff.low(v)]; ok && ff.toks[v].kind == tWord && d != "level" && d != "" {
		change = " " + d
	}
	by := ff.is(n.qa-1, wBy)
	exceeds := false
	for k := n.qa - 1; k >= s.start && n.qa-k <= 30; k-- {
		t := &ff.toks[k]
		if t.kind != tWord {
			if ff.tok(k) == "-" && ff.is(k+1, wBy) {
				continue // "could jack up output instead - by as much as 2 million barrels a day"
			}
			if ff.punct(k, ',') {
				w := ff.low(k + 1)
				if ff.is(k+1, wWhich, wThat) || strings.HasSuffix(w, "ing") && ff.toks[k+1].kind == tWord && !ff.toks[k+1].has(fCap) {
					continue
				}
				return "", false
			}
			if ff.punct(k, ';') || ff.punct(k, ':') || ff.punct(k, '(') || ff.punct(k, ')') || ff.punct(k, '"') || ff.tok(k) == "—" || ff.tok(k) == "–" || ff.tok(k) == "-" {
				return "", false
			}
			continue
		}
		w := ff.low(k)
		if ff.is(k, wBut, wWhile, wWhereas, wThan, wAlthough) {
			return "", false
		}
		if m, ok := commodityVerbs[w]; ok && !commodityNouns.has(w) {
			if ff.joinedBefore(k, n.qa) {
				continue // "141.5 billion had already been produced and 260 billion barrels": not its verb
			}
			return m + change, true
		}
		if ff.is(k, wAmount, wAmounts, wVolume, wVolumes) && ff.is(k+1, wOf) && k+2 < n.qa {
			if a, b := nounPhrase(ff.doc, k+2, n.qa); b > a {
				return strings.ToLower(ff.span(a, b)) + change, false // "the amount of e-waste discarded will reach 50 million tons"
			}
		}
		if !commodityNouns.has(w) && commodityVerbs[w] == "" {
			continue
		}
		if ff.is(k-1, wExceed, wExceeds, wExceeded, wExceeding, wOutstrip, wOutstrips, wOutstripped, wOutstripping, wOutpaced, wOutpacing) {
			exceeds = by
			continue // "supply still exceeding demand by 1.5 million bpd"
		}
		if _, cv := changeVerbs[ff.low(k-1)]; commodityVerbs[w] != "" && !ff.is(k-1, wThe, wIts, wTheir, wOf, wIn) && !ff.inWord(k-1, commodityModifiers) && !(cv && by) {
			if ff.joinedBefore(k, n.qa) {
				continue
			}
			return commodityVerbs[w] + change, true // "the kingdom exports 7 million bpd": the verb
		}
		a := k
		for a > s.start && k-a < 2 && ff.inWord(a-1, commodityModifiers) {
			a--
		}
		if d, ok := changeVerbs[ff.low(a-1)]; ok && by && change == "" && d != "level" && d != "" {
			change = " " + d // "raise supply by around 1 million bpd", "cut exports by 500,000 bpd"
		}
		if exceeds {
			change = " surplus" // "supply still exceeding demand by 1.5 million bpd": what supply exceeds it by
		}
		return strings.ToLower(ff.span(a, k+1)) + change, a == k
	}
	return "", false
}

// joinedBefore reports whether "and" or "or" joins another clause or phrase between token
// k and the amount at qa: the verb at k is then another's ("had already been produced and
// 260 billion barrels were considered proven").
func (ff *figureFinder) joinedBefore(k, qa int) bool {
	for j := k + 1; j < qa; j++ {
		if ff.is(j, wAnd, wOr) {
			return true
		}
	}
	return false
}

// marginVerbs win or lose by a margin: "won people under 30 in Iowa by 33 points", "lost
// to Brown by 20 percentage points", "trailing her by more than 50 points". "led" and
// "leading" count only right before "by" ("she had led by 21 points"): with a rival after
// them a poll's lead reads them (pollleads.go).
var marginVerbs = newTokSet(map[string]bool{"won": true, "win": true, "wins": true, "winning": true,
	"lost": true, "lose": true, "loses": true, "losing": true, "beat": true, "beats": true,
	"beating": true, "defeated": true, "defeats": true, "defeating": true, "trailed": true,
	"trailing": true, "trails": true, "trail": true, "carried": true, "carries": true})

// pointsMargin reads a margin of victory or defeat in points: "by N [percentage] points"
// after a verb of winning or losing in its own clause (marginVerbs). ok is false when the
// phrase is no such margin, for the next recogniser to read.
func (ff *figureFinder) pointsMargin(n *number) (reading, bool) {
	k := n.next
	if ff.is(k, wPercentage) {
		k++
	}
	if n.unit != "" || !ff.is(k, wPoints, wPoint) || !ff.is(n.qa-1, wBy) {
		return reading{}, false
	}
	s := &ff.sents[n.si]
	for j := n.qa - 2; j >= s.start && n.qa-j <= 12; j-- {
		if ff.toks[j].kind == tPunct && !ff.punct(j, '\'') || ff.is(j, wAnd, wBut, wWhile, wAfter, wBefore, wWhen) {
			break
		}
		if ff.in(j, marginVerbs) || j == n.qa-2 && ff.is(j, wLed, wLeading) {
			return ff.one(n, k+1, "", "margin", n.qual), true
		}
	}
	return reading{}, false
}

// commodityAfter reads a measure noun a preposition after the unit's words (from token k)
// gives the amount to or takes it from: "add another 100 billion barrels to total
// reserves", "a drop of 15 tonnes in imports". It returns "" when none follows within a
// few words.
func (ff *figureFinder) commodityAfter(k int) string {
	s := &ff.sents[ff.sentOf(k)]
	if !ff.is(k, wTo, wIn, wInto, wFrom) {
		return ""
	}
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if ff.toks[j].kind != tWord {
			return ""
		}
		if ff.in(j, commodityNouns) {
			a := j
			for a > k+1 && j-a < 2 && ff.inWord(a-1, commodityModifiers) {
				a--
			}
			return strings.ToLower(ff.span(a, j+1))
		}
		if !ff.is(j, wThe, wIts, wTheir, wHis, wHer, wOur, wTotal, wGlobal, wWorld) && !ff.inWord(j, commodityModifiers) && ff.toks[j].feat&lxFunc == 0 && !strings.HasSuffix(ff.low(j), "'s") {
			return ""
		}
	}
	return ""
}
