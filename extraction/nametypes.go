package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Types of names: what a capitalised name is, by its own words (typeByWords), else by
// its context (typeByContext, typeByWordBefore).

// typeByWords types the name of tokens a..b-1 by its own words: a head word before "of"
// ("Pacific Ring of Fire", "Institute for Policy Analysis"), "who gave his name as X",
// the word lists (organizations, holidays), a place noun, prefix or head ("Mount X", "X
// Province"), an organization's head word ("X Council"). ok is false when they do not
// say.
// compassWords name a part of the known place after them (data/names.txt).
var compassWords = newTokSet(wordSet("compass-words"))

// featureHeads end the names of natural and built features and memorials ("Kessel
// Creek", "State Capitol"); surnameHeads are such heads that are surnames too ("Anita
// Hill"): a place only after "the" or a preposition of place (afterPlaceWord). Both type
// a name, neither builds one (data/names.txt).
var (
	kinNouns     = wordSet("kin-nouns") // "wife", "son": a name after one is a person's
	featureHeads = newTokSet(wordSet("feature-heads"))
	surnameHeads = newTokSet(wordSet("surname-heads"))
)

// afterPlaceWord tells whether the word before token a is "the" or a preposition of place
// ("on Capitol Hill", "from Briar Hill"), as before a place whose head is a surname too,
// not a verb or a noun ("said Karen Hill", "player Grant Hill").
func (ef *entityFinder) afterPlaceWord(a int) bool {
	return ef.is(a-1, wThe, wIn, wOn, wAt, wNear, wUp, wAcross, wAround, wOutside, wOver, wInto, wThrough, wAlong, wPast, wBeyond)
}

// transliteratedHeads are the Arabic, Urdu and Persian words for an army, a front, a
// brigade, a movement, a party or a council that open the names of armed groups and
// parties as news transliterates them ("Jaish al-Islam" is the Army of Islam, "Liwa
// Suqour al-Jabal" a brigade, "Tehrik-e-Taliban" a movement): such a name is an
// organization, never a person named by it. A town of the gazetteer ("Lashkar Gah") is
// read before them.
var transliteratedHeads = newTokSet(map[string]bool{"jaish": true, "jaysh": true, "jabhat": true, "liwa": true,
	"harakat": true, "kataib": true, "ahrar": true, "faylaq": true, "hizb": true, "tehrik": true, "tehreek": true,
	"lashkar": true, "jund": true, "saraya": true, "jamaat": true, "majlis": true, "ansar": true})

func (ef *entityFinder) typeByWords(a, b int, name string) (typ kg.EntityType, score int, ok bool) {
	if score, ok := ef.orgByMarks(a, b); ok {
		return kg.Organization, score, true
	}
	if b > a+1 && ef.in(a, transliteratedHeads) && ef.toks[a].has(fCap) {
		return kg.Organization, 7, true // "Jaish al-Fatah", "Jabhat al-Nusra": an army, a front, by its own word
	}
	if b == a+1 && stationCall(ef.tok(a)) {
		return kg.Organization, 9, true // "KTRK-TV": a station's call sign (furniture.go)
	}
	if b > a+1 && bangNames[strings.TrimSuffix(ef.tok(a), "!")] && strings.HasSuffix(ef.tok(a), "!") {
		return kg.Organization, 8, true // "E! Online", "Yahoo! Finance": an outlet's or a brand's unit (furniture.go)
	}
	if ef.shipName(a, b) {
		return kg.Other, 8, true // "USS Ann Vole", "HMS Lark": a ship, whoever it is named after
	}
	if parent, _, ok := strings.Cut(name, " of "); ok && strings.Contains(parent, " ") && orgAlias[parent] != "" {
		return kg.Organization, 8, true // "Planned Parenthood of Southern Dunmore": an affiliate (listedAffiliate)
	}
	if ef.railLine(a, b) {
		return kg.Organization, 7, true // "Dunmore Rail Road": the line's company, no road
	}
	if b > a+1 && statuteLastWords.has(ef.tok(b-1)) {
		return kg.Other, 8, true // "the Stored Communications Act", "Down Syndrome"
	}
	if b > a+2 && ef.tok(b-2) == "War" && warNumerals.has(ef.tok(b-1)) {
		return kg.Other, 8, true // "World War Two": a war, as "Cold War" (other-last-words)
	}
	if b > a+1 && holidays.has(name) {
		return kg.Other, 10, true // "State of the Union", before "State of" reads as a place's name
	}
	if b == a+1 && planets.has(name) {
		return kg.Place, 7, true // "life on Mars": a place in no country (gazetteerPlaces)
	}
	if b > a+1 && ef.tok(b-1) == "Partnership" && tradePactWords.has(ef.tok(b-2)) {
		return kg.Other, 8, true // "the Trans-Pacific Partnership": a trade pact, no firm and no one
	}
	for k := a + 1; k < b; k++ {
		if ef.is(k, wFor) && ef.forNameEnd(a, k, b+1) == b {
			return kg.Organization, 6, true // "Parents for Safer Streets" (fornames.go)
		}
		if ef.is(k, wOf, wFor, wOn) {
			if otherPrefixes.has(ef.tok(a)) {
				return kg.Other, 8, true // "Battle of the Marne"
			}
			f := ef.toks[k-1].feat
			if ef.courtDistrict(a, k, b) {
				return kg.Organization, 7, true // "the Southern District of New York"
			}
			if f&lxPlaceHead != 0 {
				return kg.Place, 6, true
			}
			if ef.churchSurname(a, k) {
				break // "Peter Church of London": a person and his town
			}
			if f&lxOrgHead != 0 || ef.headed(k-1, k) || ef.lastHeaded(a, k) {
				return kg.Organization, 6, true
			}
			break
		}
	}
	// "who gave his name as Chang"
	if ef.is(a-1, wAs) && ef.is(a-2, wName) || ef.is(a-1, wNamed) && ef.isPersonNoun(a-2) {
		return kg.Person, 6, true
	}
	if _, ok := orgAlias[name]; ok {
		return kg.Organization, 10, true
	}
	if placeNouns.hasLower(lastWord(name)) && b > a+1 {
		return kg.Place, 7, true
	}
	if holidays.has(name) || b == a+1 && secessionVote(name) {
		return kg.Other, 10, true // "Ramadan"; "Brexit" (residents.go)
	}
	if ef.creedName(a, b) {
		return kg.Other, 5, true // "Islam", "Hinduism", "Allah", "Sunni Islam" (creeds.go)
	}
	if ef.scriptureName(a, b) {
		return kg.Other, 5, true // "the Bible", "U.S. Constitution", "in Arabic" (scriptures.go)
	}
	if b == a+1 && regionCompound(name) {
		return kg.Place, 7, true // "the Asia-Pacific" (residents.go)
	}
	if ef.facilityPlace(a, b) {
		return kg.Place, 7, true // "Naval Station Rota", "Andrews Air Force Base"
	}
	first := ef.tok(a)
	if holidays.has(first) && b > a+1 && !ef.bodyHeadIn(a, b) {
		return kg.Other, 8, true // "Eid al-Fitr", "Ramadan Kareem"
	}
	if otherPrefixes.has(first) && b > a+1 && ef.toks[b-1].feat&lxOrgHead == 0 {
		return kg.Other, 8, true // not "the Storm Prediction Center": a body's last word
	}
	if placePrefixes.has(first) && b > a+1 && !ef.bodyHeadIn(a, b) {
		return kg.Place, 7, true // "Mount Hebron", not "Mount Hebron Baptist Church"
	}
	if first == "Place" && b > a+2 && nameParticles.has(ef.tok(a+1)) && !ef.bodyHeadIn(a, b) {
		return kg.Place, 7, true // "Place de la Bourse": a square, where "Place" alone opens no name
	}
	// "African Americans", "North Koreans": a people named by its demonym's plural, not
	// a team of a known town ("Cleveland Indians")
	if ef.peoplePlural(a, b) {
		return kg.Group, 7, true
	}
	if ef.regionAfterThe(a, b) {
		return kg.Place, 5, true // "in the Northeast", "the Mid-Atlantic and Northeast" (entities_regions.go)
	}
	if ef.interstate(a, b) {
		return kg.Place, 7, true // "stuck on I-75"
	}
	if ef.teamName(a, b) {
		return kg.Organization, 6, true // "Carolina Panthers", "New York Rangers"
	}
	// "Southern California", "West Texas": a part of a known place
	if _, known := countryOf[ef.span(a+1, b)]; known && compassWords.has(first) && b > a+1 {
		return kg.Place, 7, true
	}
	if ef.toks[b-1].feat&lxPlaceHead != 0 && b > a+1 && !ef.givenNameBeforeHead(a, b) {
		return kg.Place, 7, true
	}
	// "Kessel Creek", "Lincoln Memorial"; "on Capitol Hill" but not "said Karen Hill",
	// nor a body's name ("Varnholt State University Long Beach")
	if last := ef.low(b - 1); b > a+1 && (featureHeads.has(last) || surnameHeads.has(last) && ef.afterPlaceWord(a)) && !ef.bodyHeadIn(a, b) {
		return kg.Place, 7, true
	}
	// "two blocks from the Capitol": the head alone after "the"
	if b == a+1 && ef.in(a, featureHeads) && ef.is(a-1, wThe) {
		return kg.Place, 7, true
	}
	for k := a; k < b; k++ {
		if ef.toks[k].feat&lxOrgHead != 0 && b > a+1 && !ef.churchSurname(a, k+1) {
			return kg.Organization, 7, true
		}
	}
	if b > a+3 && pluralOrgHead(ef.tok(b-1)) && ef.is(b-3, wAnd) {
		return kg.Organization, 7, true // "U.S. Citizenship and Immigration Services" (andnames.go)
	}
	return "", 0, false
}

// givenNameBeforeHead reports whether a two-word name is a given name and a place head
// that is a surname too, with no preposition of place before it ("Tom Park", "Lena
// Hall"; not "in Grant Park"): a person's, which the place head must not type.
func (ef *entityFinder) givenNameBeforeHead(a, b int) bool {
	return b == a+2 && firstNames[ef.tok(a)] && !ef.afterPlaceWord(a) && !ef.is(a-1, wThe)
}

// shipPrefixes open the names of a navy's ships ("USS Ann Vole", "HMS Lark").
var shipPrefixes = newTokSet(map[string]bool{"USS": true, "HMS": true})

// shipName reports whether the name of tokens a..b-1 is a ship's: a navy's prefix and at
// least one word, whether the ship bears a person's name ("USS Ann Vole"), a town's
// ("USS Fort Dunmore") or a body's; not a memorial or a place named after the ship, whose
// head word ends the name ("USS Dunmore Memorial").
func (ef *entityFinder) shipName(a, b int) bool {
	if b < a+2 || !shipPrefixes.has(ef.tok(a)) {
		return false
	}
	last := ef.low(b - 1)
	return !featureHeads.has(last) && !placeNouns.has(last) && ef.toks[b-1].feat&lxPlaceHead == 0
}

// railLine reports whether the name of tokens a..b-1 ends in "Rail Road", the old
// spelling of a railroad's name ("the Dunmore Rail Road"): the company that runs the
// trains, though "Road" ends the names of streets.
func (ef *entityFinder) railLine(a, b int) bool {
	return b >= a+3 && ef.tok(b-1) == "Road" && ef.tok(b-2) == "Rail"
}

// churchSurname reports whether tokens a..b-1 are a given name and "Church", a person's
// name ("George Church"), not a congregation's ("Ebenezer Baptist Church", "St. Peter
// Church").
func (ef *entityFinder) churchSurname(a, b int) bool {
	return b == a+2 && firstNames[ef.tok(a)] && ef.tok(a+1) == "Church"
}

// courtDistrict reports whether the name of tokens a..b-1, with "of" at token of, is a
// federal court's district: a compass word, "District", "of" and a U.S. state ("the
// Southern District of New York", "the Middle District of Pennsylvania"). The name stands
// for the court or its prosecutors, a body, as "U.S. District Court" does; "the District
// of Columbia" and a country's districts ("the Central District of Hong Kong") stay places.
func (ef *entityFinder) courtDistrict(a, of, b int) bool {
	return of == a+2 && courtCompass.has(ef.tok(a)) && ef.tok(a+1) == "District" && usStates[ef.span(of+1, b)]
}

// courtCompass are the words that open the name of a federal court's district.
var courtCompass = newTokSet(map[string]bool{"Northern": true, "Southern": true, "Eastern": true, "Western": true,
	"Central": true, "Middle": true})

// bodyHeadIn tells whether one of tokens a..b-1 is an organization's head word and no
// place's ("California State University Long Beach", not "State Capitol").
func (ef *entityFinder) bodyHeadIn(a, b int) bool {
	for k := a; k < b; k++ {
		if f := ef.toks[k].feat; f&lxOrgHead != 0 && f&lxPlaceHead == 0 {
			return true
		}
	}
	return false
}

// typeByContext types the name of tokens a..b-1 that its own words do not type: a site's
// address alone (an organization), a given name first, a name in a credit line, the word before it (typeByWordBefore), an
// acronym; else two to four capitalised words are a person (or a phrase: commonWords),
// one word is a person when a verb of saying follows, an organization otherwise.
func (ef *entityFinder) typeByContext(si, a, b int, credit bool) (kg.EntityType, int) {
	words, particles, am := 0, 0, false
	for k := a; k < b; k++ {
		if ef.toks[k].kind == tWord {
			words++
			if !ef.toks[k].has(fCap) && ef.in(k, nameParticles) {
				particles++ // "Luiz Inacio Lula da Silva": "da" makes the name no longer
				am = am || k > a && k < b-1 && ef.is(k, wAm)
			}
		}
	}
	if am {
		return kg.Organization, 4 // "Welt am Sonntag": German "am" joins no person's names
	}
	if particles > 0 && ef.anyEnglishWord(a, b) {
		particles = 0 // "Salon International de la Haute Horlogerie": a body's name
	}
	if b == a+1 && siteWord(ef.tok(a)) {
		return kg.Organization, 5 // "Change.org", "TwinCities.com": a site, whoever runs it
	}
	if typ, score, ok := ef.typeByWordBefore(si, a, b, words); ok && score >= 6 && typ == kg.Place {
		return typ, score // "the suburb of Abu Ghraib", though Abu is a given name
	}
	if ef.pluralPlace(a, b) {
		return kg.Place, 5 // "across the Americas" (entities_asides.go)
	}
	if ef.thingHead(si, a, b, words) {
		return kg.Other, 5
	}
	if ef.productHead(si, a, b, words) {
		return kg.Other, 5 // "the Popslate app", "the Quill messaging service" (entities_products.go)
	}
	if end, g := ef.apposedProductNoun(si, b); end > 0 && words <= 3 && !firstNames[ef.tok(a)] && !ef.upperAcronym(a, b) && !ef.known(ef.span(b+1, g)) {
		return kg.Other, 5 // "Periscope, Twitter's live-streaming video service" (ownedproducts.go)
	}
	if ef.ownedProductName(si, a, b, words) {
		return kg.Other, 5 // "its Autopilot system", "Apple's Siri voice assistant" (ownedproducts.go)
	}
	if ef.possessedModelName(si, a, b, words) {
		return kg.Other, 5 // "Norvik's KT55", "Halden's new RX9" (possessedmodels.go)
	}
	if ef.modelNamed(a, b, words) {
		return kg.Other, 5 // "Galaxy S7", "Halvard RX450h", "Kestrel OS" (entities_products.go)
	}
	if ef.techAcronymName(a, b, words) {
		return kg.Other, 4 // "LTE Advanced" where the article has "an LTE signal" (entities_acronyms.go)
	}
	if !firstNames[ef.tok(a)] && !ef.upperAcronym(a, b) && ef.pactNoun(si, b) {
		return kg.Other, 5 // "the Keystone XL oil pipeline" (entities_regions.go)
	}
	if ef.eventName(a, b, words) {
		return kg.Other, 5 // "the DICE Summit", "the Aspen Ideas Festival" (eventLastWords)
	}
	if words <= 4 && ef.orgSlot(si, a, b) {
		return kg.Organization, 5 // "Vantor Rotors, a subsidiary of", "a stake in Tavrix", "Korvel Dane's board" (orgslots.go)
	}
	if ef.callLetters(a, b) {
		return kg.Organization, 4 // "reports by KTNV in Las Vegas and WOFL in Orlando"
	}
	if words >= 2 && words <= 5 && !credit && ef.firmBeforeTrade(a, b) {
		return kg.Organization, 6 // "Recon Analytics analyst Roger Entner", "Piper Jaffray's Gene Munster said" (firmsbeforetrades.go)
	}
	if words >= 2 && words <= 4 && !credit && ef.firmTradeAfter(a, b) {
		return kg.Organization, 6 // "J.P. Morgan analysts wrote", "a Keller Williams broker" (firmsbeforetrades.go)
	}
	if firstNames[ef.tok(a)] && words >= 2 && words-particles <= 4 && !(words >= 3 && ef.venueName(b)) {
		// not "the Henry Doorly Zoo" (notAPerson); "Joao Paulo de Gracia Correa" is four
		// words of a name and a particle
		return kg.Person, 6
	}
	if credit && words >= 2 && words <= 4 {
		return kg.Person, 5
	}
	if words >= 2 && words-particles <= 4 && ef.agedAside(si, b) && !ef.known(ef.span(a, b)) {
		return kg.Person, 6 // "Dylann Roof, 22, is accused", "Alton Sterling, 37, in Baton Rouge": only a person has an age
	}
	if typ, ok := ef.kindAround(si, a, b, words); ok {
		return typ, 4
	}
	if ef.describedAsBody(si, b) {
		return kg.Organization, 5 // "Mossack Fonseca, the Panama-based law firm"
	}
	if ef.describedAsPlace(si, b) {
		return kg.Place, 5 // "Maceio, in northeastern Brazil" (entities_asides.go)
	}
	if words <= 3 && ef.definedAsPlace(si, a, b) {
		return kg.Place, definedPlaceScore // "Ecatepec is a city in the state of Mexico" (placedefinitions.go)
	}
	if typ, score, ok := ef.typeByWordBefore(si, a, b, words); ok {
		return typ, score
	}
	if b < len(ef.toks) && ef.toks[b].kind == tWord && !ef.toks[b].has(fCap) && (ef.in(b, groupHeads) || ef.broadcasterAfter(b) || ef.is(b, wPoll, wPolls, wSurvey) && ef.is(a-1, wA, wAn, wThe)) {
		return kg.Organization, 5 // "the Ajnad al-Sham group", "the Houthi movement", "Al Manar television reported", "an Ipsos MORI poll" (a pollster)
	}
	if words >= 2 && b < len(ef.toks) && ef.is(b, wCeo, wExecutive, wExecutives, wSubsidiary, wUnit, wOfficials, wEmployees, wCustomers, wShareholders, wStores) && !ef.is(b+1, wOf) && !ef.punct(b, '-') &&
		!(ef.is(b, wExecutive) && ef.is(b+1, wChairman, wDirector, wEditor, wProducer, wVice, wOfficer, wPresident, wSecretary, wAssistant)) {
		// "JP Morgan executive Blythe Masters", "NGP VAN CEO Stu Trevelyan", "Simply Mac
		// stores": an employer names its staff, its customers, its shops; not "named X
		// executive chairman", a title; not "users" (a product's: "Facebook Messenger users")
		return kg.Organization, 6
	}
	if ef.upperAcronym(a, b) {
		return kg.Organization, 3
	}
	if ef.dayName(a, b) && words <= 4 {
		return kg.Other, 3 // "Memorial Day", "Earth Day"
	}
	if words >= 2 && words-particles <= 4 {
		// a run of capitalised words is a person's name unless it holds words the article
		// writes in lower case elsewhere ("Sexual Assault", "Real Scientists") or ends in a
		// numeral or abbreviation ("Title IX", "Complainant No.")
		if ef.commonWords(a, b) && !ef.roleNamedPerson(si, a, b) {
			return kg.Other, 2
		}
		if typ, ok := ef.notAPerson(a, b); ok {
			return typ, 2
		}
		if ef.modelCodeWithin(a, b, words) {
			return kg.Other, 2 // "the P-47 Thunderbolt", "Mazda MX-5 Miata": a code in the name (modelcodes.go)
		}
		return kg.Person, 2
	}
	if words == 1 {
		// followed by a speech verb: a person named by surname, unless "its" follows the
		// verb ("Tesla said its cars", itsAfterSaying): what speaks of its own is a body
		if b < len(ef.toks) && ef.toks[b].feat&lxSpeech != 0 {
			if ef.itsAfterSaying(b + 1) {
				return kg.Organization, 2
			}
			if ef.pronounAfterSaying(b+1) || ef.ownPronounAfterVerb(b) {
				return kg.Person, 3 // "Sanders said he would stay", "Clinton told supporters she": a body says "it"
			}
			return kg.Person, 1
		}
		if ef.campSide(si, b) {
			return kg.Group, 2 // "the Leave camp", "Remain campaigners" (sides.go)
		}
		if ef.describedAsPerson(si, b) && ef.personWord(si, a) {
			return kg.Person, 4 // "Trump, the presumptive Republican nominee, was", "Velmora -- the front-runner --"
		}
		if ef.personAside(si, b) && ef.personWord(si, a) {
			return kg.Person, 2 // "Raekwon, who", "Mateen, 29,"
		}
		if ef.kinnedName(b) && ef.personWord(si, a) {
			return kg.Person, 4 // "Dixon's wife", "Rey's parents": only a person has kin
		}
		if w := ef.tok(a); (firstNames[w] || ef.loneGivenName(a)) && awardNames[w] == "" && ef.personWord(si, a) {
			// "Jamie tries to dissuade Claire": a given name alone is a person's; not a
			// prize's ("Oscar producers", "Oscar history": possessivenames.go types it);
			// the wider list of given names too (givennames.go)
			return kg.Person, 1
		}
		if ef.townNounAfter(a) {
			return kg.Place, 3 // "two other Gallatin police officers" (townnouns.go)
		}
		return kg.Organization, 1
	}
	return kg.Other, 1
}

// kinnedName reports whether a name ending at token b-1 heads a possessive kin word
// ("Dixon's wife", "Prospero's children", "Rey's parents"; kin-nouns in names.txt and
// their plurals, "parents", "children", "dad", "mom"): a one-word name with kin is a
// person's (a surname or a character's name alone), not the organization a lone
// capitalised word is by default. Not "family" ("Spotify's family plan") nor "parent"
// ("Google's parent Alphabet"): a company has those.
func (ef *entityFinder) kinnedName(b int) bool {
	if !ef.possessiveAt(b) || b+1 >= len(ef.toks) || ef.toks[b+1].kind != tWord {
		return false
	}
	w := ef.low(b + 1)
	return kinNouns[w] || kinNouns[strings.TrimSuffix(w, "s")] || ef.is(b+1, wParents, wChildren, wDad, wMom)
}

// personAside reports whether what follows a name ending at token b-1 is said only of
// a person: ", who" or an age between commas (", 29,"). A one-word name that nothing
// else types is then a person's (a surname, a given name or a stage name alone), not
// the organization a lone capitalised word is by default.
func (ef *entityFinder) personAside(si, b int) bool {
	s := &ef.sents[si]
	if b+1 >= s.b || !ef.punct(b, ',') {
		return false
	}
	if ef.is(b+1, wWho) {
		return true
	}
	n := ef.tok(b + 1)
	if ef.toks[b+1].kind != tNum || len(n) > 3 || !allDigits(n) || n[0] == '0' || len(n) == 3 && n > "110" {
		return false
	}
	return b+2 < s.b && ef.punct(b+2, ',')
}

// agedAside reports whether an age stands between commas right after a name ending at
// token b-1 (", 22,"): personAside's age alone.
func (ef *entityFinder) agedAside(si, b int) bool {
	return ef.personAside(si, b) && !ef.is(b+1, wWho)
}

// personWord tells whether the one word at token a can be a person's name before a
// person's aside: no plural ("Scots", "Latinos", "Warriors"), no word the article also
// writes in lower case ("State"), no place the word lists know ("Congo"), no party's,
// people's or creed's word ("Democrat"); not after an article ("the Spaniard, who", "a
// Hummer, who"), nor after "of" or a comma, where the aside is the whole phrase's ("the
// governor of Bagdad, who", "the University of California, Berkeley, who").
func (ef *entityFinder) personWord(si, a int) bool {
	w := ef.tok(a)
	if strings.HasSuffix(w, "s") || ef.lowerSeen.has(lowerASCII(w)) || partyWords.has(w) || ethnic.has(w) {
		return false
	}
	if p := a - 1; p >= ef.sents[si].start && (ef.is(p, wThe, wA, wAn, wOf) || ef.punct(p, ',')) {
		return false
	}
	if _, known := countryOf[w]; known {
		return false // "the Belgian Congo, who"
	}
	_, people := demonymOf[w]
	_, peoples := demonymOf[strings.TrimSuffix(w, "s")]
	return !people && !peoples
}

// participleCompound reports whether w is a compound adjective of a participle
// ("Indian-administered", "rebel-held", "Kurdish-controlled", "Oscar-winning"), not of
// a tie ("state-owned", "Saudi-backed", "Paris-based": ties.go and entities_based.go).
func participleCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+3 > len(w) {
		return adjectiveCompound(w)
	}
	end := w[k+1:]
	if _, tie := compoundTies[end]; tie || end == "based" {
		return false // "state-owned Iranair": an owner, ties.go's
	}
	return adjectiveCompound(w) || strings.ToLower(end) == end && (strings.HasSuffix(end, "ed") || strings.HasSuffix(end, "held"))
}

// typeByWordBefore types a name of words words at tokens a..b-1 by the lower-case word
// before it: a place after "envoy to", "fled to", "in", "near", "southeast of", "the
// island of", or joined by "and" to a place; an organization after "utility",
// "broadcaster", "company".
func (ef *entityFinder) typeByWordBefore(si, a, b, words int) (typ kg.EntityType, score int, ok bool) {
	prev := a - 1
	if ef.placeListed(si, a, b) && words == 1 {
		return kg.Place, 3, true
	}
	if words <= 2 && ef.headedPlaceList(si, a, b) {
		return kg.Place, 6, true // "towns including Corvane, Tellbury and Ashmoor" (listheads.go)
	}
	// "Jimmy Carter's wife, Rosalynn", "her son Tomas"
	if kin := prev; words <= 3 && (kinNouns[ef.low(kin)] || ef.punct(kin, ',') && kinNouns[ef.low(kin-1)]) && kin > ef.sents[si].start {
		return kg.Person, 5, true
	}
	if prev > ef.sents[si].start && ef.toks[prev].kind == tWord && participleCompound(ef.tok(prev)) {
		prev-- // "in Indian-administered Kashmir", "in rebel-held Aleppo": the word before the adjective
	}
	if prev < ef.sents[si].start || ef.toks[prev].kind != tWord || ef.toks[prev].has(fCap) {
		return "", 0, false
	}
	switch ef.low(prev) {
	case "to":
		// "envoy to Borland", "a visit to Istanbul", "fled to Turkey" (not "said to X")
		if ef.in(prev-1, placeAfterTo) && words <= 2 && !ef.upperAcronym(a, b) {
			return kg.Place, 3, true
		}
	case "and", "or":
		// "in Karvo and Lenz": a name joined to a place is a place; not one that "of" and a
		// name follow ("Kaine of Virginia and Ana Duarte of Ohio": a list of people)
		if e := ef.entAt[prev-1]; e >= 0 && ef.mentions[e].typ == kg.Place && !ef.mentions[e].demonym && words <= 2 && !ef.ofPlaceAfter(b) {
			return kg.Place, 3, true
		}
	case "of":
		// "22 miles southeast of Yujing", "the island of Selvara"
		if ef.in(prev-1, placeBeforeOf) && words <= 3 && !ef.upperAcronym(a, b) {
			return kg.Place, 6, true
		}
	case "at":
		// "senior vice president at Carbonite", "an analyst at Wedbush": a trade's
		// employer; "the spokesman at" a place's office stays a place below
		if ef.toks[prev-1].feat&lxRole != 0 && !placeRole(ef.low(prev-1)) && words <= 3 {
			return kg.Organization, 4, true
		}
		// "analysts at Barclays", "engineers at Genscape": the plural of such a role
		if r := pluralRole(ef.low(prev - 1)); r != "" && !placeRole(r) && words <= 3 {
			return kg.Organization, 4, true
		}
		if words <= 2 && !ef.upperAcronym(a, b) {
			return kg.Place, 3, true
		}
	case "downtown":
		// "in downtown Minneapolis": a town's centre; not "the downtown Metro station",
		// where the name modifies a place's or a body's head
		if words <= 2 && !ef.upperAcronym(a, b) && !(b < ef.sents[si].b && ef.toks[b].kind == tWord && !ef.toks[b].has(fCap) && ef.toks[b].feat&(lxPlaceHead|lxOrgHead) != 0) {
			return kg.Place, 3, true
		}
	case "in", "near", "across", "outside", "inside", "into", "around", "southeast", "southwest", "northeast", "northwest", "south", "north", "east", "west":
		// "published in Lumen", "wrote in The Dunmore Observer": a journal or a paper
		// (a known place's name never gets here: classifyAndAdd)
		if ef.is(prev, wIn) && writtenIn(ef.low(prev-1)) && words <= 4 {
			return kg.Organization, 5, true
		}
		if words <= 2 && !ef.upperAcronym(a, b) {
			return kg.Place, 3, true
		}
	default:
		if ef.in(prev, orgDescriptors) {
			return kg.Organization, 5, true
		}
		if ef.in(prev, outletBeforeNames) && (words >= 2 || ef.low(prev) != "paper") {
			return kg.Organization, 5, true // "local paper Bergens Tidende", "the magazine Der Spiegel"
		}
		// "singer Mona", "fans of rapper Zed": a one-word name after a trade only a
		// person plies (entities_products.go personTrades)
		if words == 1 && ef.in(prev, personTrades) && !ef.is(prev-1, wBest) {
			return kg.Person, 4, true
		}
	}
	return "", 0, false
}

// outletBeforeNames are the lower-case nouns of a periodical or a channel that name the
// body right after them ("local paper Bergens Tidende", "German weekly Der Spiegel", "news
// channel Al Hadath", "the journal Cell Stem Cell"), which the organization descriptors
// leave out because their other readers (modifiers, coreference) take them for no body.
// "paper" takes two words at least ("a paper Hawking wrote"); "fund" is left out, a verb
// too ("to fund Zika") and before a fund's chief ("bailout fund Klaus Regling said").
var outletBeforeNames = newTokSet(map[string]bool{"magazine": true, "paper": true, "tabloid": true, "weekly": true,
	"channel": true, "journal": true})

// writtenIn tells whether w, before "in" and a name, says the name is where a text
// came out: a journal, a paper or a site ("published in", "wrote in", "an op-ed in"); not
// "study" or "report", after which "in" more often names the place studied.
func writtenIn(w string) bool {
	switch w {
	case "published", "wrote", "writes", "writing", "op-ed", "editorial", "column", "essay", "commentary":
		return true
	}
	return false
}

// describedAsBody reports whether the appositive after a name ending at token b-1
// describes a body: ", the Panama-based law firm,", ", a Swiss bank that", ", an
// electric-car maker in": its article and at most four lower-case or hyphenated words,
// the last an organization descriptor (company, firm, bank, agency…; not "rival" or
// "broker", which a person can be), then the appositive's end ("a spokesman for the
// company" describes a person: the words stop at "for").
func (ef *entityFinder) describedAsBody(si, b int) bool {
	s := &ef.sents[si]
	if b+2 >= s.b || !ef.punct(b, ',') || !ef.is(b+1, wA, wAn, wThe) {
		return false
	}
	k := b + 2
	for k < s.b && k < b+7 && ef.toks[k].kind == tWord && ef.toks[k].feat&lxFunc == 0 && (!ef.toks[k].has(fCap) || strings.Contains(ef.tok(k), "-")) {
		k++
	}
	last := ef.low(k - 1)
	if k == b+2 || !orgDescriptors.has(last) || last == "rival" || last == "broker" || last == "daily" {
		return false
	}
	return k == s.b || ef.toks[k].kind != tWord || ef.is(k, wThat, wWhich, wWhose, wIn, wOf, wBased, wWith, wFor, wAnd)
}

// describedAsPerson reports whether a comma or a dash after a name ending at token b-1
// opens a description of a person: "the", "a", "an" or "former", up to four words, then a
// role's noun ("Trump, the presumptive Republican nominee,", "Velmora -- the front-runner
// --", "Kell, a former senator,") and a mark or "who" after it.
func (ef *entityFinder) describedAsPerson(si, b int) bool {
	s := &ef.sents[si]
	if b >= s.b {
		return false
	}
	o := b + 1
	if !ef.punct(b, ',') {
		if o = b + ef.dashWidth(b); o == b {
			return false
		}
	}
	if o+1 >= s.b || !ef.is(o, wA, wAn, wThe, wFormer) {
		return false
	}
	k := o + 1
	for k < s.b && k < o+6 && ef.toks[k].kind == tWord && ef.toks[k].feat&lxFunc == 0 {
		k++
	}
	if k == o+1 || k >= s.b || ef.toks[k-1].has(fCap) || ef.toks[k-1].feat&lxRole == 0 && !ef.in(k-1, apposedPersonNouns) {
		return false
	}
	return ef.punct(k, ',') || ef.dashWidth(k) > 0 || ef.is(k, wWho)
}

// dashWidth returns how many tokens the dash between words at token k takes ("—", "–",
// "--" written as one token or two), or 0.
func (ef *entityFinder) dashWidth(k int) int {
	if k >= len(ef.toks) || ef.toks[k].kind == tWord {
		return 0
	}
	switch ef.tok(k) {
	case "--", "—", "–":
		return 1
	case "-":
		if k+1 < len(ef.toks) && ef.tok(k+1) == "-" {
			return 2
		}
	}
	return 0
}

// apposedPersonNouns describe a person after a name, beside the role nouns.
var apposedPersonNouns = newTokSet(map[string]bool{"nominee": true, "front-runner": true, "frontrunner": true,
	"candidate": true, "hopeful": true, "mogul": true, "billionaire": true, "businessman": true, "businesswoman": true,
	"actor": true, "actress": true, "singer": true, "rapper": true, "comedian": true, "activist": true, "author": true})

// thingHead reports whether the one-word name at token a is a thing's by the noun after
// it ("the Zika virus", "the Juno spacecraft"). A name of organization evidence never
// gets here (typeByWords: suffixes, heads, word lists), and an acronym is left alone.
func (ef *entityFinder) thingHead(si, a, b, words int) bool {
	return words == 1 && !ef.upperAcronym(a, b) && b < ef.sents[si].b && ef.toks[b].kind == tWord &&
		!ef.toks[b].has(fCap) && ef.in(b, thingHeads)
}

// workDescriptor reports whether the name at tokens a..b-1, of up to three words, is a
// work's or a thing's by the lower-case noun right before it ("the film Quiet Harbor",
// "the novel Beloved", "the drug Daraprim"); it outranks the name's own head words (a
// film called "Quiet Harbor" is no harbour) but not a company suffix.
func (ef *entityFinder) workDescriptor(si, a, b int) bool {
	prev := a - 1
	if b-a > 3 || prev < ef.sents[si].start || ef.toks[prev].kind != tWord || ef.toks[prev].has(fCap) || !ef.in(prev, thingDescriptors) {
		return false
	}
	_, corp := ef.orgByMarks(a, b)
	return !corp
}

// warNumerals number a world war ("World War Two", "World War II").
var warNumerals = newTokSet(map[string]bool{"One": true, "Two": true, "I": true, "II": true, "1": true, "2": true})

// planets are the planets news names alone (data/names.txt): places, in no country.
var planets = newTokSet(wordSet("planets"))

// tradePactWords, before "Partnership", make the name a trade pact's ("Trans-Pacific
// Partnership", "Transatlantic Trade and Investment Partnership", "Regional Comprehensive
// Economic Partnership"), not a firm's ("Blackstone Partnership").
var tradePactWords = newTokSet(map[string]bool{"Trans-Pacific": true, "Transatlantic": true, "Trans-Atlantic": true,
	"Investment": true, "Economic": true, "Trade": true})

// statuteLastWords end the names of statutes and syndromes, things whatever the words
// before them ("Communications Assistance for Law Enforcement Act", "Down Syndrome");
// outvoting the body its initials would make ("CALEA").
var statuteLastWords = newTokSet(wordSet("statute-last-words"))

// thingHeads after a name and thingDescriptors before it make it a thing or a work.
var (
	thingHeads       = newTokSet(wordSet("thing-heads"))
	thingDescriptors = newTokSet(wordSet("thing-descriptors"))
)

func (ef *entityFinder) upperAcronym(a, b int) bool {
	return b == a+1 && ef.toks[a].has(fUpper) && ef.toks[a].e-ef.toks[a].s <= 6
}

// commonWords reports whether the capitalised words a..b-1 read as a title or a phrase
// rather than a person's name: a word the article also writes in lower case (not a given
// name), a function word, a Roman numeral or an abbreviation at the end.
func (ef *entityFinder) commonWords(a, b int) bool {
	if b-a >= 2 && ef.nameSuffixAt(b-1) {
		b-- // "Cuba Gooding Jr.": the suffix says nothing of the words (namesuffixes.go)
	}
	last := ef.tok(b - 1)
	if romanNumerals.has(last) || ef.toks[b-1].has(fAbbr) && ef.toks[b-1].feat&lxHonor == 0 && len(last) > 2 {
		return true
	}
	for k := a; k < b; k++ {
		if ef.toks[k].kind != tWord {
			continue
		}
		w := ef.tok(k)
		if firstNames[w] {
			continue
		}
		if ef.toks[k].feat&lxFunc != 0 || ef.lowerSeen.has(lowerASCII(w)) && len(w) > 3 || partyWords.has(w) {
			return true
		}
	}
	return false
}

// groupHeads after a name make it an organization's: "the Ajnad al-Sham group".
var groupHeads = newTokSet(map[string]bool{"group": true, "militia": true, "movement": true, "faction": true,
	"network": true, "brigade": true, "brigades": true, "organization": true, "company": true, "party": true,
	"newspaper": true})

// peoplePlural reports whether the name of tokens a..b-1, two words or more, ends in the
// plural of a demonym ("African Americans", "South Koreans", "Muslim Americans") and does
// not open with a known place ("Cleveland Indians", a team) or "The"; the plural is not a
// country's name ("Laos").
func (ef *entityFinder) peoplePlural(a, b int) bool {
	last := ef.tok(b - 1)
	if b < a+2 || !strings.HasSuffix(last, "s") {
		return false
	}
	if _, ok := demonymOf[strings.TrimSuffix(last, "s")]; !ok {
		return false
	}
	if _, country := countryOf[last]; country || ef.is(a, wThe) {
		return false // "Land-locked Laos", "The Americans" (a series)
	}
	_, place := countryOf[ef.tok(a)]
	return !place
}

// ofPlaceAfter reports whether "of" and a capitalised word follow at token b ("Ana
// Duarte of Ohio"), the way a list gives each person's state or town. (The later name is
// not typed yet, so its capital stands for it.)
func (ef *entityFinder) ofPlaceAfter(b int) bool {
	return b+1 < len(ef.toks) && ef.is(b, wOf) && ef.toks[b+1].kind == tWord && ef.toks[b+1].has(fCap)
}

// placeListed tells whether the name of tokens a..b-1 stands in a list of places: after a
// place its own words or a gazetteer type firmly (score 6 or more, so that one list item
// typed by context does not carry on to the next) and a comma, and before a comma, "and"
// or "or" ("Minnesota, Cleveland and Dallas"), not before a verb ("in Lenz, Mara Voss said").
func (ef *entityFinder) placeListed(si, a, b int) bool {
	prev := a - 1
	if prev-1 < ef.sents[si].start || !ef.punct(prev, ',') || b >= ef.sents[si].b || !ef.punct(b, ',') && !ef.is(b, wAnd, wOr) {
		return false
	}
	e := ef.entAt[prev-1]
	return e >= 0 && ef.mentions[e].typ == kg.Place && ef.mentions[e].score >= 6 && !ef.mentions[e].demonym
}

// creedPhrase reports whether the words of tokens a..b-1, two or more, describe a people
// or a creed and name no one: the last a word of a people or a creed ("Muslim",
// "Catholic", "Asian") or a demonym in the singular ("African American", "North
// American", "Latin American"), the others such words too, demonyms, compass words or
// adjectives of a creed's or a people's kind ("Shi'ite Muslim", "Roman Catholic",
// "Southeast Asian", "Evangelical Christian", "Iranian-American Christian", "Native
// American"); not after a given name ("Saleh Muslim", "Trayon Christian"), and not a
// town's name ("Pass Christian").
func (ef *entityFinder) creedPhrase(a, b int) bool {
	last := ef.tok(b - 1)
	if b-a < 2 || !ethnic.has(last) && (demonymOf[last] == "" || strings.HasSuffix(last, "s")) || firstNames[ef.tok(a)] {
		return false
	}
	for k := a; k < b-1; k++ {
		w := ef.tok(k)
		if ethnic.has(w) || compassWords.has(w) || creedAdjectives.has(w) {
			continue
		}
		if _, ok := demonymOf[w]; ok {
			continue
		}
		parts := strings.Split(w, "-")
		all := len(parts) > 1
		for _, p := range parts {
			if _, ok := demonymOf[p]; !ok && !ethnic.has(p) {
				all = false
			}
		}
		if !all {
			return false
		}
	}
	return true
}

// creedAdjectives stand before a creed's or a people's word in a description ("Roman
// Catholic", "Evangelical Christian", "Orthodox Jewish", "Latin American", "Native
// American").
var creedAdjectives = newTokSet(map[string]bool{"Roman": true, "Evangelical": true, "Orthodox": true,
	"Hasidic": true, "Ultra-Orthodox": true, "Conservative": true, "Reform": true, "Devout": true,
	"Radical": true, "Moderate": true, "Coptic": true, "Gulf": true, "Latin": true, "Native": true, "Central": true})

// pluralRole returns the role noun whose plural w is ("analysts": "analyst"), or "".
func pluralRole(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return ""
	}
	r := w[:len(w)-1]
	if e := lookupLex(r); e != nil && e.feat&lxRole != 0 {
		return r
	}
	return ""
}

// eventLastWords end the names of meetings, contests, shows and ceremonies
// (data/names.txt).
var eventLastWords = newTokSet(wordSet("event-last-words"))

// eventName reports whether the capitalised words a..b-1 name an event of a calendar by
// their last word ("DICE Summit", "NFC Championship", "Patty Duke Show"): two words or
// more, no middle initial, and three or more when the first is a given name ("Ann
// Summit" stays a person); or one plural word of them alone ("the Olympics").
func (ef *entityFinder) eventName(a, b, words int) bool {
	if words == 1 {
		// "the Olympics", "the Finals": a plural one alone
		w := ef.tok(a)
		return eventLastWords.has(w) && strings.HasSuffix(w, "s") && w != "Series"
	}
	if words < 2 || !eventLastWords.has(ef.tok(b-1)) || personShaped(ef.doc, a, b) {
		return false
	}
	return words >= 3 || !firstNames[ef.tok(a)]
}

// itsAfterSaying reports whether the words from token k, right after a verb of saying, open
// with "its", past at most a day and "that" ("Tesla said its cars", "Zelcor said on
// Wednesday that its update"), or with "it" whose clause names its own (itsInClause:
// "Toyota said it would close its plant"): the speaker speaks of its own, a body's words.
func (ef *entityFinder) itsAfterSaying(k int) bool {
	if ef.is(k, wOn) && k+1 < len(ef.toks) && ef.toks[k+1].feat&lxDay != 0 {
		k += 2
	}
	if ef.is(k, wThat) {
		k++
	}
	if ef.is(k, wIt) {
		return ef.itsInClause(k + 1)
	}
	return ef.is(k, wIts)
}

// itsInClause reports whether the clause from token k, after "said it", opens with a
// verb of what a body does or means to do (itAuxiliaries, not before "be" or "been")
// and names "its" within six words, with no punctuation nor a personal pronoun before
// it: the clause speaks of the speaker's own ("Toyota said it would close its plant"),
// where a person's "it" is a thing or a state ("Merkel said it was important to keep
// its promise", "Hale said it would be wise to cut its costs").
func (ef *entityFinder) itsInClause(k int) bool {
	if !ef.in(k, itAuxiliaries) || ef.is(k+1, wBe, wBeen) {
		return false
	}
	for j := k + 1; j < len(ef.toks) && j < k+6; j++ {
		if ef.toks[j].kind != tWord || ef.is(j, wHe, wShe, wHis, wHer, wThey, wTheir) {
			return false
		}
		if ef.is(j, wIts) {
			return true
		}
	}
	return false
}

// itAuxiliaries open what a body says it will do or did: "said it would close", "said it
// plans to cut", "said it had agreed".
var itAuxiliaries = newTokSet(map[string]bool{"would": true, "will": true, "had": true, "has": true,
	"could": true, "plans": true, "planned": true, "expects": true, "expected": true, "intends": true,
	"aims": true, "agreed": true, "hopes": true, "hoped": true, "wants": true})

// pronounAfterSaying reports whether "he" or "she" opens what is said after the verb of
// saying before token k ("Sanders said he would", "said on Monday that she", "said if he
// won", "told supporters she"): the speaker is a person, where a body says "it" (itsAfterSaying).
func (ef *entityFinder) pronounAfterSaying(k int) bool {
	if ef.is(k, wOn) && k+1 < len(ef.toks) && ef.toks[k+1].feat&lxDay != 0 {
		k += 2
	}
	if k+1 < len(ef.toks) && ef.toks[k].kind == tWord && !ef.toks[k].has(fCap) && ef.is(k+1, wHe, wShe) && ef.in(k, personObjects) {
		return true // "told reporters she"
	}
	if ef.is(k, wThat, wIf, wWhen, wBecause) {
		k++ // "said if he were to win"
	}
	return ef.is(k, wHe, wShe)
}

// ownPronounAfterVerb reports whether the verb of saying at token k, after a name, takes
// "his" or "her" before a noun ("McConnell said his office", "told her aides"): what the
// speaker owns is a person's, where a body's is "its". "her" before a function word is
// the verb's object ("told her that"). Another verb's "his" may be its object's ("Gawker
// violated his privacy"), so only saying counts.
func (ef *entityFinder) ownPronounAfterVerb(k int) bool {
	if k+2 >= len(ef.toks) || ef.toks[k].kind != tWord || ef.toks[k].has(fCap) || ef.toks[k].feat&lxFunc != 0 {
		return false
	}
	if ef.toks[k].feat&lxSpeech == 0 {
		return false
	}
	k++
	if k+1 >= len(ef.toks) || ef.toks[k+1].kind != tWord || ef.toks[k+1].has(fCap) || ef.toks[k+1].feat&lxFunc != 0 {
		return false
	}
	return ef.is(k, wHis, wHer)
}

// personObjects are the listeners a speaker tells ("told reporters he").
var personObjects = newTokSet(map[string]bool{"reporters": true, "supporters": true, "voters": true, "journalists": true,
	"crowd": true, "audience": true, "interviewers": true, "listeners": true, "viewers": true})

// anyEnglishWord reports whether a capitalised word of tokens a..b-1 is a common English
// word ("Salon International de la Haute Horlogerie"), which a person's name of five
// words or more with particles does not hold ("Joao Paulo de Gracia Correa").
func (ef *entityFinder) anyEnglishWord(a, b int) bool {
	for k := a; k < b; k++ {
		if ef.toks[k].kind == tWord && ef.toks[k].has(fCap) && englishWords.has(ef.lowerTok(k)) {
			return true
		}
	}
	return false
}
