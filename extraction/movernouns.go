package extraction

// Changes told as a noun whose mover is a name: "Salesforce's 13.6 percent drop", "a 9
// percent drop in the S&P 500", "a 2 percent gain for the Nikkei", "the dollar's 1
// percent rise". The noun's phrase reader names what moved by its words, and a name gives
// it none (measureWords), so the change was a bare "fall" or "rise". A market index is
// an "index fall", a commodity its own ("copper rise"; indexmoves.go), a company in an
// article about shares a "share price fall" (closingprices.go); a possessive noun names
// what moved ("the dollar's").

// moverNouns names the bare changes of one sentence's figures (figs) by the mover a
// name or a possessive gives their change noun.
func (ff *figureFinder) moverNouns(si int, figs []figureCand) {
	for k := range figs {
		c := &figs[k]
		if !bareChange(c) {
			continue
		}
		j := c.tok + 1
		if ff.is(j, wPercent) || ff.punct(j, '%') {
			j++
		}
		if j >= len(ff.toks) || ff.toks[j].kind != tWord || changeNouns[ff.low(j)] == "" {
			continue
		}
		m, subj := "", -1
		if ff.is(j+1, wIn, wFor, wOf) {
			a := j + 2 + skipDeterminer(ff.doc, j+2)
			b := a
			for b < ff.sents[si].b && ff.entAt[b] >= 0 {
				b = ff.mentions[ff.entAt[b]].b // the name, and a quote code after it
			}
			if b > a {
				m, subj = ff.moverOf(si, a, b)
			}
		} else if p := ff.hedgeStart(si, c.tok) - 1; ff.is(p, wAposS, wRsquoS) && p-1 >= ff.sents[si].start {
			m, subj = ff.possessiveMover(si, p)
		}
		if m == "" {
			continue
		}
		c.f.Measure = m + " " + c.f.Measure
		c.class = c.f.Measure
		c.subj = subj
	}
}

// possessiveMover names the mover whose possessive ends at token p ("Salesforce's", "the
// dollar's"): a name by moverOf; else the head of one or two lower-case words after
// "the" ("the dollar's": dollar; "the broader market's": market), unless it is a firm's
// kind or a person ("the company's", "the chairman's": whose, not what).
func (ff *figureFinder) possessiveMover(si, p int) (string, int) {
	if ma := ff.entAt[p-1]; ma >= 0 {
		return ff.moverOf(si, ff.mentions[ma].a, p)
	}
	a := p
	for a > ff.sents[si].start && p-a < 2 && ff.toks[a-1].kind == tWord && !ff.toks[a-1].has(fCap) && ff.toks[a-1].feat&(lxFunc|lxQual|lxPronoun) == 0 {
		a--
	}
	if a == p || !ff.is(a-1, wThe) || firmKinds[ff.low(p-1)] || ff.isPersonNoun(p-1) {
		return "", -1
	}
	return ff.low(p - 1), -1
}

// moverOf names what moved when the phrase a..b names only a market index, a commodity
// or a company: "index" or the commodity's name (indexMove), or "share price" for a
// business in an article about shares; and a token of the name. "" for anything else.
func (ff *figureFinder) moverOf(si, a, b int) (string, int) {
	if m, e := ff.indexMove(si, b, a, b); m != "" {
		return m, e
	}
	e := ff.nameOnly(a, b)
	if !ff.businessName(e) || !ff.stockArticle() {
		return "", -1
	}
	for k := a; k < b; k++ {
		if ff.entityOf(k) == e {
			return "share price", k
		}
	}
	return "", -1
}

// hedgeStart returns the first token of the amount whose number is at tok, past the
// hedges before it ("a nearly 10 percent rise"): figureCand.qa is not kept by every
// reader of amounts.
func (ff *figureFinder) hedgeStart(si, tok int) int {
	q := tok
	for q > ff.sents[si].start && ff.toks[q-1].kind == tWord && ff.toks[q-1].feat&lxQual != 0 {
		q--
	}
	return q
}
