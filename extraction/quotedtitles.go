package extraction

import (
	"github.com/factgraph/kg"
)

// Quoted titles after an organization's possessive: "NBC's “Meet the Press”", "ABC's
// "This Week" program", "HBO's “Game of Thrones”", "Halvorsen Foods' “Crisp Nights”
// flavor". A title set in quotation marks right after a body's possessive is a work or a
// product the body makes or airs: productOf (possessedProduct wants a name that reads as
// a product's, which a show's title does not). The title must fill the quotation marks
// alone (a closing mark right after it, or after one stop or comma), so that a quote
// that opens after the possessive ("Acme's “we will not sell” pledge" names no title) or
// a person's possessive ("Trump's “Art of the Deal”", a book he wrote, for a reader of
// authors) gives nothing.

// possessedTitle reads the shape above at the possessive token g of the body owner in
// sentence si.
func (rf *relationFinder) possessedTitle(si, g, owner int) {
	s := &rf.sents[si]
	if owner < 0 || rf.ents[owner].typ != kg.Organization || rf.entAt[g-1] < 0 || g+2 >= s.b || rf.toks[g+1].kind != tOpenQ {
		return
	}
	oname := rf.entName(owner)
	if _, place := countryOf[oname]; place || usStates[oname] || len(oname) < 2 {
		return
	}
	mi := rf.entAt[g+2]
	if mi < 0 {
		return
	}
	m := &rf.mentions[mi]
	if m.a != g+2 || m.ent < 0 || m.ent == owner || rf.ents[m.ent].typ != kg.Other || m.demonym {
		return
	}
	c := m.b
	if c < len(rf.toks) && (rf.punct(c, ',') || rf.punct(c, '.') || rf.toks[c].kind == tStop) {
		c++ // "on CBS's "Face the Nation."": the sentence's stop inside the marks
	}
	if c >= len(rf.toks) || rf.toks[c].kind != tCloseQ {
		return
	}
	rf.addRelation(si, rf.entName(m.ent), "productOf", oname, rf.span(rf.mentions[rf.entAt[g-1]].a, c+1))
}
