package extraction

import "github.com/factgraph/kg"

// A figure's teller "it" stands for the organization the sentences before are about,
// not the last one they name: "Rocket Internet highlighted Namshi. It also noted growth
// at Jumia. It added that it had a cash balance of 1.8 billion euros." is Rocket
// Internet's, though Jumia is named last. pronounReferent (salience.go) follows the
// subjects of the main clauses back, through a chain of "it"s.

// itSubjectChain returns the organization a lone "it" at token a, the teller of a
// figure, stands for: the subject of the main clause of the nearest sentence before
// that has one, through "it"s ("The carmaker admitted … . On Wednesday, it said …" →
// the carmaker's name), when that subject is an organization; "" otherwise (a person, a
// country, a subject that resolves to no name, or none within reach).
func (ff *figureFinder) itSubjectChain(a int) string {
	si := ff.sentOf(a)
	if si <= 0 || si >= len(ff.sents) || ff.quoteOf[a] != 0 {
		return ""
	}
	r := ff.pronounReferent(si, a)
	if r == "" || ff.typeOfName(r) != kg.Organization {
		return ""
	}
	return r
}
