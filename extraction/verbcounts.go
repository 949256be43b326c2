package extraction

import (
	"slices"
	"strings"
)

// Counts that are the subject of their verb: "Six others pleaded guilty", "some 300-400
// already have returned to Britain", "the eight that remain". A count that names
// nothing it counts (a bare number, or "others" with no figure before to take the
// measure of) is a figure when it is the subject of a verb in the past tense (or of
// "remain"): that verb phrase is what is counted, as a reader would say it ("pleaded
// guilty", "returned to Britain"). A verb of saying ("one said") makes no figure, and
// an idle count ("the two that remain") stays idle (idlecounts.go).

// subjectAdverbs may stand between a counted subject and its verb.
var subjectAdverbs = newTokSet(map[string]bool{
	"already": true, "also": true, "still": true, "now": true, "later": true, "since": true,
	"eventually": true, "reportedly": true, "allegedly": true, "subsequently": true,
	"ultimately": true, "then": true, "either": true, "never": true, "all": true,
})

// uprootedNouns name people driven from their homes, what a bare count "are" says it
// counts ("another 3.2 million are asylum seekers").
var uprootedNouns = newTokSet(map[string]bool{
	"refugees": true, "migrants": true, "asylum": true, "asylum-seekers": true, "evacuees": true,
	"homeless": true, "displaced": true,
})

// subjectAuxiliaries may stand between a counted subject and its participle, a
// passive's "been" or "being" among them ("27 have been convicted", "another 10 are
// being tried").
var subjectAuxiliaries = newTokSet(map[string]bool{
	"have": true, "has": true, "had": true, "were": true, "was": true, "are": true, "is": true,
	"been": true, "being": true,
})

// verbPhraseMeasure reads the verb phrase whose subject is the bare count n, starting
// at token k (after its number or "others"): an optional "that" or "who", adverbs and
// an auxiliary, then the verb and up to three words of what it takes ("succeeded in
// reaching Syria"). It returns the phrase in lower case, or "". The count must start a
// clause (subjectStart);
// "one" is mostly a pronoun ("one issued in 2010", "the one cited in the report"), a
// count only in a list of counts read so before ("Six others pleaded guilty, and one
// succeeded"); and a stative verb ("were expected to fail", "the 2,383 needed")
// says what is thought of those counted, not what they did.
func (ff *figureFinder) verbPhraseMeasure(n *number, k int, before []figureCand) string {
	end := ff.sents[n.si].b
	if !ff.subjectStart(n) {
		return ""
	}
	if n.word && ff.low(n.tok) == "one" && !slices.ContainsFunc(before, func(c figureCand) bool { return c.verb }) {
		return ""
	}
	j := k
	if ff.is(j, wThat, wWho) {
		j++
	}
	for steps := 0; j < end && steps < 4; steps++ {
		if !ff.in(j, subjectAdverbs) && !ff.in(j, subjectAuxiliaries) {
			break
		}
		j++
	}
	if j < end && j > k && ff.is(j-1, wAre, wWere, wIs, wWas) && ff.in(j, uprootedNouns) {
		// "About 21 million are refugees, and another 3.2 million are asylum seekers":
		// what they are is what is counted
		if ff.is(j+1, wSeekers) {
			return ff.low(j) + " seekers"
		}
		return ff.low(j)
	}
	if j >= end || !ff.subjectVerb(j) || ff.punct(j-1, '-') || ff.punct(j+1, '-') {
		return ""
	}
	v := j
	b := v + 1
	for b < end && b < v+4 && ff.verbComplement(b) {
		b++
	}
	for b > v+1 && ff.toks[b-1].feat&lxFunc != 0 {
		b-- // "returned to": not the preposition without its object
	}
	return strings.ToLower(ff.span(v, b))
}

// subjectVerb reports whether token j is a verb a counted subject can have: a
// lower-case word in -ed that is no verb of saying ("pleaded", "returned"), or
// "remain".
func (ff *figureFinder) subjectVerb(j int) bool {
	t := &ff.toks[j]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxPronoun|lxQual|lxSpeech) != 0 || ff.isSpeech(j) {
		return false
	}
	w := ff.low(j)
	if strings.ContainsRune(w, '-') {
		return false // "so-called", "network-connected": an adjective before a noun
	}
	if stativeVerbs.has(w) {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || w == "remain" || w == "remains" || w == "remained"
}

// stativeVerbs say what is thought of, needed of or compared with those counted, not
// what they did or what happened to them: "the 2,383 needed for the nomination", "18
// compared with seven", "43 is followed by 47", "20 billion expected this year".
var stativeVerbs = newTokSet(map[string]bool{
	"compared": true, "needed": true, "required": true, "expected": true, "considered": true,
	"believed": true, "scheduled": true, "included": true, "followed": true, "touched": true,
	"deemed": true, "thought": true, "supposed": true, "projected": true, "involved": true,
	"related": true, "based": true, "listed": true, "limited": true, "estimated": true,
	"described": true, "named": true, "called": true, "priced": true, "valued": true,
})

// subjectStart reports whether the count n starts a clause, as the subject of a verb
// does: its first word (hedge or number) opens the sentence or follows a comma, a
// conjunction, a verb of saying ("officials said some 300-400 already have returned"),
// "including", or a determiner ("the eight that remain", "another 3,225"). A number
// after a preposition ("at 50 is still considered", "ranging from 20 to 32"), after a
// name ("the S&P 500 ended", "CSI 300 gained", "Boeing 737-800 operated") or after
// "of the" (the whole of a part: "Two of the four were recovered") is no subject.
func (ff *figureFinder) subjectStart(n *number) bool {
	p := n.qa - 1
	for steps := 0; n.ranged && steps < 4 && p >= ff.sents[n.si].start; steps++ {
		if !ff.punct(p, '-') && !ff.is(p, wTo) && ff.toks[p].kind != tNum && ff.toks[p].feat&(lxQual|lxNumWord) == 0 {
			break
		}
		p-- // the lower end of a range: "some 300-400"
	}
	if p < ff.sents[n.si].start {
		return true
	}
	t := &ff.toks[p]
	if t.kind == tPunct {
		return ff.punct(p, ',') || ff.punct(p, ';') || ff.punct(p, ':') || ff.tok(p) == "—" || ff.tok(p) == "--"
	}
	if t.kind != tWord {
		return false
	}
	if ff.isSpeech(p) && !t.has(fCap) {
		return true
	}
	switch ff.low(p) {
	case "and", "but", "or", "while", "whereas", "although", "though", "that", "as", "after", "when",
		"where", "since", "because", "if", "including", "another", "these", "those", "only", "just":
		return true
	case "the":
		return !ff.is(p-1, wOf)
	}
	return false
}

// verbComplement reports whether token j goes on a counted subject's verb phrase: a
// word ("guilty", "reaching", "Syria") or a preposition before one ("in", "to"), and
// not a time ("on Friday", "last year"), a number or a conjunction.
func (ff *figureFinder) verbComplement(j int) bool {
	t := &ff.toks[j]
	if t.kind != tWord || t.feat&(lxDay|lxMonth|lxTimeUnit|lxNumWord|lxSpeech|lxPronoun) != 0 {
		return false
	}
	switch ff.low(j) {
	case "in", "to", "into", "from", "for", "of":
		return ff.contentWord(j + 1)
	case "and", "or", "but", "on", "at", "after", "before", "since", "when", "while", "last", "this", "because":
		return false
	}
	return t.feat&lxFunc == 0
}
