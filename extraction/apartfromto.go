package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Ends of a change set apart by a comma: "U.S. spending on air defenses has soared in
// the past decade, from $133 million in 2006 to $619 million in 2015", "sales will grow
// 13.7 percent in 2016, from $60 billion last year to $68.2 billion". Right after the
// verb, "soared from $133 million to $619 million" names both amounts by what moved; past
// a comma the amounts named nothing of their own and were bare "money" no figure kept.
// They are levels of what moved: the named move before them in the sentence ("sales
// growth" → sales), else the subject of the change verb before the comma.

// apartFromTo names the bare amounts of money among a sentence's figures (figs) that
// open ", from" or end its "to" (see above).
func (ff *figureFinder) apartFromTo(figs []figureCand) {
	for k := range figs {
		c := &figs[k]
		if c.f.Measure != "money" || !currency(c.f.Unit) {
			continue
		}
		a := c.tok
		if ff.toks[a-1].kind == tPunct && !ff.toks[a].has(fSpace) {
			a-- // "$133 million"
		}
		for ff.is(a-1, wAbout, wAround, wRoughly, wNearly, wAlmost) {
			a--
		}
		from := -1
		switch {
		case ff.is(a-1, wFrom) && ff.punct(a-2, ','):
			from = a - 1
		case ff.is(a-1, wTo) && k > 0 && figs[k-1].f.Sentence == c.f.Sentence:
			// the "to" end: the figure before opened ", from" (measured or not yet)
			p := figs[k-1]
			pa := p.tok
			if ff.toks[pa-1].kind == tPunct && !ff.toks[pa].has(fSpace) {
				pa--
			}
			for ff.is(pa-1, wAbout, wAround, wRoughly, wNearly, wAlmost) {
				pa--
			}
			if ff.is(pa-1, wFrom) && ff.punct(pa-2, ',') && a-pa < 14 {
				from = pa - 1
			}
		}
		if from < 0 {
			continue
		}
		m, subj := ff.moverBefore(figs[:k], c.f.Sentence, from-1)
		if m == "" {
			continue
		}
		c.f.Measure, c.class = m, kg.MeasureClass(m)
		if c.subj < 0 {
			c.subj = subj
		}
	}
}

// moverBefore names what moved in the clause that ends at the comma at k of sentence si:
// the subject of a change verb within the 12 tokens before the comma ("spending … has
// soared in the past decade", "sales will grow 13.7 percent in 2016"), its head before
// "on", "of" or "for" ("U.S. spending on air defenses": spending; "sales of apparel":
// sales); else a named move among the figures before (figs). "" when there is none.
func (ff *figureFinder) moverBefore(figs []figureCand, si, k int) (string, int) {
	start := ff.sents[si].start
	for v := k - 1; v >= start && v >= k-12; v-- {
		if ff.punct(v, ',') || ff.punct(v, ';') {
			break
		}
		if c := changeVerbs[ff.low(v)]; ff.toks[v].kind != tWord || c != "rise" && c != "fall" && c != "growth" || !ff.verbHere(v, start, false) {
			continue
		}
		if strings.HasSuffix(ff.low(v), "ing") {
			break // "ambitions include cutting net imports to zero, from $40 billion": the object moved, not the subject
		}
		a, b, _ := ff.subjectPhrase(si, v)
		if a < 0 || b <= a {
			break
		}
		for j := a - 1; j > start && j >= a-8; j-- {
			if ff.punct(j, ',') || ff.is(j, wThat, wWhich, wWho) {
				break
			}
			if ff.is(j, wOn, wOf, wFor) && ff.toks[j-1].kind == tWord && ff.toks[j-1].feat&(lxFunc|lxPronoun) == 0 && !ff.toks[j-1].has(fCap) {
				return ff.low(j - 1), -1 // "U.S. spending on Israel's air defenses has soared": the spending
			}
		}
		if m, subj := ff.measureWords(a, b); m != "" {
			return m, subj
		}
		break
	}
	for j := len(figs) - 1; j >= 0; j-- {
		p := figs[j]
		if p.f.Sentence != si || p.tok >= k {
			continue
		}
		if (namedChange(p.f.Measure) || strings.HasSuffix(p.f.Measure, " growth")) && p.tok >= k-8 {
			if m := moveless(p.f.Measure); m != "" && m != "share price" && !strings.HasSuffix(m, "ing") {
				return m, p.subj
			}
		}
		break
	}
	return "", -1
}

// apartCountLevel names a bare count n that opens ", from" or ends its "to" ("violent
// incidents have increased by 55 percent, from 504 in fiscal 2012 to 783 in fiscal 2015",
// "federal life sentences have fallen since 2009, from 280 to 153") by what moved in the
// clause before the comma (moverBefore); "" when it is not such a count.
func (ff *figureFinder) apartCountLevel(n *number, before []figureCand) string {
	s := &ff.sents[n.si]
	a := n.qa
	var from int
	switch {
	case ff.is(a-1, wFrom) && ff.punct(a-2, ','):
		from = a - 1
	case ff.is(a-1, wTo):
		from = -1
		for j := a - 2; j > s.start && j >= a-14; j-- {
			if ff.punct(j, ',') && !ff.is(j+1, wFrom) || ff.punct(j, ';') {
				break
			}
			if ff.is(j, wFrom) && ff.punct(j-1, ',') && (ff.toks[j+1].kind == tNum || ff.is(j+1, wAbout, wAround, wRoughly, wNearly, wAlmost)) {
				from = j
				break
			}
		}
		if from < 0 {
			return ""
		}
	default:
		return ""
	}
	m, _ := ff.moverBefore(before, n.si, from-1)
	return m
}
