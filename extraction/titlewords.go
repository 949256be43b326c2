package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// The lower-case words before a role that end in an organization head are read as the
// body the role serves ("Tainan fire department spokesman": roles.go). Two shapes end in
// such a head without naming a body:
//   - a trade or portfolio: "Iranian oil minister", "junior energy minister", "Russian
//     oil executive", "CNN media correspondent": the oil is no organization; a
//     minister's country is the nationality or country before it, another role's body
//     an organization named right before it;
//   - a qualifier of the person before the body's words: "corrupt former union leader",
//     "respected former central bank governor": the body is the words after the last
//     idle title word ("central bank"), or the organization they stand for (kindOwner),
//     which a role relation drops as a bare kind when it is none.

// sectorTitleWords are the organization heads that, right before a role, name a trade or
// portfolio rather than a body: "oil minister", "energy minister", "media correspondent".
var sectorTitleWords = newTokSet(map[string]bool{"oil": true, "energy": true, "media": true,
	"news": true, "petroleum": true, "telecom": true})

// titleWordsBody returns the body of the role words a..ra-1 (lower case, the last one an
// organization head; st < a when an entity stands right before them) for the two shapes
// above, with ok; ok is false when neither applies and the words are read as before.
func (rf *relationFinder) titleWordsBody(st, a, ra int, role string) (obj string, ok bool) {
	if rf.in(ra-1, sectorTitleWords) && rf.entityOf(ra-1) < 0 {
		for k := a; k < ra-1; k++ {
			if !rf.in(k, idleTitleWords) && !rf.in(k, sectorTitleWords) {
				return "", false // "social media director": words of a body's own
			}
		}
		e := -1
		if st < a {
			e = rf.entityOf(a - 1)
		}
		if strings.HasSuffix(role, "minister") {
			if e >= 0 && rf.ents[e].typ == kg.Place {
				if c, isCountry := countryNames[rf.entName(e)]; isCountry {
					return c, true // "Iranian oil minister": Iran's
				}
			}
			return "", true
		}
		if e >= 0 && rf.ents[e].typ == kg.Organization && rf.midSentence(rf.mentions[rf.entAt[a-1]].a) {
			return rf.entName(e), true // "CNN media correspondent"
		}
		return "", true
	}
	last := -1
	for k := a; k < ra-1; k++ {
		if rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.in(k, idleTitleWords) {
			last = k
		}
	}
	if last < 0 {
		return "", false
	}
	if o := rf.kindOwner(last+1, ra); o != "" {
		return o, true // "former company executive X": the company named before
	}
	return rf.span(last+1, ra), true
}

// midSentence reports whether token k stands inside its sentence, past its first word and
// not right after a dateline's capitals: an opening capitalised word ("SAN FRANCISCO
// Billionaire media owner X") may be a common word, no organization's name.
func (rf *relationFinder) midSentence(k int) bool {
	s := &rf.sents[rf.sentOf(k)]
	return k > s.start && k > s.a && !rf.toks[k-1].has(fUpper)
}
