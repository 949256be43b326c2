package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Attribution: whom an article attributes a figure to ("according to X", "X said",
// "…, the fire agency said", "X puts the toll at"), or its own voice.

// sourceCand is one attribution in a sentence: the verb (or "according") and whom it
// names.
type sourceCand struct {
	tok  int
	src  string
	data bool // "according to state data": no speaker, and none when one is named
	own  bool // a writer's "noted that" (writerOf): the next sentences do not share it
	// forecast: a forecaster's verb ("Boeing expects"; forecaster): it sources only the
	// figures after it in its clause, and the next sentences do not share it
	forecast bool
	// estimate: "according to" a pollster of analysts' estimates (estimateReach): the
	// next sentences do not share it; estimateFrom: the comparison its estimate opens
	// with, before which it sources nothing (0 when it holds for the whole sentence)
	estimate     bool
	estimateFrom int
	// appos: a speaker read past an apposition ("Paulson, who helped steer a $700 billion
	// bailout …, said"; appositiveSpeakerAt, openingName), apposFrom where the speaker's
	// name opens; or one inside a relative clause ("…, who investigators say has
	// confessed"), apposFrom where the sentence opens. The figures from there to the verb
	// are background in the article's own voice, not the speaker's.
	appos     bool
	apposFrom int
	// later: a writer's verb before the clause it states (writerOf: "Skipper maintains
	// that …"): it sources only the figures after it (laterOnly)
	later bool
	// result: a company's result verb ("Sprint posted a net loss of $836 million, or 21
	// cents per share, … against a $2.38 billion loss"; resultSource): it reaches the
	// figures of the company's accounts past a comma (accountsReach)
	result bool
	// sub: a teller inside a subordinate clause ("… after the company said"; subtellers.go),
	// with a forecaster's reach; the sentence's source the next ones share is never it
	sub bool
}

// attribute gives each figure of figs, all of sentence si, its source: the speaker of
// the quote it is in; else the sentence's attribution nearest it (nearestSource); else
// the one attribution that closes the sentence (closingSource); else a linked headline's
// outlet; else, in a sentence that attributes nothing, the source the
// sentence before ends on (paragraphSource: that sentence may hold no figure), or
// paraSource, the source of the paragraph's figures so far, when samePara. It returns
// the sentence's own source, or "", and whether the sentence closes on an analysts'
// estimate (sourceCand.estimate): the paragraph's next sentences then share no source.
func (ff *figureFinder) attribute(si int, figs []figureCand, paraSource string, samePara bool) (string, bool) {
	cands, said := ff.sourceCandidates(si)
	src := ""
	if c := mainCands(cands); len(c) > 0 && !c[0].data && !c[0].own && !c[0].estimate && !c[0].forecast {
		src = c[0].src // what the next sentences may share: never data ("according to state data")
	}
	estimate := len(cands) > 0 && cands[0].estimate
	if ff.sents[si].kind == sLinked {
		src = linkedSource(ff.doc, si)
		cands = nil
	}
	if si == ff.headline && len(cands) == 0 {
		// "Bombs kill more than 140 in Syrian cities: monitor" (headlinesources.go), else
		// "Tesla says Model 3 orders top $10 billion": the figures after the verb
		// (headlinetellers.go)
		w, v := ff.headlineSource(si), -1
		if w == "" {
			w, v = ff.headlineTeller(si)
		}
		if w != "" {
			for k := range figs {
				if ff.quoteOf[figs[k].tok] == 0 && figs[k].tok > v {
					figs[k].f.Source = w
				}
			}
			return w, false
		}
	}
	paraSrc, paraRead := "", false
	sentCands := cands // the sentence's attributions, before any is dropped for one figure
	for k := range figs {
		f := &figs[k]
		if q := ff.quoteOf[f.tok]; q > 0 {
			f.f.Source = ff.quoteSrc[q-1]
			if in := ff.sourceInQuote(f.tok); in != "" {
				f.f.Source = in // "'The Pan American Health Organization reports 26 countries…'"
			}
			continue
		}
		if strings.HasPrefix(f.f.Measure, "share price") && ff.asideShareMove(si, f.tok) {
			continue // "NXP, whose shares were up 3 percent, …, Bloomberg reported": the market's (sharemoves.go)
		}
		cands := beforeEstimate(cands, f.tok) // "Revenue rose to $5.2 billion, beating the … estimate …, according to …"
		if !ff.accountsReach(cands, f) {
			cands = ff.forecastReach(cands, f.tok)
		}
		cands = laterOnly(cands, f.tok)
		cands = ff.intentReach(cands, f) // "Cruz aims to stop Trump from receiving the 1,237 delegates": intentsources.go
		cands = spokenAfter(cands, f.tok)
		if ff.describedTeller(cands, f.tok) {
			continue // "…, said Ann Roe, a partner at Vale, which manages $2.6 billion": the article's own voice (tellerdescriptions.go)
		}
		cands, f.sideAlt, f.sideTrail = ff.sideClauseReach(si, cands, f.tok, kg.MeasureClass(f.f.Measure)) // sideclauses.go
		if a := ff.estimatePollster(f.tok, f.qa, ff.sents[si].b); a != "" {
			f.f.Source = a // "the average forecast of 5.5 billion in a Reuters poll": estimatepolls.go
		} else if a := ff.expectedByAgent(f.tok, ff.sents[si].b); a != "" {
			f.f.Source = a // "the 10.5 percent rise expected by analysts": expectedby.go
		} else if ff.analystsFigure(f.tok, ff.sents[si].start) && !ff.accordingTo(cands) {
			f.f.Source = "analysts" // "Yahoo said it sees … below analysts' view of $1.10 billion"
		} else if a := ff.actorSource(f, cands); a != "" {
			f.f.Source = a
		} else if c := nearestSource(ff.doc, cands, f.tok); c != "" {
			f.f.Source = c
		} else if w := ff.closingSource(si, cands); w != "" {
			f.f.Source = w
		} else if src != "" && len(sentCands) == 0 {
			f.f.Source = src // a linked headline's outlet
		} else if !said && !strings.HasPrefix(f.f.Measure, "share price") && !ff.toldOwnAct(f) {
			// a share price is the market's: no teller of the paragraph gives it ("…,
			// the company said. Shares jumped by more than 12 percent.")
			if !paraRead {
				paraSrc, paraRead = ff.paragraphSource(si), true
			}
			if f.f.Source = paraSrc; paraSrc == "" && samePara {
				f.f.Source = paraSource
			}
		}
	}
	return src, estimate
}

// accordingTo reports whether one of the sentence's attributions is "according to X":
// "analysts had expected $1.08 billion, according to Thomson Reuters I/B/E/S" is the
// pollster's figure.
func (ff *figureFinder) accordingTo(cands []sourceCand) bool {
	for _, c := range cands {
		if ff.is(c.tok, wAccording) {
			return true
		}
	}
	return false
}

// appositiveSpeaker reads the speaker of "…, NAME, apposition, said": the person or
// organization that opens the comma-delimited segment before the one ending at comma
// c; or "".
func (ff *figureFinder) appositiveSpeaker(c, start int) string {
	name, _ := ff.appositiveSpeakerAt(c, start)
	return name
}

// appositiveSpeakerAt is appositiveSpeaker that also returns the token where the
// speaker's name opens (-1 with no speaker).
func (ff *figureFinder) appositiveSpeakerAt(c, start int) (string, int) {
	p := c - 1
	for p > start && c-p < 14 && !ff.punct(p, ',') {
		p--
	}
	if !ff.punct(p, ',') {
		return "", -1
	}
	q := p - 1
	if ff.punct(q, ')') { // "Taiwan Semiconductor Manufacturing Co (TSMC), the …, said"
		for q > start && !ff.punct(q, '(') {
			q--
		}
		q--
	}
	if name, at := ff.namedAfterDescriptionAt(p, c, start); at >= 0 {
		return name, at // "the founder of Dravex Holdings Ltd, Mina Sorel, said": Sorel
	}
	opening := p + 1
	if ff.is(opening, wThe) && ff.entityOf(opening+1) >= 0 {
		opening++ // "the state's farm agency, the Harlow Farm Board, said"
	}
	for _, k := range []int{q, opening} { // the name before the apposition, or opening it
		if e := ff.entityOf(k); e >= 0 && (ff.ents[e].typ == kg.Person || ff.ents[e].typ == kg.Organization) {
			return ff.entName(e), int(ff.mentions[ff.entAt[k]].a)
		}
	}
	if e := ff.openingAlias(start, p); e >= 0 {
		return ff.entName(e), start // "VMware, which had 19,200 employees, said" after "VMware Inc"
	}
	return "", -1
}

// openingAlias returns the person or organization whose name or alias is the words
// a..b-1 that open a sentence, capitalised and no mention of their own (a name the
// entities stage leaves unread before a comma at the start of a sentence: "VMware,
// which …, said" after "VMware Inc"), or whose name that one word, no common English
// word, opens; or -1.
func (ff *figureFinder) openingAlias(a, b int) int {
	if b <= a || b-a > 4 {
		return -1
	}
	for k := a; k < b; k++ {
		if ff.toks[k].kind != tWord || !ff.toks[k].has(fCap) || ff.entAt[k] >= 0 || ff.quoteOf[k] != 0 {
			return -1
		}
	}
	w := ff.span(a, b)
	for mi := range ff.mentions {
		if m := &ff.mentions[mi]; m.name == w && m.ent >= 0 && !ff.ents[m.ent].dropped && (ff.ents[m.ent].typ == kg.Person || ff.ents[m.ent].typ == kg.Organization) {
			return m.ent
		}
	}
	for e := range ff.ents {
		en := ff.ents[e]
		if en.dropped || en.typ != kg.Person && en.typ != kg.Organization {
			continue
		}
		if en.name == w || en.typ == kg.Organization && strings.HasPrefix(en.name, w+" ") && b-a == 1 && !englishWords.has(ff.low(a)) {
			return e // "Norvale, which …" after "Norvale Shipping Inc"
		}
		for _, al := range en.aliases {
			if al == w {
				return e
			}
		}
	}
	return -1
}

// namedAfterDescriptionAt reads "DESCRIPTION, NAME, said": the person whose name fills
// the segment between the commas at p and c, when the segment before p opens with an
// article or a lower-case word (a description, in which a name is only a modifier: "the
// founder of Dravex Holdings Ltd", "a spokesman for Corvane Motors"). It returns the
// person and where the name opens, or -1. "NAME, a description, said" is not read here.
func (ff *figureFinder) namedAfterDescriptionAt(p, c, start int) (string, int) {
	mi := ff.entAt[p+1]
	if mi < 0 {
		return "", -1
	}
	m := &ff.mentions[mi]
	if int(m.b) != c || m.ent < 0 || ff.ents[m.ent].typ != kg.Person {
		return "", -1
	}
	o := p - 1
	for o > start && !ff.punct(o-1, ',') {
		o--
	}
	if o >= p || !ff.is(o, wThe, wA, wAn) && (ff.toks[o].kind != tWord || ff.toks[o].has(fCap)) {
		return "", -1
	}
	return ff.entName(m.ent), int(m.a)
}

// sourceInQuote returns whom the quoted words around token tok themselves attribute it
// to: an organization or a person the quote names right before a verb of saying,
// before tok ("The Pan American Health Organization reports 26 countries"); or "".
func (ff *figureFinder) sourceInQuote(tok int) string {
	q := ff.quoteOf[tok]
	for k := tok - 1; k >= 0 && tok-k < 20 && ff.quoteOf[k] == q; k-- {
		if !ff.isSourceVerb(k) {
			continue
		}
		for j := k - 1; j >= 0 && k-j <= 6 && ff.quoteOf[j] == q; j-- {
			if e := ff.entityOf(j); e >= 0 && (ff.ents[e].typ == kg.Organization || ff.ents[e].typ == kg.Person) {
				return ff.entName(e)
			}
		}
		return ""
	}
	return ""
}

// roleHolder returns the one person of the article whose title is the role a
// description names ("the sheriff" when the article names "Harvey County Sheriff T.
// Walton"), or "".
func (ff *figureFinder) roleHolder(desc string) string {
	head := lastWord(strings.ToLower(desc))
	found := -1
	for mi := range ff.mentions {
		m := &ff.mentions[mi]
		if m.role == "" || m.ent < 0 || ff.ents[m.ent].typ != kg.Person || lastWord(strings.ToLower(m.role)) != head {
			continue
		}
		if found >= 0 && found != m.ent {
			return "" // two people of that title
		}
		found = m.ent
	}
	if found < 0 {
		return ""
	}
	return ff.entName(found)
}

// actorSource returns the entity whose own act a figure is ("Mizuho slashed its target
// price to $150", "LinkedIn forecast revenue of $3.6 billion") as its source, unless the
// sentence says who says so ("…, officials said") or an attribution lies in the
// figure's clause (no comma between them), nearer than the actor; or "".
func (ff *figureFinder) actorSource(f *figureCand, cands []sourceCand) string {
	if f.actor < 0 || ff.commaBetween(f.actor, f.tok) {
		return ""
	}
	name := ff.actorName(f.actor)
	if name == "" || !actorStates(f.f.Measure) && !ff.ownDocument(f, cands, name) {
		return "" // "Apple paid $60 million": the article's own voice
	}
	for _, c := range cands {
		if ff.accordingOverActor(f, c) {
			return "" // "Obama spent $600 million, according to FEC filings" (bodysources.go)
		}
		relative := false
		for k := c.tok - 1; k >= 0 && k >= c.tok-4; k-- {
			if ff.is(k, wWhich, wThat, wWho) {
				relative = true // "a filing … which the company said was up to date"
			}
		}
		if !ff.commaBetween(min(c.tok, f.tok), max(c.tok, f.tok)) && abs(c.tok-f.tok) < abs(f.actor-f.tok) || !ff.is(c.tok, wAccording) && !relative {
			return "" // a source that says so ("…, officials said") wins over the actor
		}
	}
	return name
}

// toldOwnAct reports whether figure f is an actor's own act told in the article's voice
// ("Google has already raised $11 million", "Xiaomi also sells a backpack for $15"): the
// paragraph's teller before it does not tell it either (attribute).
func (ff *figureFinder) toldOwnAct(f *figureCand) bool {
	return f.actor >= 0 && !ff.commaBetween(f.actor, f.tok) && !actorStates(f.f.Measure) && ff.actorName(f.actor) != ""
}

// ownDocument reports whether one of the sentence's attributions is a document of the
// actor's own ("According to its annual report, Acme Corp earned $35 million", "…,
// according to the company's filing"): the actor tells its own act there.
func (ff *figureFinder) ownDocument(f *figureCand, cands []sourceCand, name string) bool {
	for _, c := range cands {
		if c.own && c.src == name {
			return true
		}
	}
	s := &ff.sents[f.f.Sentence]
	for k := s.start; k+2 < s.b; k++ {
		if ff.is(k, wAccording) && ff.is(k+1, wTo) && ff.is(k+2, wIts, wTheir, wHis, wHer) {
			return true
		}
	}
	return false
}

// actorStates reports whether a figure of measure m, when it is an actor's own act, is
// the actor's word: an analyst's price target, a company's forecast, estimate, guidance
// or outlook is what its maker says. A deal or a payment ("Apple paid $60 million",
// "Uber has raised $13 billion", "Facebook bought Oculus for $2 billion"), a price ("the
// Gravity will cost $199") or a request ("Hogan is seeking $100 million") is told in the
// article's own voice: the actor is its subject, not its source.
func actorStates(m string) bool {
	for _, w := range []string{"target", "forecast", "estimate", "guidance", "outlook", "projection", "expected"} {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sourceCandidates finds whom sentence si attributes its statements to: "according to
// X", "X said", "…, X said", "X reported that", "X puts the toll at"; where none of these
// names anyone, a forecaster ("Boeing expects", forecaster). said reports whether the
// sentence has an attribution verb at all.
func (ff *figureFinder) sourceCandidates(si int) ([]sourceCand, bool) {
	s := &ff.sents[si]
	said := false
	var out []sourceCand
	var forecast sourceCand
	var relative []sourceCand // "NAME, a description who says …": kept by keepRelative
	for k := s.start; k < s.b; k++ {
		if ff.quoteOf[k] != 0 {
			continue
		}
		if ff.is(k, wAccording) && ff.is(k+1, wTo) {
			a := k + 2
			b := a
			for b < s.b && b-a < 14 && !ff.punct(b, ',') && ff.toks[b].kind != tStop && !(ff.is(b, wWhich, wWho, wThat) && !ff.toks[b].has(fUpper)) { // "according to WHO": the World Health Organization
				b++
			}
			if src := ff.accordingApposition(a, b, s.b); src != "" {
				out = append(out, sourceCand{tok: k, src: src}) // "according to the agency's chief, Mina Sorel.": accordingappositions.go
			} else if src := ff.possessiveDocOwner(si, a, b); src != "" {
				out = append(out, sourceCand{tok: k, src: src, own: true}) // "according to its annual report" (bodysources.go)
			} else if src := ff.ownerOfPossessive(si, a, b); src != "" {
				out = append(out, sourceCand{tok: k, src: src, own: true}) // "according to his official Twitter account" (ownedaccounts.go)
			} else if src := ff.sourceNP(a, b); src != "" {
				estimate, from := ff.estimateReach(si, k)
				out = append(out, sourceCand{tok: k, src: src, estimate: estimate, estimateFrom: max(from, 0)})
			} else if src := ff.otherSource(a, b); src != "" {
				estimate, from := ff.estimateReach(si, k) // "according to iResearch", "according to data compiled by The Verge"
				out = append(out, sourceCand{tok: k, src: src, estimate: estimate, estimateFrom: max(from, 0)})
			} else if src := ff.dataSource(a, b); src != "" {
				out = append(out, sourceCand{tok: k, src: src, data: true}) // "according to state data"
			} else if src := ff.webDomain(a, b); src != "" {
				out = append(out, sourceCand{tok: k, src: src}) // "according to flightlog.com": a website, written lower-case
			}
			said = true
		}
	}
	for k := s.start; k < s.b; k++ {
		if ff.quoteOf[k] != 0 {
			continue
		}
		if src := ff.closingWriter(si, k); src != "" {
			out = append(out, sourceCand{tok: k, src: src, own: true}) // "…, Brantley analysts noted.": closingwriters.go
			said = true
			continue
		}
		if src := ff.revisedForecast(si, k); src != "" {
			out = append(out, sourceCand{tok: k, src: src, forecast: true}) // "Harlow Securities cut its price target to $21": revisedforecasts.go
			said = true
			continue
		}
		if src, ok := ff.forecaster(si, k); ok {
			if src != "" && forecast.src == "" {
				forecast = sourceCand{tok: k, src: src, forecast: true} // "Boeing expects to deliver 745 planes"
			}
			continue
		}
		if ff.studyFound(k, s.start, s.b) {
			// "…, a Gallup poll found.": the study's author, when it names one ("the report
			// found" names no one); the next sentences share it as they share a speaker's
			a := k - 1
			for a > s.start && !ff.punct(a-1, ',') {
				a--
			}
			if src := ff.sourceNP(a, k); src != "" && ff.namedWithin(a, k-1) {
				out = append(out, sourceCand{tok: k, src: src})
				said = true
			}
			continue
		}
		if a := ff.recordsShow(k); a >= 0 {
			// "court records show", "Statistics from Acme show": the records' phrase, or
			// no one; never a name further back in the sentence
			if src := ff.sourceNP(a, k); src != "" {
				out = append(out, sourceCand{tok: k, src: src, own: true}) // the next sentences do not share it
			}
			said = true
			continue
		}
		if src := ff.resultSource(si, k); src != "" {
			// "Paysafe posted a 68 percent rise in revenue": the company's own result, for
			// the figures after the verb only, and not shared by the next sentences
			out = append(out, sourceCand{tok: k, src: src, forecast: true, result: true})
			said = true
			continue
		}
		if src := ff.sayingSource(si, k); src != "" {
			// "X did Y, saying …": X's, for the figures after the participle only
			// (forecast's reach: forecastReach), and not shared by the next sentences
			out = append(out, sourceCand{tok: k, src: src, forecast: true})
			said = true
			continue
		}
		if ff.is(k, wPut, wPuts) && !ff.putEstimate(k) {
			continue // "Goldman would put up at least 50 percent": no estimate (putestimates.go)
		}
		if !ff.isSourceVerb(k) && !ff.foundThat(k) && !ff.studyFinding(k) {
			if src := ff.writerOf(si, k); src != "" && !tellerBefore(out, k) {
				// "Judge Tomas Reyes wrote that …": for the figures after the verb when a
				// clause follows it ("Sales fell 6 percent, and the agency acknowledged it
				// would …"); never inside what an earlier teller says ("The affidavit said
				// Campbell admitted that …": the affidavit's)
				out = append(out, sourceCand{tok: k, src: src, own: true, later: ff.thatAfterWhen(k+1) || ff.is(k, wPointed) || ff.pronounClause(k+1)})
				said = true
			}
			continue
		}
		// "are said to have starved", "have been confirmed killed", "is estimated at": a
		// report without a reporter, unless "by" names one ("were counted by rescuers")
		if ff.passiveReport(k) {
			if ff.is(k+1, wBy) {
				if src := ff.sourceNP(k+2, ff.agentEnd(k+2, s.b)); src != "" {
					out = append(out, sourceCand{tok: k, src: src})
					said = true
				}
			}
			continue
		}
		if ff.saidToInfinitive(k) {
			continue // "a network said to include thousands": a report without a reporter
		}
		said = true
		// "as reported in the Title IX documents", "as reported by Reuters"
		if ff.is(k-1, wAs) {
			if ff.is(k+1, wBy, wIn) {
				if src := ff.sourceNP(k+2, clauseEnd(ff.doc, k+2, s.b)); src != "" {
					out = append(out, sourceCand{tok: k, src: src})
				}
			}
			continue
		}
		// "a toll confirmed by the coroner's office": a participle after its noun, the agent
		// after "by" (reducedPassiveAgent)
		if src, ok := ff.reducedPassiveAgent(k, s.b); ok {
			if src != "" {
				out = append(out, sourceCand{tok: k, src: src})
			}
			continue
		}
		// "…, the fire agency said." / "…, said X"
		if ff.punct(k-1, ',') || k > 0 && ff.toks[k-1].kind == tCloseQ {
			if ff.is(k, wTold, wTells) && ff.punct(k-1, ',') {
				// "NAME, the envoy, told a White House briefing": whom one tells is the
				// listener, never the speaker
				if src := ff.appositiveSpeaker(k-1, s.start); src != "" {
					out = append(out, sourceCand{tok: k, src: src})
				} else if src := ff.openingName(si, k); src != "" {
					out = append(out, sourceCand{tok: k, src: src}) // a long apposition: "Ke Jie, an 18-year-old player who …, told media"
				}
				continue
			}
			// "IBM, said it would invest … to help companies": a clause the speaker before
			// the comma says, not "said X"
			if e := clauseEnd(ff.doc, k+1, s.b); !ff.is(k+1, wIt, wThey, wWe, wThat, wThere) && !ff.in(k+1, settingPrepositions) && !ff.auxiliaryIn(k+1, e) && !ff.openingAside(si, k) {
				// not "…, Ann Roe, a spokeswoman, said during a meeting at the shelter": where it was said (settingclose.go)
				if src := ff.accordingApposition(k+1, e, s.b); src != "" {
					out = append(out, sourceCand{tok: k, src: src}) // "…, said the agency's chief, Mina Sorel."
					continue
				}
				if src := ff.sourceNP(k+1, e); src != "" && !ff.clauseAfterName(k+1) {
					out = append(out, sourceCand{tok: k, src: src})
					continue
				}
			}
			if src := ff.townTeller(k, s.start); src != "" {
				out = append(out, sourceCand{tok: k, src: src}) // "Police in Norfolk, Virginia, said": towntellers.go
			} else if src, at := ff.appositiveSpeakerAt(ff.titleComma(k-1), s.start); src != "" {
				out = append(out, sourceCand{tok: k, src: src, appos: true, apposFrom: at}) // "…, Gary Grief, executive director of the Texas lottery, said"
			} else if src := ff.openingName(si, k); src != "" && ff.punct(k-1, ',') {
				out = append(out, sourceCand{tok: k, src: src, appos: true, apposFrom: s.start}) // a long apposition: "LG, the world's No.2 television maker behind …, said"
			} else if src := ff.openingSpeaker(si, k); src != "" && ff.punct(k-1, ',') {
				out = append(out, sourceCand{tok: k, src: src, appos: true, apposFrom: s.start}) // "A Nintendo spokesman, asked about …, said"
			} else if src := ff.describedOpening(si, k); src != "" && ff.punct(k-1, ',') {
				out = append(out, sourceCand{tok: k, src: src, appos: true, apposFrom: s.start}) // "The company, which …, said": describedtellers.go
			} else if src := ff.openingPluralTeller(si, k); src != "" {
				out = append(out, sourceCand{tok: k, src: src, appos: true, apposFrom: s.start}) // "Police officials, who …, said": openingasides.go
			} else if src := ff.openingPersonTeller(si, k); src != "" {
				out = append(out, sourceCand{tok: k, src: src, appos: true, apposFrom: s.start}) // "One airline official, who …, said": openingpersons.go
			}
			continue
		}
		a := k
		for a > s.start && k-a < 12 && !ff.punct(a-1, ',') && !ff.punct(a-1, ';') && ff.toks[a-1].kind != tCloseQ && !ff.is(a-1, wThat) && !ff.subordinateTeller(a, k) {
			a--
		}
		e, neg := ff.tellerEnd(a, k) // "two sources have told Reuters", "the company also reported": the speaker before the auxiliary or adverb
		if neg {
			continue // "officials did not immediately say": no one tells (describedtellers.go)
		}
		if src := ff.relativeReporter(a, e, k); src != "" {
			// "… spread to Brazil, which has now confirmed 1,400 cases": the name the
			// relative clause stands beside, for the figures after the verb in it
			// (relativereporters.go)
			out = append(out, sourceCand{tok: k, src: src, forecast: true, sub: true})
			continue
		}
		if ff.is(k-1, wWho) {
			// "Trump, the presumptive nominee who says he is worth $10 billion": the name
			// the description stands beside, not a name inside it
			if src := ff.appositiveSpeaker(k, s.start); src != "" {
				relative = append(relative, sourceCand{tok: k, src: src})
				continue
			}
		}
		if w := ff.coordinatedRelative(a, k); w >= 0 {
			// "A black U.S. Army reservist who served in the Afghan war and said he wanted
			// to …": the relative clause's second verb, whose speaker is the one it
			// describes, never a name inside the description
			if src := ff.appositiveSpeaker(w+1, s.start); src != "" {
				relative = append(relative, sourceCand{tok: k, src: src})
			}
			continue
		}
		if src := ff.coordinatedTeller(out, a, e, k); src != "" {
			out = append(out, sourceCand{tok: k, src: src}) // "Police had said …, but later said another three": describedtellers.go
			continue
		}
		if r := ff.reducedRelativeTeller(a, e, k); r > a {
			a = r // "Dylann Roof, the man prosecutors say killed nine": prosecutors tell
		}
		sub := ff.subordinateTeller(a, k)
		if sub && ff.is(k, wPut, wPuts) && !ff.wordWithin(k+1, k+9, "at") {
			continue // "when it puts 100 customers in robocars": no telling
		}
		if src := ff.sourceNP(a, e); src != "" {
			// "…, including Abrini, who investigators say has confessed": a relative
			// clause's attribution, for its own words only
			// "… after the company said sales grew 9 percent": for the figures after the verb
			// only, as a forecaster's (subtellers.go)
			out = append(out, sourceCand{tok: k, src: src, appos: ff.is(a, wWho, wWhich) || ff.is(a-1, wWho, wWhich), apposFrom: s.start, forecast: sub, sub: sub,
				later: ff.andClauseTeller(a, e)})
			continue
		}
		if sub {
			continue // "… before this year and added two more": no teller after the subordinator
		}
		if ff.foundThat(k) || ff.studyFinding(k) {
			continue // what found it must head the clause: not "a catalog like Prince's …, our poll found"
		}
		if src := ff.closingTeller(si, a, e, k); src != "" {
			out = append(out, sourceCand{tok: k, src: src}) // "…, rights monitors said": before a name further back
		} else if ff.unauthoredDocument(a, e) {
			continue // "…, he fired 20 rounds from a Glock pistol, the complaint said": no one the statement names (documentteller.go)
		} else if src := ff.subjectBefore(k, s.start); src != "" {
			out = append(out, sourceCand{tok: k, src: src})
		}
	}
	for i := range out {
		if ff.is(out[i].tok, wEstimate) || ff.studyFinding(out[i].tok) || ff.outletEstimate(out[i]) {
			out[i].own = true // "officials estimate that …": an estimate, not what the next sentences go on reporting; "the report found a 9 percent rise": studyfindings.go
		}
	}
	out = keepRelative(out, relative)
	if len(out) == 0 && !said && forecast.src == "" {
		if src, k := ff.documentByAuthor(si); src != "" {
			// "In a report issued by the Harlow Institute, the city lost 12,000 jobs": the
			// author's, for this sentence only (authoreddocs.go)
			out, said = append(out, sourceCand{tok: k, src: src, own: true}), true
		}
	}
	if forecast.src != "" && onlyLaterEstimates(out, forecast.tok) {
		// a forecaster only where no one else speaks, or where the only other attribution
		// is an estimate's pollster whose comparison opens after the forecast ("IBM forecast
		// earnings of $13.50, missing the estimate of $15, according to …")
		out, said = append(out, forecast), true
	}
	return dropData(out), said
}

// onlyLaterEstimates reports whether every attribution of cands is an analysts'
// estimate (sourceCand.estimate) that holds only from a comparison after token tok: true
// for none.
func onlyLaterEstimates(cands []sourceCand, tok int) bool {
	for _, c := range cands {
		if !c.estimate || c.estimateFrom <= tok {
			return false
		}
	}
	return true
}

// dropData drops the data a sentence is "according to" when it names a speaker too: "The
// FCC said there are 223 million phones …, according to the most recent data" is the
// FCC's.
func dropData(cands []sourceCand) []sourceCand {
	speaker := false
	for _, c := range cands {
		speaker = speaker || !c.data
	}
	if !speaker {
		return cands
	}
	kept := cands[:0]
	for _, c := range cands {
		if !c.data {
			kept = append(kept, c)
		}
	}
	return kept
}

// nearestSource picks the attribution of a figure at token tok: the nearest one that no
// contrast separates from it ("… puts the toll at 10, while opposition activists say …").
// A "but" before an auxiliary or a past verb joins two predicates of one subject ("Two
// deputies were shot but are expected to survive, the FBI said"; "It had planned to
// raise $2 billion, but hiked its target, the person added"): no contrast. Nor is a
// "while" after the verb of saying that opens on no name: it stays inside what the
// teller says ("The FCC estimates that 95 percent … have access, while less than half
// …"; "The Observatory said air strikes had killed 91 while rebel shelling had claimed
// 49"), where "… is recalling 1.65 million vehicles while Subaru is recalling 400,000"
// opens another teller's clause.
func nearestSource(d *doc, cands []sourceCand, tok int) string {
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
			if d.is(k, wWhile, wWhereas) || d.is(k, wBut) && !d.is(k-1, wAll, wNothing, wNone, wAnything, wEverything, wEveryone) && !secondPredicate(d, k+1) || d.punct(k, ';') {
				if !(c.tok < k && d.is(k, wWhile, wWhereas) && !d.toks[k+1].has(fCap) && d.is(c.tok, wSaid, wSays, wSay, wTold, wTells, wReported, wReports, wAdded, wAdds, wEstimate, wEstimates, wEstimated)) {
					cost += 1000 // not "restored to all but about 900 households"
				}
			}
			if d.is(k, wAnd) && d.punct(k-1, ',') {
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

// sourceNP resolves a source phrase: entities (a person before an organization), joined
// by "and"; a pronoun; "the government"; or a description ("a government emergency center").
func (ff *figureFinder) sourceNP(a, b int) string {
	for a < b && ff.is(a, wAnd, wBut) {
		a++
	}
	if a >= b {
		return ""
	}
	if ff.documentHead(a, b) >= 0 {
		if au, ok := ff.documentSpeaker(a, b, true); ok {
			return au // "the statement said", "a U.S. Department of Justice statement"
		}
		if d := ff.namedDocuments(a, b); d != "" {
			return d // "court documents showed"
		}
		if r := ff.reportSource(a, b); r != "" {
			return r // "…, according to the Tallis Institute. …, the report said.": reportsources.go
		}
		if ff.pluralDocument(a, b) {
			if r := ff.earlierSource(a, b); r != "" {
				return r // "the records said" after "Court records said": attribution_desc.go
			}
		}
	}
	if o := ff.resumedOutletSource(a, b); o != "" {
		return o // "…, the newspaper reported" after "The Lakeside Herald reported": outletsources.go
	}
	if pm := ff.postModified(a, b); pm != "" {
		return pm // "a source close to the company": the source, not the company
	}
	if rf := ff.roleForSource(a, b); rf != "" {
		return rf // "a lawyer for one of the men": roleforsources.go
	}
	if c := ff.countedSource(a, b); c != "" {
		return c // "two police officials"
	}
	// split on "and", not inside one name ("Fish and Wildlife Service said")
	for k := a + 1; k < b-1; k++ {
		if ff.is(k, wAnd) && ff.entityOf(k) < 0 {
			l, r := ff.sourceNP(a, k), ff.sourceNP(k+1, b)
			if r != "" && ff.finiteWithin(a, k) {
				return r // "Manziel has been dropped by two agents and media reported": the clause after "and" tells
			}
			if l != "" && r != "" && ff.titlesOfOne(a, k, b) {
				return r // "Chairman and CEO Ann Roe told analysts": one person's two titles (titlesofone.go)
			}
			if l != "" && r != "" {
				return l + " and " + r
			}
		}
	}
	if o := ff.namedBody(a, b); o != "" {
		return o // "the monitoring group said" after "the Harbor Rights Monitor, a Britain-based monitoring group"
	}
	if o := ff.indefiniteBody(a, b); o != "" {
		return o // "a monitoring group said" before "the Harbor Rights Monitor, a Britain-based monitoring group": indefinitebodies.go
	}
	if h := ff.headEntity(a, b); h >= 0 {
		return ff.entName(h) // "Foxconn subsidiary FIH Mobile Ltd": the subsidiary
	}
	best, bestType := -1, 9
	modifierName := false
	for k := a; k < b; k++ {
		e := ff.entityOf(k)
		if e < 0 || ff.mentions[ff.entAt[k]].demonym {
			continue
		}
		if ff.compoundModifierName(ff.entAt[k], b) {
			modifierName = true
			continue // "the al-Qaida-linked group", "the Iran-backed militia": a modifier's name, not the speaker
		}
		rank := 9
		switch ff.ents[e].typ {
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
			if rank == 0 {
				if r := ff.roleNamedAfter(k, b); r >= 0 {
					best = r // "House leader Ann Cole aide Rob Hill": the aide speaks (rolenamed.go)
				}
			}
		}
	}
	if best >= 0 && (bestType < 3 || b-a == 1 || b-a == 2 && !isPersonish(ff.low(b-1))) {
		// a place names the speaker only on its own ("France said"); "the Tainan City
		// authorities" and "Missouri officials" are descriptions
		return ff.entName(best)
	}
	if b-a == 1 && ff.toks[a].feat&lxPronoun != 0 {
		if ff.is(a, wIt) {
			if o, ok := ff.itSpeaker(a); ok {
				return o // "Blackstone will pay …, it said": itsaid.go
			}
			if o := ff.itSubjectChain(a); o != "" {
				return o // "Rocket Internet highlighted … . It also noted … . It added that …": itsubjects.go
			}
			if e := ff.itsOrganization(a); e >= 0 {
				return ff.entName(e)
			}
		}
		if t := ff.theySource(a); t != "" {
			return t // "…, police officials said. They said …": theysources.go
		}
		return ff.speakerPronoun(a)
	}
	// "the fire agency" → National Fire Agency; "the government" → Taiwan government
	if ff.is(a, wThe) && b-a >= 2 {
		phrase := strings.ToLower(ff.span(a+1, b))
		if phrase == "government" && ff.mainCountry != "" {
			return ff.mainCountry + " government"
		}
		for _, e := range ff.ents {
			if e.dropped || e.typ == kg.Person || e.typ == kg.Place {
				continue
			}
			ln := strings.ToLower(e.name)
			if ln != phrase && strings.HasSuffix(ln, " "+phrase) {
				return e.name
			}
		}
		if best < 0 {
			if o := ff.rankedBusiness(a, b); o != "" {
				return o // "the world's biggest social network said": rankedtellers.go
			}
			if o := ff.kindSource(a, b); o != "" {
				return o // "the wearable camera maker said": definites.go's name for the kind
			}
			if d := ff.description(a, b); d == "" || d == phrase || d == ff.span(a+1, b) {
				if r := ff.earlierSource(a, b); r != "" {
					return r // "the sources said" after "military sources said"
				}
			}
		}
		if phrase == "company" || phrase == "firm" {
			if name := ff.salientCompany(a, phrase); name != "" {
				return name // the story's company: salience.go
			}
			for k := a - 1; k >= max(0, a-300); k-- {
				if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Organization {
					return ff.entName(e)
				}
			}
		}
		if o := ff.companiesNamed(a, b); o != "" {
			return o // "the two companies said" after "ASML's acquisition of HMI"
		}
		if o := ff.companiesBefore(a, b); o != "" {
			return o // the companies of a sentence before: subtellers.go
		}
		if ff.describedCompany(a, b) {
			if name := ff.salientCompany(a, ff.low(b-1)); name != "" {
				return name // "the Shenzhen-based company said": the story's company
			}
		}
	} else if t := ff.townBeforeBased(a); t >= 0 && ff.describedCompany(t, b) {
		if name := ff.salientCompany(t, ff.low(b-1)); name != "" {
			return name // "The Palo Alto, California-based company said"
		}
	}
	if best >= 0 || modifierName {
		if ff.finiteWithin(a, b) {
			return "" // "the … case and was captured in Mexico": a clause, no teller's name
		}
		return strings.TrimPrefix(ff.span(a, b), "the ")
	}
	desc := ff.description(a, b)
	if desc == "" && b-a <= 4 && isPersonish(ff.low(b-1)) && !pluralSpeakerHead(ff.low(b-1)) {
		desc = strings.TrimPrefix(ff.span(a, b), "the ")
	}
	if desc == "police" {
		if o := ff.namedPolice(); o != "" {
			return o // "police said" in a story of one named police force: namedpolice.go
		}
	}
	if o := ff.definiteBody(a, b); o != "" && desc != "" {
		return o // "the transportation department said" after "the Colorado Department of Transportation": indefinitebodies.go
	}
	if p := ff.roleHolder(desc); p != "" && desc != "" && !plural(lastWord(desc)) {
		return p // "the sheriff", "the local sheriff": the article's one sheriff
	}
	if desc == "" && best < 0 && !ff.punct(a-1, ',') { // not an apposition's "NAME, pastor at the church told"
		if p := ff.placePhraseStart(a, b); p > a {
			return ff.sourceNP(a, p) // "a senior security officer at the scene told Reuters"
		}
	}
	if desc == "" && best < 0 {
		if o := ff.bareOutletTeller(a, b); o != "" {
			return o // "Forbes estimates his net worth at …": outlettellers.go
		}
	}
	return desc
}

// placePhraseStart returns where a phrase of place closes the source phrase a..b-1 — "at
// the scene", "in the area", "on the ground": a preposition of place, a determiner and at
// most two lower-case words — or -1.
func (ff *figureFinder) placePhraseStart(a, b int) int {
	for p := b - 3; p > a && p >= b-4; p-- {
		if !ff.is(p, wAt, wIn, wOn) || !ff.is(p+1, wThe) {
			continue
		}
		for j := p + 2; j < b; j++ {
			if ff.toks[j].kind != tWord || ff.toks[j].has(fCap) {
				return -1
			}
		}
		return p
	}
	return -1
}

// compoundModifierName reports whether mention mi, before token b, is the name inside a
// compound modifier with a participle: "al-Qaida-linked", "Iran-backed", "Saudi-led"
// (one token or three), which says what kind of speaker the phrase's head is, not who.
func (ff *figureFinder) compoundModifierName(mi int32, b int) bool {
	m := &ff.mentions[mi]
	last := &ff.toks[m.b-1]
	w := ff.text[last.s:last.e]
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' && strings.HasSuffix(w, "ed") && !strings.HasSuffix(ff.ents[m.ent].name, w[i:]) {
		return true
	}
	return m.b+1 < b && ff.punct(m.b, '-') && !ff.toks[m.b].has(fSpace) && strings.HasSuffix(ff.low(m.b+1), "ed")
}

// linkedSource: "More on GlobalPost: …" is GlobalPost's own headline.
func linkedSource(d *doc, si int) string {
	s := &d.sents[si]
	for k := s.a + 2; k < s.b && k < s.a+6; k++ {
		if d.punct(k, ':') {
			return d.span(s.a+2, k)
		}
	}
	return ""
}

// postModifiers open what follows a speaker's head and says who the speaker is:
// "people familiar with the matter", "a source close to the company", "officials
// briefed on the talks" (and "with [direct] knowledge of": "a person with knowledge of the
// plan", "a person with direct knowledge of the Lazada deal"; "involved in": "one
// executive involved in the discussion"; postModified lets an adverb come first: "sources
// directly involved in the deal").
var postModifiers = newTokSet(map[string]bool{"familiar": true, "close": true, "briefed": true, "knowledgeable": true})

// postModified reads the speaker a..b-1 whose head is followed by a post-modifier
// ("people familiar with the matter"): the whole phrase, since that is how the report
// names them; or "" when no speaker's head comes before one.
func (ff *figureFinder) postModified(a, b int) string {
	for b > a && ff.is(b-1, wHave, wHas, wHad, wWould, wWill, wAlso, wPreviously, wEarlier) {
		b-- // "Sources close to Boeing have said"
	}
	for k := a + 1; k < b && k-a <= 4; k++ {
		pm := k
		if ff.toks[k].kind == tWord && strings.HasSuffix(ff.low(k), "ly") && k+1 < b {
			pm = k + 1 // "three sources directly involved in the deal"
		}
		// "one executive involved in the discussion", as quotes_relayed.go reads it
		involved := ff.is(pm, wInvolved) && ff.is(pm+1, wIn)
		if !(ff.in(pm, postModifiers) || involved || ff.is(k, wWith) && (ff.is(k+1, wKnowledge) || ff.is(k+2, wKnowledge))) || b-k > 8 {
			continue
		}
		if ff.description(a, k) == "" && !(ff.is(k-1, wPeople, wPerson) && k-a <= 2) {
			return "" // "people" speak only so described, never bare ("people said")
		}
		return strings.TrimPrefix(ff.span(a, b), "the ")
	}
	return ""
}

// openingName returns the person or organization whose name opens sentence si and is
// followed by a comma before token k ("Ke Jie, an 18-year-old Chinese player, …"), or "".
func (ff *figureFinder) openingName(si, k int) string {
	s := &ff.sents[si]
	mi := ff.entAt[s.start]
	if mi < 0 || ff.mentions[mi].ent < 0 {
		return ""
	}
	m := &ff.mentions[mi]
	if e := ff.ents[m.ent]; (e.typ == kg.Person || e.typ == kg.Organization) && ff.punct(m.b, ',') && m.b < k {
		return ff.entName(m.ent)
	}
	return ""
}

// reducedPassiveAgent reads the agent of a verb of saying used as a participle after the
// noun it reports, with no auxiliary before it ("six deaths, a toll confirmed by the
// coroner's office"; "300 crashes reported by the highway patrol"): the phrase after
// "by", when it names a speaker, and ok. When an infinitive follows the agent ("a
// couple said by officials to have been inspired by …" reports the inspiration, not a
// figure) src is "" and ok is true: the verb attributes nothing. ok is false when the
// verb is no such participle, or its agent names no speaker ("reported by phone").
// The auxiliary passive ("were reported by") is passiveReport's.
func (ff *figureFinder) reducedPassiveAgent(k, end int) (src string, ok bool) {
	if !ff.is(k+1, wBy) || !ff.is(k, wSaid, wTold, wReported, wConfirmed, wEstimated, wAnnounced, wStated, wCounted, wTallied) {
		return "", false
	}
	e := ff.agentEnd(k+2, end)
	if ff.is(e, wTo) {
		return "", true // "a couple said by U.S. authorities to have been inspired …": what they say is the infinitive's
	}
	src = ff.sourceNP(k+2, e)
	return src, src != ""
}

// companiesNamed resolves "the companies", "the two companies", "the three firms" (a..b-1,
// opening with "the") to the organizations its sentence names, joined by "and", when
// it names two or more and no more than the count says ("ASML's acquisition of HMI …,
// the two companies said" → ASML and HMI); or "".
func (ff *figureFinder) companiesNamed(a, b int) string {
	if b-a > 3 || !ff.is(b-1, wCompanies, wFirms) || b-a == 3 && ff.toks[a+1].feat&lxNumWord == 0 {
		return ""
	}
	want := 0
	if b-a == 3 {
		want = int(numberWords[ff.low(a+1)])
	}
	s := &ff.sents[ff.sentOf(a)]
	var names []string
	seen := map[int]bool{}
	for k := s.a; k < s.b; k++ {
		e := ff.entityOf(k)
		if e < 0 || seen[e] || ff.ents[e].typ != kg.Organization {
			continue
		}
		seen[e] = true
		names = append(names, ff.entName(e))
	}
	if len(names) < 2 || want > 0 && len(names) > want {
		return ""
	}
	return strings.Join(names, " and ")
}

// forecastVerbs say what their subject expects a figure to be: "Boeing expects to
// deliver 745 planes", "Amazon forecast sales of $29 billion", "Koslowski predicts, 10
// percent …". The forecaster is the figure's source, as a speaker is; so is whoever
// calculates one ("researchers at IDC calculated an 11.8 percent drop").
var forecastVerbs = newTokSet(map[string]bool{"expects": true, "forecast": true, "forecasts": true,
	"predicts": true, "predicted": true, "projects": true, "projected": true,
	"anticipates": true, "anticipated": true, "reckons": true, "reckoned": true,
	"foresees": true, "foresaw": true, "calculates": true, "calculated": true})

// progressiveForecastVerbs are forecast verbs in the progressive, after "is" or "are":
// "Rio is expecting about 500,000 visitors", "Tesla is forecasting sales of 500,000
// cars".
var progressiveForecastVerbs = newTokSet(map[string]bool{"expecting": true, "forecasting": true,
	"predicting": true, "projecting": true, "anticipating": true})

// disclosureVerbs make public what their subject holds or knows, a clause after "that"
// or an object: "Alphabet revealed that it has $73 billion cash on hand", "Corvex
// disclosed on Monday that it owns 9.9 percent". The subject is the figure's source as a
// forecaster is, for the figures after the verb in its clause.
var disclosureVerbs = newTokSet(map[string]bool{"revealed": true, "reveals": true, "disclosed": true, "discloses": true})

// forecaster reads a forecast verb (forecastVerbs, progressiveForecastVerbs after "is"
// or "are") or a disclosure verb (disclosureVerbs) at token k of sentence si in the
// active voice, right after its subject (not "is projected", "as predicted", "the
// October forecast", "a sales forecast", "which expects") and returns that subject, a
// person's or organization's name or a pronoun that stands for one, or "" when the
// subject names no one; ok is
// false when k is no such verb.
func (ff *figureFinder) forecaster(si, k int) (src string, ok bool) {
	w := ff.low(k)
	if !ff.mayBe(k, w, wcForecast) {
		return "", false // none of the three sets holds w
	}
	progressive := progressiveForecastVerbs.has(w) && ff.is(k-1, wIs, wAre)
	intent := ff.statedIntent(k, w) // "Verizon plans to hire 1,400 workers": intentsources.go
	progressive = progressive || intent && progressiveIntentVerbs.has(w)
	if !forecastVerbs.has(w) && !disclosureVerbs.has(w) && !progressive && !intent || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) {
		return "", false
	}
	if !progressive && ff.is(k-1, wIs, wAre, wWas, wWere, wBeen, wBe, wBeing, wAs, wThan, wThe, wA, wIts, wTheir, wHis, wHer, wOur) || ff.is(k+1, wBy, wFor, wOf) {
		return "", false // "is projected to", "as predicted", "its forecast for", "forecast by analysts"
	}
	s := &ff.sents[si]
	a := k
	for a > s.start && k-a < 12 && !ff.punct(a-1, ',') && !ff.punct(a-1, ';') && ff.toks[a-1].kind != tCloseQ && !ff.is(a-1, wThat) {
		a--
	}
	e := k
	for e > a+1 && (ff.is(e-1, wAlso, wNow, wStill, wHas, wHave, wHad) || progressive && e == k && ff.is(e-1, wIs, wAre)) {
		e-- // "It now projects", "the company has forecast", "Rio is expecting"
	}
	if e > a+2 && ff.is(e-2, wOn) && ff.toks[e-1].feat&lxDay != 0 {
		e -= 2 // "Sony Corp on Tuesday forecast"
	}
	e = ff.beforeParenthesis(a, e) // "The Harlow Farm Agency (HFA) forecasts", "Acme Corp (ACM.N) forecast"
	if a == k && ff.punct(k-1, ',') {
		return ff.apposedForecaster(si, k), true // "Mina Sorel, head of research at Acme, forecast 40 deals"
	}
	if !ff.forecasterBefore(e - 1) {
		return "", true // "a sales forecast", "Wii U sales predicted", "Airbnb, which expects"
	}
	src = ff.sourceNP(a, e)
	if t := ff.typeOfName(src); t != kg.Person && t != kg.Organization {
		return "", true // "the Model S is projected …", "analysts forecast": no one the article names
	}
	return src, true
}

// forecasterBefore reports whether token j, right before a forecast verb, ends its
// subject: a person's or organization's name, a personal pronoun, "the company" (a
// description that stands for the organization) or the organization's experts ("Trepp
// analysts": bodyexperts.go).
func (ff *figureFinder) forecasterBefore(j int) bool {
	if e := ff.entityOf(j); e >= 0 {
		return ff.ents[e].typ == kg.Person || ff.ents[e].typ == kg.Organization
	}
	return ff.is(j, wIt, wHe, wShe, wThey) || ff.is(j, wCompany, wGroup, wFirm, wBank, wAgency) && ff.is(j-1, wThe) || ff.bodyExpertsAt(j)
}

// forecastReach drops from cands a forecaster's verb that cannot source the figure at
// tok: one after the figure ("shares rose 10 percent after the company forecast …") or
// past a comma that closes the forecast ("Apple forecast revenue of $41 billion, short of
// the consensus of $47.3 billion"); a comma right after the verb ("By 2020, Koslowski
// predicts, 10 percent …") closes nothing, nor do the commas around a relative clause
// the figure is not in ("Toshiba forecast its memory unit, which makes chips, to book a
// loss of $40 million": commaPastRelatives).
func (ff *figureFinder) forecastReach(cands []sourceCand, tok int) []sourceCand {
	for i, c := range cands {
		if c.forecast && (tok < c.tok || ff.commaPastRelatives(c.tok+1, tok)) {
			out := append([]sourceCand(nil), cands[:i]...)
			return append(out, cands[i+1:]...)
		}
	}
	return cands
}

// laterOnly drops from cands a writer's verb (sourceCand.later) after the figure at tok:
// "Despite losing 7 million subscribers, Skipper maintains that …" is the article's own
// background.
func laterOnly(cands []sourceCand, tok int) []sourceCand {
	for i, c := range cands {
		if c.later && tok < c.tok {
			out := append([]sourceCand(nil), cands[:i]...)
			return laterOnly(append(out, cands[i+1:]...), tok)
		}
	}
	return cands
}

// tellerBefore reports whether cands holds a teller, not a writer's verb, before token
// k: a verb of saying after it states what that teller says.
func tellerBefore(cands []sourceCand, k int) bool {
	for _, c := range cands {
		if c.tok < k && !c.own && !c.forecast {
			return true
		}
	}
	return false
}

// commaPastRelatives is commaBetween(a, b) that steps over a relative clause closed
// before b: the comma before its pronoun (", which", ", who") and the comma that ends
// it; also over a comma that opens a restatement of the forecast (restatement). A
// figure inside the relative clause, or after one the sentence does not close, still
// lies past a comma.
func (ff *figureFinder) commaPastRelatives(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !ff.punct(k, ',') && !ff.punct(k, ';') && ff.toks[k].kind != tDash {
			continue
		}
		if ff.punct(k, ',') && ff.restatement(k+1, b) {
			continue // "…, or up 17 percent", "…, at about 14 percent of output": forecastcommas.go
		}
		if !ff.punct(k, ',') || ff.clauseOf(k+1) == 0 {
			return true
		}
		rel := ff.clauseOf(k + 1)
		m := k + 2
		for m < b && ff.clauseOf(m) == rel && !ff.punct(m, ',') {
			m++
		}
		if m >= b || !ff.punct(m, ',') {
			return true // the figure is in the relative clause, or no comma closes it
		}
		k = m
	}
	return false
}

// auxiliaryIn reports whether an auxiliary verb lies in tokens a..b-1: after "…, said"
// such words are what was said ("…, said the new agency was expected to take over 8,800
// investigators"), not who said it.
func (ff *figureFinder) auxiliaryIn(a, b int) bool {
	for k := a; k < b; k++ {
		if ff.in(k, auxiliaries) {
			return true
		}
	}
	return false
}

// spokenAfter drops from cands a speaker read past an apposition when the figure at tok
// lies between the speaker's name and the verb (sourceCand.apposFrom): "Manning, who
// battled back from an injury that cost him six games, said …" gives the six games in
// the article's own voice.
func spokenAfter(cands []sourceCand, tok int) []sourceCand {
	for i, c := range cands {
		if c.appos && c.apposFrom <= tok && tok < c.tok {
			out := append([]sourceCand(nil), cands[:i]...)
			return append(out, cands[i+1:]...)
		}
	}
	return cands
}

// andClauseTeller reports whether the teller phrase a..e-1 is a clause's after "and"
// that follows a finite clause of its own ("Manziel has been dropped by two agents this
// year and media reported he …"), as sourceNP reads it: the teller tells only what
// follows its verb, not the clause before "and".
func (ff *figureFinder) andClauseTeller(a, e int) bool {
	if ff.is(a, wAnd) && a >= 2 && ff.punct(a-1, ',') {
		// "…, Manziel has been dropped by two agents this year, and media reported …": the
		// clause before the comma
		b := a - 2
		for b > 0 && a-b < 40 && !ff.punct(b-1, ',') && ff.toks[b-1].kind != tStop {
			b--
		}
		return ff.finiteWithin(b, a-1)
	}
	for k := a + 1; k < e-1; k++ {
		if ff.is(k, wAnd) && ff.entityOf(k) < 0 && ff.finiteWithin(a, k) {
			return true
		}
	}
	return false
}

// coordinatedRelative returns the "who" of a relative clause whose second verb is the
// verb of saying at k ("who served in the Afghan war and said"), searched from k back to
// a with no punctuation between; or -1.
func (ff *figureFinder) coordinatedRelative(a, k int) int {
	if !ff.is(k-1, wAnd) {
		return -1
	}
	for j := k - 2; j >= a && j > k-14; j-- {
		if ff.toks[j].kind != tWord {
			return -1
		}
		if ff.is(j, wWho) {
			return j
		}
	}
	return -1
}

// keepRelative adds to cands the speakers of relative clauses ("Trump, the presumptive
// nominee who says he is worth $10 billion, said …") where no other speaker of the
// sentence differs from them: in "Authorities said Johnson, a veteran who said he
// wanted …, killed five officers" the authorities speak for the five.
func keepRelative(cands, relative []sourceCand) []sourceCand {
	for _, r := range relative {
		keep := true
		for _, c := range cands {
			keep = keep && c.src == r.src
		}
		if keep {
			cands = append(cands, r)
		}
	}
	return cands
}

// commaAfterTown returns the first comma in a..b-1, or a-2 when there is none.
func (ff *figureFinder) commaAfterTown(a, b int) int {
	for k := a; k < b; k++ {
		if ff.punct(k, ',') {
			return k
		}
	}
	return a - 2
}

// townBeforeBased returns the "the" before a town and its comma that open the source
// phrase at a when a is its state's "-based" ("The Palo Alto, California-based company":
// the phrase is cut at the comma), or -1.
func (ff *figureFinder) townBeforeBased(a int) int {
	if a < 3 || !ff.punct(a-1, ',') || ff.entAt[a-2] < 0 || !strings.HasSuffix(ff.low(a), "-based") && !(ff.punct(a+1, '-') && ff.is(a+2, wBased)) {
		return -1
	}
	if e := ff.entityOf(a - 2); e < 0 || ff.ents[e].typ != kg.Place {
		return -1
	}
	m := &ff.mentions[ff.entAt[a-2]]
	if !ff.is(m.a-1, wThe) {
		return -1
	}
	return m.a - 1
}

// describedCompany reports whether a..b-1 is "the company" or "the firm" with modifiers
// that say no more than what the story's company is ("the Shenzhen-based company", "the
// ride-sharing company", "the heavily indebted company"): lower-case words and "X-based",
// no name of a person or organization, no number, no nationality (nationalKind's).
func (ff *figureFinder) describedCompany(a, b int) bool {
	return ff.is(b-1, wCompany, wFirm) && ff.describedHead(a, b)
}

// describedHead reports whether the words between "the" at a and the head at b-1 say no
// more than what the story's company is (describedCompany's modifiers).
func (ff *figureFinder) describedHead(a, b int) bool {
	if b-a < 3 || b-a > 9 || !ff.is(a, wThe) {
		return false
	}
	if b-a > 5 && ff.townBeforeBased(ff.commaAfterTown(a, b)+1) != a {
		return false // only "the TOWN, STATE-based company" is longer
	}
	for k := a + 1; k < b-1; k++ {
		t := &ff.toks[k]
		if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ != kg.Place || ff.mentions[max(ff.entAt[k], 0)].demonym && ff.entAt[k] >= 0 {
			return false
		}
		switch {
		case t.kind == tWord && !t.has(fCap) && t.feat&(lxFunc|lxNumWord|lxPronoun) == 0:
		case t.kind == tWord && strings.HasSuffix(ff.low(k), "-based"):
		case ff.punct(k, '-') || ff.is(k, wBased) && ff.punct(k-1, '-'):
		case ff.entityOf(k) >= 0 && (ff.punct(k+1, '-') || strings.HasSuffix(ff.low(k), "-based")):
		case ff.entityOf(k) >= 0 && ff.entAt[k+1] == ff.entAt[k]: // "Palo Alto"
		case ff.entityOf(k) >= 0 && ff.punct(k+1, ',') && ff.townBeforeBased(k+2) == a: // "Palo Alto,"
		case ff.punct(k, ',') && ff.townBeforeBased(k+1) == a:
		default:
			return false
		}
	}
	return true
}

// openingSpeaker returns the person or organization named in a description that opens
// sentence si, when the description is the sentence's subject up to its first comma,
// before token k, and ends in a speaker's head ("A Nintendo spokesman, asked about its
// strategy, said" → Nintendo; "The Shanghai-based Galleon group, which …, estimates");
// or "". Not a description that names no one ("The company, which …, said").
func (ff *figureFinder) openingSpeaker(si, k int) string {
	s := &ff.sents[si]
	c := ff.openingComma(si, k)
	if c < 0 || c-s.start < 2 || !isPersonish(ff.low(c-1)) || !ff.is(s.start, wA, wAn, wThe) {
		return ""
	}
	src := ff.sourceNP(s.start, c)
	for j := s.start; j < c; j++ {
		if e := ff.entityOf(j); e >= 0 && ff.entName(e) == src {
			return src // a name of the phrase itself, not one "the company" resolves to
		}
	}
	return ""
}

// openingComma returns the comma that ends the words sentence si opens with, within
// seven words and before token k ("The company, which …", "A Nintendo spokesman, asked
// …"), or -1: words only, none quoted.
func (ff *figureFinder) openingComma(si, k int) int {
	s := &ff.sents[si]
	c := s.start
	for c < k && c-s.start <= 6 && !ff.punct(c, ',') {
		if ff.toks[c].kind != tWord || ff.quoteOf[c] != 0 {
			return -1
		}
		c++
	}
	if c >= k || !ff.punct(c, ',') {
		return -1
	}
	return c
}

// itsOrganization returns the organization a source "it" at token a stands for: the
// nearest one named in the 300 tokens before, passing over a body only cited for a
// figure ("according to Harlow Data Services", citedSource) or named only as where a
// person works ("Harlow analyst Tom Wade", "Tom Wade of Harlow"); -1 when none.
func (ff *figureFinder) itsOrganization(a int) int {
	for k := a - 1; k >= max(0, a-300); k-- {
		e := ff.entityOf(k)
		if e < 0 || ff.ents[e].typ != kg.Organization || pluralRole(strings.ToLower(ff.ents[e].name)) != "" {
			continue // a capitalised "Analysts" read as a body is no one's "it"
		}
		if m := &ff.mentions[ff.entAt[k]]; !ff.citedSource(m) && !ff.titleModifier(m) && !ff.affiliation(m) {
			return e
		}
	}
	return -1
}

// finiteWithin reports whether a form of "be" or "have", or "said", "says" or "told",
// stands among tokens a..b-1: the
// words hold a clause ("Sweden and Netherlands were among countries which"), not the
// name of whoever speaks.
func (ff *figureFinder) finiteWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if ff.is(k, wWas, wWere, wIs, wAre, wHas, wHad, wHave, wBeen, wSaid, wSays, wTold) {
			return true // "A staff member of Falluja's hospital said it received reports": a clause
		}
	}
	return false
}

// reducedRelativeTeller returns where the teller of the speech verb at k starts when the
// phrase a..e-1 is a person's or a group's noun with a relative clause that drops its
// "whom" ("the man prosecutors say killed nine", "the group officials say carried out
// the attack"): the verb after the speech verb has no subject of its own (a past form
// right after it), so the words after the noun tell; else a.
func (ff *figureFinder) reducedRelativeTeller(a, e, k int) int {
	n := a
	if ff.is(n, wThe, wA, wAn) {
		n++
	}
	if n+1 >= e || ff.toks[n].kind != tWord || ff.toks[n].has(fCap) || ff.toks[n].feat&lxPersonNoun == 0 && !ff.is(n, wGroup) {
		return a
	}
	next := ff.low(k + 1)
	if k+1 >= len(ff.toks) || ff.toks[k+1].kind != tWord || !pastForm(next) && irregularVerbs[next] == "" {
		return a
	}
	if t := &ff.toks[n+1]; t.kind != tWord || !t.has(fCap) && t.feat&lxPersonNoun == 0 && !ff.is(n+1, wPolice, wAuthorities, wInvestigators, wProsecutors, wOfficials) {
		return a
	}
	return n + 1
}

// closingTeller reads the few words between a comma and a verb of saying that closes
// sentence si as its teller when no other rule names one ("…, dissidents said.",
// "…, local security forces said.", "…, mountain rescue told TVN24."): the clause's
// shape says they are who tells, whatever their head noun. Words a..e-1, one to four
// lower-case words, none a name, a number, a pronoun or a function word: a phrase with
// "the" ("the fund said") goes back to a body named before, which "fund" does not
// name; the verb a verb of saying that nothing but a few words of when or where follow
// (trailingAttribution). It returns the words, or "".
func (ff *figureFinder) closingTeller(si, a, e, k int) string {
	if !ff.punct(a-1, ',') || e-a < 1 || e-a > 9 || !ff.is(k, wSaid, wSays, wSay, wTold, wReported, wAdded) || !ff.trailingAttribution(si, k) {
		return ""
	}
	and := -1 // "…, rights monitors and rescue volunteers said": two bare tellers, each of four words at most
	for j := a; j < e; j++ {
		t := &ff.toks[j]
		if ff.is(j, wAnd) && and < 0 && j > a && j < e-1 {
			and = j
			continue
		}
		if t.kind != tWord || ff.quoteOf[j] != 0 || ff.entAt[j] >= 0 || t.has(fCap) || t.feat&(lxPronoun|lxNumWord|lxQual|lxSpeech|lxFunc) != 0 {
			return ""
		}
	}
	if and < 0 && e-a > 4 || and >= 0 && (and-a > 4 || e-and-1 > 4) {
		return ""
	}
	return ff.span(a, e)
}

// kindSource reads "the [modifiers] KIND" (a..b-1) whose head is the kind of a business
// or a publication that no speaker's head covers ("the wearable camera maker", "the
// online retail giant", "the airline", "the magazine"): the organization it stands for
// (describedName: the one the article called so, else the nearest name that fits), or "".
func (ff *figureFinder) kindSource(a, b int) string {
	head := ff.low(b - 1)
	k, ok := definiteKind[head]
	if !ok || isPersonish(head) || k.sort != sortMaker && k.sort != sortCalled {
		return ""
	}
	if name := ff.describedName(a, b, false); name != "" {
		return name
	}
	if businessKinds.has(head) && ff.describedHead(a, b) {
		return ff.salientCompany(a, head) // "the wearable camera maker said": the story's company
	}
	return ""
}

// businessKinds are the kinds of definiteKind that only a business is: a description
// of one with modifiers that name no one ("the online retail giant") is the story's
// company, as "the ride-sharing company" is.
var businessKinds = newTokSet(map[string]bool{"maker": true, "manufacturer": true, "giant": true,
	"upstart": true, "lender": true, "retailer": true, "insurer": true, "airline": true,
	"automaker": true, "carmaker": true, "chipmaker": true, "startup": true, "start-up": true,
	"conglomerate": true, "brokerage": true})

// otherSource reads what a report is "according to" (a..b-1) when it names no person,
// organization, group or place but a name of no known kind: a research firm, a website or
// a project the article names only there ("according to iResearch", "according to the
// Adjunct Project", "according to data compiled by The Verge", "according to a Real Clear
// Politics polling average"). The name must stand after nothing but lower-case words
// ("estimates compiled by") and before nothing but the data it gives ("polling
// average"). It returns the name, or "".
func (ff *figureFinder) otherSource(a, b int) string {
	found := -1
	for k := a; k < b; k++ {
		mi := ff.entAt[k]
		if mi < 0 {
			if t := &ff.toks[k]; t.kind != tWord || t.has(fCap) && !ff.is(k, wThe, wA, wAn) {
				return "" // a number, a mark, a capital outside a name
			}
			continue
		}
		m := &ff.mentions[mi]
		if m.ent < 0 || m.demonym || ff.ents[m.ent].typ != kg.Other || found >= 0 {
			return ""
		}
		found = m.ent
		if m.b < b && !ff.in(b-1, dataSources) && !ff.is(b-1, wAverage) {
			return "" // "according to the Bible's account": no data after the name
		}
		k = m.b - 1
	}
	if found < 0 {
		return ""
	}
	return ff.entName(found)
}

// saidToInfinitive reports whether "said" or "reported" at k, with an infinitive after
// it, says no teller: a participle after its common noun ("a network said to include
// thousands") or a passive with an adverb ("is also said to be packing"). A name before
// the verb tells ("Gerspach said to expect a drop"), as does "said to reporters".
func (ff *figureFinder) saidToInfinitive(k int) bool {
	if !ff.is(k, wSaid, wReported) || !ff.is(k+1, wTo) || k+2 >= len(ff.toks) {
		return false
	}
	if !ff.is(k+2, wBe, wHave) {
		t := &ff.toks[k+2]
		if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxPronoun|lxNumWord) != 0 || isPersonish(ff.low(k+2)) {
			return false
		}
	}
	j := k - 1
	for j > 0 && (ff.is(j, wAlso, wWidely, wOften, wNow) || strings.HasSuffix(ff.low(j), "ly") && ff.toks[j].kind == tWord && !ff.toks[j].has(fCap)) {
		j--
	}
	if ff.is(j, wIs, wAre, wWas, wWere, wBe, wBeen, wBeing) {
		return j < k-1 // "is also said to be": the plain auxiliary passive is passiveReport's
	}
	p := &ff.toks[k-1]
	return j == k-1 && p.kind == tWord && !p.has(fCap) && p.feat&(lxFunc|lxPronoun) == 0 && ff.entAt[k-1] < 0
}

// webDomain returns the word a..b-1 when it is one website's address, after an
// optional "the" and "site" ("according to flightlog.com", "according to the site
// ferrywatch.org"): a word the tokenizer kept whole with a site's ending (siteWord), which
// the entities stage leaves unnamed when it is written lower-case; or "".
func (ff *figureFinder) webDomain(a, b int) string {
	if ff.is(a, wThe) {
		a++
	}
	if ff.is(a, wSite, wWebsite) {
		a++ // "according to the website ferrywatch.org"
	}
	if a != b-1 || ff.toks[a].kind != tWord || !siteWord(ff.tok(a)) {
		return ""
	}
	return ff.tok(a)
}

// titleComma returns the comma an apposition closes on before a verb at c+1: c, or the
// comma inside the marks of a title that ends the apposition (`NAME, host of "Night
// Quiz," said`: the comma before the closing mark, when the marks hold no quote).
func (ff *figureFinder) titleComma(c int) int {
	if c > 1 && ff.toks[c].kind == tCloseQ && ff.punct(c-1, ',') && ff.quoteOf[c-1] == 0 {
		return c - 1
	}
	return c
}
