package extraction

// Prices that open a clause: "At $289, the Oasis is the most expensive Kindle in years",
// "But at $1.50 a gallon, who is going to pay …", "Annual membership, at $99 a year, is
// still a better deal". The amount after "at" that opens a clause (the sentence's first
// word, or after a comma, a quotation mark or a conjunction) and ends at a comma is what
// the clause's subject costs: a price, or when its clause says it is valued or worth that
// much ("At $62.5 billion, the firm is now worth more than …"), a valuation. Without it
// the amount named nothing of its clause and was a bare "money" no figure kept.

// atPrice returns "price" (per a unit that follows: "price per gallon") or "valuation" for
// such an amount n, else "".
func (ff *figureFinder) atPrice(n *number) string {
	s := &ff.sents[n.si]
	at := n.qa - 1
	if at < s.start || !ff.is(at, wAt) {
		return ""
	}
	p := at - 1
	for p >= s.start && ff.is(p, wBut, wAnd, wSo, wStill, wEven, wYet) {
		p--
	}
	if p >= s.start && !ff.punct(p, ',') && ff.toks[p].kind != tOpenQ && !ff.punct(p, '(') {
		return "" // "trading at $29", "priced at $99": the verb's own amount
	}
	if ff.punct(p, ',') {
		for j := p - 1; j >= s.start && j >= p-8; j-- {
			if ff.toks[j].kind == tNum || ff.punct(j, '%') {
				return "" // "closed down 11 percent on Monday, at $42.17,": the level a move reached (movedlevels.go)
			}
		}
	}
	k, unit := n.next, ""
	if per, rate, next := ff.perAfter(k, s.b); per != "" || rate != "" {
		k, unit = next, per // "at $1.50 a gallon,", "at $99 a year,"
	} else if ff.is(k, wEach, wApiece) {
		k++
	}
	if k >= s.b || !ff.punct(k, ',') {
		return ""
	}
	for j := k + 1; j < s.b && j < k+16; j++ {
		if ff.is(j, wValued, wWorth, wValuation) {
			return "valuation"
		}
	}
	if unit != "" {
		return "price per " + unit // "at $1.50 a gallon": price per gallon
	}
	return "price"
}
