package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// What money is worth. "The painting is worth $5 million" measures the painting's value,
// "its member database was worth $6 million" the database's, "Denton is worth about $121
// million" a person's net worth; "$1.9 billion worth of debt" is debt, "$30,000 worth of
// damage" damage. Without these the amount was a bare "value" or "worth", which says no
// more than its unit. A company, a pronoun or a phrase that is no noun ("some analysts
// estimate") before "worth" leaves the bare value: a company's worth is its value, and
// the subject names the company.

// worthOf names the amount n that the verb "worth" at v gives to its subject: the
// subject's noun phrase and "value" ("painting value", "winning ticket value"), "net
// worth" for a person named alone; ok is false when the subject names no thing.
func (ff *figureFinder) worthOf(n *number, v int) (m string, subj int, ok bool) {
	for k := n.next; ff.is(n.next, wIf, wFor) && k < ff.sents[n.si].b && k < n.next+16; k++ {
		if ff.is(k, wCash, wLump) {
			return "cash value", -1, true // "the jackpot is worth $930 million if a winner chooses an immediate cash payout"
		}
	}
	if ff.punct(v-1, ',') {
		return "", -1, false // "donate 100 million shares, worth more than $2 billion": the shares', not the donor's
	}
	a, b, _ := ff.subjectPhrase(n.si, v)
	if a >= b || ff.is(a-1, wWhich, wThat) || ff.is(a-2, wWhich, wThat) {
		return "", -1, false // "the deal, which some analysts estimate is worth": not the analysts'
	}
	for k := a - 1; k >= ff.sents[n.si].start && k >= a-6; k-- {
		if ff.punct(k, ',') {
			if ff.entityOf(k-1) >= 0 {
				return "", -1, false // "Toyota, the world's most valuable car maker is worth": Toyota's value
			}
			break
		}
	}
	if e := ff.nameOnly(a, b); e >= 0 && ff.ents[e].typ != kg.Person {
		return "", -1, false
	}
	for k := b - 1; k >= a; k-- {
		if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Person {
			return "net worth", k, true // "Gawker CEO and publisher Nick Denton is worth"
		}
	}
	for k := a; k < b; k++ {
		if ff.isPersonNoun(k) || ff.isSpeech(k) || amountVerbs[ff.low(k)] != "" || ff.toks[k].kind == tWord && strings.HasSuffix(ff.low(k), "ed") {
			return "", -1, false // "some analysts estimate", "the shares sold"
		}
	}
	np, subj := ff.measureWords(a, b)
	np = strings.Join(slices.DeleteFunc(strings.Fields(np), func(w string) bool { return scaleWords[w] != 0 }), " ")
	if np == "" || strings.HasSuffix(np, "value") || strings.HasSuffix(np, "worth") {
		return "", -1, false
	}
	return singularHead(np) + " value", subj, true // "each of the winning tickets is worth": a ticket's value
}

// worthOfNoun names an amount by the noun phrase after "worth of" at k: "$1.9 billion
// worth of debt" is debt, "$2.65 billion worth of Powerball tickets" tickets (of
// Powerball).
func (ff *figureFinder) worthOfNoun(si, k int) (string, int) {
	if !ff.is(k, wWorth) || !ff.is(k+1, wOf) {
		return "", -1
	}
	a, b := nounPhrase(ff.doc, k+2+skipDeterminer(ff.doc, k+2), ff.sents[si].b)
	if b <= a || periodNoun(ff.doc, b-1) || b < ff.sents[si].b && (ff.toks[b].has(fCap) || ff.punct(b, '(')) {
		return "", -1 // "worth of anti-Trump TV ads", "worth of General Obligation (GO) bonds": a phrase cut short
	}
	m, subj := ff.measureWords(a, b)
	if m != "" && ff.soldWorth(si, k, b) {
		m = singularHead(m) + " sales" // "$2.65 billion worth of Powerball tickets has been sold": ticket sales
	}
	return m, subj
}

// soldWorth reports whether a verb of selling takes the amount whose "worth of" stands
// at token k and whose noun ends before token b: right before the amount ("selling over
// $65,000 worth of cookies", past a hedge and the amount's words) or after the noun, past
// an auxiliary ("tickets has been sold", "were sold").
func (ff *figureFinder) soldWorth(si, k, b int) bool {
	start := ff.sents[si].start
	for j := k - 1; j >= start && j >= k-6; j-- {
		if ff.is(j, wSold, wSell, wSells, wSelling) {
			return true
		}
		if ff.toks[j].kind == tWord && ff.toks[j].feat&(lxFunc|lxQual) == 0 && scaleWords[ff.low(j)] == 0 && !ff.isIn(j, currencySet) {
			break
		}
	}
	j := b
	for ff.is(j, wHas, wHave, wHad, wWas, wWere, wIs, wAre, wBeen, wBe, wAlready) {
		j++
	}
	return j > b && ff.is(j, wSold)
}

// singularHead returns measure words m with their last word, the head, in the singular
// when it is a plural ("winning tickets" → "winning ticket").
func singularHead(m string) string {
	i := strings.LastIndexByte(m, ' ') + 1
	if !plural(m[i:]) {
		return m
	}
	return m[:i] + singular(m[i:])
}
