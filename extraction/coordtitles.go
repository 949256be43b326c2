package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Coordinated titles before a name, both held at the organization named before them:
// "Acme chairman and CEO Jane Roe", "Acme Chairman and Chief Executive Jane Roe",
// "Acme CEO and president Greg Baxter", "Acme President and co-founder John Doe",
// "Gawker owner and founder Nick Denton". The title next to the name was read alone
// (titleRoles, preRoles); the first one was lost, and a lower-case second one went to
// another organization of the sentence or to the country ("president Greg Baxter" →
// presidentOf United States).

// maxCoordTitle is the most words the first of two coordinated titles may have
// ("chief executive officer").
const maxCoordTitle = 3

// coordinatedTitle returns, for the title that opens at token ta of sentence si, the
// organization and the predicate of a title coordinated before it by "and" right after
// that organization's name ("Acme chairman and", "Acme's owner and"), and the token the
// organization's name opens at; org is -1 when the shape is not there. The first title
// is the longest run of one to three words before "and" that names a role; its words are
// no name, and the organization's name ends right before it (or before its possessive).
func (rf *relationFinder) coordinatedTitle(si, ta int) (org int, pred string, at int) {
	s := &rf.sents[si]
	if ta-2 <= s.start || !rf.is(ta-1, wAnd) {
		return -1, "", 0
	}
	for l := maxCoordTitle; l >= 1; l-- {
		k := ta - 1 - l // the first title's first token
		if k-1 < s.start {
			continue
		}
		words := true
		for t := k; t < ta-1; t++ {
			if rf.toks[t].kind != tWord || rf.entAt[t] >= 0 || rf.toks[t].feat&lxFunc != 0 || rf.is(t, wAposS, wRsquoS) {
				words = false
				break
			}
		}
		if !words {
			continue
		}
		p := rolePredicate(rf.span(k, ta-1))
		if p == "" {
			continue
		}
		o := k - 1
		if rf.is(o, wAposS, wRsquoS) && o-1 >= s.start {
			o--
		}
		e := rf.entityOf(o)
		if e < 0 || rf.ents[e].typ != kg.Organization {
			return -1, "", 0
		}
		m := &rf.mentions[rf.entAt[o]]
		if m.b != o+1 || m.demonym || rf.possessedBefore(m.a) || rf.is(m.a-1, wFormer, wEx, wOnetime, wPrevious) {
			return -1, "", 0
		}
		if strings.HasSuffix(rf.low(o), "-based") {
			return -1, "", 0
		}
		return e, p, m.a
	}
	return -1, "", 0
}

// coordinatedRole adds, for person mention mi whose title opens at token ta and is held
// at organization obj (or at none yet), the coordinated title before it
// (coordinatedTitle) at the organization named before both, and returns that
// organization's name, or "" when there is none or it is not obj.
func (rf *relationFinder) coordinatedRole(mi, ta int, obj string) string {
	m := &rf.mentions[mi]
	org, pred, at := rf.coordinatedTitle(m.sent, ta)
	if org < 0 {
		return ""
	}
	name := rf.entName(org)
	if obj != "" && obj != name {
		return ""
	}
	rf.addRelation(m.sent, rf.entName(m.ent), pred, name, rf.span(at, m.b))
	return name
}
