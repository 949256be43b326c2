package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// What was counted for a period: "revenue for the second quarter rose 0.5 percent to 14
// trillion won", "sales for the first quarter of between $26.5 billion and $29
// billion", "revenue guidance for the current quarter of $28 billion". The phrase's last
// noun is the period, which the measure took ("quarter rise", "quarter"); the noun
// before "for" is what was measured ("revenue rise", "sales").

// periodHeads renames the figures of a sentence (figs) whose measure, without its
// change and unit, is a period noun of a phrase "NOUN for the … PERIOD" in their
// sentence: the period gives way to the words before "for".
func (ff *figureFinder) periodHeads(figs []figureCand) {
	for k := range figs {
		c := &figs[k]
		base := moveless(perless(c.f.Measure))
		if base != "quarter" && base != "year" && base != "half" && base != "month" {
			continue
		}
		m := ff.periodHolder(c.f.Sentence, base)
		if m == "" {
			continue
		}
		c.f.Measure = m + strings.TrimPrefix(c.f.Measure, base)
		c.class = kg.MeasureClass(c.f.Measure)
		if c.f.Unit == "percent" {
			c.class = c.f.Measure
		}
	}
}

// periodHolder returns the measure words of the noun phrase right before "for the …
// PERIOD" in sentence si ("revenue" of "revenue for the second quarter"), where period
// is the word of the period; "" when no such phrase stands there.
func (ff *figureFinder) periodHolder(si int, period string) string {
	s := &ff.sents[si]
	for k := s.start + 2; k < s.b; k++ {
		if ff.low(k) != period || ff.toks[k].kind != tWord {
			continue
		}
		f := k - 1
		for f > s.start && k-f <= 4 && ff.is(f, wThe, wFirst, wSecond, wThird, wFourth, wCurrent, wLatest, wLast, wNext, wSame, wFiscal) {
			f--
		}
		if !ff.is(f, wFor) || f == k-1 || f-1 < s.start {
			continue
		}
		b := f
		a := b
		for a > s.start && b-a < 3 && ff.toks[a-1].kind == tWord && ff.contentWord(a-1) && (!ff.toks[a-1].has(fCap) || a-1 == s.start) &&
			!strings.HasSuffix(ff.low(a-1), "ed") && !strings.HasSuffix(ff.low(a-1), "ing") && amountVerbs[ff.low(a-1)] == "" {
			a-- // not a verb: "forecast sales for the first quarter", "gave revenue guidance"
		}
		if a == b {
			continue
		}
		if m, _ := ff.measureWords(a, b); m != "" && !periodNoun(ff.doc, b-1) {
			return m
		}
	}
	return ""
}
