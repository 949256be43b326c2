package extraction

// An age opens many descriptions of a person after the name ("Ana Mott, a 44-year-old
// Denver engineer,", "Ivo Lern, a 30-year-old U.S. citizen"): the readers of such a
// description (apposedtrades.go, citizens.go, apposednationality.go) read past it to the
// words that tie the person to a place, as they do without one; roles.go reads no body's
// name in the words between it and a role (agedDescription).

// pastAge returns the token after an age written "N-year-old" that starts at token k
// (a number of at most three digits, "-", "year-old"), or k when no such age starts there.
func (d *doc) pastAge(k int) int {
	if k+2 >= len(d.toks) || d.toks[k].kind != tNum || len(d.tok(k)) > 3 || !d.punct(k+1, '-') || !d.is(k+2, wYearOld) {
		return k
	}
	return k + 3
}

// agedDescription reports whether the description at token k, after "a|an" when one
// opens it, starts with an age: "a 29-year-old Seoul office worker" tells what kind of
// worker the person is, and the words before the role are no body's name (not
// "workerOf 29-year-old Seoul office"), as "Craig Hoover, the agency official" names one.
func (d *doc) agedDescription(k int) bool {
	if d.is(k, wA, wAn) {
		k++
	}
	return d.pastAge(k) != k
}
