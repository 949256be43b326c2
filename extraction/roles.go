package extraction

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/kg"
)

// Roles: who holds which office where, from a title before a name ("Health Minister
// Mehmet Muezzinoglu"), role words before it ("French Foreign Ministry spokesman Bernard
// Valero"), an appositive ("Burhan Ghalioun, the head of the Syrian National Council") or
// one before the name ("The head of the Indonesian armed forces, Gen. Gatot Nurmantyo"),
// and a party's country.

// partyOf: "Turkey's Peoples' Democratic Party (HDP), a Kurdish-rooted opposition party":
// an organization described as a party of a country.
func (rf *relationFinder) partyOf(mi int) {
	m := &rf.mentions[mi]
	if m.ent < 0 || rf.ents[m.ent].typ != kg.Organization {
		return
	}
	s := &rf.sents[m.sent]
	k := m.b
	if rf.punct(k, '(') {
		for k < s.b && !rf.punct(k, ')') {
			k++
		}
		k++
	}
	if !rf.punct(k, ',') {
		return
	}
	role := ""
	end := k + 1
	for ; end < s.b && end <= k+8 && !rf.punct(end, ','); end++ {
		if rf.is(end, wParty) {
			switch {
			case rf.is(end-1, wOpposition):
				role = "opposition party"
			case rf.is(end-1, wRuling, wGoverning):
				role = "ruling party"
			}
		}
	}
	if role == "" {
		return
	}
	country := ""
	if (rf.tok(m.a-1) == "'s" || rf.tok(m.a-1) == "’s") && rf.entityOf(m.a-2) >= 0 {
		country = rf.entName(rf.entityOf(m.a - 2))
	}
	if country == "" {
		country = rf.mainCountry
	}
	rf.addRelation(m.sent, rf.entName(m.ent), rolePredicate(role), country, rf.span(m.a, end))
}

// titleRoles: "Health Minister Mehmet Muezzinoglu", "Tainan City Mayor Lai Ching-Te",
// "U.S. Secretary of State John Kerry".
func (rf *relationFinder) titleRoles(mi int) {
	m := &rf.mentions[mi]
	if m.role == "" || rf.ents[m.ent].typ != kg.Person {
		return
	}
	pred := rolePredicate(m.role)
	if pred == "" {
		return
	}
	obj := ""
	if m.roleOrgM >= 0 && rf.mentions[m.roleOrgM].ent >= 0 {
		obj = rf.entName(rf.mentions[m.roleOrgM].ent)
	} else if m.roleOrg != "" {
		obj = m.roleOrg
	}
	// "Republican Texas Senator Ted Cruz": the party is a side, Texas the office's place;
	// not "Republican National Committee Chairman X", a body of the party (partyBody)
	if f := strings.Fields(obj); len(f) > 1 && partyWords.has(f[0]) && !partyBody(obj) {
		obj = strings.Join(f[1:], " ")
	} else if len(f) == 1 && partyWords.has(f[0]) {
		obj = ""
	}
	courtKind := false
	if m.role == "judge" {
		if kind := rf.tok(m.ta); rf.is(m.ta+1, wJudge) && judgeCourts[kind] != [2]string{} {
			obj = strings.TrimSpace(obj + " " + kind) // the title reads "District Judge": its kind word is the court's
		}
		obj, courtKind = rf.judgeCourt(obj) // "U.S. District Judge X": the U.S. District Court, not "U.S. District"
	}
	if obj == "" && !partyWords.has(m.roleOrg) && !courtKind {
		obj = rf.orgBefore(m.sent, m.ta) // not "Democratic" of "Democratic Rep. Ana Reyes"
	}
	if obj == "" && m.roleOrg == "" && executiveRole(m.role) {
		obj = rf.officerCompany(m.sent, m.ta) // "Chief Executive Tim Cook said" in a report on Apple
	}
	if obj == "" && m.roleOrg == "" && spokesRole(m.role) && rf.titleStandsAlone(m.sent, m.ta) {
		obj = rf.subjectBodyBefore(m.sent, m.ta) // "Delta said … . Spokesman Mike Thomas said" (officerbodies.go)
	}
	if obj == "" && m.roleOrg == "" && (m.role == "governor" || m.role == "mayor") {
		ta := m.ta
		if ta > rf.sents[m.sent].start && partyLabels.has(rf.tok(ta-1)) {
			// "Democratic Governor Jerry Brown": a side, no seat; "Georgia's Republican
			// Governor Nathan Deal": the state's possessive before the side
			ta--
			if e := rf.entityOf(ta - 2); e >= 0 && rf.is(ta-1, wAposS, wRsquoS) && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[ta-2]].demonym {
				if name := rf.entName(e); m.role == "governor" && usStates[name] || m.role == "mayor" && !usStates[name] && rf.town(name) {
					obj = name
				}
			}
		}
		if obj == "" && rf.titleStandsAlone(m.sent, ta) {
			obj = rf.officeSeat(m.sent, m.role) // "New Jersey saw two feet of snow, Gov. Chris Christie said"
		}
	}
	if obj == "" && m.roleOrg == "" && (m.role == "justice" || m.role == "chief justice") && rf.titleStandsAlone(m.sent, m.ta) {
		obj = rf.mainCourt() // "Justices Clarence Thomas and Samuel Alito dissented" in a report on the Supreme Court
	}
	if legislativeRole(m.role) && (obj == "" || rf.typeOfName(obj) == kg.Place) {
		if p := rf.constituency(m); p != "" {
			obj = p // "Representative Dale Harmon, a freshman from Utah"
		}
	}
	if obj == "" && m.roleOrg == "" {
		obj = rf.timedDemonymCountry(m.ta) // "then-German Chancellor Otto Brandl"
	}
	if obj == "" && m.roleOrg == "" {
		obj = rf.sharedDemonymCountry(m.ta) // "Russian Foreign Minister Sergei Lavrov and Defense Minister Sergei Shoigu" (rolecountry.go)
	}
	if obj == "" && m.roleOrg == "" && m.role == "senator" && m.ta > 0 && partyLabels.has(rf.tok(m.ta-1)) && !rf.stateTagAfter(m) && !rf.stateLegislatureNamed() && (rf.mainCountry == "" || rf.mainCountry == "United States") {
		obj = "United States" // "Republican Senator Mark Rhee" with no state named: a U.S. senator
	}
	regional := false
	if obj == "" && m.roleOrg == "" && m.role == "premier" && provincialRegion(rf.datelineRegion) {
		obj, regional = rf.datelineRegion, true // "Premier Rachel Notley" in a report datelined in Alberta: a province's premier
	}
	byDefault := false
	if obj == "" && isNationalRole(m.role) && !rf.bodyNounBeforeTitle(m.ta) && !rf.bodyNameBeforeTitle(m.ta) {
		obj, byDefault = rf.countryServedIn(m.ent, m.sent)
		if byDefault && monarchTitles.has(m.role) && !monarchies[obj] {
			return // "King Salman" in a report from Washington (monarchs.go)
		}
	} else if obj == "" && m.roleOrg == "" && rf.cabinetTitle(m) {
		obj, byDefault = rf.countryServedIn(m.ent, m.sent)
		obj = cabinetCountry(m.role, obj) // cabinettitles.go
	}
	if !regional {
		var d bool
		obj, d = rf.nationalPlace(m.role, obj, m.ent)
		byDefault = byDefault || d
	}
	want := obj // "GM chairman and CEO Mary Barra": the first title too (coordtitles.go)
	if byDefault {
		want = ""
	}
	if c := rf.coordinatedRole(mi, m.ta, want); c != "" {
		obj, byDefault = c, false
	}
	rf.addServedRole(m.sent, rf.entName(m.ent), pred, obj, rf.span(m.ta, m.b), byDefault)
}

// stateLegislatureNamed reports whether the article names a state's legislature ("the
// South Dakota Legislature", "the state Senate"): its senators may sit there, so a
// party's senator with no state named is no U.S. senator by default.
func (rf *relationFinder) stateLegislatureNamed() bool {
	for _, e := range rf.ents {
		if e.name == "Legislature" || strings.HasSuffix(e.name, " Legislature") || strings.HasSuffix(e.name, "State Senate") || strings.HasSuffix(e.name, "state Senate") {
			return true
		}
	}
	return false
}

// judgeCourts are the words of data/relations.txt [judge-courts]: a court's kind by the
// word of a judge's title that names it, the court of a state's judge ("" for none) and
// of a federal one.
var judgeCourts = func() map[string][2]string {
	out := map[string][2]string{}
	for _, e := range entries("judge-courts") {
		if len(e) < 3 {
			panic("extraction: word list [judge-courts]: " + e[0] + " needs two courts")
		}
		state := e[1]
		if state == "-" {
			state = ""
		}
		out[e[0]] = [2]string{state, e[2]}
	}
	return out
}()

// federalWords open the words of a federal judge's title ("U.S. District Judge").
var federalWords = newTokSet(map[string]bool{"U.S.": true, "US": true, "United States": true, "federal": true, "Federal": true})

// judgeCourt returns the court a judge whose title's words before "Judge" are obj sits
// on, when their last word names only its kind (judgeCourts): "U.S. District" is the
// U.S. District Court, "U.S. Magistrate" a judge of it, "U.S. Circuit" the U.S. Court of
// Appeals, "Cook County Circuit" the Cook County Circuit Court. Leading title words and
// compound adjectives are no part of the court ("Chief District", "Mexican-American U.S.
// District"); with nothing left, the court of that kind the article clearly names
// (mainCourt), else "". kind is true when the words named a court's kind, so that no other body is sought
// for "Dale County Magistrate Judge X"; other words are returned as they are.
func (rf *relationFinder) judgeCourt(obj string) (court string, kind bool) {
	f := strings.Fields(obj)
	if len(f) == 0 {
		return obj, false
	}
	courts, ok := judgeCourts[f[len(f)-1]]
	if !ok {
		return obj, false
	}
	f = f[:len(f)-1]
	for len(f) > 0 && (titleModifiers.has(f[0]) || f[0] == "Chief" || strings.Contains(f[0], "-")) {
		f = f[1:]
	}
	if len(f) == 0 {
		// "Magistrate Judge X": the court of that kind the article clearly names, not
		// the Supreme Court of a story on an appeal
		c := rf.mainCourt()
		if courts[0] != "" && strings.HasSuffix(c, courts[0]) || strings.HasSuffix(c, courts[1]) {
			return c, true
		}
		return "", true
	}
	where := strings.Join(f, " ")
	if strings.HasSuffix(where, " Court") {
		return where, true // "U.S. District Court Magistrate Judge X"
	}
	if federalWords.has(where) {
		where = "U.S." // "federal", "United States" (the entity "U.S." names)
		return where + " " + courts[1], true
	}
	if courts[0] == "" {
		return "", true
	}
	return where + " " + courts[0], true
}

// partyBody reports whether an organization's name is that of a body of a party: the
// party's word, then words that end in a body's head ("Republican National Committee",
// "Democratic Congressional Campaign Committee"), as bodyParts makes it partOf the party.
func partyBody(name string) bool {
	f := strings.Fields(name)
	return len(f) > 2 && usPartyWords[f[0]] != "" && bodyHeads.has(f[len(f)-1])
}

// officePlace is the place a local office that names none serves ("city mayor William
// Lai"): the article's place when it is a town, not a structure in one ("the Golden
// Dragon Building"); else the city of its dateline.
func (rf *relationFinder) officePlace() string {
	p := rf.mainPlace
	if p == "" || rf.town(p) && !structureWords.hasLower(lastWord(p)) && !lowerKeyIn(establishmentWords, lastWord(p)) {
		return p
	}
	if rf.mainCity != "" {
		return rf.mainCity
	}
	return p
}

// structureWords end the names of buildings and sites, which no mayor or governor serves.
var structureWords = newTokSet(map[string]bool{"building": true, "tower": true, "towers": true, "mall": true, "airport": true,
	"square": true, "street": true, "bridge": true, "stadium": true, "arena": true, "hospital": true, "school": true,
	"church": true, "mosque": true, "temple": true, "embassy": true, "center": true, "centre": true, "park": true})

func isLocalRole(role string) bool {
	return strings.HasSuffix(role, "mayor") || role == "police chief" || role == "governor" || role == "sheriff"
}

func isNationalRole(role string) bool {
	e := lexicon[role]
	if e != nil && e.feat&lxNationalRole != 0 {
		return true
	}
	return strings.HasSuffix(role, "minister") || role == "president" || role == "prime minister"
}

// orgBefore: "X's" or "ORG ROLE NAME" where the organization is the mention just before.
// The dateline before the sentence is no organization of the title ("WASHINGTON
// President Barack Obama").
func (rf *relationFinder) orgBefore(si, ta int) string {
	k := ta - 1
	if k >= rf.sents[si].start && (rf.tok(k) == "'s" || rf.tok(k) == "’s") {
		k--
	}
	if k-4 >= rf.sents[si].start && rf.tickerEnd(k-4) == k+1 {
		k -= 5 // "Yahoo Inc (YHOO.O) Chief Executive Marissa Mayer": the company before its ticker
	} else if b := rf.bodyBeforeTag(k, rf.sents[si].start); b >= 0 {
		k = b // "United Launch Alliance (ULA) CEO Tory Bruno", "Citigroup Inc (C.N) CFO X"
	} else {
		return rf.orgAt(si, k)
	}
	if k > rf.sents[si].start && (rf.tok(k) == "'s" || rf.tok(k) == "’s") {
		k-- // "Facebook Inc's (FB.O) Chief Executive X": the possessive before the tag
	}
	return rf.orgAt(si, k)
}

// orgAt returns the name of the organization (or other non-person) named at token k of
// sentence si, the body an officer's title before a name belongs to; "" when none is.
func (rf *relationFinder) orgAt(si, k int) string {
	if k < rf.sents[si].start {
		return ""
	}
	if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ != kg.Person {
		return rf.entName(e)
	}
	return ""
}

// bracketTagOpen returns the "(" of a short tag in brackets that closes at token k — a
// ticker ("(GOOGL.O)", "(C.N)") or an acronym ("(EPA)", "(PBOC)") — or -1: one to four
// tokens of capitals, digits, dots and colons, the way a news report tags the body it
// has just named before an officer's title.
func (rf *relationFinder) bracketTagOpen(k, start int) int {
	if !rf.punct(k, ')') {
		return -1
	}
	for j := k - 1; j >= start && j >= k-5; j-- {
		if rf.punct(j, '(') {
			if j == k-1 {
				return -1
			}
			return j
		}
		w := rf.tok(j)
		for i := 0; i < len(w); i++ {
			if c := w[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == ':') {
				return -1
			}
		}
	}
	return -1
}

// bodyBeforeTag returns the token before a tag in brackets that closes at token k
// (bracketTagOpen) — the end of the body the tag is of, "Agency" in "Environmental
// Protection Agency (EPA)" — or -1 when no tag closes there, or its acronym is not of the
// name kg found before it ("Centre for Ethics in Sports (CCES)": only "Sports" was found).
func (rf *relationFinder) bodyBeforeTag(k, start int) int {
	o := rf.bracketTagOpen(k, start)
	if o <= start {
		return -1
	}
	if o+2 == k && rf.entAt[o-1] >= 0 && rf.acronymMisfits(o+1, int(rf.entAt[o-1])) {
		return -1
	}
	return o - 1
}

// acronymMisfits reports whether the one-word tag at token t is an acronym (capitals
// only) whose first letter opens no word of mention mi's name: the tag then stands for a
// longer name than the mention ("CCES" after "Sports"); "EPA" fits "U.S. Environmental
// Protection Agency".
func (rf *relationFinder) acronymMisfits(t, mi int) bool {
	w, name := rf.tok(t), rf.mentions[mi].name
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	for i := 0; i < len(name); i++ {
		if name[i] == w[0] && (i == 0 || name[i-1] == ' ') {
			return false
		}
	}
	return true
}

// executiveRole reports whether a title is a company officer's ("Chief Executive",
// "CEO", "Chief Financial Officer"), which a report on one company gives its own
// officers without naming the company again.
func executiveRole(role string) bool {
	switch rolePredicate(role) {
	case "chiefExecutiveOf", "chiefExecutiveOfficerOf", "chiefFinancialOfficerOf", "chiefOperatingOfficerOf", "chiefTechnologyOfficerOf":
		return true
	}
	return false
}

// officerCompany is the company a company officer's title at token ta serves when no
// organization stands right before it: one before a run of titles ("Facebook Chairman
// and Chief Executive Mark Zuckerberg", "Starbucks chairman and CEO Howard Schultz"),
// else the article's clear main organization. Nothing when another name, a ticker, a
// possessive or "former" stands before the titles ("Ford Motor Co (F.N) Chief
// Executive", "Planet Labs Cofounder and CEO", "Yahoo Japan's CEO", "former CEO Steve
// Ballmer"): the title is another company's, or was.
func (rf *relationFinder) officerCompany(si, ta int) string {
	st := rf.sents[si].start
	j := ta - 1
	for j >= st && rf.entAt[j] < 0 && (rf.is(j, wAnd) || rf.toks[j].kind == tWord && rolePredicate(rf.low(j)) != "") {
		j-- // "Chairman and", "co-founder and"
	}
	if j < st {
		return rf.clearMainOrg()
	}
	if e := rf.entityOf(j); e >= 0 {
		if j < ta-1 && rf.ents[e].typ == kg.Organization && rolePredicate(rf.low(rf.mentions[rf.entAt[j]].b-1)) == "" {
			// not "EWTN Chairman", a title the name took in
			return rf.entName(e)
		}
		return ""
	}
	if rf.in(j, roleModifiers) && j > st && rf.is(j-1, wAposS, wRsquoS, wIts, wTheir, wHis, wHer) {
		return "" // "BMW's new Chief Executive Harald Krueger": possessives.go reads it
	}
	if rf.toks[j].has(fCap) && j > st || rf.punct(j, ')') || rf.punct(j, ']') ||
		rf.is(j, wAposS, wRsquoS, wIts, wTheir, wHis, wHer, wFormer, wLate, wThen, wEx, wOnetime, wPrevious, wOutgoing) {
		return ""
	}
	return rf.clearMainOrg()
}

// titleStandsAlone reports whether the title at token ta has nothing before it that
// could own it or date it: no name, ticker or possessive ("Minnesota's Gov.", "People's
// Bank of China (PBOC) Governor") and no "former" or "late".
func (rf *relationFinder) titleStandsAlone(si, ta int) bool {
	j := ta - 1
	if j < rf.sents[si].start {
		return true
	}
	return rf.entAt[j] < 0 && !(rf.toks[j].has(fCap) && j > rf.sents[si].start) && !rf.punct(j, ')') && !rf.punct(j, ']') &&
		!rf.is(j, wAposS, wRsquoS, wIts, wTheir, wHis, wHer, wFormer, wLate, wThen, wEx, wOnetime, wPrevious, wOutgoing, wIncumbent)
}

// officeSeat is the place a governor or a mayor whose title names none serves: the one
// state (for a governor) or town (for a mayor) its sentence names ("New Jersey saw two
// feet of snow, Gov. Chris Christie said"); else, for a governor, the state the article
// clearly names most (twice at least, more than twice as often as any other). "" when
// the sentence names two, or the article no clear one. The dateline's city was tried
// for mayors and dropped: 9 of 14 right (a report from New York on Chicago's mayor).
func (rf *relationFinder) officeSeat(si int, role string) string {
	fits := func(name string) bool {
		if role == "governor" {
			return usStates[name]
		}
		return !usStates[name] && rf.town(name)
	}
	s := &rf.sents[si]
	seat := ""
	for k := s.start; k < s.b; k++ {
		e := rf.entityOf(k)
		if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].demonym || !fits(rf.entName(e)) {
			continue
		}
		if name := rf.entName(e); seat != "" && seat != name {
			return "" // "flights from Virginia to Maryland": which is the governor's
		} else {
			seat = name
		}
		k = rf.mentions[rf.entAt[k]].b - 1
	}
	if seat != "" || role == "mayor" {
		return seat // not the dateline's city: "Mayor Rahm Emanuel" in a report from New York
	}
	var states leader
	for _, e := range rf.ents {
		if !e.dropped && e.typ == kg.Place && usStates[e.name] {
			states.count(e.name, e.mentions)
		}
	}
	return states.clear(2)
}

// leader follows, over names counted one by one, the name counted most and the runner-up's
// count, to tell whether one name clearly leads an article.
type leader struct {
	name      string
	n, second int
}

// count counts name n times.
func (l *leader) count(name string, n int) {
	switch {
	case n > l.n:
		l.name, l.n, l.second = name, n, l.n
	case n > l.second:
		l.second = n
	}
}

// clear returns the leading name when it was counted at least min times and more than
// twice as often as the runner-up; else "".
func (l *leader) clear(min int) string {
	if l.n < min || l.n <= 2*l.second {
		return ""
	}
	return l.name
}

// mainCourt is the court a justice whose title names none sits on: the one court the
// article names ("Supreme Court", counted with the "U.S. Supreme Court" that ends with
// it), when it is named more than twice as often as any other; else "".
func (rf *relationFinder) mainCourt() string {
	type court struct {
		name string
		n    int
	}
	var courts []court
	for _, e := range rf.ents {
		if !e.dropped && e.typ == kg.Organization && lastWord(e.name) == "Court" && !strings.Contains(e.name, "Justice") {
			// not "Justice Antonin Scalia on the U.S. Supreme Court", a name run on
			courts = append(courts, court{e.name, e.mentions})
		}
	}
	var lead leader
	for _, c := range courts {
		total, longer := c.n, false
		for _, o := range courts {
			switch {
			case o.name != c.name && strings.HasSuffix(o.name, " "+c.name):
				longer = true // "Supreme Court" counts for "U.S. Supreme Court"
			case o.name != c.name && strings.HasSuffix(c.name, " "+o.name):
				total += o.n
			}
		}
		if !longer {
			lead.count(c.name, total)
		}
	}
	return lead.clear(1)
}

// clearMainOrg is the organization a report is about when one clearly leads: named at
// least three times and more than twice as often as any other organization; else "".
// A title with no company ("Chief Executive Tim Cook") is held there, never at a guess
// between two companies of one story.
func (rf *relationFinder) clearMainOrg() string {
	var orgs leader
	for _, e := range rf.ents {
		if !e.dropped && e.typ == kg.Organization {
			orgs.count(e.name, e.mentions)
		}
	}
	if o := orgs.clear(3); o != "" {
		return o
	}
	return rf.headlineOrg(orgs)
}

// headlineOrg is the organization a report is about when its headline says so: the one
// organization whose name's first word the headline holds ("Tesla Summon Hints at …"
// for Tesla Motors), when it is also named most in the body (three times at least, more
// often than any other: lead's name and counts); else "". Two organizations in the
// headline, or a body that names another as often, leave the title without a company.
func (rf *relationFinder) headlineOrg(lead leader) string {
	if rf.headline < 0 || lead.n < 3 || lead.n <= lead.second {
		return ""
	}
	h := &rf.sents[rf.headline]
	found := ""
	for _, e := range rf.ents {
		if e.dropped || e.typ != kg.Organization {
			continue
		}
		first, _, _ := strings.Cut(e.name, " ")
		if len(first) < 3 {
			continue
		}
		for k := h.start; k < h.b; k++ {
			if rf.tok(k) == first {
				if found != "" && found != e.name {
					return "" // two organizations in the headline
				}
				found = e.name
				break
			}
		}
	}
	if found != lead.name {
		return ""
	}
	return found
}

// nationalPlace turns the place a national role is held for into its country: a
// president or a prime minister serves a country, not the city the report is from
// ("Prime Minister David Cameron" in a report from London). It reports too whether the
// country is the article's by default (countryServed).
func (rf *relationFinder) nationalPlace(role, obj string, ei int) (string, bool) {
	if obj == "" || !isNationalRole(role) || rf.typeOfName(obj) != kg.Place {
		return obj, false
	}
	if _, isCountry := countryNames[obj]; isCountry {
		return obj, false
	}
	if role == "premier" && provincialRegion(obj) {
		return obj, false // "Alberta Premier Rachel Notley": a province's premier
	}
	if c := countryOf[obj]; c != "" && !strings.HasSuffix(role, "governor") {
		if _, isCountry := countryNames[c]; isCountry {
			return c, false
		}
	}
	return rf.countryServed(ei)
}

// preRoles: lower-case role words before a name: "French Foreign Ministry spokesman Bernard
// Valero", "UN humanitarian chief Valerie Amos", "NATO member Turkey", "Tainan fire
// department information officer Lee Po Min", "Chinese state news agency Xinhua".
func (rf *relationFinder) preRoles(mi int) {
	m := &rf.mentions[mi]
	s := &rf.sents[m.sent]
	e := rf.ents[m.ent]
	end := m.ta // first token of the title, or of the name
	a := end
	for a > s.start && end-a < 5 && rf.toks[a-1].kind == tWord && !rf.toks[a-1].has(fCap) && (rf.toks[a-1].feat&(lxFunc|lxSpeech) == 0 || rf.is(a-1, wFirst) && rf.is(a, wLady)) && rf.entAt[a-1] < 0 {
		a--
	}
	if a == end {
		return
	}
	// the longest role at the end of the words
	role := ""
	ra := end
	for k := a; k < end; k++ {
		cand := strings.ToLower(rf.span(k, end))
		if roleNouns[cand] {
			role, ra = cand, k
			break
		}
	}
	if role == "" {
		if e.typ == kg.Organization && rf.is(end-1, wAgency) && rf.is(end-2, wNews) {
			role, ra = "news agency", end-2
			for ra > a && rf.toks[ra-1].kind == tWord {
				ra--
			}
		} else {
			return
		}
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	if e.typ != kg.Person && role != "member" && role != "news agency" {
		return
	}
	if org := rf.boardTitleOrg(s.start, a, ra); role == "member" && e.typ == kg.Person && org != "" {
		st := a
		if rf.entAt[a-1] >= 0 {
			st = rf.mentions[rf.entAt[a-1]].a
		}
		rf.addRelation(m.sent, e.name, boardSeat, org, rf.span(st, m.b)) // boards.go
		return
	}
	if a == ra {
		if c := rf.coordinatedRole(mi, a, ""); c != "" {
			// "Acme CEO and president Greg Baxter": both titles at Acme (coordtitles.go)
			rf.addServedRole(m.sent, e.name, pred, c, rf.span(a, m.b), false)
			return
		}
	}
	// the organization: lower-case words before the role ending in an organization noun,
	// with the entity before them ("Tainan fire department"), or the entity itself
	obj := ""
	read := false                                    // the words before the role were read by titleWordsBody, body or none
	if ra > a && !rf.is(a, wIncluding, wExcluding) { // not "including church pastor X" (roles61)
		if rf.toks[ra-1].feat&lxOrgHead != 0 {
			st := a
			if e2 := rf.entityOf(a - 1); e2 >= 0 {
				st = rf.mentions[rf.entAt[a-1]].a
			}
			if o, ok := rf.titleWordsBody(st, a, ra, role); ok {
				obj, read = o, true // "Iranian oil minister", "former union leader" (titlewords.go)
			} else {
				obj = rf.span(st, ra)
				if st == a {
					if o := rf.kindOwner(a, ra); o != "" {
						obj = o // "company spokesman Darryll Harrison": the company named before
					}
				}
			}
		}
	}
	if obj == "" && !read {
		pb := a - 1
		if b := rf.bodyBeforeTag(a-1, s.start); b >= 0 {
			pb = b // "Environmental Protection Agency (EPA) administrator Gina McCarthy"
			if pb > s.start && (rf.tok(pb) == "'s" || rf.tok(pb) == "’s") {
				pb-- // "Acme Inc's (ACM.N) spokesman X"
			}
		}
		if e2 := rf.entityOf(pb); e2 >= 0 && rf.ents[e2].typ != kg.Person && !(rf.ents[e2].typ == kg.Place && (rf.basedWord(pb) || tradeRole(role))) {
			// not "Tokyo-based analyst X": where they work, modifiers.go's basedPerson; nor
			// "Orlando personal injury lawyer X" (tradeplaces.go)
			obj = rf.entName(e2)
			if o := rf.gluedBody(pb); o >= 0 {
				obj = rf.entName(o) // "U.N. Syria envoy X": the body's envoy (bodyglue.go)
			}
			if n := homeNations[rf.tok(pb)]; n != "" && rf.mentions[rf.entAt[pb]].demonym && (role == "leader" || role == "first minister") {
				obj = n // "Scottish leader Nicola Sturgeon": Scotland's (homenations.go)
			}
		} else if e2 := rf.entityOf(a - 2); e2 >= 0 && (rf.tok(a-1) == "'s" || rf.tok(a-1) == "’s") {
			obj = rf.entName(e2)
		}
	}
	if obj == "" && !read {
		obj = rf.servedBefore(a, ra, end, role, m.ent) // "Clinton spokesman Brian Fallon": servedmodifiers.go
	}
	if bare, body := rf.titleBody(s.start, a); obj == "" && (bare || body != "") && (strings.HasPrefix(role, "spokes") || role == "official" || role == "co-founder" || role == "founder" || role == "leader" || strings.HasPrefix(role, "chief")) {
		// a bare title ("spokeswoman Elizabeth Sun"): the organization the sentence names;
		// after an unread name ("Fed chief Janet Yellen"), only one of that name; the one
		// "of" or "at" after the name first ("assistant chief Ann Cole of the Dunmore Fire
		// Department", not a body the sentence named before: makerproducts.go)
		if k := m.b + 1; bare && k < s.b && rf.is(m.b, wOf, wAt) {
			if rf.is(k, wThe) {
				k++
			}
			if e2 := rf.entityOf(k); e2 >= 0 && rf.ents[e2].typ == kg.Organization && e2 != m.ent {
				obj = rf.entName(e2)
			}
		}
		for k := s.start; k < s.b && obj == ""; k++ {
			if e2 := rf.entityOf(k); e2 >= 0 && rf.ents[e2].typ == kg.Organization && e2 != m.ent && !rf.addressee(rf.mentions[rf.entAt[k]].a) && (bare || rf.namedBody(e2, body)) {
				obj = rf.entName(e2)
				break
			}
		}
		if obj == "" && bare && spokesRole(role) {
			obj = rf.subjectBodyBefore(m.sent, a) // "Delta said … . Spokesman Mike Thomas said" (officerbodies.go)
		}
	}
	byDefault := false
	if obj == "" && isNationalRole(role) && !rf.bodyNounBeforeTitle(a) && !rf.bodyNameBeforeTitle(a) {
		obj, byDefault = rf.countryServedIn(m.ent, m.sent)
	}
	if obj == "" && isLocalRole(role) {
		obj = rf.officePlace()
		if strings.HasSuffix(role, "governor") && rf.town(obj) {
			obj = "" // "former governor Lee Hart" in a report from a city: no town has a governor
		}
	}
	if _, isCountry := countryNames[obj]; isCountry && role == "leader" && rf.factionBefore(a, ra) {
		return // "Turkey's main opposition leader", "French far-right leader": a faction's (factions.go)
	}
	rf.addServedRole(m.sent, e.name, pred, obj, rf.span(a, m.b), byDefault)
}

// titleBody returns what stands right before the role words opening at token a in a
// sentence from token start, which decides whether the organization the sentence names
// elsewhere may be the one they serve: bare is true when nothing owns them ("spokeswoman
// Elizabeth Sun", "But founder Nick Denton"). A capitalised word the entities left
// unread names the body itself ("Harbor chief Ann Cole", "Army chief Gen. Raheel
// Sharif"), returned as body: only an organization of that name may serve. A possessive
// ("its data chief", "his spokeswoman") gives neither: the owner's, never a body named
// elsewhere, such as the agency that reported the sentence.
func (rf *relationFinder) titleBody(start, a int) (bare bool, body string) {
	p := a - 1
	switch {
	case p < start || rf.toks[p].kind != tWord:
		return true, ""
	case rf.is(p, wIts, wHis, wHer, wTheir, wOur, wMy, wYour):
		return false, ""
	case !rf.toks[p].has(fCap) || rf.toks[p].feat&lxFunc != 0:
		return true, "" // "says co-founder Greg Moon", "But founder Nick Denton"
	}
	if k, ok := definiteKind[rf.low(p)]; ok && p == start && k.sort == sortBusiness {
		return true, "" // "Company spokesman Chris Arnold" opening a sentence
	}
	return false, rf.tok(p)
}

// namedBody reports whether entity e is named body, by its name or an alias.
func (rf *relationFinder) namedBody(e int, body string) bool {
	if body == "" {
		return false
	}
	if rf.ents[e].name == body {
		return true
	}
	for _, al := range rf.ents[e].aliases {
		if al == body {
			return true
		}
	}
	return false
}

// appositive: "Burhan Ghalioun, the head of the Syrian National Council", "Jeremy Douglas,
// a United Nations official", "Annan, who was appointed the United Nations and Arab League
// envoy to Syria", "Liu Shih-chung, city government deputy secretary general".
func (rf *relationFinder) appositive(mi int) {
	m := &rf.mentions[mi]
	e := rf.ents[m.ent]
	if e.typ != kg.Person {
		return
	}
	if rf.punct(m.ta-1, ',') {
		rf.reversedAppositive(mi)
	}
	k, end, ok := rf.appositivePhrase(m)
	if !ok {
		return
	}
	if j := rf.secondRole(k, end); j > 0 {
		rf.appositiveRole(mi, j+1, end) // "and owner of the Cleveland Cavaliers"
		end = j
	} else if j, b := rf.sharedBodyRole(k, end); j > 0 {
		rf.appositiveRole(mi, j, b) // "co-founder and chief executive of Quillon Labs"
	}
	rf.appositiveRole(mi, k, end)
}

// sharedBodyRole returns the first token of a second role that is coordinated with the
// appositive's first one before the body both are held in ("co-founder and chief
// executive of Quillon Labs", "president and CEO of X", "a lawmaker and the chairman of
// the Treasury Committee"): the role right after the first role's "and" (its article
// and up to two lower-case modifiers aside, "and senior vice president"), and the end of
// the phrase it reads, which closes after the first organization named after it (not
// "Moor Insights and Strategy", one firm the chunker split, nor "a venture with SAIC
// Motor"), or after the organization a possessive one owns; else -1. The first role
// keeps the whole phrase, as before.
func (rf *relationFinder) sharedBodyRole(k, end int) (a, b int) {
	_, ra, rb := firstRole(rf.doc, k, end)
	if ra < 0 || rb >= end-1 || !rf.is(rb, wAnd) {
		return -1, -1
	}
	a = rb + 1
	if rf.is(a, wThe, wA, wAn) {
		a++
	}
	_, ra2, rb2 := firstRole(rf.doc, a, end)
	if ra2 < 0 || ra2-a > 2 || rb2 >= end || !rf.is(rb2, wOf, wAt, wFor) {
		return -1, -1
	}
	for j := a; j < ra2; j++ {
		if rf.toks[j].kind != tWord || rf.toks[j].has(fCap) || rf.toks[j].feat&lxFunc != 0 {
			return -1, -1
		}
	}
	for j := rb2 + 1; j < end; j++ {
		if e := rf.entityOf(j); e >= 0 && (rf.ents[e].typ == kg.Organization || rf.ents[e].typ == kg.Group) {
			b := rf.mentions[rf.entAt[j]].b
			if o := rf.entityOf(b + 1); rf.owner(b) && o >= 0 && rf.ents[o].typ == kg.Organization {
				j = b // "director of Kestrel University's Institute of Media": the institute
				continue
			}
			return a, b
		}
	}
	return a, end
}

// secondRole returns the "and" of the appositive k..end-1 that opens a second role
// after the first conjunct has named its own body: a role noun right after it, or after
// its article, once the first role has named one ("the chairman of Quicken Loans and
// owner of the Cleveland Cavaliers"), or a noun phrase that names where it is held
// (heldAt) once any name precedes it ("a pediatrician at Alder Clinic and a professor at
// Lund University", "a professor at Lund University and a consultant for Northwind"), or
// after a time word that sets the second role apart, named or not ("a former aide to the
// mayor and now head of Quill Partners"), or a body's name and its role once any name
// and the first role precede it ("a former U.S. military commander and CIA director":
// bodyTitleAt; not "a former Amgen Inc and Baxter Inc executive"); else -1. A bare
// second role after a name before the first ("a Trump supporter and adviser", "Washington Post publisher and chief
// executive Frederick Ryan") stays one phrase. Two roles before one body ("president and
// CEO of X", "a lawmaker and chairman of X") stay one phrase, and so does a capitalised title
// ("Executive Vice President of Football Operations and General Manager").
func (rf *relationFinder) secondRole(k, end int) int {
	_, _, rb := firstRole(rf.doc, k, end)
	named, roleNamed := false, false // a name before the "and"; one after the first role
	for j := k; rb >= 0 && j < end-1; j++ {
		if !rf.is(j, wAnd) {
			named = named || rf.entityOf(j) >= 0
			roleNamed = roleNamed || j >= rb && rf.entityOf(j) >= 0
			continue
		}
		a := j + 1
		timed := rf.is(a, wNow, wLater, wCurrently)
		if timed {
			a++ // "a former aide to the mayor and now head of Quill Partners"
		}
		if !named && !timed {
			return -1
		}
		if rf.is(a, wThe, wA, wAn) {
			a++
		}
		if _, ra, _ := firstRole(rf.doc, a, end); roleNamed && ra == a && !rf.toks[a].has(fCap) || rf.heldAt(a, end) || rb <= j && rf.bodyTitleAt(a, end) {
			return j
		}
	}
	return -1
}

// bodyTitleAt reports whether the words from a are a body's name and a lower-case role
// right after it, the way a second conjunct names its own body ("a former U.S. military
// commander and CIA director", "the former CIA director and Army general").
func (rf *relationFinder) bodyTitleAt(a, end int) bool {
	m := rf.namedMentionAt(a)
	if m == nil || m.demonym || rf.ents[m.ent].typ != kg.Organization {
		return false
	}
	_, ra, _ := firstRole(rf.doc, m.b, end)
	return ra == m.b && !rf.toks[ra].has(fCap)
}

// heldAt reports whether the words from a are a noun phrase of its own that names where
// it is held: up to three lower-case words, then "of", "at", "for" or "with" and a name
// ("a consultant for Northwind Bank", "a grandson of Carl Ruiz"), so that the role
// before its "and" keeps its own body only.
func (rf *relationFinder) heldAt(a, end int) bool {
	for p := a; p < end-1 && p-a < 3; p++ {
		if rf.toks[p].kind != tWord || rf.toks[p].has(fCap) || rf.toks[p].feat&(lxFunc|lxSpeech) != 0 {
			return false
		}
		if q := p + 1; rf.is(q, wOf, wAt, wFor, wWith) {
			if rf.is(q+1, wThe) {
				q++
			}
			return rf.entityStartsAt(q + 1)
		}
	}
	return false
}

// appositiveRole reads the role of the appositive words k..end-1 after mention mi.
func (rf *relationFinder) appositiveRole(mi, k, end int) {
	m := &rf.mentions[mi]
	e := rf.ents[m.ent]
	// the role: the longest role-noun run in the phrase
	role, ra, rb := rf.roleOutsideNames(k, end)
	if role == "" {
		rf.occupationAt(mi, k, end)
		rf.orgOccupation(mi, k, end)
		return
	}
	if rf.othersRoleBefore(m, k, ra) {
		return // "the only one to vote against Dauman's elevation to executive chairman of Viacom"
	}
	if role == "major" && rf.fieldOfStudy(k, ra) {
		role = "student" // "a sophomore education major at Lund University"
	}
	if role == "member" && ra > k && rf.is(ra-1, wBoard) && rf.boardMemberAlone(rb, end) {
		role = "director" // "a board member at Quill Mining": boards.go
	}
	pred := rolePredicate(role)
	if role == "director" && rf.is(ra-1, wBoard) {
		pred = boardSeat
	}
	if pred == "" {
		if memberTrades.has(role) {
			rf.occupationAt(mi, k, end) // "an activist with the X Committee" (roles61)
		}
		return
	}
	for i := rb; i < end; i++ {
		e2 := rf.entityOf(i)
		if e2 < 0 || e2 == m.ent || rf.ents[e2].typ != kg.Person {
			continue
		}
		if rf.servedPerson(role, rb, i) {
			i = rf.mentions[rf.entAt[i]].b - 1 // "an adviser to Mayor Ann Colby": her whole name is hers
			continue
		}
		if !rf.is(i-1, wOf) && compoundSuffix(rf.tok(i)) == "" {
			return // "Jack Dorsey, Google CEO Sundar Pichai": another person's title
		}
	}
	objs := rf.appositiveObjects(m, k, end, ra, rb)
	if legislativeRole(role) && (len(objs) == 0 || len(objs) == 1 && rf.typeOfName(objs[0]) == kg.Place) {
		if p := rf.constituency(m); p != "" {
			objs = []string{p} // "Jane Porter, a U.S. senator from Ohio"
		}
	}
	if len(objs) == 0 && rb == end {
		if c := rf.formerCabinetCountry(pred, ra, k); c != "" {
			objs = []string{c} // "Clinton, the former secretary of state,"
		}
	}
	if len(objs) == 0 && rb == end && executiveRole(role) && rf.bareOfficer(k, ra) {
		if o := rf.clearMainOrg(); o != "" {
			objs = []string{o} // "Ann Berg, the chief financial officer, said" in a report on one company
		}
	}
	faction := role == "leader" && rf.factionBefore(k, ra)
	for _, o := range objs {
		if _, isCountry := countryNames[o]; isCountry && faction {
			continue // "Amy Frost, team leader in Greece", "X, an opposition leader in Turkey": a faction's (factions.go)
		}
		if !bareKindObject(o) || rf.entIndex(o) >= 0 { // "Lena Vik, a speaker of parliament" with no parliament named (definites.go)
			rf.addRelation(m.sent, e.name, pred, o, rf.span(m.a, end))
		}
	}
	if unitHeadPredicates[pred] && rb < end && rf.is(rb, wOf, wAt, wFor) {
		j := rb + 1
		if rf.is(j, wThe) {
			j++
		}
		if o := rf.unitOwnerEmployer(j, end); o != "" {
			rf.addRelation(m.sent, e.name, "employeeOf", o, rf.span(m.a, end)) // "director of Halvorsen University's marine program" (subunits.go)
		}
	}
}

// othersRoleBefore reports whether the role at ra of the appositive k..ra-1 after mention
// m is another person's: a person other than m's is named before it in the possessive,
// and "to" or "as" leads from that person's noun to the role ("against Dauman's
// elevation to executive chairman", "backed Lind's appointment as chief"), not "Hale's
// chief of staff" or "Hale's longtime chief of staff".
func (rf *relationFinder) othersRoleBefore(m *mention, k, ra int) bool {
	for j := k; j < ra; j++ {
		e := rf.entityOf(j)
		if e < 0 {
			continue
		}
		om := &rf.mentions[rf.entAt[j]]
		if e == m.ent || rf.ents[e].typ != kg.Person || !rf.owner(om.b) {
			j = max(j, om.b-1)
			continue
		}
		for i := om.b + 1; i < ra; i++ {
			if rf.is(i, wTo, wAs) {
				return true
			}
		}
		j = max(j, om.b-1)
	}
	return false
}

// bareOfficer reports whether the words k..ra-1 before an appositive's role leave it a
// title of the report's own company: none, "the", or a word that keeps it current
// ("the new", "interim"); not "a" (one of many), "former" or a possessive (another's).
func (rf *relationFinder) bareOfficer(k, ra int) bool {
	for j := k; j < ra; j++ {
		if !rf.is(j, wThe, wNew, wInterim, wActing, wCurrent) {
			return false
		}
	}
	return true
}

// fieldOfStudy reports whether the word before the role "major" at ra, inside the
// appositive from k, is the field a student majors in ("a senior biology major at Lund
// University"): a lower-case word, not a function word nor one that qualifies a military
// major ("a retired major", "an army major").
func (rf *relationFinder) fieldOfStudy(k, ra int) bool {
	f := ra - 1
	if f < k || rf.toks[f].kind != tWord || rf.toks[f].has(fCap) || rf.toks[f].feat&(lxFunc|lxSpeech) != 0 {
		return false
	}
	return !rf.is(f, wRetired, wFormer, wLate, wArmy, wMarine, wMilitary, wAir, wForce)
}

// descriptionStart returns the first token of the description that follows mention m:
// the word after its comma (", the head of …"), past an age set off by commas first
// (ageAside: "Rolf Dahl, 54, the chief executive of …"), or the article after "is" or
// "was" ("Lena H. Sun is a national reporter …"), an adverb of time or addition aside
// ("is also a director of …", "was previously the head of …"). ok is false when no
// description follows.
func (rf *relationFinder) descriptionStart(m *mention) (k int, ok bool) {
	if k := rf.tagAsideEnd(m); k > 0 {
		return k, true // "Rep. Tom Hale, R-Ohio, chairman of …" (partytags.go)
	}
	if rf.punct(m.b, ',') {
		if rf.ageAside(m.b + 1) {
			return m.b + 3, true
		}
		return m.b + 1, true
	}
	if rf.is(m.b, wIs, wWas) && rf.is(m.b+1, wA, wAn, wThe) {
		return m.b + 1, true
	}
	if rf.is(m.b, wIs, wWas) && rf.is(m.b+1, wAlso, wNow, wPreviously, wFormerly, wCurrently, wOnce, wStill) && rf.is(m.b+2, wA, wAn, wThe) {
		return m.b + 2, true // "Quill was previously the chief financial officer of …"
	}
	if k, ok := rf.copularOwner(m); ok {
		return k, true
	}
	return rf.predicatedRole(m)
}

// copularOwner reads a description that a copula gives mention m's person with a named
// possessor in place of the article: "Lena Vik is Norvane Bank's chief executive", "Ola
// Berg became Quill's first finance chief", "Ada Lund was also Tom Lund's sister" — read
// as the appositive "Lena Vik, Norvane Bank's chief executive," is. The copula is "is",
// "was", "became", "becomes", "remains", "remained" or "has been"/"had been", one adverb
// of time or addition aside; the possessor a name, not a nationality, that opens right
// after it ("the" aside) and ends with "'s" or a plural's lone apostrophe. The name must be its
// clause's subject: not the object of a preposition ("the lawyer for Ann Lund is Tom
// Berg's cousin"). It returns where the possessor starts.
func (rf *relationFinder) copularOwner(m *mention) (int, bool) {
	s := &rf.sents[m.sent]
	if !rf.copulaSubject(m) {
		return 0, false
	}
	j := m.b
	switch {
	case rf.is(j, wHas, wHad) && rf.is(j+1, wBeen):
		j += 2
	case rf.is(j, wIs, wWas, wBecame, wBecomes, wRemains, wRemained):
		j++
	default:
		return 0, false
	}
	if rf.is(j, wAlso, wNow, wPreviously, wFormerly, wCurrently, wOnce, wStill) {
		j++
	}
	if rf.is(j, wThe) {
		j++ // "became the U.S. Army's first female infantry officer"
	}
	e := rf.entityOf(j)
	if e < 0 || e == m.ent || j >= s.b {
		return 0, false
	}
	o := &rf.mentions[rf.entAt[j]]
	if o.a != j || o.demonym || !rf.possessive(o.b) {
		return 0, false
	}
	return j, true
}

// subjectPrepositions are the prepositions whose object a name is, not the subject of
// the copula after it: "the lawyer for Ann Lund is …", "a deal with Birch was …".
var subjectPrepositions = newTokSet(map[string]bool{"of": true, "for": true, "with": true, "to": true,
	"by": true, "from": true, "in": true, "on": true, "at": true, "against": true, "about": true,
	"like": true, "than": true, "into": true, "over": true, "under": true, "between": true, "among": true,
	"behind": true, "after": true, "before": true, "without": true})

// copulaSubject reports whether mention m may be the subject of a copula right after
// it: no preposition stands before its name or title, "the" aside ("Birch is …", "and
// the Kord Group was …"; not "the lawyer for Ann Lund is …").
func (rf *relationFinder) copulaSubject(m *mention) bool {
	p := m.ta - 1
	if rf.is(p, wThe) {
		p--
	}
	return p < rf.sents[m.sent].start || !rf.in(p, subjectPrepositions)
}

// predicatedRole reads a role the clause's verb gives the person of mention m right
// after the name: "X became chief executive of Acme", "X has been chairman of Acme since
// 2012", "X was appointed chief executive of Acme", "X was named president of Birch",
// "X was sworn in as mayor of Lusk". The phrase must open with a role (after an article
// at most), so that "X was named in the lawsuit" gives nothing. It returns where the
// phrase starts.
func (rf *relationFinder) predicatedRole(m *mention) (int, bool) {
	s := &rf.sents[m.sent]
	j := m.b
	switch {
	case rf.is(j, wHas, wHad, wHave) && rf.is(j+1, wBeen):
		j += 2
	case rf.is(j, wIs, wWas, wBecame, wBecomes, wRemains, wRemained):
		j++
	default:
		return 0, false
	}
	switch {
	case rf.is(j, wAppointed, wNamed, wElected, wMade, wPromoted):
		j++
		if rf.is(j, wAs, wTo) {
			j++
		}
	case rf.is(j, wSworn) && rf.is(j+1, wIn) && rf.is(j+2, wAs):
		j += 3
	}
	k := j
	if rf.is(k, wThe, wA, wAn, wIts) {
		k++
	}
	_, ra, rb := firstRole(rf.doc, k, min(k+4, s.b))
	if ra != k || !rf.is(rb, wOf, wAt, wFor) {
		return 0, false
	}
	// the body must be the role's own complement, not a modifier of another noun: "chief
	// judge of the D.C. federal appeals court", "leader of the movement to unite SAG" give
	// nothing
	b := rb + 1
	if rf.is(b, wThe) {
		b++
	}
	e := rf.entityOf(b)
	if e < 0 || rf.ents[e].typ == kg.Person {
		return 0, false
	}
	if after := int(rf.mentions[rf.entAt[b]].b); after < s.b && rf.toks[after].kind == tWord && !rf.toks[after].has(fCap) && rf.toks[after].feat&lxFunc == 0 {
		return 0, false
	}
	return j, true
}

// ageAside reports whether the token at k is a person's age set off by commas after
// their name, with a noun phrase opening after it: "Rolf Dahl, 54, the chief executive of
// Norland Trust" (a whole number of up to three digits, a comma, an article), which the
// description readers step over to the description in the second place of the chain.
func (rf *relationFinder) ageAside(k int) bool {
	if k+2 >= len(rf.toks) || rf.toks[k].kind != tNum || !rf.punct(k+1, ',') || !rf.is(k+2, wA, wAn, wThe) {
		return false
	}
	w := rf.tok(k)
	if len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// appositivePhrase returns the words k..end-1 of the appositive after mention m, its
// article left out: ", the head of the Syrian National Council", ", who was appointed
// the … envoy", " is a national reporter for …". ok is false when there is none.
func (rf *relationFinder) appositivePhrase(m *mention) (k, end int, ok bool) {
	s := &rf.sents[m.sent]
	if k, ok = rf.descriptionStart(m); !ok {
		return 0, 0, false
	}
	if rf.clauseOpener(k) {
		return 0, 0, false // "Trump, including for having questioned a U.S. judge's motives"
	}
	if rf.is(k, wWho) {
		// who was appointed|named|elected …
		j := k + 1
		for j < s.b && j < k+4 && rf.is(j, wWas, wIs, wHas, wHad, wBeen, wRecently, wLater) {
			j++
		}
		if !rf.is(j, wAppointed, wNamed, wElected, wMade, wBecame) {
			return 0, 0, false
		}
		k = j + 1
	}
	end = k
	for end < s.b && end-k < 18 && !rf.punct(end, ',') && rf.toks[end].kind != tStop && !rf.is(end, wWho, wWhose, wSaid, wSays, wTold, wBased) && !rf.allegianceAhead(end) {
		if end > k && rf.in(end, subordinators) && rf.toks[end].kind == tWord && !(rf.is(end, wSince) && rf.toks[end+1].kind == tNum) {
			break // "chief of Karvo Systems after it bought Lindqvist": a clause of its own
		}
		end++ // "X, a U.S. citizen pledged allegiance to the leader of …": the oath is the sentence's verb (allegiance.go)
	}
	end = rf.runOnEnd(m.sent, k, end)
	for k < end && rf.is(k, wThe, wA, wAn, wIts, wHis, wHer) {
		k++
	}
	return k, end, k < end
}

// runOnEnd returns where the appositive k..end-1 ends when its closing comma is missing
// and it runs on into its sentence's verb ("Lena Vale, a senior engineer at Acme describes
// Birch's new system as …"): at the first lower-case finite verb after the role's
// organization, not a verb of naming ("a group called the Northern Brigade"), or at an
// opening quote mark after it; else end.
func (rf *relationFinder) runOnEnd(si, k, end int) int {
	_, _, rb := firstRole(rf.doc, k, end)
	if rb < 0 {
		return end
	}
	named := false
	for j := rb; j < end; j++ {
		if e := rf.entityOf(j); e >= 0 {
			named = named || rf.ents[e].typ == kg.Organization || rf.ents[e].typ == kg.Group
			j = rf.mentions[rf.entAt[j]].b - 1
			continue
		}
		if named && rf.toks[j].kind == tOpenQ {
			return j // "a spokesman for Acme Inc. "We have seen …": a quote of the next sentence
		}
		if !named || rf.toks[j].kind != tWord || rf.toks[j].has(fCap) || rf.is(j, wCalled, wNamed, wKnown, wDubbed) {
			continue
		}
		if rf.finiteVerbBase(si, j, rf.low(j)) != "" || rf.verbAfterName(j) {
			for j-1 > rb && rf.is(j-1, wHas, wHave, wHad, wWas, wIs, wAnd, wAlso) {
				j-- // "a former member of the Vesper Front and has appeared …"
			}
			return j
		}
	}
	return end
}

// verbAfterName reports whether the word in -s at j, right after a name and before an
// article or a name, is a verb ("Acme describes Birch's platform"), which openVerbBase
// leaves out for the compound noun of "California firms Cylance"; "operations in Asia" and
// "sales" at a phrase's end stay nouns.
func (rf *relationFinder) verbAfterName(j int) bool {
	w := rf.low(j)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || !englishWords.has(w) {
		return false
	}
	if rf.toks[j].feat&(lxRole|lxPersonNoun|lxGroup) != 0 || rf.entityOf(j-1) < 0 || sBase(w) == "" {
		return false
	}
	return rf.in(j+1, openDeterminers) || rf.entityStartsAt(j+1)
}

// roleOutsideNames returns the first role-noun run of tokens a..end-1 (firstRole) that
// is no word of a name the article knows, one that a capitalised word of the same name
// follows: "the General Motors chief executive" holds the role "chief executive", not
// "general"; "a doctor at Port Moresby General Hospital" is a doctor.
func (rf *relationFinder) roleOutsideNames(a, end int) (role string, ra, rb int) {
	for a < end {
		role, ra, rb = firstRole(rf.doc, a, end)
		if role == "" || rf.entityOf(ra) < 0 || !rf.toks[ra].has(fCap) {
			return role, ra, rb
		}
		m := &rf.mentions[rf.entAt[ra]]
		if rb >= m.b || rf.ents[rf.entityOf(ra)].typ == kg.Person || rf.toks[rb].kind != tWord || !rf.toks[rb].has(fCap) || rf.toks[rb].feat&lxFunc != 0 {
			// the role ends the name ("Bangladesh Ambassador") or leads into a phrase of
			// its own ("Head of Taxation at ACCA", "U.S. Attorney for"): a title the
			// entity stage kept with its words, still the role
			return role, ra, rb
		}
		a = m.b // "General Motors", "Port Moresby General Hospital": a word of the name
	}
	return "", -1, -1
}

// firstRole returns the first role-noun run of tokens a..end-1 (the longest that starts
// there) and its tokens, or "".
func firstRole(d *doc, a, end int) (role string, ra, rb int) {
	for i := a; i < end; i++ {
		if !mayLeadRole(d, i) {
			continue
		}
		for j := min(end, i+maxRoleLen); j > i; j-- {
			if !lowerKeyIn(roleNouns, d.span(i, j)) {
				continue // asked without lowering a copy of each candidate span
			}
			cand := strings.ToLower(d.span(i, j))
			if !rankModifier(d, cand, j, end) {
				return cand, i, j
			}
			// "a general assignment reporter": the head is the role among the
			// lower-case words after "general", or there is none ("general counsel
			// for the U.S. Director of National Intelligence" is no director)
			for k := j; k < end && k < j+3 && rankModifier(d, "general", k, end); k++ {
				if w := strings.ToLower(d.span(k, k+1)); roleNouns[w] {
					return w, k, k + 1
				}
			}
			return "", -1, -1
		}
	}
	return "", -1, -1
}

// roleLead is the first word of role noun r: its letters up to the first other byte
// ("vice" of "vice-chairman", "chief" of "chief executive").
func roleLead(r string) string {
	for k := 0; k < len(r); k++ {
		if c := r[k]; c < 'a' || c > 'z' {
			return r[:k]
		}
	}
	return r
}

// mayLeadRole reports whether a role noun (roleNouns) may start at token i: false only
// when no lower-cased span from token i can be one. Every role noun starts with a
// lower-case ASCII letter, so a token opening on another ASCII byte starts none; a word
// of ASCII letters only, followed by an ASCII byte that is no letter (or by nothing), can
// start only a role whose first word (roleLead) is its lower-case form, which annotate
// marked with the class wcRoleLead. A byte past ASCII (which strings.ToLower may map to
// a letter: the Kelvin sign) leaves the answer true.
func mayLeadRole(d *doc, i int) bool {
	t := &d.toks[i]
	w := d.text[t.s:t.e]
	if w == "" {
		return true
	}
	if c := w[0]; c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return false
	}
	if t.kind != tWord || t.cls&wcRoleLead != 0 {
		return true
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return true
		}
	}
	if int(t.e) < len(d.text) {
		if c := d.text[t.e]; c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// rankModifier reports whether the role word "general" ending at token j only
// qualifies the lower-case noun after it, which is the phrase's head: "general counsel
// at Lyft", "a general assignment reporter for the Ledger", "general partner at Acme".
// A general's own rank is followed by a name, "of", or nothing ("the commanding general
// of U.S. Army Pacific", "an army general").
func rankModifier(d *doc, role string, j, end int) bool {
	return role == "general" && j < end && d.toks[j].kind == tWord && !d.toks[j].has(fCap) && d.toks[j].feat&(lxFunc|lxSpeech) == 0
}

// appositiveObjects returns whom the role ra..rb-1 of the appositive k..end-1 after
// mention m is held for: the organizations the phrase names (all of "the United Nations
// and Arab League") or a person before the role ("Joko Widodo's cabinet secretary"),
// else a lower-case organization after it ("head of the Indonesian armed forces") or
// before it ("city government deputy secretary general"), else a place.
func (rf *relationFinder) appositiveObjects(m *mention, k, end, ra, rb int) []string {
	if o := rf.ownerWord(ra, m.a); o != "" {
		return []string{o} // "the company's chief executive", "its founder"
	}
	var objs []string
	place, unit := "", false
	served := rf.servesPersonAfter(roleWords(rf.doc, ra, rb), rb, end)
	at := -1 // "head of the political science department at Halvorsen University": the department's (subunits.go)
	unitHead := unitHeadPredicates[rolePredicate(roleWords(rf.doc, ra, rb))]
	if unitHead {
		at = rf.unitBeforeAt(rb, end)
	}
	for i := k; i < end; i++ {
		if i > rb && rf.is(i, wWhich, wWho, wThat) {
			break // "a partner at Golden Gate Ventures which is invested in Carousell"
		}
		e2 := rf.entityOf(i)
		if e2 < 0 || e2 == m.ent {
			continue
		}
		if served && rf.ents[e2].typ != kg.Person {
			// "a psychiatrist at Acme and former adviser to President Cole", "a
			// spokesman for House Speaker Ann Cole": Cole's, not Acme's nor the House's
			continue
		}
		if b := rf.mentions[rf.entAt[i]].b; len(rf.tok(b)) > 1 && strings.HasPrefix(rf.tok(b), "-") || compoundSuffix(rf.tok(b-1)) != "" {
			i = b
			continue // "co-founder of SoftBank-backed Tokopedia": a modifier
		}
		if at >= 0 && i > at || i >= rb && rf.unitOwnerAfter(rf.mentions[rf.entAt[i]].b) && (rf.ents[e2].typ == kg.Place || unitHead) {
			i, unit = rf.mentions[rf.entAt[i]].b, true
			continue // "head of the Kestrel Agency's Security Office": the office's (subunits.go)
		}
		switch rf.ents[e2].typ {
		case kg.Organization, kg.Group:
			name := rf.entName(e2)
			if usPartyWords[name] != "" {
				continue // "a Republican senator from Texas": partyroles.go
			}
			if mb := rf.mentions[rf.entAt[i]].b; rf.is(i, wSenate, wHouse) && mb == i+1 && partyLabels.has(rf.tok(mb)) {
				continue // "the House Democratic leader": the chamber's Democrats', not the House's (chamberparties.go)
			}
			if len(objs) == 0 || objs[len(objs)-1] != name {
				objs = append(objs, name)
			}
		case kg.Place:
			if place == "" && !unit && !rf.mentions[rf.entAt[i]].demonym { // not "head of Norvale's Lisbon unit"
				place = rf.entName(e2)
			}
		case kg.Person:
			if i < ra || rf.servedPerson(roleWords(rf.doc, ra, rb), rb, i) {
				objs = append(objs, rf.entName(e2))
			}
		}
	}
	if len(objs) == 0 && rb < end && rf.is(rb, wOf, wFor, wAt) && rf.is(rb+1, wThe) {
		if o := rf.describedName(rb+1, end, false); o != "" {
			objs = append(objs, o) // "a worker for the board": definites.go
		}
	}
	if len(objs) == 0 && rb < end && rf.is(rb, wOf, wFor, wAt) {
		j := rb + 1
		if rf.is(j, wThe) {
			j++
		}
		if j < end && rf.toks[end-1].feat&lxOrgHead != 0 {
			objs = append(objs, rf.ownerOrWords(j, end))
		}
	}
	if len(objs) == 0 && ra > k && rf.toks[ra-1].feat&lxOrgHead != 0 && usPartyWords[rf.tok(k)] == "" && !rf.agedDescription(k) {
		// not "a Democratic assembly member": the party qualifies the body (partyroles.go);
		// nor "a 29-year-old Seoul office worker": a kind of worker (describedages.go)
		objs = append(objs, rf.ownerOrWords(k, ra)) // "Craig Hoover, the agency official"
	}
	if len(objs) == 0 && place != "" && placeRole(strings.ToLower(rf.span(ra, rb))) {
		objs = append(objs, place)
	}
	if len(objs) == 0 && ra > k && rf.entityOf(ra-1) < 0 && usPartyWords[rf.tok(ra-1)] != "" && partyOffices.has(kg.RolePredicate(roleWords(rf.doc, ra, rb))) {
		// "a Republican strategist": the party's lone word, no entity of its own, names
		// the body of a party's own office (partyroles.go turns it into the party's name)
		objs = append(objs, rf.tok(ra-1))
	}
	return objs
}

// countryServed is the country a person with a national role and no organization named
// serves: the one the word lists know them for ("President Obama" in a report from
// Jakarta), else the article's country, reported as taken by default (rolecountry.go's
// statedCountries may set it right).
func (rf *relationFinder) countryServed(ei int) (string, bool) {
	if c := rf.leaderCountry(ei); c != "" {
		return c, false
	}
	return rf.mainCountry, true
}

// leaderCountry is the country or body the word lists know entity ei for, by its name or
// an alias ("Obama" → United States), or "".
func (rf *relationFinder) leaderCountry(ei int) string {
	e := rf.ents[ei]
	if c := leaderOf[e.name]; c != "" {
		return c
	}
	for _, a := range e.aliases {
		if c := leaderOf[a]; c != "" {
			return c
		}
	}
	return ""
}

// roleComplement reports whether the role at ra, in the phrase a..ra-1 before a name's
// comma, is what a clause says its own subject is or becomes: "as" or a form of "be" or
// "become" among the four lower-case words before it ("selected as the next head of",
// "worked as an adviser to", "to be president"); not "he was chairman of", "since he
// became president" or "his time as mayor", whose pronoun is the name after the comma,
// nor "As a member of X, Y" opening the phrase, nor a verb's object ("had nominated its
// ambassador to").
func (rf *relationFinder) roleComplement(a, ra int) bool {
	j := ra - 1
	for j >= a && j > ra-5 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && !rf.is(j, wAs, wBe, wBecome, wBecomes, wBecame) {
		j-- // "as the next", "be the new"
	}
	if j <= a || !rf.is(j, wAs, wBe, wBecome, wBecomes, wBecame) {
		return false // "As a member of the U.K. Independence Party, Mr. Farage": the name is the subject
	}
	for k := a; k < j; k++ {
		if rf.is(k, wHe, wShe, wHis, wHer) {
			return false // "Since he became president, Barack Obama", "During his time as Mayor of New York City, Bloomberg"
		}
	}
	return true
}

// reversedAppositive: "The head of the Indonesian armed forces, Gen. Gatot Nurmantyo",
// "President Joko Widodo's cabinet secretary, Pramono Anung", "the spokesman, Nico
// Schermers, of the Netherlands Embassy in Jakarta".
func (rf *relationFinder) reversedAppositive(mi int) {
	m := &rf.mentions[mi]
	s := &rf.sents[m.sent]
	e := rf.ents[m.ent]
	c := m.ta - 1 // the comma
	a := c
	for a > s.start && c-a < 12 && !rf.punct(a-1, ',') && !rf.punct(a-1, ';') && rf.toks[a-1].kind != tCloseQ && !rf.is(a-1, wAnd, wSaid, wSays) {
		a--
	}
	if a == c {
		return
	}
	role, ra, rb := "", -1, -1
	// the role that ends at the comma is the phrase's head ("President Joko Widodo's
	// cabinet secretary, Pramono Anung"); else the first one ("The head of …, Gen. X")
	for i := max(a, c-maxRoleLen); i < c; i++ {
		if cand := strings.ToLower(rf.span(i, c)); roleNouns[cand] {
			role, ra, rb = cand, i, c
			break
		}
	}
	if role == "" {
		role, ra, rb = firstRole(rf.doc, a, c)
	}
	if role == "" || rb != c && !rf.is(rb, wOf, wFor, wAt, wTo) {
		return
	}
	if rf.roleComplement(a, ra) || rf.is(rb, wTo) && rf.toks[rb+1].kind == tWord && !rf.toks[rb+1].has(fCap) && !rf.is(rb+1, wThe) {
		// "X has been selected as the next head of Y, Defense Secretary Z said", "who was
		// most qualified to be president, Clinton": the role is the clause's subject's;
		// "the last sitting president to visit Cuba, Calvin Coolidge": no envoy to Cuba
		return
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	if rf.is(rb, wTo) {
		// "The special U.N. envoy to Iraq, Jan Kubis": the body the role is of and the
		// place it is to
		for j := a; j < c; j++ {
			if e2 := rf.entityOf(j); e2 >= 0 && e2 != m.ent && !rf.mentions[rf.entAt[j]].demonym {
				rf.addRelation(m.sent, e.name, pred, rf.entName(e2), rf.span(a, m.b))
				j = rf.mentions[rf.entAt[j]].b - 1
			}
		}
		return
	}
	obj := rf.ownerWord(ra, a)
	// "X's ROLE"
	if obj == "" && ra >= 2 && (rf.tok(ra-1) == "'s" || rf.tok(ra-1) == "’s") {
		obj = rf.entName(rf.entityOf(ra - 2))
	}
	if obj == "" && rb < c {
		for j := rb + 1; j < c; j++ {
			e2 := rf.entityOf(j)
			if e2 >= 0 && rf.ents[e2].typ == kg.Organization && unitHeadPredicates[pred] && rf.unitOwnerAfter(rf.mentions[rf.entAt[j]].b) {
				return // "The head of Norvale Motors' design unit, Ann Crane": the unit's (subunits.go)
			}
			if e2 >= 0 && (rf.ents[e2].typ == kg.Organization || rf.ents[e2].typ == kg.Person && rf.servedPerson(role, rb, j)) {
				obj = rf.entName(e2) // "A spokeswoman for Spitzer, Lisa Linden": servedpersons.go
				break
			}
		}
		if obj == "" {
			j := rb + 1
			if rf.is(j, wThe) {
				if rf.toks[c-1].feat&lxOrgHead != 0 {
					obj = rf.describedName(j, c, false) // "a managing director at the Saudi fund, Yasir Al Rumayyan": definites.go
				}
				j++
			}
			if obj == "" && rf.toks[c-1].feat&lxOrgHead != 0 {
				obj = rf.ownerOrWords(j, c)
			}
		}
	}
	if obj == "" && rb < c && rf.is(rb, wOf) && placeRole(role) {
		obj = rf.placeOfRole(rb+1, c) // "The mayor of Springfield, Tom Reed"
	}
	if obj == "" && rb == c && rf.punct(m.b, ',') && rf.is(m.b+1, wOf, wFor, wAt) {
		for j := m.b + 2; j < s.b && j < m.b+10; j++ {
			if e2 := rf.entityOf(j); e2 >= 0 && rf.ents[e2].typ == kg.Organization {
				obj = rf.entName(e2)
				break
			}
		}
	}
	if obj == "" && isNationalRole(role) {
		obj = rf.phraseCountry(a, ra, rb, c) // "Cyprus's new president, Elena Kyprou"
	}
	if obj == "" && rb == c {
		obj = rf.namedBeforeRole(a, ra, m.ent) // "the Port Authority spokesman, Joseph Pentwell"
	}
	byDefault := false
	if obj == "" && isNationalRole(role) && !rf.kindPossessed(ra) && !rf.bodyNameBeforeTitle(ra) {
		obj, byDefault = rf.countryServed(m.ent) // not "the group's president": of no country
	}
	rf.addServedRole(m.sent, e.name, pred, obj, rf.span(a, m.b), byDefault)
}

// placeOfRole returns the place a public office is "of" in the words a..c-1 of a
// description before a name: the whole phrase up to the comma names one place ("The
// mayor of Springfield, Tom Reed", "The first lady of Chicago, Amy Rahm"), else "".
func (rf *relationFinder) placeOfRole(a, c int) string {
	if rf.is(a, wThe) {
		a++
	}
	e2 := rf.entityOf(a)
	if e2 < 0 || rf.ents[e2].typ != kg.Place || rf.mentions[rf.entAt[a]].demonym || rf.mentions[rf.entAt[a]].b != c {
		return ""
	}
	return rf.entName(e2)
}

// ownerOrWords returns the organization the lower-case words a..b-1 beside a role stand
// for (kindOwner), else the words themselves.
func (rf *relationFinder) ownerOrWords(a, b int) string {
	if o := rf.kindOwner(a, b); o != "" {
		return o
	}
	return rf.span(a, b)
}

// placeRole reports whether a role is held for a place when the phrase names no
// organization: a public office ("governor", "mayor", "minister", "envoy", "official"),
// not a trade ("a Brooklyn documentary photographer").
func placeRole(role string) bool {
	if isNationalRole(role) || isLocalRole(role) {
		return true
	}
	for _, w := range []string{"official", "envoy", "ambassador", "representative", "spokesman", "spokeswoman",
		"spokesperson", "senator", "lawmaker", "leader", "commander", "prosecutor", "judge", "secretary", "chief", "head", "first lady"} {
		if strings.HasSuffix(role, w) {
			return true
		}
	}
	return false
}

// ownerWord returns the organization that "its", "their" or "the company's" before the
// role at token ra stands for: for "the company's" (firm's, group's) the organization
// the article names most, for "its" and "their" the nearest name before token at that
// can hold the role (itsOwner); "" for none of these.
func (rf *relationFinder) ownerWord(ra, at int) string {
	k := ra - 1
	for k > 0 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&lxFunc == 0 && !rf.is(k, wAposS, wRsquoS) && ra-k < 3 {
		k-- // "its new chief executive"
	}
	if rf.is(k, wIts, wTheir) {
		si := rf.sentOf(k)
		if st := rf.sents[si].start; rf.is(st, wThe) && rf.is(st+1, wCompany, wFirm) {
			return rf.mainOrg() // "The company was worth $9 billion, … and its founder, X"
		}
		return rf.itsOwner(k, ra, at) // itsowners.go
	}
	if rf.owner(k) {
		if o := rf.kindBefore(k, 0); o != "" {
			return o // "the site's founder": descriptions.go
		}
	}
	if rf.is(k, wAposS, wRsquoS) && rf.is(k-1, wCompany, wFirm, wGroup, wBank, wCarrier, wAutomaker, wRetailer, wStartup, wChipmaker) && rf.is(k-2, wThe) {
		return rf.possessingKind(rf.low(k-1), k-2)
	}
	return ""
}

// possessingKind returns the organization "the KIND's" stands for when the description
// names no one body (describedName). "the company's" and "the firm's" are the article's
// main organization when it is a business (kindFits: no public body, no party), else the
// last business named before token at outside quotations; "the group's" is the main
// organization when it is no body of a state (stateBody: "the group's leader" of an
// unnamed band of occupiers is no leader of the FBI the article names most), else the
// last body the article calls a group or an organization. Other kinds ("the bank's")
// are the main organization. "" when none fits.
func (rf *relationFinder) possessingKind(kind string, at int) string {
	main := rf.mainOrg()
	if kind != "company" && kind != "firm" && kind != "group" {
		return main
	}
	if ei := rf.entIndex(main); ei >= 0 && (kind == "group" && !stateBody(main) || kind != "group" && rf.kindFitsEnt(ei, kind)) {
		return main
	}
	last := -1
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent >= 0 && m.b <= at && rf.quoteOf[m.a] == 0 && !stateBody(rf.ents[m.ent].name) && rf.kindFits(m, kind) {
			last = m.ent
		}
	}
	return rf.entName(last)
}

// kindFitsEnt reports whether one of entity ei's mentions is of the kind (kindFits).
func (rf *relationFinder) kindFitsEnt(ei int, kind string) bool {
	for mi := range rf.mentions {
		if m := &rf.mentions[mi]; m.ent == ei && rf.kindFits(m, kind) {
			return true
		}
	}
	return false
}

// kindPossessed reports whether the role at token ra follows "the KIND's" and at most
// two lower-case words: its holder serves the body the description stands for, never
// a country.
func (rf *relationFinder) kindPossessed(ra int) bool {
	k := ra - 1
	for k > 0 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&lxFunc == 0 && !rf.owner(k) && ra-k < 3 {
		k--
	}
	_, kind := definiteKind[rf.low(k-1)]
	return rf.owner(k) && rf.is(k-2, wThe) && (kind || rf.in(k-1, orgWords))
}

// stateBodyHeads are the heads of a body of a state, which no one calls a group.
var stateBodyHeads = newTokSet(map[string]bool{"Court": true, "Bureau": true, "Department": true,
	"Ministry": true, "Agency": true, "Administration": true, "Commission": true,
	"Congress": true, "Senate": true, "Parliament": true, "Police": true, "Nations": true,
	"Government": true, "Reserve": true, "Office": true, "Army": true, "Navy": true})

// stateBody reports whether an organization's name is a state's body: its head (the
// last word, or the word before its first "of": "Federal Bureau of Investigation") is
// one of stateBodyHeads.
func stateBody(name string) bool {
	head := name
	if i := strings.Index(head, " of "); i >= 0 {
		head = head[:i]
	}
	return stateBodyHeads.has(lastWord(head)) || stateBodyHeads.has(lastWord(name))
}

// occupationNouns are the heads of an appositive that name a trade but no office, which
// roles.txt leaves out: "a security expert at", "a research fellow at". Nouns of a
// science or a craft in "-ist" ("an atmospheric scientist", "a meteorologist") need no
// listing (occupationNoun).
var occupationNouns = newTokSet(map[string]bool{"expert": true, "fellow": true, "scholar": true, "consultant": true,
	"teacher": true, "lecturer": true, "instructor": true, "historian": true, "physician": true,
	"technician": true, "statistician": true, "mathematician": true, "epidemiologist": true,
	"developer": true, "designer": true, "producer": true, "programmer": true, "surgeon": true, "doctor": true, // roles61
	"demographer": true, "geographer": true, "nurse": true, "pilot": true, "trader": true, "banker": true,
	"broker": true, "staffer": true, "librarian": true, "veterinarian": true, "organizer": true, "guide": true}) // ofroles70

// occupationNoun reports whether lower-case word w names a person's trade: occupationNouns,
// or a noun in "-ist" longer than five letters ("scientist", "entomologist"; "analyst" is
// roles.txt's) other than those of a stance or a creed ("activist", "loyalist", "Islamist")
// and a few that name no trade ("tourist", "cyclist").
func occupationNoun(w string) bool {
	if occupationNouns.has(w) {
		return true
	}
	switch w {
	case "activist", "loyalist", "islamist", "extremist", "terrorist", "separatist", "nationalist",
		"socialist", "communist", "populist", "leftist", "rightist", "jihadist", "supremacist",
		"tourist", "cyclist", "motorist", "list", "twist", "wrist", "fist", "mist", "gist":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "ist") || len(w) > 7 && strings.HasSuffix(w, "ician") // "pediatrician", "musician" (roles61)
}

// occupationAt: an appositive that names the trade of the person of mention mi and where
// they practise it, with no role noun ("Mara Quill, an atmospheric scientist at the
// University of Nebraska", "Dan Ortle, a meteorologist with the National Weather
// Service", "a lead developer for Signal"): the person is an employeeOf the organization,
// or memberOf a group a member's trade serves ("an activist with", memberTrade). The words
// k..end-1 are lower-case modifiers then the trade (occupationNoun), "at", "with" or "for", and the organization's
// name, which ends the appositive (or holds its comma, as a campus does) or is followed by
// "in" and its place.
func (rf *relationFinder) occupationAt(mi, k, end int) {
	m := &rf.mentions[mi]
	p := k
	for p < end && p-k < 4 && rf.toks[p].kind == tWord && !rf.toks[p].has(fCap) && (rf.toks[p].feat&(lxFunc|lxSpeech) == 0 || rf.in(p, memberTrades)) && !rf.is(p, wAt, wWith, wFor) {
		p++
	}
	if p == k || p >= end || !rf.is(p, wAt, wWith, wFor) {
		return
	}
	pred := "employeeOf"
	if !occupationNoun(rf.low(p - 1)) {
		if pred = memberTrade(rf.low(p-1), rf.low(p)); pred == "" {
			return // appositivetrades.go: "an activist with the X Committee" is its member
		}
	}
	o := p + 1
	if rf.is(o, wThe) && (rf.entAt[o] < 0 || rf.mentions[rf.entAt[o]].a != o) {
		o++ // not the "The" of "a meteorologist for The Weather Channel"
	}
	org := rf.entityOf(o)
	if org < 0 || org == m.ent || rf.ents[org].typ != kg.Organization || rf.mentions[rf.entAt[o]].a != o {
		return
	}
	if b := rf.mentions[rf.entAt[o]].b; b < end && !rf.is(b, wIn) {
		return // not "an expert with a Princeton University doctorate", "a fellow at Yale's law school"
	} // past end, the name holds the comma the appositive ended at ("University of California, Irvine")
	rf.addRelation(m.sent, rf.ents[m.ent].name, pred, rf.entName(org), rf.span(m.a, rf.mentions[rf.entAt[o]].b))
}

// orgOccupation: an appositive that is an organization's name then a trade, with no role
// noun ("Janet Ruiz, a CDC entomologist", "Dan Ortle, an Acme software developer"): the
// person is an employeeOf the organization. The words k..end-1 follow "a" or "an": the
// name (not a possessive) and at most three lower-case words that end in the trade
// (occupationNoun). Not a trade that names a subject rather than an employer ("a Kremlin
// expert", "a Fed historian").
func (rf *relationFinder) orgOccupation(mi, k, end int) {
	m := &rf.mentions[mi]
	if !rf.is(k-1, wA, wAn) {
		return
	}
	org := rf.entityOf(k)
	if org < 0 || org == m.ent || rf.ents[org].typ != kg.Organization || rf.mentions[rf.entAt[k]].a != k {
		return
	}
	b := rf.mentions[rf.entAt[k]].b
	if b >= end || end-b > 3 || rf.owner(b) {
		return
	}
	for p := b; p < end; p++ {
		if rf.toks[p].kind != tWord || rf.toks[p].has(fCap) || rf.toks[p].feat&(lxFunc|lxSpeech) != 0 {
			return
		}
	}
	if w := rf.low(end - 1); !occupationNoun(w) || rf.in(end-1, subjectTrades) {
		return
	}
	rf.addRelation(m.sent, rf.ents[m.ent].name, "employeeOf", rf.entName(org), rf.span(m.a, end))
}

// subjectTrades are trades that, after an organization's name, say what their holder
// studies rather than who employs them: "a Kremlin expert", "a Vatican historian".
var subjectTrades = newTokSet(map[string]bool{"expert": true, "experts": true, "scholar": true, "historian": true, "watcher": true})

// namedBeforeRole returns the body or place a name right before a role's words names in
// a description that closes at the comma before a person's name, as preRoles reads it
// with no comma ("Harbor Port Authority spokesman Joseph Pentwell"): "the Harbor Port
// Authority spokesman, Joseph Pentwell", "The Ohio governor, John Kasich", "the Nigerian
// army chief, Gen. Dana Ruiz" (a body the chunker reads with its noun). The name may
// stand after "the" or open the phrase (at token a), and lower-case words up to the role
// (at token ra) may stand between ("the Harbor police department spokesman, …": the
// words ending in a body's noun name the body). A person's name there is the role's
// holder's kin or employer ("the Clinton spokesman, …" is servedmodifiers.go's, not
// read here); a place that only qualifies ("Tokyo-based analyst") is no body. "" for none.
func (rf *relationFinder) namedBeforeRole(a, ra, self int) string {
	p := ra
	for p > a && rf.toks[p-1].kind == tWord && !rf.toks[p-1].has(fCap) && rf.toks[p-1].feat&(lxFunc|lxSpeech) == 0 && rf.entAt[p-1] < 0 && !rf.owner(p-1) {
		p--
	}
	if p-1 < a || ra-p > 3 || rf.owner(p-1) {
		return ""
	}
	mi := rf.entAt[p-1]
	if mi < 0 {
		return ""
	}
	nm := &rf.mentions[mi]
	if nm.b != p {
		return "" // "Bronx Borough President, X": the role is the name's own word
	}
	st := nm.a
	if st > a && rf.entAt[st-1] >= 0 {
		st = rf.mentions[rf.entAt[st-1]].a // "the Nigeria army": the body read on its noun after the place
	}
	if !rf.toks[st].has(fCap) {
		return "" // "the fire department chief": no name
	}
	if rf.isWord(st-1, "the", "The") {
		st--
	}
	if st != a || nm.ent < 0 || nm.ent == self {
		return "" // the name opens the description: not "the head of Acme Corp's Ohio unit"
	}
	e2 := nm.ent
	if t := rf.ents[e2].typ; t != kg.Organization && t != kg.Place || rf.ents[e2].typ == kg.Place && rf.basedWord(p-1) {
		return ""
	}
	if p < ra && rf.toks[ra-1].feat&lxOrgHead != 0 {
		return rf.span(nm.a, ra) // "the Harbor fire department spokesman": preRoles's body
	}
	if o := rf.gluedBody(p - 1); o >= 0 {
		return rf.entName(o)
	}
	return rf.entName(e2)
}

// bodyNounBeforeTitle reports whether a lower-case noun of a body opens the title at
// token ta ("zoo president Thane Maynard", "union president", "firm chairman"): the title
// is the body's, not the article's country's.
func (rf *relationFinder) bodyNounBeforeTitle(ta int) bool {
	for _, p := range [2]int{ta - 1, ta} { // the noun before the title, or the title's first word
		if p < 0 || p >= len(rf.toks) || rf.toks[p].kind != tWord || rf.toks[p].has(fCap) {
			continue
		}
		if rf.toks[p].feat&lxOrgHead != 0 || rf.is(p, wFirm, wZoo, wTeam, wStudio, wChain, wLabel, wStartup) {
			return true
		}
	}
	return false
}
