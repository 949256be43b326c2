package extraction

import "github.com/factgraph/kg"

// stateOfficeWords are the words of an office only a state holds: "its new prime
// minister", "its oil minister", "their ambassador". A president, a chancellor or a
// leader may be a firm's, a university's or a group's as well, and is not one of them.
var stateOfficeWords = newTokSet(map[string]bool{"minister": true, "premier": true, "ambassador": true,
	"envoy": true, "king": true, "queen": true, "emir": true})

// stateOffice reports whether the role whose lower-case words open at token ra (at most
// three of them) is an office only a state holds (stateOfficeWords).
func (rf *relationFinder) stateOffice(ra int) bool {
	for k := ra; k < len(rf.toks) && k < ra+3 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap); k++ {
		if rf.in(k, stateOfficeWords) {
			return true
		}
	}
	return false
}

// itsOwner returns the name "its" or "their" at token k, before the role opening at
// token ra (held by the mention at token at), stands for: the nearest name before it in
// its sentence or the one before that can hold the role, outside quotations — a country
// for an office only a state holds ("Norway has long argued …, and its oil minister"),
// else an organization, the subject of the clause first ("IAC … said it hired X as its
// Chief Financial Officer"); a country that is the clause's subject owns whatever "its"
// names ("The United States lifted its arms embargo", "France said its president"). ""
// when no such name is there: the owner is never sought further back, nor is a body
// that cannot hold the role taken ("the envoy left the Navy
// … Portugal's new president, …, its new prime minister": Portugal's, not the Navy's;
// "In Brackton …, said its police spokesman": no body named).
func (rf *relationFinder) itsOwner(k, ra, at int) string {
	si := rf.sentOf(k)
	state := rf.stateOffice(ra)
	sj := rf.itSubject(si, k, 0)
	if sj != "" && !state && rf.typeOfName(sj) == kg.Organization {
		return sj
	}
	from := rf.sents[si].start
	if si > 0 {
		from = rf.sents[si-1].start
	}
	_, country := countryNames[sj]
	country = country && rf.typeOfName(sj) == kg.Place
	for j := min(at, k) - 1; j >= from; j-- {
		if country && j < rf.sents[si].start {
			return sj // "The United States lifted its arms embargo on Vietnam": no body of the sentence before
		}
		e := rf.entityOf(j)
		if e < 0 || rf.quoteOf[j] != 0 {
			continue
		}
		name := rf.entName(e)
		if state {
			if _, country := countryNames[name]; country && rf.ents[e].typ == kg.Place {
				return name
			}
		} else if rf.ents[e].typ == kg.Organization {
			return name
		}
		j = rf.mentions[rf.entAt[j]].a
	}
	return ""
}
