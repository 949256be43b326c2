package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Clauses: which relative clause each token is in, and the small facts of clause
// structure the stages ask about (a relative pronoun before a word, a comma between two,
// a preposition before a noun phrase, a passive verb, coordinated subjects).

// relativeBefore reports whether token k lies in a relative clause of sentence si ("the
// island, which lies in the seismically active Pacific Ring of Fire").
func (d *doc) relativeBefore(si, k int) bool {
	s := &d.sents[si]
	for j := k; j >= s.start && k-j < 8; j-- {
		if d.is(j, "which", "where", "whose") {
			return true
		}
		if d.punct(j, ',') && j < k-1 {
			return false
		}
	}
	return false
}

func (d *doc) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.punct(k, ',') || d.punct(k, ';') || d.toks[k].kind == tDash {
			return true
		}
	}
	return false
}

// clauses marks the clause of every token of the article's sentences: 0 for a
// sentence's main clause, and a new number for each relative clause, which runs from its
// pronoun ("which", "who", "whose", "where", a relative "that") to the next comma or the
// sentence's end.
func clauses(d *doc) {
	n := len(d.toks)
	if cap(d.clause) < n {
		d.clause = make([]int32, n)
	}
	d.clause = d.clause[:n]
	for si := range d.sents {
		s := &d.sents[si]
		cur, next := int32(0), int32(1)
		for k := s.a; k < s.b; k++ {
			if cur != 0 && (d.punct(k, ',') || d.punct(k, ';') || d.toks[k].kind == tDash) {
				cur = 0
			}
			if d.is(k, "which", "who", "whose", "whom", "where") || d.is(k, "that") && relativeThat(d, k, s.start) {
				cur = next
				next++
			}
			d.clause[k] = cur
		}
	}
}

// relativeThat: "that" after a noun opens a relative clause ("a 1999 tremor that killed
// …"); after a verb of saying it opens what was said ("said on Monday that …").
func relativeThat(d *doc, k, start int) bool {
	for j := k - 1; j >= start && j >= k-4; j-- {
		if d.isSourceVerb(j) || d.isSpeech(j) || d.is(j, "so", "such", "now", "believe", "believed", "think", "know", "fear", "feared", "hope", "expect", "expected", "found", "shows", "showed") {
			return false
		}
	}
	p := k - 1
	return p >= start && (d.toks[p].kind == tWord || d.toks[p].kind == tNum) && d.toks[p].feat&(lxFunc|lxPronoun) == 0
}

func (d *doc) clauseOf(k int) int32 {
	if k < 0 || k >= len(d.clause) {
		return 0
	}
	return d.clause[k]
}

func clauseEnd(d *doc, a, end int) int {
	b := a
	for b < end && b-a < 14 && !d.punct(b, ',') && d.toks[b].kind != tStop && !d.is(b, "who", "which", "that", "adding", "in", "on", "by") {
		b++
	}
	return b
}

// afterPreposition reports whether the noun phrase at token a follows a preposition
// ("As part of a U.S.-led coalition", "in Syria").
func (d *doc) afterPreposition(a, start int) bool {
	for j := a - 1; j >= start && j >= a-6; j-- {
		if d.is(j, "of", "in", "at", "from", "by", "with", "for", "to", "on", "into", "against", "as", "near") {
			return true
		}
		t := &d.toks[j]
		switch {
		case d.is(j, "a", "an", "the", "its", "their"), d.punct(j, '-') && !t.has(fSpace):
		case t.kind == tWord && t.feat&lxFunc == 0:
		default:
			return false
		}
	}
	return false
}

func (d *doc) coordinated(a, v int) bool {
	for k := a; k < v; k++ {
		if d.is(k, "and") {
			return true
		}
	}
	return false
}

// passive reports whether the verb at v is passive: "was arrested", "had been struck".
func (d *doc) passive(si, v int) bool {
	s := &d.sents[si]
	w := d.low(v)
	if !strings.HasSuffix(w, "ed") && !participles[w] {
		return false // "is fighting"
	}
	for g := v - 1; g >= s.start && g >= v-3; g-- {
		if d.is(g, "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets") {
			return true
		}
		if !(d.toks[g].kind == tWord && (strings.HasSuffix(d.low(g), "ly") || d.is(g, "not", "also", "later", "reportedly", "then", "since", "already", "still", "never", "first"))) {
			return false
		}
	}
	return false
}

// sharedAcrossAnd returns the subject the verb after "and" at token g shares with the
// sentence si it opens, or "": after a comma ("Sanders touted …, and on Wednesday met"),
// or when nothing between that subject and the "and" opens a clause of its own — no
// comma, quotation, verb of saying, subordinating word ("that", "if", "when") or other
// subject-like name outside a prepositional phrase ("Apple rejected the app and asked
// Spotify", "Obama met the king of Spain in Madrid and will later meet …"). A titled
// person right after an opening owner is the subject ("Velland President Tom Wade").
func (rf *relationFinder) sharedAcrossAnd(si, g int) string {
	s := &rf.sents[si]
	k := rf.frontedClauseEnd(s.start, s.b)
	if k < 0 || k >= g {
		return ""
	}
	if rf.is(k, "the") {
		k++
	}
	if rf.entityOf(k) < 0 {
		return ""
	}
	// "MADRID U.S. President Barack Obama": the last of the names that run on
	m := &rf.mentions[rf.entAt[k]]
	for ni := rf.mentionFrom(m.b, g); ni >= 0 && (rf.mentions[ni].ta == m.b || rf.mentions[ni].a == m.b); ni = rf.mentionFrom(m.b, g) {
		m = &rf.mentions[ni]
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization || m.demonym || rf.is(m.b, "and") || rf.owner(m.b) {
		return "" // "Sanders and Clinton …", "Sanders' campaign": no one subject
	}
	subj, b := rf.entName(m.ent), m.b
	if rf.punct(g-1, ',') {
		return subj
	}
	for j := b; j < g; j++ {
		t := &rf.toks[j]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tDash || rf.punct(j, ',') || rf.punct(j, ';') || rf.punct(j, '(') || rf.isSpeech(j) ||
			rf.is(j, "that", "if", "when", "while", "because", "after", "before", "as", "where", "who", "which", "whether", "since", "until", "than") {
			return ""
		}
		if e := rf.entityOf(j); e >= 0 {
			m := &rf.mentions[rf.entAt[j]]
			if !rf.afterPreposition(m.a, s.start) {
				return "" // another name that may be the subject
			}
			j = m.b - 1
		}
	}
	return subj
}
