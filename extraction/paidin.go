package extraction

import "github.com/factgraph/kg"

// Sums paid or received named by their noun after "in": "receives about $20 billion a
// year in remittances", "agreed to pay $80,000 in dues and fines", "paid $81,472 in
// total tax". The verb alone gives "payment", which names no kind of money; the noun
// after "in" does. Means of payment ("in cash", "in stock") and periods ("in the first
// quarter") name no kind and leave "payment". So does an infinitive of purpose: "paid
// $900 million to settle" is a settlement.

// paymentPurposes name a sum by the infinitive of purpose after it: "paid $900 million to
// settle criminal charges" is a settlement, "paid $100,000 to buy the site" a purchase
// price.
var paymentPurposes = map[string]string{"settle": "settlement", "resolve": "settlement", "end": "settlement",
	"buy": "purchase price", "acquire": "purchase price", "purchase": "purchase price"}

// paymentMeans are the nouns after "in" that say how a sum was paid, not what it is.
var paymentMeans = newTokSet(map[string]bool{"cash": true, "stock": true, "shares": true, "bills": true, "coins": true,
	"checks": true, "cheques": true, "bitcoin": true, "bitcoins": true, "installments": true, "instalments": true,
	"total": true, "all": true, "full": true, "advance": true, "person": true, "return": true, "exchange": true, "part": true})

// paidIn reads the noun phrase after "in" that names a sum paid or received, the
// amount's words ending at token next of sentence si, past a rate right before "in"
// ("a year in remittances": perAfter leaves "a year in" unread). It returns the measure,
// the entity token inside it (or -1) and the rate's time unit, or "" for none.
func (ff *figureFinder) paidIn(si, next int) (m string, subj int, rate string) {
	end := ff.sents[si].b
	k := next
	if ff.is(k, wA, wAn, wPer, wEach, wEvery) && k+2 < end && ff.toks[k+1].feat&lxTimeUnit != 0 && ff.is(k+2, wIn) {
		rate = singular(ff.low(k + 1))
		k += 2
	}
	if !ff.is(k, wIn) || k+1 >= end {
		return "", -1, ""
	}
	if skipDeterminer(ff.doc, k+1) > 0 {
		return "", -1, "" // "pay $12 million in a lawsuit": where, not what
	}
	a, b := nounPhrase(ff.doc, k+1, end)
	if h := coordinatedHead(ff.doc, a, b, end); h > 0 {
		a, b = b+2, h+1 // "in state and county incentives": the head, not the first modifier
	}
	if b <= a || periodNoun(ff.doc, b-1) || ff.in(b-1, paymentMeans) || ff.in(a, paymentMeans) || ff.toks[b-1].has(fCap) {
		return "", -1, ""
	}
	m, subj = ff.measureWords(a, b)
	if m == "" {
		return "", -1, ""
	}
	return m, subj, rate
}

// paidInAmount gives an amount of an act of paying (act "payment") the noun after "in"
// as its measure, and the rate before "in" as its scope (paidIn).
func (ff *figureFinder) paidInAmount(n *number, am *amount, next int) {
	m, subj, rate := ff.paidIn(n.si, next)
	if m == "" {
		if p := paymentPurposes[ff.low(next+1)]; p != "" && ff.is(next, wTo) && ff.toks[next+1].kind == tWord {
			am.measure = p // "agreed to pay $225,000 to settle a lawsuit", "paid $100,000 to buy the site"
		}
		return
	}
	am.measure, am.family = m, "payment" // a sum paid, whatever its kind
	if subj >= 0 {
		am.subject = subj
	}
	if rate != "" {
		am.scope = kg.Scope{Kind: kg.Rate, Of: rate}
	}
}

// ownPaidIn returns the noun after "in" of amount n, whose words end at token next, when
// it restates prev, a sum of a verb of paying, and names its own kind ("pay $85 million in
// fines and $275 million in restitution": restitution, not the first's fines), or "".
func (ff *figureFinder) ownPaidIn(n *number, prev figureCand, next int) string {
	if prev.f.Sentence != n.si || prev.tok >= n.qa {
		return ""
	}
	v, _, _, _ := ff.amountVerb(n.si, prev.tok) // the verb of the first sum
	if v < 0 || amountVerbs[ff.low(v)] != "payment" {
		return ""
	}
	m, _, _ := ff.paidIn(n.si, next)
	return m
}
