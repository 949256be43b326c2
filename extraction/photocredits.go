package extraction

import "github.com/factgraph/kg"

// Photo credits: the line under a picture that names who took it and for whom ("(Bo
// Lark/AP)", "Bo Lark / Reuters", "Photo by Bo Lark/Getty Images", "Photographer: Bo
// Lark/AFP via Getty Images", "(Bo Lark for The Castrel Times)", "(AP Photo/Bo Lark)"). The golds list the
// photographer as the outlet's (photographerOf); the caption before the credit gives no
// facts (captions.go), the credit gives this one.

// creditLeads are the words that may open a photo credit before a colon or "by":
// "Photo by", "Photograph:", "Photo credit:", "Credit:".
var creditLeads = map[string]bool{"photo": true, "photograph": true, "photographer": true,
	"credit": true, "image": true}

// photoCredit reads the photo credit of sentence si: the whole sentence when it is a
// credit and nothing else ("Bo Lark / Reuters", "Photo by Bo Lark/Getty Images"), else
// a credit in brackets within it ("… on Friday. (Bo Lark/AP) (Associated Press)", a
// caption run into its credit without a full stop). The person is photographerOf the
// first organization; the later ones (an agency that distributes the picture) are left
// alone.
func (rf *relationFinder) photoCredit(si int) {
	s := &rf.sents[si]
	b := s.b
	if rf.toks[b-1].kind == tStop {
		b--
	}
	if rf.creditLine(si, s.a, b) {
		return
	}
	for k := s.a; k < b; k++ {
		if !rf.punct(k, '(') {
			continue
		}
		for j := k + 1; j < b && j <= k+16; j++ {
			if rf.punct(j, ')') {
				rf.creditLine(si, k, j+1) // "(Bo Lark/AP)" after the caption's words
				k = j
				break
			}
		}
	}
}

// creditLine reads tokens a..b-1 as a photo credit and nothing else: an optional lead
// ("Photo by", "Photographer:", "Credit:"), one person, a slash or "for", then
// organizations joined by slashes or "via", all of it optionally in brackets. It
// reports whether the tokens were one, and adds the person's photographerOf.
func (rf *relationFinder) creditLine(si, a, b int) bool {
	if b-a < 3 || b-a > 16 {
		return false
	}
	from, to := a, b
	if rf.punct(a, '(') && rf.punct(b-1, ')') {
		a, b = a+1, b-1 // "(Bo Lark/AP)"
	}
	if rf.isIn(a, creditLeads) {
		a++
		if rf.is(a, "credit") {
			a++ // "Photo credit:"
		}
		if !rf.punct(a, ':') && !rf.is(a, "by") {
			return false
		}
		a++
	}
	if from < a && rf.reversedCredit(si, a, b, from, to) {
		return true
	}
	person := rf.creditEntity(a, kg.Person)
	if person < 0 {
		return false
	}
	k := rf.creditEnd(a)
	if !rf.punct(k, '/') && !rf.is(k, "for") {
		return false
	}
	outlet := rf.creditEntity(k+1, kg.Organization)
	if outlet < 0 {
		return false
	}
	for end := rf.creditEnd(k + 1); end < b; end = rf.creditEnd(end + 1) {
		if !rf.punct(end, '/') && !rf.is(end, "via") || rf.creditEntity(end+1, kg.Organization) < 0 {
			return false // "(Bo Lark/AP file photo)": more than a credit
		}
	}
	rf.addRelation(si, rf.entName(person), "photographerOf", rf.entName(outlet), rf.span(from, to))
	return true
}

// reversedCredit reads tokens a..b-1, inside brackets, as a credit that names the
// agency first: "(AP Photo/Bo Lark)", "(Reuters/Bo Lark)". The agency is an
// organization's name, or a word the lists know for one ("AP", kept as "AP Photo", an
// entity of its own, by the entities stage).
func (rf *relationFinder) reversedCredit(si, a, b, from, to int) bool {
	outlet, k := "", a
	if e := rf.creditEntity(a, kg.Organization); e >= 0 {
		outlet, k = rf.entName(e), rf.creditEnd(a)
	} else if name, ok := orgAlias[rf.tok(a)]; ok {
		outlet, k = name, a+1
	} else if captionCredits[rf.tok(a)] {
		outlet, k = rf.tok(a), a+1
	}
	if rf.is(k, "photo", "photos") {
		k++
	}
	if outlet == "" || !rf.punct(k, '/') {
		return false
	}
	person := rf.creditEntity(k+1, kg.Person)
	if person < 0 || rf.creditEnd(k+1) != b {
		return false
	}
	rf.addRelation(si, rf.entName(person), "photographerOf", outlet, rf.span(from, to))
	return true
}

// creditEntity returns the entity of type typ whose mention starts at token k (or at
// k+1 after "the"), or -1.
func (rf *relationFinder) creditEntity(k int, typ kg.EntityType) int {
	if rf.is(k, "the") && rf.entityOf(k) < 0 {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || rf.mentions[rf.entAt[k]].a != k || rf.ents[e].typ != typ {
		return -1
	}
	return e
}

// creditEnd returns the token after the name creditEntity found at k.
func (rf *relationFinder) creditEnd(k int) int {
	if rf.is(k, "the") && rf.entityOf(k) < 0 {
		k++
	}
	return rf.mentions[rf.entAt[k]].b
}
