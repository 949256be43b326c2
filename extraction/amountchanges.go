package extraction

import "strings"

// Changes told after the amount they change: "generated $448 million in revenue, a 37
// percent increase from 2014", "taking in $850.2 million, up 54 percent from the
// previous year", "fell to $12.1 billion in the first quarter - down 30 percent". The
// percentage's own clause names nothing that rose or fell (a bare "rise" or "fall"); the
// amount just before it is what changed, or the count before it with its noun ("killed
// 2,150 people, a 44 percent rise over the previous three months": killed rise).

// changeGapWords may stand between an amount and the change after it: articles, the
// direction, and the words of a period ("last year", "in the first quarter").
var changeGapWords = newTokSet(map[string]bool{"a": true, "an": true, "up": true, "down": true, "or": true,
	"last": true, "this": true, "year": true, "quarter": true, "month": true, "week": true, "in": true,
	"the": true, "first": true, "second": true, "third": true, "fourth": true})

// amountChanges names the bare changes of sentence si's figures (figs) by the amount
// right before each: the amount's measure and the change ("revenue rise"). The amount
// is money or a count with a measure of its own, in the same clause: only punctuation,
// its scale and currency words, a hedge and changeGapWords stand between. Past a comma
// or a dash, the amount's own noun and the time it was counted in may stand between too
// (apposedChangeGap): "drew $2.2 billion in revenue last year, up 58 percent", "had
// 53,000 video subscribers as of December, up 79 percent"; such a change is the
// amount's even when its clause gave it a subject.
func (ff *figureFinder) amountChanges(figs []figureCand) {
	for k := 1; k < len(figs); k++ {
		c := &figs[k]
		if c.f.Unit != "percent" || c.f.Measure != "rise" && c.f.Measure != "fall" {
			continue
		}
		p := figs[k-1]
		if p.f.Unit == "percent" || bareMeasure(p.f.Measure) || p.f.Superseded || p.tok >= c.tok || c.tok-p.tok > 16 ||
			namedChange(p.f.Measure) || isWeekday(lastWord(p.f.Measure)) || periodNoun(ff.doc, p.tok+1) && perless(p.f.Measure) != p.f.Measure {
			continue
		}
		if p.f.Unit == "" && ff.is(p.qa-1, wTo, wFrom, wIn, wOf, wAt, wFor, wAmong, wAcross, wWith) {
			continue // "donated $64,066 to 34 charities last year, down 9.4 percent": the gift fell, not the charities
		}
		if o := p.tok - 1; ff.punct(o, '(') || ff.punct(o, '$') && ff.punct(o-1, '(') {
			continue // "90 million acres (364,217 square kilometers), up 2.2 percent": a conversion, not what rose
		}
		gap, apposed, apart := true, false, false
		for j := ff.afterFigureText(&p); j < c.tok && gap; j++ {
			switch t := &ff.toks[j]; {
			case t.kind == tPunct:
				gap = ff.punct(j, ',') || ff.punct(j, '-') || ff.punct(j, '(') || ff.punct(j, ')') && apart || t.txt == "–" || t.txt == "—"
				apposed = apposed || gap && !ff.punct(j, ')')
			case scaleWords[ff.low(j)] != 0 || ff.isIn(j, currencySet) || ff.in(j, changeGapWords) || t.feat&lxQual != 0:
			case apposed && !apart && ff.changeParticiple(j):
				// "raked in $23.4 billion, rising 23 percent": the participle's change is the amount's
			case ff.apposedChangeGap(j, p.f.Measure):
				apart, apposed = true, false // the words must end at a comma or a dash
			default:
				gap = false
			}
		}
		if gap && (apposed || !apart && c.subj < 0) {
			c.f.Measure = perless(p.f.Measure) + " " + c.f.Measure
			c.class = c.f.Measure
		}
	}
}

// apposedChangeGap reports whether the word at j may stand between an amount whose
// measure is m and a change set after a comma ("$2.2 billion in revenue last year, up
// 58 percent"): a word of the measure, a preposition that opens it or a time ("in 2015",
// "for the most recent quarter", "as of December"), a year.
func (ff *figureFinder) apposedChangeGap(j int, m string) bool {
	t := &ff.toks[j]
	if t.kind == tNum {
		return yearNumber(ff.tok(j))
	}
	if t.kind != tWord {
		return false
	}
	w := ff.low(j)
	if periodNoun(ff.doc, j) || ff.is(j, wOf, wFor, wAs, wEnd, wMost, wRecent, wEarlier, wAgo, wFiscal, wCalendar, wDuring) {
		return true
	}
	for _, mw := range strings.Fields(m) {
		if w == mw || singular(w) == mw {
			return true
		}
	}
	return false
}

// isWeekday reports whether measure word w is a day's name: "The stock ended Friday at
// $93.75" gives a time, no measure its change could take.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// pronounChanges names the bare changes of sentence si whose subject is "It" or "They"
// opening the sentence ("They have now fallen 36 percent over the past 12 months.",
// "It was last up about 0.7 percent at $1,249.11.") by the change of the sentence
// before: what moved there moves again ("Yahoo shares down 1.2 percent": share price
// fall), its first (the main clause's, not "following a 9 percent increase in regular
// trading"). figs[start:] are sentence si's figures, those before them the article's.
func (ff *figureFinder) pronounChanges(si int, figs []figureCand, start int) {
	s := &ff.sents[si]
	if start == 0 || s.start+1 >= s.b || !ff.is(s.start, wIt, wThey) || ff.toks[s.start+1].kind != tWord || ff.toks[s.start+1].has(fCap) {
		return
	}
	var prev *figureCand // the first change of the sentence before: its main clause's
	for k := start - 1; k >= 0 && figs[k].f.Sentence >= si-1; k-- {
		if figs[k].f.Sentence == si-1 && namedChange(figs[k].f.Measure) {
			prev = &figs[k]
		}
	}
	if prev == nil {
		return
	}
	base := moveless(prev.f.Measure)
	for k := start; k < len(figs); k++ {
		c := &figs[k]
		if !bareChange(c) || c.tok-s.start > 8 {
			continue
		}
		c.f.Measure = base + " " + c.f.Measure
		c.class = c.f.Measure
		c.subj = prev.subj
	}
}

// bareChange reports whether figure c is a percentage of change that names nothing that
// changed: "rise" or "fall" alone, with no subject.
func bareChange(c *figureCand) bool {
	return c.f.Unit == "percent" && c.subj < 0 && (c.f.Measure == "rise" || c.f.Measure == "fall")
}

// namedChange reports whether measure m is a change of something: "revenue rise",
// "share price fall".
func namedChange(m string) bool {
	return strings.HasSuffix(m, " rise") || strings.HasSuffix(m, " fall")
}

// afterFigureText returns the token after figure p's words ("2,150 people" in "killed
// 2,150 people, a 44 percent rise"): a count's noun stands between it and a change after
// it as its scale and currency words do. It is the token after the number when the
// words are not the text's own.
func (ff *figureFinder) afterFigureText(p *figureCand) int {
	j := p.tok + 1
	if p.f.Unit != "" || p.qa < 0 || p.qa >= len(ff.toks) {
		return j
	}
	from := int(ff.toks[p.qa].s)
	end := from + len(p.f.Text)
	if end > len(ff.text) || ff.text[from:end] != p.f.Text {
		return j
	}
	for j < len(ff.toks) && int(ff.toks[j].s) < end {
		j++
	}
	return j
}

// earlierChanges names the bare changes of one sentence's figures (figs) that a named
// change before them follows, as nouns after "after" or "following" and in a list after
// one: "farm incomes will fall 3 percent this year after a 38 percent slump in 2015 and a
// 27 percent drop in 2014", "Exports fell 11.2 percent in January after a 1.4 percent
// decline in December": what moved before is what moved then (farm incomes fall, exports
// fall).
func (ff *figureFinder) earlierChanges(figs []figureCand) {
	var base string
	last := -1 // the last figure this named, whose list a later one may continue
	for k := range figs {
		c := &figs[k]
		if c.f.Unit == "percent" && namedChange(c.f.Measure) && !bareChange(c) {
			base, last = moveless(c.f.Measure), -1
			continue
		}
		q := ff.hedgeStart(c.f.Sentence, c.tok) // "a nearly 10 percent rise"
		if base == "" || c.f.Unit != "percent" || c.f.Measure != "rise" && c.f.Measure != "fall" || !ff.is(q-1, wA, wAn) {
			continue
		}
		after := ff.is(q-2, wAfter, wFollowing)
		listed := last >= 0 && ff.is(q-2, wAnd) && c.tok-figs[last].tok <= 10
		if !after && !listed {
			continue
		}
		c.f.Measure = base + " " + c.f.Measure
		c.class = c.f.Measure
		last = k
	}
}

// changeParticiple reports whether the word at j is the -ing form of a verb of rising or
// falling ("rising", "falling", "increasing"): after a comma it says how the amount
// before moved, as "up" does.
func (ff *figureFinder) changeParticiple(j int) bool {
	if ff.toks[j].kind != tWord || !strings.HasSuffix(ff.low(j), "ing") {
		return false
	}
	m := changeVerbs[ff.low(j)]
	return m == "rise" || m == "fall"
}
