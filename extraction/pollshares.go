package extraction

import "strings"

// Shares that answer: a percentage that is the subject of a verb of saying or thinking
// ("Ninety-six percent said the relationship was good", "About 76 percent of those
// surveyed said they were not sure", "39 percent said they agreed") tells what share of
// those asked gave an answer, as "39 percent said" does in a sentence that names its
// poll. Without a poll word in the sentence its measure was a bare "percent", which no
// figure keeps; it is the poll's support for the answer, as it is with one.

// answeredShare reports whether percentage n is such a share: "percent" or "%" right
// after the number, optionally "of those" and a participle of asking ("surveyed",
// "polled", "questioned", "asked", "interviewed") or "of respondents", then a verb
// of saying or thinking right after (not after a comma: "The other 90 percent, says
// Yellin, are …" is attributed, not an answer).
func (ff *figureFinder) answeredShare(n *number) bool {
	s := &ff.sents[n.si]
	if n.word && n.qa-1 >= s.start && ff.toks[n.qa-1].feat&lxNumWord != 0 {
		return false // "Forty three percent": the number read is only its last word
	}
	return ff.answerAfter(n.si, n.next)
}

// answerAfter reports whether the words from token k, right after a number, are
// "percent" and a verb of saying or thinking whose subject the percentage is.
func (ff *figureFinder) answerAfter(si, k int) bool {
	s := &ff.sents[si]
	if !ff.is(k, wPercent) && !ff.punct(k, '%') {
		return false
	}
	k++
	if ff.is(k, wOf) && ff.is(k+1, wThose) && ff.is(k+2, wSurveyed, wPolled, wQuestioned, wAsked, wInterviewed) {
		k += 3
	} else if ff.is(k, wOf) && ff.is(k+1, wRespondents) {
		k += 2
	}
	return k < s.b && ff.is(k, wSaid, wSay, wSays, wAgreed, wBelieve, wBelieved, wThink, wThought)
}

// answersUnsourced takes from the answered shares of one sentence's figures (figs) the
// source the sentence's attribution gave them: their verb of saying is their own
// ("35 percent said they would feel scared if Trump became president", "other than
// Trump, 65 percent say"), so a name near it is no teller, unless it is the pollster of
// a poll the sentence names. A poll the sentence or the article names gives them their
// pollster after this (pollsources.go).
func (ff *figureFinder) answersUnsourced(figs []figureCand) {
	for k := range figs {
		c := &figs[k]
		if c.f.Measure != "poll support" || c.f.Source == "" || ff.quoteOf[c.tok] != 0 || !ff.answerAfter(c.f.Sentence, c.tok+1) {
			continue
		}
		st := &ff.sents[c.f.Sentence]
		text := ff.span(st.a, st.b)
		at := strings.Index(text, c.f.Source)
		if at < 0 || !strings.Contains(text[at:], " poll") && !strings.Contains(text[at:], " survey") {
			// no poll after the name: "In a Reuters/Ipsos online poll …, 47 percent said"
			// keeps its pollster
			c.f.Source = ""
		}
	}
}
