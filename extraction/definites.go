package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Definite descriptions by kind: "the region", "the country", "the lender", "the
// agency", "the lower house", "the officer" stand for the nearest name before them in
// the article that the kind fits — a country for "the country", a region for "the
// region", a body whose name holds the kind for "the department", an organization the
// article called a lender (or whose name says it) for "the lender", a person with a
// police role for "the officer" — looking back over the description's own sentence and
// the three before it. Two names that fit in the same nearest sentence, or none, leave
// the description alone: it stands for no name. A description of a person the article
// names only later binds forward to the name a sentence gives it with "identified as" or
// "named as" ("The officer was identified by police as D.C. Twiddy"). The description's
// other words must each be idle ("former", "southern"), a place the name lies in or
// belongs to ("the Taiwanese firm"), or said of the name where the article names it
// (orgModifiersFit). The relations stage asks for them through kindBefore and kindAfter
// (descriptions.go), possessive owners and role objects.

// kindSort says what a kind noun needs of a name.
type kindSort byte

const (
	sortCountry  kindSort = iota + 1 // a country
	sortRegion                       // a region (regionName) or continent
	sortState                        // a U.S. state
	sortTown                         // a place that is no country, region or state
	sortBusiness                     // an organization that is no public body
	sortMaker                        // a business named by what it makes: "the iPhone maker", "the software maker", "the search giant"
	sortBody                         // an organization whose name holds one of the kind's words
	sortCalled                       // an organization the article calls by the kind, or whose name holds one of its words
	sortOfficer                      // a person with a police role
)

// definiteKind maps a kind noun to what it needs, and for bodies and kinds that must be
// called so, the words of a name that fit it besides the kind noun itself.
var definiteKind = map[string]struct {
	sort  kindSort
	words []string
}{
	"country": {sortCountry, nil}, "nation": {sortCountry, nil}, "kingdom": {sortCountry, nil},
	"region": {sortRegion, nil}, "continent": {sortRegion, nil},
	"state": {sortState, nil},
	"city":  {sortTown, nil}, "town": {sortTown, nil}, "village": {sortTown, nil},
	"company": {sortBusiness, nil}, "firm": {sortBusiness, nil},
	"maker": {sortMaker, nil}, "manufacturer": {sortMaker, nil},
	"giant":     {sortMaker, nil}, // "the tech giant", never bare "the giant" (definite)
	"upstart":   {sortMaker, nil}, // "the ride service upstart", never bare
	"lender":    {sortCalled, []string{"Bank", "Bancorp", "Banco", "Banca", "Credit", "Financial"}},
	"bank":      {sortCalled, []string{"Bank", "Bancorp", "Banco", "Banca"}},
	"retailer":  {sortCalled, []string{"Stores", "Mart", "Wal-Mart", "Walmart"}},
	"insurer":   {sortCalled, []string{"Insurance", "Assurance", "Assicurazioni"}},
	"airline":   {sortCalled, []string{"Airlines", "Airways", "Air"}},
	"carrier":   {sortCalled, []string{"Airlines", "Airways"}},
	"automaker": {sortCalled, []string{"Motor", "Motors", "Automobiles"}},
	"carmaker":  {sortCalled, []string{"Motor", "Motors", "Automobiles"}},
	"website":   {sortCalled, nil}, "site": {sortCalled, nil}, "network": {sortCalled, nil},
	"magazine": {sortCalled, nil}, "newspaper": {sortCalled, nil}, "paper": {sortCalled, nil},
	"channel": {sortCalled, nil}, "broadcaster": {sortCalled, nil}, "league": {sortCalled, nil},
	"union": {sortCalled, nil}, "team": {sortCalled, nil}, "club": {sortCalled, nil},
	"party": {sortCalled, nil}, "startup": {sortCalled, nil}, "start-up": {sortCalled, nil},
	"conglomerate": {sortCalled, nil}, "regulator": {sortCalled, nil}, "watchdog": {sortCalled, nil},
	"chipmaker": {sortCalled, nil}, "brokerage": {sortCalled, nil}, "utility": {sortCalled, nil},
	"agency":      {sortBody, []string{"Agency", "Bureau", "Administration", "Service", "Office"}},
	"bureau":      {sortBody, []string{"Bureau"}},
	"department":  {sortBody, []string{"Department"}},
	"ministry":    {sortBody, []string{"Ministry"}},
	"commission":  {sortBody, []string{"Commission"}},
	"council":     {sortBody, []string{"Council"}},
	"committee":   {sortBody, []string{"Committee"}},
	"board":       {sortBody, []string{"Board"}},
	"court":       {sortBody, []string{"Court"}},
	"hospital":    {sortBody, []string{"Hospital", "Medical Center", "Clinic"}},
	"university":  {sortBody, []string{"University"}},
	"institute":   {sortBody, []string{"Institute", "Institution"}},
	"museum":      {sortBody, []string{"Museum"}},
	"foundation":  {sortBody, []string{"Foundation"}},
	"fund":        {sortBody, []string{"Fund"}},
	"center":      {sortBody, []string{"Center", "Centre"}},
	"office":      {sortBody, []string{"Office"}},
	"church":      {sortBody, []string{"Church"}},
	"school":      {sortBody, []string{"School"}},
	"house":       {sortBody, []string{"House of", "Chamber", "Assembly"}},
	"chamber":     {sortBody, []string{"Chamber", "House of"}},
	"parliament":  {sortBody, []string{"Parliament", "Assembly", "Duma", "Knesset", "Bundestag"}},
	"legislature": {sortBody, []string{"Legislature", "Assembly", "Parliament", "Congress"}},
	"group":       {sortCalled, nil},
	"officer":     {sortOfficer, nil},
}

// idleKindWords are the words before a kind noun that say nothing of which name it is:
// "the southern state", "the tiny nation", "the lower house", "the slain officer".
var idleKindWords = newTokSet(map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "small": true, "tiny": true, "large": true,
	"big": true, "lower": true, "upper": true, "slain": true, "wounded": true, "injured": true,
	"embattled": true, "troubled": true, "struggling": true, "ailing": true, "rookie": true,
	"veteran": true, "same": true, "whole": true, "entire": true, "global": true,
	"national": true, "federal": true, "local": true, "island": true, "oil-rich": true,
	"communist": true, "impoverished": true, "landlocked": true})

// definite reads tokens a..b-1 as "the [modifiers] KIND" and returns the name it stands
// for, or "". An object of a verb (object) stands for no name of its own clause before
// it, wherever else that name stands: "The DOJ plans to sue the company" does not sue
// the DOJ; but "Qlik's shares have risen since Elliott urged the company" urges Qlik.
func (rd *reader) definite(a, b int, object bool) string {
	if b-a < 2 || b-a > 5 || !rd.is(a, wThe) {
		return ""
	}
	kind, ok := definiteKind[rd.low(b-1)]
	if !ok || rd.toks[b-1].has(fCap) || rd.is(b, wOf) && rd.entityOf(b+1) >= 0 {
		return "" // "the city of Homs" names its town
	}
	if b-a == 2 && rd.is(b-1, wGiant, wUpstart) {
		return "" // a bare "the giant" says no business: "the search giant" does
	}
	for k := a + 1; k < b; k++ {
		if t := &rd.toks[k]; t.kind != tWord || rd.quoteOf[k] != 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rd.owner(k) {
			return ""
		}
	}
	for k := a + 1; k < b-1 && kind.sort != sortMaker; k++ { // "the Qube maker" is not Qube
		if mi := rd.entAt[k]; mi >= 0 && rd.mentions[mi].ent >= 0 && rd.kindFits(&rd.mentions[mi], rd.low(b-1)) {
			return rd.entName(rd.mentions[mi].ent) // "the Islamic State group" names itself
		}
	}
	if kind.sort == sortOfficer {
		if p := rd.identifiedAs(rd.low(b-1), b); p != "" {
			return p
		}
	}
	if b-a == 2 && kind.sort == sortBusiness {
		if name := rd.salientCompany(a, rd.low(b-1)); name != "" && !(object && rd.namedInClause(name, a)) {
			return name // "the company" is the story's company: salience.go
		}
	}
	if name := rd.nearestFit(a+1, b-1, rd.low(b-1), a, object); name != "" || kind.sort != sortBody {
		return name
	}
	return rd.onlyBodyFit(a+1, b-1, rd.low(b-1), a, object)
}

// onlyBodyFit returns the body a description of a body's kind ("the committee", "the
// study committee", "the museum", "the Saudi fund") stands for when no name fits it in
// the sentences nearestFit reads: the one organization named anywhere before token at
// (outside quotations; for an object, before its clause) whose name holds the kind's
// word and of which each modifier ma..mb-1 is said (kindFits, definiteModifiersFit), as
// "Bill Flores, chairman of the study committee" is the Republican Study Committee the
// article named six sentences before. Two such bodies, or an indefinite one of the kind
// brought in after the name ("a committee of experts … the committee"), leave it "";
// so does a one-word name, which is the kind's own word cut from a longer name ("Board").
func (rd *reader) onlyBodyFit(ma, mb int, kind string, at int, object bool) string {
	si := rd.sentOf(at)
	if si >= len(rd.sents) {
		return ""
	}
	clause := at
	if object {
		clause = rd.clauseStart(at, rd.sents[si].start)
	}
	fit := -1
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.ent == fit || m.a >= clause || m.b > at || rd.quoteOf[m.a] != 0 || !rd.kindFits(m, kind) || !rd.definiteModifiersFit(ma, mb, m.ent) {
			continue
		}
		if !strings.Contains(rd.ents[m.ent].name, " ") {
			continue // a lone word ("Board") is the kind itself, cut from a longer name: no body to stand for
		}
		if fit >= 0 {
			return "" // two bodies of the kind
		}
		fit = m.ent
	}
	if fit < 0 || rd.newReferentBetween(kind, rd.mentions[rd.lastMentionOf(fit, at)].b, at) {
		return ""
	}
	return rd.entName(fit)
}

// namedInClause reports whether the clause of an object at token at names name before
// it ("Apple sued the company" does not sue Apple).
func (rd *reader) namedInClause(name string, at int) bool {
	si := rd.sentOf(at)
	if si >= len(rd.sents) {
		return false
	}
	for k := rd.clauseStart(at, rd.sents[si].start); k < at; k++ {
		if e := rd.entityOf(k); e >= 0 && rd.entName(e) == name {
			return true
		}
	}
	return false
}

// nearestFit returns the entity the kind at token mb with modifiers ma..mb-1 stands for:
// the one that fits whose last mention before token at is nearest, in the description's
// own sentence (for an object, before its clause) or the three before it; "" when none
// fits or two fit in that sentence.
func (rd *reader) nearestFit(ma, mb int, kind string, at int, object bool) string {
	si := rd.sentOf(at)
	if si >= len(rd.sents) {
		return ""
	}
	clause := at + 1 // an object's own clause names no referent (clauseStart)
	if object {
		clause = rd.clauseStart(at, rd.sents[si].start)
	}
	inClause := func(ei int) bool {
		for k := clause; k < at; k++ {
			if rd.entityOf(k) == ei {
				return true
			}
		}
		return false
	}
	fit, fitSent := -1, -1
	for mi := len(rd.mentions) - 1; mi >= 0; mi-- {
		m := &rd.mentions[mi]
		if m.b > at || m.ent < 0 || rd.quoteOf[m.a] != 0 || m.a >= clause || inClause(m.ent) {
			continue
		}
		if m.sent < si-3 || fitSent >= 0 && m.sent < fitSent {
			break
		}
		if m.ent == fit || m.sent == si && rd.titleModifier(m) || !rd.kindFits(m, kind) || !rd.definiteModifiersFit(ma, mb, m.ent) {
			continue
		}
		if fit >= 0 {
			return "" // two names fit in the nearest sentence
		}
		fit, fitSent = m.ent, m.sent
	}
	if fit >= 0 && rd.newReferentBetween(kind, rd.mentions[rd.lastMentionOf(fit, at)].b, at) {
		return "" // "a group of protesters gathered … The group grew"
	}
	return rd.entName(fit)
}

// clauseStart returns where the clause of token at opens: after the last comma,
// semicolon, dash or subordinating word before it in its sentence (from start).
func (rd *reader) clauseStart(at, start int) int {
	for k := at - 1; k > start; k-- {
		if rd.punct(k, ',') || rd.punct(k, ';') || rd.toks[k].kind == tDash || rd.toks[k].kind == tCloseQ ||
			rd.is(k, wSince, wThat, wWhich, wWho, wWhen, wAfter, wBefore, wBecause, wWhile, wAlthough, wAs, wIf, wBut, wUntil) {
			return k + 1
		}
	}
	return start
}

// titleModifier reports whether mention m modifies the title of a person named after it
// ("Former U.S. ambassador to Iraq Ryan Crocker, who visited the country"): no name the
// sentence is about.
func (rd *reader) titleModifier(m *mention) bool {
	k := m.b
	return k < len(rd.toks) && rd.toks[k].kind == tWord && rd.toks[k].feat&lxRole != 0 && !rd.toks[k].has(fCap)
}

// lastMentionOf returns the index of entity ei's last mention before token at.
func (rd *reader) lastMentionOf(ei, at int) int {
	last := -1
	for mi := range rd.mentions {
		if rd.mentions[mi].ent == ei && rd.mentions[mi].b <= at {
			last = mi
		}
	}
	return last
}

// newReferentBetween reports whether an indefinite description of the kind brings in
// something new between tokens a and b (newReferent).
func (rd *reader) newReferentBetween(kind string, a, b int) bool {
	for k := a; k < b; k++ {
		if rd.entAt[k] < 0 && rd.newReferent(k, kind) {
			return true
		}
	}
	return false
}

// kindFits reports whether the entity of mention m is of the kind a kind noun names.
func (rd *reader) kindFits(m *mention, kind string) bool {
	e := rd.ents[m.ent]
	if m.demonym {
		return false
	}
	k := definiteKind[kind]
	switch k.sort {
	case sortCountry, sortRegion, sortState, sortTown:
		if e.typ != kg.Place {
			return false
		}
		_, country := countryNames[e.name]
		country = country || countryOf[e.name] == e.name
		region := rd.regionName(e.name) && !country
		switch k.sort {
		case sortCountry:
			return country
		case sortRegion:
			return region
		case sortState:
			return usStates[e.name]
		}
		return !country && !region && !usStates[e.name] && !featureNamed(e.name)
	case sortBusiness, sortMaker:
		return e.typ == kg.Organization && !publicBody(e.name) && !partyName(e.name) && (k.sort != sortMaker || !bodyName(e.name))
	case sortBody:
		return e.typ == kg.Organization && nameHolds(e.name, k.words, kind)
	case sortCalled:
		if e.typ != kg.Organization && e.typ != kg.Group {
			return false
		}
		if kind == "group" {
			// "Trust Women, an organization based in Kansas" is "the group" too; but
			// not any body named last ("joined the group", "an AP report that the group's")
			return rd.calledSo(m.ent, "group", "organization")
		}
		return nameHolds(e.name, k.words, kind) || rd.calledSo(m.ent, kind, kind)
	case sortOfficer:
		return e.typ == kg.Person && policeRole(m.role+" "+rd.span(max(m.ta-3, rd.sents[m.sent].start), m.a))
	}
	return false
}

// featureNamed reports whether a place's name ends in the head of a feature or a site
// ("Rikers Island", "Times Square", "Dolby Theater" aside): no town "the city" or "the
// town" can stand for, unless the head is a town's own ("Salt Lake City").
func featureNamed(name string) bool {
	w := lastWord(name)
	if e := lookupLex(w); e == nil || e.feat&lxPlaceHead == 0 {
		return false
	}
	switch strings.ToLower(w) {
	case "city", "town", "village":
		return false
	}
	return true
}

// calledSo reports whether the article calls entity ei by kind or by other where it
// names it (calledKind), or puts the kind right after its name ("the Islamic State
// group").
func (rd *reader) calledSo(ei int, kind, other string) bool {
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent == ei && rd.quoteOf[m.a] == 0 && (rd.calledKind(m, kind) || rd.calledKind(m, other) || rd.low(m.b) == kind) {
			return true
		}
	}
	return false
}

// nameHolds reports whether a name holds one of the words (case as given) or the kind
// noun as a word in title case.
func nameHolds(name string, words []string, kind string) bool {
	n := " " + name + " "
	if kind != "" && strings.Contains(n, " "+titleCase(kind)+" ") {
		return true
	}
	for _, w := range words {
		if strings.Contains(n, " "+w+" ") {
			return true
		}
	}
	return false
}

// bodyName reports whether a name holds the words of a public body's kind ("US District
// Court of Central California", "Ministry of Energy"): no maker and no giant of a trade.
func bodyName(name string) bool {
	for kind, k := range definiteKind {
		if k.sort == sortBody && nameHolds(name, k.words, kind) {
			return true
		}
	}
	return false
}

// policeRole reports whether the words of a title name a police role.
func policeRole(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "officer", "police", "policeman", "policewoman", "patrolman", "trooper", "deputy", "sergeant", "detective", "cop", "constable":
			return true
		}
	}
	return false
}

// definiteModifiersFit reports whether each modifier ma..mb-1 of a description fits
// entity ei: an idle word, a place or demonym it lies in or belongs to, or a word said
// of it (orgModifiersFit).
func (rd *reader) definiteModifiersFit(ma, mb, ei int) bool {
	country := rd.countryOfEnt(ei)
	maker := mb < len(rd.toks) && definiteKind[rd.low(mb)].sort == sortMaker
	giant := mb < len(rd.toks) && rd.is(mb, wGiant, wUpstart)
	for k := ma; k < mb; k++ {
		w := rd.low(k)
		if idleKindWords.has(w) || idleTitleWords.has(w) {
			continue
		}
		if maker && rd.madeThing(k, ei) {
			if mi := rd.entAt[k]; mi >= 0 {
				k = rd.mentions[mi].b - 1
			}
			continue
		}
		if _, ok := demonymOf[rd.tok(k)]; ok && nameHolds(rd.ents[ei].name, nil, rd.tok(k)) {
			continue // "the Saudi fund" for the Saudi Arabian Public Investment Fund: its name says so
		}
		if e := rd.entityOf(k); e >= 0 {
			if e == ei || country != "" && country == rd.entName(e) || country == "" && rd.countryBefore(ei, rd.entName(e)) {
				k = rd.mentions[rd.entAt[k]].b - 1
				continue
			}
			return false
		}
		if c, ok := demonymOf[rd.tok(k)]; ok {
			if country != c && (country != "" || !rd.countryBefore(ei, c)) {
				return false
			}
			continue
		}
		if giant && !rd.toks[k].has(fCap) && tradeNamed(w, rd.ents[ei].name) {
			continue // "the auto giant" for Halvor Motors: the trade its name says (backrefs.go)
		}
		if giant && !rd.toks[k].has(fCap) && !planetWords.has(w) && !rd.tradeSaid(w, ma, mb) && !namesTrade(rd.ents[ei].name) && (rd.inHeadline(ei) || rd.namedJustBefore(ei, rd.sentOf(ma))) {
			continue // "the search giant": a trade said of no business need not be said of the story's own or the one just named
		}
		if !rd.orgModifiersFit(k, k+1, ei) {
			return false
		}
	}
	return true
}

// inHeadline reports whether the headline names entity ei: the business a story is about,
// which a trade the article says of no business may stand for, as may a business named
// in the sentence before (namedJustBefore); "the software giant" is not an analysts' firm
// named three sentences back.
func (rd *reader) inHeadline(ei int) bool {
	if rd.headline < 0 {
		return false
	}
	if rd.namedIn(ei, rd.headline) {
		return true
	}
	first, _, _ := strings.Cut(rd.ents[ei].name, " ")
	s := &rd.sents[rd.headline]
	for k := s.start; k < s.b; k++ {
		if rd.tok(k) == first || strings.TrimSuffix(strings.TrimSuffix(rd.tok(k), "'s"), "’s") == first {
			return true // the headline's tokens may hold no mention: "Magistrate Orders Apple to Help FBI"
		}
	}
	return false
}

// namedJustBefore reports whether entity ei is named in sentence si or the one before it
// ("Orvik Systems Inc said it would cut 200 jobs. The tech giant sued Vantro Inc").
func (rd *reader) namedJustBefore(ei, si int) bool {
	return rd.namedIn(ei, si) || si > 0 && rd.namedIn(ei, si-1)
}

// tradeSaid reports whether the article says word w of any organization it names
// (saidOf: "search company Quorvane"): then only that one is "the search giant". The
// description's own words ma..mb-1 say nothing ("The tech giant sued Vantro" says "tech"
// of no Vantro).
func (rd *reader) tradeSaid(w string, ma, mb int) bool {
	for ei := range rd.ents {
		if rd.ents[ei].typ == kg.Organization && tradeNamed(w, rd.ents[ei].name) {
			return true // "the auto giant" when Halvor Motors is named: backrefs.go
		}
		if rd.ents[ei].typ == kg.Organization && rd.saidOf(ei, func(j int) bool { return (j < ma || j >= mb) && rd.low(j) == w }) {
			return true
		}
	}
	return false
}

// planetWords are the lower-case words before "giant" that make it a planet or a star,
// no business: "the gas giant", "the ice giant", "the red giant".
var planetWords = newTokSet(map[string]bool{"gas": true, "ice": true, "red": true, "red-eyed": true, "blue": true})

// madeThing reports whether the modifier at token k of "the [modifiers] maker" names
// what the maker ei makes rather than which one it is: a product's name typed Other or
// Organization ("the iPhone maker", "the Qube maker") that the article names with ei
// (namedWith), not ei's own name. Lower-case words ("the software maker") must be said of
// ei as any description's (orgModifiersFit).
func (rd *reader) madeThing(k, ei int) bool {
	if e := rd.entityOf(k); e >= 0 {
		t := rd.ents[e].typ
		return e != ei && !rd.mentions[rd.entAt[k]].demonym && (t == kg.Other || t == kg.Organization) && rd.namedWith(ei, rd.entName(e))
	}
	return false
}

// namedWith reports whether the article names the product (or a model of it: "Qube"
// for "Qube 5s") after organization ei in one sentence with no other organization
// between, as "Zelcor's Qube", "Zelcor said its Qube 5s" do: what ties a maker to its
// product for "the Qube maker".
func (rd *reader) namedWith(ei int, product string) bool {
	last := -1 // the sentence and end of ei's last mention before the one read
	lastSent := -1
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || rd.quoteOf[m.a] != 0 {
			continue
		}
		if m.ent == ei {
			last, lastSent = m.b, m.sent
			continue
		}
		if last < 0 || m.sent != lastSent {
			continue
		}
		if rd.is(m.b, wMaker, wManufacturer, wGiant) {
			continue // the description itself
		}
		if n := rd.entName(m.ent); n == product || strings.HasPrefix(n, product+" ") {
			return true
		}
		if rd.ents[m.ent].typ == kg.Organization {
			last = -1
		}
	}
	return false
}

// countryOfEnt returns the country entity ei lies in or belongs to, where known.
func (rd *reader) countryOfEnt(ei int) string {
	e := rd.ents[ei]
	if e.country != "" {
		return e.country
	}
	if c := orgCountry[e.name]; c != "" {
		return c
	}
	return countryOf[e.name]
}

// identifiedAs returns the person a later sentence names as the one a description of
// the kind at token at stands for: "The officer was identified by police late on Monday
// as D.C. Twiddy", "The department identified the slain officer as Allen Lee Jacobs" —
// the kind noun before "identified" or "named" with at most eight words between, or
// after it with at most three, and "as" and a person's name within eight words after it;
// in the description's own sentence or the three after it. "" for none.
func (rd *reader) identifiedAs(kind string, at int) string {
	si := rd.sentOf(at)
	for sj := max(0, si-3); sj < len(rd.sents) && sj <= si+3; sj++ {
		s := &rd.sents[sj]
		for v := s.start; v < s.b; v++ {
			if !rd.is(v, wIdentified, wNamed) || rd.quoteOf[v] != 0 {
				continue
			}
			if !rd.kindNear(kind, max(s.start, v-8), v) && !rd.kindNear(kind, v+1, min(s.b, v+4)) {
				continue
			}
			for k := v + 1; k < s.b && k <= v+10; k++ {
				if rd.is(k, wAs) {
					if e := rd.entityOf(k + 1); e >= 0 && rd.ents[e].typ == kg.Person {
						return rd.entName(e)
					}
					break
				}
			}
		}
	}
	return ""
}

// kindNear reports whether the kind noun stands among tokens a..b-1 after "the".
func (rd *reader) kindNear(kind string, a, b int) bool {
	for k := a; k < b; k++ {
		if rd.low(k) == kind && rd.theBefore(k+1, a-1, 3) >= 0 {
			return true
		}
	}
	return false
}

// describedOwner returns the name a description that ends right before the possessive
// at token g stands for ("the group's leader", "the agency's Phoenix bureau"), or "".
func (rd *reader) describedOwner(g int) string {
	si := rd.sentOf(g)
	if si >= len(rd.sents) {
		return ""
	}
	if a := rd.theBefore(g, rd.sents[si].start, 4); a >= 0 {
		return rd.describedName(a, g, false)
	}
	return ""
}

// clauseOpeners after a description make it the subject of a clause of its own ("denied
// the group was racist"), not the object of the verb before it.
var clauseOpeners = newTokSet(map[string]bool{"is": true, "was": true, "were": true, "are": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"can": true, "should": true, "may": true, "might": true, "must": true, "did": true, "does": true})

// kindOwner returns the organization a lower-case kind phrase at tokens a..b-1 beside a
// role stands for ("company spokesman Darryll Harrison", "Craig Hoover, the agency
// official", "a facilities director for the hospital"): the phrase read as the definite
// "the [modifiers] KIND" (definite), so "company" is the story's company when one leads
// (salientCompany) and another kind the nearest name it fits; "" when the words are no
// such phrase or stand for no one name, and the caller keeps the words.
func (rd *reader) kindOwner(a, b int) string {
	the := rd.is(a, wThe)
	if the {
		a++
	}
	if b-a < 1 || b-a > 3 {
		return ""
	}
	kind := rd.low(b - 1)
	if roleBodyHeads.has(kind) {
		if kind == "police" && rd.roleInOtherTown(b) {
			return "" // "a police officer in Tulsa" in a report from Marlow: not Marlow's police (ent177)
		}
		return rd.headNamedBody(a, b-1, kind) // "police spokesman Jodi Silva": the Houston police
	}
	k, ok := definiteKind[kind]
	if !ok || k.sort == sortOfficer {
		return ""
	}
	for j := a; j < b; j++ {
		if t := &rd.toks[j]; t.kind != tWord || t.has(fCap) || rd.entAt[j] >= 0 || rd.quoteOf[j] != 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
			return ""
		}
	}
	if (k.sort == sortBody || k.sort == sortCalled) && (the || !rd.is(b, wManager)) { // "fund manager Bo Lind": a trade
		if name, _ := rd.orgByKind(a, b-1, kind, a); name != "" {
			return name // "central bank governor X" after "Bangladesh Bank, the central bank": descriptions.go
		}
	}
	if b-a == 1 && k.sort == sortBusiness {
		if name := rd.salientCompany(a, kind); name != "" {
			return name
		}
	}
	if name := rd.nearestFit(a, b-1, kind, a, false); name != "" || !the && rd.is(b, wManager) || k.sort != sortBody {
		return name
	}
	return rd.onlyBodyFit(a, b-1, kind, a, false) // "Craig Hoover, the agency official", "appeals court judge X": a bare "office manager" stays a trade
}

// countryBefore reports whether the article puts an organization of no known country in
// country where it names it: the country's possessive or demonym among the three words
// before one of its mentions outside quotes ("Japan's NTT Data Corp", "Finnish firm
// Nokia"), so that "the Japanese company" can stand for it.
func (rd *reader) countryBefore(ei int, country string) bool {
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent != ei || rd.quoteOf[m.a] != 0 {
			continue
		}
		start := rd.sents[m.sent].start
		for k := m.a - 1; k >= start && k >= m.a-3; k-- {
			if c, ok := demonymOf[rd.tok(k)]; ok && c == country {
				return true
			}
			if rd.owner(k) && k > start && rd.entName(rd.entityOf(k-1)) == country {
				return true
			}
			if rd.toks[k].kind != tWord || rd.toks[k].feat&lxFunc != 0 {
				break
			}
		}
	}
	return false
}

// nationalKind returns the organization a description "the DEMONYM [modifiers] KIND" at
// tokens a..b-1 stands for ("the Japanese company said", "the British airline"): the
// nearest that fits its kind and lies in that country (definite, countryBefore), or "".
// Without a nationality adjective "" (a speaker's "the company" is salientCompany's).
func (rd *reader) nationalKind(a, b int) string {
	if b-a < 3 || !rd.is(a, wThe) {
		return ""
	}
	if k, ok := definiteKind[rd.low(b-1)]; !ok || k.sort != sortBusiness && k.sort != sortCalled {
		return ""
	}
	for k := a + 1; k < b-1; k++ {
		if mi := rd.entAt[k]; mi >= 0 && rd.mentions[mi].demonym {
			return rd.definite(a, b, false)
		}
	}
	return ""
}

// roleBodyHeads are the lower-case heads of a public body beside a role that no
// definite kind reads ("police spokeswoman Jodi Silva", "army spokesman Asim Bajwa",
// "a government spokesman"): kindOwner gives them the one body the article names with
// that head (headNamedBody), and a role left with the bare head is dropped
// (bareKindObject).
var roleBodyHeads = newTokSet(map[string]bool{"police": true, "army": true, "military": true,
	"navy": true, "parliament": true, "government": true})

// headNamedBody returns the one organization the article names (in capitals) with the
// head word kind last ("Houston police", "Pakistan army", "Myanmar's parliament",
// "Palm Beach Gardens Police") or, for police, as a "Police Department" ("Atlanta Police
// Department", which the same city's "Atlanta police" is too), of which each modifier
// ma..mb-1 is said (definiteModifiersFit): police of the dateline's city when there is
// one, another body named before the role or in the headline. Of several, the one named after the
// dateline's city or in the headline ("Houston police" in a report from Houston, not
// "St. Louis County Police"); "" for none, or several with none or two such.
func (rd *reader) headNamedBody(ma, mb int, kind string) string {
	var fits []int
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.demonym || slices.Contains(fits, m.ent) {
			continue
		}
		e := rd.ents[m.ent]
		if e.typ != kg.Organization && e.typ != kg.Group || e.name == "" || e.name[0] < 'A' || e.name[0] > 'Z' {
			continue // not "provincial government": no name
		}
		last := e.name[strings.LastIndexByte(e.name, ' ')+1:]
		dept := kind == "police" && strings.HasSuffix(e.name, " Police Department")
		if !dept && (!strings.EqualFold(last, kind) || !strings.Contains(e.name, " ")) || !rd.definiteModifiersFit(ma, mb, m.ent) {
			continue
		}
		if kind == "police" && rd.mainCity != "" && !strings.Contains(e.name, rd.mainCity) {
			continue // a report from Marlow: its police, not the "Brenton County Police" it names
		}
		if kind != "police" && m.b > ma && !rd.inHeadline(m.ent) {
			continue // named only after the role: not the body the reader knows
		}
		fits = append(fits, m.ent)
	}
	if len(fits) == 2 {
		f, g := rd.ents[fits[0]].name, rd.ents[fits[1]].name
		if len(f) > len(g) {
			f, g = g, f
		}
		if strings.HasSuffix(g, " Police Department") && strings.EqualFold(strings.TrimSuffix(g, " Department"), f) {
			return g // "Atlanta police" and "Atlanta Police Department": one body
		}
	}
	if len(fits) == 1 {
		return rd.entName(fits[0])
	}
	fit := -1
	for _, ei := range fits {
		city := rd.mainCity != "" && (strings.HasPrefix(rd.ents[ei].name, rd.mainCity+" ") || strings.HasPrefix(rd.ents[ei].name, rd.mainCity+"'s "))
		if !city && !rd.inHeadline(ei) {
			continue
		}
		if fit >= 0 {
			return ""
		}
		fit = ei
	}
	return rd.entName(fit)
}

// bareKindObject reports whether a role's object is only a kind's lower-case head with
// idle words before it ("police", "group", "former army", "state"): no body named, which
// a role relation should not give as its end (unless the article's entities hold it as
// a name of its own, "national police": the callers check).
func bareKindObject(obj string) bool {
	if obj == "" || obj[0] < 'a' || obj[0] > 'z' {
		return false
	}
	words := strings.Fields(obj)
	head := words[len(words)-1]
	if _, ok := definiteKind[head]; !ok && !roleBodyHeads.has(head) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !idleKindWords.has(w) && !idleTitleWords.has(w) {
			return false
		}
	}
	return true
}

// roleInOtherTown reports whether the role word at token r is followed by "in" and a
// place other than the dateline's city ("a police officer in Tulsa" in a report from
// Marlow): the dateline city's police that headNamedBody would pick is not the role's.
func (rd *reader) roleInOtherTown(r int) bool {
	if !rd.is(r+1, wIn) {
		return false
	}
	e := rd.entityOf(r + 2)
	return e >= 0 && rd.ents[e].typ == kg.Place && rd.entName(e) != rd.mainCity
}
