package extraction

import (
	"math"
	"strings"

	"github.com/factgraph/kg"
)

// predicates after a count: "36 people were wounded", "36 wounded", "5 missing".
var predMeasure = wordValues("predicate-measures")

// verbs before a count: "killing 26 people", "wounds 36", "toll rose to 26".
var verbMeasure = wordValues("verb-measures")

var skipNouns = wordSet("skip-nouns")

type figureCand struct {
	f     kg.Figure
	tok   int
	class string
	qa    int // first token of the figure's words (its hedge)
}

func (d *doc) findFigures() {
	d.clauses()
	var figs []figureCand
	lastSource, lastPara := "", -1
	para := -1
	for si := range d.sents {
		s := &d.sents[si]
		if d.toks[s.a].has(fPara) {
			para++
		}
		if s.kind != sProse && s.kind != sLinked && si != d.headline {
			continue
		}
		if para != lastPara {
			lastSource = ""
		}
		start := len(figs)
		for i := s.start; i < s.b; i++ {
			c, next, ok := d.figureAt(si, i, figs[start:])
			if !ok {
				continue
			}
			figs = append(figs, c...)
			if next > i+1 {
				i = next - 1
			}
		}
		if len(figs) == start {
			continue
		}
		cands, said := d.sourceCandidates(si)
		src := ""
		if len(cands) > 0 {
			src = cands[0].src
		}
		if s.kind == sLinked {
			src = d.linkedSource(si)
			cands = nil
		}
		for k := start; k < len(figs); k++ {
			f := &figs[k]
			if q := d.quoteOf[f.tok]; q > 0 {
				f.f.Source = d.quoteSrc[q-1]
				continue
			}
			if c := d.nearestSource(cands, f.tok); c != "" {
				f.f.Source = c
			} else if src != "" && len(cands) == 0 {
				f.f.Source = src // a linked headline's outlet
			} else if !said && lastPara == para {
				f.f.Source = lastSource
			}
		}
		if src != "" {
			lastSource, lastPara = src, para
		} else if lastPara != para {
			lastSource, lastPara = "", para
		}
	}
	// one figure per measure and value: a later report of the same number adds its source
	seen := map[string]int{}
	out := make([]kg.Figure, 0, len(figs))
	for _, c := range figs {
		key := c.class + "|" + c.f.Unit + "|" + formatFloat(c.f.Value)
		if j, ok := seen[key]; ok {
			if out[j].Source == "" && c.f.Source != "" {
				out[j].Source = c.f.Source
			}
			if out[j].Qualifier == kg.Exact && c.f.Qualifier != kg.Exact && out[j].Sentence == d.headline {
				out[j].Qualifier = c.f.Qualifier
			}
			continue
		}
		if c.f.Sentence == d.headline && d.headline >= 0 {
			// a headline figure counts only when the body does not state it
			dup := false
			for _, o := range figs {
				if o.f.Sentence != d.headline && o.f.Value == c.f.Value && o.class == c.class {
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
	// body figures that repeat a headline figure replace it (they come first in order)
	d.out.Figures = out
}

func formatFloat(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return itoa(int64(v))
	}
	return strings.TrimRight(strings.TrimRight(ftoa(v), "0"), ".")
}

// figureAt reads a figure whose number starts at token i of sentence si.
func (d *doc) figureAt(si, i int, before []figureCand) ([]figureCand, int, bool) {
	s := &d.sents[si]
	t := &d.toks[i]
	if t.kind != tNum && t.kind != tWord && t.kind != tPunct {
		return nil, 0, false
	}
	v, next, unit, approx, ok := d.numberAt(i, s.b)
	if !ok {
		// "the fourth suicide bombing … this year"
		return d.ordinalFigure(si, i)
	}
	numTok := i
	if d.punct(i, '$') || d.toks[i].kind == tPunct {
		numTok = i + 1
	}
	isWord := d.toks[numTok].kind == tWord
	w := d.low(numTok)
	if isWord && w == "one" {
		// "one" is a count only before a noun with a tracked predicate
		if d.is(next, "of") {
			return nil, 0, false
		}
	}
	if d.notAFigure(si, i, numTok, next, v, unit, isWord) {
		return nil, 0, false
	}
	qual, qa := d.qualifierBefore(i, s.start)
	if approx && qual == kg.Exact {
		qual = kg.About
	}
	// the upper end of a range: "six or seven bodies", "30 to 40 percent", "20,000-30,000 people"
	if qual == kg.Exact && d.rangeUpper(i, s.start) {
		qual = kg.UpTo
		qa = d.rangeStart(i, s.start)
	}
	if q := d.qualifierAfter(next); q != kg.Exact {
		qual = q
	}
	// magnitude
	if d.is(i-1, "measured", "measuring") && unit == "" {
		if e := d.nearestEventNoun(si, numTok); e >= 0 && (aftershock(d.low(e)) || eventNoun(d.low(e)) == "earthquake") && e < i {
			return d.one(si, i, numTok, next, v, "", d.magnitudeOf(si, numTok), qual)
		}
	}
	// "magnitude 6.4", "6.4 magnitude", "6.4-magnitude", "a magnitude of 6.4", "put the
	// magnitude at 6.2"
	ofMagnitude := d.is(i-1, "of", "at") && d.is(i-2, "magnitude")
	if d.is(i-1, "magnitude") || ofMagnitude || d.is(next, "magnitude") || d.is(qa-1, "magnitude") || d.punct(next, '-') && d.is(next+1, "magnitude") {
		end := next
		if d.is(end, "magnitude") {
			end++
		} else if d.punct(end, '-') {
			end += 2
		}
		if q := d.qualifierAfter(end); q != kg.Exact {
			qual = q
		}
		return d.one(si, i, numTok, end, v, "", d.magnitudeOf(si, numTok), qual)
	}
	// units after the number
	if next < s.b {
		nw := d.low(next)
		nf := d.toks[next].feat
		if nf&lxDistUnit != 0 || nw == "ft" || nw == "ft." {
			if d.conversion(i) {
				return nil, 0, false // "23 km (14 miles)": the same distance again
			}
			unitName := "km"
			if strings.HasPrefix(nw, "mile") {
				unitName = "miles"
			}
			if d.near(i, s.start, 5, "depth") || d.is(next+1, "deep", "underground") {
				return d.one(si, i, numTok, next+1, v, unitName, "depth", qual)
			}
			return nil, 0, false
		}
		if nw == "degrees" || nw == "degree" || nw == "celsius" || nw == "fahrenheit" || nw == "°c" || nw == "°f" {
			if d.conversion(i) {
				return nil, 0, false
			}
			scale := nw
			if nw == "degrees" || nw == "degree" {
				scale = d.low(next + 1)
			}
			switch scale {
			case "celsius", "c", "°c", "centigrade":
				return d.one(si, i, numTok, next+2, v, "celsius", "temperature", qual)
			case "fahrenheit", "f", "°f":
				return d.one(si, i, numTok, next+2, v, "fahrenheit", "temperature", qual)
			}
			return nil, 0, false // "a 30 degrees angle", "30 degrees of latitude"
		}
		if nf&lxTimeUnit != 0 {
			if strings.HasPrefix(nw, "year") && (d.near(i, s.start, 4, "sentenced") || d.near(i, s.start, 4, "sentence") || d.is(next+1, "in") && d.is(next+2, "jail", "prison")) {
				return d.one(si, i, numTok, next+1, v, "years", "sentence", qual)
			}
			return nil, 0, false
		}
		if nw == "percent" || nw == "%" || nw == "per" && d.is(next+1, "cent") {
			k := next + 1
			if nw == "per" {
				k++
			}
			measure := "percent"
			if d.is(k, "of") {
				a, b := d.nounPhrase(k+1, s.b)
				if b > a {
					measure = d.span(a, b)
				}
			}
			// "not … more than 1 percent" is at most 1 percent
			if qual == kg.MoreThan && d.negatedBefore(qa, s.start) {
				qual = kg.UpTo
			}
			return d.one(si, i, numTok, k, v, "percent", measure, qual)
		}
	}
	if unit == "" && next < s.b {
		if u, ok := currencyWords[d.low(next)]; ok {
			unit = u
			next++
		}
	}
	if unit != "" {
		return d.one(si, i, numTok, next, v, unit, d.moneyMeasure(si, i), qual)
	}
	if qual == kg.MoreThan && d.negatedBefore(qa, s.start) {
		qual = kg.UpTo
	}
	// what is counted
	class := ""
	a, b := next, next
	if next < s.b {
		if m, ok := predMeasure[d.low(next)]; ok && !d.toks[next].has(fCap) || ok && si == d.headline {
			class = m
			b = next + 1
		}
	}
	// a verb right before the number says what happened to those counted, even when
	// another verb follows: "killed 2,474 people and injured about 11,000"
	direct := ""
	if class == "" {
		direct = d.directVerb(qa, s.start)
	}
	partitive := false
	if class == "" {
		k := next
		if d.is(k, "of") && (d.is(k+1, "the", "those", "them", "whom", "its", "their", "these")) {
			partitive = true
			k += 2
			if d.is(k-1, "those", "them", "these", "whom") {
				k--
				class = inherit(before)
				a, b = k, k
			}
		}
		if class == "" {
			if d.is(k, "other") {
				k++
			}
			if partitive && d.numberStarts(k) && d.toks[k].kind != tPunct {
				k++ // "four of the five suspects"
			}
			if d.is(k, "or") && d.is(k+1, "so", "more") {
				k += 2 // "two dozen or so fully autonomous vehicles"
			}
			if m, ok := predMeasure[d.low(k)]; ok && k < s.b {
				class = m
				a, b = k, k+1
			} else {
				a, b = d.nounPhrase(k, s.b)
			}
		}
	}
	if a == b && class == "" && d.is(next, "others") {
		class = inherit(before)
		b = next + 1
	}
	noun := ""
	if b > a && class == "" {
		noun = d.span(a, b)
		switch d.low(b - 1) {
		case "bodies", "corpses", "dead":
			class = "killed" // "six or seven bodies lying on the ground"
		}
	}
	if b > a && class == "" {
		if skipNouns[strings.ToLower(noun)] || d.notCounted(a, b) {
			return nil, 0, false
		}
		// people who speak are not counted ("Two neighbors said", "Two senior Mexican
		// government sources said")
		if d.speaksAfter(b, s.b) {
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
		if m, ex := d.predicateAfter(si, b, s.b); m != "" {
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
	if class == "" && state == "" && (noun == "" || d.isPersonNoun(b-1)) {
		if m := d.verbBefore(qa, s.start); m != "" {
			class = m
		}
	}
	if class == "" && noun == "" && d.is(qa-2, "along") && d.is(qa-1, "with") {
		class = inherit(before)
	}
	if class == "" && noun == "" && state == "" {
		return nil, 0, false
	}
	measure := class
	if measure == "" {
		measure = d.nounMeasure(si, qa, a, b, noun, state, before)
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
	if partitive && class != "" && class == measure && kg.IsToll(class) && d.tollPart(next) {
		if desc := d.partOf(b, s.b); desc != "" {
			if m, ok := predMeasure[strings.Fields(desc)[0]]; !ok {
				measure = class + " " + desc
			} else if m != class {
				measure = m
			}
		}
	}
	out, nx, ok := d.one(si, i, numTok, max(b, next), v, "", measure, qual)
	if ok {
		out[0].qa = qa
		for _, e := range extra {
			c2 := out[0]
			c2.f.Value = 1
			c2.f.Qualifier = kg.Exact
			c2.tok = e.tok
			c2.f.Text = d.span(e.tok, min(e.tok+4, s.b))
			out = append(out, c2)
		}
	}
	return out, nx, ok
}

// tollPart reports whether the words at k ("of the wounded", "of those", "of the dead")
// take a part of a toll rather than of some people ("of its citizens").
func (d *doc) tollPart(k int) bool {
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
func (d *doc) partOf(b, end int) string {
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
func (d *doc) one(si, i, numTok, next int, v float64, unit, measure string, q kg.Qualifier) ([]figureCand, int, bool) {
	s := &d.sents[si]
	qa := i
	if q != kg.Exact {
		_, qa = d.qualifierBefore(i, s.start)
	}
	end := min(max(next, i+1), s.b)
	f := kg.Figure{Measure: measure, Value: v, Unit: unit, Qualifier: q, Event: -1, Sentence: si, Text: d.span(qa, end)}
	f.Event, f.Date = d.eventOf(si, numTok, measure)
	if f.Event >= 0 && !d.out.Events[f.Event].Main {
		f.Place = d.out.Events[f.Event].Place
	} else {
		f.Place = d.placeNear(si, numTok)
	}
	if f.Place == "" && f.Event >= 0 {
		f.Place = d.out.Events[f.Event].Place
	}
	if f.Date == "" && f.Event >= 0 {
		f.Date = d.out.Events[f.Event].Date
	}
	return []figureCand{{f: f, tok: numTok, class: kg.MeasureClass(measure)}}, end, true
}

// qualifierBefore reads a hedge before the number at i: at least, more than, about…
// It returns the qualifier and the first token of the hedge.
func (d *doc) qualifierBefore(i, start int) (kg.Qualifier, int) {
	if i-1 < start {
		return kg.Exact, i
	}
	w1 := d.low(i - 1)
	w2 := ""
	if i-2 >= start {
		w2 = d.low(i - 2)
	}
	w3 := ""
	if i-3 >= start {
		w3 = d.low(i - 3)
	}
	switch {
	case w2 == "at" && w1 == "least", w2 == "no" && w1 == "fewer", w1 == "minimum":
		return kg.AtLeast, i - 2
	case w2 == "more" && w1 == "than", w2 == "upwards" && w1 == "of", w2 == "greater" && w1 == "than":
		if w3 == "no" {
			return kg.UpTo, i - 3
		}
		return kg.MoreThan, i - 2
	case w1 == "over", w1 == "above", w1 == "exceeding":
		return kg.MoreThan, i - 1
	case w2 == "fewer" && w1 == "than", w2 == "less" && w1 == "than":
		if w3 == "no" {
			return kg.AtLeast, i - 3
		}
		return kg.FewerThan, i - 2
	case w1 == "under":
		return kg.FewerThan, i - 1
	case w2 == "up" && w1 == "to":
		if i-2 > start && d.toks[i-3].feat&lxNumWord == 0 {
			return kg.UpTo, i - 2
		}
	case w3 == "as" && w2 == "many" && w1 == "as", w3 == "as" && w2 == "much" && w1 == "as":
		return kg.UpTo, i - 3
	case w2 == "at" && w1 == "most":
		return kg.UpTo, i - 2
	case w1 == "nearly", w1 == "almost", w2 == "close" && w1 == "to":
		if w1 == "to" {
			return kg.Nearly, i - 2
		}
		return kg.Nearly, i - 1
	case w1 == "about", w1 == "around", w1 == "approximately", w1 == "roughly", w1 == "some", w1 == "estimated", w1 == "approx.", w1 == "circa":
		if w1 == "estimated" && w2 == "an" {
			return kg.About, i - 2
		}
		return kg.About, i - 1
	}
	return kg.Exact, i
}

func (d *doc) negatedBefore(i, start int) bool {
	for k := i - 1; k >= start && k >= i-12; k-- {
		if d.punct(k, ',') || d.punct(k, ';') || d.is(k, "but", "although", "though", "while") {
			return false
		}
		w := d.low(k)
		if w == "not" || w == "n't" || w == "no" || w == "cannot" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// near reports whether word appears within n tokens before i.
func (d *doc) near(i, start, n int, word string) bool {
	for k := i - 1; k >= start && k >= i-n; k-- {
		if d.low(k) == word {
			return true
		}
	}
	return false
}

// nounPhrase reads up to three words that name what a number counts ("apartment units",
// "registered residents", "Syrian generals"), stopping at function words, verbs and
// punctuation. It returns the token range.
func (d *doc) nounPhrase(k, end int) (int, int) {
	a := k
	b := k
	for b < end && b-a < 3 {
		t := &d.toks[b]
		if t.kind != tWord {
			break
		}
		if t.feat&(lxFunc|lxSpeech|lxPronoun|lxQual) != 0 && t.feat&lxPersonNoun == 0 {
			break
		}
		w := d.low(b)
		if _, isPred := predMeasure[w]; isPred && b > a {
			break
		}
		if d.is(b+1, "than") {
			break
		}
		if t.has(fCap) && b > a && !d.toks[a].has(fCap) {
			if _, dem := demonymOf[d.tok(b)]; !dem && !ethnic[d.tok(b)] || !d.contentWord(b+1) {
				break // "offshore Greek islands", "senior Mexican government sources" go on
			}
		}
		if strings.HasSuffix(w, "ed") && !d.contentWord(b+1) {
			break // "another two turned themselves in": a verb
		}
		if t.has(fCap) && t.feat&lxMonth != 0 {
			break
		}
		b++
		if t.feat&lxPersonNoun != 0 || plural(w) && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "is") {
			// a plural head ends the phrase unless a noun follows ("police officers")
			if b < end && d.toks[b].kind == tWord && (d.toks[b].feat&lxPersonNoun != 0) && !d.is(b, "others") {
				continue
			}
			break
		}
	}
	// a phrase starts and ends on a noun-like word, not an adverb ("fully autonomous vehicles")
	for a < b-1 && strings.HasSuffix(d.low(a), "ly") {
		a++
	}
	for b > a {
		w := d.low(b - 1)
		if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") && b-1 > a {
			b--
			continue
		}
		break
	}
	return a, b
}

// contentWord reports whether token k is a word that can continue a noun phrase: not a
// function word, pronoun or reflexive ("turned themselves in").
func (d *doc) contentWord(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	if d.toks[k].feat&(lxFunc|lxPronoun|lxQual|lxSpeech) != 0 {
		return false
	}
	switch d.low(k) {
	case "themselves", "himself", "herself", "itself", "ourselves", "yourself", "myself":
		return false
	}
	return true
}

func (d *doc) isPersonNoun(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].feat&lxPersonNoun != 0
}

// predicateAfter finds the predicate that says what happened to the counted: "were
// killed", "had been taken to hospital", "were still missing". It returns the measure
// and, for "and a police officer were killed", the token of the second subject.
func (d *doc) predicateAfter(si, k, end int) (string, int) {
	extra := 0
	aside := false
	limit := min(end, k+16)
	hospital := false
	for j := d.sents[si].start; j < end; j++ {
		if d.is(j, "hospital", "hospitals") {
			hospital = true
		}
	}
	for j := k; j < limit; j++ {
		t := &d.toks[j]
		if t.kind == tStop || d.punct(j, ';') || t.kind == tOpenQ || t.kind == tCloseQ {
			break
		}
		if d.punct(j, ',') {
			if d.is(j+1, "including", "most", "many", "mostly") {
				aside = true
			} else if aside {
				aside = false // the comma that closes ", including the 17-story tower,"
			} else {
				break
			}
		}
		if j > k && (t.kind == tNum || t.feat&lxNumWord != 0) && !d.is(j-1, "and", "in", "into", "of", "at", "from", "to") && !d.punct(j+1, '-') {
			break // another count begins; one inside a phrase ("staying in two shelters") does not
		}
		if d.is(j, "and") && d.is(j+1, "a", "an") {
			extra = j + 1
		}
		w := d.low(j)
		if m, ok := predMeasure[w]; ok && t.kind == tWord {
			return m, extra
		}
		switch w {
		case "hospital", "hospitals":
			// taken, sent or rushed to hospital: injured; still in hospital: hospitalized
			p := j - 1
			if d.is(p, "the", "a", "local", "nearby", "area", "city", "military") {
				p--
			}
			if d.is(p, "to") {
				return "injured", extra
			}
			if d.is(p, "in", "at") {
				if d.near(p, k, 6, "treated") {
					return "injured", extra
				}
				return "hospitalized", extra
			}
		case "treated":
			return "injured", extra
		case "custody":
			if d.is(j-1, "into", "in") {
				return "arrested", extra
			}
		case "themselves":
			if d.is(j-1, "turned", "handed") {
				return "arrested", extra
			}
		case "death":
			if d.is(j-1, "to") {
				return "killed", extra // starved, burned, stabbed to death
			}
		case "shelters", "shelter":
			return "sheltered", extra
		case "in":
			if d.is(j-1, "brought") && hospital {
				return "injured", extra
			}
		case "collapsed", "buckled", "toppled", "flattened", "crumbled", "caved", "pancaked":
			return "state:collapsed", extra
		case "damaged":
			return "state:damaged", extra
		case "destroyed", "razed", "levelled", "leveled":
			return "state:destroyed", extra
		case "tilting", "tilted", "leaning":
			return "state:tilting", extra
		case "safety":
			return "rescued", extra
		case "alive":
			if d.is(j-1, "out", "found") {
				return "rescued", extra
			}
		case "defect", "defected":
			return "defected", extra
		}
		if t.feat&lxSpeech != 0 && w != "reported" && w != "confirmed" && !(d.is(j-1, "is", "are", "was", "were", "been", "be") && d.is(j+1, "to")) {
			break
		}
	}
	return "", 0
}

// verbBefore reads a verb before the number: "killing", "wounds", "toll rose to".
func (d *doc) verbBefore(i, start int) string {
	for k := i - 1; k >= start && k >= i-3; k-- {
		w := d.low(k)
		if m, ok := verbMeasure[w]; ok {
			if m == "" { // "left 26 dead": the predicate follows
				return ""
			}
			return m
		}
		if w == "toll" || w == "tolls" {
			return "killed"
		}
		if w == "custody" && d.is(k-1, "into", "in") {
			return "arrested"
		}
		if w == "to" || w == "at" || w == "of" || w == "into" || w == "rose" || w == "climbed" || w == "climbs" || w == "rises" || w == "risen" || w == "jumped" || w == "reached" || w == "stood" || w == "stands" || w == "the" || w == "put" {
			continue
		}
		break
	}
	// "death toll … to 26" a little further back
	for k := i - 1; k >= start && k >= i-6; k-- {
		if d.is(k, "toll") {
			return "killed"
		}
	}
	return ""
}

// ordinalFigure reads "the fourth suicide bombing in Turkey this year" as 4 bombings.
func (d *doc) ordinalFigure(si, i int) ([]figureCand, int, bool) {
	s := &d.sents[si]
	if d.toks[i].kind != tWord {
		return nil, 0, false
	}
	v, ok := ordinalWords[d.low(i)]
	if !ok || !d.is(i-1, "the") {
		return nil, 0, false
	}
	// an event noun within two words, and "this year" in the sentence
	for k := i + 1; k < s.b && k <= i+3; k++ {
		w := d.low(k)
		if ev := eventNoun(w); ev != "" {
			this := false
			for j := s.start; j+1 < s.b; j++ {
				if d.is(j, "this") && d.is(j+1, "year", "month", "week") {
					this = true
				}
			}
			if !this {
				return nil, 0, false
			}
			measure := d.span(i+1, k+1)
			if !strings.HasSuffix(measure, "s") {
				measure += "s"
			}
			c, nx, ok := d.one(si, i, i, k+1, v, "", strings.ToLower(measure), kg.Exact)
			return c, nx, ok
		}
	}
	return nil, 0, false
}

// placeNear returns the most precise place named in the sentence, nearest to token i.
func (d *doc) placeNear(si, i int) string {
	s := &d.sents[si]
	best, bestDist := "", 1<<30
	bestCountry := ""
	for k := s.start; k < s.b; k++ {
		e := d.entityOf(k)
		if e < 0 || d.ents[e].typ != kg.Place || d.mentions[d.entAt[k]].demonym {
			continue
		}
		dist := k - i
		if dist < 0 {
			dist = -dist
		}
		name := d.ents[e].name
		if d.regionName(name) {
			continue
		}
		if _, isCountry := countryNames[name]; isCountry {
			if bestCountry == "" {
				bestCountry = name
			}
			continue
		}
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	if best == "" {
		return bestCountry
	}
	return best
}

// sourceCand is one attribution in a sentence: the verb (or "according") and whom it
// names.
type sourceCand struct {
	tok int
	src string
}

// sourceCandidates finds whom sentence si attributes its statements to: "according to
// X", "X said", "…, X said", "X reported that", "X puts the toll at". said reports whether
// the sentence has an attribution verb at all.
func (d *doc) sourceCandidates(si int) ([]sourceCand, bool) {
	s := &d.sents[si]
	said := false
	var out []sourceCand
	for k := s.start; k < s.b; k++ {
		if d.quoteOf[k] != 0 {
			continue
		}
		if d.is(k, "according") && d.is(k+1, "to") {
			a := k + 2
			b := a
			for b < s.b && b-a < 14 && !d.punct(b, ',') && d.toks[b].kind != tStop && !d.is(b, "which", "who", "that") {
				b++
			}
			if src := d.sourceNP(a, b); src != "" {
				out = append(out, sourceCand{k, src})
			}
			said = true
		}
	}
	for k := s.start; k < s.b; k++ {
		if d.quoteOf[k] != 0 || !d.isSourceVerb(k) {
			continue
		}
		// "are said to have starved": a report without a reporter
		if d.is(k, "said", "reported") && d.is(k-1, "is", "are", "was", "were", "been", "be") {
			continue
		}
		said = true
		// "as reported in the Title IX documents", "as reported by Reuters"
		if d.is(k-1, "as") {
			if d.is(k+1, "by", "in") {
				if src := d.sourceNP(k+2, d.clauseEnd(k+2, s.b)); src != "" {
					out = append(out, sourceCand{k, src})
				}
			}
			continue
		}
		// "…, the fire agency said." / "…, said X"
		if d.punct(k-1, ',') || d.toks[k-1].kind == tCloseQ {
			if src := d.sourceNP(k+1, d.clauseEnd(k+1, s.b)); src != "" {
				out = append(out, sourceCand{k, src})
			}
			continue
		}
		a := k
		for a > s.start && k-a < 12 && !d.punct(a-1, ',') && !d.punct(a-1, ';') && d.toks[a-1].kind != tCloseQ && !d.is(a-1, "that") {
			a--
		}
		if src := d.sourceNP(a, k); src != "" {
			out = append(out, sourceCand{k, src})
			continue
		}
		if src := d.subjectBefore(k, s.start); src != "" {
			out = append(out, sourceCand{k, src})
		}
	}
	return out, said
}

// nearestSource picks the attribution of a figure at token tok: the nearest one that no
// contrast separates from it ("… puts the toll at 10, while opposition activists say …").
func (d *doc) nearestSource(cands []sourceCand, tok int) string {
	if len(cands) == 0 {
		return ""
	}
	best, bestCost := "", 1<<30
	for _, c := range cands {
		a, b := min(c.tok, tok), max(c.tok, tok)
		cost := b - a
		for k := a + 1; k < b && cost < bestCost; k++ {
			if d.toks[k].kind != tWord && d.toks[k].kind != tPunct {
				continue
			}
			if d.is(k, "while", "whereas") || d.is(k, "but") && !d.is(k-1, "all", "nothing", "none", "anything", "everything", "everyone") || d.punct(k, ';') {
				cost += 1000 // not "restored to all but about 900 households"
			}
			if d.is(k, "and") && d.punct(k-1, ',') {
				cost += 500 // "…, the mayor said, and more than 70 were missing, according to …"
			}
		}
		if cost < bestCost {
			best, bestCost = c.src, cost
		}
	}
	if bestCost >= 1000 {
		return "" // every attribution is across a "but" or "while": the article's own voice
	}
	return best
}

func (d *doc) clauseEnd(a, end int) int {
	b := a
	for b < end && b-a < 14 && !d.punct(b, ',') && d.toks[b].kind != tStop && !d.is(b, "who", "which", "that", "adding", "in", "on", "by") {
		b++
	}
	return b
}

func (d *doc) isSourceVerb(k int) bool {
	switch d.low(k) {
	case "said", "says", "say", "told", "reported", "reports", "confirmed", "confirms", "estimated",
		"announced", "stated", "added", "put", "puts", "showed", "shows", "counted", "tallied", "quoted", "estimates":
		return d.toks[k].kind == tWord
	}
	return false
}

// sourceNP resolves a source phrase: entities (a person before an organization), joined
// by "and"; a pronoun; "the government"; or a description ("a government emergency center").
func (d *doc) sourceNP(a, b int) string {
	for a < b && d.is(a, "and", "but") {
		a++
	}
	if a >= b {
		return ""
	}
	// split on "and"
	for k := a + 1; k < b-1; k++ {
		if d.is(k, "and") {
			l, r := d.sourceNP(a, k), d.sourceNP(k+1, b)
			if l != "" && r != "" {
				return l + " and " + r
			}
		}
	}
	best, bestType := -1, 9
	for k := a; k < b; k++ {
		e := d.entityOf(k)
		if e < 0 || d.mentions[d.entAt[k]].demonym {
			continue
		}
		rank := 9
		switch d.ents[e].typ {
		case kg.Person:
			rank = 0
		case kg.Organization:
			rank = 1
		case kg.Group:
			rank = 2
		case kg.Place:
			rank = 3
		}
		if rank < bestType {
			best, bestType = e, rank
		}
	}
	if best >= 0 && (bestType < 3 || b-a <= 2) {
		// a place names the speaker only on its own ("France said"); "the Tainan City authorities" is a description
		return d.entName(best)
	}
	if b-a == 1 && d.toks[a].feat&lxPronoun != 0 {
		if d.is(a, "it") {
			for k := a - 1; k >= max(0, a-300); k-- {
				if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Organization {
					return d.entName(e)
				}
			}
		}
		return d.pronoun(a)
	}
	// "the fire agency" → National Fire Agency; "the government" → Taiwan government
	if d.is(a, "the") && b-a >= 2 {
		phrase := strings.ToLower(d.span(a+1, b))
		if phrase == "government" && d.mainCountry != "" {
			return d.mainCountry + " government"
		}
		for _, e := range d.ents {
			if e.dropped || e.typ == kg.Person || e.typ == kg.Place {
				continue
			}
			ln := strings.ToLower(e.name)
			if ln != phrase && strings.HasSuffix(ln, " "+phrase) {
				return e.name
			}
		}
		if phrase == "company" || phrase == "firm" {
			for k := a - 1; k >= max(0, a-300); k-- {
				if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Organization {
					return d.entName(e)
				}
			}
		}
	}
	if best >= 0 {
		return strings.TrimPrefix(d.span(a, b), "the ")
	}
	desc := d.description(a, b)
	if desc == "" && b-a <= 4 && isPersonish(d.low(b-1)) {
		return strings.TrimPrefix(d.span(a, b), "the ")
	}
	return desc
}

// linkedSource: "More on GlobalPost: …" is GlobalPost's own headline.
func (d *doc) linkedSource(si int) string {
	s := &d.sents[si]
	for k := s.a + 2; k < s.b && k < s.a+6; k++ {
		if d.punct(k, ':') {
			return d.span(s.a+2, k)
		}
	}
	return ""
}
