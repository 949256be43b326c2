package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Board seats: a person who joins, sits on, serves on or remains on a company's board, is
// elected, appointed or named to it, takes a seat on it or is a member of it is its
// board member, boardMemberOf ("Ida Lund joined the board of Birch Bank", "Moss sits on
// Northwind's board", "Dahl will remain on the supervisory board of Acme Corp", "Lund was elected to the
// board of directors of Quill Ventures", "Rolf Dahl, a member of the Birch Bank board").
// The board names its organization after "of", "at" or "for", by a possessive, or as a
// compound ("the Birch Bank board"); a board named only by "its" or "the company's" gives
// nothing. The person is the verb's subject (actionSubject), or the name before the comma
// of an apposition that opens with the membership; "is on the board of" and "a director
// on Berkshire's board" are seats too. A person removed from a board ("were removed from
// the Tally board", "removed A and B from the board of Tally") held a seat on it; one
// considered or nominated for it ("are being considered by Quill for Tally's board") is
// its candidate (candidateOf). A second title "and board member B" after "Tally CEO A"
// keeps Tally (coordinatedBoardMembers). A board a person resigns from is left alone.

// boardSeat is the predicate of a seat on a board (the root vocabulary's boardMemberOf:
// the golds' and readers' "board member"); "director of the FBI", the head of an agency,
// stays the role directorOf.
const boardSeat = "boardMemberOf"

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
	if !rf.sentHas(si, wBoard) {
		return // sentindex.go
	}
	for k := s.start + 2; k < s.b; k++ {
		if !rf.is(k, wBoard) || rf.quoteOf[k] != 0 {
			continue
		}
		org, d, end := rf.boardOwner(si, k)
		if org < 0 {
			rf.coordinatedBoardMembers(si, k) // "Quill CEO A and board member B"
			rf.boardObjectsOfIts(si, k)       // "Tally said it appointed A to its board"
			continue
		}
		from := max(s.start, d-2)
		people, pred := rf.boardHolders(si, d), boardSeat
		if people == nil {
			people, pred = rf.boardCandidates(si, d), "candidateOf"
		}
		if people == nil {
			people, pred = rf.boardRemoved(si, d), boardSeat
		}
		if people == nil && rf.is(d-1, wTo, wFrom) {
			// "appointed A and B to the board of Tally", "removed A from Tally's board"
			verbs := boardNamingActive
			if rf.is(d-1, wFrom) {
				verbs = boardRemoving
			}
			var v int
			if people, v = rf.boardObjects(si, d-1, verbs); people != nil {
				from = v
			}
		}
		for _, person := range people {
			if rf.typeOfName(person) == kg.Person {
				rf.addRelation(si, person, pred, rf.entName(org), rf.span(from, end))
			}
		}
	}
}

// boardObjectsOfIts reads "ORG VERBed A and B to its board" around the token k
// ("board"): the board is the one of the organization that names them ("Tally Inc said
// it had appointed Ann Vole to its board": Vole is directorOf Tally Inc).
func (rf *relationFinder) boardObjectsOfIts(si, k int) {
	d := k
	for d > rf.sents[si].start && boardKinds[rf.low(d-1)] {
		d--
	}
	if !rf.is(d-1, wIts) || !rf.is(d-2, wTo) {
		return
	}
	people, v := rf.boardObjects(si, d-2, boardNamingActive)
	if people == nil {
		return
	}
	org := rf.actionSubject(si, v)
	if org == "" || strings.Contains(org, "|") || rf.typeOfName(org) != kg.Organization {
		return
	}
	for _, person := range people {
		if rf.typeOfName(person) == kg.Person {
			rf.addRelation(si, person, boardSeat, org, rf.span(v, k+1))
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
		if m.b == d && rf.is(m.a-1, wThe) {
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
	if !rf.is(d-1, wThe) {
		return -1, 0, 0
	}
	d--
	j := k + 1
	if rf.is(j, wOf) && boardBodies[rf.low(j+1)] {
		j += 2
	}
	if !rf.is(j, wOf, wAt, wFor) {
		return -1, 0, 0
	}
	j++
	if rf.is(j, wThe) {
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
	case rf.is(p, wOn) && boardSeatVerbs[rf.low(p-1)]:
		v = p - 1
	case rf.is(p, wOn) && rf.is(p-1, wSeat, wSeats):
		q := p - 2
		if rf.is(q, wA) {
			q--
		}
		if rf.is(q, wTake, wTakes, wTook, wTaking, wTaken, wHold, wHolds, wHeld, wHolding, wWon, wWin, wWins) {
			v = q
		}
	case rf.is(p, wTo) && boardNamingVerbs[rf.low(p-1)]:
		v = p - 1
	case rf.is(p, wOf) && rf.is(p-1, wMember):
		return rf.boardMember(si, p-1)
	case rf.is(p, wOn, wOf) && rf.is(p-1, wDirector):
		return rf.boardMember(si, p-1) // "is now a director on Berkshire's board"
	case rf.is(p, wOn) && rf.beforeAdverbs(s.start, p, boardCopulas) >= 0:
		v = rf.beforeAdverbs(s.start, p, boardCopulas) // "Aune is on the board of Birch Bank"
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
	if !rf.is(q, wA, wAn) {
		return nil
	}
	q--
	if rf.is(q, wFormer) {
		return nil
	}
	for q > s.start && boardAdverbs[rf.low(q)] && !rf.is(q, wBeing) {
		q-- // "is now a director on"
	}
	if q > s.start && rf.is(q, wIs, wWas, wBecame, wBecomes, wRemains, wRemained) {
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
// after an organization's name, or after "and" in "Quill CEO A and board member B"
// (coordinatedBoardOrg; start opens the sentence). It returns "" for any other words, which preRoles reads
// as a body of their own.
func (rf *relationFinder) boardTitleOrg(start, a, ra int) string {
	if ra == a+1 && rf.is(a-1, wAnd) {
		org, _ := rf.coordinatedBoardOrg(start, a) // "Tally CEO Hana Reyes and board member Jonas Webb"
		return org
	}
	if ra != a+1 || !rf.is(a, wBoard) || a < 1 || rf.entAt[a-1] < 0 {
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
		if rf.is(p, wAnd, wOr) {
			return false
		}
	}
	return true
}

// boardCopulas are the forms of "be" before "on" that hold a seat ("is on the board of").
var boardCopulas = seatWords("is", "was", "are", "were", "been", "be")

// boardPassives are the forms of "be" before a past participle that make it passive
// ("are being considered", "were removed").
var boardPassives = seatWords("is", "was", "are", "were", "been", "being", "be")

// boardConsidering are the participles of "VERBed for the board" that make a candidate
// ("were considered for Tally's board", "was nominated for the board of Tally").
var boardConsidering = seatWords("considered", "nominated", "proposed", "recommended", "tapped", "shortlisted", "vetted")

// boardCandidacy are the nouns of "a candidate for the board of Tally".
var boardCandidacy = seatWords("candidate", "nominee")

// boardNamingActive are the verbs of "appointed A and B to the board of Tally", which
// name their object to the board.
var boardNamingActive = seatWords("elected", "reelected", "re-elected", "appointed", "named", "nominated", "added",
	"appoint", "appoints", "appointing", "elect", "elects", "electing", "name", "names", "naming",
	"nominate", "nominates", "nominating", "add", "adds", "adding")

// boardRemoving are the verbs of "removed A and B from the board of Tally".
var boardRemoving = seatWords("removed", "ousted", "ejected", "expelled", "purged")

// boardAdverbs are the words that may stand between a form of "be" and what it governs
// ("is now on the board", "are also being considered").
var boardAdverbs = seatWords("now", "still", "also", "already", "currently", "not", "once", "being")

// beforeAdverbs returns the token before p, past boardAdverbs, when it is one of words,
// else -1.
func (rf *relationFinder) beforeAdverbs(start, p int, words map[string]bool) int {
	q := p - 1
	for q > start && boardAdverbs[rf.low(q)] && !words[rf.low(q)] {
		q--
	}
	if q > start && words[rf.low(q)] && !rf.toks[q].has(fCap) {
		return q
	}
	return -1
}

// passiveSubject returns the subjects of the passive participle at v ("Vole and Lark
// are being considered"), or nil when no form of "be" stands before it.
func (rf *relationFinder) passiveSubject(si, v int) []string {
	s := &rf.sents[si]
	c := rf.beforeAdverbs(s.start, v, boardPassives)
	if c < 0 {
		return nil
	}
	for c-1 > s.start && (boardPassives[rf.low(c-1)] || boardAdverbs[rf.low(c-1)]) {
		c-- // "are being", "has been"
	}
	return splitNames(rf.actionSubject(si, c))
}

// boardCandidates returns the people a board whose phrase opens at token d is weighing:
// the subject of a passive "considered|nominated … for" before it, past an agent "by
// ORG" ("Vole and Lark are being considered by Quill for Tally's board", "Finch was
// nominated for the board of Marlow Foods"), or one who is "a candidate|nominee for" it.
func (rf *relationFinder) boardCandidates(si, d int) []string {
	s := &rf.sents[si]
	p := d - 1
	if !rf.is(p, wFor) || p-2 <= s.start {
		return nil
	}
	q := p - 1
	for b := q; b > s.start && b >= p-6 && (rf.toks[b].kind == tWord || rf.entAt[b] >= 0); b-- {
		if rf.is(b, wBy) {
			q = b - 1 // the agent: "by Quill Partners", "by the investor group"
			break
		}
	}
	if boardCandidacy[rf.low(q)] {
		return rf.boardMember(si, q)
	}
	if !boardConsidering[rf.low(q)] {
		return nil
	}
	return rf.passiveSubject(si, q)
}

// boardRemoved returns the people removed from a board whose phrase opens at token d: the
// subject of a passive "were removed|ousted from" ("Patel and Ortiz were removed from the
// Harbin Steel board"), who held the seat before (kg's roles carry no tense). The active
// "removed A and B from the board" is boardObjects'. A board a person resigns from gives
// nothing.
func (rf *relationFinder) boardRemoved(si, d int) []string {
	s := &rf.sents[si]
	p := d - 1
	if !rf.is(p, wFrom) || p-2 <= s.start {
		return nil
	}
	if boardRemoving[rf.low(p-1)] {
		return rf.passiveSubject(si, p-1)
	}
	return nil
}

// boardObjects returns the people named between a verb of verbs and the preposition at
// p ("removed Said and Osprey board member Lind from", "appointed Ann Vole and Ben Lark
// to"), with the verb's token: only names, lower-case title words, "and" and commas may
// stand between them, at most 16 tokens.
func (rf *relationFinder) boardObjects(si, p int, verbs map[string]bool) ([]string, int) {
	s := &rf.sents[si]
	var people []string
	for k := p - 1; k > s.start && k >= p-16; k-- {
		if mi := rf.entAt[k]; mi >= 0 {
			m := &rf.mentions[mi]
			if m.ent >= 0 && rf.ents[m.ent].typ == kg.Person {
				people = append(people, rf.entName(m.ent))
			}
			k = m.a
			continue
		}
		switch {
		case verbs[rf.low(k)] && !rf.toks[k].has(fCap):
			if len(people) == 0 {
				return nil, 0
			}
			for i, j := 0, len(people)-1; i < j; i, j = i+1, j-1 {
				people[i], people[j] = people[j], people[i]
			}
			return people, k
		case rf.is(k, wAnd) || rf.punct(k, ','):
		case rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&(lxFunc|lxSpeech) == 0:
			// a title word: "board member"
		default:
			return nil, 0
		}
	}
	return nil, 0
}

// coordinatedBoardMembers reads "ORG TITLE A and board members B and C" around the token
// k ("board", after "and"): the second title of the coordination keeps the first one's
// organization (coordinatedBoardOrg), and every person of the list after "members" is its
// director. The singular "and board member B" is preRoles' (boardTitleOrg).
func (rf *relationFinder) coordinatedBoardMembers(si, k int) {
	s := &rf.sents[si]
	if !rf.is(k+1, wMembers) {
		return
	}
	org, oa := rf.coordinatedBoardOrg(s.start, k)
	if org == "" {
		return
	}
	for j := k + 2; j < s.b; {
		mi := rf.entAt[j]
		switch {
		case mi >= 0 && rf.mentions[mi].ent >= 0 && rf.ents[rf.mentions[mi].ent].typ == kg.Person && rf.mentions[mi].a == j:
			rf.addRelation(si, rf.entName(rf.mentions[mi].ent), boardSeat, org, rf.span(oa, rf.mentions[mi].b))
			j = rf.mentions[mi].b
		case rf.is(j, wAnd) || rf.punct(j, ','):
			j++
		default:
			return
		}
	}
}

// coordinatedBoardOrg returns the organization of the first title in "ORG TITLE A and
// board member(s) …", where k is the token "board" ("Tally Corp CEO Hana Reyes and board
// member Jonas Webb": Tally Corp), with the first token of its name; "" when "board"
// follows no "and" after a person, or that person's title holds no role right after an
// organization's name.
func (rf *relationFinder) coordinatedBoardOrg(start, k int) (string, int) {
	if !rf.is(k-1, wAnd) || !rf.is(k+1, wMember, wMembers) || k-3 < start {
		return "", 0
	}
	fm := rf.entAt[k-2]
	if fm < 0 || rf.mentions[fm].ent < 0 || rf.ents[rf.mentions[fm].ent].typ != kg.Person || rf.mentions[fm].b != k-1 {
		return "", 0
	}
	// the first title: role words between an organization and the first person ("Tally
	// Corp CEO", "Tally Corp chief executive")
	a := rf.mentions[fm].a
	t := a
	for t > start && a-t < 4 && rf.entAt[t-1] < 0 && rf.toks[t-1].kind == tWord && rf.toks[t-1].feat&(lxFunc|lxSpeech) == 0 {
		t--
	}
	if t == a || t < 1 || rolePredicate(rf.span(t, a)) == "" {
		return "", 0
	}
	om := rf.entAt[t-1]
	if om < 0 || rf.mentions[om].b != t || rf.mentions[om].ent < 0 || rf.ents[rf.mentions[om].ent].typ != kg.Organization {
		return "", 0
	}
	return rf.entName(rf.mentions[om].ent), rf.mentions[om].a
}
