package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Board seats: a person who joins, sits on, serves on or remains on a company's board, is
// elected, appointed or named to it, takes a seat on it or is a member of it is its
// director ("Ida Lund joined the board of Birch Bank", "Moss sits on Northwind's board",
// "Dahl will remain on the supervisory board of Acme Corp", "Lund was elected to the
// board of directors of Quill Ventures", "Rolf Dahl, a member of the Birch Bank board").
// The board names its organization after "of", "at" or "for", by a possessive, or as a
// compound ("the Birch Bank board"); a board named only by "its" or "the company's" gives
// nothing. The person is the verb's subject (actionSubject), or the name before the comma
// of an apposition that opens with the membership. A board a person leaves ("resigned
// from", "removed from") is left alone.

// boardSeatVerbs are the verbs before "on" that hold a seat on a board ("sits on the
// board", "will remain on the board").
var boardSeatVerbs = seatWords("sit", "sits", "sat", "sitting", "serve", "serves", "served", "serving",
	"remain", "remains", "remained", "remaining", "stay", "stays", "stayed")

// boardJoinVerbs take the board as their object ("joined the board of").
var boardJoinVerbs = seatWords("join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined")

// boardNamingVerbs are the verbs before "to" that give a seat ("elected to the board").
var boardNamingVerbs = seatWords("elected", "reelected", "re-elected", "appointed", "named", "nominated", "added", "returned")

// boardKinds are the words that may qualify a board before it ("the supervisory board").
// An advisory board is not among them: its members advise and are no directors.
var boardKinds = seatWords("supervisory", "executive", "corporate", "management", "full", "new")

// boardBodies are the words of "board of directors" and its like, after "board of".
var boardBodies = seatWords("directors", "trustees", "governors", "supervisors")

// seatWords makes a set of the words of this file.
func seatWords(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// boardSeats reads the board seats of sentence si (see the top of the file).
func (rf *relationFinder) boardSeats(si int) {
	s := &rf.sents[si]
	for k := s.start + 2; k < s.b; k++ {
		if !rf.is(k, "board") || rf.quoteOf[k] != 0 {
			continue
		}
		org, d, end := rf.boardOwner(si, k)
		if org < 0 {
			continue
		}
		for _, person := range rf.boardHolders(si, d) {
			if rf.typeOfName(person) == kg.Person {
				rf.addRelation(si, person, "directorOf", rf.entName(org), rf.span(max(s.start, d-2), end))
			}
		}
	}
}

// boardOwner finds the organization whose board is the token k: after "of", "at" or
// "for" ("the board of directors of Acme"), or before it by a possessive or as a compound
// ("Acme's board", "the Acme board"). It returns the organization (-1 when there is none),
// the first token of the board's phrase (its determiner or its owner's name) and the end
// of the phrase.
func (rf *relationFinder) boardOwner(si, k int) (org, d, end int) {
	s := &rf.sents[si]
	d = k
	for d > s.start && boardKinds[rf.low(d-1)] {
		d--
	}
	if e := rf.entityOf(d - 1); e >= 0 && rf.ents[e].typ == kg.Organization {
		m := &rf.mentions[rf.entAt[d-1]]
		if m.b == d && rf.is(m.a-1, "the") {
			return e, m.a - 1, k + 1 // "the Birch Bank board"
		}
	}
	if rf.owner(d-1) && d-2 >= s.start {
		if e := rf.entityOf(d - 2); e >= 0 && rf.ents[e].typ == kg.Organization {
			m := &rf.mentions[rf.entAt[d-2]]
			return e, m.a, k + 1 // "Northwind's board"
		}
		return -1, 0, 0
	}
	if !rf.is(d-1, "the") {
		return -1, 0, 0
	}
	d--
	j := k + 1
	if rf.is(j, "of") && boardBodies[rf.low(j+1)] {
		j += 2
	}
	if !rf.is(j, "of", "at", "for") {
		return -1, 0, 0
	}
	j++
	if rf.is(j, "the") {
		j++
	}
	for j < s.b && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && (strings.HasSuffix(rf.low(j), "-listed") || strings.HasSuffix(rf.low(j), "-based")) {
		j++ // "the board of Oslo-listed Nordvik"
	}
	if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Organization && rf.mentions[rf.entAt[j]].a == j {
		return e, d, rf.mentions[rf.entAt[j]].b
	}
	return -1, 0, 0
}

// boardHolders returns the people who hold a seat on the board whose phrase opens at
// token d: the subject of the verb that joins it, holds a seat on it or is named to it
// ("joined the board", "sits on the board", "was elected to the board", "will take a seat
// on the board"), or, for "a member of the board", the subject of "is" or "became" or the
// name before an apposition's comma ("Lund, a member of the board of Acme,").
func (rf *relationFinder) boardHolders(si, d int) []string {
	s := &rf.sents[si]
	p := d - 1
	if p <= s.start {
		return nil
	}
	v := -1
	switch {
	case boardJoinVerbs[rf.low(p)]:
		v = p
	case rf.is(p, "on") && boardSeatVerbs[rf.low(p-1)]:
		v = p - 1
	case rf.is(p, "on") && rf.is(p-1, "seat", "seats"):
		q := p - 2
		if rf.is(q, "a") {
			q--
		}
		if rf.is(q, "take", "takes", "took", "taking", "taken", "hold", "holds", "held", "holding", "won", "win", "wins") {
			v = q
		}
	case rf.is(p, "to") && boardNamingVerbs[rf.low(p-1)]:
		v = p - 1
	case rf.is(p, "of") && rf.is(p-1, "member"):
		return rf.boardMember(si, p-1)
	}
	if v < 0 || rf.toks[v].has(fCap) {
		return nil
	}
	return splitNames(rf.actionSubject(si, v))
}

// boardMember returns the person who is "a member" (token k) of a board: the subject of
// "is", "was", "became" or "remains" before it, or the name before the comma of an
// apposition ("Lund, a member of").
func (rf *relationFinder) boardMember(si, k int) []string {
	s := &rf.sents[si]
	q := k - 1
	if !rf.is(q, "a", "an") {
		return nil
	}
	q--
	if rf.is(q, "former") {
		return nil
	}
	if q > s.start && rf.is(q, "is", "was", "became", "becomes", "remains", "remained") {
		return splitNames(rf.actionSubject(si, q))
	}
	if rf.punct(q, ',') {
		if e := rf.entityOf(q - 1); e >= 0 && rf.ents[e].typ == kg.Person {
			return []string{rf.entName(e)}
		}
	}
	return nil
}

// boardTitleOrg returns the organization whose board the title words a..ra-1 before the
// role "member" name ("Quill Mining board member Jon Sato"): the one word "board" right
// after an organization's name. It returns "" for any other words, which preRoles reads
// as a body of their own.
func (rf *relationFinder) boardTitleOrg(a, ra int) string {
	if ra != a+1 || !rf.is(a, "board") || a < 1 || rf.entAt[a-1] < 0 {
		return ""
	}
	om := &rf.mentions[rf.entAt[a-1]]
	if om.b != a || om.ent < 0 || rf.ents[om.ent].typ != kg.Organization {
		return ""
	}
	return rf.entName(om.ent)
}

// boardMemberAlone reports whether the appositive words rb..end-1 after "board member"
// hold no second role of their own, so that every organization they name is a board's
// ("a board member of Quill Mining", "a past Quill board member"): no "and" or "or"
// among them ("a Quill board member and Vale official" keeps its memberOf).
func (rf *relationFinder) boardMemberAlone(rb, end int) bool {
	for p := rb; p < end; p++ {
		if rf.is(p, "and", "or") {
			return false
		}
	}
	return true
}
