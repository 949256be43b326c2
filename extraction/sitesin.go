package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A body's site named by a noun next to its name. "a Norvale Health hospital in Dunmore",
// "the Acme forecast office in Lusk", "an Acme store in Ostburg", "Halvex headquarters in
// Carvell": the body's name modifies a noun for a site, and "in" and a town follow →
// hasFacilityIn(body, town). "the Dunmore office of Acme", "the Lusk chapter of the
// Norvale Union": the place before the noun and the body after "of" say the same. A noun
// of presence rather than a site (a mission, an affiliate, a chapter, a branch) gives
// operatesIn, as possessiveSites does for "Acme's Yemen branch". The name before the
// noun is a body's own (no possessive: "Acme's plant in Lusk" is establishmentIn's), up
// to two lower-case modifiers stand between ("an Acme biodefense lab", "the Acme
// oil-processing platform"), and no other rule may have related the body and the place
// already (establishmentIn's "the Panera Bread restaurant in Abingdon": locatedIn).

// bodySiteNouns are the nouns of a body's site after its name or after "the PLACE".
var bodySiteNouns = newTokSet(map[string]bool{"headquarters": true, "plant": true,
	"plants": true, "factory": true, "factories": true, "office": true, "offices": true,
	"facility": true, "facilities": true, "lab": true, "labs": true, "laboratory": true,
	"hospital": true, "clinic": true, "station": true, "base": true, "hub": true,
	"campus": true, "store": true, "stores": true, "shop": true, "showroom": true,
	"dealership": true, "warehouse": true, "refinery": true, "mine": true, "mill": true,
	"studio": true, "studios": true, "school": true, "schools": true, "hotel": true,
	"embassy": true, "consulate": true, "depot": true, "terminal": true, "platform": true,
	"radio": true, "bureau": true})

// bodyPresenceNouns are the nouns of a body's presence in a place without a site of its
// own: operatesIn.
var bodyPresenceNouns = newTokSet(map[string]bool{"mission": true, "affiliate": true,
	"division": true, "branch": true, "chapter": true, "unit": true, "subsidiary": true,
	"arm": true})

// bodySitesIn reads "BODY [modifiers] NOUN in PLACE" in sentence si.
func (rf *relationFinder) bodySitesIn(si int) {
	s := &rf.sents[si]
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.sent != si || m.ent < 0 || m.demonym || rf.ents[m.ent].typ != kg.Organization || m.b >= s.b {
			continue
		}
		j := m.b
		for n := 0; n < 2 && j < s.b && !rf.in(j, bodySiteNouns) && !rf.in(j, bodyPresenceNouns) && rf.siteModifierWord(j); n++ {
			j++
		}
		pred := "hasFacilityIn"
		if rf.in(j, bodyPresenceNouns) {
			pred = "operatesIn"
		} else if !rf.in(j, bodySiteNouns) {
			continue
		}
		y, k := rf.placeAfterSite(j + 1)
		if y < 0 || y == m.ent || rf.mentions[rf.entAt[k]].a != k || rf.relatedPair(m.ent, y) {
			continue
		}
		rf.addRelation(si, rf.entName(m.ent), pred, rf.entName(y), rf.span(m.a, rf.mentions[rf.entAt[k]].b))
	}
}

// placeSitesOf reads "the PLACE [modifier] NOUN of [the] BODY" in sentence si: "the
// Dunmore office of Acme", "the Lusk law offices of Halvex", "the Ohio chapter of the
// Norvale Union". A demonym stands for its country before a site ("the German
// headquarters of Acme"), never before a noun of presence ("the British arm of Acme" may
// be of British people).
func (rf *relationFinder) placeSitesOf(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wThe) {
		return // the loop acts only at a "the"
	}
	for k := s.start; k+3 < s.b; k++ {
		if !rf.is(k, wThe) || rf.entAt[k+1] < 0 {
			continue
		}
		pm := &rf.mentions[rf.entAt[k+1]]
		if pm.a != k+1 || pm.ent < 0 || rf.ents[pm.ent].typ != kg.Place || pm.b >= s.b || rf.possessive(pm.b) {
			continue
		}
		j := pm.b
		if !rf.in(j, bodySiteNouns) && !rf.in(j, bodyPresenceNouns) && rf.siteModifierWord(j) {
			j++ // "the Washington law offices of"
		}
		pred := "hasFacilityIn"
		if rf.in(j, bodyPresenceNouns) {
			if pm.demonym {
				continue
			}
			pred = "operatesIn"
		} else if !rf.in(j, bodySiteNouns) {
			continue
		}
		if !rf.is(j+1, wOf) {
			continue
		}
		o := j + 2
		if rf.is(o, wThe) {
			o++
		}
		if o >= s.b || rf.entAt[o] < 0 {
			continue
		}
		om := &rf.mentions[rf.entAt[o]]
		if om.a != o || om.ent < 0 || om.demonym || rf.ents[om.ent].typ != kg.Organization || om.ent == pm.ent || rf.relatedPair(om.ent, pm.ent) {
			continue
		}
		rf.addRelation(si, rf.entName(om.ent), pred, rf.entName(pm.ent), rf.span(pm.a, om.b))
	}
}

// siteModifierWord reports whether token k may modify a site's noun between a body's name
// or a place and the noun: a lower-case word that is no function word, number, pronoun
// or verb of speech, nor a verb's -ing or -ed form unless a hyphen joins it ("forecast",
// "biodefense", "law", "oil-processing"; not "reports detailing operations").
func (rf *relationFinder) siteModifierWord(k int) bool {
	t := &rf.toks[k]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxNumWord|lxSpeech|lxPronoun) != 0 || rf.entAt[k] >= 0 {
		return false
	}
	w := rf.low(k)
	if !strings.Contains(w, "-") && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	return true
}

// relatedPair reports whether a relation already joins entities a and b, either way.
func (rf *relationFinder) relatedPair(a, b int) bool {
	return rf.relatedNames(rf.entName(a), rf.entName(b))
}

// relatedNames reports whether a relation already joins the entities named x and y,
// either way.
func (rf *relationFinder) relatedNames(x, y string) bool {
	for _, r := range rf.rels {
		if r.Subject == x && r.Object == y || r.Subject == y && r.Object == x {
			return true
		}
	}
	return false
}

// placeAfterSite reads "in [the] PLACE" at token j as placeAfterIn does, and first a
// place whose own name opens after "the" ("in the Gulf of Mexico", "in the Bronx"): its
// entity and first token, or -1.
func (rf *relationFinder) placeAfterSite(j int) (int, int) {
	if k := j + 2; rf.is(j, wIn) && rf.is(j+1, wThe) && k < len(rf.toks) && rf.entAt[k] >= 0 {
		pm := &rf.mentions[rf.entAt[k]]
		if y := pm.ent; pm.a == k && y >= 0 && rf.ents[y].typ == kg.Place && !pm.demonym && !rf.modifier(pm.b) {
			return y, k
		}
	}
	return rf.placeAfterIn(j)
}

// Sites of a body named by "its" or "the company's": "Blackbird builds each boat at its
// San Francisco factory", "Nestle, which has its headquarters in Switzerland", "an
// interview at the company's headquarters in Munich" → hasFacilityIn(body, place), or
// operatesIn for a noun of presence ("its European operations" is a demonym: nothing).
// "its" stands for the one organization named before it in its own sentence, outside a
// quotation, when no person, group or other organization is named there too (not "Acme
// sued Brightwell over its plant in Lusk", where "its" may be either's); "the company's"
// and "the firm's" for the business salientCompany finds ("" when the sentence names a
// body before: "the meeting at the Acme Arena, 30 miles from the company's headquarters
// in Lusk" gives nothing). The possessive is followed by "[modifier] PLACE NOUN" or "[modifiers] NOUN
// in PLACE", as after a body's own possessive (possessiveSites, establishmentIn).

// ownedSitesIn reads the "its|the company's … NOUN" sites of sentence si.
func (rf *relationFinder) ownedSitesIn(si int) {
	if !rf.sentHas(si, wIts, wCompany, wFirm) {
		return // sentindex.go: no owner word
	}
	s := &rf.sents[si]
	for k := s.start; k+2 < s.b; k++ {
		if rf.quoteOf[k] != 0 {
			continue
		}
		var owner string
		j := k + 1
		switch {
		case rf.is(k, wIts):
			if o := rf.itsOwnerBefore(k, s.start); o >= 0 {
				owner = rf.entName(o)
			}
		case rf.is(k, wThe) && (rf.is(k+1, wCompany) || rf.is(k+1, wFirm)) && rf.owner(k+2):
			owner = rf.salientCompany(k, rf.low(k+1))
			j = k + 3
		}
		if owner == "" {
			continue
		}
		if y, a, b, pred := rf.siteAfterOwner(j, s.b); y >= 0 && rf.ents[y].typ == kg.Place && rf.entName(y) != owner {
			if rf.relatedNames(owner, rf.entName(y)) {
				continue
			}
			rf.addRelation(si, owner, pred, rf.entName(y), rf.span(min(k, a), b))
		}
	}
}

// itsOwnerBefore returns the organization "its" at token k stands for: the one entity
// named before k in the sentence (from start), outside a quotation, places aside, when
// it is an organization; -1 when none is, or two are ("Acme sued Brightwell over its
// plant in Lusk": either's).
func (rf *relationFinder) itsOwnerBefore(k, start int) int {
	owner := -1
	for i := start; i < k; i++ {
		if rf.quoteOf[i] != 0 || rf.entAt[i] < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[i]]
		if m.ent < 0 || m.demonym || m.ent == owner || rf.ents[m.ent].typ == kg.Place {
			continue // "Acme, which moved to Ohio, closed its plant in …"
		}
		if owner >= 0 || rf.ents[m.ent].typ != kg.Organization {
			return -1
		}
		owner = m.ent
	}
	return owner
}

// siteAfterOwner reads, from token j right after a possessive, "[modifier] PLACE NOUN"
// or "[up to two modifiers] NOUN in [the] PLACE", NOUN one of bodySiteNouns (a site:
// hasFacilityIn) or bodyPresenceNouns (operatesIn, never after a demonym): the place,
// the span's first token and end, and the predicate; y is -1 when the words are neither.
func (rf *relationFinder) siteAfterOwner(j, end int) (y, a, b int, pred string) {
	nounPred := func(k int) string {
		switch {
		case k >= end:
			return ""
		case rf.in(k, bodySiteNouns):
			return "hasFacilityIn"
		case rf.in(k, bodyPresenceNouns):
			return "operatesIn"
		}
		return ""
	}
	// "its San Francisco factory", "its new Lusk plant"
	p := j
	if p < end && rf.entAt[p] < 0 && rf.siteModifierWord(p) {
		p++
	}
	if p < end && rf.entAt[p] >= 0 {
		pm := &rf.mentions[rf.entAt[p]]
		if pm.a == p && pm.ent >= 0 && rf.ents[pm.ent].typ == kg.Place {
			if pr := nounPred(pm.b); pr != "" && !(pm.demonym && pr == "operatesIn") {
				return pm.ent, j, pm.b + 1, pr
			}
		}
		return -1, 0, 0, ""
	}
	// "its headquarters in Switzerland", "its main assembly plant in Fremont"
	k := j
	for n := 0; n < 2 && k < end && nounPred(k) == "" && rf.siteModifierWord(k); n++ {
		k++
	}
	pr := nounPred(k)
	if pr == "" {
		return -1, 0, 0, ""
	}
	y, t := rf.placeAfterSite(k + 1)
	if y < 0 || rf.mentions[rf.entAt[t]].a != t {
		return -1, 0, 0, ""
	}
	return y, j, rf.mentions[rf.entAt[t]].b, pr
}
