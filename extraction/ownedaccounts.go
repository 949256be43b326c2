package extraction

import "github.com/factgraph/kg"

// Owned accounts: "according to his official Twitter account", "according to its
// Transparency Report", "according to his filings with the Office of Government Ethics"
// — what a possessive's phrase holds is its owner's word, whatever name stands inside it
// (the site it was posted on, the body it was filed with, the document's own title).
// possessiveDocOwner reads "its" before a bare document; this reads the rest.

// ownerOfPossessive reads the phrase a..b-1 after "according to" in sentence si when it
// opens with "his", "her" or "its" and holds a name or a word of no speaker: the owner is
// the person ("his", "her") the sentence names last before the phrase, past any
// organization ("including 58 Pemex workers"), or the organization ("its") it names last,
// with no person between. A phrase whose head is a
// speaker ("according to its organizers", "his lawyers") is sourceNP's; "" when no owner
// is found.
func (ff *figureFinder) ownerOfPossessive(si, a, b int) string {
	if b-a < 2 || !ff.is(a, wHis, wHer, wIts) || isPersonish(ff.low(b-1)) || ff.isPersonNoun(b-1) {
		return ""
	}
	want := kg.Person
	if ff.is(a, wIts) {
		want = kg.Organization
	}
	for k := a - 1; k >= ff.sents[si].start; k-- {
		e := ff.entityOf(k)
		if e < 0 {
			continue
		}
		switch t := ff.ents[e].typ; {
		case t == want:
			return ff.entName(e)
		case t == kg.Person:
			return "" // another teller stands nearer: "Smith said its report …"
		}
	}
	return ""
}
