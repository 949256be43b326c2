package extraction

import (
	"slices"

	"github.com/factgraph/kg"
)

// Photo credits: the line under a picture that names who took it and for whom ("(Bo
// Lark/AP)", "Bo Lark / Reuters", "Photo by Bo Lark/Getty Images", "Photographer: Bo
// Lark/AFP via Getty Images", "(Bo Lark for The Castrel Times)", "(AP Photo/Bo Lark)"). The golds list the
// photographer as the outlet's (photographerOf); the caption before the credit gives no
// facts (captions.go), the credit gives this one.

// creditLeads are the words that may open a photo credit before a colon or "by":
// "Photo by", "Photograph:", "Photo credit:", "Credit:".
var creditLeads = newTokSet(map[string]bool{"photo": true, "photograph": true, "photographer": true,
	"credit": true, "image": true})

// photoCredit reads the photo credit of sentence si: the whole sentence when it is a
// credit and nothing else ("Bo Lark / Reuters", "Photo by Bo Lark/Getty Images"), else
// a credit in brackets within it ("… on Friday. (Bo Lark/AP) (Associated Press)", a
// caption run into its credit without a full stop), or a credit run on after the
// picture's date ("… on Feb. 4, 2016 NAME NAME / Reuters"). The person is photographerOf
// each organization joined by a slash or a dash ("Bo Lark/AFP/Getty Images", "BO LARK /
// AFP - Getty Images": the newer golds list both); one after "via" (an agency that only
// distributes the picture) is left alone.
func (rf *relationFinder) photoCredit(si int) {
	s := &rf.sents[si]
	b := s.b
	if rf.toks[b-1].kind == tStop {
		b--
	}
	if rf.creditLine(si, s.a, b) {
		return
	}
	if rf.runOnCredit(si, b) {
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
	if rf.inWord(a, creditLeads) {
		a++
		if rf.is(a, wCredit) {
			a++ // "Photo credit:"
		}
		if !rf.punct(a, ':') && !rf.is(a, wBy) {
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
	if !rf.punct(k, '/') && !rf.is(k, wFor) {
		return false
	}
	outlet := rf.creditEntity(k+1, kg.Organization)
	if outlet < 0 {
		return false
	}
	outlets := []int{outlet}
	for end := rf.creditEnd(k + 1); end < b; end = rf.creditEnd(end + 1) {
		if rf.fileTag(end, b) {
			break
		}
		if !rf.agencyJoin(end) {
			return false // "(Bo Lark/AP file photo)": more than a credit
		}
		e := rf.creditEntity(end+1, kg.Organization)
		if e < 0 {
			return false
		}
		if !rf.is(end, wVia) {
			outlets = append(outlets, e) // "Quill Press via AP": the agency that only distributes it is left
		}
	}
	for n, o := range outlets {
		if n > 0 && slices.Contains(outlets[:n], o) {
			continue
		}
		// every agency the credit names: the golds list the photographer as each one's
		// ("NAME / AFP - Getty Images": AFP's and Getty Images'; creditedges.go)
		rf.addRelation(si, rf.entName(person), "photographerOf", rf.entName(o), rf.span(from, to))
	}
	return true
}

// agencyJoin reports whether token k joins two agencies in a photo credit: a slash,
// "via", or a dash between spaces ("NAME / AFP - Getty Images").
func (rf *relationFinder) agencyJoin(k int) bool {
	return rf.punct(k, '/') || rf.is(k, wVia) || rf.toks[k].kind == tDash ||
		rf.punct(k, '-') && rf.toks[k].has(fSpace)
}

// fileTag reports whether tokens end..b-1 are a closing "file" tag after a credit's
// agencies ("NAME / AP file", "(Photo by NAME/Invision/AP, File)"): the picture is from
// the agency's archive, still its photographer's.
func (rf *relationFinder) fileTag(end, b int) bool {
	if rf.punct(end, ',') {
		end++
	}
	return end == b-1 && rf.is(end, wFile)
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
	} else if captionCredits.has(rf.tok(a)) {
		outlet, k = rf.tok(a), a+1
	}
	if rf.is(k, wPhoto, wPhotos) {
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
	if rf.is(k, wThe) && rf.entityOf(k) < 0 {
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
	if rf.is(k, wThe) && rf.entityOf(k) < 0 {
		k++
	}
	return rf.mentions[rf.entAt[k]].b
}

// runOnCredit reads a credit that closes a caption without a full stop or brackets,
// after the picture's date: "… in Lima on Feb. 4, 2016 NAME NAME / Reuters". The person
// must stand right after a year, and the credit run to the sentence's end.
func (rf *relationFinder) runOnCredit(si, b int) bool {
	s := &rf.sents[si]
	for k := b - 2; k > s.a+1 && k >= b-12; k-- {
		if !rf.punct(k, '/') {
			continue
		}
		e := rf.entAt[k-1]
		if e < 0 || rf.mentions[e].b != k {
			return false
		}
		a := rf.mentions[e].a
		if y := rf.tok(a - 1); a <= s.a || rf.toks[a-1].kind != tNum || len(y) != 4 || y[0] != '1' && y[0] != '2' {
			return false // after the picture's year, not "Petty Officer 3rd Class Ann Roe / U.S. Coast Guard"
		}
		return rf.creditLine(si, a, b)
	}
	return false
}
