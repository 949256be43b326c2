package extraction

import "unicode"

// Capitals that open a paragraph are a dateline only when they name a town. Wire copy
// writes some datelines with nothing after them ("NAYPYITAW Hundreds of lawmakers",
// "WASHINGTON FBI Director James Comey said"), so a paragraph that opens with a company's
// or a broadcaster's initials ("BP Plc's Canadian unit has declared", "ABS-CBN News
// tweeted", "USA Today reported") looked like one, and the initials became a place.

// capsNameOpener reports whether the capitals a..b-1 that open a paragraph, with no
// comma, dash or agency after them, are the first word of a name rather than a town:
// one word no word list knows as a place that is written as initials ("BP", "SB Nation",
// "B&N Teen Blog", "BM-27 Uragan", "USA Today", "UK Independence Party").
func (d *doc) capsNameOpener(a, b int) bool {
	if b-a != 1 {
		return false
	}
	w := d.tok(a)
	return !gazetteerPlace(titleCase(w)) && initialsWord(w) // "USA", "UK": the lists know "U.S.", not "Usa"
}

// townThenInitials returns where the town of the capitals a..b-1 that open a paragraph
// with nothing after them ends when their last word is another name's initials ("SEOUL
// LG Electronics", "LONDON ARM Holdings", "WASHINGTON CIA Director"): the words before
// it name a place the word lists know and all of them none; else b.
func (d *doc) townThenInitials(a, b int) int {
	if b-a < 2 || gazetteerPlace(titleCase(d.span(a, b))) || !gazetteerPlace(titleCase(d.span(a, b-1))) {
		return b
	}
	if e := lookupLex(d.tok(b - 1)); e != nil && e.feat&lxPlaceHead != 0 {
		return b // "DENVER CITY": a town of its own
	}
	if !initialsWord(d.tok(b - 1)) {
		return b
	}
	return b - 1
}

// gazetteerPlace reports whether a word list (borders.go knownPlaceName) or the
// gazetteer (knownTown) holds name as a place.
func gazetteerPlace(name string) bool {
	return knownPlaceName(name) || knownTown(name)
}

// initialsWord reports whether a word in capitals is written as initials: at most four
// letters, or holding "&", "-" or a digit ("S&P", "ABS-CBN", "BM-27").
func initialsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '&' || r == '-' || unicode.IsDigit(r):
			return true
		}
	}
	return letters <= 4
}
