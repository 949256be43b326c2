package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Ties: relations that a compound word or a short phrase states between two names —
// "the Saudi-backed High Negotiations Committee", "the al Qaeda-linked Nusra Front",
// "the ISSG, led by the United States and Russia", "Russia and Hezbollah, both allies of
// President Bashar al-Assad", "Sally Lunsford of the Kansas Lottery", "Hesston, less than
// 9 miles northwest of Newton", "Mouadamiya, a suburb of Damascus", "the Panera Bread in
// Abingdon".

// compoundTies are the second halves of compounds that tie the name before the hyphen
// to the one after ("Saudi-backed opposition X"), with the predicate and whether the
// name after is its subject ("X-linked Y": Y is linked to X).
var compoundTies = map[string]struct {
	pred     string
	reversed bool
}{
	"backed": {"supports", false}, "supported": {"supports", false}, "funded": {"supports", false},
	"sponsored": {"supports", false}, "led": {"leads", false},
	"linked": {"linkedTo", true}, "affiliated": {"linkedTo", true}, "allied": {"allyOf", true},
	"inspired": {"linkedTo", true}, "owned": {"partOf", true},
}

// compoundSuffix returns the tie of a word "X-backed", "X-linked" or "X-led" and its
// suffix, or "".
func compoundSuffix(w string) string {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return ""
	}
	// the suffix first: most hyphened words are no tie, and lowering the word is dearer
	suf := strings.ToLower(w[i+1:])
	if _, ok := compoundTies[suf]; !ok {
		return ""
	}
	if lw := strings.ToLower(w); coVerb(lw) != lw {
		return "" // "co-led": a verb written with "co-", not a tie to a name
	}
	return suf
}

// ties reads the ties of sentence si.
func (rf *relationFinder) ties(si int) {
	s := &rf.sents[si]
	// a compound tie's word holds a hyphen: a sentence without one spares each word's
	// compoundSuffix (its text is that of the tokens read here)
	hyphened := strings.IndexByte(rf.sentText(si), '-') >= 0
	for v := s.start; v < s.b; v++ {
		if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord {
			continue
		}
		if hyphened {
			if suf := compoundSuffix(rf.tok(v)); suf != "" {
				rf.compoundTie(si, v, suf)
				continue
			}
		}
		if rf.hyphenTie(si, v) { // hyphenties.go
			continue
		}
		switch w := rf.low(v); {
		case coVerb(w) == "led" && rf.is(v+1, wBy) && (rf.punct(v-1, ',') || rf.describedParticiple(si, v) >= 0):
			rf.ledBy(si, v)
		case (w == "ally" || w == "allies") && rf.is(v+1, wOf):
			rf.allyOf(si, v, "allyOf")
		case rf.mayBe(v, w, wcRivalOf) && rivalOfNouns.has(w) && rf.is(v+1, wOf):
			rf.allyOf(si, v, "rivalOf") // "Birch, a rival of Acme": encounters.go
		case rf.mayBe(v, w, wcAlliance) && personalTies.has(w) && (rf.is(v+1, wOf) || rf.is(v+1, wTo) && allianceNouns[w] == "aideTo"):
			rf.allyOf(si, v, allianceNouns[w]) // "Gove, a close friend of Cameron", "Chen, a top aide to Romney"
		case w == "support" && rf.is(v-1, wIn) && rf.is(v+1, wOf):
			rf.inSupportOf(si, v) // nominals.go
		case rf.mayBe(v, w, wcSupport) && supportNouns.has(w) && rf.is(v+1, wOf):
			rf.supportReceived(si, v)
		case rf.mayBe(v, w, wcSupport) && supportNouns.has(w) && rf.is(v+1, wFrom):
			rf.supportFrom(si, v) // nominals.go
		case rf.mayBe(v, w, wcStance) && stanceNouns[w] != "":
			rf.stanceOf(si, v)
		case w == "of" || w == "by" || w == "between":
			rf.ownedBy(si, v) // owners.go
		}
	}
	rf.nearPlaces(si)
}

// compoundTie: "the Saudi-backed opposition High Negotiations Committee", "the al
// Qaeda-linked Nusra Front": the name inside the compound at token v and the name
// after it, within four words (compoundTriple says what it states).
func (rf *relationFinder) compoundTie(si, v int, suf string) {
	x := rf.entityOf(v)
	if x < 0 || rf.mentions[rf.entAt[v]].b != v+1 || rf.ents[x].typ == kg.Group || ethnic.has(rf.ents[x].name) || partyWords.has(rf.ents[x].name) {
		return // "Western-backed government", "Kurdish-led": no one named backs or leads
	}
	s := &rf.sents[si]
	y, _ := rf.namedHead(si, v) // past a demonym ("Moscow-backed Ukrainian leader X"), not "Russian-backed offensive in Aleppo": hyphenties.go
	if y < 0 || y == x || allEthnic(rf.ents[y].name) {
		return
	}
	if suf == "owned" && (rf.ents[x].typ == kg.Place || rf.ents[y].typ == kg.Person || rf.ents[y].typ == kg.Place || englishWords.has(lowerASCII(rf.ents[x].name))) {
		return // "Saudi-owned", "State-owned": a country's, a state's; a company or a person owns here
	}
	subj, pred, obj := rf.compoundTriple(suf, x, y)
	rf.addRelation(si, subj, pred, obj, rf.span(v, min(s.b, v+4)))
}

// compoundTriple returns the relation a compound tie of suffix suf states between the
// entity x inside the compound and the entity y it describes: the tie's predicate, y its
// subject when the tie is reversed ("Acme-owned Birch": Birch partOf Acme) — but a
// person's "-owned" firm is theirs, no part of them ("Orwell-owned Vexa TV": owns).
func (rf *relationFinder) compoundTriple(suf string, x, y int) (subj, pred, obj string) {
	t := compoundTies[suf]
	subj, pred, obj = rf.entName(x), t.pred, rf.entName(y)
	if suf == "owned" && rf.ents[x].typ == kg.Person {
		return subj, "owns", obj
	}
	if t.reversed {
		subj, obj = obj, subj
	}
	return subj, pred, obj
}

// ledBy: "the International Syria Support Group (ISSG), led by the United States and
// Russia": each leader leads the group named before the comma.
func (rf *relationFinder) ledBy(si, v int) {
	s := &rf.sents[si]
	c := v - 1
	if !rf.punct(c, ',') {
		c = rf.describedParticiple(si, v) // "Ostra Party, a group led by": describedparticiples.go
	}
	group := rf.entityBefore(c, s.start)
	if group == "" {
		return
	}
	k0 := v + 2
	if rf.is(k0, wThe) {
		k0++
	}
	if rf.entityOf(k0) < 0 {
		// "led by Director Ann Vole", "led by billionaire Tom Reed": the named agent
		// after a title or description (openAgent), then any leaders joined to it
		e := rf.openAgent(k0, s.b)
		for e >= 0 && k0 < s.b && k0 <= v+8 && rf.entityOf(k0) != e {
			k0++
		}
		if e < 0 || rf.entityOf(k0) != e {
			return
		}
	}
	for k := k0; k < s.b && k <= v+12; k++ {
		if e := rf.entityOf(k); e >= 0 {
			rf.addRelation(si, rf.entName(e), "leads", group, rf.span(v, min(s.b, rf.mentions[rf.entAt[k]].b)))
			k = rf.mentions[rf.entAt[k]].b - 1
			continue
		}
		if !rf.is(k, wThe, wAnd) && !rf.punct(k, ',') {
			break
		}
	}
}

// personalTies are the nouns of the list [alliance-nouns] whose apposition "NAME, a
// NOUN of NAME" allyOf reads with the noun's predicate ("Gove, a close friend of
// Cameron", "Chen, a top aide to Romney"); ally and rival have their own cases.
var personalTies = allianceNounsOf("friendOf", "aideTo", "partnerOf")

// allianceNounsOf returns the nouns of the list [alliance-nouns] (allianceNouns) whose
// predicate is one of preds, singular and plural as the list gives them.
func allianceNounsOf(preds ...string) *tokSet {
	out := map[string]bool{}
	for w, p := range allianceNouns {
		if slices.Contains(preds, p) {
			out[w] = true
		}
	}
	return newTokSet(out)
}

// allyOf: "Russia and Hezbollah, both allies of President Bashar al-Assad", "in support
// of its ally, President X": each is an ally of the one named after "of" (pred allyOf),
// or its rival ("Birch, a fierce rival of Acme": rivalOf, one kind on both sides).
func (rf *relationFinder) allyOf(si, v int, pred string) {
	s := &rf.sents[si]
	of := -1
	for k := v + 2; k < s.b && k <= v+5; k++ {
		if e := rf.entityOf(k); e >= 0 {
			if !rf.mentions[rf.entAt[k]].demonym {
				of = e // not "an ally of German Chancellor Angela Merkel"
			}
			k = rf.mentions[rf.entAt[k]].b - 1
			if of >= 0 {
				break
			}
		}
	}
	if of < 0 {
		return
	}
	c := v - 1
	for n := 0; n < 2 && c > s.start && rf.allianceModifier(c) && rf.punct(rf.articleBefore(c), ','); n++ {
		c-- // "Ralph Brinkhaus, a senior ally of", "Iran, the regional rival of"
	}
	if rf.is(c, wBoth, wAll, wTwo, wKey, wClose, wAn, wA, wThe) {
		c--
	}
	if !rf.punct(c, ',') {
		return
	}
	// the coordinated names before the comma
	for k := c - 1; k >= s.start && k > c-12; k-- {
		if e := rf.entityOf(k); e >= 0 {
			m := &rf.mentions[rf.entAt[k]]
			if e != of && !m.demonym && (pred == "allyOf" || (rf.ents[e].typ == kg.Person) == (rf.ents[of].typ == kg.Person)) && tieTypesFit(pred, rf.ents[e].typ, rf.ents[of].typ) {
				rf.addRelation(si, rf.entName(e), pred, rf.entName(of), rf.span(m.a, min(s.b, v+4)))
			}
			k = m.a
			continue
		}
		if !rf.is(k, wAnd) && !rf.punct(k, ',') {
			break
		}
	}
}

// memberOf: "Sally Lunsford of the Kansas Lottery", "Karsten Nohl of the Berlin-based
// Security Research Labs", "Ann Roe of research firm Acme": a person named with the
// organization they are of. The "of" may follow a comma when the body's name then ends
// the clause (apposedOfBody): "Ed Roe, of the Tarvo Rowing Club, said", as it must after
// "one half of" ("Ed Roe, one half of Roe & Vale,": duoHalf).
func (rf *relationFinder) memberOf(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.role != "" {
		return
	}
	comma := rf.punct(m.b, ',') && rf.is(m.b+1, wOf)
	half := rf.duoHalf(m) // duos.go
	if !comma && half < 0 && !rf.is(m.b, wOf) && !rf.speakerFrom(m) {
		return
	}
	k := m.b + 1
	switch {
	case half >= 0:
		k, comma = half, true // the duo's name ends the aside too
	case comma:
		k++
	}
	for rf.is(k, wThe) || rf.toks[k].kind == tWord && strings.HasSuffix(rf.low(k), "-based") {
		k++
	}
	if j := rf.bodyKindRun(k, rf.sents[m.sent].b); j > k {
		k = j // "Ann Roe of ship broker Acme", "Ann Roe of the advocacy group Open Wire"
	}
	if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Organization && rf.ents[e].scores[typeIndex(kg.Organization)] >= 3 {
		if comma && !rf.apposedOfBody(m, k) {
			return
		}
		rf.addRelation(m.sent, rf.entName(m.ent), "memberOf", rf.entName(e), rf.span(m.a, rf.mentions[rf.entAt[k]].b))
	}
}

// apposedOfBody reports whether the body named at token k, after "PERSON, of [the]", is
// the whole aside: its name starts at k and ends the clause (a comma, a stop, the
// sentence's end) — "Ed Roe, of the Tarvo Rowing Club, said", "said agent Ed Roe, of
// Acme.", "Police thanked Ed Roe, of Acme, for" — not "Ed Roe, of the Acme board, said",
// "Ed Roe, of Acme's rival Vale, said".
func (rf *relationFinder) apposedOfBody(m *mention, k int) bool {
	s := &rf.sents[m.sent]
	if rf.entAt[k] < 0 || rf.mentions[rf.entAt[k]].a != k {
		return false
	}
	b := rf.mentions[rf.entAt[k]].b
	return b >= s.b || rf.punct(b, ',') || rf.toks[b].kind == tStop
}

// speakerFrom reports whether "from" or "with" after the person of mention m names the
// body a speaker comes from or works with: "Dave Hale from the Dunmore Volcano Observatory
// said", "said Ann Roe from the Tarvo Institute.", "Ann Roe from Acme, told …", "Ed Roe
// with the Dunmore Police Department could not be reached", "wrote Ann Roe with Tarvo
// Capital Markets.", "Ed Roe with the Vexa newspaper posted" — the name opens the
// sentence or follows a comma or a verb of speech, and the body's name, past one kind
// noun ("Acme consultancy"), ends the clause (a comma, the sentence's end) or a verb
// follows it: one of speech, a modal, a finite one (finiteVerbAt). Not "removed Ann Roe
// from the board", "the removal of Ann Roe from the FBI's list", "guest performer Ann Roe
// with the Grateful Dead at the Greek Theater" (no verb: a guest's), "Roe with the
// Acme's backing".
func (rf *relationFinder) speakerFrom(m *mention) bool {
	s := &rf.sents[m.sent]
	if !rf.is(m.b, wFrom, wWith) || m.a > s.start && !rf.punct(m.a-1, ',') && !rf.isSpeech(m.a-1) {
		return false
	}
	k := m.b + 1
	if rf.is(k, wThe) {
		k++
	}
	if k >= s.b || rf.entAt[k] < 0 || rf.mentions[rf.entAt[k]].a != k {
		return false
	}
	b := rf.mentions[rf.entAt[k]].b
	if b < s.b && !rf.toks[b].has(fCap) && orgKindNoun(rf.low(b)) {
		b++ // "Ann Roe from Acme consultancy said"
	}
	return b >= s.b || rf.punct(b, ',') || rf.toks[b].kind == tStop || rf.isSpeech(b) || rf.is(b, wCould, wWould, wCan, wWill, wDid, wDoes) || rf.finiteVerbAt(b)
}

// directions are the words of a bearing: "northwest of Newton".
var directions = newTokSet(map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true, "outside": true, "near": true})

// distanceWords may stand between a place's comma and a bearing: "about 20 miles".
var distanceWords = newTokSet(map[string]bool{"about": true, "some": true, "roughly": true, "nearly": true, "almost": true,
	"less": true, "more": true, "than": true, "just": true, "around": true, "approximately": true, "miles": true,
	"mile": true, "km": true, "kilometers": true, "kilometres": true, "kilometer": true, "kilometre": true, "a": true,
	"few": true, "feet": true, "meters": true, "metres": true})

// nearPlaces: "Hesston, less than 9 miles (14 km) northwest of Newton" and "Abingdon,
// about 20 miles northeast of Baltimore" (near), "Mouadamiya, a suburb of Damascus" (in),
// "the Panera Bread in Abingdon", "at a 7-Eleven in Chino Hills" (an establishment in a
// town), "Douma near Damascus" (placeNearPlace).
func (rf *relationFinder) nearPlaces(si int) {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		e := rf.entityOf(k)
		if e < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[k]]
		k = m.b - 1
		switch rf.ents[e].typ {
		case kg.Place:
			rf.venueIn(si, e, m) // venues.go: "the Treasure Island hotel in Las Vegas"
			rf.siteAt(si, e, m)  // sitesat.go: "the Skydeck at Vell Tower"
			if !m.demonym && (rf.is(m.b, wAposS, wRsquoS) || rf.is(m.b, wSuburb, wDistrict, wNeighborhood, wNeighbourhood)) {
				rf.suburbOf(si, e, m) // "Baghdad's western suburb of Abu Ghraib"
			}
			_, country := countryNames[rf.ents[e].name]
			if !country && !m.demonym && rf.is(m.b, wNear) {
				rf.placeNearPlace(si, e, m) // "attacked in Kelvar near Dunmore"
			}
			if country || m.demonym || !rf.punct(m.b, ',') {
				continue
			}
			if y, pred, end := rf.bearing(m.b+1, s.b); y >= 0 && y != e {
				x, a := e, m.a
				if rf.punct(m.a-1, ',') && usStates[rf.ents[e].name] {
					if t := rf.entityOf(m.a - 2); t >= 0 && rf.ents[t].typ == kg.Place {
						x, a = t, rf.mentions[rf.entAt[m.a-2]].a // "Abingdon, Maryland, about 20 miles northeast of Baltimore"
					}
				}
				rf.addRelation(si, rf.entName(x), pred, rf.entName(y), rf.span(a, end))
			} else if j := rf.lyingClause(m.b+1, s.b); j > m.b+1 {
				// "Jableh, which lies 15 miles south of Latakia", "Flint, which is about
				// 60 miles (100 km) northwest of Detroit": a bearing in a relative clause
				if y, pred, end := rf.bearing(j, s.b); y >= 0 && y != e {
					rf.addRelation(si, rf.entName(e), pred, rf.entName(y), rf.span(m.a, end))
				}
			}
		case kg.Organization:
			rf.establishmentIn(si, e, m)
			rf.venueIn(si, e, m)   // venues.go: "NASA's Johnson Space Center in Houston"
			rf.venueNear(si, e, m) // venues.go: "the Brookfield Zoo outside Chicago"
			rf.siteAt(si, e, m)    // sitesat.go: "the Tarrow Air Museum at Kessel Airport"
		case kg.Other, kg.Person:
			rf.venueIn(si, e, m) // venues.go: "the Dolby Theatre in Los Angeles"
			if rf.ents[e].typ == kg.Other {
				rf.siteAt(si, e, m)    // "the Lusk Derby at Harlow Downs"
				rf.venueNear(si, e, m) // "the Malheur National Wildlife Refuge near Burns"
			}
		}
	}
}

// bearing reads, from token k, "less than 9 miles (14 km) northwest of Y", "northwest of
// Y", "a suburb of Y", "a town in Y": the place Y, the predicate (locatedNear, or
// locatedIn for a suburb or a town in Y) and the token after Y; y is -1 when the words
// are none of these.
func (rf *relationFinder) bearing(k, end int) (y int, pred string, after int) {
	j := k
	if h := rf.settlementNounAt(j, end); h > j {
		j = h - 2 // "a small town in", "a largely rural district of": the noun at j+1
		// "a town of about 3,800 people": the size is no place
		if rf.is(j+2, wOf) && (rf.toks[j+3].kind == tNum || rf.in(j+3, distanceWords) && rf.toks[j+4].kind == tNum) {
			j += 3
			for j < end && (rf.toks[j].kind == tNum || rf.in(j, distanceWords) || rf.is(j, wPeople, wResidents, wInhabitants)) {
				j++
			}
			if !rf.is(j, wIn) {
				return rf.bearing(j, end) // "… about 35 miles north of Wichita"
			}
		}
		if !rf.is(j+2, wOf, wIn) && !rf.is(j, wIn) {
			return -1, "", 0
		}
		if rf.is(j, wIn) {
			j++
		} else {
			j += 3
		}
		if rf.is(j-1, wIn) && rf.in(j, inPlaceAdjectives) {
			j++ // "a town in northern Vermont"
		}
		pred = "locatedIn"
	} else {
		if h := rf.placeNounBefore(j, end); h > j {
			j = h // "a village north of Y", "a city some 35 miles north of Y"
		}
		for j < end && j < k+8 && !rf.in(j, directions) {
			// only a distance: "about 20 miles", "less than 9 miles (14 km)", "just"
			if !(rf.toks[j].kind == tNum || rf.punct(j, '(') || rf.punct(j, ')') || rf.in(j, distanceWords)) {
				return -1, "", 0
			}
			j++
		}
		if j >= end || !rf.in(j, directions) || (!rf.is(j+1, wOf) && !rf.is(j, wNear, wOutside)) {
			return -1, "", 0
		}
		j++
		if rf.is(j, wOf) {
			j++
		}
		pred = "locatedNear"
	}
	if rf.is(j, wThe) {
		j++
	}
	if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Place {
		return e, pred, rf.mentions[rf.entAt[j]].b
	}
	return -1, "", 0
}

// lyingClause reads "which|that lies|is|sits [located|situated]" from token k: the token
// after it, or k when the words are not there.
func (rf *relationFinder) lyingClause(k, end int) int {
	if k+2 >= end || !rf.is(k, wWhich, wThat) || !rf.is(k+1, wLies, wIs, wSits) {
		return k
	}
	if rf.is(k+2, wLocated, wSituated) {
		return k + 3
	}
	return k + 2
}

// placeNounBefore reads "a|an|the [up to three lower-case modifiers] NOUN" from token j
// when a distance or a direction follows the noun, NOUN one of apposedPlaceNouns or
// nearPlaceNouns: the token after the noun, or j when the words are not such a phrase
// ("Saqlawiya, a village north of Falluja", "Vallejo, a city some 35 miles north of San
// Francisco", "Camp Tariq, the rear army base south of Falluja"). The bearing that
// follows is read by bearing's caller as usual: locatedNear.
func (rf *relationFinder) placeNounBefore(j, end int) int {
	h := rf.placeNounAt(j, end, apposedPlaceNouns, nearPlaceNouns)
	if n := h + 1; h >= 0 && n < end && (rf.toks[n].kind == tNum || rf.in(n, distanceWords) || rf.in(n, directions)) {
		return n
	}
	return j
}

// placeNounAt returns the token of the noun of "a|an|the [up to three lower-case
// modifiers] NOUN" read from token j, NOUN in one of nouns, or -1 when the words are no
// such phrase (a capitalised word, a function word, a number or a verb of saying first).
// A people's or a creed's word may be a modifier: "a Shiite district of Baghdad".
func (rf *relationFinder) placeNounAt(j, end int, nouns ...*tokSet) int {
	if !rf.is(j, wA, wAn, wThe) {
		return -1
	}
	for h := j + 1; h < end && h <= j+4; h++ {
		t := &rf.toks[h]
		if t.kind == tWord && t.has(fCap) && ethnic.has(rf.tok(h)) {
			continue // a people's or a creed's word: "Sadr City, a Shiite district of Baghdad"
		}
		if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxNumWord|lxSpeech) != 0 {
			return -1
		}
		for _, set := range nouns {
			if rf.in(h, set) {
				return h
			}
		}
	}
	return -1
}

// nearPlaceNouns are the nouns, besides apposedPlaceNouns, that name a place set by a
// bearing after them: "a picturesque valley west of Havana", "the rear army base south of
// Falluja", "the Ghouta area east of Damascus".
var nearPlaceNouns = newTokSet(map[string]bool{"valley": true, "area": true, "base": true,
	"stronghold": true, "camp": true, "outpost": true, "settlement": true, "farm": true,
	"crossing": true, "airport": true, "airbase": true, "hub": true})

// apposedPlaceNouns are the nouns of "X, a [modifiers] NOUN in|of Y" that make place X a
// part of place Y: "Oakridge, a small town in Vermont", "Weldon, an unincorporated
// community in Kern County", "Naimiya, a largely rural district of Falluja".
var apposedPlaceNouns = newTokSet(map[string]bool{"suburb": true, "town": true, "city": true,
	"village": true, "district": true, "neighborhood": true, "neighbourhood": true,
	"community": true, "hamlet": true, "borough": true, "township": true, "municipality": true,
	"county": true, "enclave": true, "province": true, "region": true, "island": true,
	"port": true, "resort": true})

// inPlaceAdjectives are the words that may stand between "in" and the place a town lies
// in: "a town in northern Vermont", "a city in rural Iowa".
var inPlaceAdjectives = newTokSet(map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-central": true, "south-central": true,
	"east-central": true, "west-central": true, "rural": true, "upstate": true, "downstate": true,
	"coastal": true, "suburban": true})

// settlementNounAt reads "a|an|the [up to three lower-case modifiers] NOUN" from token j,
// NOUN one of apposedPlaceNouns: the noun's token plus one, or j when the words are not
// such a phrase ("a town", "a small farming town", "an unincorporated community"; not "a
// town hall", whose noun is no place, nor "the ruling party's stronghold").
func (rf *relationFinder) settlementNounAt(j, end int) int {
	if h := rf.placeNounAt(j, end, apposedPlaceNouns); h >= 0 && rf.is(h+1, wOf, wIn) {
		return h + 1
	}
	return j
}

// modifier reports whether the lower-case word at token k makes the name before it a
// modifier of a noun ("U.S. fighter jets", "Silicon Valley startups", "San Francisco
// federal court") rather than a name standing for itself.
func (d *doc) modifier(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tWord || d.toks[k].has(fCap) || d.toks[k].feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
		return false
	}
	w := d.low(k)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return englishWords.has(w) || englishWords.has(strings.TrimSuffix(w, "s")) || englishWords.has(strings.TrimSuffix(w, "es")) || englishWords.has(strings.TrimSuffix(w, "ion"))
}

// allEthnic reports whether every word of a name is a word of a people or a creed
// ("Shi'ite Muslim"), which names no one.
func allEthnic(name string) bool {
	for _, w := range strings.Fields(name) {
		if !ethnic.has(w) {
			return false
		}
	}
	return true
}

// establishmentWords name the place of a business after its name: "the Panera Bread
// restaurant in Abingdon", "a 7-Eleven convenience store", "VW's plant in Chattanooga".
var establishmentWords = map[string]bool{"restaurant": true, "store": true, "stores": true, "shop": true,
	"hotel": true, "plant": true, "factory": true, "factories": true, "office": true, "offices": true,
	"headquarters": true, "branch": true, "base": true, "station": true, "market": true, "mall": true,
	"campus": true, "facility": true, "warehouse": true, "outlet": true, "supermarket": true, "cafe": true,
	"convenience": true, "grocery": true, "coffee": true, "casino": true, "theater": true, "clinic": true}

// establishmentIn: "the Panera Bread in Abingdon", "an Office Depot in Redlands", "a
// 7-Eleven convenience store in Chino Hills", "the crowded Mredi market in the Shiite
// district of Sadr City": an establishment in a town (not "arrested by the FBI in Prague", "sued the Justice
// Department in San Francisco federal court").
func (rf *relationFinder) establishmentIn(si, e int, m *mention) {
	if rf.seatAddress(si, e, m) {
		return
	}
	if y, a := rf.townBeforeEstablishment(m); y >= 0 {
		rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(y), rf.span(a, m.b+1))
	}
	opened := rf.is(m.a-1, wA, wAn, wThe, wAt, wIts) || rf.is(m.b, wAposS, wRsquoS)
	townOnly := !opened && rf.establishmentOpener(m.a-1)
	if !opened && !townOnly || rf.is(m.a-2, wBy) || partyWords.has(rf.ents[e].name) {
		return
	}
	j := m.b
	if rf.is(j, wAposS, wRsquoS) {
		j++ // "VW's plant in Chattanooga"
	}
	for n := 0; n < 2 && j < len(rf.toks) && establishmentWords[rf.low(j)]; n++ {
		j++ // "restaurant", "convenience store"
	}
	if j == m.b+1 && rf.is(m.b, wAposS, wRsquoS) {
		return
	}
	if j > m.b && rf.is(m.a-1, wAn) {
		return // "an Acme store in Ostburg": a site of the body (bodySitesIn, sitesin.go)
	}
	if y, k := rf.placeAfterIn(j); y >= 0 && !((townOnly || j == m.b && rf.is(m.a-1, wA) && rf.regionWordAt(k-1)) && rf.largePlace(rf.entName(y))) {
		// "a" and a bare name in a region of a country or state may be anyone ("killed a
		// Navy SEAL in northern Iraq"): the region word then asks for a town or an
		// establishment word
		rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(y), rf.span(m.a, rf.mentions[rf.entAt[k]].b))
	}
}

// townBeforeEstablishment returns the town named right before a business's name that an
// establishment word follows: "inside the Abingdon, Md., Panera Bread store", "at the
// Dunmore Walmart store" → the town's entity and its first token, or -1. A state or country between (",
// Md.,") is skipped to the town; the phrase opens with "the", "a" or "at".
func (rf *relationFinder) townBeforeEstablishment(m *mention) (int, int) {
	if m.b >= len(rf.toks) || !establishmentWords[rf.low(m.b)] {
		return -1, 0
	}
	k := m.a - 1
	if rf.punct(k, ',') {
		k--
		if rf.tok(k) == "." {
			k-- // "Md.,"
		}
	}
	if k < 0 || rf.entityOf(k) < 0 || rf.ents[rf.entityOf(k)].typ != kg.Place {
		return -1, 0
	}
	pm := &rf.mentions[rf.entAt[k]]
	if pm.b < k+1 || pm.b > m.a || pm.demonym || pm.a >= m.a {
		return -1, 0
	}
	if rf.punct(m.a-1, ',') && rf.punct(pm.a-1, ',') {
		// "Abingdon, Md., Panera Bread": the town before the state
		t := pm.a - 2
		if t < 0 || rf.entityOf(t) < 0 || rf.ents[rf.entityOf(t)].typ != kg.Place {
			return -1, 0
		}
		pm = &rf.mentions[rf.entAt[t]]
		if pm.b != t+1 {
			return -1, 0
		}
	} else if rf.punct(m.a-1, ',') {
		return -1, 0 // "Maryland, Panera Bread …": a list, no phrase
	}
	if !rf.is(pm.a-1, wThe, wA, wAt) || rf.largePlace(rf.entName(pm.ent)) {
		return -1, 0
	}
	return pm.ent, pm.a
}

// establishmentOpener reports whether token k, right before a body's name, may open the
// name of an establishment in a town besides "a", "the", "at" and "its": "from" and "to"
// after no verb of speech ("a photo from Columbine High School in Littleton", "according
// to WSB-TV in Atlanta", "his commute to Comcast headquarters in Philadelphia"),
// and a lower-case modifier after "the" or "a" ("the other Planned Parenthood in
// Lincoln", "the annual National People's Congress in Beijing"). After these the place
// must be a town, no country, U.S. state or region: "hate speech from Facebook in
// Germany", "antipathy to Facebook in Germany" tell where the body works, not its seat.
func (rf *relationFinder) establishmentOpener(k int) bool {
	if k < 1 {
		return false
	}
	if rf.is(k, wFrom) || rf.is(k, wTo) && rf.toks[k-1].feat&lxSpeech == 0 && !rf.is(k-1, wSpoke, wSpeaking, wTalked, wTalking) {
		return true // not "spoke to Reuters in Baghdad"
	}
	if !rf.establishmentModifier(k) {
		return false
	}
	// "the Trump-owned Mar-a-Lago Club in Palm Beach", "the gay nightclub Pulse in Orlando":
	// a second lower-case modifier before the first
	return rf.is(k-1, wThe, wA, wAn) || k >= 2 && rf.establishmentModifier(k-1) && !rf.toks[k-1].has(fCap) && rf.is(k-2, wThe, wA, wAn)
}

// establishmentModifier reports whether token k is a lower-case word that may modify a
// business's name ("the other Acme in Lusk"), or a compound ending in a lower-case word
// ("the Vale-owned Acme Club", "the 200-acre Acme Ranch", "the so-called Acme Fire").
func (rf *relationFinder) establishmentModifier(k int) bool {
	t := &rf.toks[k]
	if t.kind != tWord || t.feat&(lxFunc|lxNumWord|lxSpeech|lxPronoun) != 0 {
		return false
	}
	if !t.has(fCap) {
		return true
	}
	w := rf.tok(k)
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// placeAfterIn reads "in PLACE" or "in the X of PLACE" at token j ("in Chattanooga", "in
// the Shiite district of Sadr City", "in the Denver suburb of Centennial"): the place's
// entity and its first token, or -1 when no town or region stands there (a demonym, or a
// modifier of a noun after it). A word for a part of the place may stand before it
// (regionWordAt): "the Lusk Wildlife Refuge in eastern Ostmark", "the Marlo Hotel in
// downtown Dayton".
func (rf *relationFinder) placeAfterIn(j int) (int, int) {
	if !rf.is(j, wIn) {
		return -1, j
	}
	j++
	if rf.regionWordAt(j) {
		j++
	} else if rf.is(j, wThe) {
		for k := j + 1; k < len(rf.toks) && k <= j+4; k++ {
			if rf.is(k, wOf) {
				j = k + 1
				break
			}
		}
	}
	y := rf.entityOf(j)
	if y < 0 || rf.ents[y].typ != kg.Place || rf.mentions[rf.entAt[j]].demonym || rf.modifier(rf.mentions[rf.entAt[j]].b) {
		return -1, j
	}
	return y, j
}

// regionWordAt reports whether token k is a lower-case word for a part of the place
// named right after it: "in eastern Ostmark", "in downtown Dayton", "in rural Lusk"
// (inPlaceAdjectives, and "downtown"). The place stays the one the phrase is in.
func (rf *relationFinder) regionWordAt(k int) bool {
	if k+1 >= len(rf.toks) || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) {
		return false
	}
	return rf.in(k, inPlaceAdjectives) || rf.is(k, wDowntown)
}

// placeNearPlace reads "X near [the] Y" between two places, X no country (its mention m,
// entity e): "in Kelvar near Dunmore in Northern Province", "Interstate 16 near
// Savannah" → locatedNear(X, Y). A country's border after its demonym or possessive
// ("Azaz near the Turkish border", "Kelvar near Ostmark's border") puts X near the
// country; any other possessive ("near Syria's capital": the place is the capital) or
// demonym says nothing, nor does X when it ends a bearing ("southwest of X near Y" tells
// where the place before the bearing is).
func (rf *relationFinder) placeNearPlace(si, e int, m *mention) {
	if rf.is(m.a-1, wOf) && rf.in(m.a-2, directions) {
		return // "Barber County, southwest of Wichita near the border": the county is near it
	}
	j := m.b + 1
	if rf.is(j, wThe) {
		j++
	}
	y := rf.entityOf(j)
	if y < 0 || y == e || rf.ents[y].typ != kg.Place || rf.mentions[rf.entAt[j]].a != j {
		return
	}
	ym := &rf.mentions[rf.entAt[j]]
	if b := ym.b; rf.is(b, wBorder) && ym.demonym || rf.is(b, wAposS, wRsquoS) && rf.is(b+1, wBorder) && !ym.demonym {
		// "Azaz near the Turkish border", "Kelvar near Ostmark's border": near that country
		if _, country := countryNames[rf.entName(y)]; country && rf.is(j-1, wThe) == ym.demonym {
			if !ym.demonym {
				b++
			}
			rf.addRelation(si, rf.entName(e), "locatedNear", rf.entName(y), rf.span(m.a, b+1))
		}
		return
	}
	if end := rf.mentions[rf.entAt[j]].b; rf.mentions[rf.entAt[j]].demonym || rf.is(end, wAposS, wRsquoS) || rf.modifier(end) {
		return // "near Syria's border", "near the Turkish border"
	}
	rf.addRelation(si, rf.entName(e), "locatedNear", rf.entName(y), rf.span(m.a, rf.mentions[rf.entAt[j]].b))
}

// seatAddress reads a body's seat given as a full address right after its name: "founder
// of Brightwell Capital in Dayton, Ohio", "Harlow Ventures in Boise, Idaho, which invests
// …", "X of Northfield University in Springfield, Illinois". A town paired with its state
// or country is an address, where "Acme in London" may tell of what the body does there;
// so only after "of" (a member's or founder's body), at a sentence's opening (a subject)
// or after a comma, never after a verb or "by" ("sued Acme in Dayton, Ohio",
// "arrested by the FBI in Prague, Czech Republic": where it happened). locatedIn the town
// and its state or country; reports whether it read one.
func (rf *relationFinder) seatAddress(si, e int, m *mention) bool {
	s := &rf.sents[si]
	if !rf.is(m.b, wIn) || partyWords.has(rf.ents[e].name) {
		return false
	}
	a := m.a
	if rf.is(a-1, wThe) {
		a--
	}
	staff := rf.staffOf(a-1, s.start)
	if a != s.start && !rf.is(a-1, wOf) && !rf.punct(a-1, ',') && !staff {
		return false
	}
	j := m.b + 1
	t := rf.entityOf(j)
	if t < 0 || rf.ents[t].typ != kg.Place || rf.mentions[rf.entAt[j]].a != j || rf.mentions[rf.entAt[j]].demonym {
		return false
	}
	if _, isCountry := countryNames[rf.entName(t)]; isCountry || usStates[rf.entName(t)] {
		return false
	}
	z, end := rf.pairedState(&rf.mentions[rf.entAt[j]], s.b)
	if z < 0 && staff && rf.staffSeat(e, t, &rf.mentions[rf.entAt[j]]) {
		rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(t), rf.span(m.a, rf.mentions[rf.entAt[j]].b))
		return true
	}
	if z < 0 || z == e {
		return false
	}
	rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(t), rf.span(m.a, rf.mentions[rf.entAt[j]].b))
	rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(z), rf.span(m.a, end))
	return true
}

// staffOf reports whether token k is the "of" or "at" that joins a person to the body
// they work for: after a role noun ("managing director of", "economist at") or a
// person's name ("Wes Cowan of"). Not "for" ("a spokesman for Acme in Springfield" may
// speak from an office there), nor a role held for a country ("the king of Ostmark in
// Ostburg": where the king was met).
func (rf *relationFinder) staffOf(k, start int) bool {
	if k-1 < start || !rf.is(k, wOf, wAt) {
		return false
	}
	if t := &rf.toks[k-1]; t.kind == tWord && t.feat&lxRole != 0 {
		return t.feat&lxNationalRole == 0
	}
	e := rf.entityOf(k - 1)
	return e >= 0 && rf.ents[e].typ == kg.Person && rf.mentions[rf.entAt[k-1]].b == k
}

// staffSeat reports whether "STAFF of ORG in TOWN" (town mention tm, entity t) puts the
// body e in the town: a town, not a country, state or region ("general manager for Uber
// in Sweden", "head of Monsanto in Latin America" tell of a branch), not a modifier of
// a noun after it ("in San Francisco federal court"), and a body the word lists do not
// know (their bodies have a seat elsewhere: "a reporter for Reuters in Baghdad").
func (rf *relationFinder) staffSeat(e, t int, tm *mention) bool {
	if rf.largePlace(rf.entName(t)) || rf.modifier(tm.b) || rf.owner(tm.b) || partyWords.has(rf.ents[e].name) {
		return false
	}
	if knownName(rf.entName(e)) || knownName(rf.ents[e].name) {
		return false
	}
	return true
}

// suburbOf: "Baghdad's western suburb of Abu Ghraib", "the Los Angeles suburb of Chino
// Hills": the suburb lies in the city named first. Not when the word lists know the town after
// "of" and not the place before the noun: that place is the part ("the Sadr City district
// of Baghdad", read by placeKindOf's partNamedFirst).
func (rf *relationFinder) suburbOf(si, city int, m *mention) {
	j := m.b
	if rf.is(j, wAposS, wRsquoS) {
		j++
	}
	if rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && !rf.is(j, wSuburb, wDistrict, wNeighborhood, wNeighbourhood) {
		j++ // "western"
	}
	if !rf.is(j, wSuburb, wSuburbs, wDistrict, wNeighborhood, wNeighbourhood) || !rf.is(j+1, wOf) {
		return
	}
	if rf.is(j, wNeighborhood, wNeighbourhood) && !knownName(rf.entName(city)) {
		return // "the Manchester Square neighborhood of South Los Angeles": the neighborhood is named first
	}
	x := rf.entityOf(j + 2)
	if x >= 0 && !rf.is(m.b, wAposS, wRsquoS) && !knownName(rf.entName(city)) && knownName(rf.entName(x)) {
		return // "the Sadr City district of Baghdad": the known town after "of" holds the part
	}
	if x >= 0 && x != city && rf.ents[x].typ != kg.Person {
		rf.addRelation(si, rf.entName(x), "locatedIn", rf.entName(city), rf.span(m.a, rf.mentions[rf.entAt[j+2]].b))
	}
}

// asRole: "said it hired … Glenn Schiffman as its Chief Financial Officer", "named Dana
// Ruiz as Acme's chief executive": the role a person is hired or named to.
func (rf *relationFinder) asRole(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || !rf.is(m.b, wAs) {
		return
	}
	ra := m.b + 1
	owner := ""
	switch {
	case rf.is(ra, wIts, wTheir):
		ra++
	case rf.entityOf(ra) >= 0 && rf.is(rf.mentions[rf.entAt[ra]].b, wAposS, wRsquoS):
		owner = rf.entName(rf.entityOf(ra))
		ra = rf.mentions[rf.entAt[ra]].b + 1
	default:
		return
	}
	role, _, rb := firstRole(rf.doc, ra, min(len(rf.toks), ra+maxRoleLen))
	if role == "" || rb <= ra || !rf.isRoleStart(ra) {
		return
	}
	if owner == "" {
		owner = rf.ownerWord(ra, m.a)
	}
	if pred := rolePredicate(role); pred != "" && owner != "" {
		rf.addRelation(m.sent, rf.entName(m.ent), pred, owner, rf.span(m.a, rb))
	}
}

// isRoleStart reports whether the role found from token ra starts there.
func (rf *relationFinder) isRoleStart(ra int) bool {
	for l := maxRoleLen; l >= 1; l-- {
		if ra+l <= len(rf.toks) && lowerKeyIn(roleNouns, rf.span(ra, ra+l)) {
			return true
		}
	}
	return false
}

// bodyKindRun returns the token after a run of one to three lower-case words that opens at
// token k and ends in a body's kind (bodyKinds: "ship broker", "executive search firm"),
// when a capitalised word follows it before end; else k.
func (rf *relationFinder) bodyKindRun(k, end int) int {
	j := k
	for j < end && j-k < 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0 {
		j++
	}
	if j == k || j >= end || !bodyKinds[rf.low(j-1)] || !rf.toks[j].has(fCap) {
		return k
	}
	return j
}
