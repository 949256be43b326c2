package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Creators of works: a person's possessive before a work named with a work's noun ("Paul
// Dini's memoir Dark Night", "A$AP Ferg's new album Always Strive and Prosper", "David
// Ayer's Suicide Squad movie"), and an aside that names who made a work ("Quiet Harbor,
// directed by Mara Lind", "Quiet Harbor, a new novel by Mara Lind") make the person
// creatorOf the work (the author, director, composer or maker of a book, film, album,
// painting, game). A firm's product is productOf's (ownedproducts.go); only a person
// creates here, and only a name typed Other is a work without a noun of its own.

// creatorWorkNouns name a work a person makes. Words a sports page says of a player
// ("game", "play", "record", "show") are left out.
var creatorWorkNouns = newTokSet(map[string]bool{"novel": true, "novels": true, "book": true,
	"books": true, "film": true, "films": true, "movie": true, "movies": true, "album": true,
	"albums": true, "song": true, "songs": true, "single": true, "painting": true, "paintings": true,
	"documentary": true, "comic": true, "comics": true, "memoir": true, "musical": true, "opera": true,
	"symphony": true, "poem": true, "poems": true, "trilogy": true, "novella": true, "mixtape": true,
	"series": true, "sitcom": true, "EP": true, "LP": true, "essay": true, "screenplay": true})

// creatorWorkModifiers may stand between a creator's possessive and the work's noun: "her
// new novel", "his 2001 book" (a year is read apart).
var creatorWorkModifiers = newTokSet(map[string]bool{"new": true, "latest": true, "debut": true,
	"first": true, "last": true, "classic": true, "upcoming": true, "forthcoming": true,
	"final": true, "acclaimed": true, "best-selling": true, "bestselling": true, "famous": true,
	"graphic": true, "short": true, "second": true, "third": true, "next": true})

// creatorParticiples open an aside that names who made the work before it.
var creatorParticiples = newTokSet(map[string]bool{"directed": true, "written": true, "composed": true,
	"created": true, "co-written": true, "penned": true, "illustrated": true, "co-directed": true,
	"co-created": true, "authored": true})

// possessedWork reads "PERSON's [new] NOUN[,] WORK" and "PERSON's WORK NOUN" at the
// possessive g of owner: the person is creatorOf the work (a name that is no person, place
// or group). "his" and "her" are left alone.
func (rf *relationFinder) possessedWork(si, g, owner int) {
	s := &rf.sents[si]
	if owner < 0 || rf.ents[owner].typ != kg.Person || rf.is(g, wHis, wHer, wIts) || g+2 >= s.b {
		return
	}
	// PERSON's WORK NOUN
	if mi := rf.entAt[g+1]; mi >= 0 && rf.mentions[mi].a == g+1 {
		m := &rf.mentions[mi]
		if rf.creatorWork(m.ent) && m.b < s.b && rf.in(m.b, creatorWorkNouns) && !rf.toks[m.b].has(fCap) && !(m.b+1 < s.b && rf.possessive(m.b+1)) {
			rf.addRelation(si, rf.entName(owner), "creatorOf", rf.entName(m.ent), rf.span(g-1, m.b+1))
			rf.coCreated(si, g, owner, m.ent, m.b+1)
		} else if m.ent >= 0 && rf.ents[m.ent].typ == kg.Other && rf.workNounNear(si, rf.mentions[rf.entAt[g-1]].a, m.b) {
			rf.addRelation(si, rf.entName(owner), "creatorOf", rf.entName(m.ent), rf.span(g-1, m.b))
			rf.coCreated(si, g, owner, m.ent, m.b)
		}
		return
	}
	// PERSON's [new] NOUN[,] WORK
	k := g + 1
	for k < s.b && k-g <= 2 && (rf.in(k, creatorWorkModifiers) || rf.workYearOrRank(k)) {
		k++
	}
	if k >= s.b || !rf.in(k, creatorWorkNouns) || rf.toks[k].has(fCap) {
		return
	}
	k++
	if k < s.b && (rf.punct(k, ',') || rf.punct(k, ':')) {
		k++
	}
	if k < s.b && rf.openQuoteTok(k) {
		k++
	}
	if k >= s.b {
		return
	}
	if mi := rf.entAt[k]; mi >= 0 && rf.mentions[mi].a == k && rf.creatorWork(rf.mentions[mi].ent) {
		rf.addRelation(si, rf.entName(owner), "creatorOf", rf.entName(rf.mentions[mi].ent), rf.span(g-1, rf.mentions[mi].b))
		rf.coCreated(si, g, owner, rf.mentions[mi].ent, rf.mentions[mi].b)
	}
}

// coCreated makes the co-creator before the possessive at g (coCreator) creatorOf the
// work, entity work, whose phrase ends at token b.
func (rf *relationFinder) coCreated(si, g, owner, work, b int) {
	if ci := rf.coCreator(si, g, owner); ci >= 0 {
		c := &rf.mentions[ci]
		rf.addRelation(si, rf.entName(c.ent), "creatorOf", rf.entName(work), rf.span(c.a, b))
	}
}

// coCreator returns the mention of the person named right before "and" in front of the
// possessor whose possessive stands at g, when the two share its possessive ("Joel and
// Ethan Coen's 16th film", "Lana and Lilly Wachowski's new series"): the work is both
// people's. Else -1.
// Only a person joined by a bare "and", not a list with commas ("Ward, Reyes and Mara
// Lind's album" may give the last alone) nor a person who owns a possessive of their own.
func (rf *relationFinder) coCreator(si, g, owner int) int {
	om := rf.entAt[g-1]
	if om < 0 {
		return -1
	}
	a := rf.mentions[om].a
	start := rf.sents[si].start
	if a-2 < start || !rf.is(a-1, wAnd) {
		return -1
	}
	ci := rf.entAt[a-2]
	if ci < 0 || rf.mentions[ci].b != a-1 || rf.mentions[ci].ent < 0 || rf.mentions[ci].ent == owner {
		return -1
	}
	if rf.ents[rf.mentions[ci].ent].typ != kg.Person || rf.punct(rf.mentions[ci].a-1, ',') {
		return -1
	}
	return int(ci)
}

// workNearWindow bounds how far from "PERSON's WORK" a work's noun may stand.
const workNearWindow = 6

// workNounNear reports whether a lower-case work noun (creatorWorkNouns) stands within
// workNearWindow tokens before a..b-1 or after it in sentence si: "the first book in her
// series" after "Jemisin's The Fifth Season".
func (rf *relationFinder) workNounNear(si, a, b int) bool {
	s := &rf.sents[si]
	for k := max(s.start, a-workNearWindow); k < min(s.b, b+workNearWindow); k++ {
		if (k < a || k >= b) && rf.in(k, creatorWorkNouns) && !rf.toks[k].has(fCap) {
			return true
		}
	}
	return false
}

// workYearOrRank reports whether token k is a year ("his 1993 film") or an ordinal ("their
// 16th film"), not a measure ("35mm film").
func (d *doc) workYearOrRank(k int) bool {
	if d.toks[k].kind != tNum {
		return false
	}
	t := d.tok(k)
	digits := len(t) - len(strings.TrimLeft(t, "0123456789"))
	switch rest := t[digits:]; {
	case rest == "":
		return len(t) == 4 && (t[0] == '1' || t[0] == '2')
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		return digits > 0 && digits <= 3
	}
	return false
}

// openQuoteTok reports whether token k is an opening quotation mark.
func (d *doc) openQuoteTok(k int) bool {
	t := d.tok(k)
	return t == "\"" || t == "“" || t == "'" || t == "‘"
}

// creatorWork reports whether entity e may be a work: no person, place or group.
func (rf *relationFinder) creatorWork(e int) bool {
	if e < 0 {
		return false
	}
	t := rf.ents[e].typ
	return t != kg.Person && t != kg.Place && t != kg.Group
}

// madeWorks reads the asides after a work's name in sentence si: "WORK, directed by PERSON"
// (creatorParticiples) and "WORK, a [new] NOUN by PERSON" (creatorWorkNouns): the person
// is creatorOf the work, a name typed Other.
func (rf *relationFinder) madeWorks(si int) {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		mi := rf.entAt[k]
		if mi < 0 || rf.quoteOf[k] != 0 {
			continue
		}
		m := &rf.mentions[mi]
		k = m.b - 1
		if m.ent < 0 || rf.ents[m.ent].typ != kg.Other || m.b+3 >= s.b || !rf.punct(m.b, ',') {
			continue
		}
		j := m.b + 1
		if rf.in(j, creatorParticiples) {
			j++
		} else {
			if !rf.is(j, wA, wAn, wThe) {
				continue
			}
			j++
			for j < s.b && j-m.b <= 4 && (rf.in(j, creatorWorkModifiers) || rf.workYearOrRank(j)) {
				j++
			}
			if j >= s.b || !rf.in(j, creatorWorkNouns) || rf.toks[j].has(fCap) {
				continue
			}
			j++
		}
		if j+1 >= s.b || !rf.is(j, wBy) {
			continue
		}
		pi := rf.entAt[j+1]
		if pi < 0 || rf.mentions[pi].a != j+1 || rf.mentions[pi].ent < 0 || rf.ents[rf.mentions[pi].ent].typ != kg.Person {
			continue
		}
		rf.addRelation(si, rf.entName(rf.mentions[pi].ent), "creatorOf", rf.entName(m.ent), rf.span(m.a, rf.mentions[pi].b))
	}
}

// creatorVerbs are the open predicates of making a work: a person who directed, wrote or
// composed a work (a name typed Other) is its creatorOf ("Robert Eggers directed The
// Witch", "All I Ask, co-written by Bruno Mars").
var creatorVerbs = map[string]bool{"direct": true, "codirect": true, "coDirect": true, "write": true,
	"cowrite": true, "coWrite": true, "compose": true, "pen": true, "author": true, "coauthor": true, "coAuthor": true}

// addOpenRelation adds a relation the open reader (openrelations.go) found, its predicate
// named from the verb: a person's making of a work is creatorOf (creatorVerb).
func (rf *relationFinder) addOpenRelation(si int, subj, pred, obj, text string) {
	rf.addRelation(si, subj, rf.creatorVerb(pred, subj, obj), obj, text)
}

// creatorVerb returns creatorOf for an open predicate of creatorVerbs between a person and
// a work typed Other, and pred otherwise.
func (rf *relationFinder) creatorVerb(pred, subj, obj string) string {
	if !creatorVerbs[pred] || rf.typeOfName(subj) != kg.Person || rf.typeOfName(obj) != kg.Other {
		return pred
	}
	return "creatorOf"
}
