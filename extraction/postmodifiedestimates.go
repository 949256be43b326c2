package extraction

// postmodifiedEstimate reports whether "estimate" at token k is the verb of a plural
// speaker whose head a phrase after it ties to a body it names: "analysts at Barclays
// estimate", "economists with the Harlow Institute estimate that", "researchers from
// Acme estimate 40 percent" (pluralEstimate reads the head right before the verb). The
// head can speak (isPersonish) and is plural, "at", "from", "with" or "of" follows it,
// then a capitalised name that runs up to the verb; and the verb opens what they
// estimate (a number, estimateOpeners), closes its clause ("…, analysts at Barclays
// estimate."), or a clause with a modal of its own follows within a few words ("estimate
// smartphone makers will generate"). Not the noun: "the Acme estimate of 40 percent"
// has no head, "analysts' estimate at Acme" no name before it.
func (d *doc) postmodifiedEstimate(k int) bool {
	if d.toks[k].kind != tWord || k < 3 || !d.toks[k-1].has(fCap) || k+1 >= len(d.toks) {
		return false
	}
	j := k - 1
	for j > 0 && k-j <= 6 && (d.toks[j].has(fCap) || d.is(j, wThe) || d.punct(j, '&')) {
		j--
	}
	if !d.is(j, wAt, wFrom, wWith, wOf) || j == 0 {
		return false
	}
	if w := d.low(j - 1); !plural(w) || !isPersonish(w) {
		return false
	}
	n := k + 1
	if d.toks[n].kind == tStop || d.punct(n, ',') || d.toks[n].kind == tNum || d.punct(n, '$') || d.in(n, estimateOpeners) {
		return true
	}
	for x := n + 1; x < len(d.toks) && x-n <= 4 && d.toks[x].kind == tWord; x++ {
		if d.is(x, wWill, wWould, wCould) {
			return true // "analysts at UBS estimate smartphone makers will generate …"
		}
	}
	return false
}

// jointEstimate reports whether "estimate" at token k is the verb of two names joined by
// "and" that opens a "that" clause: "Jennings and Boyle estimate that women make up …",
// "Acme Corp and Brantex estimate that …". Each side is a capitalised run of at most four
// words, and no determiner stands before them ("the Harlow and Ridge estimate that …" is
// a noun); no name ends a plural subject otherwise ("the Acme estimate that" has no "and").
func (d *doc) jointEstimate(k int) bool {
	if d.toks[k].kind != tWord || k < 3 || k+1 >= len(d.toks) || !d.is(k+1, wThat) || !d.toks[k-1].has(fCap) {
		return false
	}
	j := k - 1
	for j > 0 && k-j <= 4 && d.toks[j].has(fCap) {
		j--
	}
	if !d.is(j, wAnd) || j == 0 || !d.toks[j-1].has(fCap) || d.toks[j-1].kind != tWord {
		return false
	}
	i := j - 1
	for i > 0 && j-i <= 4 && d.toks[i-1].has(fCap) && d.toks[i-1].kind == tWord && !d.in(i-1, determiners) {
		i--
	}
	return !d.in(i-1, determiners) // not "the Harlow and Ridge estimate that …", a noun
}

// determiners open a noun phrase: before names, they make "NAME and NAME estimate" a
// noun (jointEstimate).
var determiners = newTokSet(map[string]bool{"the": true, "a": true, "an": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "this": true, "that": true})
