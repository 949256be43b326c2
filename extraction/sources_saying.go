package extraction

import "strings"

// A participle of saying after a comma reports what the main clause's subject says:
// "Erdogan called on the United Nations to act, saying as many as 600,000 more refugees
// could arrive" gives the refugees to Erdogan; "The agency insisted it could not pay,
// saying its subsidies fell to $33 million" to the agency the description stands for.
// The main clause itself is the article's report of an act, not a statement: its own
// figures stay unsourced ("A judge sentenced Lind to five years, saying …").

// sayingParticiples open a clause of what the subject says; all but "saying" only with
// "that" after them ("adding that", not "adding 20,000 jobs").
var sayingParticiples = newTokSet(map[string]bool{"saying": true, "adding": true, "noting": true,
	"insisting": true, "arguing": true, "warning": true, "stating": true, "explaining": true,
	"acknowledging": true, "asserting": true})

// sayingSource returns the source of the clause that the participle at token k opens in
// sentence si ("…, saying …", "…, adding that …"): the names of the main clause's
// subject (clauseSubjectAt), a pronoun's referent, or a definite description's name;
// "" when token k is no such participle or the subject names no one.
func (ff *figureFinder) sayingSource(si, k int) string {
	s := &ff.sents[si]
	if k <= s.start+1 || !ff.punct(k-1, ',') || ff.quoteOf[k] != 0 || !ff.in(k, sayingParticiples) {
		return ""
	}
	if !ff.is(k, wSaying) && !ff.is(k+1, wThat) {
		return ""
	}
	for j := s.start; j < k; j++ {
		if ff.quoteOf[j] == 0 && ff.isSourceVerb(j) {
			return "" // "…, Lind said, noting that …": the speaker's, read by the verb
		}
	}
	if src, ok := ff.sayingSubject(si, k); ok {
		return src
	}
	names, pronoun, ok := ff.clauseSubjectAt(si, k)
	if !ok {
		return ""
	}
	if pronoun {
		p := ff.frontedClauseEnd(s.start, k)
		for p >= 0 && p < k && !ff.is(p, wIt, wThey) {
			p++
		}
		if p < 0 || p >= k {
			return ""
		}
		return ff.sourceNP(p, p+1) // "It cut its forecast, saying …": the body "it" stands for
	}
	if len(names) == 0 {
		return ""
	}
	out := make([]string, 0, len(names))
	for _, e := range names {
		out = append(out, ff.entName(e))
	}
	return strings.Join(out, " and ")
}

// sayingSubject reads the main clause's subject before token k of sentence si when it is
// a phrase of names, capitalised words and role nouns: the last name of it, a person
// after the company's title ("Harlow CEO Ada Lind" → Ada Lind), or the whole phrase
// when it ends on a lower-case speaker's noun ("Varnia police", "Harlow employees"). ok
// is false when the subject is no such phrase (a description, a pronoun).
func (ff *figureFinder) sayingSubject(si, k int) (string, bool) {
	s := &ff.sents[si]
	a := ff.frontedClauseEnd(s.start, k)
	for a >= 0 && a < k && (ff.punct(a, ',') || ff.is(a, wThough, wHowever, wMeanwhile, wInstead, wNow, wThen, wAlso, wStill)) {
		a++
	}
	if a < 0 || a >= k || ff.quoteOf[a] != 0 {
		return "", false
	}
	best, lowerTail := -1, false
	j := a
	for j < k && j < a+10 {
		if e := ff.entityOf(j); e >= 0 {
			m := &ff.mentions[ff.entAt[j]]
			if !m.demonym {
				best = e
			}
			j, lowerTail = m.b, false
			continue
		}
		t := &ff.toks[j]
		if t.kind != tWord || ff.quoteOf[j] != 0 {
			break
		}
		if ff.is(j, wThe) || ff.tok(j) == "'s" || ff.tok(j) == "’s" || t.has(fCap) && t.feat&lxFunc == 0 {
			j++
			continue
		}
		if !t.has(fCap) && (t.feat&lxRole != 0 || isPersonish(ff.low(j))) && best >= 0 {
			j, lowerTail = j+1, true // "Varnia police", "Harlow employees"
			continue
		}
		break
	}
	if j > a && (ff.tok(j-1) == "'s" || ff.tok(j-1) == "’s") {
		return "", true // "Varnia's foreign minister called …": the owner is not the speaker
	}
	if best < 0 {
		return "", false
	}
	if lowerTail {
		return strings.TrimPrefix(strings.TrimPrefix(ff.span(a, j), "the "), "The "), true
	}
	return ff.entName(best), true
}
