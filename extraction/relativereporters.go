package extraction

import "github.com/factgraph/kg"

// relativeReporters are the verbs of reporting a count that relativeReporter reads.
var relativeReporters = newTokSet(map[string]bool{"reported": true, "reports": true, "confirmed": true,
	"confirms": true, "counted": true, "recorded": true, "registered": true, "estimates": true,
	"estimated": true})

// relativeReporter returns who reports a count in a relative clause that stands beside
// its name: "which" or "who" after a comma (a, with e, after tellerEnd, right after it:
// "which has now confirmed"), a verb of relativeReporters at token k, and before the
// comma the last word of a person's, organization's or country's name ("The virus
// reached Brazil, which has confirmed more than 1,400 cases"). It returns "" otherwise:
// "…, which officials said" has a teller of its own, and "a hospital, which reported 12
// admissions" names no one.
func (ff *figureFinder) relativeReporter(a, e, k int) string {
	if !ff.in(k, relativeReporters) || !ff.is(a, wWhich, wWho) || e != a+1 || !ff.punct(a-1, ',') {
		return ""
	}
	mi := ff.entAt[a-2]
	if mi < 0 || ff.mentions[mi].ent < 0 || ff.mentions[mi].b != a-1 || ff.mentions[mi].demonym {
		return ""
	}
	switch ent := ff.mentions[mi].ent; ff.ents[ent].typ {
	case kg.Person, kg.Organization, kg.Place:
		return ff.entName(ent)
	}
	return ""
}
