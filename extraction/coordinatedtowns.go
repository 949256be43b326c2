package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A town the word lists and the gazetteer do not know, joined by "and" to one they place
// in a country that the same sentence names: "The storm hit Norland's south coast,
// killing 30 people in Vesk and Tromsø", "the rebel strongholds of Ostrava district and
// Raqqa … Syrian forces" → locatedIn(unknown town, that country). The two stand side by
// side ("A and B", "A, and B", "B and A"); the listed one is no country or region itself,
// and the pair is no clause's subject ("in the East China Sea and Beijing has warned":
// a verb or an auxiliary right after the second name). A town that another sentence
// places elsewhere keeps that place (the relations of the article are checked first).

// coordinatedTowns reads the shape above in prose sentence si.
func (rf *relationFinder) coordinatedTowns(si int) {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		mi := rf.entAt[k]
		if mi < 0 || rf.mentions[mi].a != k {
			continue
		}
		m := &rf.mentions[mi]
		k = m.b - 1
		if m.ent < 0 || rf.ents[m.ent].typ != kg.Place || m.demonym {
			continue
		}
		j := m.b
		if rf.punct(j, ',') {
			j++
		}
		if !rf.is(j, wAnd) || j+1 >= s.b {
			continue
		}
		ni := rf.entAt[j+1]
		if ni < 0 || rf.mentions[ni].a != j+1 || rf.mentions[ni].ent < 0 {
			continue
		}
		n := &rf.mentions[ni]
		if rf.ents[n.ent].typ != kg.Place || n.demonym || rf.verbAfterPlace(n.b) {
			continue
		}
		x, y := rf.entName(m.ent), rf.entName(n.ent)
		if c := listedCountry(y); c != "" && unlistedTown(x) && rf.countryNamedIn(si, c) {
			rf.addCoordinatedTown(si, x, c, rf.span(m.a, n.b))
		}
		if c := listedCountry(x); c != "" && unlistedTown(y) && rf.countryNamedIn(si, c) {
			rf.addCoordinatedTown(si, y, c, rf.span(m.a, n.b))
		}
	}
}

// addCoordinatedTown adds locatedIn(town, country) unless the article already places
// the town somewhere ("Vesk, Ostland" in another sentence).
func (rf *relationFinder) addCoordinatedTown(si int, town, country, text string) {
	for _, r := range rf.rels {
		if r.Subject == town && r.Predicate == "locatedIn" {
			return
		}
	}
	rf.addRelation(si, town, "locatedIn", country, text)
}

// listedCountry returns the country the word lists or the gazetteer place a town or
// province named name in ("Les Cayes" → Haiti), or "" for a country, a region of the
// world, a name towns of two countries share, or a name they do not know.
func listedCountry(name string) string {
	if _, country := countryNames[name]; country || compassRegion(name) || pluralOfPlaces(name) {
		return ""
	}
	if c, ok := countryOf[name]; ok {
		if c == name || regionNations.has(name) {
			return ""
		}
		return c
	}
	return townCountry[name]
}

// unlistedTown reports whether name is a place no word list or gazetteer knows, and no
// country, region of the world, sea or compass region ("Jeremie", "Vesk").
func unlistedTown(name string) bool {
	if _, ok := countryOf[name]; ok || knownTown(name) || compassRegion(name) || pluralOfPlaces(name) {
		return false
	}
	if _, country := countryNames[name]; country {
		return false
	}
	switch strings.ToLower(lastWord(name)) {
	case "sea", "ocean", "gulf", "bay", "strait", "river", "coast", "peninsula", "region":
		return false
	}
	return true
}

// countryNamedIn reports whether sentence si names the country c, by name or by its
// demonym ("Haiti's", "Syrian forces").
func (rf *relationFinder) countryNamedIn(si int, c string) bool {
	s := &rf.sents[si]
	for k := s.start; k < s.b; k++ {
		if e := rf.entityOf(k); e >= 0 && rf.entName(e) == c {
			return true
		}
	}
	return false
}

// verbAfterPlace reports whether the token at b, right after a place's name, opens a
// predicate: an auxiliary, a verb of saying or a past form ("Beijing has warned",
// "Raqqa said", "Vesk reported"), which makes the names a clause's subjects.
func (rf *relationFinder) verbAfterPlace(b int) bool {
	if b >= len(rf.toks) || rf.toks[b].kind != tWord || rf.toks[b].has(fCap) {
		return false
	}
	return rf.in(b, auxiliaries) || rf.isSpeech(b) || pastForm(rf.low(b))
}
