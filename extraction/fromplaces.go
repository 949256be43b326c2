package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// fromPlace reads where the person of mention mi comes from in a description right after
// the name: "Ann Vole, a nurse from Dunmore, Ohio," "Cy Dent, from Oria, said", "Bo and
// Ida Lark, retirees from Castrel Heights," or "Vole was originally from Dunmore." A town
// or state is the person's home (residentOf, as "Dan Moss, 34, from Lakeview" in
// hometowns.go); a country, or any place after "originally", is where they come from
// (nativeOf: "a new citizen from Norland"; not a U.S. state of a country's name: "a
// delegate from Georgia" lives there). The words between are a noun phrase of up to
// seven words (lower case, capitalized words that name no person or body, places,
// numbers, hyphens; a body's name right after "a" that qualifies the noun after it: "a
// Dunmore College student from Oria") whose last word is a noun — no verb's past or -ing form ("a man
// released from Norland": a move, not a home), no distance ("a short drive from Oria");
// the place is a place mention of its own right after "from" [the], and the phrase ends
// there, or after "Town, State" (townEnds). A pair a title already ties ("a senator from
// Ohio": senatorOf) is left to that title.
func (rf *relationFinder) fromPlace(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.b+2 >= len(rf.toks) || rf.shoutedName(m) {
		return
	}
	s := &rf.sents[m.sent]
	k, origin := -1, false
	switch {
	case rf.punct(m.b, ','):
		k = m.b + 1
		if rf.ageAside(k) || rf.toks[k].kind == tNum && rf.punct(k+1, ',') && rf.is(k+2, wFrom) {
			k += 2 // "Dan Moss, 34, a welder from …" (hometown reads ", 34, from")
			if rf.is(k, wFrom) {
				return
			}
		}
	case rf.is(m.b, wIs, wWas):
		k = m.b + 1
		if rf.is(k, wOriginally) {
			k++
			origin = true
		}
		if !rf.is(k, wFrom) {
			return
		}
	default:
		return
	}
	f := k
	if rf.is(f, wA, wAn, wThe) {
		f++
	}
	for ; f < s.b && f-k <= 8 && !rf.is(f, wFrom); f++ {
		t := &rf.toks[f]
		if rf.quoteOf[f] != rf.quoteOf[m.a] {
			return
		}
		if t.kind == tNum || rf.punct(f, '-') || rf.punct(f, '.') && f > k && rf.toks[f-1].e == t.s {
			continue
		}
		if t.kind != tWord || rf.is(f, wWho, wAnd, wOr, wBut, wWas, wIs, wSaid, wSays) {
			return
		}
		if e := rf.entityOf(f); e >= 0 && rf.ents[e].typ != kg.Place && !rf.mentions[rf.entAt[f]].demonym && !rf.in(f, partyWords) && !rf.in(f, partyLabels) {
			if b := rf.mentions[rf.entAt[f]].b; rf.ents[e].typ == kg.Organization && f == k+1 && rf.is(k, wA, wAn) && rf.nounAfterName(b) {
				f = b - 1 // "a Dunmore College student from Oria": the body qualifies the noun
				continue
			}
			return // "Smith, Jones from Oria": another name
		}
		if !t.has(fCap) && (t.feat&(lxFunc|lxSpeech) != 0 && !rf.is(f, wOriginally, wNew, wOld, wFirst, wSecond, wThird, wOne) || rf.in(f, moveWords)) {
			return // "a short drive from", "away from"
		}
	}
	if f >= s.b || !rf.is(f, wFrom) {
		return
	}
	if f > k {
		w := rf.low(f - 1)
		if w == "originally" {
			origin = true
			w = rf.low(f - 2)
			if f-1 == k {
				w = "a"
			}
		}
		if pastForm(w) || strings.HasSuffix(w, "ing") || moveWords.has(w) || rf.toks[f-1].kind == tNum {
			return // "a man released from", "a family fleeing from", "a mile from"
		}
		if f-1 > k && rf.is(f-1, wA, wAn, wThe) {
			return
		}
	}
	p := f + 1
	if rf.is(p, wThe) {
		p++
	}
	if p >= len(rf.toks) || rf.entAt[p] < 0 {
		return
	}
	pm := &rf.mentions[rf.entAt[p]]
	e := rf.entityOf(p)
	if e < 0 || rf.ents[e].typ != kg.Place || pm.a != p || pm.demonym || rf.quoteOf[p] != rf.quoteOf[m.a] {
		return
	}
	z, zend := rf.pairedState(pm, s.b)
	end := pm.b
	if z >= 0 {
		end = zend
	}
	if end < len(rf.toks) && end < s.b && !rf.townEnds(end) {
		return // "a nurse from Dunmore General Hospital", "from Oria police"
	}
	who := rf.entName(m.ent)
	for _, r := range rf.rels {
		if r.Subject == who && (r.Object == rf.entName(e) || z >= 0 && r.Object == rf.entName(z)) {
			return // "a senator from Ohio": senatorOf already
		}
	}
	pred := "residentOf"
	if _, country := countryNames[rf.entName(e)]; country && !usStates[rf.entName(e)] || origin {
		pred = "nativeOf"
	}
	rf.addRelation(m.sent, who, pred, rf.entName(e), rf.span(m.a, pm.b))
	if z >= 0 && z != e {
		rf.addRelation(m.sent, who, pred, rf.entName(z), rf.span(m.a, end))
	}
}

// moveWords are the words of a distance or a move before "from": "a short drive from
// Oria", "miles away from", "far from home".
var moveWords = newTokSet(map[string]bool{"away": true, "far": true, "drive": true, "walk": true, "flight": true, "ride": true,
	"miles": true, "mile": true, "km": true, "kilometers": true, "kilometres": true, "minutes": true, "hours": true,
	"distance": true, "apart": true, "north": true, "south": true, "east": true, "west": true, "across": true,
	"back": true, "home": true, "transfer": true, "letter": true, "call": true, "message": true})

// bornIn reads a person's birthplace in sentence si: "Ann Vole was born in Dunmore,
// Ohio", "Vole, who was born in Oria," "she was born in 1960 in Oria" (the pronoun as
// pronouns.go resolves it), "Born in Castrel, Vole joined …" (the name after the
// place's comma opens the clause) → nativeOf(person, place), and of the state or country
// of "Town, State" too. Between "born" and "in" a date may stand ("born in 1960 in",
// "born on May 3, 1960, in", "born and raised in"). Not inside a quotation (a speaker's
// "I was born in" is the speaker's), not a place that modifies a noun after it ("born in
// a Dunmore hospital", "born in Oria County jail").
func (rf *relationFinder) bornIn(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wBorn) {
		return // sentindex.go
	}
	for k := s.start; k+2 < s.b; k++ {
		if len(rf.tok(k)) != 4 || !rf.is(k, wBorn) || rf.quoteOf[k] != 0 {
			continue
		}
		in := k + 1
		if rf.is(in, wAnd) && rf.is(in+1, wRaised) {
			in += 2
		}
		for n := 0; n < 8 && in < s.b && !rf.is(in, wIn); n++ {
			if _, month := months[rf.low(in)]; !(month || rf.toks[in].kind == tNum || rf.punct(in, ',') || rf.is(in, wOn)) {
				in = s.b
				break
			}
			in++
		}
		for rf.is(in, wIn) && in+2 < s.b && (rf.toks[in+1].kind == tNum || rf.is(in+1, wThe) && rf.toks[in+2].kind == tNum) {
			in += 2 // "born in 1960 in Oria", "born in the 1960s in"
			if rf.toks[in].kind == tNum {
				in++
			}
			if rf.punct(in, ',') {
				in++
			}
		}
		if !rf.is(in, wIn) {
			continue
		}
		p := in + 1
		if rf.is(p, wThe) {
			p++
		}
		if p >= s.b || rf.entAt[p] < 0 {
			continue
		}
		pm := &rf.mentions[rf.entAt[p]]
		e := rf.entityOf(p)
		if e < 0 || rf.ents[e].typ != kg.Place || pm.a != p || pm.demonym {
			continue
		}
		z, zend := rf.pairedState(pm, s.b)
		end := pm.b
		if z >= 0 {
			end = zend
		}
		if end < s.b && !rf.townEnds(end) {
			continue // "born in a Dunmore hospital", "born in Oria County jail"
		}
		who, from := rf.bornWho(si, k, end)
		if who == "" {
			continue
		}
		rf.addRelation(si, who, "nativeOf", rf.entName(e), rf.span(from, pm.b))
		if z >= 0 && z != e {
			rf.addRelation(si, who, "nativeOf", rf.entName(z), rf.span(from, end))
		}
	}
}

// bornWho returns the person "born" at token k was said of, and the token the relation's
// span opens at: the name right before "was born" or ", who was born", the pronoun
// before "was born", or, for a sentence opening "Born in PLACE,", the name that follows
// the place's comma (end, the token after the place).
func (rf *relationFinder) bornWho(si, k, end int) (string, int) {
	s := &rf.sents[si]
	person := func(j int) (string, int) { // the person whose mention ends at token j
		if j < s.start || rf.entAt[j] < 0 {
			return "", 0
		}
		m := &rf.mentions[rf.entAt[j]]
		if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Person && m.b == j+1 && !rf.shoutedName(m) {
			return rf.entName(e), m.a
		}
		return "", 0
	}
	if k == s.start || k == s.start+1 && rf.toks[s.start].kind == tOpenQ {
		if rf.quoteOf[k] == 0 && rf.punct(end, ',') && end+1 < s.b && rf.entAt[end+1] >= 0 {
			m := &rf.mentions[rf.entAt[end+1]]
			if who, _ := person(m.b - 1); who != "" && m.a == end+1 && !rf.is(m.b, wAposS, wRsquoS) {
				return who, k
			}
		}
		return "", 0
	}
	j := k - 1
	if rf.is(j, wAlso) {
		j--
	}
	if !rf.is(j, wWas) {
		return "", 0
	}
	if who, a := person(j - 1); who != "" {
		return who, a
	}
	if rf.punct(j-1, ',') { // "Her brother, Tom Ray, was born in"
		if who, a := person(j - 2); who != "" && rf.punct(a-1, ',') {
			return who, a
		}
	}
	if rf.is(j-1, wWho) && rf.punct(j-2, ',') {
		return person(j - 3)
	}
	if rf.is(j-1, wHe, wShe) {
		if who := rf.pronoun(j - 1); who != "" {
			return who, j - 1
		}
	}
	return "", 0
}

// distanceRef reports whether the place mention opening at token a is the point a
// distance is measured from, not where anything is: "50 km north of Dorwick", "just
// south of Oria", "about 20 miles from Tarsk". It gives no figure and no event its
// place (the bomb went off near Dorwick, not in it). "in the north of Norland" (a part of
// the place, after "the") is no distance.
func (d *doc) distanceRef(a int) bool {
	if a < 2 {
		return false
	}
	if d.is(a-1, wOf) {
		w := d.low(a - 2)
		return bearings.has(w) && !d.is(a-3, wThe, wIts, wTheir, wAposS, wRsquoS)
	}
	if d.is(a-1, wFrom) {
		return d.is(a-2, wAway, wMiles, wMile, wKm, wKilometers, wKilometres, wKilometer, wKilometre, wFeet, wMeters, wMetres)
	}
	return false
}

// bearings are the bearings of a distance phrase.
var bearings = newTokSet(map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true})
