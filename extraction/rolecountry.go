package extraction

import "strings"

// The country of a role whose title names none, read from the sentence itself before
// the article's country: a demonym glued to a time word before the title ("then-German
// Chancellor Otto Brandl") and a fronted "In COUNTRY," phrase ("In Peru, President Rosa
// Ruiz said"). Both stand closer to the title than the dateline or the country the
// article names most.

// timedDemonymPrefixes are the lower-case words a hyphen joins to a nationality before a
// title: "then-French President", "ex-Israeli Prime Minister".
var timedDemonymPrefixes = map[string]bool{"then": true, "ex": true, "former": true}

// timedDemonymCountry returns the country of the demonym joined to a time word at the
// token before the title at ta ("then-German" → Germany), or "".
func (rf *relationFinder) timedDemonymCountry(ta int) string {
	if ta < 1 || rf.toks[ta-1].kind != tWord {
		return ""
	}
	pre, dem, ok := strings.Cut(rf.tok(ta-1), "-")
	if !ok || !timedDemonymPrefixes[strings.ToLower(pre)] {
		return ""
	}
	return demonymOf[dem]
}

// frontedCountry returns the country a sentence opens on ("In Peru, President Rosa Ruiz
// said …"), or "": the country of a national role the sentence names with no country of
// its own, ahead of the article's.
func (rf *relationFinder) frontedCountry(si int) string {
	s := &rf.sents[si]
	k := s.start
	if !rf.is(k, "in") {
		return ""
	}
	e := rf.entityOf(k + 1)
	if e < 0 {
		return ""
	}
	m := &rf.mentions[rf.entAt[k+1]]
	if m.demonym || !rf.punct(m.b, ',') {
		return ""
	}
	c, ok := countryNames[rf.entName(e)]
	if !ok {
		return ""
	}
	return c
}

// countryServedIn is countryServed for a person named in sentence si: the word lists'
// country for a known leader, else the country the sentence opens on, else the article's.
func (rf *relationFinder) countryServedIn(ei, si int) string {
	if c := rf.leaderCountry(ei); c != "" {
		return c
	}
	if c := rf.frontedCountry(si); c != "" {
		return c
	}
	return rf.mainCountry
}

// formerCabinetCountry returns the United States for an appositive that ends on a former
// U.S. Cabinet title and names no one it was held for ("Clinton, the former secretary of
// state,"), in an article whose country is the United States and that names it most;
// else "". A former holder, since a bare "the secretary of state" in a state's election
// story is the state's; an attorney general is as often a state's, so it is left out.
func (rf *relationFinder) formerCabinetCountry(pred string, ra, k int) string {
	if cabinetDepartments[pred] == nil || pred == "attorneyGeneralOf" || rf.mainCountry != "United States" {
		return ""
	}
	former := false
	for i := k; i < ra; i++ {
		if rf.is(i, "former") {
			former = true
		} else if !rf.is(i, "longtime", "onetime", "one-time", "then") {
			return "" // "a former state secretary of state"
		}
	}
	if !former || !rf.mostNamedCountry("United States") {
		return ""
	}
	return "United States"
}
