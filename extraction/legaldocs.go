package extraction

import "github.com/factgraph/kg"

// Court papers that speak: "the complaint said", "the suit claims", "the filing states",
// "the motion reads". A court paper's words are its filer's, as a report's are its
// author's (the golds give "the report said" to the body that wrote it). A report
// brings the filer in with the case, rarely with the same noun: "X filed a lawsuit" …
// "the complaint said"; "X sued Y" … "the suit claims". So for a court paper the
// introduction documentIntroduction looks for is any noun of the family (lawsuit, suit,
// complaint, filing, petition, motion) or the verb "sue" itself, whose active subject
// is the filer ("X sued Y", "X is suing Y") and whose passive agent is ("Y was sued by
// X"; "by a former employee" or no agent: a filer the report leaves unnamed, no
// speaker; "those being sued" names defendants, and the search goes on).

// courtPapers are the document nouns of one family: the papers of a case its filer
// lodges, which a report names by any of them.
var courtPapers = newTokSet(map[string]bool{"lawsuit": true, "suit": true, "complaint": true,
	"filing": true, "petition": true, "motion": true})

// sameDocument reports whether the document noun at j may be the document headed by the
// noun whose stem is head: the same noun, two papers of one case, or two names of one
// piece of research (researchPapers).
func (rd *reader) sameDocument(j int, head string) bool {
	st := documentStem(rd.low(j))
	return st == head || courtPapers.has(head) && courtPapers.has(st) ||
		researchPapers.has(head) && researchPapers.has(st) && rd.entAt[j] < 0
}

// researchPapers are the nouns a report uses in turn for one piece of research: "an
// International Labour Organization study found …" … "The report said …" (not a word of a
// name: "the Center for the Study of Violence" brings in no study).
var researchPapers = newTokSet(map[string]bool{"study": true, "report": true, "survey": true})

// suedFiler reads token j as a form of "sue" that brings in a court paper whose stem is
// head: it returns whether it does, and the filer it names (its active subject, its
// passive agent after "by"), or "" when the report leaves the filer unnamed or the
// subject is no name.
func (rd *reader) suedFiler(j, start int, head string) (string, bool) {
	if !courtPapers.has(head) || head == "petition" || head == "motion" || !rd.is(j, wSued, wSues, wSue, wSuing) || rd.toks[j].kind != tWord {
		return "", false
	}
	if rd.is(j-1, wWas, wWere, wBeen, wBeing, wBe, wIs, wAre, wGet, wGot) && !rd.is(j, wSuing) {
		by := -1
		for k := j + 1; k < len(rd.toks) && k <= j+5 && rd.toks[k].kind == tWord; k++ {
			if rd.is(k, wBy) {
				by = k
				break
			}
		}
		if by < 0 {
			// "Vexa was sued on Monday": by whom, it does not say; "those being sued"
			// names the defendants, and the filer may be named elsewhere
			return "", !rd.is(j-1, wBeing)
		}
		if e := rd.entityOf(by + 1); e >= 0 && rd.filerType(e) {
			return rd.entName(e), true
		}
		return "", true // "was sued last week by a former employee"
	}
	if rd.modifiedFiler(j) {
		return "", true // "A Talos Inc shareholder sued": not the company's
	}
	v := j
	if rd.is(v-1, wIs, wAre, wWas, wWere, wHas, wHave, wHad) {
		v-- // "X is suing Y", "X has sued Y"
	}
	sp := rd.subjectBefore(v, start)
	return sp, true
}

// filerType reports whether entity e can file a case: a person, an organization or a
// group (not a place: "sued by California" names its government, which kg types a Place;
// left alone).
func (rd *reader) filerType(e int) bool {
	t := rd.ents[e].typ
	return t == kg.Person || t == kg.Organization || t == kg.Group
}

// documentVerbs say what a document says without being verbs of saying for people: "the
// suit claims", "the complaint alleges", "the filing states", "the statement read".
var documentVerbs = newTokSet(map[string]bool{"claims": true, "claimed": true, "alleges": true,
	"alleged": true, "states": true, "stated": true, "reads": true, "read": true,
	"contends": true, "contended": true, "asserts": true, "asserted": true})

// documentVerb reports whether token v is a verb of documentVerbs whose subject, the
// words right before it back to start, is a document phrase ("the suit claims"), not a
// person's ("Smith claims") nor a plural noun ("the states").
func (rd *reader) documentVerb(v, start int) bool {
	if v <= start || v >= len(rd.toks) || rd.toks[v].kind != tWord || !rd.in(v, documentVerbs) || rd.toks[v].has(fCap) {
		return false
	}
	a := rd.phraseStart(v, start)
	return a < v && rd.documentHead(a, v) >= 0
}

// aboutDocument are the prepositions that end, going back, the words of a document's
// phrase in documentIntroduction: the name before them is no author ("calls to the
// city attorney's office for comment on the lawsuit", "ruled on the complaint").
var aboutDocument = newTokSet(map[string]bool{"on": true, "about": true, "over": true, "to": true,
	"for": true, "against": true, "with": true, "of": true, "at": true})

// reportingVerb reports whether the document noun at j is the verb "reports" with a name
// before it and the sentence's end, a comma or "that" after ("CBS News reports."): no
// document brought in.
func (rd *reader) reportingVerb(j int) bool {
	if !rd.is(j, wReports, wReported) || rd.entityOf(j-1) < 0 {
		return false
	}
	return j+1 >= len(rd.toks) || rd.toks[j+1].kind == tStop || rd.punct(j+1, ',') || rd.is(j+1, wThat)
}
