package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Possessives that state a relation: a title after a possessor, then the one who holds
// it — "BMW's new Chief Executive Harald Krueger", "his lawyer, Robert Klieger", "its
// vice president of product development Sonny Vleisides", "Halvorsen Systems' chairman
// Tomas Varga" (the holder has the role of the possessor). One organization's name after
// another's possessive ("Volkswagen's Audi" owns) was tried and dropped: of 516 over the
// corpus a drawn 20 were mostly units, programs and products ("the Justice Department's
// Civil Rights Division", "the BBC's Today", "Mitsubishi's Outlander") or no names.

// roleModifiers may stand between a possessor and its title: "its new chief executive".
var roleModifiers = map[string]bool{"new": true, "former": true, "longtime": true, "acting": true,
	"interim": true, "top": true, "senior": true, "then": true, "incoming": true, "outgoing": true,
	"current": true, "own": true, "personal": true, "medical": true}

// possessives reads the possessive ties of sentence si.
func (rf *relationFinder) possessives(si int) {
	s := &rf.sents[si]
	for g := s.start; g < s.b; g++ {
		if rf.quoteOf[g] != 0 {
			continue
		}
		owner := rf.possessiveOwner(g)
		if owner < 0 {
			continue
		}
		rf.possessedRole(si, g, owner)
	}
}

// possessiveOwner returns the entity the possessive at token g stands for: "NAME's",
// "NAME'" (a name ending in s), "his"/"her" (the person it refers to) or "its" (the
// organization it refers to); -1 for none.
func (rf *relationFinder) possessiveOwner(g int) int {
	switch {
	case rf.is(g, "his", "her"):
		return rf.kinPossessor(g)
	case rf.is(g, "its"):
		return rf.entIndex(rf.ownerWord(g+1, g))
	case rf.owner(g) || rf.tok(g) == "'" || rf.tok(g) == "’":
		if e := rf.entityOf(g - 1); e >= 0 && !rf.mentions[rf.entAt[g-1]].demonym {
			if !rf.owner(g) && !strings.HasSuffix(rf.tok(g-1), "s") {
				return -1 // a closing quote
			}
			return e
		}
	}
	return -1
}

// possessedRole reads "POSSESSOR [new] TITLE [of a few words][,] PERSON": the person
// holds the title's role of the possessor.
func (rf *relationFinder) possessedRole(si, g, owner int) {
	s := &rf.sents[si]
	k := g + 1
	for k < s.b && k-g <= 2 && roleModifiers[strings.TrimSuffix(rf.low(k), "-")] {
		k++
	}
	// the longest title of up to four words: a title of the vocabulary ("chief of staff",
	// "Chief Executive"), or lower-case words that end in one ("senior policy adviser")
	pred, end := "", -1
	plain := true
	for j := k; j < s.b && j < k+4; j++ {
		if rf.toks[j].kind != tWord || rf.entAt[j] >= 0 {
			break
		}
		plain = plain && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0
		title := strings.ToLower(rf.span(k, j+1))
		if kg.IsRole(title) || kg.IsRole(strings.ReplaceAll(title, "-", " ")) || plain && rolePredicate(title) != "" {
			pred, end = rolePredicate(title), j+1
		}
	}
	if pred == "" {
		return
	}
	// "vice president of product development Sonny Vleisides"
	if rf.is(end, "of", "for") {
		j := end + 1
		for j < s.b && j-end <= 4 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&lxFunc == 0 {
			j++
		}
		if j == end+1 {
			return // "its head of Asia"
		}
		end = j
	}
	if rf.punct(end, ',') {
		end++
	}
	p := rf.entityOf(end)
	if p < 0 || p == owner || rf.ents[p].typ != kg.Person || rf.mentions[rf.entAt[end]].a != end || rf.owner(rf.mentions[rf.entAt[end]].b) ||
		!strings.Contains(rf.ents[p].name, " ") {
		return // not "its Inspector General", "McAvoy's Professor X": a full name
	}
	if rf.ents[owner].typ == kg.Place && rf.ents[owner].name == rf.mainCountry && pred == "presidentOf" {
		return // left to roles.go, which knows whose president
	}
	rf.addRelation(si, rf.entName(p), pred, rf.entName(owner), rf.span(g, min(s.b, rf.mentions[rf.entAt[end]].b)))
}
