package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Idle counts: a small number after a word that points back to what it counts ("the two
// companies", "these three rules", "her two sons", "one of its two main rivals", "the
// world's two largest economies") says how many of something the story has already
// named, not a quantity anyone reports. Such a count is a figure only when it is a toll
// of people ("the two students were shot", "her two children were killed"), when the
// sentence says what state they are in ("the two surviving deputies have been placed on
// leave"), or when a participle says which ones are counted ("the three stores offering
// tickets", "the two surviving deputies").

// backPointers are the words before a number that point back to what it counts.
var backPointers = newTokSet(map[string]bool{
	"the": true, "these": true, "those": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true,
})

// idleCount reports whether the count n, read with measure m from the counted words c,
// is a number of things already named: one to three, bare (no hedge, range or unit),
// after a back-pointing word or a possessive, and not a toll of people.
func (ff *figureFinder) idleCount(n *number, c *counted, m string) bool {
	if n.unit != "" || n.ranged || n.approx || n.qa != n.i || n.v != 1 && n.v != 2 && n.v != 3 {
		return false
	}
	p := n.i - 1
	if p < ff.sents[n.si].start {
		return false
	}
	if !ff.in(p, backPointers) && ff.tok(p) != "'s" && ff.tok(p) != "’s" {
		return false
	}
	if kg.IsToll(kg.MeasureClass(m)) && (c.noun == "" || ff.isPersonNoun(c.b-1)) || c.state != "" {
		return false // "the two students were shot", "the two deputies, placed on leave"
	}
	// a participle says which ones are counted: "the three stores offering tickets",
	// "the two surviving deputies" are counts the story reports
	b := max(c.b, n.next)
	if c.b > c.a+1 && ff.participle(c.a) {
		return false
	}
	return !(b < ff.sents[n.si].b && ff.participle(b))
}

// participle reports whether token k is a lower-case word in -ing ("offering",
// "surviving").
func (ff *figureFinder) participle(k int) bool {
	return ff.toks[k].kind == tWord && strings.HasSuffix(ff.low(k), "ing") && !ff.toks[k].has(fCap)
}
