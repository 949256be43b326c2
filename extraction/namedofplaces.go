package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Bodies whose name ends in "HEAD of PLACE" or "HEAD in PLACE" beyond the institutions of
// namedPlace (namedplaces.go): a body of the place's state — "Monetary Authority of
// Norland", "Atomic Energy Organization of Ostmark", "Government of Italy" — is part of
// it (partOf); a society, club, church, chapter or company named for the place —
// "Humane Society of Norland", "Commonwealth Club of Dayton", "American Civil Liberties
// Union of Ohio", "Telecommunication Co of Ostmark" — is in it (locatedIn), and so is an
// embassy or consulate named with "in" ("U.S. Embassy in Ankara"; "Embassy of France"
// stands in another country and is left alone). The head is capitalized and comes right
// before "of" or "in"; the rest of the name, after an optional "the", names a place
// (sitePlace) and nothing else; names that join two bodies ("and", "&") are left alone.

// ofStateHeads are the heads of a state's body named "HEAD of PLACE".
var ofStateHeads = newTokSet(map[string]bool{"administration": true, "authority": true, "organization": true,
	"organisation": true, "commission": true, "ministry": true, "government": true, "executive": true,
	"agency": true, "council": true, "congress": true, "parliament": true, "senate": true})

// ofSeatHeads are the heads of a body that stands in the place it is named "of".
var ofSeatHeads = newTokSet(map[string]bool{"society": true, "association": true, "club": true,
	"church": true, "archdiocese": true, "diocese": true, "institute": true, "union": true, "alliance": true,
	"company": true, "co": true, "corporation": true, "corp": true, "foundation": true, "federation": true,
	"chamber": true, "synagogue": true, "mosque": true, "temple": true, "orchestra": true, "symphony": true})

// inSeatHeads are the heads of a body named "HEAD in PLACE" for the place it stands in.
var inSeatHeads = newTokSet(map[string]bool{"embassy": true, "consulate": true, "general": true})

// namedOfPlace reads the place the name of organization mention mi ends with.
func (rf *relationFinder) namedOfPlace(mi int) {
	m := &rf.mentions[mi]
	if m.ent < 0 || m.b-m.a < 3 || rf.ents[m.ent].typ != kg.Organization {
		return
	}
	name := rf.entName(m.ent)
	if strings.ContainsAny(name, "0123456789&") || rf.runHas(m.a, m.b, "and") {
		return
	}
	for k := m.a; k+2 < m.b; k++ {
		of := rf.is(k+1, wOf)
		if !of && !rf.is(k+1, wIn) || !rf.toks[k].has(fCap) {
			continue
		}
		pred := ""
		switch {
		case of && rf.in(k, ofStateHeads):
			pred = "partOf"
		case of && rf.in(k, ofSeatHeads):
			pred = "locatedIn"
		case !of && rf.in(k, inSeatHeads):
			pred = "locatedIn"
		default:
			return // "Bank of Tokyo", "Islamic State of Iraq": namedPlace's, or none
		}
		a := k + 2
		if rf.is(a, wThe) {
			a++
		}
		if a >= m.b {
			return
		}
		if place := rf.sitePlace(a, m.b); place != "" && place != name {
			rf.addRelation(m.sent, name, pred, place, rf.span(m.a, m.b))
		}
		return
	}
}
