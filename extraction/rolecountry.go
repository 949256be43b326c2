package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// The country of a role whose title names none, read from the sentence itself before
// the article's country: a demonym glued to a time word before the title ("then-German
// Chancellor Otto Brandl") and a fronted "In COUNTRY," phrase ("In Peru, President Rosa
// Ruiz said"). Both stand closer to the title than the dateline or the country the
// article names most.

// timedDemonymPrefixes are the lower-case words a hyphen joins to a nationality before a
// title: "then-French President", "ex-Israeli Prime Minister".
var timedDemonymPrefixes = newTokSet(map[string]bool{"then": true, "ex": true, "former": true})

// timedDemonymCountry returns the country of the demonym joined to a time word at the
// token before the title at ta ("then-German" → Germany), or "".
func (rf *relationFinder) timedDemonymCountry(ta int) string {
	if ta < 1 || rf.toks[ta-1].kind != tWord {
		return ""
	}
	pre, dem, ok := strings.Cut(rf.tok(ta-1), "-")
	if !ok || !timedDemonymPrefixes.hasLower(pre) {
		return ""
	}
	return demonymOf[dem]
}

// sharedDemonymCountry returns the country of the nationality that opens the titled name
// coordinated before the title at ta ("Russian Foreign Minister Sergei Lavrov and
// Defense Minister Sergei Shoigu": Russia's, both), or "": the title after "and" shares
// the first one's nationality before the article's country fills it.
func (rf *relationFinder) sharedDemonymCountry(ta int) string {
	if ta < 3 || !rf.is(ta-1, wAnd) || rf.entAt[ta-2] < 0 {
		return ""
	}
	prev := &rf.mentions[rf.entAt[ta-2]]
	if prev.typ != kg.Person || prev.b != ta-1 || prev.ta >= prev.a || prev.ta < 1 {
		return "" // a person named with a title of their own
	}
	d := prev.ta - 1
	if rf.entAt[d] < 0 || !rf.mentions[rf.entAt[d]].demonym {
		return ""
	}
	return demonymOf[rf.tok(d)]
}

// frontedCountry returns the country a sentence opens on ("In Peru, President Rosa Ruiz
// said …"), or "": the country of a national role the sentence names with no country of
// its own, ahead of the article's.
func (rf *relationFinder) frontedCountry(si int) string {
	s := &rf.sents[si]
	k := s.start
	if !rf.is(k, wIn) {
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
// country for a known leader, else the country the sentence opens on, else the article's
// (reported as taken by default).
func (rf *relationFinder) countryServedIn(ei, si int) (string, bool) {
	if c := rf.leaderCountry(ei); c != "" {
		return c, false
	}
	if c := rf.frontedCountry(si); c != "" {
		return c, false
	}
	return rf.mainCountry, true
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
		if rf.is(i, wFormer) {
			former = true
		} else if !rf.is(i, wLongtime, wOnetime, wOneTime, wThen) {
			return "" // "a former state secretary of state"
		}
	}
	if !former || !rf.mostNamedCountry("United States") {
		return ""
	}
	return "United States"
}

// A national role whose country is the article's by default (countryServed) is set right
// by what the article states of the same person elsewhere: "Greek Defence Minister Nikos
// Pappas" early in a report from Cairo, then "Defence Minister Pappas": the second is
// Greece's minister too. The person's stated side is the country of a national role the
// article names with its country, or their citizenship; the article's country is only a
// guess, so a stated one wins.

// nationalRolePredicates are the predicates of the national roles (lexicon.txt
// [national-role]: presidentOf, primeMinisterOf, kingOf, …).
var nationalRolePredicates = func() map[string]bool {
	preds := map[string]bool{}
	for _, role := range wordList("national-role") {
		if p := rolePredicate(role); p != "" {
			preds[p] = true
		}
	}
	return preds
}()

// addServedRole adds a role relation, remembering it when its country is the article's
// by default, for statedCountries.
func (rf *relationFinder) addServedRole(si int, subj, pred, obj, text string, byDefault bool) {
	if bareKindObject(obj) && rf.entIndex(obj) < 0 {
		return // "police spokesman Kendale Adams" with no one police named: no end (definites.go)
	}
	n := len(rf.rels)
	rf.addRelation(si, subj, pred, obj, text)
	if byDefault && len(rf.rels) > n {
		rf.defaulted = append(rf.defaulted, n)
	}
}

// statedCountry returns the one country the relations other than the defaulted ones give
// person subj as their side (a national role held for a named country, or citizenship),
// or "" when they give none or more than one.
func (rf *relationFinder) statedCountry(subj string, defaulted map[int]bool) string {
	side := ""
	for j, r := range rf.rels {
		if r.Subject != subj || defaulted[j] || r.Predicate != "citizenOf" && !nationalRolePredicates[r.Predicate] && !strings.HasSuffix(r.Predicate, "MinisterOf") {
			continue
		}
		if _, isCountry := countryNames[r.Object]; !isCountry {
			continue
		}
		if side != "" && side != r.Object {
			return ""
		}
		side = r.Object
	}
	return side
}

// statedCountries gives each national role whose country was the article's by default the
// country the article states for the same person elsewhere (statedCountry), dropping it
// when that makes it a relation already found. With none stated, the article's country
// stands only where guessHolds.
func (rf *relationFinder) statedCountries() {
	if len(rf.defaulted) == 0 {
		return
	}
	defaulted := map[int]bool{}
	for _, i := range rf.defaulted {
		defaulted[i] = true
	}
	drop := map[int]bool{}
	for _, i := range rf.defaulted {
		r := &rf.rels[i]
		c := rf.statedCountry(r.Subject, defaulted)
		if c == "" && (!rf.guessHolds(r.Object, r.Sentence) || !usPresidentName(r)) {
			drop[i] = true // "Foreign Minister X arrived in Vienna" in a report on Iran datelined there
			continue
		}
		if c == "" || c == r.Object {
			continue
		}
		dup := false
		for j, o := range rf.rels {
			if j != i && !drop[j] && o.Subject == r.Subject && o.Predicate == r.Predicate && o.Object == c {
				dup = true
			}
		}
		if dup {
			drop[i] = true
		} else {
			r.Object = c
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := rf.rels[:0]
	for j, r := range rf.rels {
		if !drop[j] {
			kept = append(kept, r)
		}
	}
	rf.rels = kept
}

// usPresidentSurnames are the surnames of the presidents and vice presidents of the
// United States (data/names.txt): the last word, and the last two ("Van Buren"), of each
// president's full name (usPresidents), and the vice presidents' surnames.
var usPresidentSurnames = func() map[string]bool {
	out := wordSet("us-vice-president-surnames")
	for name := range usPresidents {
		f := strings.Fields(name)
		out[f[len(f)-1]] = true
		out[strings.Join(f[len(f)-2:], " ")] = true
	}
	return out
}()

// usPresidentName reports whether relation r, a national role whose country the article's
// gave by default, may stand: any role but the U.S. presidency and vice presidency, and
// those only for a person who bears the surname of one who held them. A "President X" in
// an American report whose body the sentence leaves unnamed is as often a university's, a
// union's, a firm's or a tribe's ("President Gregory Fenves", "Vice President Robert
// Begay"): the country has had 45 presidents and 47 vice presidents, and the lists know
// their names.
func usPresidentName(r *kg.Relation) bool {
	if r.Object != "United States" || r.Predicate != "presidentOf" && r.Predicate != "vicePresidentOf" {
		return true
	}
	name := strings.TrimSuffix(strings.TrimSuffix(r.Subject, " Jr."), " Sr.")
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		if j := strings.LastIndexByte(name[:k], ' '); j >= 0 && usPresidentSurnames[name[j+1:]] {
			return true // "Martin Van Buren"
		}
		name = name[k+1:]
	}
	return usPresidentSurnames[name]
}

// guessHolds reports whether the article's country is a fair guess for a national role
// named in sentence si with no country of its own: no other country is named more in the
// article (mostNamedCountry), or the sentence names it itself ("Foreign Minister X said
// Austria would …"). A report datelined in the capital that hosts another country's
// talks, or one whose headline names first the country of a few of its victims, has a
// main country that is not its ministers'.
func (rf *relationFinder) guessHolds(country string, si int) bool {
	if rf.mostNamedCountry(country) {
		return true
	}
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		if e := rf.entityOf(k); e >= 0 && rf.entName(e) == country {
			return true
		}
	}
	return false
}

// phraseCountry returns the one country the phrase a..c-1 before an appositive's name
// gives the national role it names at ra..rb-1, or "": a country's possessive or its
// people's word a few words before the role ("Cyprus's new president, Elena Kyprou", "the
// Malaysian transport minister, Omar Idris"), or "of" the country after it ("the prime
// minister of Iceland, Jon Arnason"). Read before the article's country,
// which is only a guess.
func (rf *relationFinder) phraseCountry(a, ra, rb, c int) string {
	side := ""
	for j := a; j < c; j++ {
		e2 := rf.entityOf(j)
		if e2 < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[j]]
		country, isCountry := countryNames[rf.entName(e2)]
		if !isCountry {
			j = max(j, m.b-1)
			continue
		}
		before := m.b
		if !m.demonym && (rf.tok(before) == "'s" || rf.tok(before) == "’s") {
			before++
		}
		states := before <= ra && ra-before <= 3 && (m.demonym || before > m.b) && rf.wordsOnly(before, ra)
		if rb < c && rf.is(rb, wOf) && !m.demonym && (m.a == rb+1 || m.a == rb+2 && rf.is(rb+1, wThe)) {
			states = true
		}
		j = max(j, m.b-1)
		if !states {
			continue
		}
		if side != "" && side != country {
			return ""
		}
		side = country
	}
	return side
}

// wordsOnly reports whether tokens a..b-1 are all words other than "and" and "or": the
// modifiers between a country and the role it qualifies ("Vietnam's new president").
func (rf *relationFinder) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if rf.toks[k].kind != tWord || rf.is(k, wAnd, wOr) {
			return false
		}
	}
	return true
}

// devolvedHeads drops a first minister's role whose object is a sovereign country: the
// office heads a devolved government (Scotland's, Wales's, Northern Ireland's), and a
// country there came from a demonym or a guess ("Scottish First Minister X" is not the
// United Kingdom's; "Irish" in "an Irish nationalist party" is not her side).
func (rf *relationFinder) devolvedHeads() {
	kept := rf.rels[:0]
	for _, r := range rf.rels {
		if r.Predicate == "firstMinisterOf" || r.Predicate == "deputyFirstMinisterOf" {
			if _, isCountry := countryNames[r.Object]; isCountry {
				continue
			}
		}
		kept = append(kept, r)
	}
	rf.rels = kept
}
