package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Subordinate tellers: a verb of saying inside a clause that a subordinating word opens
// ("… seized 12 trucks, although they were released after Brenton said it had checked
// them"; "Shares rose 4 percent after the company said sales grew 9 percent"; "Madaya,
// where aid groups say 44 people have starved"). Its teller is the phrase between the
// subordinator and the verb, not the words from the sentence's start, and it tells only
// the figures after its verb in its clause: those before it are the sentence's own (a
// share move, a seizure), and the next sentences do not share it.

// tellerClauseOpeners open a subordinate clause whose verb of saying tells only what
// follows it. Not "which" and "who" (a relative clause's teller: sourceCandidates reads
// it as an apposition), nor "while" (a contrast: nearestSource), nor "as" ("as reported
// by").
var tellerClauseOpeners = newTokSet(map[string]bool{"after": true, "before": true, "when": true,
	"since": true, "because": true, "although": true, "though": true, "if": true, "until": true,
	"where": true, "whereas": true, "unless": true, "once": true, "what": true})

// subordinateTeller reports whether the teller phrase a..k-1 before a verb of saying at
// token k follows a subordinating word (tellerClauseOpeners) that opens its clause: words
// only, the first no number ("after 10 years" is a preposition's phrase), and no dash,
// bracket or other mark between (a subordinator inside an aside, "A survey by X - before
// the crash was reported - found", opens no clause of the verb).
func (ff *figureFinder) subordinateTeller(a, k int) bool {
	if a < 1 || !ff.in(a-1, tellerClauseOpeners) || ff.toks[a-1].kind != tWord || ff.toks[a].feat&lxNumWord != 0 {
		return false
	}
	for j := a; j < k; j++ {
		if ff.toks[j].kind != tWord {
			return false
		}
	}
	return true
}

// adjectivalParticiple reports whether the participle of a verb of saying at token k
// is an adjective of the noun phrase it opens: right after a determiner or a possessive
// pronoun ("an estimated $6 million", "the reported $2 billion deal", "its announced
// cuts"), where no one tells anything.
func (d *doc) adjectivalParticiple(k int) bool {
	return k > 0 && d.is(k-1, wA, wAn, wThe, wIts, wTheir, wHis, wHer, wOur)
}

// companiesBefore resolves "the companies", "the two firms" (a..b-1) whose own sentence
// names fewer than two organizations to those of the nearest sentence before it, at
// most ten back and in the same article body, that names two or more and no more than
// the count says ("Halvern Motors and Quickly Inc will offer rentals …. The program
// starts with 125 Halvern Sprite cars, the companies said": Halvern Motors and Quickly,
// not the car); "" when none does.
func (ff *figureFinder) companiesBefore(a, b int) string {
	if b-a > 3 || !ff.is(b-1, wCompanies, wFirms) || b-a == 3 && ff.toks[a+1].feat&lxNumWord == 0 {
		return ""
	}
	want := 0
	if b-a == 3 {
		want = int(numberWords[ff.low(a+1)])
	}
	si := ff.sentOf(a)
	for sj := si - 1; sj >= 0 && si-sj <= 10; sj-- {
		s := &ff.sents[sj]
		if s.kind != ff.sents[si].kind {
			continue
		}
		var names []string
		seen := map[int]bool{}
		for k := s.a; k < s.b; k++ {
			e := ff.entityOf(k)
			if e < 0 || seen[e] || ff.ents[e].typ != kg.Organization || ff.quoteOf[k] != 0 {
				continue
			}
			seen[e] = true
			names = append(names, ff.entName(e))
		}
		if len(names) < 2 {
			continue
		}
		if want > 0 && len(names) > want {
			return ""
		}
		return strings.Join(names, " and ")
	}
	return ""
}

// mainCands returns the attributions of cands that are not subordinate tellers
// (sourceCand.sub), in order.
func mainCands(cands []sourceCand) []sourceCand {
	sub := func(c sourceCand) bool { return c.sub }
	if !slices.ContainsFunc(cands, sub) {
		return cands
	}
	return slices.DeleteFunc(slices.Clone(cands), sub)
}
