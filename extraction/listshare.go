package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Relations shared by the later members of a list. A reader that links a name to the
// first of a list of names of one type ("a director of Talos, Vireo and Quenta"; "owns
// shares of Acme, Birch and Quill"; "offices in Lusk, Ostberg and Dunmore"; "founded by
// Ida Berg and Jan Kord") links the others too: this file owns that pass. It runs after
// every reader of the sentence and reads the list with withMembers (objects.go), so the
// list stops where the verbs' lists stop: at a clause of its own, an owner or a plural
// the names modify; here also at a name of another type. A list of people closed by a
// name and the body after its "of" ("Ann Vole, Bo Lark and Cy Dent of the Harbor
// Institute") shares that body: the last name's relation to it goes to every member
// (listClosedBy reads the list backwards from the last name). What it leaves alone:
//   - other lists of subjects, other than agents after "by": each name of "U.S.
//     President A and Varnian President B" has its own title, and the verbs read "A and
//     B sued C" themselves; nor an office whose title opens the last name ("A and Chief
//     B of the Police Department");
//   - an object the relation's words do not reach ("visited victims of shootings in A,
//     B and C": the first name lies deep in the object);
//   - place nesting ("Lusk, Varnia and Orsova"), kin (one spouse) and a list after
//     "between" (one relation's two ends);
//   - a first member that is one plain English word, or a later one of plain English
//     words only: a name cut at "and" ("the Committee on Science, Space and Technology");
//   - a first member after "as" (a complement: "named the four as A, B and C", not
//     "such as"), an object after "by" (the agents of a passive are its subjects);
//   - a first member after an owner ("Allen's Stratolaunch and Boeing"), and lists in
//     credit lines;
//   - the bodies of a role or tie ("…Of") when they are two ("analyst at Kestrel
//     Insights and Larkspur" names one firm as often as two) or people.

// unsharedPredicates are the predicates a later member of a list does not share.
var unsharedPredicates = newTokSet(map[string]bool{
	"locatedIn": true, "partOf": true, "capitalOf": true, "borders": true,
	"spouseOf": true, "childOf": true, "parentOf": true, "siblingOf": true,
	"reportsFrom": true, // credits.go reads each reporter's own city
})

// shareWithMembers gives every relation whose object (or, after "by", subject) is the
// first name of a list in its sentence, or whose subject closes a list of people before
// "of" and its object, to the list's other members. The name must be
// mentioned once in that sentence, and the other end of the relation must be in no list
// with it.
func (rf *relationFinder) shareWithMembers() {
	rf.open = true // the predicates copied are those already read, open ones included
	defer func() { rf.open = false }()
	n := len(rf.rels)
	for ri := 0; ri < n; ri++ {
		r := rf.rels[ri]
		if r.Sentence < 0 || r.Sentence >= len(rf.sents) || rf.sents[r.Sentence].kind != sProse || unsharedPredicates.has(r.Predicate) {
			continue
		}
		for _, objectSide := range []bool{true, false} {
			name, other := r.Subject, r.Object
			if objectSide {
				name, other = r.Object, r.Subject
			}
			mi := rf.onlyMentionIn(r.Sentence, name)
			if mi < 0 {
				continue
			}
			var members []string
			if !objectSide && rf.bodyAfterOf(mi, other) {
				members = rf.listClosedBy(mi) // "Ann Vole, Bo Lark and Cy Dent of the Harbor Institute"
			} else if rf.sharesList(mi, objectSide, r.Text) {
				members = rf.sameTypedMembers(mi, rf.sents[r.Sentence].b)
			}
			if objectSide && strings.HasSuffix(r.Predicate, "Of") && (len(members) < 3 || rf.typeOfName(name) == kg.Person) {
				continue // "analyst at Kestrel Insights and Larkspur": one firm's name as often as two
			}
			if len(members) < 2 || containsName(members, other) {
				continue
			}
			for _, m := range members {
				if m == name {
					continue
				}
				if objectSide {
					rf.addRelation(r.Sentence, r.Subject, r.Predicate, m, r.Text)
				} else {
					rf.addRelation(r.Sentence, m, r.Predicate, r.Object, r.Text)
				}
			}
		}
	}
}

// sharesList reports whether mention mi may open a list that shares a relation read
// from the words text: an object the words reach (its first word is among them), a
// subject right after "by"; not after "between", nor one plain English word.
func (rf *relationFinder) sharesList(mi int, objectSide bool, text string) bool {
	m := &rf.mentions[mi]
	if rf.is(m.a-1, wBetween) || rf.is(m.a-2, wBetween) {
		return false
	}
	if m.b-m.a == 1 && rf.in(m.a, englishWords) && !knownName(rf.tok(m.a)) {
		return false // "Science" of "the Committee on Science, Space and Technology"
	}
	if rf.owner(m.ta - 1) {
		return false // "Allen's Stratolaunch and Boeing": the owner's is the first alone
	}
	if rf.is(m.ta-1, wAs) && !rf.is(m.ta-2, wSuch) || objectSide && rf.is(m.ta-1, wBy) {
		return false // "named the four as A, B and C" (a complement); "joined by A and B" (the agents)
	}
	if !objectSide {
		return rf.is(m.ta-1, wBy) && strings.Contains(" "+text+" ", " by ") // an agent the words read, not a title
	}
	for _, w := range strings.Fields(text) {
		if strings.Trim(w, ",.;:") == rf.tok(m.a) {
			return true
		}
	}
	return false
}

// bodyAfterOf reports whether the person of mention mi is named with the organization
// body right after "of" ("Cy Dent of the Harbor Institute"): the body a list of people
// closed by that name shares. Not when a title of its own opens the name ("A and Chief
// B of the Police Department": the office is B's alone).
func (rf *relationFinder) bodyAfterOf(mi int, body string) bool {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.ta < m.a || !rf.is(m.b, wOf) || rf.typeOfName(body) != kg.Organization {
		return false
	}
	k := m.b + 1
	if rf.is(k, wThe) {
		k++
	}
	return rf.entityOf(k) >= 0 && rf.entName(rf.entityOf(k)) == body
}

// listClosedBy returns the names of the list of people that mention mi closes ("Ann
// Vole, Bo Lark and Cy Dent of the Harbor Institute": Vole, Lark, Dent), first to last,
// or nil when mi closes none: the name before mi must be a person's set off by "and"
// (or ", and"), the ones before it by commas, each a name alone (its title, if any,
// inside the mention), and the list must read the same forwards (withMembers), so it
// ends at mi. A list after "between" is two ends of one relation.
func (rf *relationFinder) listClosedBy(mi int) []string {
	m := &rf.mentions[mi]
	if !rf.is(m.ta-1, wAnd) {
		return nil
	}
	j := m.ta - 2
	if rf.punct(j, ',') {
		j-- // "A, B, and C"
	}
	first := -1
	for j >= 0 && rf.entAt[j] >= 0 {
		pi := int(rf.entAt[j])
		p := &rf.mentions[pi]
		if p.ent < 0 || p.b != j+1 || p.sent != m.sent || rf.ents[p.ent].typ != rf.ents[m.ent].typ {
			break
		}
		first = pi
		if !rf.punct(p.ta-1, ',') {
			break
		}
		j = p.ta - 2
	}
	if first < 0 {
		return nil
	}
	before := rf.mentions[first].ta - 1
	if rf.is(before, wThe) {
		before--
	}
	if rf.owner(before) || rf.is(before, wBetween) {
		return nil // "Allen's A and B", "between A and B"
	}
	members := rf.sameTypedMembers(first, rf.sents[m.sent].b)
	if len(members) < 2 || members[len(members)-1] != rf.entName(m.ent) {
		return nil
	}
	return members
}

// sameTypedMembers returns the names of the list mention mi opens (withMembers), or
// only its own name when a member's type differs from the first's ("Puig of the
// Dodgers and Yoenis Cespedes": a team, then a player).
func (rf *relationFinder) sameTypedMembers(mi, end int) []string {
	members := strings.Split(rf.withMembers(mi, end), nameSep)
	typ := rf.ents[rf.mentions[mi].ent].typ
	for _, n := range members[1:] {
		if rf.typeOfName(n) != typ || plainWords(n) {
			return members[:1]
		}
	}
	return members
}

// typeOfName returns the type of the entity named name, or "" when none is.
func (rf *relationFinder) typeOfName(name string) kg.EntityType {
	for e := range rf.ents {
		if rf.entName(e) == name {
			return rf.ents[e].typ
		}
	}
	return ""
}

// onlyMentionIn returns the one mention of the entity named name in sentence si, or -1
// when it is mentioned there not at all or more than once.
func (rf *relationFinder) onlyMentionIn(si int, name string) int {
	found := -1
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.sent != si || m.ent < 0 || rf.entName(m.ent) != name {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = mi
	}
	return found
}

// plainWords reports whether every word of name is a common English word that no word
// list knows as a name: the rest of a name cut at "and" ("Committee on Science, Space
// and Technology", "Revenue and Customs").
func plainWords(name string) bool {
	if knownName(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if !englishWords.hasLower(w) || knownName(w) {
			return false
		}
	}
	return true
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
