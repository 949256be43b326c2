package extraction

// studyFinding reports whether token k is "found" or "finds" right after a study's noun
// (studyNouns) that is its subject, with what it found as a noun phrase or a clause
// without "that": "the agency's safety report found a 48 percent rise in injuries", "a
// Harlow Institute study finds 40 percent of riders …". What a report finds is its report,
// as with "found that" (foundThat); the study closing its sentence ("…, a Gallup poll
// found.") is studyFound's. Not the passive ("the report was found"), nor a study noun
// that is no subject ("in the report found on his desk": a participle after "the report",
// which "in" governs).
func (ff *figureFinder) studyFinding(k int) bool {
	if !ff.is(k, wFound, wFinds) || ff.toks[k].kind != tWord || k < 2 || !ff.in(k-1, studyNouns) {
		return false
	}
	j := k + 1
	if ff.is(j, wOn, wIn, wLast, wThis) {
		for j++; j < len(ff.toks) && j-k <= 5 && ff.toks[j].kind == tWord; j++ {
		}
	}
	if j >= len(ff.toks) || ff.toks[j].kind != tWord && ff.toks[j].kind != tNum && !ff.punct(j, '$') {
		return false // "…, the Harlow review found.": studyFound's, what the sentence told before it
	}
	for j = k - 2; j >= 0 && k-j <= 8; j-- {
		if ff.toks[j].kind != tWord || ff.quoteOf[j] != 0 {
			return true // a comma or the sentence's start: the phrase heads its clause
		}
		if ff.is(j, wIn, wOn, wOf, wTo, wFor, wWith, wAt, wFrom) && !ff.is(j+1, wThe, wA, wAn) && ff.entityOf(j+1) < 0 {
			continue // "a survey of riders", inside the phrase
		}
		if ff.is(j, wIn, wOn, wTo, wFor, wWith, wAt, wInto, wUnder, wAbout) {
			return false // "in the report found on his desk"
		}
	}
	return true
}
