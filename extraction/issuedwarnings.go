package extraction

import (
	"github.com/factgraph/kg"
)

// Warnings a body issues for places: "The National Weather Service issued a flash flood
// warning for parts of east Texas and Louisiana", "the NWS, which posted excessive-heat
// warnings through Wednesday for southern portions of California, Arizona and Nevada",
// "The agency also issued heat advisories for Missouri and southwest Iowa" → warns(body,
// place) for each place the phrase after "for" (or "in") names. The issuer is the subject
// of the verb of issuing (actionSubject) and must be an organization ("National
// forecasters issued …" names none); between the verb and the noun of the warning stand
// only lower-case words and quotation marks ("a new "red flag warning""), so that
// "issued Ostmark's first gender violence alert" is left alone. A place that qualifies the
// noun after it ("areas in the U.S. southwest") is no place warned; the list ends at the
// clause's end or at a word that opens another phrase ("with temperatures in the
// mid-90s", ", five days before the start of the Atlantic season").

// warningNouns are the nouns of a warning a body issues.
var warningNouns = newTokSet(map[string]bool{"warning": true, "warnings": true, "watch": true,
	"watches": true, "advisory": true, "advisories": true, "alert": true, "alerts": true})

// warningSentence reports whether sentence si holds a word of warningNouns, by the
// sentence word index (sentindex.go): both warning readers act only at such a noun. The
// words are warningNouns' own, listed again because the index asks by word constant.
func (rf *relationFinder) warningSentence(si int) bool {
	return rf.sentHas(si, wWarning, wWarnings, wWatch, wWatches, wAdvisory, wAdvisories, wAlert, wAlerts)
}

// issuingVerbs are the verbs of issuing a warning ("put out" is read apart).
var issuingVerbs = newTokSet(map[string]bool{"issued": true, "issues": true, "issuing": true,
	"posted": true, "posts": true, "extended": true, "expanded": true})

// warnedPlaceEnds are the words that end the list of places a warning is for.
var warnedPlaceEnds = newTokSet(map[string]bool{"with": true, "after": true, "as": true,
	"because": true, "while": true, "when": true, "which": true, "who": true, "that": true,
	"but": true, "until": true, "through": true, "on": true, "from": true, "to": true, "by": true,
	"before": true, "during": true, "since": true, "ahead": true})

// issuedWarnings reads the shape above in prose sentence si.
func (rf *relationFinder) issuedWarnings(si int) {
	if !rf.warningSentence(si) {
		return
	}
	s := &rf.sents[si]
	for v := s.start; v < s.b; v++ {
		k := v + 1
		if rf.low(v) == "put" && rf.is(v+1, wOut) {
			k = v + 2 // "has put out red flag warnings for"
		} else if !rf.in(v, issuingVerbs) {
			continue
		}
		if rf.quoteOf[v] != 0 || rf.unasserted(si, v) {
			continue
		}
		n := rf.warningNounAt(k, s.b)
		if n < 0 {
			continue
		}
		places, end := rf.warnedPlaces(n+1, s.b)
		if len(places) == 0 {
			continue
		}
		subj := rf.actionSubject(si, v)
		for sj := range nameList(subj).all() { // subject by subject, each warning every place
			if sj == "" || rf.typeOfName(sj) != kg.Organization {
				continue
			}
			for _, p := range places {
				rf.addRelation(si, sj, "warns", p, rf.span(v, end))
			}
		}
	}
}

// warningNounAt returns the token of the noun of a warning that the words from k end —
// at most six lower-case words, articles, hyphens and quotation marks before it ("a flash
// flood warning", "excessive-heat warnings", "a new "red flag warning"") — or -1.
func (rf *relationFinder) warningNounAt(k, end int) int {
	for j := k; j < end && j < k+7; j++ {
		t := &rf.toks[j]
		if t.kind == tWord && !t.has(fCap) && rf.in(j, warningNouns) {
			return j
		}
		if t.kind == tWord && !t.has(fCap) && rf.entAt[j] < 0 || t.kind == tOpenQ || t.kind == tCloseQ {
			continue
		}
		return -1
	}
	return -1
}

// warnedPlaces reads, from token k after a warning's noun, an optional time ("through
// Wednesday") and "for" or "in", then the places of the phrase after it ("parts of east
// Texas and Louisiana", "areas in the U.S. southwest, including California, Nevada and
// Arizona"): their names and the token after the last one.
func (rf *relationFinder) warnedPlaces(k, end int) ([]string, int) {
	for k < end && rf.toks[k].kind == tCloseQ {
		k++
	}
	if rf.is(k, wThrough, wUntil) && k+1 < end && rf.toks[k+1].has(fCap) {
		k += 2 // "through Wednesday"
	}
	if !rf.is(k, wFor, wIn) {
		return nil, k
	}
	var names []string
	last := k
	seen := map[string]bool{}
	for j := k + 1; j < end && j < k+25; j++ {
		t := &rf.toks[j]
		if t.kind == tStop || t.kind == tDash || t.kind == tOpenQ || t.kind == tPunct && rf.tok(j) != "," || rf.in(j, warnedPlaceEnds) {
			break
		}
		e := rf.entityOf(j)
		if e < 0 {
			if t.kind == tWord && t.has(fCap) && rf.entAt[j] < 0 {
				break // a name kg does not know: the phrase may be about it
			}
			continue
		}
		m := &rf.mentions[rf.entAt[j]]
		j = m.b - 1
		if rf.ents[e].typ != kg.Place || m.demonym || rf.modifier(m.b) {
			continue
		}
		if name := rf.entName(e); !seen[name] {
			seen[name] = true
			names = append(names, name)
			last = m.b
		}
	}
	return names, last
}
