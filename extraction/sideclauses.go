package extraction

import "github.com/factgraph/kg"

// Side clauses and their tellers: a toll that a side clause recalls as background is not
// what the teller of the sentence's main clause tells. "Two days after bombings at the
// airport killed 31 people, a guard was found dead, local media reported": local media
// reported the guard's death, not the 31. "Amid the attacks in Paris, which killed 130
// people, lawmakers said Europe must act": the lawmakers said nothing of the 130.
//
// The side clauses are relative clauses (clauses: "which killed 130", "in which 31 people
// died", "the gunman who killed 14") and passing clauses that an adverbial conjunction
// opens ("after", "since", "amid", "weeks after … killed 31"; sideOpeners), with a
// participle that continues them past a comma ("Hours after bombs rocked Brussels,
// killing 31 people, …").
//
// The rule, by where the teller's verb stands:
//   - before the side clause: the clause lies inside what the teller says, and the toll
//     keeps the teller ("The FBI director said the agency was examining the phone of the
//     gunman who killed 14 people": reported speech gives its words, relative clauses
//     included, to its speaker), unless the toll is a past event's the writer recalls
//     (sideBackground: "… after their rampage in December that killed 14");
//   - inside the side clause ("after bombings that officials said killed 31"), or set off
//     in commas right after it ("…killed 31 people, police said, …"; ownTeller): the
//     clause's own teller, kept;
//   - after it, when the side clause is fronted (frontedSide: the sentence opens on it,
//     "Amid …, lawmakers said …", "Two days after …, a guard was found dead, local media
//     reported"): the main clause's teller, dropped;
//   - after it, at the end of a sentence whose main clause comes first ("A man was
//     arrested in connection with a shooting that killed three people, police said"): the
//     trailing teller tells the whole sentence, a wire lead's news and its toll, and the
//     toll keeps it, unless the figures stage finds the toll background (a past event:
//     finishScopes), which the lead's teller recalls but does not tell
//     (sideBackground: "Abrini, thought to have helped prepare the attack that killed
//     130 people in the French capital, was held, prosecutors said").

// sideOpeners open an adverbial clause or phrase that sets a toll beside the main
// clause's news: its time ("after", "since", "before", "following") or its
// circumstance ("amid").
var sideOpeners = newTokSet(map[string]bool{"after": true, "since": true, "before": true,
	"following": true, "amid": true, "amidst": true, "during": true})

// timeLeads are the words a lead of time before a side opener is made of, with the
// numbers and number words ("Two days after", "Just hours after", "Ten months after").
var timeLeads = newTokSet(map[string]bool{"a": true, "few": true, "several": true, "just": true,
	"only": true, "shortly": true, "soon": true, "minutes": true, "hours": true, "hour": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "less": true, "more": true, "than": true, "nearly": true,
	"almost": true, "barely": true})

// sideClause returns the span open..end-1 of the side clause that holds the toll at token
// tok of sentence si (a relative clause, else a passing clause after sideOpeners), end
// being the comma, semicolon or dash that closes it or the sentence's end; ok is false
// when the toll stands in no side clause.
func (ff *figureFinder) sideClause(si, tok int) (open, end int, ok bool) {
	s := &ff.sents[si]
	if c := ff.clauseOf(tok); c != 0 {
		open = tok
		for open > s.start && ff.clauseOf(open-1) == c {
			open--
		}
		for k := open + 2; k < tok; k++ {
			if ff.in(k, auxiliaries) {
				// "A wildfire that more than doubled in size on Friday has killed two
				// people": no comma closes the relative clause, and the toll is the
				// main clause's
				return 0, 0, false
			}
		}
		return open, ff.sideClauseEnd(si, tok), true
	}
	commas := 0
	for k := tok - 1; k >= s.start && k >= tok-24; k-- {
		if ff.punct(k, ',') && commas == 0 && k+1 < tok && ff.participle(k+1) {
			commas++ // "after bombs rocked Brussels, killing 31 people"
			continue
		}
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tDash {
			return 0, 0, false
		}
		if ff.toks[k].kind == tWord && ff.in(k, sideOpeners) {
			return k, ff.sideClauseEnd(si, tok), true
		}
	}
	return 0, 0, false
}

// sideClauseEnd returns the comma, semicolon or dash after token tok that closes its
// side clause (not the comma of "Pike County, Ohio"), or the sentence's end.
func (ff *figureFinder) sideClauseEnd(si, tok int) int {
	s := &ff.sents[si]
	for k := tok + 1; k < s.b; k++ {
		if ff.punct(k, ',') && !ff.entityAround(k) || ff.punct(k, ';') || ff.toks[k].kind == tDash {
			return k
		}
	}
	return s.b
}

// sideClauseReach drops from cands the tellers of the main clause for a toll of class
// at token tok of sentence si that stands in a fronted side clause (frontedSide): those
// whose verb comes after the toll outside the clause, unless set off in commas right
// after it (ownTeller). For a toll in a side clause that is not fronted it drops none
// but returns the source the toll has without them (alt, "" when none) and trail true,
// for sideBackground to give it when the toll turns out background. Figures other than
// tolls keep every teller.
func (ff *figureFinder) sideClauseReach(si int, cands []sourceCand, tok int, class string) (kept []sourceCand, alt string, trail bool) {
	if len(cands) == 0 || !kg.IsToll(class) {
		return cands, "", false
	}
	open, end, ok := ff.sideClause(si, tok)
	if !ok {
		return cands, "", false
	}
	out := make([]sourceCand, 0, len(cands))
	for _, c := range cands {
		if c.tok > tok && (c.tok < open || c.tok >= end) && !ff.ownTeller(si, end, c.tok) {
			continue
		}
		out = append(out, c)
	}
	if len(out) == len(cands) {
		// a teller before the clause: reported speech keeps the toll unless it is a past
		// event's ("Comey told a panel that the phone could hold data from after the
		// rampage in December that killed 14": the writer recalls the 14; sideBackground)
		out = out[:0]
		for _, c := range cands {
			if c.tok < open {
				continue
			}
			out = append(out, c)
		}
		if len(out) == len(cands) {
			return cands, "", false
		}
		return cands, nearestSource(ff.doc, out, tok), true
	}
	if ff.frontedSide(si, tok) {
		return out, "", false
	}
	return cands, nearestSource(ff.doc, out, tok), true
}

// frontedSide reports whether the toll at token tok lies in the adverbial phrase that
// opens sentence si: a side opener (sideOpeners) among its first words, after no more
// than a lead of time ("Two days after", "Hours after", "Just weeks after"), and every
// comma between the opener and the toll opening a relative clause or a participle that
// continues the phrase ("Amid the attacks in Paris, which killed 130 people, …").
func (ff *figureFinder) frontedSide(si, tok int) bool {
	s := &ff.sents[si]
	o := -1
	if ff.clauseOf(tok) != 0 && s.start+1 < tok && ff.is(s.start, wIn, wOn, wAt, wWith, wDespite) && !ff.toks[s.start+1].has(fCap) {
		// "In his first public remarks on Thursday's crash, which killed all 66 people on
		// board, Sisi also said …": a phrase of circumstance that opens the sentence, with
		// the toll in a relative clause of its noun, is no part of what the teller says
		o = s.start
	}
	for k := s.start; o < 0 && k < s.b && k < s.start+5; k++ {
		if ff.in(k, sideOpeners) {
			o = k
			break
		}
		if ff.toks[k].kind != tNum && ff.toks[k].feat&lxNumWord == 0 && !ff.in(k, timeLeads) {
			return false // "A building that collapsed amid heavy rains": no lead of time
		}
	}
	if o < 0 || o >= tok {
		return false
	}
	for k := o + 1; k < tok; k++ {
		if ff.punct(k, ';') || ff.toks[k].kind == tDash {
			return false
		}
		if ff.punct(k, ',') && !ff.entityAround(k) && ff.clauseOf(k+1) == 0 && !ff.participle(k+1) {
			return false
		}
	}
	return true
}

// sideBackground gives each toll of figs that a trailing teller told from a side clause
// (figureCand.sideTrail) the source it has without that teller (figureCand.sideAlt)
// when finishScopes found it background and its date lies a week or more before the
// article's (pastToll): a past event the lead recalls, not the news it tells.
func (ff *figureFinder) sideBackground(figs []figureCand) {
	for i := range figs {
		if f := &figs[i]; f.sideTrail && f.f.Scope.Kind == kg.Background && ff.pastToll(f.f.Date) {
			f.f.Source = f.sideAlt
		}
	}
}

// pastToll reports whether a toll's date lies a week or more before the article's
// publication: "the Nov. 13 attack" in an April report, "a 2012 shooting rampage"; not an
// undated toll, nor one of the days the news itself tells of.
func (ff *figureFinder) pastToll(date string) bool {
	d, ok := kg.ParseDateSpan(date)
	if !ok || ff.pub.IsZero() {
		return false
	}
	p := kg.DaySpan(ff.pub)
	return d.To.Before(p.From) && d.Gap(p) >= 7
}

// ownTeller reports whether the verb of saying at v is set off in commas right after the
// side clause that ends at the comma end ("…killed 31 people, police said, a guard …"):
// a parenthetical teller of that clause, with more of the sentence after it.
func (ff *figureFinder) ownTeller(si, end, v int) bool {
	s := &ff.sents[si]
	if !ff.punct(end, ',') {
		return false
	}
	for k := end + 1; k < v; k++ {
		if ff.toks[k].kind != tWord {
			return false
		}
	}
	named := false
	for k := v + 1; k < s.b && k <= v+4; k++ {
		if ff.punct(k, ',') {
			// "…, said Lt. Scott Giles, a class instructor": the comma opens the speaker's
			// description, and the sentence ends with its trailing teller
			return k+1 < s.b && ff.toks[k+1].kind == tWord && !(named && ff.is(k+1, wA, wAn, wThe))
		}
		if ff.toks[k].kind != tWord {
			return false
		}
		named = named || ff.entityOf(k) >= 0
	}
	return false
}
