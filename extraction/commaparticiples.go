package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A participle clause after a comma acts for the subject that opens the sentence:
// "Mona Patel, who has not endorsed anyone, offered a way forward, telling Fox News that
// …" (Patel told Fox News), "Ivo Brandt expressed concern, urging Obama to pick …"
// (urges), "Home Minister Lena Sand rejected the claims, blaming the Red Hand group"
// (blames), "Kestrel Corp swatted the rumor aside, telling CNBC that …". The verb is
// an action verb's -ing form (ingPredicate) or "telling" (told, of a body or a person,
// never a place: "telling Flint administrators"); the subject is sharedAcrossAnd's (a
// person or an organization naming the sentence's first clause), with no subordinate
// word, quote or relative pronoun between it and the participle other than an aside
// closed right after the name ("Patel, who …, offered"). Not "denying X a chance" or
// "winning Senate confirmation" (participleSkips).

// participleSkips are the predicates a comma participle does not state: "handed Golden
// State its defeat, denying Curry a chance", "was named in 1997, winning Senate
// confirmation", "would turn it into a system, joining the US": not a denial, a win or a
// membership of the subject's.
var participleSkips = map[string]bool{"denies": true, "wins": true, "joins": true, "leaves": true}

// ingPredicate returns the action predicate of the -ing form w ("urging" → urges,
// "denying" → denies, "banning" → bans), or "": its third-person forms only (ingAction).
func ingPredicate(w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	return ingAction(stem, false)
}

// commaParticipleAction reads the participle w at token v after a comma in sentence si
// ("…, telling CNBC that", "…, urging Obama to") and relates the sentence's opening
// subject to the participle's object. It reports whether it added a relation.
func (rf *relationFinder) commaParticipleAction(si, v int, w string) bool {
	if !rf.punct(v-1, ',') || rf.toks[v].has(fCap) || !strings.HasSuffix(w, "ing") {
		return false
	}
	pred := "told"
	if !rf.is(v, wTelling) {
		pred = ingPredicate(w)
	}
	if pred == "" || participleSkips[pred] {
		return false
	}
	s := &rf.sents[si]
	mi := rf.actObjectAt(v, s.b)
	if mi < 0 || rf.mentions[mi].a > v+2 {
		return false
	}
	if m := &rf.mentions[mi]; rf.ents[m.ent].typ == kg.Place {
		if ni := rf.mentionFrom(m.b, s.b); ni >= 0 && rf.mentions[ni].ta == m.b && rf.ents[rf.mentions[ni].ent].typ == kg.Person {
			mi = ni // "criticizing Norland Governor Ada Holm": the governor, not her state
		}
	}
	subj := rf.participleSubject(si, v)
	if subj == "" {
		return false
	}
	added := false
	for ob := range nameList(rf.withMembers(mi, s.b)).all() {
		if ob == "" || ob == subj {
			continue
		}
		if pred == "told" {
			if t := rf.typeOfName(ob); t != kg.Person && t != kg.Organization {
				continue // "telling Flint and Michigan administrators": a place's people
			}
		} else if !rf.objectFits(pred, ob) || !rf.subjectFits(pred, subj) {
			continue
		}
		rf.addRelation(si, subj, pred, ob, rf.span(v, min(s.b, rf.mentions[mi].b)))
		added = true
	}
	return added
}

// participleSubject returns the subject that opens sentence si when the participle at
// token v (after a comma) is its clause's: sharedAcrossAnd's name, with no open quote,
// subordinate word or relative pronoun between the name and v but in one aside that
// follows the name right after its comma ("Patel, who has not endorsed anyone, offered
// …, telling"). "" otherwise ("Lind said that Acme, which …, telling").
func (rf *relationFinder) participleSubject(si, v int) string {
	subj := rf.sharedAcrossAnd(si, v)
	if subj == "" {
		return ""
	}
	s := &rf.sents[si]
	j := rf.frontedClauseEnd(s.start, s.b)
	for j < v && (rf.entAt[j] < 0 || rf.entName(rf.mentions[rf.entAt[j]].ent) != subj) {
		j++
	}
	if j >= v {
		return ""
	}
	for k := s.start; k < j; k++ {
		if rf.toks[k].kind == tOpenQ || rf.toks[k].kind == tCloseQ {
			return "" // `"…," he said, urging`: a quote before the subject
		}
	}
	if m := &rf.mentions[rf.entAt[j]]; rf.ents[m.ent].typ == kg.Organization && m.b == m.a+1 && rf.personSurname(rf.tok(m.a)) {
		return "" // "Trump knocked …" where "Trump" is also Trump University's short name: the person's act
	}
	b := rf.mentions[rf.entAt[j]].b
	if rf.punct(b, ',') && rf.is(b+1, wWho, wWhich) {
		c := b + 2
		for c < v && !rf.punct(c, ',') {
			c++
		}
		b = c + 1 // past the aside "who has not endorsed anyone yet,"
	}
	for k := b; k < v-1; k++ {
		if rf.toks[k].kind == tOpenQ || rf.is(k, wThat, wWhich, wWho, wWhom, wIf, wWhen, wWhile, wBecause, wAfter, wBefore, wWhere, wWhether, wSince, wUntil, wAlthough, wThough) {
			return ""
		}
	}
	return subj
}
