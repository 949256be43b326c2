package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Relayed and described speakers. A news agency that relays someone's words is not their
// speaker: "'…,' the Tasnim agency quoted Gen. Farzad Esmaili as saying" and "Ruiz was
// quoted by the Guardian as saying …" are Esmaili's and Ruiz's. A speaker the report
// does not name is the description it gives, head and what follows it ("'…,' said a
// banker who had worked on the deal", "'…,' a source close to the talks said"), as a
// figure's source is (postModified, attribution.go).

// relayVerbs relay another's words: the verb of "X quoted Y as saying".
var relayVerbs = newTokSet(map[string]bool{"quoted": true, "quoting": true, "quotes": true, "cited": true, "citing": true})

// relayedSpeaker reads the speaker of a quote relayed by a verb at token v, in the
// sentence ending before end: "AGENCY quoted Y as saying" (v the relay verb, or the
// "saying" after "as") gives Y; "Y was quoted by AGENCY as saying" gives Y, the subject
// before the auxiliary, which opens no earlier than start. ok is false when v opens no
// such frame; sp is "" when the frame names no one the readers know.
func (rd *reader) relayedSpeaker(v, start, end int) (sp string, ok bool) {
	relay, as := -1, -1
	switch {
	case rd.in(v, relayVerbs):
		relay = v
		for k := v + 1; k < end && k <= v+20; k++ { // "quoted Zhao Li, a lawyer with the Acme Shippers Union of the north, as saying"
			if rd.toks[k].kind != tWord || rd.quoteOf[k] != 0 {
				if rd.punct(k, ',') {
					continue // "quoted an Amazon spokesman, when asked …, as saying"
				}
				break
			}
			if rd.is(k, wAs) && rd.isSpeech(k+1) {
				as = k
				break
			}
		}
	case rd.is(v-1, wAs) && strings.HasSuffix(rd.low(v), "ing"):
		as = v - 1
		for k := v - 2; k >= start && k >= v-14; k-- {
			if rd.in(k, relayVerbs) {
				relay = k
				break
			}
			if rd.toks[k].kind == tStop || rd.punct(k, ';') || rd.quoteOf[k] != 0 {
				break
			}
		}
	}
	if relay < 0 || as < 0 || rd.is(relay, wQuoting, wCiting) {
		return "", false
	}
	if rd.is(relay-1, wWas, wWere, wIs, wAre, wBeen, wBeing) {
		aux := relay - 1
		if rd.is(aux-1, wHas, wHave, wHad) {
			aux--
		}
		if aux <= start {
			return "", false
		}
		if !rd.namesSomeone(start, aux) {
			return "", true // "the source was quoted as saying": whom, the sentence does not say
		}
		return rd.subjectBefore(aux, start), true
	}
	obj := relay + 1
	for k := obj; k < as; k++ {
		if rd.punct(k, ',') && rd.entityOf(k+1) < 0 {
			as = k // "quoted an Amazon spokesman, when asked …, as saying"; not "his brother, Scott Mair,"
			break
		}
	}
	if rd.is(obj, wThe, wA, wAn) && !rd.namesPerson(obj, as) {
		// "the paper quoted a BMW manager as saying": the description, not the company
		// that modifies it; "quoted the real estate billionaire and presumptive Republican
		// nominee": a description the rules cannot resolve names no one
		if rd.is(obj, wThe) || as-obj > 6 {
			return "", true
		}
		return rd.span(obj, as), true
	}
	return rd.speakerAfter(obj, as), true
}

// namesSomeone reports whether the words a..b-1 name a person or an organization, or
// hold a personal pronoun ("he was quoted").
func (rd *reader) namesSomeone(a, b int) bool {
	for k := a; k < b; k++ {
		if rd.is(k, wHe, wShe, wThey, wIt) {
			return true
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place {
			return true
		}
	}
	return false
}

// namesPerson reports whether the words a..b-1 name a person.
func (rd *reader) namesPerson(a, b int) bool {
	for k := a; k < b; k++ {
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person {
			return true
		}
	}
	return false
}

// unnamedSpeaker reads a speaker the report describes instead of naming, in the words
// a..b-1 right after a verb of saying or before one: an article, up to four modifiers,
// a head that can speak, then what says who they are ("a source close to the matter",
// "a person involved in the IPO", "a senior official involved in the talks"); or any
// noun followed by "who" ("a dealmaker who had worked on the deal": a relative clause
// on "who" makes it a person). It returns the phrase to the first comma, stop or verb
// of saying, or "".
func (rd *reader) unnamedSpeaker(a, b int) string {
	if a >= b || !rd.is(a, wA, wAn, wAnother) {
		return ""
	}
	end := a + 1
	for end < b && end-a < 20 && rd.toks[end].kind == tWord && rd.quoteOf[end] == 0 && !rd.isSpeech(end) {
		end++
	}
	for end > a && rd.is(end-1, wHas, wHave, wHad, wWould, wWill, wAlso, wLater, wEarlier, wOn, wIn, wAt, wOf, wAnd, wBut, wTo, wThe, wA, wWhen, wWho, wThat, wWhich) {
		end-- // "… close to the matter has said", "… who had worked on the deal, …"
	}
	for h := a + 1; h < end-1 && h-a <= 5; h++ {
		w := rd.low(h)
		if rd.toks[h].has(fCap) && rd.entityOf(h) >= 0 || rd.toks[h].feat&(lxFunc|lxPronoun) != 0 {
			return "" // a name in the description: the rules for names read it
		}
		next := rd.low(h + 1)
		who := next == "who" && !rd.toks[h].has(fCap) && !strings.HasSuffix(w, "ly") && end-h > 3
		post := (isPersonish(w) || w == "person" || w == "people") && (postModifiers.has(next) || next == "involved" ||
			next == "with" && (rd.is(h+2, wKnowledge) || rd.is(h+3, wKnowledge)))
		if !who && !post {
			continue
		}
		if end-a > 16 {
			return ""
		}
		return rd.span(a, end)
	}
	return ""
}

// plainIndefinite reads a speaker named by an indefinite article and one to three plain
// lower-case words that end the phrase a..b-1 at the verb of saying or at a comma or stop
// ("a negotiator said", "another banker said", "said a policeman, who …"): someone the
// report introduces without a name, written as main writes every unnamed speaker ("a
// banker" for "another banker"). The head must name an agent (agentNoun), so that "a
// logbook comment said" and "a video posted online" are no one; no word a function word,
// a participle or a word in -ly. The callers ask it last, after the names of the phrase
// ("said a neighbor, Krista Kitchen,"); it returns "" when the phrase is no such speaker.
func (rd *reader) plainIndefinite(a, b int) string {
	for b > a && rd.punct(b-1, ',') {
		b--
	}
	if b-a < 2 || b-a > 4 || !rd.is(a, wA, wAn, wAnother) {
		return ""
	}
	if b < len(rd.toks) && !rd.isSpeech(b) && !rd.punct(b, ',') && rd.toks[b].kind != tStop {
		return ""
	}
	for k := a + 1; k < b; k++ {
		w := rd.low(k)
		if rd.toks[k].kind != tWord || rd.toks[k].has(fCap) || rd.toks[k].feat&(lxFunc|lxPronoun|lxSpeech|lxNumWord) != 0 ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			return ""
		}
	}
	if !agentNoun(rd.low(b - 1)) {
		return ""
	}
	rest := rd.span(a+1, b)
	return article(rest) + rest
}

// agentNoun reports whether w names a person by what they do: a speaker's head (isPersonish)
// or a word made for an agent ("trader", "negotiator", "donor", "capitalist",
// "policeman", "aide"), not a thing said ("comment", "statement").
func agentNoun(w string) bool {
	if documentNouns.has(w) || speechNouns.has(w) || plural(w) {
		return false
	}
	if isPersonish(w) || w == "person" || w == "aide" || w == "diplomat" || w == "soldier" {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "man", "woman", "ee"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
