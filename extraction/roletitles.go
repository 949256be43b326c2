package extraction

import "strings"

// roleNounTitle returns the end of a title that the title lists do not hold but that the
// span's words make one, glued before a person's name: one to three capitalised common
// words whose last is a role noun of the lexicon ("Legal Counsel Heather Dietrick",
// "Board Member Rana Coyle"), then a name of two or three words whose first is a given
// name and none of which is a body's or a place's head word. Or -1. No word of the title
// may be a given name or a name the word lists know ("Dean Martin Smith" is left alone).
// The name ends before an "of" (nameBeforeOf: "… Heather Dietrick of Gawker"); its end
// is the second result.
func (ef *entityFinder) roleNounTitle(a, b int) (int, int) {
	for k := a + 1; k <= a+3 && k <= b-2; k++ {
		t := &ef.toks[k-1]
		if t.kind != tWord || !t.has(fCap) || t.has(fUpper) || !ef.in(k-1, englishWords) || firstNames[ef.tok(k-1)] || ef.known(ef.tok(k-1)) {
			return -1, -1
		}
		end := ef.nameBeforeOf(k, b)
		if t.feat&lxRole == 0 || !firstNames[ef.tok(k)] || end-k < 2 || end-k > 3 {
			continue
		}
		for j := k; j < end; j++ {
			if ef.toks[j].kind != tWord || ef.toks[j].feat&(lxOrgHead|lxPlaceHead) != 0 {
				return -1, -1
			}
		}
		return k, end
	}
	return -1, -1
}

// roleNounOf returns the role the words of a title roleNounTitle found name when the
// role list holds them ("legal counsel"), or its last word's ("member").
func (ef *entityFinder) roleNounOf(ta, tb int) string {
	if r := strings.ToLower(ef.span(ta, tb)); roleNouns[r] {
		return r
	}
	return ef.low(tb - 1)
}
