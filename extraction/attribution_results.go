package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// A company's results story states the company's accounts over several paragraphs and
// attributes them once: "Yelp Inc reported a 40 percent rise in quarterly revenue …
// The company reported a net loss of $22.2 million … ¶ Revenue rose to $153.7 million
// from $109.9 million." The later figures of its accounts are the company's as much as
// the first. resultsCarry gives a figure of a company's accounts (resultsMeasure) that
// no attribution of its sentence sources the organization the article last gave as the
// source of such a figure and names in the headline, when the sentence attributes nothing (no verb of saying, no
// analysts' estimate) and names no other organization: "Rival Acme's revenue fell 3
// percent" is not the company's account (it is Acme's: ownerSources gives a figure of
// accounts the company its own words name).

// resultsMeasure reports whether a measure is one of a company's accounts: revenue,
// sales, income, profit, earnings, a loss, or a change of one; not an expectation of one
// ("expected earnings multiple") or a tax.
func resultsMeasure(m string) bool {
	if strings.Contains(m, "tax") || strings.Contains(m, "expect") || strings.Contains(m, "estimate") || strings.Contains(m, "forecast") || strings.Contains(m, "multiple") {
		return false
	}
	for _, w := range strings.Fields(m) {
		switch w {
		case "revenue", "revenues", "sales", "income", "profit", "profits", "earnings", "ebitda", "loss", "losses":
			return true
		case "margin", "margins":
			return w != m // "operating margin", "gross margin"; a bare "margin" is a poll's as often
		}
	}
	return false
}

// resultsSourceOf returns the organization a figure of a company's accounts is sourced
// to, or "": the one the results carry lends to the article's later ones. It is the
// story's company only when the headline names it ("Yelp revenue rises 40 percent"): a
// compiler of analysts' estimates ("according to Thomson Reuters I/B/E/S") or a market
// round-up's news agency states no company's accounts.
func (ff *figureFinder) resultsSourceOf(f *figureCand) string {
	if f.f.Source == "" || !resultsMeasure(f.f.Measure) || ff.typeOfName(f.f.Source) != kg.Organization || !ff.inHeadline(f.f.Source) {
		return ""
	}
	return f.f.Source
}

// inHeadline reports whether the headline names the entity called name: a mention of
// it, or a capitalised word that is the name's first ("Yelp" of "Yelp Inc"; a headline's
// short name is often no mention of its own) or one of its one-word aliases ("IBM" of
// International Business Machines Corp).
func (ff *figureFinder) inHeadline(name string) bool {
	if ff.headline < 0 {
		return false
	}
	first, _, _ := strings.Cut(name, " ")
	first = strings.ToLower(first)
	if first == "the" {
		first = ""
	}
	var short []string // the entity's one-word aliases: "IBM" of International Business Machines Corp
	if ei := ff.entIndex(name); ei >= 0 {
		for _, a := range ff.ents[ei].aliases {
			if !strings.Contains(a, " ") {
				short = append(short, a)
			}
		}
	}
	s := &ff.sents[ff.headline]
	for k := s.start; k < s.b; k++ {
		if e := ff.entityOf(k); e >= 0 && ff.entName(e) == name {
			return true
		}
		if first != "" && ff.toks[k].kind == tWord && ff.toks[k].has(fCap) && ff.low(k) == first {
			return true
		}
		if ff.toks[k].kind == tWord && ff.toks[k].has(fCap) && slices.Contains(short, ff.tok(k)) {
			return true
		}
	}
	return false
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

// ownerSources gives a sourceless figure of a company's accounts whose own words name
// the company ("Cognizant's revenue rose 17.9 percent to $3.23 billion", amountOf's
// owner) that company as its source, when its sentence attributes nothing and names no
// other organization: a company states its own accounts. Run after subjects.
func (ff *figureFinder) ownerSources(figs []figureCand) {
	for i := range figs {
		c := &figs[i]
		if c.f.Source != "" || ff.quoteOf[c.tok] != 0 || int(c.f.Sentence) == ff.headline || !resultsMeasure(c.f.Measure) {
			continue
		}
		if c.subj < 0 {
			c.f.Source = ff.describedPoster(c)
			continue
		}
		e := ff.entityOf(c.subj)
		if e < 0 || ff.ents[e].typ != kg.Organization {
			continue
		}
		if name := ff.entName(e); ff.attributesNothing(int(c.f.Sentence), name) {
			c.f.Source = name
		}
	}
}

// describedPoster returns the company of a figure of accounts in a sentence that opens
// "The company posted …" or "It booked …" (resultVerbs, whose subject resultSource reads
// only when it is a name): the figure's subject, when that is an organization the
// headline names; or "".
func (ff *figureFinder) describedPoster(c *figureCand) string {
	s := &ff.sents[c.f.Sentence]
	k := s.start
	v := -1
	switch {
	case ff.is(k, wIt) && ff.in(k+1, resultVerbs):
		v = k + 1
	case ff.is(k, wThe) && k+2 < s.b && ff.toks[k+1].kind == tWord && !ff.toks[k+1].has(fCap) && ff.in(k+2, resultVerbs):
		v = k + 2
	}
	if v < 0 || c.tok < v || c.f.Subject == "" || ff.typeOfName(c.f.Subject) != kg.Organization || !ff.inHeadline(c.f.Subject) {
		return ""
	}
	return c.f.Subject
}

// accountsReach reports whether a result verb of cands ("Sprint posted a net loss of
// $836 million, or 21 cents per share, in the third quarter against a $2.38 billion
// loss, or 60 cents per share, a year earlier") sources figure f past the commas that
// would close a forecast's reach: f is of the company's accounts (resultsMeasure), after
// the verb, with no other organization between them ("…, while rival Beta's revenue
// rose 5 percent" is Beta's).
func (ff *figureFinder) accountsReach(cands []sourceCand, f *figureCand) bool {
	if len(cands) != 1 || !cands[0].result || f.tok < cands[0].tok || !resultsMeasure(f.f.Measure) {
		return false
	}
	for k := cands[0].tok + 1; k < f.tok; k++ {
		if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Organization && ff.entName(e) != cands[0].src {
			return false
		}
		if ff.punct(k, ';') || ff.is(k, wWhile, wBut) {
			return false
		}
	}
	return true
}
