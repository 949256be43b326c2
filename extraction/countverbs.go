package extraction

// Count verbs: a count of people named by a generic noun ("people", "residents",
// "women") says nothing tracked until its verb does: "About 5,000 people gathered in
// the square", "50,000 people attended the march", "10,000 people fled the fighting",
// "2,000 people signed a petition". The verb names the measure (data/figures.txt
// count-verbs): a crowd, however it gathered, those who fled, arrived or signed. The
// verb must follow the noun as its own verb: a reduced clause ("two people briefed on
// the matter") names no count verb, "turned" counts only a crowd that turned out
// or up, and "signed up" signs no petition.

// countVerbs: a verb after a count of people → the measure it makes.
var countVerbs = wordValues("count-verbs")

// peopleCountedBy are the generic nouns whose count a count verb measures.
var peopleCountedBy = map[string]bool{
	"people": true, "persons": true, "individuals": true, "residents": true, "inhabitants": true,
	"men": true, "women": true, "adults": true,
}

// countVerbMeasure returns the measure the verb after a count of people makes, reading
// from token b after its noun: optional "have", "had", "also" or "reportedly", then a
// count verb ("gathered", "turned out"), or "".
func countVerbMeasure(d *doc, si, b int) string {
	end := d.sents[si].b
	j := b
	for steps := 0; j < end && steps < 2 && d.is(j, "have", "had", "also", "reportedly"); steps++ {
		j++
	}
	if j >= end || d.toks[j].kind != tWord || d.toks[j].has(fCap) || d.punct(j+1, '-') {
		return ""
	}
	m := countVerbs[d.low(j)]
	if d.is(j, "turned") && !d.is(j+1, "out", "up") || d.is(j, "signed") && d.is(j+1, "up") {
		return "" // "turned away"; "signed up for rides" are customers, not signatures
	}
	return m
}
