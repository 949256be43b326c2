package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Poll pairs: a poll's two shares told as "N percent to M percent" after a lead ("Clinton
// holds a lead over Trump, 46 percent to 35 percent", "Cruz just behind Trump, 35.2
// percent to 37.5 percent"). The first share is the clause's candidate's; the second is
// the rival's, the one other person the sentence names, not the first's again.

// pairedRival returns the rival whose share figure c is when c is the M of "N percent to
// M percent", N a figure of named whose subject is a person, and the sentence names
// exactly one other person; or -1. A share told with "for X" is rivalShare's.
func (ff *figureFinder) pairedRival(c *figureCand, named []figureCand) int {
	m := c.f.Measure
	if c.f.Unit != "percent" || !strings.Contains(m, "poll") && !strings.Contains(m, "vote") && !strings.Contains(m, "lead") {
		return -1
	}
	p := c.tok - 1
	if c.qa > 0 && c.qa < c.tok {
		p = c.qa - 1
	}
	if !ff.is(p, wTo) || !(ff.is(p-1, wPercent) || ff.punct(p-1, '%')) || p-2 < 0 || ff.toks[p-2].kind != tNum {
		return -1
	}
	first := ""
	for i := range named {
		if named[i].f.Sentence == c.f.Sentence && named[i].tok == p-2 {
			first = named[i].f.Subject
		}
	}
	if first == "" {
		return -1
	}
	s := &ff.sents[c.f.Sentence]
	own, rival := -1, -1
	for k := s.start; k < s.b; k++ {
		e := ff.entityOf(k)
		if e < 0 || ff.ents[e].typ != kg.Person || e == own || e == rival {
			continue
		}
		switch {
		case ff.subjectName(e) == first:
			own = e
		case rival >= 0:
			return -1 // three candidates: which one is unsaid
		default:
			rival = e
		}
	}
	if own < 0 {
		return -1
	}
	return rival
}
