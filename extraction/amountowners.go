package extraction

import "github.com/factgraph/kg"

// amountOwner returns the entity whose possessive stands right before the words of
// figure c, an amount with a unit: "regulators will veto Kestrel's $10 billion bid",
// "Velmar's 4.2 percent", "to restructure Ostrava's $15 billion debt". The amount is
// the owner's, whatever the clause's subject (the regulators, the negotiator). It
// reads the token before the amount's first word (amountStart), which must be an
// attached "'s" or plural "'" ending a mention of an organization, a person or a place
// that is no demonym; or -1. A name within three words after the number is what the
// amount is of, the owner's only through it: "Standard & Poor's 500 Index" (the number
// is part of the name), "Ostrava Fund's $40 billion Velmar Growth Fund" (the fund's
// size), "Kestrel's $2 million Osprey coupe" (the car's price).
func (ff *figureFinder) amountOwner(c *figureCand) int {
	if c.f.Unit == "" {
		return -1
	}
	p := ff.amountStart(c) - 1
	if p < 1 || !ff.possessive(p) || ff.toks[p].has(fSpace) {
		return -1
	}
	for k := c.tok + 1; k < ff.sents[c.f.Sentence].b && k <= c.tok+3; k++ {
		if ff.toks[k].kind == tWord && ff.toks[k].has(fCap) && (k == c.tok+1 || ff.entityOf(k) >= 0) {
			return -1
		}
		if ff.toks[k].kind != tWord && !ff.punct(k, '-') {
			break
		}
	}
	mi := ff.entAt[p-1]
	if mi < 0 || ff.mentions[mi].b != p || ff.mentions[mi].demonym {
		return -1
	}
	e := ff.entityOf(p - 1)
	if e < 0 {
		return -1
	}
	switch ff.ents[e].typ {
	case kg.Organization, kg.Person, kg.Place:
		return e
	}
	return -1
}

// amountStart returns the first token of the words of amount c: c.qa where its reader
// set it, else its number's token back over an attached currency sign ("$10", "US$10")
// and the hedge before it ("about $10").
func (ff *figureFinder) amountStart(c *figureCand) int {
	if c.qa > 0 && c.qa <= c.tok {
		return c.qa
	}
	s := &ff.sents[c.f.Sentence]
	k := c.tok
	if k-1 >= s.start && ff.toks[k-1].kind == tPunct && !ff.toks[k].has(fSpace) {
		k-- // "$10"
		if k-1 >= s.start && ff.toks[k-1].kind == tWord && !ff.toks[k].has(fSpace) && ff.toks[k-1].has(fCap) && len(ff.tok(k-1)) <= 3 {
			k-- // "US$10", "NT$10"
		}
	}
	_, qa := qualifierBefore(ff.doc, k, s.start)
	return qa
}
