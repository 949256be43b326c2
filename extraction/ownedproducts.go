package extraction

import "github.com/factgraph/kg"

// Owned products: a name a company owns through a possessive and a product's noun after it
// ("its Autopilot system", "Apple's Siri voice assistant", "Microsoft's Edge browser", "the
// company's Nimbus software"). The noun alone would be said of a body's name as often ("the
// San Bernardino phone", "the Dunmore service"), so productHead leaves these nouns out; an
// owner's possessive before the name makes it the owner's product, typed Other.

// ownedProductNouns are the lower-case nouns after an owned name that make it a product,
// beside productHeads (data/names.txt owned-product-nouns).
var ownedProductNouns = newTokSet(wordSet("owned-product-nouns"))

// ownedProductName reports whether the name of tokens a..b-1, of one to three words, is a
// company's product: "its" or an organization's possessive before it (past at most one of
// ownedProductModifiers: "its new Autopilot"), and after it at most two lower-case words
// (no function word: "Alphabet's Nest line of products" is left alone) and a product's noun
// ("its Autopilot system", "Apple's Siri voice assistant"). Not a name that
// opens with a given name, not a short acronym, nor one whose noun a maker's noun follows.
func (ef *entityFinder) ownedProductName(si, a, b, words int) bool {
	if words < 1 || words > 3 || firstNames[ef.tok(a)] || ef.upperAcronym(a, b) {
		return false
	}
	s := &ef.sents[si]
	p := a - 1
	if p > s.start && ef.in(p, ownedProductModifiers) && !ef.toks[p].has(fCap) {
		p--
	}
	if !ef.ownerBefore(si, p) {
		return false
	}
	lower := func(k int) bool { return k < s.b && ef.toks[k].kind == tWord && !ef.toks[k].has(fCap) }
	for n := b; n < b+3 && lower(n) && ef.toks[n].feat&lxFunc == 0; n++ {
		w := ef.low(n)
		if ownedProductNouns.has(w) || productHeads.has(w) {
			return !(lower(n+1) && ef.in(n+1, productMakerNouns)) && !ef.possessiveAt(n+1)
		}
	}
	return false
}

// ownedProductMention reports whether mention m, typed Other, was read as its owner's
// product (ownedProductName): an organization's possessive or "its" before it and a
// product's noun after ("IBM's Watson supercomputer", "Nintendo's new NX game console").
// Its entity is then the product wherever else only a lone word's default types it a
// body ("Watson is taking", "No NX"; bestType).
func (ef *entityFinder) ownedProductMention(m *mention) bool {
	return m.sent >= 0 && ef.ownedProductName(m.sent, m.a, m.b, fieldCount(m.name))
}

// ownerBefore reports whether token p, right before a name, is an owner's possessive:
// "its", or "'s" after a name typed Organization ("Apple's"; "the company's" is left to
// its own readers, and "Let's" is no possessive).
func (ef *entityFinder) ownerBefore(si, p int) bool {
	s := &ef.sents[si]
	if p < s.start {
		return false
	}
	if ef.is(p, wIts) {
		return true
	}
	if !ef.possessiveAt(p) || p-1 < s.start {
		return false
	}
	mi := ef.entAt[p-1]
	return mi >= 0 && ef.mentions[mi].b == p && ef.mentions[mi].typ == kg.Organization && ef.tok(p-1) != "Let" // not "Let's"
}

// apposedProductNoun returns the end of a possessive appositive that calls the name ending
// at token b-1 its owner's product, "NAME, OWNER's [lower-case words] NOUN" ("Periscope,
// Twitter's live-streaming video service", "Hangouts, Google's video conferencing
// service"), with the owner's possessive at token g: at most one to four capitalised words
// of the owner, at most three lower-case words (no function word) and a product's noun
// (owned-product-nouns, product-heads) that ends the appositive (no word follows it: not
// "Alibaba's chief platform officer"). end and g are -1 when there is none.
func (d *doc) apposedProductNoun(si, b int) (end, g int) {
	s := &d.sents[si]
	if b+2 >= s.b || !d.punct(b, ',') {
		return -1, -1
	}
	k := b + 1
	for ; k < s.b && k < b+5 && d.toks[k].kind == tWord && d.toks[k].has(fCap); k++ {
	}
	if k == b+1 || k >= s.b || !d.owner(k) {
		return -1, -1
	}
	g = k
	lower := func(n int) bool {
		return n < s.b && d.toks[n].kind == tWord && !d.toks[n].has(fCap) && d.toks[n].feat&lxFunc == 0
	}
	for n := g + 1; n < g+5 && lower(n); n++ {
		if w := d.low(n); (ownedProductNouns.has(w) || productHeads.has(w)) && !lower(n+1) && (n+1 >= s.b || d.toks[n+1].kind != tWord) {
			return n + 1, g
		}
	}
	return -1, -1
}

// apposedProducts reads "PRODUCT, OWNER's [words] NOUN" in sentence si (apposedProductNoun):
// the name before the comma (no person, place or group) is a product of the organization whose
// possessive opens the appositive: "Periscope, Twitter's live-streaming video service"
// gives Periscope productOf Twitter.
func (rf *relationFinder) apposedProducts(si int) {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		mi := rf.entAt[k]
		if mi < 0 || rf.quoteOf[k] != 0 {
			continue
		}
		m := &rf.mentions[mi]
		k = m.b - 1
		if m.ent < 0 || rf.ents[m.ent].typ == kg.Person || rf.ents[m.ent].typ == kg.Place || rf.ents[m.ent].typ == kg.Group {
			continue
		}
		if maker, end := rf.madeByAside(si, m.b); maker >= 0 && maker != m.ent {
			rf.addRelation(si, rf.entName(m.ent), "productOf", rf.entName(maker), rf.span(m.a, end))
			continue
		}
		end, g := rf.apposedProductNoun(si, m.b)
		if end < 0 {
			continue
		}
		owner := rf.entityOf(g - 1)
		if owner < 0 || owner == m.ent || rf.ents[owner].typ != kg.Organization || rf.mentions[rf.entAt[g-1]].a != m.b+1 {
			continue
		}
		rf.addRelation(si, rf.entName(m.ent), "productOf", rf.entName(owner), rf.span(m.a, end))
	}
}

// makerParticiples open an aside that names who made the thing before it: "THAAD, built by
// Lockheed Martin", "the Taihang, made by Shenyang Aeroengine".
var makerParticiples = newTokSet(map[string]bool{"made": true, "built": true, "developed": true,
	"manufactured": true, "designed": true})

// madeByAside returns the organization an aside after the name ending at token b-1 names as
// its maker, ", made by ORG" or ", developed by ORG" (makerParticiples), and the aside's end;
// -1 when there is none.
func (rf *relationFinder) madeByAside(si, b int) (maker, end int) {
	s := &rf.sents[si]
	if b+3 >= s.b || !rf.punct(b, ',') || !rf.in(b+1, makerParticiples) || !rf.is(b+2, wBy) {
		return -1, -1
	}
	mi := rf.entAt[b+3]
	if mi < 0 || rf.mentions[mi].a != b+3 {
		return -1, -1
	}
	e := rf.mentions[mi].ent
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return -1, -1
	}
	return e, rf.mentions[mi].b
}
