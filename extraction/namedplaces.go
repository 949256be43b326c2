package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Institutions whose name holds their site: "the University of Missouri" is in Missouri,
// "Brussels Airport" in Brussels, "Cook County Jail" in Cook County, "the Bank of Japan"
// in Japan. placeBody (modifiers.go) reads a place's own government ("Chicago Police
// Department" partOf Chicago); namedPlace reads the institutions that stand on a site in
// the place: locatedIn.
//
// Left alone, because the place in the name is no site: airlines ("American
// Airlines"), embassies ("Embassy of France" stands in another country), newspapers
// ("Financial Times", "Washington Post": a market or a name as often as a seat), groups
// ("Islamic State of Iraq") and firms in general.

// sitedHeads are the last words of a name whose first words name its site: "Brussels
// Airport", "Boston Children's Hospital", "Cook County Jail", "Kyoto University". A value
// names the word that must come before the head ("School" only in "High School",
// "Center" only in "Medical Center").
var sitedHeads = map[string]string{"airport": "", "hospital": "", "zoo": "", "stadium": "",
	"university": "", "college": "", "jail": "", "prison": "", "penitentiary": "",
	"museum": "", "port": "", "harbor": "", "cathedral": "", "observatory": "",
	"center": "medical", "school": "high", "district": "school", "schools": "public",
	"library": "public", "courthouse": ""}

// sitedOfHeads are the heads of a name that gives its site after "of": "University of
// Missouri", "Hebrew University of Jerusalem", "Port of Los Angeles", "Museum of London",
// "Bank of Japan" (a bank named so is in the country, a central bank or not: "Bank of
// America" is in the United States).
var sitedOfHeads = newTokSet(map[string]bool{"university": true, "port": true, "museum": true, "zoo": true,
	"bank": true, "hospital": true})

// namesakeWords are first words of a university or college named after a person that are
// also places the lists know: "Washington University" is in St. Louis, "Columbia
// University" in New York.
var namesakeWords = newTokSet(map[string]bool{"Washington": true, "Columbia": true, "Lincoln": true,
	"Franklin": true, "Jackson": true, "Marshall": true, "Howard": true, "Jefferson": true,
	"Madison": true, "Monroe": true, "Hamilton": true, "Brown": true, "Rice": true, "Wake": true,
	"Victoria": true, "Regent": true, "Queen": true, "King": true})

// namedPlaces reads the site of every institution named in prose (namedPlace). It runs
// after every other reader, so that the places the text states ("ROMULUS (AP) — … at
// Detroit Metropolitan Airport") and the country fallbacks are kept beside it.
func (rf *relationFinder) namedPlaces() {
	for mi := range rf.mentions {
		if m := &rf.mentions[mi]; m.ent >= 0 && m.sent != rf.headline && rf.sents[m.sent].kind == sProse {
			rf.namedPlace(mi)
			rf.namedOfPlace(mi) // namedofplaces.go
		}
	}
}

// namedPlace reads the site an institution's name holds (mention mi): the place before
// a head of sitedHeads, every word between capitalised ("Chicago O'Hare International
// Airport" → Chicago), or the place after "of" at the end of the name (up to the campus
// comma or "at": "University of California, Berkeley", "University of Texas at Austin" →
// California, Texas). The place is a country, a
// U.S. state, a town the word lists know, a place the article names, or a county
// ("Knox County Jail" → Knox County). A university or college named with a place first
// takes only a country, a U.S. state or a place the article names, and that place
// right before the head, never a namesake ("Washington University"). A place before the
// head must be one the word lists know or a county: the article's own "Harvard" or
// "LaGuardia" is as often the institution's short name.
func (rf *relationFinder) namedPlace(mi int) {
	m := &rf.mentions[mi]
	if m.ent < 0 || m.b-m.a < 2 {
		return
	}
	e := rf.ents[m.ent]
	if e.typ != kg.Organization && e.typ != kg.Place || strings.ContainsAny(e.name, "0123456789") {
		return
	}
	name := rf.entName(m.ent)
	if rf.runHas(m.a, m.b, "and") || rf.runHas(m.a, m.b, "&") {
		return // "Council on American-Islamic Relations and University of California": two names glued
	}
	// "HEAD of PLACE"
	for k := m.a; k+2 < m.b; k++ {
		if !rf.in(k, sitedOfHeads) || !rf.toks[k].has(fCap) || !rf.is(k+1, wOf) {
			continue
		}
		a, b := k+2, m.b
		if rf.is(a, wThe) {
			a++
		}
		for j := a; j < b; j++ {
			if rf.punct(j, ',') || rf.is(j, wAt) {
				b = j // "University of Texas at Austin" → Texas (campuses.go)
			}
		}
		if a >= b || rf.low(k) == "bank" && rf.bodyCountry(rf.span(a, b)) == "" {
			return // "Bank of Tokyo-Mitsubishi": the bank's site is a country's
		}
		if place := rf.sitePlace(a, b); place != "" && place != name {
			rf.addRelation(m.sent, name, "locatedIn", place, rf.span(m.a, m.b))
		}
		return
	}
	// "PLACE … HEAD"
	h := m.b - 1
	before, ok := sitedHeads[rf.low(h)]
	if !ok || !rf.toks[h].has(fCap) {
		return
	}
	if before != "" {
		if h-1 <= m.a || rf.low(h-1) != before {
			return
		}
		h--
	}
	if h-1 > m.a && rf.is(h-1, wInternational, wRegional, wNational, wMetropolitan, wState) {
		h-- // "Denver International Airport", "Iowa State University"
	}
	learned := rf.is(m.b-1, wUniversity, wCollege) && !rf.is(h, wState)
	for n := min(3, h-m.a); n >= 1; n-- {
		place := ""
		if rf.countySpan(m.a, m.a+n) {
			place = rf.span(m.a, m.a+n) // "Knox County Jail"
		} else if place = rf.sitePlace(m.a, m.a+n); !listedPlace(place) {
			place = "" // "Harvard University", "LaGuardia Airport": the article's "place" is the institution's short name
		}
		if place == "" {
			continue
		}
		if learned && (m.a+n != h || namesakeWords.has(rf.tok(m.a))) {
			return
		}
		for k := m.a + n; k < h; k++ {
			if t := &rf.toks[k]; !(t.kind == tWord && t.has(fCap) || rf.tok(k) == "'s" || rf.tok(k) == "’s") || t.feat&(lxOrgHead|lxPlaceHead) != 0 && !rf.is(k, wCounty, wCity, wInternational, wRegional, wNational, wMetropolitan, wMemorial, wGeneral, wState) {
				return // "Stanford University Medical Center": a university's centre
			}
		}
		if place != name {
			rf.addRelation(m.sent, name, "locatedIn", place, rf.span(m.a, m.b))
		}
		return
	}
}

// sitePlace returns the common name of the place tokens a..b-1 name (knownPlaceName),
// not when they are a people's adjective or lower-case; or "".
func (rf *relationFinder) sitePlace(a, b int) string {
	for k := a; k < b; k++ {
		if t := &rf.toks[k]; t.kind == tWord && !t.has(fCap) && !rf.is(k, wOf, wThe) {
			return ""
		}
	}
	return rf.knownPlaceName(rf.span(a, b))
}

// listedPlace reports whether the word lists know place: a country, a U.S. state or a
// listed town.
func listedPlace(place string) bool {
	if _, ok := countryOf[place]; ok || usStates[place] {
		return true
	}
	_, ok := countryNames[place]
	return ok
}

// countySpan reports whether tokens a..b-1 name a county or parish: capitalised words
// closed by "County" or "Parish" ("Hoke County", "St. Mary Parish").
func (rf *relationFinder) countySpan(a, b int) bool {
	if b-a < 2 || !rf.is(b-1, wCounty, wParish) {
		return false
	}
	for k := a; k < b; k++ {
		if t := &rf.toks[k]; t.kind == tWord && !t.has(fCap) {
			return false
		}
	}
	return true
}
