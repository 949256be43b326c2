package extraction

import "strings"

// pastIrregular are past forms of the amount verbs (amountVerbs) that do not end in "-ed".
var pastIrregular = map[string]bool{"paid": true, "spent": true, "lost": true, "sold": true, "bought": true,
	"sought": true, "won": true, "lent": true, "brought": true}

// relativeAct names an amount of money that the clause after it acts on: "the $38.5
// million he raised", "the $1.4 billion that Toyota paid", "the roughly $5 million
// raised online". The amount opens on "the" (a definite amount the clause then
// restricts) and the verb is an amount verb in the past other than "reported", after at most four words of
// its subject; it returns the verb's measure and a token of the subject's entity (or
// -1). next is the token after the amount's words.
func (ff *figureFinder) relativeAct(n *number, next int) (string, int) {
	if !ff.is(n.qa-1, wThe) {
		return "", -1
	}
	s := &ff.sents[n.si]
	k := next
	if ff.is(k, wThat, wWhich) {
		k++
	}
	actor := -1
	for j := 0; j <= 4 && k < s.b; j, k = j+1, k+1 {
		if ff.is(k, wHad, wHas, wHave, wWas, wWere) {
			continue
		}
		w := ff.low(k)
		if m := amountVerbs[w]; m != "" && (strings.HasSuffix(w, "ed") || pastIrregular[w]) {
			if m == "reported" {
				return "", -1 // "the $900 million reported earlier": a report names no quantity
			}
			return m, actor
		}
		if ff.toks[k].kind != tWord || ff.toks[k].feat&lxFunc != 0 && !ff.is(k, wThe, wHe, wShe, wThey, wIt, wWe, wI, wIts, wTheir, wHis) {
			return "", -1
		}
		if actor < 0 && ff.entityOf(k) >= 0 {
			actor = k
		}
	}
	return "", -1
}
