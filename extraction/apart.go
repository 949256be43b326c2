package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Apart: the parts of an action clause that stand apart from the verb, beyond what
// actionSubject and actionObject read next to it:
//   - a body acting through the people who speak or act for it, named before the verb
//     ("Lawyers for Acme Corp told the county board", "Officials from Harbor Power met
//     with Velland Energy"): the body is the subject (bodyBehindAgents);
//   - a time phrase right after the object ("joined the Northfield Police Department
//     three years ago", "sued Acme last week"): it says when, and does not make the name
//     before it a modifier of a noun (timeAfter);
//   - a verb in -ing after a form of "be" ("Acme is suing Velland"): the action verb of
//     its other forms (progressiveAction);
//   - "told" a news outlet named after "the" or a description of it ("told German daily
//     newspaper Bild"): spokeTo (describedOutletAt).

// representativeNouns are the people who act or speak for a body named after them with "for",
// "from", "at", "of" or "with" (data/relations.txt [representative-nouns]).
var representativeNouns = newTokSet(wordSet("representative-nouns"))

// representativePrepositions join a representative noun to the body it acts for.
var representativePrepositions = newTokSet(map[string]bool{"for": true, "from": true, "at": true, "of": true, "with": true})

// bodyBehindAgents returns the organization or place a verb's subject acts for when the
// subject ending at mention m (a name after a preposition) is a description of its
// representatives that opens the clause: "Lawyers for Acme Corp told", "Two senior officials from
// Ostmark met", "A spokesman at the Energy Department criticized". The description
// must open its clause (the sentence's start, a comma, a quotation mark, a conjunction
// or "that"), so that "the case of lawyers for Acme" is nobody's act; "" otherwise.
func (rf *relationFinder) bodyBehindAgents(m *mention, start int) string {
	if m.ent < 0 || m.demonym {
		return ""
	}
	if t := rf.ents[m.ent].typ; t != kg.Organization && t != kg.Place {
		return ""
	}
	p := m.a - 1
	if rf.is(p, wThe) {
		p--
	}
	if p <= start || !rf.in(p, representativePrepositions) || !rf.in(p-1, representativeNouns) {
		return ""
	}
	// back over what may qualify the representatives: "two senior", "a", "the company's" is not here
	j := p - 2
	for n := 0; j >= start && n < 3; n++ {
		t := &rf.toks[j]
		if rf.is(j, wA, wAn, wThe, wSome, wSeveral, wTwo, wThree, wFour, wSenior, wTop, wOther, wFormer, wChief, wLead, wLocal, wFederal, wState) || t.kind == tNum {
			j--
			continue
		}
		break
	}
	if j >= start && !(rf.punct(j, ',') || rf.toks[j].kind == tOpenQ || rf.toks[j].kind == tCloseQ || rf.toks[j].kind == tDash ||
		rf.is(j, wAnd, wBut, wThat, wWhen, wAfter, wBefore, wWhile, wBecause, wMeanwhile, wAlso)) {
		return ""
	}
	return rf.entName(m.ent)
}

// timeUnits are the nouns a time phrase counts or names ("three years ago", "last week").
var timeUnits = newTokSet(map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true,
	"weeks": true, "day": true, "days": true, "weekend": true, "hour": true, "hours": true, "decade": true,
	"decades": true, "night": true, "morning": true, "afternoon": true, "evening": true, "spring": true,
	"summer": true, "fall": true, "autumn": true, "winter": true, "quarter": true, "season": true, "time": true})

// timeAfter reports whether token k, after a verb's object, opens a phrase of time: a
// number word and a unit ("three years ago", "two weeks later"), "last", "this", "next",
// "earlier" or "later" before a unit, a weekday or a month ("last week", "earlier this
// year", "this Monday"), or "yesterday", "today", "recently", "ago".
func (d *doc) timeAfter(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	if d.is(k, wYesterday, wToday, wTonight, wRecently, wAgo) {
		return true
	}
	if d.toks[k].feat&lxNumWord != 0 || d.is(k, wLast, wThis, wNext, wEarlier, wLater) {
		n := k + 1
		if d.is(k, wEarlier, wLater) && d.is(n, wThis, wLast) {
			n++
		}
		if d.in(n, timeUnits) {
			return true
		}
		_, wd := weekdays[d.low(n)]
		_, mo := months[d.low(n)]
		return wd || mo
	}
	return false
}

// outletWords end a description of a news outlet before its name ("told German daily
// newspaper Bild", "told local television station WPRI", "told CNN affiliate KSNT").
var outletWords = newTokSet(map[string]bool{"newspaper": true, "daily": true, "weekly": true, "broadcaster": true,
	"magazine": true, "television": true, "radio": true, "channel": true, "station": true, "network": true,
	"website": true, "agency": true, "outlet": true, "paper": true, "tabloid": true, "TV": true, "affiliate": true})

// describedOutletAt returns the token where the name of a news outlet begins after a
// description of it that opens at token k, after "told" ("told German daily newspaper
// Bild", "told the Norwegian daily VG", "told Dallas broadcaster WFAA"): up to four words,
// lower-case or a name that says whose or where, the last an outlet word; or -1.
func (rf *relationFinder) describedOutletAt(k int) int {
	if rf.is(k, wThe, wA) {
		k++
	}
	j := k
	for j < len(rf.toks) && j < k+5 {
		t := &rf.toks[j]
		if rf.in(j, outletWords) || rf.tok(j) == "TV" {
			n := j + 1
			if e := rf.entityOf(n); e >= 0 && rf.ents[e].typ != kg.Place && rf.mentions[rf.entAt[n]].a == n && !rf.mentions[rf.entAt[n]].demonym {
				return n
			}
		}
		switch {
		case rf.entAt[j] >= 0:
			j = rf.mentions[rf.entAt[j]].b // "German", "Dallas"
		case t.kind == tWord && (!t.has(fCap) || rf.tok(j) == "TV") && t.feat&(lxFunc|lxSpeech|lxPronoun) == 0 || rf.is(j, wNews):
			j++
		default:
			return -1
		}
	}
	return -1
}

// progressiveAction returns the predicate of the action verb whose form in -ing is the
// word w at token v, after a form of "be" across adverbs ("Acme is suing Velland",
// "Wade was meeting with Lund", "Ostmark is also urging Velland"), or "". The form in -ing
// is found from the verb's other forms in data/relations.txt: "suing" from "sues",
// "urging" from "urges", "denying" from "denies", "banning" from "bans". Only a name
// right after the verb (or after "the" or "with") is its object: "is urging reporters to
// take Wade seriously" urges no Wade.
func (rf *relationFinder) progressiveAction(v int, w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 || !rf.progressive(v) {
		return ""
	}
	o := v + 1
	if rf.is(o, wWith) {
		o++
	}
	if rf.is(o, wThe) && rf.entityOf(o) < 0 {
		o++
	}
	if mi := rf.mentionFrom(o, len(rf.toks)); mi < 0 || rf.mentions[mi].demonym {
		return ""
	}
	return ingAction(stem, true)
}

// ingAction returns the action predicate of the verb whose form in -ing has the stem
// stem, found from its other forms in data/relations.txt: "urg" from "urges", "su" from
// "sues", "bann" from "bans", "deny" from "denies"; with bare, also the stem itself and
// the stem and "e" ("meet", "sue"). "" when no form is an action verb's.
func ingAction(stem string, bare bool) string {
	forms := []string{stem + "s", stem + "es"}
	if bare {
		forms = append(forms, stem, stem+"e")
	}
	if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
		forms = append(forms, stem[:n-1]+"s") // "banning"
	}
	if strings.HasSuffix(stem, "y") {
		forms = append(forms, stem[:len(stem)-1]+"ies") // "denying"
	}
	for _, f := range forms {
		if p := actionVerbs[f]; p != "" {
			return p
		}
	}
	return ""
}

// progressive reports whether a form of "be" stands before the word in -ing at v,
// across adverbs, and states the act: "is suing", "were also meeting", "has been
// investigating"; not "is not asking", "would be supporting", "will be meeting".
func (rf *relationFinder) progressive(v int) bool {
	for g := v - 1; g >= 0 && g >= v-3; g-- {
		if rf.is(g, wIs, wAre, wWas, wWere, wBeen, wBe, wAm) {
			return !rf.is(g-1, wWould, wCould, wWill, wMight, wMay, wShould, wMust, wTo, wNot, wNever)
		}
		if !(rf.toks[g].kind == tWord && (strings.HasSuffix(rf.low(g), "ly") || rf.is(g, wAlso, wNow, wStill, wAlready, wReportedly, wActively, wCurrently))) {
			return false
		}
	}
	return false
}
