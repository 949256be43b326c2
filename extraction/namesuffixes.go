package extraction

// Name suffixes: the generational suffix that ends a person's name ("Paul Moss Jr.",
// "Caesar Goodson, Jr.", "Ann Roe Sr."). It belongs to the name before it, with or
// without a comma; it makes the words before it no title ("Education Secretary John
// King Jr.": King is the surname) and no phrase (an abbreviation at a name's end
// otherwise reads as one).

var nameSuffixes = newTokSet(wordSet("name-suffixes"))

// nameSuffixAt reports whether token k is a generational suffix ("Jr.", "Sr").
func (d *doc) nameSuffixAt(k int) bool {
	return k < len(d.toks) && d.toks[k].kind == tWord && nameSuffixes.has(d.tok(k))
}

// suffixedAfterComma reports whether the comma at token j, after the name word at j-1,
// opens the name's suffix (", Jr."), which extendSpan then takes into the name; not an
// abbreviated title before another name (", Sr. Reynolds": Senior).
func (ef *entityFinder) suffixedAfterComma(j, end int) bool {
	return j+1 < end && ef.punct(j, ',') && ef.nameSuffixAt(j+1) && ef.toks[j-1].kind == tWord && ef.toks[j-1].has(fCap) && !ef.nameSuffixAt(j-1) &&
		(j+2 >= end || !ef.isNameWord(j+2))
}

// onlySuffixes reports whether tokens a..b-1, at least one, are all generational
// suffixes or Roman numerals ("Jr.", "III"): what follows a surname, never a name of its
// own; a title before them is the surname ("Luther King III").
func (d *doc) onlySuffixes(a, b int) bool {
	found := false
	for k := a; k < b; k++ {
		switch {
		case d.nameSuffixAt(k) || romanNumerals.has(d.tok(k)):
			found = true
		case !d.punct(k, ','):
			return false
		}
	}
	return found
}
