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
// before's own "they" or "the report" is not followed (theyDepth). When that sentence
// names no teller, or its only teller is "they" again, chainedTeller looks further back.
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
	src, they := ff.oneTeller(prev)
	if src == "" && (they || ff.theyChain(prev)) {
		return ff.chainedTeller(prev)
	}
	return src
}

// oneTeller returns the one teller the attributions of sentence p name, "" when there
// are none or two, and whether every attribution is told by a lone "they" (whose source
// is then not the sentence's own: "…, they said.").
func (ff *figureFinder) oneTeller(p int) (string, bool) {
	ff.theyDepth++
	cands, _ := ff.sourceCandidates(p)
	ff.theyDepth--
	src, they, told := "", true, false
	for _, c := range cands {
		if ff.loneThey(c.tok) {
			told = true
			continue
		}
		if c.src == "" || c.data || c.own {
			continue
		}
		told = true
		they = false
		if src != "" && c.src != src {
			return "", false // two tellers compete
		}
		src = c.src
	}
	return src, told && they
}

// loneThey reports whether the verb of saying at token k has a lone "they" for its
// teller, after a comma or opening the sentence ("…, they said", "They also said"):
// a pronoun whose source a sentence before names.
func (ff *figureFinder) loneThey(k int) bool {
	j := k - 1
	if ff.is(j, wAlso) {
		j--
	}
	if !ff.is(j, wThey) {
		return false
	}
	s := &ff.sents[ff.sentOf(j)]
	return j == s.start || ff.punct(j-1, ',')
}

// theyChain reports whether sentence p, which names no teller, may be told by the
// "they" after it: a statement with no verb of saying but a lone "they"'s, not a quote
// ("Ray Cole fired 11 shots at the wardens." before "He then fired 30 more rounds, they
// said.").
func (ff *figureFinder) theyChain(p int) bool {
	s := &ff.sents[p]
	for k := s.start; k < s.b; k++ {
		if ff.toks[k].kind == tOpenQ || ff.quoteOf[k] != 0 || ff.toks[k].feat&lxSpeech != 0 && !ff.loneThey(k) {
			return false
		}
	}
	return true
}

// chainedTeller returns the teller a "they" stands for when the sentence before it, p,
// names none or is told by "they" too: the one teller of the nearest of the two prose
// sentences before p that names one ("Wardens gave chase, prosecutors said. The truck
// stopped, they said. Cole fired 30 rounds, they said." → prosecutors). "" when a
// heading or a caption comes between, when that sentence names two tellers, or when no
// sentence in reach names one.
func (ff *figureFinder) chainedTeller(p int) string {
	for q := p - 1; q >= 0 && q >= p-2; q-- {
		if ff.sents[q].kind != sProse {
			return ""
		}
		src, they := ff.oneTeller(q)
		if src != "" {
			return src
		}
		if !they && !ff.theyChain(q) {
			return "" // two tellers, or a quote or a saying with no teller: the chain breaks
		}
	}
	return ""
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
