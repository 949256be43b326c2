package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Students of a school: a person who is "a student|freshman|sophomore|junior|senior at" a
// school, or whom a school's name qualifies as one ("a Vale High sophomore", "Vale High
// School junior Ann Vole"), is its student: studentOf. The person is the name before the
// comma of an apposition (past an age: "Ann Vole, 16, a sophomore at Vale High School"),
// the subject of "is", "was" or "became" ("Dirk Fenn was a freshman at Norland
// University"), or, for the compound, the name right after it or after its comma
// ("another Vale High sophomore, Eli Marsh,"). "junior" and "senior" say a class only
// where the school's name says it is a school (schoolWords: "a senior at Goldman Sachs"
// is no student); the compound asks that of every word, since "Apple student" means
// nothing. Attending and graduating are the open reader's ("attended Stanford" → attend,
// "graduated from Yale" → graduateFrom); a plural ("students at Vale High") names nobody.

// studentWords are the nouns that make their holder a student of the school after "at".
var studentWords = seatWords("student", "freshman", "sophomore", "junior", "senior")

// classYears are the student words that also name a rank outside a school ("a senior at
// Goldman Sachs", "the junior partner"): they count only before a school's name.
var classYears = seatWords("junior", "senior")

// degreeNames are the degrees whose capitals modify a student word ("a PhD student at").
var degreeNames = newTokSet(map[string]bool{"PhD": true, "Ph.D.": true, "MBA": true})

// schoolWords are the words of a school's own name ("Vale High School", "Norland
// University", "Virginia Tech").
var schoolWords = seatWords("school", "high", "university", "college", "academy", "institute", "elementary", "tech", "polytechnic", "seminary", "gymnasium")

// students reads the students of sentence si (see the top of the file).
func (rf *relationFinder) students(si int) {
	s := &rf.sents[si]
	if rf.sentCls(si)&wcStudent == 0 {
		return // sentindex.go: no student word
	}
	for k := s.start + 1; k < s.b; k++ {
		w := rf.low(k)
		if !rf.mayBe(k, w, wcStudent) || !studentWords[w] || rf.toks[k].has(fCap) || rf.quoteOf[k] != 0 {
			continue
		}
		if rf.is(k+1, wAt) {
			rf.studentAt(si, k)
		} else {
			rf.schoolCompound(si, k)
		}
	}
}

// studentAt reads "a sophomore at Vale High School" around the student word k: the
// article before it (past up to two lower-case words: "a graduate student at", "a
// nursing student at"), the school after "at".
func (rf *relationFinder) studentAt(si, k int) {
	o := k + 2
	if rf.is(o, wThe) {
		o++
	}
	school := rf.entityOf(o)
	if school < 0 || rf.mentions[rf.entAt[o]].a != o {
		return
	}
	if t := rf.ents[school].typ; t != kg.Organization && !(t == kg.Other && rf.schoolNamed(school)) {
		return // a school the types left Other ("Los Osos High") is still one by its name
	}
	if classYears[rf.low(k)] && !rf.schoolNamed(school) {
		return
	}
	q := k - 1
	start := rf.sents[si].start
	for n := 0; n < 2 && q > start; n++ {
		switch {
		case q-2 > start && rf.low(q) == "year-old" && rf.punct(q-1, '-') && rf.toks[q-2].kind == tNum:
			q -= 3 // "a 20-year-old junior at", the age one modifier
		case rf.toks[q].kind == tWord && (!rf.toks[q].has(fCap) || degreeNames.has(rf.tok(q))) && rf.toks[q].feat&(lxFunc|lxSpeech) == 0 && !studentWords[rf.low(q)]:
			q-- // "a graduate student at", "a PhD student at"
		default:
			n = 2
		}
	}
	if !rf.is(q, wA, wAn) {
		return
	}
	for _, person := range rf.studentHolders(si, q) {
		rf.addRelation(si, person, "studentOf", rf.entName(school), rf.span(q, rf.mentions[rf.entAt[o]].b))
	}
}

// schoolCompound reads a school's name before the student word k ("a Vale High
// sophomore", "Vale High School junior Ann Vole"): the name must be a school's
// (schoolNamed) and end right before k.
func (rf *relationFinder) schoolCompound(si int, k int) {
	if rf.entAt[k-1] < 0 {
		return
	}
	m := &rf.mentions[rf.entAt[k-1]]
	school := m.ent
	if m.b != k || rf.ents[school].typ != kg.Organization || !rf.schoolNamed(school) || rf.owner(k-1) {
		return
	}
	var people []string
	switch a := m.a; {
	case rf.personAt(k + 1):
		people = []string{rf.entName(rf.entityOf(k + 1))} // "Vale High junior Ann Vole"
	case rf.punct(k+1, ',') && rf.personAt(k+2) && rf.is(a-1, wAnother, wA, wAn):
		people = []string{rf.entName(rf.entityOf(k + 2))} // "another Vale High sophomore, Eli Marsh"
	case rf.is(a-1, wA, wAn):
		people = rf.studentHolders(si, a-1) // "Ann Vole, a Vale High sophomore"
	}
	for _, person := range people {
		rf.addRelation(si, person, "studentOf", rf.entName(school), rf.span(m.a, k+1))
	}
}

// personAt reports whether a person's name opens at token k.
func (rf *relationFinder) personAt(k int) bool {
	return k < len(rf.entAt) && rf.entAt[k] >= 0 && rf.mentions[rf.entAt[k]].a == k && rf.ents[rf.mentions[rf.entAt[k]].ent].typ == kg.Person
}

// schoolNamed reports whether the organization e's own name says it is a school.
func (rf *relationFinder) schoolNamed(e int) bool {
	for _, w := range strings.Fields(strings.ToLower(rf.ents[e].name)) {
		if schoolWords[w] {
			return true
		}
	}
	return false
}

// studentHolders returns the person the student phrase whose article is token q
// describes: the subject of "is", "was" or "became" before it ("also" aside), or the name
// before the comma of an apposition, past an age ("Ann Vole, 16, a sophomore at").
func (rf *relationFinder) studentHolders(si, q int) []string {
	s := &rf.sents[si]
	v := q - 1
	if rf.is(v, wAlso) {
		v--
	}
	if v > s.start && rf.is(v, wIs, wWas, wBecame, wRemains) {
		var out []string
		for p := range nameList(rf.actionSubject(si, v)).all() {
			if rf.typeOfName(p) == kg.Person {
				out = append(out, p)
			}
		}
		return out
	}
	if !rf.punct(q-1, ',') {
		return nil
	}
	n := q - 2
	if n-1 > s.start && rf.ageAside(n) && rf.punct(n-1, ',') {
		n -= 2 // "Ann Vole, 16, a sophomore"
	}
	if n < s.start || rf.entAt[n] < 0 || rf.mentions[rf.entAt[n]].b != n+1 {
		return nil
	}
	if e := rf.entityOf(n); e >= 0 && rf.ents[e].typ == kg.Person {
		return []string{rf.entName(e)}
	}
	return nil
}
