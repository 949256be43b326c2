package extraction

// chiefOfAfter reports whether the title that ends before token e ends with "Chief" and
// "of" follows ("Cal Fire Chief of Public Information Dana Lee", "Police Chief of Staff"):
// the office is "Chief of …", so the words before "Chief" are the body's name, not a
// longer title ("Fire Chief") that would cut the body short (titleglue57).
func (ef *entityFinder) chiefOfAfter(e int) bool {
	return e > 0 && e < len(ef.toks) && ef.tok(e-1) == "Chief" && ef.is(e, wOf)
}
