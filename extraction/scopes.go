package extraction

import (
	"strconv"
	"strings"

	"github.com/factgraph/kg"
)

// Scopes: which part of its subject's whole a figure counts (kg.Scope). Only figures
// of one subject, measure and scope are held against each other, so a figure that
// counts a part must say so: a place ("three in New York"), a group ("two of the dead
// were children"), an increment ("two more died"), a status ("in critical
// condition"), an estimate ("could reach"), a rate ("a day") or background (a war's
// toll, last year's count).

// estimated reports whether the figure whose words start at qa is a forecast, an
// estimate or a hypothesis of its clause: "could reach", "is expected to rise to",
// "would have pushed", "if no one wins". A figure someone estimates ("an estimated
// 500") is still a report of it.
func (ff *figureFinder) estimated(si, qa int) bool {
	s := &ff.sents[si]
	for k := qa - 1; k >= s.start && k >= qa-12; k-- {
		if ff.punct(k, ';') || ff.toks[k].kind == tDash || ff.toks[k].kind == tOpenQ || ff.toks[k].kind == tCloseQ {
			return false
		}
		switch ff.low(k) {
		case "could", "might", "expected", "projected", "predicted", "predicts", "likely", "potentially", "possibly", "forecast", "forecasts", "if", "unless",
			"anticipating", "anticipated", "anticipate", "expecting", "expect":
			return ff.toks[k].kind == tWord
		case "may":
			return !ff.toks[k].has(fCap)
		case "would":
			return ff.is(k+1, wHave) || ff.is(k+2, wHave) // "would probably have risen"
		case "said", "says", "told", "according":
			return false
		}
		if ff.punct(k, ',') && !ff.is(k+1, wPushing, wBringing, wTaking, wRaising, wLifting) {
			return false
		}
	}
	return false
}

var (
	wholeNouns       = newTokSet(wordSet("whole-nouns"))
	perpetratorNouns = newTokSet(wordSet("perpetrator-nouns"))
	conditionWords   = newTokSet(wordSet("condition-words"))
)

// countScope gives a count of people or things its scope, and its measure as the
// scope leaves it: a part of a toll ("twelve of the wounded were foreigners": injured,
// group foreigners; "seven of those were in serious condition": status), a group its
// noun names ("two Americans", "48 officers"), an increment ("two more", "another
// 40"), a condition ("five in critical condition"), an estimate ("could rise to
// 100", "feared dead"), a rate ("20 a day"). Those who attack are counted apart from
// the toll: "five attackers were killed" measures "attackers killed".
func (ff *figureFinder) countScope(n *number, c *counted, measure string) (string, kg.Scope) {
	toll := kg.IsToll(kg.MeasureClass(measure))
	head := ""
	if c.b > c.a {
		head = ff.low(c.b - 1)
	}
	if cl := kg.MeasureClass(measure); (cl == "killed" || cl == "injured") && perpetratorNouns.has(head) {
		return "attackers " + cl, kg.Scope{} // gunmen, bombers, suspects: no toll
	}
	switch {
	case ff.estimated(n.si, n.qa) || ff.is(c.b, wFeared) || ff.is(c.b, wAre, wWere, wWas, wIs) && ff.is(c.b+1, wFeared):
		return measure, kg.Scope{Kind: kg.Estimate}
	case ff.increment(n, c):
		return measure, kg.Scope{Kind: kg.Increment}
	case toll && ff.is(n.qa-1, wRemaining) && ff.is(n.qa-2, wThe):
		// "11 bodies were found and the remaining two people were presumed dead": the
		// rest of a toll counted in parts, never the whole
		return measure, kg.Scope{Kind: kg.GroupPart, Of: "remaining"}
	}
	if _, rate, _ := ff.perAfter(max(c.b, n.next), ff.sents[n.si].b); rate != "" && !ff.is(max(c.b, n.next)+2, wAfter, wBefore) {
		return measure, kg.Scope{Kind: kg.Rate, Of: rate}
	}
	if cond := ff.condition(n, c); cond != "" && (toll || strings.HasSuffix(cond, "condition")) {
		return measure, kg.Scope{Kind: kg.Status, Of: cond}
	}
	switch {
	case !toll && c.partitive && head != "":
		// a part of some whole the words name: "17 of his 28 passes", "four of the five
		// suspects", "nine of its 10 engines" count part of the passes, not all of them
		if strings.HasPrefix(head, "'") || strings.HasPrefix(head, "’") {
			head = strings.TrimRight(ff.low(c.b-2), "'’s") // "24 of the league's"
		}
		c.part = "of"
		return measure, kg.Scope{Kind: kg.GroupPart, Of: "of the " + head}
	case !toll:
	case c.part != "":
		if strings.HasPrefix(c.part, "in ") || conditionWords.has(strings.Fields(c.part)[0]) {
			return measure, kg.Scope{Kind: kg.Status, Of: strings.TrimPrefix(c.part, "in ")}
		}
		if c.part == "of" {
			of := ""
			for k := n.next + 2; k < n.next+4 && k < len(ff.toks); k++ {
				if ff.isPersonNoun(k) && !ff.is(k, wPeople, wPersons) && !predMeasureWord(ff.low(k)) {
					of = ff.low(k) // "four of her grandchildren", "twenty of the occupants"
					break
				}
			}
			return measure, kg.Scope{Kind: kg.GroupPart, Of: of}
		}
		return measure, kg.Scope{Kind: kg.GroupPart, Of: c.part}
	case head != "" && !wholeNouns.has(head) && !perpetratorNouns.has(head) && (ff.isPersonNoun(c.b-1) || demonymOf[ff.tok(c.b-1)] != "" || ff.is(c.b-1, wMen, wWomen, wAdults, wMales, wFemales)):
		// a group, when the article counts more of the toll (groupOrWhole)
		return measure, kg.Scope{Kind: kg.GroupPart, Of: strings.ToLower(ff.span(c.a, c.b))}
	}
	return measure, kg.Scope{}
}

func predMeasureWord(w string) bool { _, ok := predMeasure[w]; return ok }

// increment reports whether a count adds to an earlier one: "two more died", "another
// 40 bodies", "an additional 12", "a further 3", "200 new cases".
func (ff *figureFinder) increment(n *number, c *counted) bool {
	if ff.is(n.qa-1, wAnother) && (ff.besidesCount(n) || ff.is(n.qa-2, wOne)) {
		return false // "kissed one another three times": a reciprocal, no count added
	}
	if ff.is(n.qa-1, wAnother, wAdditional, wFurther) || ff.is(n.qa-1, wMore) && ff.is(n.qa-2, wAnother) {
		return true
	}
	k := n.next
	if ff.is(k, wMore) && !ff.is(k+1, wThan) || ff.is(k, wAdditional, wFurther, wNew, wExtra) {
		return true
	}
	return false
}

// besidesCount reports whether "another" before n means "besides those counted before" rather
// than "more of the same": its verb counts something other than the verb of an earlier count
// in the sentence ("killing five and injuring another 22": 22 injured, not 22 more killed).
func (ff *figureFinder) besidesCount(n *number) bool {
	start := ff.sents[n.si].start
	v := directVerb(ff.doc, n.qa, start)
	if v == "" {
		return false
	}
	for k := start; k < n.qa-2; k++ {
		if ff.numberStarts(k) && ff.toks[k].kind != tPunct {
			if w := directVerb(ff.doc, k, start); w != "" && w != v {
				return true
			}
		}
	}
	return false
}

// condition names the condition a count of patients is in: "five in critical
// condition", "three critically injured", "two people were in serious condition"; or
// "". A count of those identified is a status too.
func (ff *figureFinder) condition(n *number, c *counted) string {
	s := &ff.sents[n.si]
	end := min(s.b, max(c.b, n.next)+8)
	for k := n.qa; k < end; k++ {
		if ff.punct(k, ',') && k > n.next || ff.punct(k, ';') || k > n.next && ff.numberStarts(k) && !ff.is(k-1, wThe) {
			break
		}
		w := ff.low(k)
		if ff.is(k+1, wCondition, wConditions) && conditionWords.has(w) {
			return w + " condition"
		}
		switch w {
		case "critically", "seriously", "gravely":
			return strings.TrimSuffix(w, "ly") + " condition"
		case "identified":
			if k > n.next {
				return "identified"
			}
		}
	}
	return ""
}

// finishScopes gives the figures of the article what their clauses say of them beside
// their own words: context (background) when a figure is cumulative ("since
// October", "so far this year", "the war that has killed 250,000"), belongs to an
// event the article tells of in passing, or is dated to another time than the
// article's event (a toll of another time: "in 2015, 124 officers died"); and,
// sentence by sentence, what figures say of each other
// (sentenceScopes).
//
// A count of a group paired with another group's count of the same kind keeps its
// group in the context too ("the Sandy Hook shooting that left 20 children and 6 adults
// dead", "Nine officers and two civilians were also wounded"): a part of the recalled
// incident's toll, never that toll (pairedGroup).
func (ff *figureFinder) finishScopes(figs []figureCand) {
	mainDate := ""
	if len(ff.events) > 0 && ff.events[0].Main {
		mainDate = ff.events[0].Date
		if mainDate == "" {
			mainDate = kg.DateString(ff.pub)
		}
	}
	beside := ff.besideGroups(figs)
	for i := range figs {
		f := &figs[i].f
		if f.Scope.Kind == kg.Background || f.Scope.Kind == kg.Estimate {
			continue
		}
		switch {
		case ff.cumulative(f.Sentence, figs[i].tok, kg.IsToll(kg.MeasureClass(f.Measure))) && !ff.reachedFigure(figs[:i], &figs[i]):
		case f.Event >= 0 && f.Event < len(ff.events) && !ff.events[f.Event].Main:
		case f.Event < 0 && mainDate != "" && f.Date != "" && !datesMeet(f.Date, mainDate) && kg.IsToll(kg.MeasureClass(f.Measure)):
		default:
			continue
		}
		if beside != nil && beside[i] || pairedGroup(figs, i) {
			// a nation's count beside another's keeps its group in the context ("Since
			// October, … have killed 28 Israelis and two Americans"): a part of a total
			// over time, neither that total nor a toll of its own
			f.Scope = kg.Scope{Kind: kg.Background, Of: f.Scope.Of}
			continue
		}
		f.Scope = kg.Scope{Kind: kg.Background}
	}
	ff.groupOrWhole(figs)
	ff.placeOrWhole(figs)
	for start := 0; start < len(figs); {
		end := start + 1
		for end < len(figs) && figs[end].f.Sentence == figs[start].f.Sentence {
			end++
		}
		ff.earlierValues(figs[start:end]) // values the report gives as reported before (earlier.go)
		ff.sentenceScopes(figs[start:end])
		start = end
	}
}

// groupOrWhole keeps a group a count's noun names ("two Americans", "48 officers") a
// part of its toll only when the article counts more of that toll otherwise ("31
// killed") or counts another group beside it in its sentence ("nine Germans and one
// Peruvian were also wounded": neither is the whole); a group the article counts alone
// ("five miners were still missing") is the whole. A part the words say is a part ("two
// of the dead") stays one.
func (ff *figureFinder) groupOrWhole(figs []figureCand) {
	for i := range figs {
		f := &figs[i]
		if f.f.Scope.Kind != kg.GroupPart || !f.named {
			continue
		}
		more := false
		for j := range figs {
			g := &figs[j]
			if j == i || g.class != f.class || g.f.Scope.Key() == f.f.Scope.Key() {
				continue
			}
			recalled := ff.recalledToll(f, g)
			if (g.f.Event == f.f.Event || recalled) &&
				(g.f.Value > f.f.Value && (g.f.Scope.Kind == kg.Whole || g.f.Scope.Kind == kg.GroupPart || recalled) ||
					g.f.Scope.Kind == kg.GroupPart && g.f.Sentence == f.f.Sentence) {
				more = true // a larger count, or another group beside it ("nine Germans and one Peruvian")
				break
			}
		}
		if !more && !ff.coordinatedGroup(f) {
			f.f.Scope = kg.Scope{}
		}
	}
}

// recalledToll reports whether g is the toll of an act recalled in a report with no event
// of its own (recalledacts.go: background, of an event that is not the main one) while
// f has no event: "at least 31 people were killed and 271 wounded in attacks on Brussels
// airport" beside "the attacks … injured about a dozen U.S. citizens" — the group is a part
// of that toll as it was before the toll had its event.
func (ff *figureFinder) recalledToll(f, g *figureCand) bool {
	return f.f.Event < 0 && g.f.Event >= 0 && g.f.Event < len(ff.events) && !ff.events[g.f.Event].Main &&
		(len(ff.events) == 0 || !ff.events[0].Main) && g.f.Scope.Kind == kg.Background && g.f.Scope.Of == ""
}

// placeOrWhole makes a part of its toll a count its clause places somewhere other than
// its event ("in Long Island's Nassau County, police said four people died", "three
// people died in Kanawha County") when the article counts more of that toll
// elsewhere.
func (ff *figureFinder) placeOrWhole(figs []figureCand) {
	for i := range figs {
		f := &figs[i]
		if f.f.Scope.Kind != kg.Whole || f.f.Event < 0 || f.f.Event >= len(ff.events) || f.f.Unit != "" || !kg.IsToll(f.class) {
			continue
		}
		place := ff.clausePlace(f.f.Sentence, f.tok)
		if place == "" {
			place = ff.openingPlace(f.f.Sentence, f.tok)
		}
		if place == "" {
			place = ff.wherePlace(f.f.Sentence, f.tok)
		}
		if place == "" || place == ff.events[f.f.Event].Place || place == ff.events[f.f.Event].Country {
			continue
		}
		for j := range figs {
			g := &figs[j]
			if j != i && g.class == f.class && g.f.Event == f.f.Event && g.f.Value > f.f.Value && g.f.Scope.Kind == kg.Whole {
				f.f.Scope = kg.Scope{Kind: kg.PlacePart, Of: place}
				break
			}
		}
	}
}

// wherePlace returns the place a "where" clause the figure stands in tells of: the
// first place named in the words before ", where" ("The hardest-hit area was Greenbrier
// County in the southeast of the state, where 15 deaths have been reported"), or "".
func (ff *figureFinder) wherePlace(si, tok int) string {
	s := &ff.sents[si]
	for k := tok - 1; k > s.start && k >= tok-8; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') {
			return ""
		}
		if !ff.is(k, wWhere) || !ff.punct(k-1, ',') {
			continue
		}
		first := ""
		for j := k - 2; j >= s.start && j >= k-12; j-- {
			if ff.punct(j, ',') && !ff.entityAround(j) || ff.punct(j, ';') {
				break
			}
			if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Place && !ff.mentions[ff.entAt[j]].demonym {
				first = ff.entName(e)
				j = ff.mentions[ff.entAt[j]].a
			}
		}
		return first
	}
	return ""
}

// openingPlace returns the place an opening phrase of the figure's sentence names ("In
// Long Island's Nassau County, police said…"), or "".
func (ff *figureFinder) openingPlace(si, tok int) string {
	s := &ff.sents[si]
	if !ff.is(s.start, wIn, wAt) {
		return ""
	}
	for k := s.start + 1; k < tok && k < s.start+8; k++ {
		if ff.punct(k, ',') {
			break
		}
		if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Place && !ff.is(k+1, wAposS, wRsquoS) {
			return ff.entName(e)
		}
	}
	return ""
}

// cumulative reports whether the figure at tok counts a total over time, in its
// clause: "since October", "so far this year", "to date", "over the past five years",
// the toll of a war, a conflict or an epidemic ("the five-year war that has killed
// 250,000"), or, for a toll, one of an earlier year ("in 2015", "last year").
func (ff *figureFinder) cumulative(si, tok int, toll bool) bool {
	if si < 0 || si >= len(ff.sents) {
		return false
	}
	s := &ff.sents[si]
	c := ff.clauseOf(tok)
	a, b := tok, tok
	for a > s.start && tok-a < 14 && !ff.punct(a-1, ';') && (c != 0 || !ff.punct(a-1, ',')) && (ff.clauseOf(a-1) == c || c != 0) {
		a--
	}
	for b < s.b && b-tok < 10 && !ff.punct(b, ';') && !ff.punct(b, ',') {
		b++
	}
	for k := a; k < b; k++ {
		if toll && ff.toks[k].kind == tNum && ff.yearAt(k) && !ff.pub.IsZero() && ff.tok(k) < strconv.Itoa(ff.pub.Year()) ||
			toll && ff.is(k, wLast) && ff.is(k+1, wYear) {
			return true // last year's statistics: "124 officers died in the line of duty in 2015"
		}
		switch ff.low(k) {
		case "since", "elsewhere":
			return true // "killed in attacks elsewhere"
		case "day":
			if ff.is(k+1, wAposS, wRsquoS) {
				return true // "the day's overall death toll"
			}
		case "from":
			if to := ff.fromPartEnd(si, k); to >= 0 && to < tok {
				continue // "rose from 12 to 15": 15 is what it reached (numberof.go)
			}
			if k < tok && tok-k <= 4 && ff.is(k-1, wRose, wUp, wClimbed, wIncreased, wJumped, wRisen, wDown, wFell, wDropped) {
				return true // "which rose from the toll of 59 reported late Sunday"
			}
		case "so":
			if ff.is(k+1, wFar) {
				return true
			}
		case "to":
			if ff.is(k+1, wDate) {
				return true
			}
		case "past", "last":
			if (ff.is(k-1, wThe) && ff.is(k-2, wOver, wIn, wDuring)) && (ff.toks[k+1].feat&lxTimeUnit != 0 || ff.numberStarts(k+1)) {
				return true
			}
		case "war", "conflict", "insurgency", "uprising", "epidemic", "outbreak", "crackdown", "fighting", "violence", "revolution", "campaign":
			if ff.is(k-1, wCivil, wLong, wFiveYear, wSixYear, wYearLong, wDecadesLong, wThe, wA, wIts, wDrug, wCountryAposS) || ff.perfectAfter(k, b) {
				return true
			}
		}
	}
	return toll && (ff.cumulativeSpan(si, tok, b) || ff.perfectSince(tok, s.b))
}

// perfectSince reports whether a perfect tense after the figure at tok runs on into
// "since" ("More than 40,000 people, most of them militants, have been killed since
// the PKK took up arms in 1984"): a count over time, however far its verb stands.
func (ff *figureFinder) perfectSince(tok, end int) bool {
	for k := tok + 3; k < end && k < tok+20; k++ {
		if ff.punct(k, ';') || ff.toks[k].kind == tStop {
			return false
		}
		if ff.is(k, wSince) && (ff.is(k-2, wHas, wHave, wHad) || ff.is(k-3, wHas, wHave, wHad) && ff.is(k-2, wBeen)) {
			return true
		}
	}
	return false
}

// perfectAfter reports whether a perfect tense follows token k before token b ("the
// war, which has killed", "the conflict has left").
func (ff *figureFinder) perfectAfter(k, b int) bool {
	for j := k + 1; j < b && j < k+6; j++ {
		if ff.is(j, wHas, wHave) && (ff.is(j+1, wKilled, wLeft, wClaimed, wDisplaced, wForced, wDriven, wCost, wBeen) || ff.is(j+2, wKilled, wLeft, wClaimed, wDisplaced)) {
			return true
		}
	}
	return false
}

// sentenceScopes gives the figures of one sentence what they say of each other: the
// count a change started from ("rose from 12 to 26": background; "revised the toll
// down from 12 to 10": superseded), a value first reported and then replaced
// ("initially reported as 7.4, later upgraded to 7.8": superseded), and places that
// share a toll out ("20 in Aleppo and 15 in Idlib": places).
func (ff *figureFinder) sentenceScopes(figs []figureCand) {
	if len(figs) < 2 {
		return
	}
	si := figs[0].f.Sentence
	later := false
	s := &ff.sents[si]
	for k := s.start; k < s.b; k++ {
		if ff.is(k, wLater, wNow, wSince, wSubsequently, wThen) || ff.inWord(k, revisionVerbs) || ff.is(k, wUpgraded, wDowngraded, wUpdated, wRevised) {
			later = true
		}
	}
	for i := range figs {
		f := &figs[i]
		var g *figureCand
		for j := i + 1; j < len(figs); j++ {
			if figs[j].class == f.class && figs[j].f.Unit == f.f.Unit && figs[j].f.Value != f.f.Value {
				g = &figs[j]
				break
			}
		}
		if g == nil || f.f.Scope.Kind != kg.Whole || f.f.Superseded {
			continue
		}
		switch {
		case ff.firstReported(f.tok, s.start) && later:
			f.f.Superseded = true
		case ff.is(f.tok-1, wFrom) && ff.toAfter(f) >= 0 && f.f.Unit == "":
			if g.f.Value < f.f.Value || g.f.Correction {
				f.f.Superseded = true
			} else {
				f.f.Scope = kg.Scope{Kind: kg.Background}
			}
		}
	}
	ff.placeParts(figs)
}

// firstReported reports whether a value at tok is one first given: "initially
// reported as", "originally put at", "first estimated".
func (ff *figureFinder) firstReported(tok, start int) bool {
	for k := tok - 1; k >= start && k >= tok-6; k-- {
		if ff.is(k, wInitially, wOriginally, wInitial, wOriginal, wPreliminary) || ff.is(k, wFirst) && ff.is(k+1, wReported, wPut, wEstimated, wSaid, wGiven) {
			return true
		}
		if ff.punct(k, ',') || ff.punct(k, ';') {
			return false
		}
	}
	return false
}

// afterFigure returns the token after a figure's words.
func (ff *figureFinder) afterFigure(c *figureCand) int {
	k := c.tok + 1
	for k < len(ff.toks) && (ff.toks[k].kind == tNum || ff.toks[k].feat&lxScale != 0) {
		k++
	}
	return k
}

// placeParts: the counts of one measure that a sentence gives for several places ("20
// in Aleppo and 15 in Idlib", "three in New York and two in New Jersey") each count
// a place's part.
func (ff *figureFinder) placeParts(figs []figureCand) {
	places := make([]string, len(figs))
	for i := range figs {
		places[i] = ff.placeAfter(&figs[i])
	}
	for i := range figs {
		if places[i] == "" || figs[i].f.Scope.Kind != kg.Whole {
			continue
		}
		for j := range figs {
			if j != i && figs[j].class == figs[i].class && places[j] != "" && places[j] != places[i] {
				figs[i].f.Scope = kg.Scope{Kind: kg.PlacePart, Of: places[i]}
				break
			}
		}
	}
}

// placeAfter returns the place a count's words end with ("15 in Idlib", "two people
// were killed in Aleppo"), before the next count; or "".
func (ff *figureFinder) placeAfter(c *figureCand) string {
	s := &ff.sents[c.f.Sentence]
	for k := c.tok + 1; k < s.b && k < c.tok+8; k++ {
		if ff.punct(k, ',') || ff.punct(k, ';') || k > c.tok+1 && ff.numberStarts(k) {
			return ""
		}
		if ff.is(k, wIn, wAt) {
			if e := ff.entityOf(k + 1); e >= 0 && ff.ents[e].typ == kg.Place {
				return ff.entName(e)
			}
		}
	}
	return ""
}

// loneAttacker reads the one attacker a sentence says was killed, without a number:
// "the gunman, identified as David Evans, 67, was also killed", "a suspect killed in
// gunfire", "a gunman who was later killed". He is counted apart from the toll
// ("attackers killed").
func (ff *figureFinder) loneAttacker(si, i int) reading {
	w := ff.low(i)
	if ff.is(i, wHe, wShe) {
		return ff.attackerPronoun(si, i)
	}
	if !ff.mayBe(i, w, wcPerpetrator) || !perpetratorNouns.has(w) || plural(w) || !ff.is(i-1, wThe, wA, wOne, wLone) && !ff.is(i-2, wThe, wA) {
		return reading{}
	}
	if ff.is(i-1, wThe, wA) && (ff.is(i-2, wKilled) || ff.is(i-2, wDead) && ff.is(i-3, wShot) || ff.is(i-2, wKilling)) {
		// "a lone officer killed the suspect"
		n := &number{si: si, i: i - 1, tok: i, next: i + 1, v: 1, qa: i - 1}
		return ff.one(n, i+1, "", "attackers killed", kg.Exact)
	}
	s := &ff.sents[si]
	k := i + 1
	for ff.punct(k, ',') { // an aside between commas: ", identified as David Evans, 67,"
		j := k + 1
		for j < s.b && j-k < 12 && !ff.punct(j, ',') && ff.toks[j].kind != tStop {
			j++
		}
		if !ff.punct(j, ',') {
			return reading{}
		}
		k = j + 1
		if ff.toks[k].kind == tNum || ff.is(k, wWho) || ff.inWord(k, lowerAdverbs) {
			continue
		}
	}
	for ff.is(k, wWho, wWas, wWere, wAlso, wLater, wThen, wFatally, wHimself, wHerself, wSubsequently) || ff.is(k, wShot) && ff.is(k+1, wAnd) || ff.is(k, wAnd) && ff.is(k-1, wShot) {
		k++
	}
	if !(ff.is(k, wKilled, wDied) || ff.is(k, wDead) && ff.is(k-1, wShot, wFound, wPronounced) || ff.is(k, wShot) && ff.is(k+1, wDead)) {
		return reading{}
	}
	if ff.is(k, wKilled) && !ff.is(k-1, wWas, wWere, wAlso, wLater, wFatally, wThen, wSubsequently) && !(ff.is(k+1, wIn, wBy, wAt, wDuring, wAfter, wWhen) || ff.punct(k+1, ',') || ff.toks[k+1].kind == tStop) {
		return reading{} // "a suicide bomber killed around 10 people": he killed, he was not killed
	}
	end := k + 1
	n := &number{si: si, i: i - 1, tok: i, next: end, v: 1, qa: i - 1}
	return ff.one(n, end, "", "attackers killed", kg.Exact)
}

var lowerAdverbs = newTokSet(map[string]bool{"also": true, "later": true})

// attackerPronoun reads "he was killed" in a sentence whose subject is an attacker:
// "The shooter killed three or four people … before he was killed by authorities".
func (ff *figureFinder) attackerPronoun(si, i int) reading {
	s := &ff.sents[si]
	if !ff.is(s.start, wThe, wA) || !ff.in(s.start+1, perpetratorNouns) || plural(ff.low(s.start+1)) {
		return reading{}
	}
	k := i + 1
	for ff.is(k, wWas, wAlso, wLater, wThen, wFatally) || ff.is(k, wShot) && ff.is(k+1, wAnd) || ff.is(k, wAnd) && ff.is(k-1, wShot) {
		k++
	}
	if !ff.is(k, wKilled) || !ff.is(k-1, wWas, wAnd, wAlso, wLater, wFatally) {
		return reading{}
	}
	n := &number{si: si, i: i, tok: i, next: k + 1, v: 1, qa: i}
	return ff.one(n, k+1, "", "attackers killed", kg.Exact)
}

// pairedGroup reports whether figure i counts a group (a group scope with its part
// named) beside another group's count of the same class in its sentence, eight words
// apart at most ("20 children and 6 adults", "seven police officers and three
// civilians").
func pairedGroup(figs []figureCand, i int) bool {
	f := &figs[i]
	if f.f.Scope.Kind != kg.GroupPart || f.f.Scope.Of == "" {
		return false
	}
	for j := range figs {
		g := &figs[j]
		if j != i && g.f.Sentence == f.f.Sentence && g.class == f.class && g.f.Scope.Kind == kg.GroupPart &&
			g.f.Scope.Of != "" && g.f.Scope.Of != f.f.Scope.Of && abs(g.tok-f.tok) <= 8 {
			return true
		}
	}
	return false
}
