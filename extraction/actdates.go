package extraction

import "github.com/factgraph/kg"

// The act's own day, against the day of what followed it: a report of a claim, an
// arrest, a funeral or a vigil dates its lead by that ("claimed responsibility for the
// truck attack on Saturday"), and the act by a date on its noun ("Thursday night's
// attack", "the attack on Thursday"). mainDate asks these when the first date it finds
// sits in a sentence of the act's aftermath.

// aftermathWords are the words of a claim, an arrest, a funeral, a vigil or a statement
// about an act.
var aftermathWords = newTokSet(wordSet("aftermath-words"))

// aftermathDated reports whether the first date of sentence si comes after a word of
// the act's aftermath outside quotes ("Islamic State claimed responsibility for the
// attack on Saturday", "police arrested three men on Sunday").
func (rd *reader) aftermathDated(si int) bool {
	s := &rd.sents[si]
	first := -1 // the first word of the aftermath: most leads name none
	for k := s.start; k < s.b && first < 0; k++ {
		if rd.quoteOf[k] == 0 && rd.in(k, aftermathWords) {
			first = k
		}
	}
	if first < 0 {
		return false
	}
	for k := s.start; k < s.b; k++ {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if k == first {
			return true
		}
		if rd.dateWithin(si, func(j int) bool { return j == k }) != "" {
			return false // the date comes first: "On Saturday, a gunman … police arrested"
		}
	}
	return false
}

// laterWords are the aftermath words of what comes days after an act, unlike a claim or
// a statement, which most often come the same day (data/dates.txt).
var laterWords = newTokSet(wordSet("later-aftermath-words"))

// laterAftermath reports whether lead sentence si dates an aftermath that comes days
// after the act (laterWords), naming the act only in a phrase after it that the
// aftermath is about ("arrested suspects in the Brussels attacks", "detained three
// people after the Istanbul bomb", "the funeral of a victim of the nightclub shooting"):
// the lead's day is then not the act's.
func (rd *reader) laterAftermath(si int, typ string) bool {
	s := &rd.sents[si]
	first := -1
	for k := s.start; k < s.b; k++ {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if first < 0 {
			if rd.in(k, aftermathWords) {
				if !rd.in(k, laterWords) {
					return false // "claimed responsibility for the attack on Saturday"
				}
				first = k
			}
			continue
		}
		w := rd.eventAt(k)
		if w == "" || w != typ && !generalName(w, typ) {
			continue
		}
		for j := k - 1; j > first && j >= k-6; j-- {
			if rd.is(j, wAfter) && rd.is(j-1, wHours, wMinutes, wShortly, wSoon, wJust) {
				return false // "arrested two men hours after a bomb killed 12": the same day
			}
			if rd.is(j, wIn, wOver, wFor, wAfter, wOf) {
				return true
			}
		}
		return false
	}
	return false
}

// actOwnDate is the day the first prose sentences give the noun of the article's act
// itself (its type or one of its generalNames), outside quotes: a weekday owning it
// ("Thursday's attack", "Thursday night's deadly attack") or right after it ("the
// attack on Thursday", "the attack Thursday night"). "" when none does, or the noun is
// another time's (otherEventWord).
func (rd *reader) actOwnDate(typ string, firstProse int) string {
	if firstProse < 0 {
		return ""
	}
	prose := 0
	for si := firstProse; si < len(rd.sents) && prose < 20; si++ {
		s := &rd.sents[si]
		if s.kind != sProse || si == rd.headline {
			continue
		}
		prose++
		for k := s.start; k < s.b; k++ {
			if rd.quoteOf[k] != 0 {
				continue
			}
			w := rd.eventAt(k)
			if w == "" || w != typ && !generalName(w, typ) || rd.otherEventWord(si, k) {
				continue
			}
			if dt := rd.weekdayOn(si, k); dt != "" {
				return dt
			}
		}
	}
	return ""
}

// weekdayOn resolves the weekday that dates the event noun at k of sentence si: before
// it with "'s" (up to two words between: "Thursday's deadly attack", "Thursday night's
// attack"), or after it, alone or after "on", "late" or "early" ("the attack on
// Thursday night").
func (rd *reader) weekdayOn(si, k int) string {
	s := &rd.sents[si]
	day := func(j int) string {
		if j < s.start || j >= s.b {
			return ""
		}
		if _, ok := weekdays[rd.low(j)]; !ok {
			return ""
		}
		return rd.dateWithin(si, func(x int) bool { return x == j })
	}
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		if rd.is(j, wAposS) || rd.tok(j) == "’s" {
			if dt := day(j - 1); dt != "" {
				return dt
			}
			if rd.is(j-1, wNight, wMorning, wEvening, wAfternoon) {
				return day(j - 2)
			}
			return ""
		}
	}
	if dt := day(k + 1); dt != "" {
		return dt
	}
	if rd.is(k+1, wOn, wLate, wEarly) {
		return day(k + 2)
	}
	return ""
}

// daysApart is how many days lie between two ISO dates (a large number when either is
// no date).
func daysApart(a, b string) float64 {
	as, ok1 := kg.ParseDateSpan(a)
	bs, ok2 := kg.ParseDateSpan(b)
	if !ok1 || !ok2 {
		return 1e9
	}
	return as.Gap(bs)
}

// sayingDay reports whether the first day sentence si names is the day of a verb of
// saying right before it ("the police chief said on Monday", "officials said Monday"):
// the day the act was told of, not always the act's own.
func (rd *reader) sayingDay(si int) bool {
	s := &rd.sents[si]
	for k := s.start; k < s.b; k++ {
		if rd.quoteOf[k] != 0 || rd.dateWithin(si, func(j int) bool { return j == k }) == "" {
			continue
		}
		return rd.isSpeech(k-1) || rd.is(k-1, wOn) && rd.isSpeech(k-2)
	}
	return false
}
