package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// "They said" as a figure's source: wire copy names its tellers once ("A ferry sank off
// the island on Tuesday, police officials said.") and goes on with "They said there were
// about 40 people aboard." The pronoun stands for the teller of the sentence before when
// that sentence has one teller and it can be "they": a body or a group, names joined by
// "and", or a plural description of people ("police officials", "authorities"). Not a
// person, a place, or a sentence whose attributions name two different tellers.

// theySource returns the source a "they" at token a, the subject of a verb of saying,
// stands for, or "".
func (ff *figureFinder) theySource(a int) string {
	if !ff.is(a, wThey) {
		return ""
	}
	if src := ff.priorTeller(a); src != "" && ff.theyFits(src) {
		return src
	}
	return ""
}

// priorTeller returns the one teller the attributions of the prose sentence before token
// a's name, or "" when there are none or two. It looks one step back only: the sentence
// before's own "they" or "the report" is not followed (theyDepth).
func (ff *figureFinder) priorTeller(a int) string {
	if ff.theyDepth > 0 {
		return ""
	}
	si := ff.sentOf(a)
	if si <= 0 || si >= len(ff.sents) {
		return ""
	}
	prev := si - 1
	if ff.sents[prev].kind != sProse {
		return "" // a heading or a caption between: a new section
	}
	ff.theyDepth++
	cands, _ := ff.sourceCandidates(prev)
	ff.theyDepth--
	src := ""
	for _, c := range cands {
		if c.src == "" || c.data || c.own {
			continue
		}
		if src != "" && c.src != src {
			return "" // two tellers compete
		}
		src = c.src
	}
	return src
}

// theyFits reports whether the source src can be "they": an organization or a group,
// names joined by "and", or a description whose head is a plural of people.
func (ff *figureFinder) theyFits(src string) bool {
	switch ff.typeOfName(src) {
	case kg.Organization, kg.Group:
		return true
	case kg.Person, kg.Place:
		return false
	}
	if strings.Contains(src, " and ") {
		return true
	}
	if src != strings.ToLower(src) {
		return false // a capitalised name of no known type
	}
	w := src
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return w == "police" || len(w) > 3 && strings.HasSuffix(w, "s") && isPersonish(w)
}
