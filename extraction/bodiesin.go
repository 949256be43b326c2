package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A body's name with "in PLACE" after it, inside a noun phrase that a preposition or a
// kind opens, where nothing else relates the two: "a reporter for the Courier Group in
// Dayton", "the general manager for Acme in Norland", "the war against Islamic State in
// Syria", "a photo from Westfield High School in Dunmore", "the cable station KXYZ in
// Dayton"; after the body's possessive, a noun of its presence: "Google's business in
// the UK", "the Post's bureau chief in Tokyo"; right after its name, one or two words
// that end in such a noun or in a word for its people ("Qualcomm officials in Beijing",
// "Uber drivers in California", "Islamic State militants in Syria"; namedPresenceIn), a
// phrase no opener need precede. The place is where the body works
// (operatesIn), not its seat: "a spokesman
// for Acme in Springfield" may speak for a branch, so locatedIn stays with the rules
// that say more (establishmentIn and seatAddress in ties.go, "the Panera Bread in
// Abingdon", "Acme in Dayton, Ohio"; institutions.go, "Mercy Hospital in Dayton"). Not
// a body that holds a nation's office in the article ("the king of Ostmark in Ostburg":
// where the king was).
//
// Not after a verb ("sued Acme in Dayton", "told Reuters in Cairo": where it happened),
// nor a news outlet after "to", "with" or "by" ("an interview with Reuters in Cairo",
// "(Reporting by Reuters in Cairo)": where its reporter was), nor a place a court or a
// case follows ("sued the Justice Department in San Francisco federal court"), nor a
// party ("Republicans in Ohio": its members), nor a body whose name is an English word
// ("Control in Brooklyn", "Lawmakers in Ohio"), nor a name after a capitalized word and
// "of" or "for" that kg did not read as a name ("Moms Demand Action for Gun Sense in
// America").

// bodyInOpeners are the words that may stand right before a body's name (or its "the")
// when "in PLACE" after the name tells where the body is.
var bodyInOpeners = newTokSet(map[string]bool{"of": true, "for": true, "at": true, "with": true,
	"against": true, "from": true, "by": true, "including": true, "like": true})

// bodiesInPlaces reads the shape above in every prose sentence; it runs after every other
// rule, so that a pair something else relates is left alone.
func (rf *relationFinder) bodiesInPlaces() {
	// the pairs related before this rule, read at the first candidate (rf.rels grows only
	// after it): most articles have none, and the map costs one entry a relation
	var related map[[2]string]bool
	nation := map[string]bool{} // a body that holds a nation's office: "the king of Ostmark"
	for _, r := range rf.rels {
		if nationalRolePredicates[r.Predicate] && r.Predicate != "presidentOf" && r.Predicate != "vicePresidentOf" || strings.HasSuffix(r.Predicate, "MinisterOf") {
			nation[r.Object] = true
		}
	}
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent < 0 || m.demonym || m.sent == rf.headline || rf.sents[m.sent].kind != sProse || rf.ents[m.ent].typ != kg.Organization || rf.quoteOf[m.a] != 0 {
			continue
		}
		if e := rf.entityOf(m.a - 1); e >= 0 && rf.ents[e].typ == kg.Organization {
			continue // the last word of a longer name
		}
		in := m.b
		if rf.owner(m.b) {
			in = rf.presenceIn(m.b + 1) // "Google's business in the UK"
		} else if in = rf.namedPresenceIn(m.b); in > m.b && nationWordName(rf.ents[m.ent].name) {
			continue // "Kurdish-led fighters", "Saudi Arabian officials": a nation's word typed as a body
		}
		if !rf.is(in, wIn) {
			continue
		}
		y, j := rf.placeAfterIn(in)
		if y < 0 || rf.ents[y].typ != kg.Place {
			continue
		}
		s := &rf.sents[m.sent]
		end := rf.mentions[rf.entAt[j]].b
		if in == m.b && !rf.bodyInOpening(m, s.start) || rf.courtAfter(end, s.b) {
			continue
		}
		name := rf.ents[m.ent].name
		if partyWords.has(name) || commonWordName(name) || len(name) < 3 {
			continue
		}
		body, place := rf.entName(m.ent), rf.entName(y)
		if related == nil {
			related = rf.relatedPairs()
		}
		if body == place || related[[2]string{body, place}] || nation[body] {
			continue
		}
		rf.addRelation(m.sent, body, "operatesIn", place, rf.span(m.a, end))
		related[[2]string{body, place}] = true
		related[[2]string{place, body}] = true
		// "against Islamic State in Syria and Iraq": the place after "and" too
		if z := rf.entityOf(end + 1); rf.is(end, wAnd) && z >= 0 && z != m.ent && rf.ents[z].typ == kg.Place {
			zm := &rf.mentions[rf.entAt[end+1]]
			if zn := rf.entName(z); zm.a == end+1 && !zm.demonym && !rf.modifier(zm.b) && !rf.owner(zm.b) && !related[[2]string{body, zn}] {
				rf.addRelation(m.sent, body, "operatesIn", zn, rf.span(m.a, zm.b))
			}
		}
	}
}

// bodyInOpening reports whether the body's mention m opens a noun phrase after one of
// bodyInOpeners, a comma or the sentence's start (a "the" between), or after a kind ("the
// cable station KXYZ", "auction house Spink"); a news outlet only after "of", "for" or "at"
// or a kind.
func (rf *relationFinder) bodyInOpening(m *mention, start int) bool {
	k := m.a - 1
	if rf.is(k, wThe) {
		k--
	}
	if k < start {
		return true
	}
	if rf.punct(k, ',') {
		return !rf.outlet(m.ent)
	}
	if rf.is(k, wOf, wFor, wAt) {
		// not inside a longer name kg did not read whole: "Moms Demand Action for Gun Sense
		// in America", "Secretary of Environmental Protection in California"
		if k-1 < start || !rf.toks[k-1].has(fCap) {
			return true
		}
		o := rf.entityOf(k - 1)
		return o >= 0 && rf.ents[o].typ != kg.Organization && !rf.is(k, wFor)
	}
	if rf.in(k, bodyInOpeners) {
		return !rf.outlet(m.ent)
	}
	return rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && (bodyKind(rf.low(k)) || outletKinds[rf.low(k)] != "")
}

// courtAfter reports whether a court or a case follows the place that ends at token b,
// within three words: "in San Francisco federal court", "in the Acme case".
func (rf *relationFinder) courtAfter(b, end int) bool {
	for k := b; k < end && k < b+3; k++ {
		if rf.is(k, wCourt, wCase) {
			return true
		}
	}
	return false
}

// commonWordName reports whether a body's name is one word that the word lists know as a
// common word, or the plural of one: "Control", "Lawmakers", "Investors".
func commonWordName(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	low := lowerASCII(name)
	one := strings.TrimSuffix(low, "s")
	return commonOrLess(low) || commonOrLess(one)
}

// presenceNouns name what a body has or does in a place after its possessive: "Google's
// business in the UK", "the Post's bureau chief in Tokyo", "Islamic State's territory in
// Iraq", "Hezbollah's military operations in Syria".
var presenceNouns = newTokSet(map[string]bool{"business": true, "businesses": true, "operations": true,
	"operation": true, "office": true, "offices": true, "bureau": true, "unit": true, "units": true,
	"subsidiary": true, "branch": true, "branches": true, "bookstore": true, "store": true, "stores": true,
	"center": true, "centre": true, "territory": true, "stronghold": true, "strongholds": true, "capital": true,
	"presence": true, "employees": true, "staff": true, "workers": true, "chief": true, "director": true,
	"manager": true, "representative": true, "dealings": true, "deals": true, "investments": true,
	"network": true, "schools": true, "school": true, "franchise": true, "arm": true, "division": true,
	"fighters": true, "forces": true, "troops": true, "sales": true, "market": true})

// presencePeople name a body's people where it works, right after its name: "Qualcomm
// officials in Beijing", "Uber drivers in California", "Islamic State militants in Syria".
// Not a spokesman: "a Quillon Systems spokesman in Carvell" says where he speaks
// (rel80_test.go).
var presencePeople = newTokSet(map[string]bool{"officials": true, "official": true, "militants": true,
	"drivers": true, "members": true, "leader": true, "leaders": true, "leadership": true})

// namedPresenceIn returns the token after one or two lower-case words right after a body's
// name (token k) that end in one of presenceNouns or presencePeople ("Qualcomm officials",
// "Uber car service", "Islamic State militants"), or k when there are none. No word in -ed:
// "Acme expanded operations in Ohio" is a clause, read elsewhere.
func (rf *relationFinder) namedPresenceIn(k int) int {
	j := k
	for j < len(rf.toks) && j-k < 2 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech|lxPronoun) == 0 && !strings.HasSuffix(rf.low(j), "ed") {
		j++
	}
	for ; j > k; j-- {
		if rf.in(j-1, presenceNouns) || rf.in(j-1, presencePeople) {
			return j
		}
	}
	return k
}

// nationWordName reports whether a body's name is a demonym ("Arabian", "Serb") or holds a
// lower-case compound ("Kurdish-led"): a word for a nation's people or its side that the
// name finder took for a body.
func nationWordName(name string) bool {
	for _, w := range strings.Fields(name) {
		if demonymOf[w] != "" || lowerCompound(w) {
			return true
		}
	}
	return false
}

// presenceIn returns the token after the run of one to three lower-case words from token
// k (after a body's possessive) that ends in one of presenceNouns ("business", "military
// operations", "de facto capital", "human resources director"), or k when there is none.
func (rf *relationFinder) presenceIn(k int) int {
	j := k
	for j < len(rf.toks) && j-k < 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech|lxPronoun) == 0 {
		j++
	}
	if j == k || !rf.in(j-1, presenceNouns) {
		return k
	}
	return j
}

// relatedPairs returns the pairs of names the relations found so far relate, each both
// ways: the late readers (bodiesInPlaces, frontedBodies) leave such a pair alone.
func (rf *relationFinder) relatedPairs() map[[2]string]bool {
	related := make(map[[2]string]bool, 2*len(rf.rels))
	for _, r := range rf.rels {
		related[[2]string{r.Subject, r.Object}] = true
		related[[2]string{r.Object, r.Subject}] = true
	}
	return related
}
