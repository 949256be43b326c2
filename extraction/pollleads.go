package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Poll leads: in a sentence that tells of a poll, a candidate ahead of others is read as
// leadsInPoll, leader → each trailer, and the margin as a figure of measure "lead" (or
// "margin") whose subject is the leader (its source is the pollster, pollsources.go):
//
//	"Brandt leads Vale by 6 percentage points in the latest Vireo survey"
//	"The poll showed Brandt with a 9-point margin over Holt"
//	"A Vireo poll showed Brandt ahead by 12 points over both Vale and Kord"
//	"… and an even wider margin over Holt, Stam and Ries" (each name of the list)
//	"Brandt's lead over Vale has narrowed, according to the poll"
//
// A sentence without a poll word, or one that counts an election's result (delegates,
// votes counted, precincts, returns), is left alone: a lead in the delegate count or in
// the votes counted is a result, not a poll, and a sports lead names no poll. A lead that
// is gone ("her once-formidable lead over X having vanished", "lost his lead over") is
// no lead.

// pollLeadNouns are the nouns of a lead over a rival, with the measure of its margin.
var pollLeadNouns = map[string]string{"lead": "lead", "edge": "lead", "advantage": "lead", "margin": "margin"}

// pollLeadVerbs take the trailer as their object: "Brandt leads Vale by 6 points".
var pollLeadVerbs = newTokSet(map[string]bool{"leads": true, "led": true, "leading": true})

// pollHoldVerbs hold, take or widen a lead: their subject is the leader.
var pollHoldVerbs = newTokSet(map[string]bool{"held": true, "holds": true, "hold": true, "holding": true,
	"has": true, "had": true, "have": true, "having": true, "took": true, "takes": true, "taking": true,
	"opened": true, "opens": true, "opening": true, "built": true, "builds": true, "building": true,
	"regained": true, "regains": true, "expanded": true, "widened": true, "maintained": true,
	"maintains": true, "kept": true, "keeps": true, "enjoys": true, "enjoyed": true, "retains": true,
	"retained": true, "extended": true, "extends": true, "established": true, "gained": true})

// pollGiveVerbs give the leader named after them a lead: "put|gave Brandt a 9-point lead".
var pollGiveVerbs = newTokSet(map[string]bool{"gave": true, "gives": true, "give": true, "put": true, "puts": true,
	"showed": true, "shows": true, "show": true, "found": true, "finds": true, "had": true, "has": true})

// pollGoneWords say that a lead is gone or only was.
var pollGoneWords = newTokSet(map[string]bool{"vanished": true, "evaporated": true, "disappeared": true,
	"erased": true, "lost": true, "losing": true, "blew": true, "squandered": true, "wiped": true})

// pollResultWords mark a sentence that counts an election's result, not a poll.
var pollResultWords = newTokSet(map[string]bool{"delegates": true, "delegate": true, "precincts": true,
	"counted": true, "returns": true, "tally": true, "caucus-goers": true})

// pollSentence reports whether sentence si tells of a poll (a lower-case poll noun outside
// names and quotations) and counts no election result.
func (rd *reader) pollSentence(si int) bool {
	if rd.polls == 0 {
		rd.polls = 1
		for k := range rd.toks {
			if rd.mayBe(k, rd.toks[k].low, wcPoll) && rd.in(k, pollNouns) {
				rd.polls = 2
				break
			}
		}
	}
	if rd.polls == 1 {
		return false // most texts name no poll: one look at the words, not one per sentence
	}
	s := &rd.sents[si]
	poll := false
	for k := s.start; k < s.b; k++ {
		if rd.toks[k].kind != tWord || rd.entityOf(k) >= 0 {
			continue
		}
		w := rd.low(k)
		if !rd.mayBe(k, w, wcPoll) {
			continue
		}
		if pollResultWords.has(w) {
			return false
		}
		if rd.quoteOf[k] == 0 && pollNouns.has(w) {
			poll = true
		}
	}
	return poll
}

// pollNouns name a poll or a survey.
var pollNouns = newTokSet(map[string]bool{"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true, "pollster": true, "pollsters": true})

// pollLead is one lead a poll sentence states: the leader's token, the trailers' entities,
// the margin's number token (or -1) and the measure of the margin.
type pollLead struct {
	leader   int
	trailers []int
	num      int
	measure  string
	from, to int // the words that state it
}

// pollLeads returns the leads sentence si states (none unless pollSentence).
func (rd *reader) pollLeads(si int) []pollLead {
	if !rd.pollSentence(si) {
		return nil
	}
	s := &rd.sents[si]
	var out []pollLead
	for k := s.start; k < s.b; k++ {
		if rd.toks[k].kind != tWord || rd.quoteOf[k] != 0 || rd.entityOf(k) >= 0 {
			continue
		}
		w := rd.low(k)
		switch {
		case pollLeadVerbs.has(w):
			tr, end := rd.pollTrailers(si, k+1)
			if len(tr) == 0 {
				continue
			}
			leader := rd.pollLeaderBefore(si, k)
			if leader < 0 {
				continue
			}
			pl := pollLead{leader: leader, trailers: tr, num: -1, measure: "lead", from: k, to: end}
			if rd.is(end, wOf) && rd.entityOf(end+1) >= 0 && rd.ents[rd.entityOf(end+1)].typ == kg.Place {
				end = rd.mentions[rd.entAt[end+1]].b // "leading Senator Cruz of Texas by 13 points"
			}
			if rd.is(end, wBy) {
				if n, e := rd.pointsAt(end+1, s.b); n >= 0 {
					pl.num, pl.to = n, e
				}
			}
			out = append(out, pl)
		case pollLeadNouns[w] != "" && rd.is(k+1, wOver):
			tr, end := rd.pollTrailers(si, k+2)
			if len(tr) == 0 || rd.pollLeadGone(si, k, end) {
				continue
			}
			a, num := rd.leadNounPhrase(si, k)
			leader := rd.nounLeader(si, a)
			if leader < 0 && len(out) > 0 && rd.is(a-1, wAnd) && out[len(out)-1].to >= a-3 {
				leader = out[len(out)-1].leader // "ahead by 12 points over A, and an even wider margin over B"
			}
			if leader < 0 {
				continue
			}
			out = append(out, pollLead{leader: leader, trailers: tr, num: num, measure: pollLeadNouns[w], from: a, to: end})
		case w == "ahead":
			j, num := k+1, -1
			if rd.is(j, wBy) {
				n, e := rd.pointsAt(j+1, s.b)
				if n < 0 {
					continue
				}
				num, j = n, e
			}
			if rd.is(j, wOver) {
				j++
			} else if rd.is(j, wOf) && (num >= 0 || rd.is(k-1, wPoints, wPoint) || rd.putBefore(k)) {
				j++
			} else {
				continue
			}
			tr, end := rd.pollTrailers(si, j)
			if len(tr) == 0 {
				continue
			}
			a := k
			if num < 0 && rd.is(k-1, wPoints, wPoint) {
				b := k - 1
				if rd.is(b-1, wPercentage) {
					b--
				}
				if n, e := rd.pointsAt(b-1, k); n >= 0 && e == k {
					num, a = n, b-1 // "just one point ahead of Remain"
				}
			}
			leader := rd.aheadLeader(si, a)
			if leader < 0 {
				continue
			}
			out = append(out, pollLead{leader: leader, trailers: tr, num: num, measure: "lead", from: a, to: end})
		}
	}
	return out
}

// putBefore reports whether a name given by a verb of showing stands right before token
// k: "polls put Brandt ahead of Vale".
func (rd *reader) putBefore(k int) bool {
	mi := rd.entAt[k-1]
	return mi >= 0 && !rd.mentions[mi].demonym && rd.in(rd.mentions[mi].ta-1, pollGiveVerbs)
}

// pointsAt reads "[hedge] N [percentage] points" from token j: the number's token and the
// token after "points", or -1.
func (rd *reader) pointsAt(j, end int) (int, int) {
	for j < end && rd.is(j, wAbout, wNearly, wAlmost, wRoughly, wAround, wOnly, wJust, wSome, wMore, wThan, wOver, wUnder, wLess, wFewer, wAt, wLeast) {
		j++
	}
	if j >= end {
		return -1, 0
	}
	if rd.toks[j].kind != tNum {
		if _, _, _, _, ok := rd.numberAt(j, j+1); !ok || rd.toks[j].kind != tWord {
			return -1, 0
		}
	}
	k := j + 1
	if rd.is(k, wPercentage) {
		k++
	}
	if !rd.is(k, wPoints, wPoint) {
		return -1, 0
	}
	return j, k + 1
}

// pointValue returns the value of the margin's number at token j: a numeral, a number
// word, or a number word glued to "-point" ("nine-point"); 0 when none.
func (rd *reader) pointValue(j int) float64 {
	if j < 0 || j >= len(rd.toks) {
		return 0
	}
	if rd.toks[j].kind == tWord {
		w := rd.low(j)
		for _, suf := range []string{"-percentage-point", "-point", "-points"} {
			if strings.HasSuffix(w, suf) {
				if v, ok := numberWords[strings.TrimSuffix(w, suf)]; ok {
					return v
				}
				return 0
			}
		}
	}
	if v, _, _, _, ok := rd.numberAt(j, j+1); ok {
		return v
	}
	return 0
}

// pollTrailers reads the names after a lead ("over", "leads"): across "both", a possessive
// pronoun, up to three lower-case modifiers and a title ("his closest rival Ted Cruz",
// "Republican rival X", "Sen. X"), a list joined by commas, "and" or "or". It returns
// their entities (persons, organizations or groups; no place) and the token after the
// list; none when a name owns what follows it ("over Kord's plan").
func (rd *reader) pollTrailers(si, o int) ([]int, int) {
	s := &rd.sents[si]
	var out []int
	end := o
	for o < s.b {
		j := o
		for n := 0; j < s.b && n < 5 && (rd.entityOf(j) < 0 || rd.mentions[rd.entAt[j]].demonym || rd.pollModifierName(j)); n++ {
			if rd.entityOf(j) >= 0 {
				j = rd.mentions[rd.entAt[j]].b
				continue
			}
			t := &rd.toks[j]
			if t.kind != tWord || rd.quoteOf[j] != 0 || !(t.feat&lxRole != 0 || !t.has(fCap) || rd.is(j, wBoth, wHis, wHer, wIts, wTheir, wThe) || rd.lowerNounAt(j+1)) {
				break // a capitalised word only before a lower-case noun: "Republican rival X"
			}
			if rd.is(j, wBy, wIn, wAmong, wWith, wAnd, wOr, wTo, wOf, wFor, wAt, wOn, wFrom, wAfter, wSince, wWho, wWhich, wThat, wOver) || pollLeadNouns[rd.low(j)] != "" {
				break
			}
			j++
		}
		e := rd.entityOf(j)
		if e < 0 || rd.mentions[rd.entAt[j]].demonym || rd.ents[e].typ == kg.Place || rd.ents[e].typ == kg.Other {
			break
		}
		b := rd.mentions[rd.entAt[j]].b
		if rd.owner(b) {
			return nil, o // "over Kord's plan"
		}
		out = append(out, e)
		end = b
		switch {
		case rd.punct(b, ',') && rd.is(b+1, wAnd, wOr):
			o = b + 2
		case rd.punct(b, ','):
			o = b + 1
		case rd.is(b, wAnd, wOr):
			o = b + 1
		default:
			return out, end
		}
	}
	return out, end
}

// lowerNounAt reports whether token j is a lower-case word that is no function word.
func (rd *reader) lowerNounAt(j int) bool {
	return rd.lowerWordAt(j) && rd.toks[j].feat&lxFunc == 0 && rd.entityOf(j) < 0
}

// pollModifierName reports whether the mention at j only modifies the trailer after it:
// a party or nationality word before a lower-case noun or a title ("Republican rival X").
func (rd *reader) pollModifierName(j int) bool {
	m := &rd.mentions[rd.entAt[j]]
	k := m.b
	for n := 0; n < 3 && k < len(rd.toks) && rd.toks[k].kind == tWord && rd.entityOf(k) < 0 && rd.toks[k].feat&lxFunc == 0 && rd.quoteOf[k] == 0; n++ {
		k++
	}
	return k > m.b && rd.entityOf(k) >= 0
}

// pollLeaderBefore returns the leader of a lead verb at token v: the name right before it
// ("showed Brandt leading Vale"), else the clause's subject (one name only), or -1.
func (rd *reader) pollLeaderBefore(si, v int) int {
	s := &rd.sents[si]
	k := v - 1
	for k > s.start && rd.is(k, wIs, wWas, wAre, wWere, wBeen, wHas, wHad, wStill, wNow, wCurrently, wNarrowly, wComfortably) {
		k--
	}
	if e := rd.entityOf(k); e >= 0 && !rd.mentions[rd.entAt[k]].demonym {
		return k
	}
	if rd.is(k, wHe, wShe, wIt, wThey) {
		return -1
	}
	return rd.subjectToken(si, k)
}

// subjectToken returns the token of the one named clause subject before token v: the
// first name of the clause that a verb follows, with no other name before v except those
// after a preposition; -1 when none or more than one stands there.
func (rd *reader) subjectToken(si, v int) int {
	s := &rd.sents[si]
	a := s.start
	for k := v - 1; k > s.start; k-- {
		if rd.punct(k, ';') || rd.is(k, wThat, wWhile, wBut, wAlthough, wWhere, wWhen) && rd.entityOf(k) < 0 {
			a = k + 1
			break
		}
	}
	for k := a; k < v; k++ {
		e := rd.entityOf(k)
		if e < 0 || rd.mentions[rd.entAt[k]].demonym || rd.ents[e].typ == kg.Place {
			continue
		}
		if k > a && rd.is(k-1, wIn, wOf, wBy, wFor, wFrom, wAt, wOn, wTo, wWith, wAccording) {
			k = rd.mentions[rd.entAt[k]].b - 1
			continue
		}
		return k
	}
	return -1
}

// leadNounPhrase returns the first token of the noun phrase of the lead noun at k ("a
// more than 20-point lead", "an 11-percentage-point edge", "Brandt's narrow lead") and the
// token of the margin's number in it, or -1.
func (rd *reader) leadNounPhrase(si, k int) (int, int) {
	s := &rd.sents[si]
	a, num := k, -1
	for j := k - 1; j >= s.start && k-j <= 8; j-- {
		t := &rd.toks[j]
		switch {
		case t.kind == tNum && rd.punct(j+1, '-') && rd.is(j+2, wPoint, wPoints, wPercentagePoint, wPercentagePoints, wPercentage):
			num, a = j, j // "20-point", "11-percentage-point"
			continue
		case t.kind == tNum && rd.punct(j+1, '-'):
			a = j // "a narrow 42-39 lead": the score, not the margin
			continue
		case rd.punct(j, '-') || t.kind == tNum:
			a = j
			continue
		case t.kind != tWord || rd.entityOf(j) >= 0 || rd.quoteOf[j] != 0 || rd.possessive(j):
			return a, num
		}
		w := rd.low(j)
		if w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their" {
			return j, num
		}
		if t.has(fCap) || pollHoldVerbs.has(w) || pollGiveVerbs.has(w) || rd.is(j, wWith, wOver, wTo, wOf, wAnd, wIn, wUp) {
			return a, num
		}
		if num < 0 && rd.pointValue(j) > 0 {
			num = j // "a nine-point lead"
		}
		a = j
	}
	return a, num
}

// nounLeader returns the token of the leader of a lead noun phrase that opens at token a:
// its possessor ("Brandt's lead"), the name before "with" ("showed Brandt with a lead"),
// the name after a verb that gives it ("gave Brandt a lead"), the subject of a verb that
// holds it ("Brandt held a narrow lead", "polls show Brandt holding a lead"); or -1.
func (rd *reader) nounLeader(si, a int) int {
	s := &rd.sents[si]
	if rd.is(a, wHis, wHer, wIts, wTheir) {
		// "had regained its lead over": the holder is the verb's subject
		v := a - 1
		if !rd.in(v, pollHoldVerbs) {
			return -1
		}
		return rd.pollLeaderBefore(si, v)
	}
	k := a - 1
	if k < s.start {
		return -1
	}
	if rd.possessive(k) {
		if e := rd.entityOf(k - 1); e >= 0 {
			return k - 1 // "Brandt's lead over Vale"
		}
		return -1
	}
	if rd.is(k, wWith) {
		if e := rd.entityOf(k - 1); e >= 0 && !rd.mentions[rd.entAt[k-1]].demonym {
			return k - 1
		}
		if rd.punct(k-1, ',') {
			// "polls show Sanders, a senator from Vermont, with a double-digit lead": the
			// name a verb of showing gives before the appositive
			for j := k - 2; j > s.start && j > k-30; j-- {
				if rd.punct(j, ',') {
					if e := rd.entityOf(j - 1); e >= 0 && rd.in(rd.mentions[rd.entAt[j-1]].ta-1, pollGiveVerbs) {
						return j - 1
					}
					break
				}
			}
		}
		return -1
	}
	if e := rd.entityOf(k); e >= 0 && !rd.mentions[rd.entAt[k]].demonym {
		g := rd.mentions[rd.entAt[k]].ta - 1
		if rd.in(g, pollGiveVerbs) {
			return k // "gave Brandt a 9-point lead"
		}
		return -1
	}
	if rd.is(k, wUp) {
		k-- // "opened up a lead"
	}
	if rd.is(k, wTo) && rd.is(k-1, wClung, wClings, wClinging) {
		k--
	} else if !rd.in(k, pollHoldVerbs) {
		return -1
	}
	return rd.pollLeaderBefore(si, k)
}

// aheadLeader returns the leader of "ahead" whose phrase opens at token a: the name after
// "put" ("put Brandt ahead of Vale"), the name before "with|at|on N percent" before it
// ("showed Brandt with 41 percent, ahead by 12 points over"), the subject of "is|was
// ahead"; or -1.
func (rd *reader) aheadLeader(si, a int) int {
	s := &rd.sents[si]
	k := a - 1
	for k > s.start && (rd.is(k, wJust, wOnly, wWell, wFar, wNarrowly, wComfortably, wSlightly, wNow, wStill) || rd.punct(k, ',') || rd.is(k, wEmDash, wHyphenHyphen, wHyphen)) {
		k--
	}
	if e := rd.entityOf(k); e >= 0 && !rd.mentions[rd.entAt[k]].demonym {
		if rd.in(rd.mentions[rd.entAt[k]].ta-1, pollGiveVerbs) {
			return k // "put Brandt ahead of Vale"
		}
		return -1
	}
	if rd.is(k, wPercent) || rd.tok(k) == "%" {
		// "Brandt with 41 percent, ahead by 12 points over": back over the share
		j := k - 1
		for j > s.start && (rd.toks[j].kind == tNum || rd.is(j, wAbout, wNearly, wJust, wOnly, wRoughly, wAround)) {
			j--
		}
		if rd.is(j, wWith, wAt, wOn) {
			if e := rd.entityOf(j - 1); e >= 0 && !rd.mentions[rd.entAt[j-1]].demonym {
				return j - 1
			}
			if rd.is(j, wAt, wOn) && rd.is(j-1, wIs, wWas, wStood, wStands) {
				return rd.pollLeaderBefore(si, j-1)
			}
		}
		return -1
	}
	if rd.is(k, wIs, wWas, wAre, wWere, wStood, wStands, wRan, wRuns, wRunning, wRemained, wRemains) {
		return rd.pollLeaderBefore(si, k)
	}
	return -1
}

// pollLeadGone reports whether the lead noun at k, whose trailers end at end, is gone or
// only was: "lost her lead over", "her once-formidable lead over X having vanished".
func (rd *reader) pollLeadGone(si, k, end int) bool {
	s := &rd.sents[si]
	for j := max(s.start, k-6); j < k; j++ {
		if rd.in(j, pollGoneWords) || strings.HasPrefix(rd.low(j), "once-") || rd.is(j, wFormer, wEarlier, wPrevious) {
			return true
		}
	}
	for j := end; j < s.b && j < end+12; j++ {
		if rd.in(j, pollGoneWords) {
			return true
		}
	}
	return false
}

// pollLeadRelations adds leadsInPoll, leader → each trailer, for the leads of sentence si.
// A person leads persons; a body, a campaign or a group leads its like.
func (rf *relationFinder) pollLeadRelations(si int) {
	rf.addPollLeads(si, rf.pollLeads(si), false)
}

// addPollLeads adds leadsInPoll for each of the leads pls of sentence si: from the name at
// pl.leader to each of pl.trailers, or, when trails (polltrails.go: "X trails Y", where
// pl.leader is the one who trails), from each of them to that name. A person leads
// persons; a body, a campaign or a group its like.
func (rf *relationFinder) addPollLeads(si int, pls []pollLead, trails bool) {
	s := &rf.sents[si]
	for _, pl := range pls {
		one := rf.entityOf(pl.leader)
		if one < 0 {
			continue
		}
		for _, other := range pl.trailers {
			if other == one || (rf.ents[other].typ == kg.Person) != (rf.ents[one].typ == kg.Person) {
				continue
			}
			le, te := one, other
			if trails {
				le, te = other, one
			}
			from := min(pl.from, rf.mentions[rf.entAt[pl.leader]].a)
			rf.addRelation(si, rf.entName(le), "leadsInPoll", rf.entName(te), rf.span(from, min(s.b, pl.to)))
		}
	}
}

// pollMargins reads the margins of the leads of sentence si as figures: a figure already
// read at the margin's number takes the measure "lead" (or "margin") and the leader as
// subject; an unread one ("a 20-point lead", "by 3 points") is added.
func (ff *figureFinder) pollMargins(si int, figs []figureCand, start int) []figureCand {
	for _, pl := range ff.pollLeads(si) {
		if pl.num < 0 {
			continue
		}
		found := false
		for i := start; i < len(figs); i++ {
			if figs[i].tok == pl.num {
				figs[i].f.Measure, figs[i].f.Unit, figs[i].subj = pl.measure, "", pl.leader
				figs[i].class = kg.MeasureClass(pl.measure)
				found = true
			}
		}
		if found {
			continue
		}
		v := ff.pointValue(pl.num)
		if v <= 0 {
			continue
		}
		q, qa := qualifierBefore(ff.doc, pl.num, ff.sents[si].start)
		if qa < pl.from-2 {
			qa = pl.num
		}
		end := pl.num + 1
		for end < ff.sents[si].b && end < pl.num+5 && !ff.is(end-1, wPoints, wPoint, wLead, wMargin, wEdge, wAdvantage) && !strings.HasSuffix(ff.low(end-1), "-point") {
			end++
		}
		if strings.HasSuffix(ff.low(pl.num), "-point") {
			end = pl.num + 1
		}
		figs = append(figs, figureCand{
			f:   kg.Figure{Measure: pl.measure, Value: v, Qualifier: q, Event: -1, Sentence: si, Text: ff.span(qa, end)},
			tok: pl.num, qa: qa, subj: pl.leader, actor: -1, class: kg.MeasureClass(pl.measure),
		})
	}
	return figs
}
