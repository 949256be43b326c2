package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Levels a move reaches: a market report gives a move in percent and then, after "at"
// or "to", the price it left the thing at ("Orrin shares closed down 23 percent at
// $36.23", "Platinum XPT= edged down 0.8 percent at $1,019.50 an ounce", "Brent crude
// settled down 3.6 percent at $32.18"). The move was read with what moved ("share price
// fall", "platinum fall"); the price after it named nothing of its own clause and was a
// bare "money" that no figure kept. It is the level of what moved: "share price",
// "platinum per ounce".

// A bare count after "to" is likewise the level of what a move in percent right before
// moved: "traffic deaths rose by 7.7 percent to 35,200" (traffic deaths), "the elephant
// population declined by 60 percent to about 40,000" (elephant population). Without a
// noun after it the count named nothing and was no figure.

// levelAfterMove names bare count n by the named move in percent right before its "to"
// (see above): the figure before it in its sentence, whose number stands right before
// "percent" or "%" and "to". "" when there is none, or its measure is a share price or
// a lone participle ("edging fall"); an index's move reaches the index's level.
func (ff *figureFinder) levelAfterMove(n *number, before []figureCand) string {
	k := n.qa - 2
	if !ff.is(n.qa-1, wTo) || !ff.is(k, wPercent) && !ff.punct(k, '%') || len(before) == 0 {
		return ""
	}
	p := before[len(before)-1]
	if p.f.Unit != "percent" || p.tok != k-1 || !namedChange(p.f.Measure) || p.f.Sentence != n.si {
		return ""
	}
	if p.subj >= 0 && ff.marketName(p.subj) {
		return ff.indexMeasure("", p.subj) + " level" // "sending the Nasdaq Composite Index down 3.25 percent to 4363.144"
	}
	m := moveless(p.f.Measure)
	if m == "share price" || strings.HasSuffix(m, "ing") && !strings.Contains(m, " ") {
		return ""
	}
	return m
}

// movedLevels names the bare amounts of money among a sentence's figures (figs) that a
// named move right before reaches (see above): between the move's number and "at" or
// "to" before the amount stand only its unit, a direction, a comma and a time ("on
// Monday", "in early trade").
func (ff *figureFinder) movedLevels(figs []figureCand) {
	for k := 1; k < len(figs); k++ {
		c := &figs[k]
		if c.f.Measure != "money" || !currency(c.f.Unit) {
			continue
		}
		p := &figs[k-1]
		a := c.tok // the amount's first token: its currency sign, or its number
		if ff.toks[a-1].kind == tPunct && !ff.toks[a].has(fSpace) {
			a-- // "$36.23", "€12"
		}
		if !namedChange(p.f.Measure) || p.tok >= a || a-p.tok > 12 || !ff.is(a-1, wAt, wTo) {
			continue
		}
		gap := true
		for j := p.tok + 1; j < a-1 && gap; j++ {
			gap = ff.punct(j, ',') || ff.punct(j, '%') || ff.is(j, wPercent, wPoints, wUp, wDown, wHigher, wLower, wOff, wOn, wIn, wEarly, wLate, wThe, wTrade, wTrading) ||
				periodNoun(ff.doc, j)
		}
		if !gap {
			continue
		}
		m := moveless(p.f.Measure)
		end := c.tok + 1
		for end < ff.sents[c.f.Sentence].b && (scaleWords[ff.low(end)] != 0 || ff.isIn(end, currencySet)) {
			end++
		}
		if per, _, _ := ff.perAfter(end, ff.sents[c.f.Sentence].b); per != "" {
			m += " per " + per // "at $1,019.50 an ounce": platinum per ounce
		}
		c.f.Measure, c.class = m, kg.MeasureClass(m)
		if c.subj < 0 {
			c.subj = p.subj
		}
	}
}
