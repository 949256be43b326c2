package extraction

import "github.com/factgraph/kg"

// Memberships the role readers miss between two named entities (memberOf):
//
//   - "a [senior|ranking|voting …] member of [the] BODY" whose holder stands before a
//     parenthesis or a place ("Sen. Ann Colby (R-Utah), a member of the Finance
//     Committee", "Ben Hale of Ohio, a senior member of the Rules Committee"), or is the
//     subject of "is|was|became" or the head of "who is|was" before it;
//   - "sits|serves|sat|served on [the] BODY" where BODY is a committee, commission,
//     council, panel or caucus named as an organization ("Hale, who sits on the House
//     Rules Committee"); a company's board is boards.go's;
//   - "COUNTRY, a|an|fellow BLOC member [state|country]" ("Norland, a NATO member that
//     …"), where the country is a place or an organization and the bloc an
//     organization named right before "member".
//
// The holder of a committee seat is a person; the holder of "a member of" is a person, or
// a place (a state in a bloc: "Norland, a member of NATO", "Norland is a member of the
// Baltic Council"); a former member ("a former member of") is left alone, as boards.go
// leaves it.

// memberAdjectives may stand between "a" and "member" ("a senior member of").
var memberAdjectives = seatWords("senior", "ranking", "voting", "longtime", "long-time",
	"founding", "key", "leading", "prominent", "permanent", "full", "active", "top",
	"non-voting", "nonvoting", "influential", "veteran")

// memberCopulas are the verbs before "a member of" whose subject is the member.
var memberCopulas = seatWords("is", "was", "became", "becomes", "remains", "remained")

// bodySeatWords are the last words of a body a person sits or serves on.
var bodySeatWords = seatWords("committee", "subcommittee", "commission", "council", "panel", "caucus", "committees")

// memberships reads the memberships of sentence si (see the top of the file).
func (rf *relationFinder) memberships(si int) {
	s := &rf.sents[si]
	for k := s.start + 2; k < s.b; k++ {
		w := rf.low(k)
		if w == "" || w[0] != 'm' && w[0] != 's' || rf.quoteOf[k] != 0 {
			continue
		}
		switch {
		case w == "member" && rf.is(k+1, wOf):
			rf.memberOfNamedBody(si, k)
		case w == "member":
			rf.blocMember(si, k)
		case boardSeatVerbs[w] && rf.is(k+1, wOn):
			rf.seatOnBody(si, k)
		}
	}
}

// memberOfNamedBody reads "a … member of [the] BODY" around the token k ("member").
func (rf *relationFinder) memberOfNamedBody(si, k int) {
	s := &rf.sents[si]
	body, end := rf.bodyNamedAt(k + 2)
	if body < 0 {
		return
	}
	if rf.is(end, wBoard) {
		return // "a member of the Quill board": boards.go
	}
	q := k - 1
	for n := 0; n < 2 && q > s.start && memberAdjectives[rf.low(q)]; n++ {
		q--
	}
	if !rf.is(q, wA, wAn) {
		return
	}
	q--
	holder, from := "", q
	switch {
	case q > s.start && memberCopulas[rf.low(q)] && rf.is(q-1, wWho):
		if e, a := rf.personBefore(s.start, q-1); e >= 0 {
			holder, from = rf.entName(e), a
		}
	case q > s.start && memberCopulas[rf.low(q)]:
		for n := range nameList(rf.actionSubject(si, q)).all() {
			if t := rf.typeOfName(n); t == kg.Person || t == kg.Place {
				holder = n // "Norland is a member of the Baltic Council"
			}
		}
	case rf.punct(q, ','):
		if e, a := rf.personBefore(s.start, q); e >= 0 {
			holder, from = rf.entName(e), a
		} else if e, a := rf.memberPlaceBefore(s.start, q); e >= 0 {
			holder, from = rf.entName(e), a
		}
	}
	if holder != "" {
		rf.addRelation(si, holder, "memberOf", rf.entName(body), rf.span(from, end))
	}
}

// memberPlaceBefore finds the place named right before the comma q that opens "a member
// of BODY" ("Norland, a member of NATO, closed its border"; "talks in Norland, a founding
// member of the Baltic Council"): a state belongs to the body whatever clause names it.
// It returns the entity and its first token, or -1.
func (rf *relationFinder) memberPlaceBefore(start, q int) (int, int) {
	e := rf.entityOf(q - 1)
	if q-1 < start || e < 0 || rf.ents[e].typ != kg.Place {
		return -1, 0
	}
	m := &rf.mentions[rf.entAt[q-1]]
	if m.b != q || m.demonym {
		return -1, 0
	}
	return e, m.a
}

// personBefore finds the person named right before token q (a comma or "who"): the
// name itself, or the name before a parenthesis ("Ann Colby (R-Utah)") or before "of
// PLACE" ("Ben Hale of Ohio"). It returns the entity and its first token, or -1.
func (rf *relationFinder) personBefore(start, q int) (int, int) {
	p := q - 1
	if rf.punct(p, ',') {
		p-- // "Hale, who is"
	}
	if rf.punct(p, ')') {
		j := p - 1
		for j > start && !rf.punct(j, '(') && p-j < 8 {
			j--
		}
		if !rf.punct(j, '(') {
			return -1, 0
		}
		p = j - 1
	} else if e := rf.entityOf(p); e >= 0 && rf.ents[e].typ == kg.Place {
		a := rf.mentions[rf.entAt[p]].a
		if rf.is(a-1, wOf) {
			p = a - 2 // "Ben Hale of Ohio"
		}
	}
	e := rf.entityOf(p)
	if e < 0 || rf.ents[e].typ != kg.Person || rf.mentions[rf.entAt[p]].b != p+1 {
		return -1, 0
	}
	return e, rf.mentions[rf.entAt[p]].a
}

// seatOnBody reads "sits|serves on [the] BODY" around the verb k.
func (rf *relationFinder) seatOnBody(si, k int) {
	body, end := rf.bodyNamedAt(k + 2)
	if body < 0 {
		return
	}
	if !bodySeatWords[rf.low(end-1)] {
		return
	}
	rf.relateEach(si, nameList(rf.actionSubject(si, k)), "memberOf", rf.entName(body), rf.span(k, end), isPerson)
}

// blocMember reads "COUNTRY, a BLOC member" around the noun k.
func (rf *relationFinder) blocMember(si, k int) {
	s := &rf.sents[si]
	bloc := rf.entityOf(k - 1)
	if bloc < 0 || rf.ents[bloc].typ != kg.Organization {
		return
	}
	a := rf.mentions[rf.entAt[k-1]].a
	if !rf.is(a-1, wA, wAn, wFellow) {
		return
	}
	q := a - 1
	if rf.is(q, wFellow) && rf.is(q-1, wA) {
		q--
	}
	if !rf.punct(q-1, ',') || q-2 < s.start {
		return
	}
	c := rf.entityOf(q - 2)
	if c < 0 || c == bloc || rf.mentions[rf.entAt[q-2]].b != q-1 {
		return
	}
	if t := rf.ents[c].typ; t != kg.Place && t != kg.Organization {
		return
	}
	rf.addRelation(si, rf.entName(c), "memberOf", rf.entName(bloc), rf.span(rf.mentions[rf.entAt[q-2]].a, k+1))
}

// bodyNamedAt returns the organization whose name starts at token o, after an optional
// "the" ("a member of the Senate Finance Committee", "sits on the panel"), and the token
// after its name; -1 when none starts there.
func (rf *relationFinder) bodyNamedAt(o int) (body, end int) {
	if rf.is(o, wThe) {
		o++
	}
	body = rf.entityOf(o)
	if body < 0 || rf.ents[body].typ != kg.Organization || rf.mentions[rf.entAt[o]].a != o {
		return -1, o
	}
	return body, rf.mentions[rf.entAt[o]].b
}
