package extraction

import "strings"

// Moves of an object: a transitive verb of change takes what it changes as its object
// and the size of the change as a bare percentage after it, with no "by": "Congress
// has cut the agency's budget 17 percent", "the deal would boost annual revenues 27
// percent to $7 billion", "boosting its shares 47 percent", "helped lift the financial
// sector 2.2 percent". The object names what moved (verbAmount); the verb, whether it
// rose or fell. Only verbs that take an object here: "rose last year 5 percent" has a
// time, not an object, and makes no measure.

// objectMoveVerbs are the transitive verbs of change → the change they make.
var objectMoveVerbs = map[string]string{
	"increase": "rise", "increases": "rise", "increased": "rise", "increasing": "rise",
	"boost": "rise", "boosts": "rise", "boosted": "rise", "boosting": "rise",
	"lift": "rise", "lifts": "rise", "lifted": "rise", "lifting": "rise",
	"raise": "rise", "raises": "rise", "raised": "rise", "raising": "rise",
	"hike": "rise", "hikes": "rise", "hiked": "rise", "hiking": "rise",
	"cut": "fall", "cuts": "fall", "cutting": "fall",
	"slash": "fall", "slashes": "fall", "slashed": "fall", "slashing": "fall",
	"lowered": "fall", "lowering": "fall", "lowers": "fall",
	"reduce": "fall", "reduces": "fall", "reduced": "fall", "reducing": "fall",
	"trim": "fall", "trims": "fall", "trimmed": "fall", "trimming": "fall",
	"decrease": "fall", "decreases": "fall", "decreased": "fall", "decreasing": "fall",
	"grew": "growth", "grow": "growth", "grows": "growth", "growing": "growth",
	"expand": "growth", "expands": "growth", "expanded": "growth", "expanding": "growth",
}

// objectMove finds the transitive verb of change whose object stands right before the
// percentage n ("cut the agency's budget 17 percent"): it returns the verb, the
// object's tokens objA..objB-1 and the change, or v = -1. The object is a short noun
// phrase (determiners, possessives, adjectives, nouns and names, up to six tokens)
// whose head is no time ("last year", "Tuesday") and which names a measure.
func (ff *figureFinder) objectMove(n *number) (v, objA, objB int, change string) {
	start := ff.sents[n.si].start
	p := n.qa - 1
	if p <= start || !ff.contentWord(p) || ff.toks[p].has(fCap) || periodNoun(ff.doc, p) || strings.HasSuffix(ff.low(p), "ly") {
		return -1, -1, -1, ""
	}
	objB = p + 1
	for k := p - 1; k >= start && objB-k <= 7; k-- {
		t := &ff.toks[k]
		if c := objectMoveVerbs[ff.low(k)]; c != "" && t.kind == tWord && k < p && ff.verbHere(k, start, false) {
			if m, _ := ff.measureWords(k+1, objB); m == "" {
				return -1, -1, -1, ""
			}
			return k, k + 1, objB, c
		}
		switch {
		case t.kind == tNum && k > start && ff.toks[k-1].has(fCap):
			// a number inside a name: "the S&P 500 financial sector"
		case t.kind == tPunct && (ff.tok(k) == "&" || ff.tok(k) == "-"):
		case ff.is(k, wAposS, wRsquoS, wIts, wTheir, wThe, wHis, wHer, wOur, wA, wAn):
		case t.kind == tWord && ff.contentWord(k) && !periodNoun(ff.doc, k) && (!strings.HasSuffix(ff.low(k), "ly") || ff.is(k, wQuarterly, wYearly, wMonthly, wWeekly, wDaily)) && !ff.pastChange(k):
			// a word of the object; an adverb in -ly is none, a period's adjective is ("its quarterly dividend")
		default:
			return -1, -1, -1, ""
		}
	}
	return -1, -1, -1, ""
}

// pastChange reports whether the word at k is a verb of change in the past ("grew",
// "reduced"): a verb of its own, which no object of another verb holds.
func (ff *figureFinder) pastChange(k int) bool {
	w := ff.low(k)
	c, ok := changeVerbs[w]
	return ok && c != "level" && (strings.HasSuffix(w, "ed") || ff.pastMove(k))
}
