package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Whose figure a relative clause or a possessive gives (figsubject58). The name right
// before "which"/"who" is not always the clause's antecedent:
//
//   - a plural verb after "which" ("offices in Belmora, which employ 900 people";
//     "Tarn and Velm, which have 172 delegates") agrees with no single name: the
//     antecedent is a plural noun or a list, no one subject;
//   - "who" takes a person: after a place or a body in a prepositional phrase ("a
//     senator from Velm who had won seven contests"; "a chemist at Varn University who
//     released four papers") it is the person that phrase describes, when named;
//   - a place after "in"/"at" right after a body's or a person's name ("the Lumo
//     Convention in Tarn, which nominated two governors") modifies that name, which the
//     clause is about.
//
// And a figure in a phrase a possessive opens ("ended Tarsk's run of eight straight
// wins") is the possessor's, not the clause's subject's.

// relClauseAdverbs may stand between a relative pronoun and its verb.
var relClauseAdverbs = newTokSet(map[string]bool{"also": true, "now": true, "still": true, "currently": true,
	"together": true, "collectively": true, "already": true, "jointly": true, "mostly": true})

// pluralRelVerbs are verb forms that agree only with a plural subject (a table of the
// commonest verbs of having and counting in news).
var pluralRelVerbs = newTokSet(map[string]bool{"have": true, "are": true, "were": true, "employ": true,
	"account": true, "own": true, "operate": true, "hold": true, "include": true, "represent": true,
	"host": true, "house": true, "serve": true, "run": true, "control": true, "generate": true,
	"produce": true, "sell": true, "contain": true, "make": true, "total": true, "number": true,
	"cost": true, "earn": true, "receive": true, "draw": true, "attract": true, "cover": true})

// relAntecedent returns the subject a relative clause opened by the pronoun at token rel
// is about, given the entity e whose mention ends at token j right before it (its comma
// or dash skipped), found true; found false to keep e.
func (ff *figureFinder) relAntecedent(rel, j, e int) (int, bool) {
	m := &ff.mentions[ff.entAt[j]]
	if m.demonym {
		return -1, false // "Belmorans who": the people of the place
	}
	name := ff.ents[e].name
	if ff.is(rel, wWhich, wThat) {
		v := rel + 1
		for ff.in(v, relClauseAdverbs) {
			v++
		}
		if ff.in(v, pluralRelVerbs) && !strings.HasSuffix(name, "s") {
			return -1, true // "offices in Belmora, which employ": not Belmora's
		}
	}
	typ := ff.ents[e].typ
	p := m.a - 1
	if ff.is(p, wThe) {
		p--
	}
	prep := ff.is(p, wIn, wAt, wFrom, wOf, wNear, wOutside)
	if ff.is(rel, wWho) && (typ == kg.Place || typ == kg.Organization && prep) {
		if !prep {
			return -1, true
		}
		return ff.describedPerson(p), true
	}
	if typ == kg.Place && ff.is(p, wIn) && p-1 >= 0 { // not "at": "the plan at Tarn Canyon, which has 115 wells"
		if o := ff.entityOf(p - 1); o >= 0 && ff.mentions[ff.entAt[p-1]].b == p && (ff.ents[o].typ == kg.Organization || ff.ents[o].typ == kg.Person) {
			return o, true // "the Lumo Convention in Tarn, which": the convention's
		}
		if ff.toks[p-1].kind == tWord && ff.toks[p-1].has(fCap) {
			return -1, true // a name kg does not hold
		}
	}
	return -1, false
}

// describedPerson returns the person the phrase ending before the preposition at token p
// describes: named right before it ("Trump in Velm, who") or before the comma that opens
// a description ("Sanders, a senator from Velm who"); or -1.
func (ff *figureFinder) describedPerson(p int) int {
	for k := p - 1; k >= 0 && k >= p-8; k-- {
		if e := ff.entityOf(k); e >= 0 {
			if mi := ff.entAt[k]; ff.ents[e].typ == kg.Place && ff.mentions[mi].a > p-8 && !ff.punct(k+1, ',') {
				k = ff.mentions[mi].a // "a U.S. senator from Velm": a place inside the description
				continue
			}
			if ff.ents[e].typ == kg.Person && ff.mentions[ff.entAt[k]].b == k+1 && (k == p-1 || ff.punct(k+1, ',')) {
				return e
			}
			return -1
		}
		if ff.toks[k].kind != tWord && !ff.punct(k, ',') {
			return -1
		}
		if ff.punct(k, ',') && (k == 0 || ff.entityOf(k-1) < 0) {
			return -1
		}
	}
	return -1
}

// possessedPhrase returns the possessor of the phrase figure c counts in, "NAME's NOUN of
// N" ("Tarsk's run of eight straight wins", "Lumo's sales of 3 million phones"); or -1.
func (ff *figureFinder) possessedPhrase(c *figureCand) int {
	if !ff.is(c.tok-1, wOf) {
		return -1
	}
	for k := c.tok - 2; k >= 0 && k >= c.tok-4; k-- {
		if ff.is(k, wAposS, wRsquoS) {
			if k == c.tok-2 {
				return -1
			}
			e := ff.entityOf(k - 1)
			if e >= 0 && ff.subjectType(e) && !ff.mentions[ff.entAt[k-1]].demonym {
				return e
			}
			return -1
		}
		if ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.toks[k].feat&lxFunc != 0 {
			return -1
		}
	}
	return -1
}

// indefiniteModifier reports whether the name at token a, after "a" or "an", qualifies
// the lowercase noun after it ("A Velm appeals court", "a Tarn County jury"): a name
// takes no article, so it is no clause's subject. A person's name is left alone.
func (ff *figureFinder) indefiniteModifier(a int) bool {
	e := ff.entityOf(a)
	if e < 0 || ff.ents[e].typ == kg.Person {
		return false
	}
	m := &ff.mentions[ff.entAt[a]]
	return m.a == a && m.b < len(ff.toks) && ff.toks[m.b].kind == tWord && !ff.toks[m.b].has(fCap) && ff.toks[m.b].feat&lxFunc == 0
}
