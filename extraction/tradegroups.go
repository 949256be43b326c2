package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Trade groups and the members they speak for: "the Halden Carmakers Association, a
// trade group representing Norvik Motors, Talvo and other automakers", "the Ostmark
// Software Council, a Washington-based trade organization that represents Brekke and
// Lumo", "The Ostmark Association represents 40 banks, including Brekke and Lumo". A
// body that represents named companies has them as members: each memberOf the group.
// The group is the organization an appositive of a group noun describes, or the subject
// of "represents" when its own name is a group's ("Association", "Council"). A lawyer,
// a union of "workers of" a company or an account "representing" a movement is none of
// these: the noun before the verb, or the name the verb follows, must be a group's, and
// the members must follow the verb as a list of names, or as examples of a plural kind.

// tradeGroupNouns are the nouns of an appositive that describe a body of members.
var tradeGroupNouns = newTokSet(map[string]bool{"group": true, "organization": true,
	"organisation": true, "association": true, "lobby": true, "body": true, "coalition": true,
	"alliance": true, "federation": true, "council": true, "consortium": true})

// tradeGroupNameWords are the words of a body's own name that make it a group of members.
var tradeGroupNameWords = []string{"association", "council", "coalition", "alliance",
	"federation", "chamber of", "consortium"}

// representedKinds are the plural nouns whose named examples a group represents ("62
// research institutions, including A and B").
var representedKinds = newTokSet(map[string]bool{"companies": true, "firms": true,
	"institutions": true, "universities": true, "automakers": true, "carmakers": true,
	"manufacturers": true, "makers": true, "banks": true, "retailers": true, "airlines": true,
	"insurers": true, "businesses": true, "publishers": true, "members": true,
	"employers": true, "corporations": true, "producers": true})

// tradeGroupMembers reads "GROUP, a trade group representing A and B" and its variants
// at the verb v (the word w); each organization named gets memberOf the group. It
// reports whether it read any.
func (rf *relationFinder) tradeGroupMembers(si, v int, w string) bool {
	if w != "represents" && w != "representing" {
		return false
	}
	s := &rf.sents[si]
	group := rf.representedGroup(si, v)
	if group < 0 {
		return false
	}
	k := v + 1
	if rf.mentionFrom(k, s.b) < 0 {
		// "represents 62 leading research institutions, including": examples of a kind
		for st := k; k < s.b && k-st <= 5 && !rf.in(k, representedKinds); k++ {
			if rf.entAt[k] >= 0 || rf.toks[k].kind == tPunct || rf.quoteOf[k] != 0 {
				return false
			}
		}
		if !rf.in(k, representedKinds) {
			return false
		}
		k++
		if rf.punct(k, ',') {
			k++
		}
		switch {
		case rf.is(k, wIncluding, wLike):
			k++
		case rf.is(k, wSuch) && rf.is(k+1, wAs):
			k += 2
		default:
			return false
		}
	}
	name := rf.entName(group)
	read := false
	for _, m := range rf.investorList(si, k) {
		if m == name || rf.typeOfName(m) != kg.Organization {
			continue
		}
		rf.addRelation(si, m, "memberOf", name, rf.span(v, min(s.b, k+6)))
		read = true
	}
	return read
}

// representedGroup returns the entity of the body that "represents" at v: the
// organization an appositive of a group noun describes ("Halden Association, a trade
// group representing", "Ostmark Council, a Washington-based trade organization that
// represents"), or the subject right before the verb when its name is a group's ("The
// Ostmark Association represents"); else -1.
func (rf *relationFinder) representedGroup(si, v int) int {
	s := &rf.sents[si]
	k := v - 1
	if rf.is(k, wThat, wWhich) && rf.in(k-1, tradeGroupNouns) {
		k--
	}
	if rf.in(k, tradeGroupNouns) && rf.entAt[k] < 0 && !rf.toks[k].has(fCap) {
		for c := k - 1; c > s.start && k-c <= 6; c-- {
			if e := rf.entityOf(c); e >= 0 && rf.ents[e].typ != kg.Place {
				return -1 // "a Brekke trade group": the group's own name or its qualifier
			}
			if rf.punct(c, ',') {
				if e := rf.entityOf(c - 1); e >= 0 && rf.mentions[rf.entAt[c-1]].b == c && rf.ents[e].typ == kg.Organization {
					return e
				}
				return -1
			}
			if rf.toks[c].kind == tPunct && rf.tok(c) != "-" {
				return -1
			}
		}
		return -1
	}
	if e := rf.entityOf(k); e >= 0 && rf.mentions[rf.entAt[k]].b == v && rf.ents[e].typ == kg.Organization {
		name := strings.ToLower(rf.entName(e))
		for _, g := range tradeGroupNameWords {
			if strings.Contains(name, g) {
				return e
			}
		}
	}
	return -1
}
