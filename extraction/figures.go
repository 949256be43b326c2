package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// figureCand is a figure read, before the stage keeps one figure per measure and value.
type figureCand struct {
	f     kg.Figure
	tok   int
	class string
	qa    int // first token of the figure's words (its hedge)
}

// figureFinder is the figures stage at work: what it reads (the text, its entities and
// quotes), the events it reads and adds to, and the dates of clauses it has looked up.
type figureFinder struct {
	*reader
	*eventSet
	dates     map[int32]string // clause → its date, for sentence datesSent-1 (clauseDate)
	datesSent int
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
	lastSource, lastPara := "", -1
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
		if len(figs) == start {
			continue
		}
		src := ff.attribute(si, figs[start:], lastSource, lastPara == para)
		if src != "" {
			lastSource, lastPara = src, para
		} else if lastPara != para {
			lastSource, lastPara = "", para
		}
	}
	return distinctFigures(figs, ff.headline)
}

// sentenceFigures appends the figures of sentence si to figs.
func (ff *figureFinder) sentenceFigures(si int, figs []figureCand) []figureCand {
	s := &ff.sents[si]
	start := len(figs)
	for i := s.start; i < s.b; i++ {
		c, next, ok := ff.figureAt(si, i, figs[start:])
		if !ok {
			continue
		}
		figs = append(figs, c...)
		if next > i+1 {
			i = next - 1
		}
	}
	return figs
}

// distinctFigures keeps one figure per measure and value: a later report of the same
// number adds its source, and a hedge to an exact headline figure. A headline figure
// counts only when the body does not state it.
func distinctFigures(figs []figureCand, headline int) []kg.Figure {
	seen := map[string]int{}
	out := make([]kg.Figure, 0, len(figs))
	for _, c := range figs {
		key := c.class + "|" + c.f.Unit + "|" + formatFloat(c.f.Value)
		if j, ok := seen[key]; ok {
			if out[j].Source == "" && c.f.Source != "" {
				out[j].Source = c.f.Source
			}
			if out[j].Qualifier == kg.Exact && c.f.Qualifier != kg.Exact && out[j].Sentence == headline {
				out[j].Qualifier = c.f.Qualifier
			}
			continue
		}
		if c.f.Sentence == headline && headline >= 0 {
			dup := false
			for _, o := range figs {
				if o.f.Sentence != headline && o.f.Value == c.f.Value && o.class == c.class {
					dup = true
				}
			}
			if dup {
				continue
			}
		}
		seen[key] = len(out)
		out = append(out, c.f)
	}
	return out
}

// figureAt reads a figure whose number starts at token i of sentence si.
func (ff *figureFinder) figureAt(si, i int, before []figureCand) ([]figureCand, int, bool) {
	s := &ff.sents[si]
	t := &ff.toks[i]
	if t.kind != tNum && t.kind != tWord && t.kind != tPunct {
		return nil, 0, false
	}
	v, next, unit, approx, ok := ff.numberAt(i, s.b)
	if !ok {
		// "the fourth suicide bombing … this year"
		return ff.ordinalFigure(si, i)
	}
	numTok := i
	if ff.punct(i, '$') || ff.toks[i].kind == tPunct {
		numTok = i + 1
	}
	isWord := ff.toks[numTok].kind == tWord
	w := ff.low(numTok)
	if isWord && w == "one" {
		// "one" is a count only before a noun with a tracked predicate
		if ff.is(next, "of") {
			return nil, 0, false
		}
	}
	if ff.notAFigure(si, i, numTok, next, v, unit, isWord) {
		return nil, 0, false
	}
	qual, qa := qualifierBefore(ff.doc, i, s.start)
	if approx && qual == kg.Exact {
		qual = kg.About
	}
	// the upper end of a range: "six or seven bodies", "30 to 40 percent", "20,000-30,000 people"
	if qual == kg.Exact && rangeUpper(ff.doc, i, s.start) {
		qual = kg.UpTo
		qa = rangeStart(ff.doc, i, s.start)
	}
	if q := qualifierAfter(ff.doc, next); q != kg.Exact {
		qual = q
	}
	// magnitude
	if ff.is(i-1, "measured", "measuring") && unit == "" {
		if e := ff.nearestEventNoun(si, numTok); e >= 0 && (aftershock(ff.low(e)) || eventNoun(ff.low(e)) == "earthquake") && e < i {
			return ff.one(si, i, numTok, next, v, "", ff.magnitudeOf(si, numTok), qual)
		}
	}
	// "magnitude 6.4", "6.4 magnitude", "6.4-magnitude", "a magnitude of 6.4", "put the
	// magnitude at 6.2"
	ofMagnitude := ff.is(i-1, "of", "at") && ff.is(i-2, "magnitude")
	if ff.is(i-1, "magnitude") || ofMagnitude || ff.is(next, "magnitude") || ff.is(qa-1, "magnitude") || ff.punct(next, '-') && ff.is(next+1, "magnitude") {
		end := next
		if ff.is(end, "magnitude") {
			end++
		} else if ff.punct(end, '-') {
			end += 2
		}
		if q := qualifierAfter(ff.doc, end); q != kg.Exact {
			qual = q
		}
		return ff.one(si, i, numTok, end, v, "", ff.magnitudeOf(si, numTok), qual)
	}
	// units after the number
	if next < s.b {
		nw := ff.low(next)
		nf := ff.toks[next].feat
		if nf&lxDistUnit != 0 || nw == "ft" || nw == "ft." {
			if conversion(ff.doc, i) {
				return nil, 0, false // "23 km (14 miles)": the same distance again
			}
			unitName := "km"
			if strings.HasPrefix(nw, "mile") {
				unitName = "miles"
			}
			if ff.near(i, s.start, 5, "depth") || ff.is(next+1, "deep", "underground") {
				return ff.one(si, i, numTok, next+1, v, unitName, "depth", qual)
			}
			return nil, 0, false
		}
		if nw == "degrees" || nw == "degree" || nw == "celsius" || nw == "fahrenheit" || nw == "°c" || nw == "°f" {
			if conversion(ff.doc, i) {
				return nil, 0, false
			}
			scale := nw
			if nw == "degrees" || nw == "degree" {
				scale = ff.low(next + 1)
			}
			switch scale {
			case "celsius", "c", "°c", "centigrade":
				return ff.one(si, i, numTok, next+2, v, "celsius", "temperature", qual)
			case "fahrenheit", "f", "°f":
				return ff.one(si, i, numTok, next+2, v, "fahrenheit", "temperature", qual)
			}
			return nil, 0, false // "a 30 degrees angle", "30 degrees of latitude"
		}
		if nf&lxTimeUnit != 0 {
			if strings.HasPrefix(nw, "year") && (ff.near(i, s.start, 4, "sentenced") || ff.near(i, s.start, 4, "sentence") || ff.is(next+1, "in") && ff.is(next+2, "jail", "prison")) {
				return ff.one(si, i, numTok, next+1, v, "years", "sentence", qual)
			}
			return nil, 0, false
		}
		if nw == "percent" || nw == "%" || nw == "per" && ff.is(next+1, "cent") {
			k := next + 1
			if nw == "per" {
				k++
			}
			measure := "percent"
			if ff.is(k, "of") {
				a, b := nounPhrase(ff.doc, k+1, s.b)
				if b > a {
					measure = ff.span(a, b)
				}
			}
			// "not … more than 1 percent" is at most 1 percent
			if qual == kg.MoreThan && ff.negatedBefore(qa, s.start) {
				qual = kg.UpTo
			}
			return ff.one(si, i, numTok, k, v, "percent", measure, qual)
		}
	}
	if unit == "" && next < s.b {
		if u, ok := currencyWords[ff.low(next)]; ok {
			unit = u
			next++
		}
	}
	if unit != "" {
		return ff.one(si, i, numTok, next, v, unit, moneyMeasure(ff.doc, si, i), qual)
	}
	if qual == kg.MoreThan && ff.negatedBefore(qa, s.start) {
		qual = kg.UpTo
	}
	// what is counted
	class := ""
	a, b := next, next
	if next < s.b {
		if m, ok := predMeasure[ff.low(next)]; ok && !ff.toks[next].has(fCap) || ok && si == ff.headline {
			class = m
			b = next + 1
		}
	}
	// a verb right before the number says what happened to those counted, even when
	// another verb follows: "killed 2,474 people and injured about 11,000"
	direct := ""
	if class == "" {
		direct = directVerb(ff.doc, qa, s.start)
	}
	partitive := false
	if class == "" {
		k := next
		if ff.is(k, "of") && (ff.is(k+1, "the", "those", "them", "whom", "its", "their", "these")) {
			partitive = true
			k += 2
			if ff.is(k-1, "those", "them", "these", "whom") {
				k--
				class = inherit(before)
				a, b = k, k
			}
		}
		if class == "" {
			if ff.is(k, "other") {
				k++
			}
			if partitive && ff.numberStarts(k) && ff.toks[k].kind != tPunct {
				k++ // "four of the five suspects"
			}
			if ff.is(k, "or") && ff.is(k+1, "so", "more") {
				k += 2 // "two dozen or so fully autonomous vehicles"
			}
			if m, ok := predMeasure[ff.low(k)]; ok && k < s.b {
				class = m
				a, b = k, k+1
			} else {
				a, b = nounPhrase(ff.doc, k, s.b)
			}
		}
	}
	if a == b && class == "" && ff.is(next, "others") {
		class = inherit(before)
		b = next + 1
	}
	noun := ""
	if b > a && class == "" {
		noun = ff.span(a, b)
		switch ff.low(b - 1) {
		case "bodies", "corpses", "dead":
			class = "killed" // "six or seven bodies lying on the ground"
		}
	}
	if b > a && class == "" {
		if skipNouns[strings.ToLower(noun)] || notCounted(ff.doc, a, b) {
			return nil, 0, false
		}
		// people who speak are not counted ("Two neighbors said", "Two senior Mexican
		// government sources said")
		if speaksAfter(ff.doc, b, s.b) {
			return nil, 0, false
		}
	}
	if class == "" && direct != "" {
		class = direct
	}
	// a predicate later: "36 people had been wounded", "103 people who live … were buried"
	var extra []figureCand
	state := ""
	if class == "" || partitive {
		if m, ex := predicateAfter(ff.doc, si, b, s.b); m != "" {
			if st, ok := strings.CutPrefix(m, "state:"); ok {
				state = st
			} else {
				if class == "" {
					class = m
				}
				if ex > 0 {
					extra = append(extra, figureCand{tok: ex, class: m})
				}
			}
		}
	}
	// a verb before: "killing at least 26 people", "Homs killed 17", "toll rose to 26"
	if class == "" && state == "" && (noun == "" || ff.isPersonNoun(b-1)) {
		if m := verbBefore(ff.doc, qa, s.start); m != "" {
			class = m
		}
	}
	if class == "" && noun == "" && ff.is(qa-2, "along") && ff.is(qa-1, "with") {
		class = inherit(before)
	}
	if class == "" && noun == "" && state == "" {
		return nil, 0, false
	}
	measure := class
	if measure == "" {
		measure = nounMeasure(ff.doc, si, qa, a, b, noun, state, before)
		if isWord && w == "one" && state == "" {
			return nil, 0, false
		}
	}
	if measure == "" {
		return nil, 0, false
	}
	// "seven of those were in serious condition", "Twelve of the wounded were foreigners":
	// a part of a toll, named by what the sentence says of it, so that it is not read
	// against the whole
	if partitive && class != "" && class == measure && kg.IsToll(class) && tollPart(ff.doc, next) {
		if desc := partOf(ff.doc, b, s.b); desc != "" {
			if m, ok := predMeasure[strings.Fields(desc)[0]]; !ok {
				measure = class + " " + desc
			} else if m != class {
				measure = m
			}
		}
	}
	out, nx, ok := ff.one(si, i, numTok, max(b, next), v, "", measure, qual)
	if ok {
		out[0].qa = qa
		for _, e := range extra {
			c2 := out[0]
			c2.f.Value = 1
			c2.f.Qualifier = kg.Exact
			c2.tok = e.tok
			c2.f.Text = ff.span(e.tok, min(e.tok+4, s.b))
			out = append(out, c2)
		}
	}
	return out, nx, ok
}

// tollPart reports whether the words at k ("of the wounded", "of those", "of the dead")
// take a part of a toll rather than of some people ("of its citizens").
func tollPart(d *doc, k int) bool {
	if !d.is(k, "of") {
		return false
	}
	if d.is(k+1, "those", "them", "these", "whom") {
		return true
	}
	_, ok := predMeasure[d.low(k+2)]
	return ok || d.is(k+2, "victims", "casualties")
}

// partOf reads what a sentence says of a part of a toll after token b: "were in serious
// condition" → "in serious condition", "were foreigners", "were from the apartment
// building" (an aside ", including a 10-day-old girl," skipped); or "".
func partOf(d *doc, b, end int) string {
	k := b
	if d.is(k, "those", "them", "these") {
		k++
	}
	if d.punct(k, ',') && d.is(k+1, "including") {
		for k++; k < end && !d.punct(k, ','); k++ {
		}
		k++
	}
	if !d.is(k, "were", "are", "was", "is") {
		return ""
	}
	k++
	st := k
	for k < end && k-st < 5 && d.toks[k].kind == tWord && !d.is(k, "and", "but", "while", "when", "who", "which") {
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

// one builds a figure.
func (ff *figureFinder) one(si, i, numTok, next int, v float64, unit, measure string, q kg.Qualifier) ([]figureCand, int, bool) {
	s := &ff.sents[si]
	qa := i
	if q != kg.Exact {
		_, qa = qualifierBefore(ff.doc, i, s.start)
	}
	end := min(max(next, i+1), s.b)
	f := kg.Figure{Measure: measure, Value: v, Unit: unit, Qualifier: q, Event: -1, Sentence: si, Text: ff.span(qa, end)}
	f.Event, f.Date = ff.eventOf(si, numTok, measure)
	if f.Event >= 0 && !ff.events[f.Event].Main {
		f.Place = ff.events[f.Event].Place
	} else {
		f.Place = ff.placeNear(si, numTok)
	}
	if f.Place == "" && f.Event >= 0 {
		f.Place = ff.events[f.Event].Place
	}
	if f.Date == "" && f.Event >= 0 {
		f.Date = ff.events[f.Event].Date
	}
	return []figureCand{{f: f, tok: numTok, class: kg.MeasureClass(measure)}}, end, true
}

// ordinalFigure reads "the fourth suicide bombing in Turkey this year" as 4 bombings.
func (ff *figureFinder) ordinalFigure(si, i int) ([]figureCand, int, bool) {
	s := &ff.sents[si]
	if ff.toks[i].kind != tWord {
		return nil, 0, false
	}
	v, ok := ordinalWords[ff.low(i)]
	if !ok || !ff.is(i-1, "the") {
		return nil, 0, false
	}
	// an event noun within two words, and "this year" in the sentence
	for k := i + 1; k < s.b && k <= i+3; k++ {
		w := ff.low(k)
		if ev := eventNoun(w); ev != "" {
			this := false
			for j := s.start; j+1 < s.b; j++ {
				if ff.is(j, "this") && ff.is(j+1, "year", "month", "week") {
					this = true
				}
			}
			if !this {
				return nil, 0, false
			}
			measure := ff.span(i+1, k+1)
			if !strings.HasSuffix(measure, "s") {
				measure += "s"
			}
			c, nx, ok := ff.one(si, i, i, k+1, v, "", strings.ToLower(measure), kg.Exact)
			return c, nx, ok
		}
	}
	return nil, 0, false
}
