package extraction

// People counted with nothing said of them: "29 million people don't have health
// insurance", "some 350 million people worldwide are affected by depression", "the 2.2
// million people behind bars". A generic noun with no predicate kg tracks was noise
// (counts.go), which is right for a handful ("two people familiar with the matter") but
// leaves unread the sizeable counts of people a story reports. A count of ten or more
// that is the bare noun "people", "persons" or "individuals" (no adjective between) is
// a count of people ("men", "women", "adults", "residents" and "inhabitants" are counted
// by their own noun), unless it is the denominator of a rate or a share ("per 100,000
// people", "one in 10 people", "nine out of 10 people") or the people are sources
// ("30 people familiar with the plan"). The verbs "massacre" and "slaughter" before a
// count now count the killed, as "kill" does (data/figures.txt).

// peopleCount returns "people" for such a count n with counted words c, else "".
func (ff *figureFinder) peopleCount(n *number, c *counted) string {
	if c.class != "" || c.partitive || c.state != "" || n.approx || n.v < 10 || n.unit != "" {
		return ""
	}
	if c.b != c.a+1 || c.a != n.next || !ff.is(c.a, wPeople, wPersons, wIndividuals, wMen, wWomen, wAdults, wResidents, wInhabitants) {
		return ""
	}
	m := "people"
	if !ff.is(c.a, wPeople, wPersons, wIndividuals) {
		m = ff.low(c.a) // "more than 30 men", "the 3,000 residents"
		if ff.is(n.qa-1, wOf) {
			return "" // "the army of 500 men": a body's size, which sizecounts.go reads or leaves
		}
	}
	s := &ff.sents[n.si]
	p := n.qa - 1
	if p >= s.start {
		if ff.is(p, wOf) && p-1 >= s.start && ff.is(p-1, wQuarter, wQuarters, wHalf, wThird, wThirds, wFifth, wTenth) {
			return "" // "a quarter of a million people": the number is a fraction of the one read
		}
		if ff.is(p, wOf) && p-2 >= s.start && ff.is(p-1, wLives) && ff.is(p-2, wThe) {
			return "killed" // "claimed the lives of 130 people"
		}
		if ff.tok(p) == "'s" || ff.tok(p) == "’s" {
			return "" // "Talos Corp's 2,000 people": an owner's people (sizecounts.go)
		}
		if ff.is(p, wPer, wEvery, wEach) {
			return "" // "per 100,000 people", "for every 100 people"
		}
		// "one in 10 people", "seven of 10 people", "nine out of 10 people"
		if ff.is(p, wIn, wOf) && p-1 >= s.start && (ff.toks[p-1].kind == tNum || ff.toks[p-1].feat&lxNumWord != 0 || ff.is(p-1, wOut)) {
			return ""
		}
	}
	if c.b < s.b && ff.is(c.b, wFamiliar, wClose, wBriefed, wKnowledgeable, wAware) {
		return "" // sources: "30 people familiar with the plan"
	}
	if c.b+1 < s.b && (ff.is(c.b, wAnd, wOr) || ff.punct(c.b, ',')) && ff.isPersonNoun(c.b+1) {
		return "" // "80 men and women", "3,060 men, women and children": the count is of them all
	}
	if c.b+1 < s.b && ff.is(c.b, wOut) && ff.is(c.b+1, wOf) {
		return "" // a share: "ten people out of a million"
	}
	return m
}
