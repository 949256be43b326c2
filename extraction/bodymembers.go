package extraction

import "strings"

// bodymembers.go owns the counts that give who makes up a body named before them by
// "a BODY of NUM NOUN": "the jury of four women and two men" (women in the jury, men in
// the jury), "a group of 51 Muslim states" (Muslim states in the group), "a starting
// field of 17" (field members). Its members are counted whatever the clause says of
// the body. The bodies are those of data/figures.txt member-bodies, which "a seven-person
// trust" counts the members of as well (compounds.go).

// bodyMembers names the measure of count n when it counts the members of a body named
// right before it by "BODY of" ("a jury of four women": "women in the jury"), or of
// the count it is joined to by "and" ("… and two men": "men in the jury"); c is what
// the count's words say, its noun c.a..c.b-1 (none for "a field of 17": "field
// members"). It returns "" for any other count.
func (ff *figureFinder) bodyMembers(n *number, c *counted) string {
	if n.unit != "" || n.word && n.v == 1 && ff.is(n.tok, wOne) && c.b <= c.a {
		return ""
	}
	body := ff.memberBodyBefore(n.si, n.qa)
	if body < 0 {
		return ""
	}
	if c.b <= c.a {
		if c.noun != "" || ff.contentWord(n.next) || ff.is(body, wGroup) {
			return "" // "they move in a group of two": a manner, no body
		}
		return ff.low(body) + " members"
	}
	if !plural(ff.low(c.b-1)) && !ff.in(c.b-1, irregularPlurals) {
		return ""
	}
	return ff.span(c.a, c.b) + " in the " + ff.low(body)
}

// memberBodyBefore returns the token of the body noun whose members the count whose
// words start at qa counts: "jury" in "the jury of four women", and in "the jury of
// four women and two men" for "two men" as well; or -1. The body is lower case, after
// "a", "an", "the" or a modifier, and not itself counted ("a group of 10 others" after
// "two groups" is the group's size all the same).
func (ff *figureFinder) memberBodyBefore(si, qa int) int {
	start := ff.sents[si].start
	k := qa - 1
	if ff.is(k, wAnd) {
		// "of four women and two men": back over the first count's noun to its number
		j := k - 1
		for j > start && k-j <= 3 && ff.toks[j].kind == tWord && ff.toks[j].feat&lxNumWord == 0 {
			j--
		}
		if j <= start || ff.toks[j].kind != tNum && ff.toks[j].feat&lxNumWord == 0 {
			return -1
		}
		k = j - 1
	}
	if !ff.is(k, wOf) || k-1 <= start {
		return -1
	}
	b := k - 1
	if ff.toks[b].kind != tWord || ff.toks[b].has(fCap) || !ff.in(b, memberBodies) {
		return -1
	}
	if !ff.is(b-1, wA, wAn, wThe) && (ff.toks[b-1].kind != tWord || ff.toks[b-1].feat&lxFunc != 0 || strings.HasSuffix(ff.low(b-1), "s")) {
		return -1
	}
	return b
}
