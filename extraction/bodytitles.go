package extraction

// A national title ("President", "Chancellor") right after a capitalised word of a body
// or a local seat is that body's, not the article's country's: "University President
// Ada Lin", "Penn State President", "Bronx Borough President", "St. Anne Parish
// President". The default country (countryServed) is then left unsaid; a country's own
// name before the title ("Russian Federation President") still gives the country.

// localSeatWords are the capitalised heads of a local government's seat that the
// organization heads do not list ("Borough", "Parish", "County", "Township").
var localSeatWords = newTokSet(map[string]bool{"borough": true, "parish": true, "county": true, "township": true})

// bodyNameBeforeTitle reports whether the word before the title at token ta is a
// capitalised organization head or local seat word ("University", "Borough") that is
// no part of a country's name.
func (rf *relationFinder) bodyNameBeforeTitle(ta int) bool {
	p := ta - 1
	if p < 0 || p >= len(rf.toks) || rf.toks[p].kind != tWord || !rf.toks[p].has(fCap) || rf.toks[p].has(fUpper) {
		return false
	}
	if rf.toks[p].feat&lxOrgHead == 0 && !rf.in(p, localSeatWords) {
		return false
	}
	if e := rf.entityOf(p); e >= 0 {
		if _, isCountry := countryNames[rf.entName(e)]; isCountry {
			return false // "Russian Federation President Vladimir Putin"
		}
	}
	return true
}
