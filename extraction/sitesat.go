package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A named site, unit or event right after "the" and right before "at" and a place: "the
// Tarrow Air Museum at Kessel Airport", "the Skydeck at Vell Tower", "the 412th Support
// Battalion at Fort Brann", "the Lusk Derby at Harlow Downs" → locatedIn(site, place).
// "at" after a named thing with "the" before it joins a part to the larger site it stands
// on (the way establishmentIn reads "the Acme store in Dayton"); a verb's "at" ("met Acme at
// Kessel Airport") has no "the" before the name. Not a place the word lists know ("the
// Hague at"), a party, a one-word common name ("the University at Buffalo" is one name),
// a one-word body or thing ("landing the Job at Stony Brook"), a university ("the
// University of Lusk at Dayton" is its full name) or a university's unit
// (academicUnitHeads), a team (an Organization
// whose name ends in a plural: "beat the Dayton Owls at Vell Stadium" tells where a game
// was), nor a place that is a people's word, a possessive, a modifier of a noun after it
// or a "-based" compound ("the School of Law at Ostmark's Vell University", "the Security
// Program at the U.S.-based Acme").

// siteAt reads the shape above at mention m (entity e) in sentence si.
func (rf *relationFinder) siteAt(si, e int, m *mention) {
	if !rf.is(m.b, wAt) || m.demonym || !rf.is(m.a-1, wThe) {
		return
	}
	typ, name := rf.ents[e].typ, rf.ents[e].name
	if typ == kg.Place && knownName(name) || partyWords.has(name) || commonWordName(name) {
		return
	}
	if typ == kg.Organization && pluralHead(lastWord(name)) {
		return // "the Dayton Owls at Vell Stadium": a team plays there
	}
	if strings.HasPrefix(name, "University ") {
		return // "the University of Lusk at Dayton": the full name, cut
	}
	if typ != kg.Place && !strings.Contains(name, " ") {
		return // "landing the Job at Stony Brook": a capitalised word, no site's name
	}
	j := m.b + 1
	if rf.is(j, wThe) {
		j++
	}
	if j >= rf.sents[si].b || rf.entAt[j] < 0 {
		return
	}
	ym := &rf.mentions[rf.entAt[j]]
	y := ym.ent
	if y < 0 || y == e || ym.a != j || ym.demonym || rf.ents[y].typ != kg.Place || rf.owner(ym.b) || rf.modifier(ym.b) || rf.basedWord(ym.b-1) || rf.basedWord(ym.b) || rf.punct(ym.b, '-') || rf.relatedPair(e, y) {
		return
	}
	if academicUnitHeads[strings.ToLower(lastWord(name))] && (!strings.Contains(rf.ents[y].name, " ") || rf.toks[j].has(fUpper)) {
		return // "the Vell Center for Law at Harlow", "… at UC Lusk": a university's unit, named by its short name
	}
	rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(y), rf.span(m.a, ym.b))
}

// academicUnitHeads end the names of a university's units, which "at" and the
// university's short name follow ("the Vell Center for Law at Harlow"): the short name is
// the university's, typed Place, and the unit is part of it, not a site in a town.
var academicUnitHeads = map[string]bool{"center": true, "centre": true, "institute": true,
	"unit": true, "program": true, "programme": true, "school": true, "department": true,
	"laboratory": true, "lab": true, "initiative": true, "law": true, "society": true}

// pluralHead reports whether a name's last word is a plural in -s ("Owls", "Rangers"),
// not a word that merely ends in s ("Congress", "Campus", "Memphis").
func pluralHead(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}
