package ledger

import (
	"math"
	"regexp"
	"strings"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// What a figure's own words say of it: whether it states the whole of a toll or a part
// of it, whether its report says its sources differ, whether two figures could be of
// one time and place. These are general marks of English news prose (a hospital's
// patients, a county's dead, "two others", "killed or wounded"), not of any one story.

// mainMention reports whether a figure's mention is its report's own event (the one
// the report is about), rather than an earlier incident it recalls. A mention the row
// does not list is taken for the report's own.
func mainMention(r schema.MentionsRecord, mention string) bool {
	for _, m := range r.Mentions {
		if m.Mention == mention {
			return m.Main || m.Type == schema.TopicType // a subject's figures are what its report is about
		}
	}
	return true
}

// compatible is the interval of values a figure allows, with what its rounding
// allows besides: "2.5 million" stated bare is any count that rounds to it (2.45 to
// 2.55 million), so that "more than 2.5 million" and "2.5 million" never conflict. Only
// large round numbers (1,000 and more, two significant digits at most) are widened: a
// bare "20 killed" means twenty.
func compatible(v float64, q kg.Qualifier) kg.Interval {
	iv := kg.QualifiedInterval(v, q)
	if q != kg.Exact || math.Abs(v) < 1000 || v != math.Trunc(v) {
		return iv
	}
	unit := 1.0
	for math.Mod(math.Abs(v), unit*10) == 0 {
		unit *= 10
	}
	if math.Abs(v)/unit >= 100 {
		return iv // three or more significant digits: stated to the unit it shows
	}
	iv.Lo, iv.Hi = v-unit/2, v+unit/2
	iv.LoOpen, iv.HiOpen = false, true
	return iv
}

var (
	// partWords in a figure's sentence mark its counts as parts, other quantities or
	// other times: one hospital's or one county's, the injured "treated", a combined
	// "killed or wounded", a hedge ("believed", "feared"), a cumulative count.
	partWords = regexp.MustCompile(`\b(hospitals?|hospitalized|treated|taken to|separate|elsewhere|at the time|county|parish|killed or (wounded|injured)|dead or (wounded|injured)|(wounded|injured) or killed|minor injuries|believed|feared|presumed|expected|could|may have|might|since|this (year|month|week)|last (year|month|week))\b`)
	// phrasePart in the words that state a figure marks a part or an increment:
	// "seven of", "two others", "another 40", "three more", "an additional 12", or a
	// count of attackers.
	phrasePart = regexp.MustCompile(`\b(of|other|others|another|additional|more|bombers?|gunm[ae]n|attackers?|assailants?|militants?|suspects?|soldiers|officers|police)\b`)
	// peopleWords: the words that state a figure name the people it counts as a whole.
	peopleWords = regexp.MustCompile(`\b(people|persons|dead|deaths|lives|civilians|victims|casualties|wounded|injured|missing|bodies)\b`)
	// differWords: the report says two of its counts disagree.
	differWords = regexp.MustCompile(`\b(differed|differs|differ|different from|conflicting|contradict\w*|discrepanc\w*|at odds)\b`)
)

// wholeToll reports whether a figure's words state the whole of a toll: its phrase
// names people as a whole ("more than 120 people", "36 wounded") or its sentence a
// toll ("put the death toll at 27"), and neither marks it as a part, an increment, a
// hedge or a count of attackers.
func (j *judgement) wholeToll(f *figure) bool {
	if partOf(f) {
		return false
	}
	return peopleWords.MatchString(strings.ToLower(f.rec.Phrase)) || strings.Contains(strings.ToLower(f.rec.Text), "toll")
}

// partOf reports whether a figure's words mark it as a part, an increment, a hedge, a
// cumulative count or a count of attackers.
func partOf(f *figure) bool {
	phrase := strings.ReplaceAll(strings.ToLower(f.rec.Phrase), "more than", "")
	return phrasePart.MatchString(phrase) || partWords.MatchString(strings.ToLower(f.rec.Text))
}

// differs reports whether a sentence says that counts differ.
func differs(text string) bool { return differWords.MatchString(strings.ToLower(text)) }

// sameSource reports whether two sources are one: the same words, or one within the
// other ("police", "a police statement").
func sameSource(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return a == b
	}
	return a == b || strings.Contains(a, b) || strings.Contains(b, a)
}

// sameTime reports whether two figures could count at one time: not when their
// sentences date them to different days ("on Monday, state media reported eight").
func sameTime(a, b *figure) bool {
	return a.rec.Date == "" || b.rec.Date == "" || a.rec.Date == b.rec.Date
}

// samePlace reports whether two figures of two reports could count one place's
// toll: not when the incident is known only by its country and one of them names a
// place within it that the other does not ("42 people were killed in Ankara" beside
// "at least 60 killed" in Turkey). A figure's place is read from its sentence and is
// often a source's country ("the Britain-based monitor"): a report's own figures are
// not held to it.
func (j *judgement) samePlace(a, b *figure) bool {
	if j.inc.Place != "" {
		return true
	}
	precise := func(f *figure) bool {
		return f.rec.Place != "" && !strings.EqualFold(f.rec.Place, j.inc.Country)
	}
	return precise(a) == precise(b)
}

// periodWords: a sentence that gives a value "up from" another of an earlier period
// ("up from 5.8 percent a year earlier", "in the second quarter", "since 2009")
// compares two periods; it does not revise a report.
var periodWords = regexp.MustCompile(`\b(a year (earlier|ago|before)|year earlier|years? ago|last year|previous year|in (19|20)\d\d|(first|second|third|fourth|previous|prior|same|last|year-ago) quarter|since)\b`)

// otherPeriod reports whether a sentence sets values of two periods side by side.
func otherPeriod(text string) bool { return periodWords.MatchString(strings.ToLower(text)) }
