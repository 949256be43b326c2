package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A company's results story states the company's accounts over several paragraphs and
// attributes them once: "Yelp Inc reported a 40 percent rise in quarterly revenue …
// The company reported a net loss of $22.2 million … ¶ Revenue rose to $153.7 million
// from $109.9 million." The later figures of its accounts are the company's as much as
// the first. resultsCarry gives a figure of a company's accounts (resultsMeasure) that
// no attribution of its sentence sources the organization the article last gave as the
// source of such a figure, when the sentence attributes nothing (no verb of saying, no
// analysts' estimate) and names no other organization: "Rival Acme's revenue fell 3
// percent" is not the company's account.

// resultsMeasure reports whether a measure is one of a company's accounts: revenue,
// sales, income, profit, earnings, a loss, or a change of one; not an expectation of one
// ("expected earnings multiple").
func resultsMeasure(m string) bool {
	if strings.Contains(m, "expect") || strings.Contains(m, "estimate") || strings.Contains(m, "forecast") || strings.Contains(m, "multiple") {
		return false
	}
	for _, w := range strings.Fields(m) {
		switch w {
		case "revenue", "revenues", "sales", "income", "profit", "profits", "earnings", "ebitda", "loss", "losses":
			return true
		}
	}
	return false
}

// resultsSourceOf returns the organization a figure of a company's accounts is sourced
// to, or "": the one the results carry lends to the article's later ones.
func (ff *figureFinder) resultsSourceOf(f *figureCand) string {
	if f.f.Source == "" || !resultsMeasure(f.f.Measure) || ff.typeOfName(f.f.Source) != kg.Organization {
		return ""
	}
	return f.f.Source
}

// resultsCarry gives the sourceless figures of a company's accounts among figs, all of
// sentence si, the source src of the article's last such figure; see above.
func (ff *figureFinder) resultsCarry(si int, figs []figureCand, src string) {
	if src == "" || si == ff.headline {
		return
	}
	checked, ok := false, false
	for k := range figs {
		f := &figs[k]
		if f.f.Source != "" || ff.quoteOf[f.tok] != 0 || !resultsMeasure(f.f.Measure) {
			continue
		}
		if !checked {
			checked, ok = true, ff.attributesNothing(si, src)
		}
		if ok {
			f.f.Source = src
		}
	}
}

// attributesNothing reports whether sentence si has no verb of saying, no analysts or
// forecast, and names no organization but src.
func (ff *figureFinder) attributesNothing(si int, src string) bool {
	if _, said := ff.sourceCandidates(si); said {
		return false
	}
	s := &ff.sents[si]
	for k := s.start; k < s.b; k++ {
		if ff.is(k, wAnalysts, wExpected, wForecast) {
			return false
		}
		if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Organization && ff.entName(e) != src {
			return false
		}
	}
	return true
}
