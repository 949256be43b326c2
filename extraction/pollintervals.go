package extraction

// pollInterval names a figure in percentage points that a poll's accuracy is given in:
// "the poll has a credibility interval of 3 percentage points", "a credibility interval,
// a measure of accuracy, of about 2 percentage points", "a margin of error of plus or
// minus 4 percentage points". It reads back from the number at tok, in its sentence si,
// for "credibility interval" or "margin of error" within twelve words with no ";"
// between, and returns that measure; or "". A bare unit says nothing of what the
// points are.
func (ff *figureFinder) pollInterval(si, tok int) string {
	s := &ff.sents[si]
	for k := tok - 1; k > s.start && k >= tok-12; k-- {
		if ff.punct(k, ';') {
			return ""
		}
		if ff.is(k, wInterval) && ff.is(k-1, wCredibility) {
			return "credibility interval"
		}
		if ff.is(k, wError) && ff.is(k-1, wOf) && ff.is(k-2, wMargin) {
			return "margin of error"
		}
	}
	return ""
}
