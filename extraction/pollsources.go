package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Poll sources: the shares a poll reports are the pollster's. A sentence that tells
// of a poll by its subject ("A Fox News poll released Sunday showed …", "An ORB poll for
// the Telegraph found …", "A survey by the Pew Research Center found …") or closes on
// it ("…, according to the Reuters/Ipsos poll of 1,421 people") gives its percentages
// to the pollster its phrase names; "the poll" or "the survey" with no name is the
// poll the article named last. The clause's subject ("N out of 10 said the virus
// concerned them …, according to the poll"), a candidate in the reported clause
// ("… said they supported Clinton, according to the survey") or nobody is not the
// source. A poll named inside the sentence ("compares with 8 percent in a CNN poll
// from January") gives a percentage right before it to its own pollster, when the
// figure has no source yet.

// pollPhrase is one poll a sentence names: the poll noun's token, the pollster, and
// whether the poll heads the clause or closes it after "according to" (strong), or is
// only named after "in" (weak).
type pollPhrase struct {
	tok    int
	src    string
	strong bool
	// told: "the poll" read as the one the article named last (lastPollster): named
	// after "in", it still gives its pollster to every unsourced share of the sentence
	// ("Trump had 40 percent support in the poll …, compared with 17 percent for Cruz")
	told bool
}

// pollVerbs are what a poll at the head of a clause does with its numbers.
var pollVerbs = newTokSet(map[string]bool{"found": true, "finds": true, "showed": true, "shows": true,
	"show": true, "had": true, "has": true, "put": true, "puts": true, "gave": true,
	"gives": true, "suggested": true, "suggests": true, "indicated": true, "indicates": true,
	"revealed": true, "reveals": true, "estimated": true, "estimates": true})

// pollDeterminers open a poll's phrase ("a Gallup poll", "the latest Reuters/Ipsos poll").
var pollDeterminers = newTokSet(map[string]bool{"a": true, "an": true, "the": true, "another": true,
	"this": true, "that": true, "its": true, "their": true, "one": true})

// pollStops end the backward reading of a poll's phrase before any determiner.
var pollStops = newTokSet(map[string]bool{"of": true, "in": true, "to": true, "by": true, "for": true,
	"from": true, "with": true, "on": true, "at": true, "and": true, "or": true, "but": true,
	"said": true, "says": true, "that": true, "as": true})

// estimateWords mark a poll of analysts or economists: attribution_estimates.go reads it.
var estimateWords = newTokSet(map[string]bool{"analyst": true, "analysts": true, "economists": true,
	"estimate": true, "estimates": true, "forecast": true, "forecasts": true, "consensus": true,
	"expected": true, "expectations": true})

// pollPhrases returns the polls sentence si names, in order.
func (ff *figureFinder) pollPhrases(si int) []pollPhrase {
	if !ff.sentHas(si, wPoll, wSurvey) {
		return nil // no "poll" or "survey": the second loop finds nothing
	}
	s := &ff.sents[si]
	var out []pollPhrase
	for k := s.start; k < s.b; k++ {
		if ff.in(k, estimateWords) {
			return nil
		}
	}
	for k := s.start; k < s.b; k++ {
		if !ff.is(k, wPoll, wSurvey) || ff.toks[k].kind != tWord || ff.quoteOf[k] != 0 || ff.entityOf(k) >= 0 {
			continue // "U.S. Geological Survey": a name
		}
		// the phrase before the noun, back to its determiner
		a := k
		for a > s.start && k-a < 10 && !ff.in(a-1, pollDeterminers) && !ff.in(a-1, pollStops) && !ff.punct(a-1, ',') && ff.toks[a-1].kind != tStop && ff.quoteOf[a-1] == 0 {
			a--
		}
		det := a - 1
		if det < s.start || !ff.in(det, pollDeterminers) {
			det = -1
		}
		src := ff.pollsterIn(a, k)
		if src == "" {
			// "a survey by the Pew Research Center", "a poll conducted by ABC", "the last poll published by Opinium"
			j := k + 1
			if ff.punct(j, ',') {
				j++ // "The survey, conducted by YouGov for …,"
			}
			if ff.is(j, wConducted, wCommissioned, wReleased, wPublished, wCarried) {
				j++
				if ff.is(j, wOut) {
					j++
				}
			}
			if ff.is(j, wBy, wFrom) {
				src = ff.pollsterIn(j+1, ff.agentEnd(j+1, s.b)) // "a poll from Castlegate University"
			}
		}
		told := false
		if src == "" && det >= 0 && ff.is(det, wThe, wThis, wThat) && !ff.newPoll(a, k) {
			src, told = ff.lastPollster(k), true // "the poll": the one the article named last
			if src == "" && ff.lastShareSrc != "" && si-ff.lastShareSent <= pollCarryReach {
				src = ff.lastShareSrc // the poll named before without a pollster's name, whose shares were sourced (pollcarry.go)
			}
		}
		if src == "" {
			continue
		}
		p := pollPhrase{tok: k, src: src, told: told}
		from := a
		if det >= 0 {
			from = det
		}
		switch {
		case ff.is(from-1, wTo) && ff.is(from-2, wAccording):
			p.strong = true // "…, according to the poll of 1,421 adults"
		case ff.pollHeads(k, s.b):
			p.strong = true // "A Fox News poll released Sunday showed …"
		case ff.is(from-1, wIn) && from-1 == s.start && ff.openingPollComma(k, s.b):
			p.strong = true // "In the Reuters/Ipsos poll, Americans were split, with 43 percent …"
		case ff.is(from-1, wIn):
			p.tok = from - 1 // "8 percent in a CNN poll"
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

// pollsterIn returns the pollster that tokens a..b-1 name: the organizations there
// ("Reuters/Ipsos", "Des Moines Register/Bloomberg News", "NBC News-Wall Street
// Journal-Marist College"), never a person, place or group ("a Trump campaign poll",
// "an Iowa poll"); or "".
func (ff *figureFinder) pollsterIn(a, b int) string {
	first := -1
	for k := a; k < b; k++ {
		e := ff.entityOf(k)
		if e < 0 || ff.mentions[ff.entAt[k]].demonym {
			continue
		}
		if ff.ents[e].typ != kg.Organization {
			return ""
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 {
		return ""
	}
	return ff.jointSource(ff.sentOf(first), ff.sourceNP(first, b)) // "Reuters/Ipsos": jointsources.go
}

// pollHeads reports whether the poll noun at k heads its clause: a verb of pollVerbs
// follows within a few words, across what describes the poll ("released on Sunday",
// "of 1,000 adults", "for the Telegraph"), with no clause opening between ("which",
// "who", "where", "that", "and").
func (ff *figureFinder) pollHeads(k, end int) bool {
	aside := false
	for j := k + 1; j < end && j-k <= 24; j++ {
		if ff.toks[j].kind == tStop || ff.quoteOf[j] != 0 {
			return false
		}
		if ff.punct(j, ',') || ff.is(j, wEmDash, wHyphenHyphen) {
			aside = !aside // "A YouGov poll, for which a third of responses were gathered early, showed"
			continue
		}
		if aside {
			continue
		}
		w := ff.low(j)
		if ff.is(j, wWhich, wWho, wWhere, wThat, wAnd, wBut, wWhen, wIf, wBecause, wWhile, wSaid, wSays) {
			return false
		}
		if pollVerbs.has(w) {
			if (w == "had" || w == "has") && (ff.is(j+1, wBeen) || strings.HasSuffix(ff.low(j+1), "ed")) {
				return false // "the poll had been conducted": a passive, not what it found
			}
			return true
		}
	}
	return false
}

// pollShare reports whether figure f is a poll's share: a percentage, a margin in
// percentage points, or the poll's size right after its noun ("the poll of 1,421 adults").
func (ff *figureFinder) pollShare(f *figureCand, p pollPhrase) bool {
	if f.f.Unit == "percent" || strings.Contains(f.f.Measure, "percentage point") || f.f.Unit == "" && (f.f.Measure == "lead" || f.f.Measure == "margin") {
		return true
	}
	return f.f.Unit == "" && f.tok > p.tok && f.tok-p.tok <= 3 && ff.is(p.tok+1, wOf)
}

// pollSources gives the figures of sentence si, figs, the pollster of the poll the
// sentence names nearest to each (pollPhrases), and notes the sentence's named
// pollster for the article's next "the poll".
func (ff *figureFinder) pollSources(si int, figs []figureCand) {
	polls := ff.pollPhrases(si)
	if len(polls) == 0 && !ff.namesPoll(si) {
		ff.pollCarry(si, figs) // "That compares with 46.6 percent support for Clinton": pollcarry.go
		return
	}
	for k := range figs {
		f := &figs[k]
		if ff.quoteOf[f.tok] != 0 {
			continue
		}
		best, bestDist := -1, 1<<30
		for i, p := range polls {
			if !ff.pollShare(f, p) {
				continue
			}
			d := f.tok - p.tok
			if d < 0 {
				d = -d
			}
			if !p.strong && (f.tok > p.tok || d > 4) && !(p.told && f.f.Source == "" && len(polls) == 1) {
				continue // a poll named after "in" sources only the percentage right before it
			}
			if d < bestDist {
				best, bestDist = i, d
			}
		}
		if best < 0 {
			continue
		}
		if p := polls[best]; p.strong || f.f.Source == "" {
			f.f.Source = p.src
		}
	}
	ff.notePollShares(si, figs)
}

// lastPollster returns the pollster the article named last before token tok: the
// organizations before a poll noun ("a Gallup poll") or after its "by" ("a survey by
// the Pew Research Center"), in any sentence (the article's polls are read once).
func (ff *figureFinder) lastPollster(tok int) string {
	if !ff.pollsRead {
		ff.pollsRead = true
		for si := range ff.sents {
			s := &ff.sents[si]
			if s.kind != sProse && si != ff.headline {
				continue
			}
			for k := s.start; k < s.b; k++ {
				if !ff.is(k, wPoll, wSurvey) || ff.entityOf(k) >= 0 || ff.quoteOf[k] != 0 {
					continue
				}
				a := k
				for a > s.start && k-a < 10 && !ff.in(a-1, pollDeterminers) && !ff.in(a-1, pollStops) && !ff.punct(a-1, ',') && ff.toks[a-1].kind != tStop {
					a--
				}
				src := ff.pollsterIn(a, k)
				if j := k + 1; src == "" && ff.is(j, wBy) {
					src = ff.pollsterIn(j+1, ff.agentEnd(j+1, s.b))
				}
				if src != "" || ff.newPoll(a, k) || ff.is(a-1, wA, wAn, wAnother) {
					// an unnamed new poll ("a poll released Monday", "the latest poll"): the
					// next "the poll" is that one, whose pollster the article did not name
					ff.pollsters = append(ff.pollsters, namedPoll{k, src})
				}
			}
		}
	}
	src := ""
	for _, p := range ff.pollsters {
		if p.tok >= tok {
			break
		}
		src = p.src
	}
	return src
}

// namedPoll is a poll the article names with its pollster, at its noun's token.
type namedPoll struct {
	tok int
	src string
}

// pollSize reports whether the count whose words open at token qa is a poll's size: it
// follows "poll of" or "survey of" ("the poll of 1,421 adults", "a survey of more than
// 2,000 people"), or "polled" / "surveyed" ("Ipsos polled 1,005 adults").
func pollSize(d *doc, qa int) bool {
	return d.is(qa-1, wOf) && d.is(qa-2, wPoll, wSurvey, wPolls, wSurveys) || d.is(qa-1, wPolled, wSurveyed)
}

// newPoll reports whether the phrase a..k-1 before a poll noun tells of a poll other
// than the one named before ("the latest poll", "a new survey").
func (ff *figureFinder) newPoll(a, k int) bool {
	for j := a; j < k; j++ {
		if ff.is(j, wLatest, wNew, wNewest, wRecent, wSecond, wAnother, wSeparate, wEarlier) {
			return true
		}
	}
	return false
}

// openingPollComma reports whether the poll phrase whose noun is at k, opened by the
// sentence's "In", closes at a comma: right after the noun ("In the Reuters/Ipsos poll,
// …"), or after what names or dates it, words and numbers only, at most eight tokens on
// ("In a poll from Castlegate University, …", "In a Gallup poll last week, …"); never
// across a verb of saying or a clause ("In a poll that showed …").
func (ff *figureFinder) openingPollComma(k, end int) bool {
	for j := k + 1; j < end && j-k <= 8; j++ {
		if ff.punct(j, ',') {
			return true
		}
		if t := &ff.toks[j]; t.kind != tWord && t.kind != tNum || ff.quoteOf[j] != 0 || ff.is(j, wWhich, wThat, wWho, wWhere, wSaid, wSays, wFound, wShowed, wShows) {
			return false
		}
	}
	return false
}

// namesPoll reports whether sentence si holds a poll's noun ("poll", "survey", "polls",
// "pollster"), named or not.
func (ff *figureFinder) namesPoll(si int) bool {
	if !ff.sentHas(si, wPoll, wPolls, wPolling, wSurvey, wSurveys, wPollster, wPollsters) {
		return false // the sentence index: none of pollNouns' words
	}
	s := &ff.sents[si]
	for k := s.start; k < s.b; k++ {
		if ff.in(k, pollNouns) {
			return true
		}
	}
	return false
}
