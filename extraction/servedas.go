package extraction

import "github.com/factgraph/kg"

// Offices held "as": a verb of serving, taking or leaving an office, then "as" and the
// role, with the body the role is held in ("Rolf Dahl took office as Hale's chief of
// staff", "Ida Lund served as the chief financial officer of Birch Bank", "Moss resigned
// as Ostmark's transport minister"). The person is the verb's subject, read past what
// stands between as every action's (actionSubject); the body is the owner before the role
// or the first organization after its "of", "at" or "for". A bare role with no body
// ("served as mayor") gives nothing. "NAME as X's ROLE" with no verb is ties.go's asRole.

// officeVerbs are the verbs whose "as" names an office their subject holds or held: the
// word, and the word that must follow it before "as" ("took office as", "sworn in as").
var officeVerbs = map[string]string{
	"served": "", "serves": "", "serving": "", "serve": "",
	"worked": "", "works": "", "working": "",
	"named": "", "appointed": "", "elected": "", "reelected": "", "re-elected": "", "installed": "",
	"resigned": "", "resigns": "", "retired": "", "remains": "", "remained": "",
	"took": "office", "takes": "office", "sworn": "in", "stepped": "down", "steps": "down",
}

// servedAs reads the offices held "as" in sentence si.
func (rf *relationFinder) servedAs(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wAs) {
		return // sentindex.go
	}
	for k := s.start + 1; k < s.b-2; k++ {
		if !rf.is(k, wAs) || rf.quoteOf[k] != 0 {
			continue
		}
		v := k - 1
		if want, ok := officeVerbs[rf.low(v)]; ok && want != "" {
			continue // "took as", "sworn as": not the phrase
		}
		if !rf.officeVerbAt(v) {
			if _, ok := officeVerbs[rf.low(v-1)]; !ok || officeVerbs[rf.low(v-1)] != rf.low(v) {
				continue
			}
			v--
		}
		person := rf.actionSubject(si, v)
		if person == "" || rf.typeOfName(person) != kg.Person {
			continue // "served as a hideout for the attackers", "it", "they"
		}
		rf.officeAs(si, k+1, person)
	}
}

// officeVerbAt reports whether token v is an office verb that needs no second word.
func (rf *relationFinder) officeVerbAt(v int) bool {
	want, ok := officeVerbs[rf.low(v)]
	return ok && want == "" && rf.toks[v].kind == tWord && !rf.toks[v].has(fCap)
}

// officeAs reads the role that starts at token a, after "as", held by person: its owner
// ("Hale's chief of staff", "its chief executive") or the organization after it ("the
// chief financial officer of Birch Bank"), with up to two lower-case words before the
// role ("the first general manager of").
func (rf *relationFinder) officeAs(si, a int, person string) {
	s := &rf.sents[si]
	owner := ""
	if rf.is(a, wThe, wA, wAn) {
		a++
	}
	if e := rf.entityOf(a); e >= 0 && rf.mentions[rf.entAt[a]].a == a && rf.owner(rf.mentions[rf.entAt[a]].b) {
		if t := rf.ents[e].typ; t == kg.Person || t == kg.Organization || t == kg.Place && !rf.mentions[rf.entAt[a]].demonym {
			owner = rf.entName(e) // "Hale's chief of staff", "Belgium's transport minister"
		}
		a = rf.mentions[rf.entAt[a]].b + 1
	}
	end := min(s.b, a+maxRoleLen+3)
	role, ra, rb := firstRole(rf.doc, a, end)
	if role == "" || ra-a > 2 {
		return
	}
	for j := a; j < ra; j++ {
		if rf.toks[j].kind != tWord || rf.toks[j].has(fCap) || rf.toks[j].feat&lxFunc != 0 {
			return
		}
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	if owner == "" {
		owner = rf.ownerWord(ra, a)
	}
	var second string // "executive chairman of both Viacom and CBS"
	if owner == "" && rf.is(rb, wOf, wAt, wFor) {
		j := rb + 1
		both := rf.is(j, wBoth)
		if rf.is(j, wThe) || both {
			j++
		}
		held := func(j int) string {
			if e := rf.entityOf(j); e >= 0 && rf.mentions[rf.entAt[j]].a == j && !rf.mentions[rf.entAt[j]].demonym &&
				(rf.ents[e].typ == kg.Organization || rf.ents[e].typ == kg.Place && placeRole(role)) && !rf.owner(rf.mentions[rf.entAt[j]].b) {
				return rf.entName(e) // not "director of Acme's unit": the unit's
			}
			return ""
		}
		owner = held(j)
		if both && owner != "" {
			if k := rf.mentions[rf.entAt[j]].b; rf.is(k, wAnd) {
				second = held(k + 1)
			}
		}
	}
	for _, o := range []string{owner, second} {
		if o != "" && o != person {
			rf.addRelation(si, person, pred, o, rf.span(a, rb))
		}
	}
}
