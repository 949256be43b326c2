package extraction

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/kg"
)

// figureCand is a figure read, before the stage keeps one figure per measure and value
// (and source: distinctFigures).
type figureCand struct {
	f     kg.Figure
	tok   int
	class string
	qa    int    // first token of the figure's words (its hedge)
	subj  int    // a token of the entity the figure is of, or -1 (its subject when it has no event)
	actor int    // a token of the entity whose act the figure is ("Mizuho slashed its target to $150"), or -1
	named bool   // its group is what its noun names ("two Americans"), a part only beside a larger count
	verb  bool   // its measure is the verb phrase of a bare count ("Six others pleaded guilty"; verbcounts.go)
	at    string // where a body figure is counted: its clause's "in"/"at" place, its sentence's opening place, or a forecast's subject place; or ""
	tweet bool   // it stands inside an embedded tweet (figures_tweets.go)
	level bool   // a market level whose subject phrase was read (marketlevels.go): no other clause's entity is its subject
	// sideTrail: a toll in a side clause whose source is a trailing teller of the main
	// clause or a teller before the clause (reported speech), and sideAlt its source
	// without that teller, given when it is background (sideclauses.go)
	sideTrail bool
	sideAlt   string
}

// figureFinder is the figures stage at work: what it reads (the text, its entities and
// quotes), the events it reads and adds to, and the dates of clauses it has looked up.
type figureFinder struct {
	*reader
	*eventSet
	dates     map[int32]string // clause → its date, for sentence datesSent-1 (clauseDate)
	datesSent int
	// lastAmount is the last amount of money or percentage of the sentences before,
	// which "it" may give again ("A year earlier, it totaled $2.7 billion.")
	lastAmount figureCand
	// lastCommodity is the last amount in a commodity's unit with a measure (commodities.go),
	// which a later sentence may give again ("That's a drop from the 741 metric tons the
	// U.S. had in 1996.")
	lastCommodity kg.Figure
	// tweetQuote is the last quote tweetChatter looked at (index+1 into quoteSrc), and
	// tweetFrom its first token when it is an embedded tweet, else -1
	tweetQuote int32
	tweetFrom  int
	pollsters  []namedPoll // the polls the article names with their pollsters (pollsources.go)
	pollsRead  bool
	theyDepth  int // theySource is reading the sentence before (theysources.go)
	// lastShareSrc is the source of the last poll share of a sentence that names its poll
	// ("…, according to an opinion poll for the Harlow Sun"), and lastShareSent that
	// sentence (pollcarry.go); "" before any
	lastShareSrc  string
	lastShareSent int
	// visSent is 1 + the sentence visibilityAt last asked about, visAbsent whether no
	// "visibility" can own a fraction there (weatherwords.go): asked once a sentence
	visSent   int
	visAbsent bool
}

// findFigures is the figures stage: in every prose sentence, the headline and linked
// headlines, it reads the figures that start at each token (figureAt), gives each its
// source (attribute), then keeps one figure per measure and value (distinctFigures).
// Figures of an event other than the main one add that event to ev. dates is a table
// for the stage to use, emptied first.
func findFigures(rd *reader, ev *eventSet, dates map[int32]string) []kg.Figure {
	clear(dates)
	ff := &figureFinder{reader: rd, eventSet: ev, dates: dates}
	var figs []figureCand
	repeats := map[repeatKey]bool{}
	lastSource, lastPara := "", -1
	resultsSrc := "" // the source of the article's last figure of a company's accounts (attribution_results.go)
	para := -1
	for si := range ff.sents {
		s := &ff.sents[si]
		if ff.toks[s.a].has(fPara) {
			para++
		}
		if s.kind != sProse && s.kind != sLinked && si != ff.headline {
			continue
		}
		if para != lastPara {
			lastSource = ""
		}
		start := len(figs)
		figs = ff.sentenceFigures(si, figs)
		ff.periodHeads(figs[start:])   // periodheads.go
		ff.weekdayCloses(figs[start:]) // weekdaycloses.go
		ff.amountChanges(figs[start:]) // amountchanges.go
		ff.pronounChanges(si, figs, start)
		ff.earlierChanges(figs[start:])
		ff.moverNouns(si, figs[start:]) // movernouns.go
		ff.movedLevels(figs[start:])    // movedlevels.go
		ff.apartFromTo(figs[start:])    // apartfromto.go
		ff.indexMeasures(figs[start:])  // indexmoves.go
		figs = figs[:start+len(rangeBoundRepeats(figs[start:]))]
		figs = ff.pollMargins(si, figs, start)                         // pollleads.go
		figs = figs[:start+len(ff.dropTweetChatter(si, figs[start:]))] // figures_tweets.go
		if len(figs) == start {
			continue
		}
		if last := figs[len(figs)-1]; last.f.Unit != "" && si != ff.headline {
			ff.lastAmount = last
		}
		src, estimate := ff.attribute(si, figs[start:], lastSource, lastPara == para)
		ff.answersUnsourced(figs[start:]) // pollshares.go
		ff.pollSources(si, figs[start:])  // pollsources.go
		for k := start; k < len(figs); k++ {
			figs[k].f.Source = ff.jointSource(si, figs[k].f.Source) // jointsources.go
		}
		src = ff.jointSource(si, src)
		ff.resultsCarry(si, figs[start:], resultsSrc)
		for k := start; k < len(figs); k++ {
			if r := ff.resultsSourceOf(&figs[k]); r != "" {
				resultsSrc = r
			}
		}
		if estimate {
			lastSource = "" // a pollster's estimate: the company's figures follow
		}
		if src != "" {
			lastSource, lastPara = src, para
		} else if lastPara != para {
			lastSource, lastPara = "", para
		}
		if si != ff.headline {
			figs = ff.fold(figs, start, repeats)
		}
	}
	if ff.pairedLead {
		ff.events[0].Main = false // twoincidents.go: its figures are the event's, recalled
	}
	ff.finishScopes(figs)
	ff.sideBackground(figs) // sideclauses.go
	ff.subjects(figs)
	ff.ownerSources(figs) // attribution_results.go
	ff.spanSources(figs)  // spansources.go
	ff.unitMeasures(figs) // unitmeasures.go
	orgs := map[string]bool{}
	for _, e := range ff.ents {
		if e.typ == kg.Organization && !e.dropped {
			orgs[e.name] = true
		}
	}
	return distinctFigures(figs, ff.headline, orgs, ff.regionName)
}

// fold drops the figures of one sentence, figs[start:], that repeat an earlier body
// sentence's figure word for word, with the same attribution and the same scope
// words around them: the later stages would read them as the earlier one and
// distinctFigures would keep the earlier one. An article that states one toll in every
// sentence (30 MB of them) so keeps a few figures, not a million.
func (ff *figureFinder) fold(figs []figureCand, start int, repeats map[repeatKey]bool) []figureCand {
	kept := figs[:start]
	for _, c := range figs[start:] {
		key := repeatKey{f: c.f, class: c.class, named: c.named,
			cumulative: ff.cumulative(c.f.Sentence, c.tok, kg.IsToll(kg.MeasureClass(c.f.Measure))),
			place:      ff.clausePlace(c.f.Sentence, c.tok), opening: ff.openingPlace(c.f.Sentence, c.tok)}
		key.f.Sentence = 0
		if repeats[key] {
			continue
		}
		repeats[key] = true
		if key.place != "" && !ff.possessivePlace(c.f.Sentence, c.tok) {
			c.at = key.place
		} else if key.place == "" {
			c.at = key.opening
		}
		if c.at == "" {
			c.at = ff.forecastPlace(c.f.Sentence, c.tok)
		}
		kept = append(kept, c)
	}
	return kept
}

// rangeBoundRepeats drops from one sentence's figures an exact figure that repeats the
// lower bound of a range the sentence also gives ("estimates range from $7.6 trillion to
// $32 trillion": "at least $7.6 trillion" and "up to $32 trillion" are the range; a third,
// exact "$7.6 trillion" would say the estimate is that). It keeps the order.
func rangeBoundRepeats(figs []figureCand) []figureCand {
	kept := figs[:0]
	for i, c := range figs {
		if c.f.Qualifier == kg.Exact && lowerBoundOf(figs, i) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// lowerBoundOf reports whether figure i of figs is the first bound of another figure's
// range: an "at least" figure of the same measure and value whose words open with i's
// and go on to "to" another amount.
func lowerBoundOf(figs []figureCand, i int) bool {
	f := &figs[i].f
	for j := range figs {
		g := &figs[j].f
		if j != i && g.Qualifier == kg.AtLeast && g.Value == f.Value && g.Measure == f.Measure && len(g.Text) > len(f.Text) && strings.HasPrefix(g.Text, f.Text+" to ") {
			return true
		}
	}
	return false
}

// possessivePlace reports whether the place "in" or "at" names after the figure at tok
// (clausePlace) owns what follows ("killed in Iran's army"): a body's, not where.
func (ff *figureFinder) possessivePlace(si, tok int) bool {
	s := &ff.sents[si]
	for k := tok + 1; k < s.b && k < tok+20; k++ {
		if ff.is(k-1, wIn, wAt) && ff.entityOf(k) >= 0 {
			return ff.is(ff.mentions[ff.entAt[k]].b, wAposS, wRsquoS)
		}
	}
	return false
}

// forecastPlace returns the place that is the subject of a measurement's verb just
// before the figure's number at tok, its hedge aside ("Lusk may see 8 inches", "Ashby
// recorded up to 3 inches"), or "": the shape in which a report gives the same amount
// to several places.
func (ff *figureFinder) forecastPlace(si, tok int) string {
	s := &ff.sents[si]
	qa := tok
	for qa > s.start && tok-qa < 3 && ff.is(qa-1, wAbout, wNearly, wAlmost, wAround, wLeast, wAt, wUp, wTo, wOver, wSome) {
		qa--
	}
	k := qa - 1
	for k > s.start && qa-k <= 3 && ff.is(k, wMay, wCould, wShould, wWill, wWould, wMight, wSee, wSaw, wGet, wGot, wReceive, wReceived, wRecord, wRecorded, wHad, wHas, wReported, wMeasured) {
		k--
	}
	if k == qa-1 || k < s.start {
		return ""
	}
	if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Place && !ff.mentions[ff.entAt[k]].demonym {
		return ff.entName(e)
	}
	return ""
}

// repeatKey is what fold compares: the figure as read (its sentence aside) and the
// words around it that the later stages read.
type repeatKey struct {
	f                 kg.Figure
	class             string
	named, cumulative bool
	place, opening    string
}

// sentenceFigures appends the figures of sentence si to figs.
func (ff *figureFinder) sentenceFigures(si int, figs []figureCand) []figureCand {
	s := &ff.sents[si]
	start := len(figs)
	for i := s.start; i < s.b; i++ {
		r := ff.figureAt(si, i, figs[start:])
		if len(r.figs) == 0 {
			continue
		}
		figs = append(figs, r.figs...)
		if r.next > i+1 {
			i = r.next - 1
		}
	}
	return figs
}

// distinctFigures keeps one figure per measure and value: a later report of the same
// number adds its source, and a hedge to an exact headline figure. A headline figure
// counts only when the body does not state it. An increment is not the count of its own
// sentence that it adds to, whatever their values. An amount of money is one figure
// whatever its sentences call it ("the $1.5 billion jackpot", "the $1.5 billion
// prize"), the first name kept; an amount a sentence does not name takes the name
// another gives it, and one no sentence names is dropped. Two stakes of one value stay
// two when each is in a different organization the article names (orgs): subjects
// are too unreliable to split any other pair. A body figure counted in another place of
// the kept one's level ("six in Ohio, six in Iowa") stays a figure of its own
// (restatedElsewhere); so does one that counts another group (otherGroup), and one
// that another named source gives (otherSource: "the Red Crescent said" and "the
// hospital said"). A banknote's face value is no figure (denomination).
func distinctFigures(figs []figureCand, headline int, orgs map[string]bool, regionName func(string) bool) []kg.Figure {
	named := map[string]string{}
	for pass := 0; pass < 2; pass++ { // the body's names first, then the headline's
		for _, c := range figs {
			k := c.f.Unit + "|" + formatFloat(c.f.Value)
			// A range's end in percent ("cut jobs by 5 to 10 percent") names no lone amount elsewhere:
			// "10 percent" in another sentence is not that range's top.
			if c.f.Unit != "" && !bareMeasure(c.f.Measure) && !(rangeEnd(c.f) && !currency(c.f.Unit)) && named[k] == "" && (c.f.Sentence == headline) == (pass == 1) {
				named[k] = c.f.Measure
			}
		}
	}
	seen := map[string]int{}
	out := make([]kg.Figure, 0, len(figs))
	at := make([]string, 0, len(figs))  // each kept figure's place (figureCand.at)
	tweet := make([]bool, 0, len(figs)) // whether each kept figure stands in an embedded tweet
	for _, c := range figs {
		if m := named[c.f.Unit+"|"+formatFloat(c.f.Value)]; m != "" && bareMeasure(c.f.Measure) {
			c.f.Measure, c.class = m, kg.MeasureClass(m)
		}
		if bareMeasure(c.f.Measure) || letterMeasure(c.f.Measure) {
			continue // an amount nothing names: no figure anyone could compare
		}
		if denomination(c.f) {
			continue // "the $20 bill": a kind of banknote, no quantity reported
		}
		key := c.class + "|" + c.f.Unit + "|" + formatFloat(c.f.Value)
		if currency(c.f.Unit) {
			key = "money|" + c.f.Scope.Key() + "|" + c.f.Unit + "|" + formatFloat(c.f.Value)
			if rangeEnd(c.f) {
				key += "|" + string(c.f.Qualifier) // an end of a range ("$1 billion to $1.2 billion") is not the exact "$1 billion"
			}
		}
		if j, ok := seen[key]; ok && !currency(c.f.Unit) && statedRange(c.f) && statedRange(out[j]) && out[j].Qualifier != c.f.Qualifier {
			key += "|" + string(c.f.Qualifier) // "8 to 12 inches", then "12 to 18 inches": the one's top is not the other's floor
		}
		if j, ok := seen[key]; ok && c.f.Scope.Kind == kg.Increment && out[j].Scope.Kind != kg.Increment && out[j].Sentence == c.f.Sentence {
			key += "|increment" // "14 killed at the airport and another 14 at the station": two counts
		}
		if j, ok := seen[key]; ok && c.class == "stake" && c.f.Subject != out[j].Subject && orgs[c.f.Subject] && orgs[out[j].Subject] {
			key += "|" + c.f.Subject // "20 percent of Firm A" and "a 20 percent stake in Firm B": two holdings
		}
		if j, ok := seen[key]; ok && c.class == "members" && c.f.Measure != out[j].Measure && c.f.Measure != "members" && out[j].Measure != "members" {
			key += "|" + c.f.Measure // "a six-person jury" and "a six-member partnership": two bodies (bodySize)
		}
		if j, ok := seen[key]; ok && otherGroup(c.f, out[j]) {
			key += "|" + c.f.Scope.Key() // "two officers were killed" and "the killings of two black men": two tolls
		}
		if j, ok := seen[key]; ok && currency(c.f.Unit) && sameSentenceOther(c.f, out[j]) {
			key += "|" + c.f.Measure // "a $3.5 billion three-year loan and a $3.5 billion five-year loan": two sums
		}
		if j, ok := seen[key]; ok && restatedElsewhere(c, at[j], regionName) {
			key += "|at " + c.at // "8 inches in Lusk … 8 to 12 inches in Ashby": two forecasts
		}
		if j, ok := seen[key]; ok && otherSource(c.f.Source, out[j].Source) && !c.tweet && !tweet[j] {
			key += "|from " + strings.ToLower(c.f.Source) // "12 dead, police said" and "12 dead, the hospital said": two attributions
		}
		if j, ok := seen[key]; ok {
			if out[j].Source == "" && c.f.Source != "" && (!c.tweet || tweet[j]) {
				out[j].Source = c.f.Source // not a tweet writer's for the body's figure: a tweet that repeats a number is no source of it
			}
			if out[j].Qualifier == kg.Exact && c.f.Qualifier != kg.Exact && out[j].Sentence == headline {
				out[j].Qualifier = c.f.Qualifier
			}
			continue
		}
		if c.f.Sentence == headline && headline >= 0 && statedInBody(figs, c, headline) {
			continue
		}
		seen[key] = len(out)
		out = append(out, c.f)
		at = append(at, c.at)
		tweet = append(tweet, c.tweet)
	}
	return out
}

// letterMeasure reports whether measure m is a letter or an abbreviation that counts
// nothing: a unit symbol ("16,000 m/s", "288 K", "6 x 10", "23.6 N/kg"), the end of a
// clock time ("9 p.m", "10 o'clock"), an era ("500 B.C."), letters themselves ("two
// R's"), or a street address's compass point ("222 N. Kennedy Drive"). "U.S. troops",
// "F-35 jets" and "X Prize" are measures.
func letterMeasure(m string) bool {
	f := strings.Fields(m)
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "o’clock", "o'clock", "b.c.", "a.d.", "b.c", "a.d":
		return true
	}
	w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f[0], "’s"), "'s"), ".")
	if utf8.RuneCountInString(w) != 1 {
		return false
	}
	if len(f) == 1 {
		return true
	}
	return strings.HasSuffix(f[0], ".") && strings.Contains("nsew", w) // "N. Kennedy Drive"
}

// restatedElsewhere reports whether body figure c, of the measure and value of a kept
// figure whose place is keptAt, is another place's and so a figure of its own: each
// names where it is counted (figureCand.at: "six in Ohio", "In Lusk, …", "Lusk may see
// …"), different places of one level, and c is no amount of money (one amount whatever
// its sentences call it). The nearest place of a sentence is no such sign ("killed 37
// … off Turkey's coast" restates "37 drowned"), nor a town against its state or country
// ("arrived in San Diego", then "in California"): those restatements still fold.
func restatedElsewhere(c figureCand, keptAt string, regionName func(string) bool) bool {
	if c.at == "" || keptAt == "" || c.at == keptAt || currency(c.f.Unit) {
		return false
	}
	return placeLevel(c.at, regionName) == placeLevel(keptAt, regionName) // not "in San Diego" after "in California"
}

// placeLevel tells a country (2), a state or region (1) and a town or smaller (0) apart:
// two places of one level do not hold each other, where a town may lie in the region
// another sentence names for the same count.
func placeLevel(name string, regionName func(string) bool) int {
	if _, ok := countryNames[name]; ok {
		return 2
	}
	if usStates[name] || regionName(name) {
		return 1
	}
	return 0
}

// rangeEnd reports whether f is one end of a range its words state whole ("$1.05
// billion to $1.09 billion", "between $2 and $3"; withLowerEnd).
func rangeEnd(f kg.Figure) bool {
	if f.Qualifier != kg.AtLeast && f.Qualifier != kg.UpTo {
		return false
	}
	return strings.Contains(f.Text, " to ") || strings.HasPrefix(f.Text, "between ") || strings.Count(f.Text, "$") > 1
}

// statedRange reports whether f is one end of a range its words give both ends of: not
// "up to 50 mph", whose words hold " to " too.
func statedRange(f kg.Figure) bool {
	return rangeEnd(f) && !strings.HasPrefix(strings.ToLower(f.Text), "up to ")
}

// statedInBody reports whether a headline figure's number is one the body gives too.
func statedInBody(figs []figureCand, c figureCand, headline int) bool {
	for _, o := range figs {
		if o.f.Sentence != headline && o.f.Value == c.f.Value && (o.class == c.class || c.f.Unit != "" && o.f.Unit == c.f.Unit) {
			return true
		}
		if o.f.Sentence != headline && currency(c.f.Unit) && o.f.Unit == c.f.Unit && math.Abs(o.f.Value-c.f.Value) <= 0.005*o.f.Value {
			return true // "$436 million" for the body's "$435.67 million"
		}
	}
	return false
}

// currency reports whether a unit is a currency's code ("USD", "TWD").
func currency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if unit[i] < 'A' || unit[i] > 'Z' {
			return false
		}
	}
	return true
}

// tollPart reports whether the words at k ("of the wounded", "of those", "of the dead")
// take a part of a toll rather than of some people ("of its citizens").
func tollPart(d *doc, k int) bool {
	if !d.is(k, wOf) {
		return false
	}
	if d.is(k+1, wThose, wThem, wThese, wWhom) {
		return true
	}
	w := k + 2
	if d.numberStarts(w) {
		w++ // "five of the 14 wounded"
	}
	_, ok := predMeasure[d.low(w)]
	if d.is(w, wPeople, wPersons) {
		m, _ := wholePredicate(d, w+1, len(d.toks))
		return m != "" // "two of the 14 people killed in the attack"
	}
	return ok || d.is(w, wVictims, wCasualties) || d.isPersonNoun(w) && !d.in(w, perpetratorNouns)
}

// wholePredicate reads what happened to the whole of a partitive from the words right
// after its noun, at k: a participle ("the 14 people killed in the attack") or a relative
// clause ("the 26 people who were wounded"). It returns the measure and the first token
// after the participle, or "" and k.
func wholePredicate(d *doc, k, end int) (string, int) {
	j := k
	if d.is(j, wWho, wThat) {
		j++
		if d.is(j, wWere, wWas, wHad, wHave) {
			j++
		}
		if d.is(j, wBeen) {
			j++
		}
		if j == k+1 {
			return "", k // "who died" is a verb of its own, read by the part's predicate
		}
	}
	if j >= end || d.toks[j].kind != tWord {
		return "", k
	}
	m, ok := predMeasure[d.low(j)]
	if !ok || !strings.HasSuffix(d.low(j), "ed") && d.low(j) != "slain" && d.low(j) != "hurt" {
		return "", k
	}
	return m, j + 1
}

// partOf reads what a sentence says of a part of a toll after token b: "were in serious
// condition" → "in serious condition", "were foreigners", "were from the apartment
// building" (an aside ", including a 10-day-old girl," skipped); or "".
func partOf(d *doc, b, end int) string {
	k := b
	if d.is(k, wThose, wThem, wThese) {
		k++
	}
	if _, after := wholePredicate(d, k, end); after > k {
		// "two of the 14 people killed in the attack were police officers": past the
		// whole's own participle and its phrase to the part's verb
		for j := after; j < end && j < after+8 && d.toks[j].kind == tWord; j++ {
			if d.is(j, wWere, wAre, wWas, wIs) {
				k = j
				break
			}
		}
	}
	if d.punct(k, ',') && d.is(k+1, wIncluding) {
		for k++; k < end && !d.punct(k, ','); k++ {
		}
		k++
	}
	if !d.is(k, wWere, wAre, wWas, wIs) {
		return ""
	}
	k++
	st := k
	for k < end && k-st < 5 && d.toks[k].kind == tWord && !d.is(k, wAnd, wBut, wWhile, wWhen, wWho, wWhich) {
		k++
	}
	if k == st {
		return ""
	}
	return strings.ToLower(d.span(st, k))
}

func inherit(before []figureCand) string {
	if len(before) == 0 {
		return ""
	}
	return before[len(before)-1].f.Measure
}

// number is a number read at token i of sentence si, with its hedge: what every
// recogniser of a figure starts from.
type number struct {
	si, i  int // the sentence, and the number's first token (a currency sign or the number)
	tok    int // the number's own token
	next   int // the token after the number and its scale words
	v      float64
	unit   string // the currency the number carries ("USD" for "$", "EUR" for "3 billion euros"), or ""
	word   bool   // the number is a word ("five")
	approx bool   // the number is approximate by its words ("a dozen")
	qual   kg.Qualifier
	qa     int // the first token of the figure's words: its hedge, or i
	// lo is the lower end of the range the number ends ("3,000 to 4,000"), when ranged
	lo     float64
	ranged bool
}

// reading is what a recogniser read: its figures (none when the number is not a figure)
// and the token after their words.
type reading struct {
	figs []figureCand
	next int
}

// figureAt reads a figure whose number starts at token i of sentence si: a magnitude,
// a depth, a temperature, a prison term, a percentage, an amount of money, or a count
// of people or things; or, without a number, an ordinal ("the fourth bombing this
// year"). before are the figures read earlier in the sentence. Each recogniser tries
// the phrase it knows, in this order; the first that knows it decides.
func (ff *figureFinder) figureAt(si, i int, before []figureCand) reading {
	t := &ff.toks[i]
	if t.kind != tNum && t.kind != tWord && t.kind != tPunct {
		return reading{}
	}
	if r := ff.visibilityAt(si, i); len(r.figs) > 0 {
		return r // "visibility down to a quarter mile" (weatherwords.go)
	}
	if t.kind == tNum && (ff.slashedAfterNumber(i) || ff.numberedMedium(si, i)) {
		return reading{} // "24/7", "the 9/11 attacks", "the 2014/15 season": a label's second half, no count
	}
	// Each recogniser below is called only for a token it may read: the test before it
	// is the first one the recogniser makes itself, which returns nothing when it fails
	// (a word token's class bits answer doc.mayBe for its own lower-case form). speed69.
	word := t.kind == tWord
	hyphened := word && strings.IndexByte(ff.low(i), '-') > 0
	if word && (t.cls&wcFraction != 0 || hyphened || ff.is(i, wHalf)) || t.kind == tNum && ff.punct(i+1, '/') && !ff.toks[i+1].has(fSpace) {
		if r := ff.fractionShare(si, i, before); len(r.figs) > 0 {
			return r // "two-thirds of voters": 66.7 percent (fractions.go)
		}
	}
	n, ok := ff.readNumber(si, i)
	if !ok {
		if !word {
			return reading{}
		}
		if t.cls&wcPerpetrator != 0 || ff.is(i, wHe, wShe) {
			if r := ff.loneAttacker(si, i); len(r.figs) > 0 {
				return r
			}
		}
		if hyphened {
			if r := ff.wordPenalty(si, i); len(r.figs) > 0 {
				return r // "a two-year suspension"
			}
		}
		if ff.is(i, wA, wAn) {
			if r := ff.loneVictim(si, i); len(r.figs) > 0 {
				return r // "killed a man" (lonevictims.go)
			}
			if r := ff.lonePassive(si, i); len(r.figs) > 0 {
				return r // "a man was killed" (lonepassives.go)
			}
		}
		if hyphened {
			if r := ff.wordCompound(si, i); len(r.figs) > 0 {
				return r // "a five-member panel"
			}
		}
		if ff.is(i, wHalf) {
			if r := ff.halfShare(si, i); len(r.figs) > 0 {
				return r // "half the territory it had seized": 50 percent
			}
		}
		if t.cls&wcOrdinal == 0 {
			return reading{}
		}
		return ff.ordinalFigure(si, i) // "the fourth suicide bombing … this year"
	}
	// "one" is a count only before a noun with a tracked predicate, not in "one of"
	if n.word && ff.low(n.tok) == "one" && ff.is(n.next, wOf) {
		return reading{}
	}
	if ff.notAFigure(si, i, n.tok, n.next, n.v, n.unit, n.word) {
		return reading{}
	}
	ff.hedge(&n)
	odds := ff.is(n.qa-1, wIn) && (ff.tok(n.qa-2) == "1" || ff.is(n.qa-2, wOne)) && n.unit == ""
	if ff.ratioTerm(&n) && !(odds && (ff.toks[n.next].kind != tWord || ff.toks[n.next].feat&lxFunc != 0 || ff.is(n.next, wChance, wOdds))) {
		return reading{} // "nine of every 10 black voters", "one in five customers": a share, no count
	}
	if odds {
		// "odds of 1 in 292.2 million"
		return ff.one(&n, n.next, "", "odds", n.qual)
	}
	return ff.withLowerEnd(&n, ff.recognise(&n, before))
}

// recognise runs the recognisers of figures on number n, in order; the first that
// knows the phrase decides.
func (ff *figureFinder) recognise(n *number, before []figureCand) reading {
	if r, known := ff.magnitude(n); known {
		return r
	}
	if r, known := ff.compoundFigure(n); known {
		return r
	}
	if r, known := ff.unitAfter(n, before); known {
		return r
	}
	if r, known := ff.money(n, before); known {
		return r
	}
	if r, known := ff.pointsMargin(n); known {
		return r // "lost Ohio by 11 points" (commodities.go)
	}
	if r, known := ff.pointsMove(n); known {
		return r // "the Dow fell 99.64 points" (marketmoves.go)
	}
	if r, known := ff.marketLevel(n); known {
		return r // "the Nikkei held steady at 16,245.5" (marketlevels.go)
	}
	return ff.count(n, before)
}

// withLowerEnd keeps both ends of a range: "3,000 to 4,000 people" is up to 4,000 and
// at least 3,000, two figures of one measure whose words are the whole range.
func (ff *figureFinder) withLowerEnd(n *number, r reading) reading {
	if !n.ranged || len(r.figs) == 0 || r.figs[0].f.Qualifier != kg.UpTo || r.figs[0].f.Value != n.v {
		return r
	}
	up := &r.figs[0]
	if from := int(ff.toks[n.qa].s); from < int(ff.toks[n.i].s) && strings.HasPrefix(ff.text[ff.toks[n.i].s:], up.f.Text) {
		up.f.Text = ff.text[from : int(ff.toks[n.i].s)+len(up.f.Text)]
	}
	lo := *up
	lo.f.Value, lo.f.Qualifier, lo.tok = n.lo, kg.AtLeast, n.qa
	r.figs = append(r.figs[:1:1], append([]figureCand{lo}, r.figs[1:]...)...)
	return r
}

// readNumber reads the number that starts at token i of sentence si, a currency sign
// first where there is one; ok is false when no number starts there.
func (ff *figureFinder) readNumber(si, i int) (n number, ok bool) {
	v, next, unit, approx, ok := ff.numberAt(i, ff.sents[si].b)
	if !ok {
		return n, false
	}
	n = number{si: si, i: i, tok: i, next: next, v: v, unit: unit, qa: i}
	if ff.punct(i, '$') || ff.toks[i].kind == tPunct {
		n.tok = i + 1
		if ff.punct(i, '$') && i > 0 && !ff.toks[i].has(fSpace) && ff.toks[i-1].kind == tWord && len(ff.tok(i-1)) <= 3 && ff.toks[i-1].has(fCap) {
			n.i, n.qa = i-1, i-1 // "US$1.55 million", "NT$341.2 billion"
		}
	}
	n.word = ff.toks[n.tok].kind == tWord
	n.approx = approx
	return n, true
}

// hedge reads the qualifier of number n: "at least", "about" before it ("a dozen" is
// about a dozen); the upper end
// of a range ("six or seven bodies", "30 to 40 percent", "20,000-30,000 people") is "up
// to", from the range's first token; "or more", "-plus", "or so" after it win.
func (ff *figureFinder) hedge(n *number) {
	start := ff.sents[n.si].start
	n.qual, n.qa = qualifierBefore(ff.doc, n.i, start)
	if n.approx && n.qual == kg.Exact {
		n.qual = kg.About // "a dozen", "half a dozen"
	}
	if n.qual == kg.Exact && rangeUpper(ff.doc, n.i, start) {
		n.qual = kg.UpTo
		n.qa = rangeStart(ff.doc, n.i, start)
		ff.lowerEnd(n)
		if _, own := unitLowerEnd(ff.doc, n.i, start); own {
			if q, h := qualifierBefore(ff.doc, n.qa, start); q == kg.About && !ff.is(n.qa, wBetween) {
				n.qa = h // "around 4.2 percent to 4.3 percent": the range's words open at its hedge
			}
		}
	}
	if q := qualifierAfter(ff.doc, n.next); q != kg.Exact {
		n.qual = q
	}
}

// lowerEnd reads the lower end of the range number n ends, from n.qa: "$3.60-$3.65
// billion" is 3.6 billion ("$3.60" takes the upper end's scale), "between 5 and 10" 5.
func (ff *figureFinder) lowerEnd(n *number) {
	k := n.qa
	if ff.is(k, wBetween) {
		k++
	}
	if ff.punct(n.qa-1, '$') && !ff.toks[n.qa].has(fSpace) {
		n.qa--
	}
	lv, _, _, _, ok := ff.numberAt(k, n.i)
	if !ok || lv <= 0 {
		return
	}
	if raw, _, _, _, ok := ff.numberAt(n.tok, n.tok+1); ok && raw > 0 && n.v/raw > 1.5 && lv*(n.v/raw) <= n.v {
		// "3 to 4 million"; to the cent, as numberAt scales: "between 2.1 and 2.3 million"
		// is 2,100,000, where float arithmetic gives 2,100,000.0000000005
		lv = math.Round(lv*(n.v/raw)*100) / 100
	}
	n.lo, n.ranged = lv, true
}

// one builds the figure of number n: its words end before token next, it measures
// measure in unit (none for a count), hedged by q. Its event and date are those of its
// clause (eventOf), its place the event's or the nearest the sentence names.
func (ff *figureFinder) one(n *number, next int, unit, measure string, q kg.Qualifier) reading {
	si, i := n.si, n.i
	s := &ff.sents[si]
	qa := i
	if q != kg.Exact {
		_, qa = qualifierBefore(ff.doc, i, s.start)
	}
	end := min(max(next, i+1), s.b)
	f := kg.Figure{Measure: measure, Value: n.v, Unit: unit, Qualifier: q, Event: -1, Sentence: si, Text: ff.span(qa, end)}
	f.Event, f.Date = ff.eventOf(si, n.tok, measure)
	if f.Event >= 0 && !ff.events[f.Event].Main {
		f.Place = ff.events[f.Event].Place
	} else {
		f.Place = ff.placeNear(si, n.tok)
	}
	if f.Place == "" && f.Event >= 0 {
		f.Place = ff.events[f.Event].Place
	}
	if placeKinds[measure] && (f.Event < 0 || ff.events[f.Event].Main) {
		f.Place = ff.placesCountedIn(si, next) // "played in 44 states, Washington, D.C. and …": no member of the list is where
	}
	if p, ok := ff.latterPlace(si, n.tok); ok && (f.Event < 0 || ff.events[f.Event].Place != p) {
		// "in Suruc and in the capital Ankara, the latter killing more than 100": Ankara's
		// count, not the event the sentence names first (latter.go)
		f.Event, f.Place = -1, p
		for ei := range ff.events {
			if p != "" && ff.events[ei].Place == p && ff.events[ei].Date == f.Date {
				f.Event = ei
				break
			}
		}
	}
	if f.Date == "" && f.Event >= 0 {
		f.Date = ff.events[f.Event].Date
	}
	return reading{figs: []figureCand{{f: f, tok: n.tok, class: kg.MeasureClass(measure), subj: -1, actor: -1}}, next: end}
}

// ordinalFigure reads "the fourth suicide bombing in Turkey this year" as 4 bombings.
func (ff *figureFinder) ordinalFigure(si, i int) reading {
	s := &ff.sents[si]
	if ff.toks[i].kind != tWord {
		return reading{}
	}
	w := ff.low(i)
	if !ff.mayBe(i, w, wcOrdinal) {
		return reading{}
	}
	v, ok := ordinalWords[w]
	if !ok || !ff.is(i-1, wThe) {
		return reading{}
	}
	// an event noun within two words, and "this year" in the sentence
	for k := i + 1; k < s.b && k <= i+3; k++ {
		if eventNoun(ff.low(k)) == "" {
			continue
		}
		this := false
		for j := s.start; j+1 < s.b; j++ {
			if ff.is(j, wThis) && ff.is(j+1, wYear, wMonth, wWeek) {
				this = true
			}
		}
		if !this {
			return reading{}
		}
		measure := ff.span(i+1, k+1)
		if !strings.HasSuffix(measure, "s") {
			measure += "s"
		}
		return ff.one(&number{si: si, i: i, tok: i, v: v}, k+1, "", strings.ToLower(measure), kg.Exact)
	}
	return reading{}
}

// sameSentenceOther reports whether two sums of one value stand in one sentence under
// measures of no one family: one sentence names one sum once, so "a $3.5 billion
// three-year term loan, a $3.5 billion five-year term loan" gives two sums.
func sameSentenceOther(f, g kg.Figure) bool {
	if f.Sentence != g.Sentence || f.Measure == g.Measure {
		return false
	}
	ff, gf := kg.MeasureFamily(f.Measure), kg.MeasureFamily(g.Measure)
	return ff == "" || ff != gf
}

// collectiveSources are the last words of a source that names a body of people and
// not which of them spoke ("officials", "authorities and local media").
var collectiveSources = wordSet("collective-sources")

// otherSource reports whether two figures' sources are two attributions: both proper
// names, neither holding the other's words ("Reuters" and "Reuters Television" are
// one), and neither a collective ("Syrian officials"). A described source ("the aid
// group", "the firm's chief executive", "officials said" in a lead) is as often the
// body or person another sentence names as another source.
func otherSource(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if !properSource(a) || !properSource(b) {
		return false
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	return !strings.Contains(a, b) && !strings.Contains(b, a)
}

// properSource reports whether source s is a proper name: capitalized, and not ending in
// a collective word.
func properSource(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !lowerKeyIn(collectiveSources, lastWord(s))
}

// denominations are the measures of an amount that is a banknote's or a coin's face
// value ("Tubman will grace the $20 bill", "the $5 and $10 notes").
var denominations = map[string]bool{"bill": true, "bills": true, "note": true, "notes": true,
	"banknote": true, "banknotes": true, "coin": true, "coins": true}

// denomination reports whether figure f is a face value: money whose measure is only a
// banknote or coin, and at most 10,000 (a legislative bill's sum is larger: "a $1.1
// trillion bill").
func denomination(f kg.Figure) bool {
	return currency(f.Unit) && denominations[f.Measure] && f.Value <= 10000
}

// slashedAfterNumber reports whether number token i is glued by a slash to a number
// before it ("24/7", "9/11", "50/50", "2014/15"): the second half of a label, a date or
// a fraction, never a count of what follows it.
func (ff *figureFinder) slashedAfterNumber(i int) bool {
	return i >= 2 && ff.punct(i-1, '/') && ff.toks[i-2].kind == tNum &&
		ff.toks[i-1].s == ff.toks[i-2].e && ff.toks[i].s == ff.toks[i-1].e
}

// numberedMedium reports whether number token i opens the name of a medium someone
// talks to or that reports: right after "told" before a capitalised word or a word that
// ends the sentence ("told 702 Talk Radio", "told 24 heures."), or one word before a
// verb of speech at the start of a clause ("…, 24 heures reported"). No count is read
// from such a name.
func (ff *figureFinder) numberedMedium(si, i int) bool {
	s := &ff.sents[si]
	if i+1 >= s.b || ff.toks[i+1].kind != tWord || ff.is(i+1, wPercent) {
		return false
	}
	if ff.is(i-1, wTold, wTells, wTelling) {
		return ff.toks[i+1].has(fCap) || i+3 >= s.b // the word and the sentence's closing mark
	}
	opens := i == s.start || ff.punct(i-1, ',') || ff.punct(i-1, ';')
	return opens && !ff.toks[i+1].has(fCap) && ff.is(i+2, wReported, wSaid, wSays, wReports) && ff.toks[i+1].feat&lxPersonNoun == 0
}

// placeKinds are the measures of counts of places ("44 states", "30 countries"): the
// places a sentence lists beside such a count ("including Brazil and Colombia", ":
// Austin, Texas; Denver; …") are among those counted, not where the count is.
// Counties, districts and villages are named as parts of a place the sentence names
// ("Texas Governor Greg Abbott declared a state of disaster in 31 counties"), which stays
// their place.
var placeKinds = map[string]bool{"states": true, "countries": true, "cities": true, "nations": true}

// placesCountedIn returns where the places a count counts lie, from the words right after
// its noun at next: "in", "across" or "throughout" and a place ("20 cities in China",
// "44 states across the U.S."); else "".
func (ff *figureFinder) placesCountedIn(si, next int) string {
	s := &ff.sents[si]
	for k := next; k < s.b && k < next+4; k++ {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.punct(k, ':') || ff.toks[k].kind == tNum {
			return ""
		}
		if ff.is(k, wIn, wAcross, wThroughout) {
			j := k + 1 + skipDeterminer(ff.doc, k+1)
			for o := j; ff.entityOf(j) < 0 && o < s.b && o < j+4; o++ {
				if ff.is(o, wOf) {
					j = o + 1 // "two cities in the southern state of Chiapas"
					break
				}
			}
			if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Place && !ff.mentions[ff.entAt[j]].demonym {
				return ff.entName(e)
			}
			return ""
		}
	}
	return ""
}
