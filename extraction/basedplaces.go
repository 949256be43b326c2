package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Where a body is based. A body's name with "based", "headquartered" or "located in" a
// place after it lies in the place: "ZTE, based in Shenzhen", "Wire, which is based in
// Switzerland", "Exxon is headquartered in Texas"; so does a body a place is the
// headquarters of: "Vienna, headquarters of the International Atomic Energy Agency"
// (basedIn). Descriptions that say where a body is based. "The Seattle-based company did not
// comment", "the Lyon-based agency said": a definite description whose modifier is a
// place's "-based" (or "-headquartered") word and whose kind names no one after it stands
// for the body the article named before (definites.go, salience.go), and that body lies
// in the place: locatedIn(body, place); "the Cupertino, California-based company" puts it
// in the town and the state (townBeforeState). A name right after the kind is placeOfKind's
// (modifiers.go); an indefinite "a Boston-based lawyer" stands for no one named.

// basedDescriptions reads the "the PLACE-based [words] KIND" descriptions of sentence si.
func (rf *relationFinder) basedDescriptions(si int) {
	s := &rf.sents[si]
	if !basedInText(rf.sentText(si)) {
		return // every "based" or "headquartered" word holds these bytes
	}
	for k := s.start + 1; k < s.b; k++ {
		pk := k // the place's last token
		if rf.splitBased(k) {
			pk = k - 2 // "an Oakland, Calif.-based snack provider": "Calif", ".", "-", "based"
			if rf.entAt[pk] < 0 && rf.tok(pk) == "." {
				pk--
			}
		} else if !rf.basedWord(k) {
			continue
		}
		if rf.quoteOf[k] != 0 {
			continue
		}
		mi := rf.entAt[pk]
		if mi < 0 || rf.mentions[mi].b != pk+1 || rf.mentions[mi].ent < 0 {
			continue
		}
		p := rf.mentions[mi].ent
		a := rf.mentions[mi].a - 1
		town := rf.townBeforeState(a, p, s.start)
		if town >= 0 {
			a = rf.mentions[rf.entAt[a-1]].a - 1 // "the Waterloo, Ontario-based company"
		}
		if a-2 >= s.start && rf.is(a, wA, wAn, wThe) && rf.punct(a-1, ',') && rf.ents[p].typ == kg.Place {
			// "Meridian Health, a Boston-based hospital chain,": the name before the comma
			if body := rf.entityOf(a - 2); body >= 0 && rf.ents[body].typ == kg.Organization && rf.mentions[rf.entAt[a-2]].b == a-1 && rf.apposedKindEnds(k+1, s.b) {
				from := rf.mentions[rf.entAt[a-2]].a
				if town >= 0 {
					rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(town), rf.span(from, k+1))
				}
				rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(p), rf.span(from, k+1))
				continue
			}
		}
		if a < s.start || !rf.is(a, wThe) || rf.ents[p].typ != kg.Place || town < 0 && !rf.knownPlace(p) {
			continue
		}
		kind := rf.kindRunAfter(k+1, s.b)
		if kind < 0 {
			continue
		}
		body := ""
		if rf.bodyNamedBefore(s.start, a) {
			body = rf.namedStoryBusiness(a, kind) // "since Kestrel was founded … as the Oslo-based company grew"
		} else {
			body = rf.basedReferent(a, k+1, kind)
		}
		if body != "" {
			if town >= 0 {
				rf.addRelation(si, body, "locatedIn", rf.entName(town), rf.span(a, kind+1))
			}
			rf.addRelation(si, body, "locatedIn", rf.entName(p), rf.span(a, kind+1))
		}
	}
}

// townBeforeState returns the town of "the Town, State-based" when token c is the comma
// before the based word's place p and a place that is no country or state ends right
// before it ("the Cupertino, California-based company", "the Shenzhen, China-based
// company"), p being a U.S. state, a country or one of datelineRegions ("Ontario", which
// no word list holds: the pair is what makes it a known place); -1 otherwise.
func (rf *relationFinder) townBeforeState(c, p, start int) int {
	if c-1 <= start || !rf.punct(c, ',') || rf.entAt[c-1] < 0 {
		return -1
	}
	if _, isCountry := countryNames[rf.entName(p)]; !isCountry && !usStates[rf.entName(p)] && datelineRegions[rf.entName(p)] == "" {
		return -1
	}
	tm := &rf.mentions[rf.entAt[c-1]]
	if tm.b != c || tm.ent < 0 || tm.ent == p || tm.demonym || rf.ents[tm.ent].typ != kg.Place {
		return -1
	}
	if _, isCountry := countryNames[rf.entName(tm.ent)]; isCountry || usStates[rf.entName(tm.ent)] {
		return -1
	}
	return tm.ent
}

// kindRunAfter returns the token of the kind noun that ends the run of at most four
// plain lower-case words from token j ("company", "software company", "non-profit
// group"), when nothing named follows it (a name after the kind is placeOfKind's,
// "the Tokyo-based consultancy Kantan Games"); -1 otherwise.
func (rf *relationFinder) kindRunAfter(j, end int) int {
	last := -1
	for k := j; k < end && k-j < 4; k++ {
		t := &rf.toks[k]
		if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxSpeech) != 0 {
			break
		}
		if _, ok := definiteKind[rf.low(k)]; ok {
			last = k
		}
	}
	if last < 0 || last+1 < end && rf.toks[last+1].kind == tWord && !rf.toks[last+1].has(fCap) && rf.toks[last+1].feat&lxFunc == 0 && !rf.predicateAfterKind(last+1) {
		return -1 // the kind modifies a noun after it: "the Boston-based company's", "the Paris-based agency chief"
	}
	if e := rf.entityOf(last + 1); e >= 0 || rf.punct(last+1, ',') && rf.entityOf(last+2) >= 0 {
		return -1 // "the Warsaw-based agency Frontex", "the Seattle-based company, Zillow,"
	}
	if _, ok := definiteKind[rf.low(last)]; !ok || definiteKind[rf.low(last)].sort < sortBusiness || definiteKind[rf.low(last)].sort == sortOfficer {
		return -1 // a place ("the Texas-based city") or a person is no body
	}
	return last
}

// basedReferent returns the body the description "the PLACE-based [mods] KIND" (tokens
// a..kind, modifiers from mods) stands for, or "". The based word is no modifier the
// body must have been called by: it is what the description tells of it.
func (rd *reader) basedReferent(a, mods, kind int) string {
	object := rd.clauseStart(a, rd.sents[rd.sentOf(a)].start) < a
	w := rd.low(kind)
	if mods == kind && definiteKind[w].sort == sortBusiness {
		if name := rd.salientCompany(a, w); name != "" && !(object && rd.namedInClause(name, a)) {
			return name
		}
	}
	return rd.nearestFit(mods, kind, w, a, object)
}

// namedStoryBusiness returns the business a "the PLACE-based [mods] KIND" description at
// tokens a..kind stands for when its own sentence names organizations before it
// (bodyNamedBefore): the story's business (salientBusiness), when the sentence names it
// before the description outside quotations and the description opens its clause as
// its subject ("Analysts doubt Kestrel can recover, as the Oslo-based company lost two
// contracts", "It was the first time Kestrel had cut jobs since the Oslo-based firm
// was founded"). Not an object ("Kestrel bought the Oslo-based firm": another body), nor
// a kind the business must be called by that it is not ("Kestrel … since the Oslo-based
// airline"); "" otherwise.
func (rd *reader) namedStoryBusiness(a, kind int) string {
	si := rd.sentOf(a)
	if si >= len(rd.sents) || rd.clauseStart(a, rd.sents[si].start) < a || rd.punct(a-1, ',') && rd.entityOf(a-2) >= 0 {
		return "" // an object, or set beside a name: "Tarn Holdings, the Oslo-based firm founded in 1990"
	}
	e := rd.salientBusiness(a)
	if e < 0 || !commercialName(rd.ents[e].name) {
		return ""
	}
	w := rd.low(kind)
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.sent != si || m.ent != e || m.b > a || rd.quoteOf[m.a] != 0 || m.demonym {
			continue
		}
		if dk := definiteKind[w]; dk.sort == sortBusiness || dk.sort == sortMaker || dk.sort == sortCalled && dk.words == nil || rd.kindFits(m, w) {
			return rd.entName(e)
		}
	}
	return ""
}

// predicateAfterKind reports whether the lower-case word at token k, right after a
// description's kind, is the description's verb rather than a noun the kind modifies: a
// verb of speech or a past tense ("the Boise-based company said", "… reported a loss"), or
// a present tense ending in -s before a function word or a number ("the Oslo-based firm
// ranks a distant fifth", "the Lusk-based publisher hopes to …"; not "the Lusk-based
// company shares rose"). A possessive after the kind ("the Boise-based company's shares")
// still makes the description stand for the body.
func (rf *relationFinder) predicateAfterKind(k int) bool {
	if rf.toks[k].feat&lxSpeech != 0 || strings.HasSuffix(rf.low(k), "ed") && !rf.is(k+1, wBy) || rf.possessive(k) {
		return true
	}
	w := rf.low(k)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || k+1 >= len(rf.toks) {
		return false
	}
	n := &rf.toks[k+1]
	return n.kind == tNum || n.kind == tWord && !n.has(fCap) && n.feat&(lxFunc|lxNumWord) != 0
}

// bodyNamedBefore reports whether tokens from..to-1 name an organization outside a
// quotation: the description then may stand for it or for another ("the New York Times
// reported that the San Francisco-based company …"), and is left alone.
func (rf *relationFinder) bodyNamedBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if e := rf.entityOf(k); e >= 0 && rf.quoteOf[k] == 0 && rf.ents[e].typ == kg.Organization {
			return true
		}
	}
	return false
}

// basedIn reads "ORG, [which|that] [is|are|was] based|headquartered|located in [the]
// PLACE" and "PLACE, [the] headquarters of [the] ORG" in sentence si: locatedIn(ORG,
// PLACE). A person "based in" a town is where he works, not where he lies, and is left
// alone, as is a place before "'s" ("headquartered in Britain's Cambridge": the town is
// the place).
func (rf *relationFinder) basedIn(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wBased, wHeadquartered, wLocated, wHeadquarters) {
		return // sentindex.go
	}
	for v := s.start + 1; v+1 < s.b; v++ {
		if n := len(rf.tok(v)); n != 5 && n != 7 && n != 12 && n != 13 || rf.quoteOf[v] != 0 {
			continue // no "based", "located", "headquarters", "headquartered"
		}
		switch {
		case rf.is(v, wBased, wHeadquartered, wLocated) && rf.is(v+1, wIn):
			body, bk := rf.bodyBefore(v, s.start)
			if body < 0 {
				body, bk = rf.describedBodyBefore(v, s.start)
			}
			if body < 0 && rf.is(v, wLocated) {
				body, bk = rf.describedSiteBefore(v, s.start) // "Quill Kids, a boutique located in"
			}
			place, pk := rf.basedPlaceAt(v+2, s.b)
			if body < 0 && place >= 0 {
				if b, g := rf.copularBasedBody(si, v); b >= 0 {
					rf.addRelation(si, rf.entName(b), "locatedIn", rf.entName(place), rf.span(g, rf.mentions[rf.entAt[pk]].b))
					continue
				}
			}
			if body >= 0 && place >= 0 {
				rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(place), rf.span(rf.mentions[rf.entAt[bk]].a, rf.mentions[rf.entAt[pk]].b))
				if first, fk := rf.bothBodies(v, bk, s.start); first >= 0 && first != body {
					rf.addRelation(si, rf.entName(first), "locatedIn", rf.entName(place), rf.span(rf.mentions[rf.entAt[fk]].a, rf.mentions[rf.entAt[pk]].b))
				}
			}
		case v-5 >= s.start && rf.is(v, wHeadquarters) && rf.is(v+1, wIn) && rf.is(v-1, wIts) && rf.is(v-2, wHas, wHad) && rf.is(v-3, wWhich) && rf.punct(v-4, ','):
			// "Nestle, which has its headquarters in Switzerland"
			body := rf.entityOf(v - 5)
			place, pk := rf.basedPlaceAt(v+2, s.b)
			if body >= 0 && place >= 0 && rf.ents[body].typ == kg.Organization && rf.mentions[rf.entAt[v-5]].b == v-4 {
				rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(place), rf.span(rf.mentions[rf.entAt[v-5]].a, rf.mentions[rf.entAt[pk]].b))
			}
		case rf.is(v, wHeadquarters) && rf.is(v+1, wOf):
			k := v - 1
			if rf.is(k, wThe) {
				k--
			}
			if !rf.punct(k, ',') {
				continue
			}
			place := rf.entityOf(k - 1)
			j := v + 2
			if rf.is(j, wThe) {
				j++
			}
			body := rf.entityOf(j)
			if place < 0 || body < 0 || rf.ents[place].typ != kg.Place || rf.ents[body].typ != kg.Organization || rf.mentions[rf.entAt[j]].a != j {
				continue
			}
			rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(place), rf.span(rf.mentions[rf.entAt[k-1]].a, rf.mentions[rf.entAt[j]].b))
		}
	}
}

// bodyBefore returns the organization whose name ends right before the words that lead
// to the "based" word at token v — ",", ", which is", "is", "are", a verb group
// (basedVerbGroup: "had been", "are also"), never nothing; an abbreviation in brackets
// may close the name before the comma — and the name's last token, or -1.
func (rf *relationFinder) bodyBefore(v, start int) (int, int) {
	k := v - 1
	adverb := rf.is(k, wAlso, wBoth) && rf.punct(k-1, ',')
	if adverb {
		k-- // "Intent Media, also based in New York", "Uber and Lyft, both based in California"
	}
	grouped := false
	if g := rf.basedVerbGroup(v); g < v {
		k, grouped = g-1, true // "GE had been based in", "Sony has long been headquartered in"
	} else if rf.is(k, wIs, wAre, wWas, wWere) {
		k--
	}
	if k < v-1 && rf.is(k, wWhich, wThat) {
		k--
	}
	comma := rf.punct(k, ',')
	if comma {
		k--
		if rf.punct(k, ')') && k-2 > start && rf.punct(k-2, '(') {
			k -= 3 // "the Southern Poverty Law Center (SPLC), based in Alabama"
		}
	}
	if k == v-1 || k < start {
		return -1, 0 // "a strategist at CLSA based in Tokyo": the strategist is based there
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization || rf.mentions[rf.entAt[k]].b != k+1 {
		return -1, 0
	}
	if a := rf.mentions[rf.entAt[k]].a; (adverb || grouped) && rf.is(a-1, wAt, wOf, wFor, wWith) {
		return -1, 0 // "an analyst at Marden Capital, also based in Boston": the analyst may be
	}
	return e, k
}

// seatAdverbs may stand inside the verb group before a body's "based" word without
// moving its seat into the past: "has long been", "are also", "is now".
var seatAdverbs = newTokSet(map[string]bool{"also": true, "long": true, "now": true,
	"still": true, "currently": true, "both": true})

// basedVerbGroup returns the first token of the verb group that ends right before the
// "based" word at token v and holds more than a bare copula: "had been", "has long
// been", "are also", "is now" ("GE had been based in Fairfield", "DJI and Yuneec are
// also based in China"); v when there is none. A past seat ("was formerly based in",
// "was once headquartered in") has no such group.
func (rf *relationFinder) basedVerbGroup(v int) int {
	k := v - 1
	if rf.is(k, wBeen) {
		k--
		if rf.in(k, seatAdverbs) {
			k--
		}
		if !rf.is(k, wHas, wHave, wHad) {
			return v
		}
		return k
	}
	if rf.in(k, seatAdverbs) && rf.is(k-1, wIs, wAre, wWas, wWere) {
		return k - 1
	}
	return v
}

// bothBodies returns the first of two bodies "A and B, both based in" (the "based" word
// at token v, B's last token bk) and A's last token, or -1: both lie in the place.
func (rf *relationFinder) bothBodies(v, bk, start int) (int, int) {
	if !rf.is(v-1, wBoth) && !(rf.is(v-2, wAre, wWere) && rf.in(v-1, seatAdverbs)) {
		return -1, 0 // "Uber and Lyft, both based in", "DJI and Yuneec, are also based in"
	}
	k := rf.mentions[rf.entAt[bk]].a - 2
	if k < start || !rf.is(k+1, wAnd) {
		return -1, 0
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization || rf.mentions[rf.entAt[k]].b != k+1 {
		return -1, 0
	}
	return e, k
}

// describedBodyBefore returns the organization named before an appositive description
// that ends right before the "based" word at token v: "Southwest Energy, an oil and gas
// company based in Houston", "Trust Women, an organization headquartered in Kansas" — a
// comma, "a", "an" or "the", then up to five lower-case words (no function word but
// "and") ending in a body's kind; and the name's last token, or -1.
func (rf *relationFinder) describedBodyBefore(v, start int) (int, int) {
	if v-1 <= start || !rf.bodyKindAt(v-1) {
		return -1, 0
	}
	k := rf.describedNameEnd(v, start)
	if k < 0 {
		return -1, 0
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization || rf.mentions[rf.entAt[k]].b != k+1 {
		return -1, 0
	}
	return e, k
}

// describedNameEnd reads back from token v, right after the noun of an appositive
// description ("Lindmoor, a music festival in"), past at most six lower-case words (or
// "and") and people's or creeds' words ("an Islamic school"), to its "a", "an" or "the"
// after a comma: the token before the comma, where the described name ends; or -1.
func (rf *relationFinder) describedNameEnd(v, start int) int {
	k := v - 1
	for k > start && k > v-7 && rf.toks[k].kind == tWord && (!rf.toks[k].has(fCap) && (rf.toks[k].feat&lxFunc == 0 || rf.is(k, wAnd)) || rf.toks[k].has(fCap) && ethnic.has(rf.tok(k))) {
		k--
	}
	if !rf.is(k, wA, wAn, wThe) || !rf.punct(k-1, ',') {
		return -1
	}
	return k - 2
}

// apposedKindEnds reports whether the lower-case words from token j (at most four, no
// function word) end in a body's kind that closes the description: a comma, a full
// stop or a verb after it ("a Boston-based hospital chain, cut", "a Boston-based
// hospital chain."), not a name ("a Texas-based firm Acme").
func (rf *relationFinder) apposedKindEnds(j, end int) bool {
	k := j
	for k < end && k-j < 4 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&lxFunc == 0 {
		if k > j && rf.bodyKindAt(k-1) && rf.kindThenParticiple(k) {
			return true // "a Kent, Washington-based startup owned by", "the Beijing-based firm known as"
		}
		k++
	}
	// the kind ends the description, or a relative pronoun, a preposition or a participle
	// goes on with it: "a Washington-based trade organization that represents …", "a New
	// York-based website specializing in …"
	return k > j && rf.bodyKindAt(k-1) && (k >= end || rf.toks[k].kind != tWord || rf.toks[k].feat&lxFunc != 0 && !rf.toks[k].has(fCap) ||
		!rf.toks[k].has(fCap) && strings.HasSuffix(rf.low(k), "ing"))
}

// kindThenParticiple reports whether the lower-case word at token k, right after a
// body's kind, is a participle that opens a phrase going on with the description: "a
// Seattle-based startup owned by", "an Oakland-based firm founded in", "the Beijing-based
// investment firm known as". A word a kind may modify ("a Boston-based hospital chain") is
// none.
func (rf *relationFinder) kindThenParticiple(k int) bool {
	return rf.participleAfterKind(k) && !strings.HasSuffix(rf.low(k), "ing") || participleOnly[rf.low(k)]
}

// bodyKindAt reports whether the lower-case word at token k names a body's kind
// ("company", "think tank", "start-up design lab").
func (rf *relationFinder) bodyKindAt(k int) bool {
	t := &rf.toks[k]
	return t.kind == tWord && !t.has(fCap) && (bodyKind(rf.low(k)) || establishmentWords[rf.low(k)] || rf.in(k, describedBodyNouns))
}

// describedBodyNouns are kinds of body that bodyKinds leave out, because before a name
// they name no kind ("the group Acme"), but that end a description of one.
var describedBodyNouns = newTokSet(map[string]bool{"organization": true, "organisation": true,
	"group": true, "lab": true, "laboratory": true, "chain": true, "tank": true,
	"consultancy": true, "institute": true, "hospital": true, "school": true, "college": true,
	"university": true, "charity": true, "nonprofit": true, "non-profit": true, "startup": true,
	"start-up": true, "firm": true, "company": true, "maker": true, "manufacturer": true,
	"retailer": true, "provider": true, "network": true, "association": true})

// basedPlaceAt returns the place named at token j (after an optional "the"), or -1; not a
// place that owns the next name ("Britain's Cambridge"). The second result is the
// place's first token.
func (rf *relationFinder) basedPlaceAt(j, end int) (int, int) {
	if rf.is(j, wThe) {
		j++
	}
	if j >= end {
		return -1, 0
	}
	e := rf.entityOf(j)
	if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[j]].a != j || rf.owner(rf.mentions[rf.entAt[j]].b) {
		return -1, 0
	}
	return e, j
}

// Sites named with their owner's possessive. "Quillon Corp's Denver headquarters",
// "Norvale Motors' Ohio plant", "the FBI's Portland office", "Epson's German factory",
// "Theros Labs’ California lab", "Skyline Air's Denver hub": a body's possessive, then
// a place (or a country's demonym), then a noun for a site
// (siteNouns) says the body has a site there: hasFacilityIn(body, place). A regional
// headquarters ("Google's Paris headquarters") is a site, not where the body is based,
// so headquarters too give hasFacilityIn, never locatedIn. A place's or a person's
// possessive ("Missouri's Columbia campus") and a unit after the place ("Alphabet's
// Google unit") say nothing here; nor do "its" and "the company's", whose owner this
// reader does not look for.

// siteNouns are the nouns for a body's site after "BODY's PLACE".
var siteNouns = newTokSet(map[string]bool{
	"headquarters": true, "plant": true, "plants": true, "factory": true, "factories": true,
	"office": true, "offices": true, "facility": true, "facilities": true, "refinery": true,
	"mine": true, "campus": true, "warehouse": true, "mill": true, "bureau": true,
	"lab": true, "labs": true, "laboratory": true, "laboratories": true, "hub": true,
	"studio": true, "studios": true, "store": true, "stores": true,
})

// possessiveSites reads the "BODY's PLACE SITE" phrases of sentence si. One lower-case
// word may stand between the possessive and the place ("Acme's new Lusk headquarters",
// "the Weather Service's southeast Ohio office") and between the place and the noun
// ("Acme's India managing director"). A noun of a body's presence rather than a site
// (presenceSiteNouns: "Acme's China unit", "Acme's UK sales", "Acme's Yemen branch")
// gives operatesIn.
func (rf *relationFinder) possessiveSites(si int) {
	s := &rf.sents[si]
	for k := s.start + 3; k < s.b; k++ {
		if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) {
			continue
		}
		pred := "hasFacilityIn"
		if !rf.in(k, siteNouns) {
			if !rf.in(k, presenceSiteNouns) {
				continue
			}
			pred = "operatesIn"
		}
		mi := rf.entAt[k-1]
		if mi < 0 && rf.siteModifier(k-1) {
			mi = rf.entAt[k-2] // "India managing director", "U.S. advertising revenue"
		}
		if mi < 0 || rf.mentions[mi].b > k || rf.mentions[mi].ent < 0 || rf.ents[rf.mentions[mi].ent].typ != kg.Place {
			continue
		}
		place, a := rf.mentions[mi].ent, rf.mentions[mi].a
		if pred == "operatesIn" && rf.mentions[mi].demonym {
			continue // "Acme's North Korean workers": a nationality, no market
		}
		if a-2 > s.start && !rf.is(a-1, wAposS, wRsquoS) && rf.siteModifier(a-1) {
			a-- // "Acme's new Lusk headquarters"
		}
		if a-2 < s.start {
			continue
		}
		if p := rf.tok(a - 1); p != "'s" && p != "’s" && p != "'" && p != "’" {
			continue
		}
		oi := rf.entAt[a-2]
		if oi < 0 || rf.mentions[oi].b != a-1 || rf.mentions[oi].ent < 0 || rf.ents[rf.mentions[oi].ent].typ != kg.Organization {
			continue
		}
		rf.addRelation(si, rf.entName(rf.mentions[oi].ent), pred, rf.entName(place), rf.span(rf.mentions[oi].a, k+1))
	}
}

// presenceSiteNouns are the nouns after "BODY's PLACE" that tell the body works in the
// place without naming a site there: "Acme's China unit", "Acme's UK sales", "Acme's
// Yemen branch", "Acme's India managing director".
var presenceSiteNouns = newTokSet(map[string]bool{"unit": true, "units": true, "arm": true,
	"branch": true, "branches": true, "affiliate": true, "affiliates": true, "subsidiary": true,
	"subsidiaries": true, "division": true, "business": true, "businesses": true,
	"operations": true, "sales": true, "revenue": true, "revenues": true, "chapter": true,
	"director": true, "representative": true, "chief": true, "boss": true})

// siteModifier reports whether token k is a lower-case word, no name, possessive, function
// word (but "new", "former", "main", "own"), number or verb of speech: "new", "southeast",
// "managing".
func (rf *relationFinder) siteModifier(k int) bool {
	t := &rf.toks[k]
	if t.kind != tWord || t.has(fCap) || rf.entAt[k] >= 0 || rf.is(k, wAposS, wRsquoS) || t.feat&(lxNumWord|lxSpeech|lxPronoun) != 0 {
		return false
	}
	return t.feat&lxFunc == 0 || rf.is(k, wNew, wFormer, wMain, wOwn) // the lexicon's "new" opens no name
}

// describedBodiesIn reads, in sentence si, a body's appositive description whose kind
// "in" and a place follow: "Fathom, a design consultancy in Boston", "the Norvale
// Institute, a conservative think tank in Washington" → locatedIn(body, place), as
// "based in" after the kind does (describedBodyBefore). Not after a superlative or a rank
// ("Acme, the largest bank in Norland", "the only carrier in Ostmark": a market it leads,
// not a seat), nor a place that modifies a noun after it ("a charity in Boston's suburbs").
func (rf *relationFinder) describedBodiesIn(si int) {
	s := &rf.sents[si]
	for v := s.start + 4; v < s.b-1; v++ {
		if !rf.is(v, wIn) {
			continue
		}
		body, bk := -1, 0
		if rf.bodyKindAt(v - 1) {
			body, bk = rf.describedBodyBefore(v, s.start)
		}
		if body < 0 {
			body, bk = rf.describedSiteBefore(v, s.start) // describedsites.go: "Lindmoor, a music festival in Durham"
		}
		if body < 0 {
			continue
		}
		ranked := false
		for k := bk + 3; k < v; k++ {
			if w := rf.low(k); strings.HasSuffix(w, "est") || rf.is(k, wMost, wOnly, wFirst, wSecond, wThird, wTop, wLeading, wMain, wSole) {
				ranked = true
			}
		}
		y, j := rf.placeAfterIn(v)
		if ranked || y < 0 || rf.owner(rf.mentions[rf.entAt[j]].b) {
			continue
		}
		rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(y), rf.span(rf.mentions[rf.entAt[bk]].a, rf.mentions[rf.entAt[j]].b))
		// "a music festival in Durham, N.C.": the town's state too
		if z, end := rf.pairedState(&rf.mentions[rf.entAt[j]], s.b); z >= 0 && z != body {
			rf.addRelation(si, rf.entName(body), "locatedIn", rf.entName(z), rf.span(rf.mentions[rf.entAt[bk]].a, end))
		}
	}
}

// copularBasedBody returns the business that "the company", "the firm" or "it" stands for
// when it is the subject of "is/are/was based in" at the "based" word at token v, resolved
// as the subject of any other verb (actionSubject): "Tessel Inc makes mowers. The company
// is based in Dalby." — and the token that opens the subject; -1 otherwise. Not a name
// (bodyBefore reads it), not a person ("He is based in Dalby": where he works), nor a
// description of something else ("The show is based in science").
func (rf *relationFinder) copularBasedBody(si, v int) (int, int) {
	start := rf.sents[si].start
	k := v - 1
	if !rf.is(k, wIs, wAre, wWas, wWere) || k-1 < start {
		return -1, 0
	}
	g := k - 1
	switch {
	case rf.is(g, wIt) && rf.lowerWordAt(g):
	case rf.is(g, wCompany, wFirm) && rf.is(g-1, wThe):
		g--
	case g == start && rf.is(g, wIt):
	default:
		return -1, 0
	}
	if g != start && !rf.punct(g-1, ',') {
		return -1, 0 // "The company that Lind founded is based in": another clause's
	}
	sj := rf.actionSubject(si, v)
	if sj == "" || nameList(sj).several() {
		return -1, 0
	}
	e := rf.entIndex(sj)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return -1, 0
	}
	return e, g
}

// basedInText reports whether text may hold a "based" or "headquartered" word, in any
// case: a byte test that spares basedDescriptions its token walk in most sentences.
//
// It holds "ased", "ASED", "quartered" or "QUARTERED"; each ends in a "d" or a "D", so it
// looks only behind those bytes (two byte scans rather than four substring searches,
// whose first letters are common).
func basedInText(text string) bool {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], 'd')
		if j < 0 {
			break
		}
		i += j + 1
		if strings.HasSuffix(text[:i], "ased") || strings.HasSuffix(text[:i], "quartered") {
			return true
		}
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], 'D')
		if j < 0 {
			break
		}
		i += j + 1
		if strings.HasSuffix(text[:i], "ASED") || strings.HasSuffix(text[:i], "QUARTERED") {
			return true
		}
	}
	return false
}
