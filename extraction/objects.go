package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Objects and subjects of an action that are more than the one name next to the verb:
//   - a list: "criticized Senator Ida Berg, Governor Maren Dahl and Mayor Anton Lund",
//     "represents the likes of A, B and C" — one relation per member;
//   - a possessive title: "met Ostmark's Prime Minister Jan Kord" is the person, not the
//     country that owns the title;
//   - a description by office that the article's roles make one person: "the king of
//     Spain", "Spain's acting prime minister", when exactly one person is stated to hold
//     that office of that place or body (the role relations, read before the actions);
//   - "him" or "her" right after the verb: the one person of that gender named in the
//     sentence before it or in the sentence before that, other than the verb's subject.

// mentionFrom returns the mention whose title or name starts at token k (the title
// words of "Governor Maren Dahl" are outside the name), or -1.
func (rf *relationFinder) mentionFrom(k, end int) int {
	for j := k; j < end && j < k+5; j++ {
		if rf.entAt[j] >= 0 {
			mi := int(rf.entAt[j])
			if m := &rf.mentions[mi]; m.ent >= 0 && (m.a == k || m.ta == k) {
				return mi
			}
			return -1
		}
		if rf.toks[j].kind != tWord || !rf.toks[j].has(fCap) {
			return -1
		}
	}
	return -1
}

// withMembers returns the name of mention mi's entity and the names coordinated after
// it, as a nameList (namelists.go): members of the same kind (sameKindOfName) set off by commas,
// closed by "and", "or" or "as well as" (or by "and others": "sued A, B and others"; a
// list that "as well as" opens runs on to its own "and"), each as listMember reads it.
// It is the one list reader of the verbs' objects: the controlled actions (actionObject, relations.go) and
// the open relations (openrelations.go) both take their objects through it. Without
// the closing "and" there is no list ("Aleppo, Syria" is a place's place, "Jan Kord,
// Ostmark's premier" an appositive); a member that owns what follows ("Google and
// Apple's phones"), modifies a plural ("Acme (ACM) engineers") or opens a clause of its
// own ("met Lund and Berg said") ends the list before it; a member in a compound ("the
// Velland-backed militia") is none.
func (rf *relationFinder) withMembers(mi, end int) string {
	m := &rf.mentions[mi]
	typ := rf.ents[m.ent].typ
	names := []string{rf.entName(m.ent)}
	if subjectCommittee(names[0]) {
		return names[0] // "the House Committee on Science, Space and Technology": the rest names the committee's subjects
	}
	k, closed := m.b, false
	prep := rf.prepositionBefore(m.a)
	sure, kSure := 0, 0 // the members read, and where they end, when "as well as" opened a list of its own
	others := false     // the list ends with "and others"
	plain := true       // every member so far joined by a bare "and" ("A and B and C")
	var polyNames []string
	polyK := 0 // the list read before a repeated "and" reopened it, and where it ends
	for !closed && k < end {
		j := k
		if rf.punct(j, ',') {
			j++
			plain = false
		}
		if rf.is(j, wAnd, wOr) && len(names) > 1 && rf.othersAt(j+1) {
			closed, others = true, true // "sued A, B and others": the list ends with the unnamed rest
			break
		}
		if rf.is(j, wAnd, wOr) {
			j++
			closed = true
		} else if rf.is(j, wAs) && rf.is(j+1, wWell) && rf.is(j+2, wAs) {
			j += 3 // "invited A as well as B"
			closed = true
			if sure == 0 && rf.listAfterAsWellAs(j, end) {
				sure = len(names) + 1 // "as well as to B, C, D and others": the list runs on
			}
		}
		if j == k {
			break
		}
		again := closed && prep != "" && rf.isWord(j, prep)
		if again {
			j++ // "in Kansas and in Nebraska"
		}
		if rf.tok(j) == "the" {
			j++ // "informed the Kestrel Agency and the Norland Union", not "… and The King of Limbs"
		}
		if sure == len(names)+1 {
			closed = false // read on past the member after "as well as"
		}
		ni := rf.listMember(j, end, typ)
		var n *mention
		if ni >= 0 {
			n = &rf.mentions[ni]
		}
		if n == nil || !sameKindOfName(rf.ents[n.ent].typ, typ) || n.demonym || rf.quoteOf[n.a] != 0 || compoundSuffix(rf.tok(n.b-1)) != "" {
			if polyNames != nil {
				names, k, closed = polyNames, polyK, true // "met A and B and called C": A and B
				break
			}
			if sure > 0 && len(names) >= sure {
				break // "as well as B, Acme-backed C": B is still sure
			}
			return names[0]
		}
		names = append(names, rf.entName(n.ent))
		k = n.b
		if len(names) == sure {
			kSure = k
		}
		if closed && plain && sure == 0 && rf.is(k, wAnd) {
			polyNames, polyK, closed = append([]string(nil), names...), k, false // "a deal with A and B and C": read on
		}
	}
	if polyNames != nil && !rf.listEndOK(k) {
		names, k = polyNames, polyK // "met A and B and C said": the list before the clause
	}
	if !closed && sure > 0 && len(names) >= sure {
		names, closed, k = names[:sure], true, kSure // "as well as B, C" not closed: B alone is sure
	}
	if !closed || !rf.listEndOK(k) {
		return names[0] // "… and Acme (ACM) employees": the employees
	}
	if len(names) == 2 && rf.punct(rf.mentions[mi].b, ',') && !others && sure == 0 {
		return names[0] // "invest in Uber, and Volkswagen announced": two clauses
	}
	return strings.Join(names, nameSep)
}

// listEndOK reports whether a list of names may end at token k: the last member owns
// nothing, modifies no noun or plural and opens no clause of its own.
func (rf *relationFinder) listEndOK(k int) bool {
	return !rf.owner(k) && !rf.modifier(k) && !rf.pluralAfter(k) && !rf.opensClause(k) && !rf.pluralAfter(rf.pastParenthesis(k))
}

// othersAt reports whether the words at token k name the unnamed rest of a list: "others",
// "many others", "other companies" before the list's end ("sent it to A, B and
// others"), so the "and" before them closes the list of names.
func (rf *relationFinder) othersAt(k int) bool {
	if rf.is(k, wMany, wSeveral, wSome) {
		k++
	}
	if rf.is(k, wOthers) {
		return true
	}
	return rf.is(k, wOther) && k+1 < len(rf.toks) && !rf.toks[k+1].has(fCap) && strings.HasSuffix(rf.low(k+1), "s")
}

// listAfterAsWellAs reports whether the member after "as well as" at token j opens a
// list of its own, its names set off by commas: "A, as well as B, C and D".
func (rf *relationFinder) listAfterAsWellAs(j, end int) bool {
	if rf.is(j, wTo, wWith, wIn, wAt, wFrom, wOn, wFor, wAgainst) {
		j++
	}
	if rf.is(j, wThe) {
		j++
	}
	ni := rf.mentionFrom(j, end)
	return ni >= 0 && rf.punct(rf.mentions[ni].b, ',') && rf.mentionFrom(rf.mentions[ni].b+1, end) >= 0
}

// pastParenthesis returns the token after a parenthesis that opens at k ("Acme (ACM)"),
// or k when none opens there.
func (rf *relationFinder) pastParenthesis(k int) int {
	if !rf.punct(k, '(') {
		return k
	}
	for o := k; k < len(rf.toks) && k < o+8 && !rf.punct(k, ')'); {
		k++
	}
	return k + 1
}

// sameKindOfName reports whether names of types a and b may share a list: the same
// type, or two that act (people, organizations, groups: "hired Birch Partners, Ann Cole
// and Quill Ltd", where one may be typed wrong). A place never joins the others.
func sameKindOfName(a, b kg.EntityType) bool {
	actor := func(t kg.EntityType) bool { return t == kg.Person || t == kg.Organization || t == kg.Group }
	return a == b || actor(a) && actor(b)
}

// listMember returns the mention of the list member that opens at token k: a name with
// its title ("Sen. Ida Berg"), a title after a word of time ("former Mayor Anton Lund"),
// and, in a list of people, a title owned by or named with a place or body ("Norland's
// Foreign Minister Erik Holm", "Russian Foreign Minister Erik Holm", "Assembly Speaker
// Lena Berg"): the person, not the owner. -1 when no name opens there.
func (rf *relationFinder) listMember(k, end int, typ kg.EntityType) int {
	if rf.is(k, wFormer, wThen, wActing, wLate) && k+1 < end && rf.toks[k+1].has(fCap) {
		k++ // "former Mayor Anton Lund"
	}
	if typ != kg.Person && typ != kg.Place {
		if oi := rf.ownedBodyAt(k, end); oi >= 0 {
			return oi // "sued Acme, Birch and Alphabet's Google"
		}
	}
	ni := rf.mentionFrom(k, end)
	if ni < 0 || typ != kg.Person || rf.ents[rf.mentions[ni].ent].typ == kg.Person {
		return ni
	}
	if oi := rf.ownedTitleObject(k, end); oi >= 0 {
		return oi // "Norland's Foreign Minister Erik Holm"
	}
	if pi := rf.mentionFrom(rf.mentions[ni].b, end); pi >= 0 && rf.mentions[pi].ta == rf.mentions[ni].b && rf.mentions[pi].ta < rf.mentions[pi].a && rf.ents[rf.mentions[pi].ent].typ == kg.Person {
		return pi // "Russian Foreign Minister Erik Holm", "Assembly Speaker Lena Berg"
	}
	return ni
}

// ownedBodyAt returns the mention of a body that an owner opening at token k owns, the
// owner a place or body kg names ("Northwind's Tarn Bank") or capitalized words it does
// not ("Alphabet's Google"): the list member is the body, not its owner. -1 when no
// owner opens there, the owner is a person, or what it owns is a person or place.
func (rf *relationFinder) ownedBodyAt(k, end int) int {
	j := k
	if e := rf.entityOf(j); e >= 0 {
		m := &rf.mentions[rf.entAt[j]]
		if m.a != j || rf.ents[e].typ == kg.Person || m.demonym {
			return -1
		}
		j = m.b
	} else {
		for j < end && j < k+4 && rf.toks[j].kind == tWord && rf.toks[j].has(fCap) && rf.entAt[j] < 0 {
			j++
		}
	}
	if j == k || j+1 >= end || !rf.owner(j) {
		return -1
	}
	ni := rf.mentionFrom(j+1, end)
	if ni < 0 || rf.mentions[ni].a != j+1 {
		return -1
	}
	if t := rf.ents[rf.mentions[ni].ent].typ; t == kg.Person || t == kg.Place {
		return -1
	}
	return ni
}

// pluralAfter reports whether token k, after a name, is a lower-case plural the names
// before it modify ("the Kansas and Maine Republican caucuses").
func (rf *relationFinder) pluralAfter(k int) bool {
	if k >= len(rf.toks) || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.toks[k].feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
		return false
	}
	w := rf.low(k)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && actionVerbs[w] == ""
}

// opensClause reports whether token k, after a name, makes that name a subject: a verb
// of saying, an auxiliary or adverb of the subject's place, or an action verb.
func (rf *relationFinder) opensClause(k int) bool {
	if rf.punct(k, '(') { // "Volkswagen (VOWG_p.DE) announced"
		for o := k; k < len(rf.toks) && k < o+8 && !rf.punct(k, ')'); {
			k++
		}
		k++
	}
	if k >= len(rf.toks) || rf.toks[k].kind != tWord {
		return false
	}
	w := rf.low(k)
	return rf.isSpeech(k) || betweenSubjectAndVerb.has(w) || actionVerbs[w] != "" || rf.is(k, wWho, wWhich, wThat)
}

// ownedTitleObject reads "Ostmark's Prime Minister Jan Kord" at token k: the person
// whose titled name follows the owner; -1 when there is none.
func (rf *relationFinder) ownedTitleObject(k, end int) int {
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ == kg.Person {
		return -1
	}
	b := rf.mentions[rf.entAt[k]].b
	if !rf.owner(b) {
		return -1
	}
	if ni := rf.mentionFrom(b+1, end); ni >= 0 {
		if n := &rf.mentions[ni]; n.ta == b+1 && n.ta < n.a && rf.ents[n.ent].typ == kg.Person {
			return ni
		}
	}
	return -1
}

// holderOfOffice returns the one person the article's role relations state to hold
// office (a role title, "prime minister") of the entity named of, or "" when none or
// two do.
func (rf *relationFinder) holderOfOffice(office, of string) string {
	pred := rolePredicate(office)
	if pred == "" || of == "" {
		return ""
	}
	holder := ""
	for _, r := range rf.rels {
		if r.Predicate != pred || r.Object != of || r.Subject == holder {
			continue
		}
		if holder != "" || rf.typeOfName(r.Subject) != kg.Person {
			return ""
		}
		holder = r.Subject
	}
	return holder
}

// officeAt reads a run of role words from token a ending before token b as an office,
// after words that say nothing of who holds it ("acting", "former"): the office, or "".
func (rf *relationFinder) officeAt(a, b int) string {
	if b-a < 1 || b-a > 5 {
		return ""
	}
	for k := a; k < b; k++ {
		if t := &rf.toks[k]; t.kind != tWord || t.has(fCap) || rf.quoteOf[k] != 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
			return ""
		}
	}
	for k := max(a, b-maxRoleLen); k < b; k++ {
		if lowerKeyIn(roleNouns, rf.span(k, b)) {
			for j := a; j < k; j++ {
				if !rf.in(j, idleTitleWords) {
					return ""
				}
			}
			return strings.ToLower(rf.span(k, b))
		}
	}
	return ""
}

// describedHolderAt reads a description of an office holder that opens at token k:
// "the OFFICE of X" or "X's OFFICE" ("the king of Spain", "Spain's acting prime
// minister"), ending at a comma, a stop or a function word. It returns the person it
// stands for (holderOfOffice), or "".
func (rf *relationFinder) describedHolderAt(k, end int) string {
	if rf.is(k, wThe) {
		// "the king of Spain"
		j := k + 1
		for j < end && j < k+7 && rf.toks[j].kind == tWord && !rf.is(j, wOf) && rf.toks[j].feat&lxFunc == 0 {
			j++
		}
		if !rf.is(j, wOf) {
			return rf.ownedHolderAt(k+1, end)
		}
		office := rf.officeAt(k+1, j)
		x := j + 1
		if rf.is(x, wThe) {
			x++
		}
		if e := rf.entityOf(x); office != "" && e >= 0 && rf.mentions[rf.entAt[x]].a == x && !rf.owner(rf.mentions[rf.entAt[x]].b) {
			return rf.holderOfOffice(office, rf.entName(e))
		}
		return ""
	}
	return rf.ownedHolderAt(k, end)
}

// ownedHolderAt reads "X's [idle words] OFFICE" at token k, where X is no person and no
// name follows the office: the person holderOfOffice gives, or "".
func (rf *relationFinder) ownedHolderAt(k, end int) string {
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ == kg.Person || rf.mentions[rf.entAt[k]].a != k {
		return ""
	}
	o := rf.mentions[rf.entAt[k]].b
	if !rf.owner(o) {
		return ""
	}
	b := o + 1
	for b < end && b < o+7 && rf.toks[b].kind == tWord && !rf.toks[b].has(fCap) && rf.toks[b].feat&(lxFunc|lxSpeech|lxPronoun) == 0 {
		b++
	}
	if b < end && rf.toks[b].kind == tWord && (rf.toks[b].has(fCap) || rf.owner(b)) {
		return "" // "Spain's prime minister Mariano Rajoy": the name is the mention
	}
	if office := rf.officeAt(o+1, b); office != "" {
		return rf.holderOfOffice(office, rf.entName(e))
	}
	return ""
}

// describedHolderBefore reads the description of an office holder that ends right before
// token v, the verb ("the king of Spain said", "Spain's acting prime minister met"): it
// reads back at most eight tokens to the description's start; "" when there is none.
func (rf *relationFinder) describedHolderBefore(v, start int) string {
	for a := v - 1; a >= start && a >= v-8; a-- {
		if rf.toks[a].kind != tWord && !rf.owner(a) {
			return ""
		}
		if !rf.is(a, wThe) && (rf.entAt[a] < 0 || rf.mentions[rf.entAt[a]].a != a) {
			continue
		}
		if a > start && (rf.toks[a-1].kind == tWord && !rf.is(a-1, wAnd) || rf.owner(a-1)) {
			continue // the description opens the clause
		}
		end := v
		if p := rf.describedHolderAt(a, end); p != "" && rf.holderEnds(a, v) {
			return p
		}
	}
	return ""
}

// holderEnds reports whether the description that opens at token a runs right up to
// token v: its last word is a role word.
func (rf *relationFinder) holderEnds(a, v int) bool {
	if rf.entAt[v-1] >= 0 {
		return rf.is(rf.mentions[rf.entAt[v-1]].a-1, wOf) || rf.is(rf.mentions[rf.entAt[v-1]].a-2, wOf)
	}
	return roleNouns[rf.low(v-1)]
}

// pronounObject resolves "him" or "her" right after a verb at token k: the one person of
// that gender named before it in its sentence or in the sentence before, outside quotes,
// other than the subject subj (a nameList). Two such persons, or
// none: "". "her" before a noun ("criticized her policies") is no object.
func (rf *relationFinder) pronounObject(si, k int, subj string) string {
	if !rf.is(k, wHim, wHer) {
		return ""
	}
	if n := k + 1; rf.is(k, wHer) && n < len(rf.toks) && rf.toks[n].kind == tWord && rf.toks[n].feat&lxFunc == 0 {
		return ""
	}
	not := byte('F')
	if rf.is(k, wHer) {
		not = 'M'
	}
	from := rf.sents[si].start
	if si > 0 && si-1 != rf.headline {
		from = rf.sents[si-1].start
	}
	found := ""
	for j := from; j < k; j++ {
		e := rf.entityOf(j)
		if e < 0 || rf.quoteOf[j] != 0 || rf.ents[e].typ != kg.Person {
			continue
		}
		name := rf.entName(e)
		j = rf.mentions[rf.entAt[j]].b - 1
		if name == found || nameList(subj).has(name) {
			continue
		}
		if rf.ents[e].gender == not || rf.ents[e].gender == 0 {
			if rf.ents[e].gender == 0 {
				return "" // a person of no known gender might be the one
			}
			continue
		}
		if found != "" {
			return "" // two fit
		}
		found = name
	}
	return found
}

// companyObject is the company that "the stock", "the shares" or "the company" after
// token k stand for: the organization the article names most.
func (rf *relationFinder) companyObject(k int) string {
	if !rf.is(k, wThe, wIts) || !rf.is(k+1, wStock, wShares, wCompany, wFirm) {
		return ""
	}
	return rf.mainOrg()
}

// mainOrg is the organization the article names most, at least twice (the first of
// those named as often), or "".
func (rf *relationFinder) mainOrg() string {
	best, n := "", 1 // named once is no article's organization
	for _, e := range rf.ents {
		if !e.dropped && e.typ == kg.Organization && e.mentions > n && !exchangeName(e.name) { // possbase.go
			best, n = e.name, e.mentions
		}
	}
	return best
}

// listPrepositions may open each name of a list again: "won in Kansas and in Nebraska",
// "flew to Paris and to Berlin".
var listPrepositions = newTokSet(map[string]bool{"in": true, "to": true, "at": true, "from": true,
	"with": true, "on": true, "for": true, "against": true, "into": true})

// prepositionBefore returns the preposition of listPrepositions right before the name
// that opens at token a (across "the"), or "".
func (rf *relationFinder) prepositionBefore(a int) string {
	p := a - 1
	if rf.is(p, wThe) {
		p--
	}
	if p < 0 || !rf.in(p, listPrepositions) {
		return ""
	}
	return rf.low(p)
}

// prepositionList reports whether the name of mention mi is the first of a list whose
// names each repeat its preposition: "in Kansas and in Nebraska".
func (rf *relationFinder) prepositionList(mi, end int) bool {
	m := &rf.mentions[mi]
	p := rf.prepositionBefore(m.a)
	return p != "" && rf.is(m.b, wAnd, wOr) && rf.isWord(m.b+1, p) && m.b+2 < end
}

// listAfterPreposition reports whether the name that opens at token j (its title
// included) follows the verb's own preposition at token k ("met with A and B", "spoke to
// President A and Prime Minister B"): the list is the verb's object, as it is right
// after the verb.
func (rf *relationFinder) listAfterPreposition(k, j int) bool {
	if !rf.in(k, listPrepositions) {
		return false
	}
	k++
	if rf.is(k, wThe) {
		k++
	}
	return k <= j && rf.mentionFrom(k, j+1) >= 0
}

// describedBodyKinds are kinds of business that describe a name after them beside
// orgKindNoun's: "dating app Tinder", "startup Fasten".
var describedBodyKinds = newTokSet(map[string]bool{"app": true, "startup": true, "start-up": true,
	"website": true, "site": true, "service": true, "platform": true, "network": true, "chain": true,
	"brand": true, "retailer": true, "subsidiary": true})

// kindDescribedBodyAt returns the first token of the organization's name that a kind of
// organization and at most three lower-case words before it describe, from token k (a
// "the", "a" or "an" first): "popular dating app Tinder", "the law firm Debevoise",
// "startup Fasten"; -1 otherwise. Not a name before a possessive ("the chipmaker Acme's
// plant").
func (rf *relationFinder) kindDescribedBodyAt(k, end int) int {
	if rf.is(k, wThe, wA, wAn) {
		k++
	}
	q := rf.afterOrgKind(k, end)
	if q == k {
		// a kind afterOrgKind leaves to products: "dating app Tinder", "startup Fasten"
		for j := k; j < end && j < k+4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0; j++ {
			if rf.in(j, describedBodyKinds) && rf.entAt[j+1] >= 0 && rf.mentions[rf.entAt[j+1]].a == j+1 {
				q = j + 1
				break
			}
		}
	}
	if q == k || q >= end {
		return -1
	}
	m := &rf.mentions[rf.entAt[q]]
	if m.ent < 0 || m.demonym || rf.ents[m.ent].typ != kg.Organization || rf.owner(m.b) {
		return -1
	}
	return q
}

// subjectCommittee reports whether name is a body named by its subjects ("House
// Committee on Science", "Subcommittee on Oversight"): the names after it in a list
// ("…, Space and Technology") go on the committee's name, they are no other objects.
func subjectCommittee(name string) bool {
	for _, h := range []string{"Committee on ", "Subcommittee on ", "Commission on ", "Council on "} {
		if strings.Contains(name, h) {
			return true
		}
	}
	return false
}
