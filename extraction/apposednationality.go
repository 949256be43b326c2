package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// apposedNationality reads the nationality a people's word gives in the description after
// the name of person mention mi: "Ana Ruiz, a French lawyer who", "Tomas Berg, a Swedish
// political analyst,", "Omar Haddad, a Tunisian," — citizenOf the country, as "a French
// national" is (citizens.go). The description opens with "a" or "an", an age ("a
// 38-year-old", describedages.go) and up to two lower-case modifiers ("a prominent French
// lawyer"); the people's word is a country's
// (not joined by a hyphen: "a Mexican-American", "a German-born"); then the description
// ends, or one to three lower-case words end in a person's noun (personNoun) and it ends
// there: a mark, "who", "and", a preposition ("a former Belgian ambassador to"); not a teacher's noun, whose people's word
// may be the language taught ("an English professor"). A pair something else already relates
// ("a German member of the European Parliament") is left alone.
func (rf *relationFinder) apposedNationality(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person {
		return
	}
	s := &rf.sents[m.sent]
	k, ok := rf.descriptionStart(m)
	if !ok || k+2 >= s.b || !rf.is(k, wA, wAn) {
		return
	}
	j := rf.pastAge(k + 1) // "a 67-year-old French lawyer"
	for n := 0; n < 2 && j < s.b && rf.lowerModifier(j) && rf.entAt[j] < 0; n++ {
		j++
	}
	pi := rf.entAt[j]
	if pi < 0 || rf.mentions[pi].a != j || rf.mentions[pi].ent < 0 || !rf.mentions[pi].demonym {
		return
	}
	pm := &rf.mentions[pi]
	p := pm.ent
	country := rf.ents[p].name
	if _, ok := countryNames[country]; !ok || rf.ents[p].typ != kg.Place || strings.Contains(rf.span(pm.a, pm.b), "-") || rf.punct(pm.b, '-') || rf.owner(pm.b) {
		return
	}
	end := pm.b
	for end < s.b && end < pm.b+3 && rf.lowerModifier(end) && rf.entAt[end] < 0 && rf.toks[end].feat&lxSpeech == 0 {
		end++
	}
	if end > pm.b && (!personNoun(rf.low(end-1)) || subjectTeachers.has(rf.low(end-1))) || rf.owner(end) {
		return // "a French company", "a Swiss bank's", "an English professor" (of English)
	}
	if end < s.b && rf.toks[end].kind == tWord && !rf.is(end, wWho, wAnd, wFor, wWith, wAt, wOf, wIn, wFrom, wBased, wTo) {
		return // "a Belgian thought to", "a French lawyer said"
	}
	subj := rf.entName(m.ent)
	for _, r := range rf.rels {
		if r.Subject == subj && r.Object == country || r.Subject == country && r.Object == subj {
			return
		}
	}
	rf.addRelation(m.sent, subj, "citizenOf", country, rf.span(m.a, end))
}

// subjectTeachers are the nouns of a person a language's word before may name the subject
// of, not the person's country: "an English teacher", "a French professor".
var subjectTeachers = newTokSet(map[string]bool{"professor": true, "teacher": true, "instructor": true,
	"tutor": true, "lecturer": true, "student": true, "major": true, "scholar": true, "translator": true})
